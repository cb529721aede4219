"""Opdrachten die schrijven laten nooit een half resultaat of een overschreven bestand van de
gebruiker achter."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.uitvoer.schrijven import alleen_in

runner = CliRunner()
DOORWERTH = Path(__file__).parents[1] / "examples" / "doorwerth"


def test_rapport_controleert_elk_doel_voor_het_iets_schrijft(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text("mijn eigen index\n", encoding="utf-8")
    uitkomst = runner.invoke(app, ["rapport", str(DOORWERTH), "--uit", str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert "index.md' bestaat al en is niet door stelsel gemaakt" in uitkomst.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.md"]  # geen half rapport
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "mijn eigen index\n"


def test_rapport_over_meer_dossiers_controleert_het_overzicht_eerst(tmp_path: Path) -> None:
    oosterbeek = DOORWERTH.parent / "oosterbeek"
    (tmp_path / "index.md").write_text("mijn eigen index\n", encoding="utf-8")
    uitkomst = runner.invoke(app, ["rapport", str(DOORWERTH), str(oosterbeek),
                                   "--uit", str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.md"]


def test_twee_runs_in_een_map_tegelijk(tmp_path: Path) -> None:
    """Een tweede run weigert zolang de eerste schrijft (hier: het slot wordt vastgehouden)."""
    with alleen_in(tmp_path):
        uitkomst = runner.invoke(app, ["rapport", str(DOORWERTH), "--uit", str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert "er schrijft al een andere stelsel-run in" in uitkomst.output
    assert not (tmp_path / "index.md").exists()
    daarna = runner.invoke(app, ["rapport", str(DOORWERTH), "--uit", str(tmp_path)])
    assert daarna.exit_code == 0, daarna.output
    assert (tmp_path / "index.md").is_file()


def test_schema_overschrijft_geen_bestand_van_de_gebruiker(tmp_path: Path) -> None:
    eigen = tmp_path / "tafelkleed.schema.json"
    eigen.write_text('{"mijn": "eigen schema"}\n', encoding="utf-8")
    uitkomst = runner.invoke(app, ["schema", "--uit", str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert "is geen schema van stelsel; ik overschrijf het niet" in uitkomst.output
    assert eigen.read_text(encoding="utf-8") == '{"mijn": "eigen schema"}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["tafelkleed.schema.json"]
    assert runner.invoke(app, ["schema", "--uit", str(tmp_path), "--overschrijven"]).exit_code == 0
    assert json.loads(eigen.read_text(encoding="utf-8"))["title"] != "mijn"


def test_schema_werkt_eigen_schemas_bij(tmp_path: Path) -> None:
    assert runner.invoke(app, ["schema", "--uit", str(tmp_path)]).exit_code == 0
    kleed = tmp_path / "tafelkleed.schema.json"
    oud = json.loads(kleed.read_text(encoding="utf-8"))
    oud["description"] = "een oudere versie"
    kleed.write_text(json.dumps(oud), encoding="utf-8")
    assert runner.invoke(app, ["schema", "--uit", str(tmp_path)]).exit_code == 0
    assert json.loads(kleed.read_text(encoding="utf-8"))["description"] != "een oudere versie"
