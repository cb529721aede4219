"""Veel dossiers tegelijk: verdeeld over processen, met precies hetzelfde resultaat."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

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


# In een vers proces, zodat het hoofdproces nog geen enkel model gebouwd heeft. Elke controle van
# een dossier meldt haar proces en of de modellen van alle soorten er al waren.
_MELD_PROCES = """
import json, os, sys
from pathlib import Path
from stelselkit.model import _REGISTER
from stelselkit.opdrachten import valideren

controleer = valideren._controleer_dossier

def meld(map_, *, cache):
    gebouwd = all(f"stelselkit.model.{module}" in sys.modules for module, _ in _REGISTER.values())
    controle = controleer(map_, cache=cache)
    controle.opmerkingen.append(f"{os.getpid()} {gebouwd}")
    return controle

valideren._controleer_dossier = meld
uitkomst = valideren.valideer(Path(sys.argv[1]), cache=sys.argv[2] == "cache")
print(json.dumps({"hoofd": os.getpid(), "dossiers": uitkomst.dossiers,
                  "pydantic": "pydantic" in sys.modules,
                  "meldingen": [m.split() for m in uitkomst.opmerkingen]}))
"""


def _met_twee_processen(regio: Path, cache: str) -> dict[str, Any]:
    if os.name != "posix":
        pytest.skip("alleen met fork erven de werkprocessen de modellen")
    run = subprocess.run([sys.executable, "-c", _MELD_PROCES, str(regio), cache],
                         capture_output=True, text=True, check=True,
                         env={**os.environ, "STELSEL_WERKERS": "2"})
    uitkomst: dict[str, Any] = json.loads(run.stdout)
    pids = [int(pid) for pid, _ in uitkomst["meldingen"]]
    assert pids[0] == uitkomst["hoofd"]  # het eerste dossier in het hoofdproces
    assert uitkomst["hoofd"] not in pids[1:]  # de rest in de werkprocessen
    assert [Path(d).name for d in uitkomst["dossiers"]] == [f"buurt-{i}" for i in range(5)]
    return uitkomst


def test_werkers_erven_de_modellen_van_het_hoofdproces(regio: Path) -> None:
    """Het hoofdproces controleert het eerste dossier zelf en bouwt daarna alle modellen; de
    werkprocessen erven ze (fork) en bouwen er zelf geen."""
    uitkomst = _met_twee_processen(regio, "geen-cache")
    assert [gebouwd for _, gebouwd in uitkomst["meldingen"]] == ["False"] + ["True"] * 4


def test_werkers_bouwen_geen_modellen_als_alles_uit_de_cache_komt(regio: Path) -> None:
    _met_twee_processen(regio, "cache")  # vult de cache
    warm = _met_twee_processen(regio, "cache")
    assert not warm["pydantic"]
    assert [gebouwd for _, gebouwd in warm["meldingen"]] == ["False"] * 5


def test_uitvoer_met_twee_processen_is_byte_gelijk_met_regel_en_kolom(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Elf dossiers (porties van 4 over twee processen), fouten in het eerste, een middelste en
    het laatste: dezelfde tekst en JSON als met één proces, en elke fout met regel en kolom."""
    from stelselkit.uitvoer.jsontekst import json_tekst

    for i in range(11):
        shutil.copytree(FORMAAT / "dossier", tmp_path / f"buurt-{i:02d}")
    for i in (0, 6, 10):
        dossier = tmp_path / f"buurt-{i:02d}" / "dossier.yaml"
        dossier.write_text(dossier.read_text() + "gemeenet: Renkum\n")
    uitvoer = {}
    for aantal in ("1", "2"):
        monkeypatch.setenv("STELSEL_WERKERS", aantal)
        resultaat = valideer(tmp_path, cache=False)
        uitvoer[aantal] = (resultaat.als_tekst(), json_tekst(resultaat.als_dict()))
    assert uitvoer["2"] == uitvoer["1"]
    regels = uitvoer["2"][0].splitlines()
    fouten = [r for r in regels if ": fout:" in r]
    assert [Path(r.split(":")[0]).parent.name for r in fouten] == [
        "buurt-00", "buurt-06", "buurt-10"]
    regel = len((FORMAAT / "dossier" / "dossier.yaml").read_text().splitlines()) + 1
    assert all(r.split(":")[1:3] == [str(regel), "1"] for r in fouten)


def test_losse_bestanden_en_onleesbare_mappen_naast_veel_dossiers(
    regio: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """YAML buiten de dossiers komt er één keer bij; een onleesbare map wordt één keer gemeld,
    door het dossier als ze erin ligt, anders door de map zelf; met één en met twee processen."""
    (regio / "los.yaml").write_text("soort: thema\nid: los\nnaam: Los\n")
    (regio / "notities").mkdir()
    (regio / "notities" / "kladje.yaml").write_text("soort: thema\nid: klad\nnaam: Klad\n")
    (regio / "archief").mkdir()
    gesloten = {regio / "archief", regio / "buurt-1" / "tafelkleden"}
    echt = os.scandir

    def scandir(pad: object) -> object:
        if Path(str(pad)) in gesloten:
            raise PermissionError(13, "Permission denied", str(pad))
        return echt(pad)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    uitkomsten = {}
    for aantal in ("1", "2"):
        monkeypatch.setenv("STELSEL_WERKERS", aantal)
        uitkomsten[aantal] = valideer(regio, cache=False).als_dict()
    assert uitkomsten["2"] == uitkomsten["1"]
    problemen = uitkomsten["2"]["problemen"]
    assert isinstance(problemen, list)
    onleesbaar = sorted(p["bestand"] for p in problemen if p["code"] == "lezen")
    assert onleesbaar == sorted(str(g) for g in gesloten)
    met_dossiers = sum(1 for d in regio.glob("buurt-*")
                       for p in d.rglob("*.yaml") if "tafelkleden" not in p.parts
                       or d.name != "buurt-1")
    assert uitkomsten["2"]["bestanden"] == met_dossiers + 2
