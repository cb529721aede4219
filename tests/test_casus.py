"""``stelsel analyse casus``: elke bevinding heeft een dossier dat haar oproept, en een dat niet.

# verwacht, met peildatum 2014-06-30:
- ``dorp`` (fixtures/casus/dorp): elke regel precies één keer, met de casussen uit de commentaren
  van de bestanden;
- ``goed`` (fixtures/casus/goed): geen enkele bevinding.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.analyse.casus import ANALYSE
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier

runner = CliRunner()
CASUS = Path(__file__).parent / "fixtures" / "casus"
VANDAAG = dt.date(2014, 6, 30)


def _resultaat(naam: str):  # type: ignore[no-untyped-def]
    resultaat = ANALYSE.op_dossier(laad_dossier(CASUS / naam), VANDAAG)
    assert resultaat is not None
    return resultaat


# code → (over in 'dorp', stuk tekst dat het handwerk controleert)
VERWACHT: dict[str, tuple[tuple[str, ...], str]] = {
    "casus-zonder-regisseur": (("c1",), "1 casus zonder casusregisseur"),
    "regisseur-ver-van-gezin": (
        ("c2", "c3"), "c2 (jeugdpsychiater) en c3 (consulent zorgloket)"),
    # 10 januari → 30 juni 2014: 21 + 28 + 31 + 30 + 31 + 30 = 171 dagen
    "tweede-lijn-zonder-afbouw": (("c1",), "c1 (sinds 10 januari 2014, 171 dagen)"),
    "casusvragen-open": (("c1",), "c1 (communiceren, regie nemen en zichzelf verder helpen)"),
    "vissenkom-zonder-expertise": (("v3",), "v3 (casus c3)"),
    "expertise-herhaald-gemist": (("huisarts",), "huisarts (2 van de 3)"),
    "expertise-herhaald-overlappend": (
        ("opvoedondersteuning",), "opvoedondersteuning (2 van de 3)"),
    # c1 en c2 gingen in 2014-H1 naar de tweede lijn, geen van beide kwam terug
    "weinig-terugschakelen": (("2014-H1",), "2014-H1: 2 op, 0 terug"),
}


@pytest.mark.parametrize("code", sorted(VERWACHT))
def test_bevinding_in_dorp(code: str) -> None:
    bevindingen = {b.code: b for b in _resultaat("dorp").bevindingen}
    over, tekst = VERWACHT[code]
    assert bevindingen[code].over == over
    assert tekst in bevindingen[code].tekst


@pytest.mark.parametrize("code", sorted(VERWACHT))
def test_bevinding_niet_in_goed(code: str) -> None:
    assert code not in {b.code for b in _resultaat("goed").bevindingen}


def test_dorp_heeft_precies_deze_bevindingen_met_regel_en_volgorde() -> None:
    resultaat = _resultaat("dorp")
    assert sorted(b.code for b in resultaat.bevindingen) == sorted(VERWACHT)
    gewichten = [b.gewicht for b in resultaat.bevindingen]
    assert gewichten == sorted(gewichten, key=["actie", "aandacht", "info"].index)
    for b in resultaat.bevindingen:
        assert b.regel.bron.startswith(("000, §", "001, §")), b.code  # type: ignore[union-attr]


def test_kerncijfers_dorp() -> None:
    cijfers = {k.id: k.waarde for k in _resultaat("dorp").kerncijfers}
    assert cijfers == {
        "casussen": 3, "met-regisseur": 2, "met-een-plan": 0, "vragen-beantwoord": 2,
        "teruggeschakeld": 0, "vissenkommen": 3,
        "tweede-lijn-nu": 2,  # c1 (zonder afbouw) en c2 (met afbouw)
    }


def test_regisseur_in_de_voorste_helft_van_een_eigen_keten(tmp_path: Path) -> None:
    # Een eigen keten van vier posities: 'team' is de tweede, dus dicht bij het gezin;
    # 'bestuur' de vierde, achterste helft.
    doel = tmp_path / "keten"
    shutil.copytree(CASUS / "dorp", doel)
    (doel / "posities.yaml").write_text(
        "soort: posities\nversie: 1\nposities:\n  gezin: {naam: Gezin}\n  team: {naam: Team}\n"
        "  wijk: {naam: Wijk}\n  bestuur: {naam: Bestuur}\n", encoding="utf-8")
    c3 = doel / "casussen" / "c3.yaml"
    c3.write_text(c3.read_text(encoding="utf-8").replace("positie: diensten", "positie: team"),
                  encoding="utf-8")
    resultaat = ANALYSE.op_dossier(laad_dossier(doel), VANDAAG)
    assert resultaat is not None
    ver = next(b for b in resultaat.bevindingen if b.code == "regisseur-ver-van-gezin")
    assert ver.over == ("c2",)


def test_cli_niet_openbaar_noemt_de_codes() -> None:
    uitkomst = runner.invoke(
        app, ["analyse", "casus", str(CASUS / "dorp"), "--vandaag", "2014-06-30"])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "| c1 | — | tweede | 2014-01-10 | nee | 3 | — |" in uitkomst.output
    assert "| v1 | c1 | 0 van 11 | huisarts, Schuldhulpverlening | opvoedondersteuning |" in (
        uitkomst.output)
    assert "| 2014-H1 | 0 | 0 | 1 | 0 | 2 | 0 |" in uitkomst.output


def test_cli_buiten_een_dossier_of_zonder_casus() -> None:
    uitkomst = runner.invoke(app, ["analyse", "casus", str(CASUS)])
    assert uitkomst.exit_code == 2
    assert "ligt niet in een dossier" in uitkomst.output
    zonder = CASUS.parent / "patroon" / "dorp"
    uitkomst = runner.invoke(app, ["analyse", "casus", str(zonder)])
    assert uitkomst.exit_code == 1
    assert "er is geen casus in" in uitkomst.output and "stelsel nieuw casus" in uitkomst.output


def test_cli_openbaar_onder_de_drempel_niets(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["analyse", "casus", str(CASUS / "dorp"), "--openbaar",
                                   "--format", "json", "--vandaag", "2014-06-30"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.output)
    assert data["kerncijfers"] == [] and data["bevindingen"] == []
    assert data["details"] == {"dossier": "Proefwijk", "drempel": 5, "openbaar": True,
                               "casussen": [], "vissenkommen": [], "overzicht": None}
    md = runner.invoke(app, ["analyse", "casus", str(CASUS / "dorp"), "--openbaar"])
    assert "Te weinig casussen om iets openbaar te maken: minder dan 5." in md.output
    assert "| 3 |" not in md.output


def test_cli_openbaar_vanaf_de_drempel_alleen_tellingen(tmp_path: Path) -> None:
    doel = tmp_path / "dorp"
    shutil.copytree(CASUS / "dorp", doel)
    kop = doel / "dossier.yaml"
    kop.write_text(kop.read_text(encoding="utf-8") + "casusdrempel: 3\n", encoding="utf-8")
    uitkomst = runner.invoke(app, ["analyse", "casus", str(doel), "--openbaar", "--format",
                                   "json", "--vandaag", "2014-06-30"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.output)
    # alleen de patronen; geen bevinding over één casus
    assert [b["code"] for b in data["bevindingen"]] == [
        "expertise-herhaald-gemist", "expertise-herhaald-overlappend", "weinig-terugschakelen"]
    assert {k["id"]: k["waarde"] for k in data["kerncijfers"]}["casussen"] == 3
    assert data["details"]["casussen"] == [] and data["details"]["vissenkommen"] == []
    for casusveld in ("c1", "c2", "c3", "v1", "jeugdpsychiater", "zorgloket", "De jongere"):
        assert casusveld not in uitkomst.output, casusveld
