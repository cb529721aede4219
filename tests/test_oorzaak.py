"""Een fout wijst één keer naar de oorzaak; gevolgen elders worden niet als eigen fout gemeld."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app

runner = CliRunner()
DOORWERTH = Path(__file__).parents[1] / "examples" / "doorwerth"


@pytest.fixture()
def dossier(tmp_path: Path) -> Path:
    map_ = tmp_path / "doorwerth"
    shutil.copytree(DOORWERTH, map_)
    return map_


def _vervang(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def _regels(uitvoer: str, niveau: str) -> list[str]:
    return [r for r in uitvoer.splitlines() if f": {niveau}: " in r]


def test_een_kapotte_datum_is_een_fout(dossier: Path) -> None:
    """buurtkracht-2014 wordt genoemd in drie andere bestanden. Met een onmogelijke datum is dat
    tafelkleed ongeldig; vroeger gaf dat ook een fout in elk van die goede bestanden ("bestaat
    niet in dit dossier; bekend zijn: …")."""
    kleed = dossier / "tafelkleden" / "buurtkracht-2014.yaml"
    _vervang(kleed, "datum: 2014-", "datum: 2014-02-30\n# was: 2014-")
    uitkomst = runner.invoke(app, ["valideer", str(dossier)])
    assert uitkomst.exit_code == 1
    fouten = _regels(uitkomst.output, "fout")
    assert len(fouten) == 1, uitkomst.output
    assert "buurtkracht-2014.yaml" in fouten[0]
    assert "'2014-02-30' bestaat niet: februari 2014 heeft 28 dagen" in fouten[0]
    [gevolg] = _regels(uitkomst.output, "waarschuwing")
    # de thema-analyse, de vermogensanalyse 2014 en het portfolio nieuw wonen
    assert "buurtkracht-2014.yaml: waarschuwing: 3 verwijzingen uit andere bestanden" in gevolg
    assert "bedoelde je" not in uitkomst.output
    assert "✗ 1 fout in 1 van " in uitkomst.output


def test_een_echte_kapotte_verwijzing_blijft_een_fout(dossier: Path) -> None:
    """Alleen verwijzingen naar wat in het ongeldige bestand staat, zijn een gevolg."""
    _vervang(dossier / "tafelkleden" / "buurtkracht-2014.yaml", "datum: 2014-",
             "datum: 2014-02-30\n# was: 2014-")
    _vervang(dossier / "analyses" / "vermogensanalyse-2014.yaml", "- buurtkracht-2014",
             "- buurtkracht-2041")
    uitkomst = runner.invoke(app, ["valideer", str(dossier)])
    fouten = _regels(uitkomst.output, "fout")
    assert len(fouten) == 2
    assert "vermogensanalyse-2014.yaml" in fouten[0] and "'buurtkracht-2041'" in fouten[0]


def test_programma_noemt_de_oorzaak_niet_geen_programma(dossier: Path) -> None:
    _vervang(dossier / "programma-2013-2014.yaml", "datum: 2013-04\n", "datum: 2013-04-31\n")
    for opdracht in (["programma", str(dossier)], ["export", "agenda", str(dossier)]):
        uitkomst = runner.invoke(app, opdracht)
        assert uitkomst.exit_code == 1
        assert "'2013-04-31' bestaat niet: april 2013 heeft 30 dagen" in uitkomst.output
        assert "geen programma" not in uitkomst.output
        assert "niet mee" in uitkomst.output


def test_prive_ja_krijgt_een_hint(tmp_path: Path) -> None:
    kleed = tmp_path / "kleed.yaml"
    kleed.write_text("soort: tafelkleed\ntitel: x\nthema: t\ndatum: 2014-02-14\nschakels:\n"
                     "  jan:\n    naam: Jan\n    prive: ja\n", encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", str(kleed)])
    assert uitkomst.exit_code == 1
    assert "kleed.yaml:8:12: fout: schrijf hier true (ja) of false (nee), niet 'ja'" in (
        uitkomst.output)


def test_tafelkleed_zonder_thema_is_een_waarschuwing(tmp_path: Path) -> None:
    kleed = tmp_path / "kleed.yaml"
    kleed.write_text("soort: tafelkleed\ntitel: x\ndatum: 2014-02-14\n", encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", str(kleed)])
    assert uitkomst.exit_code == 0
    assert "kleed.yaml:2:8: waarschuwing: dit tafelkleed hoort bij geen thema" in uitkomst.output
    kleed.write_text("soort: tafelkleed\ntitel: x\nthema: t\ndatum: 2014-02-14\n",
                     encoding="utf-8")
    assert "waarschuwing" not in runner.invoke(app, ["valideer", str(kleed)]).output


def test_een_kapotte_koppeling_is_een_fout_geen_vinkje(dossier: Path) -> None:
    (dossier / "tafelkleden" / "weg.yaml").symlink_to("bestaat-niet.yaml")
    uitkomst = runner.invoke(app, ["valideer", str(dossier)])
    assert uitkomst.exit_code == 1
    assert "weg.yaml: fout: het bestand bestaat niet (meer)" in uitkomst.output
    assert "✓" not in uitkomst.output


def test_een_onleesbare_map_is_een_fout(dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Als root mag alles gelezen worden; de weigering van het besturingssysteem wordt hier
    nagebootst op de plek waar os.walk de map opent."""
    echt = os.scandir
    gesloten = dossier / "gesprekken"

    def scandir(pad: object) -> object:
        if Path(str(pad)) == gesloten:
            raise PermissionError(13, "Permission denied", str(pad))
        return echt(pad)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    uitkomst = runner.invoke(app, ["valideer", str(dossier)])
    assert uitkomst.exit_code == 1
    assert (f"{gesloten}: fout: geen toestemming om de map te lezen; de bestanden erin zijn niet "
            "gecontroleerd") in uitkomst.output
    assert "✓" not in uitkomst.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root mag elke map lezen; zie de test hierboven")
def test_een_echt_onleesbare_map(dossier: Path) -> None:
    gesloten = dossier / "gesprekken"
    gesloten.chmod(0)
    try:
        uitkomst = runner.invoke(app, ["valideer", str(dossier)])
    finally:
        gesloten.chmod(0o755)
    assert uitkomst.exit_code == 1
    assert "geen toestemming om de map te lezen" in uitkomst.output
