"""``peildatum:`` in dossier.yaml: een dossier dat geschiedenis is, wordt vanaf die dag bekeken."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from typer.testing import CliRunner

from stelselkit.cli import app

runner = CliRunner()
DOORWERTH = Path(__file__).parents[1] / "examples" / "doorwerth"


def _stand(*argumenten: str) -> str:
    uitkomst = runner.invoke(app, ["programma", *argumenten])
    assert uitkomst.exit_code == 0, uitkomst.output
    return uitkomst.output


def test_zonder_vandaag_telt_de_peildatum() -> None:
    # peildatum: 2014-06 (een maand) → de laatste dag van juni 2014
    assert "De stand van het regieprogramma op 2014-06-30" in _stand(str(DOORWERTH))


def test_vandaag_gaat_voor_de_peildatum() -> None:
    uitvoer = _stand(str(DOORWERTH), "--vandaag", "2014-01-15")
    assert "De stand van het regieprogramma op 2014-01-15" in uitvoer


def test_ook_voor_een_bestand_in_het_dossier() -> None:
    uitvoer = _stand(str(DOORWERTH / "programma-2013-2014.yaml"))
    assert "De stand van het regieprogramma op 2014-06-30" in uitvoer


def test_zonder_peildatum_is_het_vandaag(tmp_path: Path) -> None:
    map_ = tmp_path / "doorwerth"
    shutil.copytree(DOORWERTH, map_)
    kop = map_ / "dossier.yaml"
    kop.write_text(kop.read_text(encoding="utf-8").replace("peildatum: 2014-06\n", ""),
                   encoding="utf-8")
    uitvoer = _stand(str(map_))
    assert f"De stand van het regieprogramma op {dt.date.today().isoformat()}" in uitvoer
