"""Veel dossiers tegelijk: verdeeld over processen, met precies hetzelfde resultaat."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stelselkit.opdrachten import valideren
from stelselkit.opdrachten.valideren import valideer, werkers

FORMAAT = Path(__file__).parent / "formaat"


@pytest.fixture
def regio(tmp_path: Path) -> Path:
    """Vijf dossiers; het derde met een kapotte verwijzing, het vijfde met een tikfout."""
    for i in range(5):
        shutil.copytree(FORMAAT / "dossier", tmp_path / f"buurt-{i}")
    thema = tmp_path / "buurt-2" / "thema.yaml"
    thema.write_text(thema.read_text().replace("id: buurtkracht", "id: wonen"))
    dossier = tmp_path / "buurt-4" / "dossier.yaml"
    dossier.write_text(dossier.read_text() + "gemeenet: Renkum\n")
    return tmp_path


def test_twee_processen_geven_hetzelfde_als_een(
    regio: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STELSEL_WERKERS", "1")
    een = valideer(regio, cache=False)
    monkeypatch.setenv("STELSEL_WERKERS", "2")
    assert werkers(5) == 2
    twee = valideer(regio, cache=False)
    assert twee.als_dict() == een.als_dict()
    assert [Path(d).name for d in twee.dossiers] == [f"buurt-{i}" for i in range(5)]
    bestanden = {Path(p.bestand).relative_to(regio).parts[0]
                 for p in twee.problemen if p.niveau == "fout"}
    assert bestanden == {"buurt-2", "buurt-4"}


def test_aantal_werkers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STELSEL_WERKERS", raising=False)
    monkeypatch.setattr(valideren.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    assert werkers(5) == 1  # te weinig dossiers: een tweede proces loont niet
    assert werkers(3500) == 2  # een heel land: één per kern
    monkeypatch.setenv("STELSEL_WERKERS", "3")
    assert werkers(2) == 2  # nooit meer processen dan dossiers
    monkeypatch.setenv("STELSEL_WERKERS", "geen getal")
    assert werkers(100) == 2


def _alle_bestanden(map_: Path) -> dict[str, bytes]:
    return {p.relative_to(map_).as_posix(): p.read_bytes()
            for p in sorted(map_.rglob("*")) if p.is_file()}


def test_rapport_over_twee_processen_is_byte_gelijk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from stelselkit.cli import app

    regio = tmp_path / "regio"
    for i in range(4):
        shutil.copytree(FORMAAT / "dossier", regio / f"buurt-{i}")
    mappen = [str(regio / f"buurt-{i}") for i in range(4)]
    uitkomsten = {}
    for aantal in ("1", "2"):
        monkeypatch.setenv("STELSEL_WERKERS", aantal)
        uit = tmp_path / f"rapport-{aantal}"
        run = CliRunner().invoke(app, ["rapport", *mappen, "--uit", str(uit),
                                       "--vandaag", "2015-06-01"])
        assert run.exit_code == 0, run.output
        uitkomsten[aantal] = _alle_bestanden(uit)
    assert uitkomsten["2"] == uitkomsten["1"]
    assert {naam.split("/")[0] for naam in uitkomsten["2"]} >= {
        "index.md", "buurt-0", "buurt-1", "buurt-2", "buurt-3"}
    overzicht = uitkomsten["2"]["index.md"].decode()
    assert all(f"buurt-{i}/index.md" in overzicht for i in range(4))


def test_rapport_met_een_ongeldig_dossier_ook_met_processen(
    regio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Met twee processen hetzelfde beleid als met één: elk dossier krijgt zijn rapporten, het
    # kapotte met de fout vooraan; de fout staat op stderr en de opdracht eindigt met exitcode 1.
    from typer.testing import CliRunner

    from stelselkit.cli import app

    monkeypatch.setenv("STELSEL_WERKERS", "2")
    mappen = [str(regio / f"buurt-{i}") for i in range(5)]
    uit = tmp_path / "uit"
    run = CliRunner().invoke(app, ["rapport", *mappen, "--uit", str(uit),
                                   "--vandaag", "2015-06-01"])
    assert run.exit_code == 1
    assert "buurt-2" in run.stderr and "Traceback" not in run.output
    fouten = {i: "Het dossier heeft fouten" in (uit / f"buurt-{i}" / "index.md").read_text()
              for i in range(5)}
    assert fouten == {0: False, 1: False, 2: True, 3: False, 4: True}
    assert (uit / "index.md").is_file()
