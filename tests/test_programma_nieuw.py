"""``stelsel programma nieuw``: wat meegaat, met welke datum, en wat het oude programma zegt.

Op ``fixtures/programma/cyclus`` (programma-2013, 2013-04-01 – 2014-06-30) met de nieuwe periode
2014-07-01 – 2015-09-30: het dorpsgesprek (loopt, 2014-01-10 – 2014-06-27) en vitaliteit (gepland,
zonder datum) gaan mee. Het dorpsgesprek begon vóór de nieuwe periode: het staat in de nieuwe
cyclus zonder datum, anders was het op de eerste dag al "te laat".
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.model import Programma
from stelselkit.model.basis import Datum
from stelselkit.opdrachten.programma_nieuw import markeer_doorgeschoven, volgend_id
from stelselkit.opdrachten.valideren import valideer

CYCLUS = Path(__file__).parent / "fixtures" / "programma" / "cyclus"
runner = CliRunner()


@pytest.fixture
def cyclus(tmp_path: Path) -> Path:
    doel = tmp_path / "cyclus"
    shutil.copytree(CYCLUS, doel)
    return doel


def _programmas(map_: Path) -> dict[str, Programma]:
    return {b.id: m for b, m in laad_dossier(map_).van_soort(Programma)}


def _nieuw(*args: str) -> str:
    uitkomst = runner.invoke(app, ["programma", "nieuw", *args, "--vandaag", "2014-07-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    return uitkomst.output


def test_meegenomen_activiteit_krijgt_een_datum_in_de_periode_of_geen(cyclus: Path) -> None:
    oud = cyclus / "programma-2013.yaml"
    tekst = oud.read_text(encoding="utf-8")
    # vitaliteit staat al gepland in de nieuwe periode: die datum blijft
    tekst = tekst.replace("    stap: presenteren\n", "    stap: presenteren\n    datum: 2014-09\n")
    oud.write_text(tekst, encoding="utf-8")
    uitvoer = _nieuw(str(oud))
    assert "Meegenomen: 2 open activiteiten, 1 lopende praktijkafspraak" in uitvoer
    assert ("Zonder datum (de oude lag vóór de nieuwe periode; plan ze opnieuw): "
            "dorpsgesprek-2014\n") in uitvoer
    nieuw = _programmas(cyclus)["programma-2014"]
    assert (nieuw.activiteiten["dorpsgesprek-2014"].datum,
            nieuw.activiteiten["dorpsgesprek-2014"].tot) == (None, None)
    assert nieuw.activiteiten["vitaliteit-2014"].datum == Datum(2014, 9)
    begin = nieuw.ontwikkelperiode.van.begin
    for activiteit in nieuw.activiteiten.values():
        assert activiteit.datum is None or activiteit.datum.begin >= begin
    # het commentaar boven de meegenomen activiteit gaat mee, het weggehaalde 'tot' niet
    nieuw_tekst = (cyclus / "programma-2014.yaml").read_text(encoding="utf-8")
    assert ("  # Het dorpsgesprek loopt door: elke vrijdag.\n  dorpsgesprek-2014:\n"
            "    wat: Dorpsgesprek in het winkelcentrum\n"
            "    cellen: [buurt/gesprek]\n") in nieuw_tekst


def test_het_oude_programma_zegt_waarheen_het_doorschoof(cyclus: Path) -> None:
    oud = cyclus / "programma-2013.yaml"
    voor = oud.read_text(encoding="utf-8")
    uitvoer = _nieuw(str(oud))
    assert f"In {oud} staat bij elke meegenomen activiteit 'doorgeschoven_naar'" in uitvoer
    na = oud.read_text(encoding="utf-8")
    # precies twee regels erbij, op hun plek; commentaar en al het andere letterlijk
    assert na == voor.replace(
        "  dorpsgesprek:\n", "  dorpsgesprek:\n    doorgeschoven_naar: dorpsgesprek-2014\n"
    ).replace("  vitaliteit:\n", "  vitaliteit:\n    doorgeschoven_naar: vitaliteit-2014\n")
    vorig = _programmas(cyclus)["programma-2013"]
    assert {k: a.doorgeschoven_naar for k, a in vorig.activiteiten.items()} == {
        "startbijeenkomst": None, "dorpsgesprek": "dorpsgesprek-2014", "biljart": None,
        "vitaliteit": "vitaliteit-2014"}
    assert valideer(cyclus).problemen == []
    # wat al doorschoof, gaat bij een tweede cyclus vanuit hetzelfde programma niet nog eens mee
    uitvoer = _nieuw(str(oud), "--id", "programma-2014-bis")
    assert "Meegenomen: 0 open activiteiten, 1 lopende praktijkafspraak" in uitvoer
    assert oud.read_text(encoding="utf-8") == na


def test_doorgeschoven_naar_moet_bestaan(cyclus: Path) -> None:
    oud = cyclus / "programma-2013.yaml"
    tekst = oud.read_text(encoding="utf-8")
    tekst = tekst.replace("  vitaliteit:\n", "  vitaliteit:\n    doorgeschoven_naar: elders\n")
    oud.write_text(tekst, encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", "--geen-cache", str(cyclus)])
    assert uitkomst.exit_code == 1
    assert "'elders' bestaat niet in dit dossier" in uitkomst.output


def test_buiten_het_dossier_blijft_het_oude_programma_staan(cyclus: Path, tmp_path: Path) -> None:
    oud = cyclus / "programma-2013.yaml"
    voor = oud.read_text(encoding="utf-8")
    uitvoer = _nieuw(str(oud), "--uit", str(tmp_path / "programma-2014.yaml"))
    assert ("Het nieuwe bestand ligt buiten het dossier: programma-2013 blijft ongewijzigd"
            in uitvoer)
    assert oud.read_text(encoding="utf-8") == voor
    assert valideer(cyclus).problemen == []
    # de schemaregel wijst vanaf de nieuwe plek naar het schema van het dossier
    assert (tmp_path / "programma-2014.yaml").read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=cyclus/.schema/programma.schema.json\n")


def test_markeer_doorgeschoven_in_blok_en_flow() -> None:
    tekst = ("activiteiten:\n"
             "  a:\n"
             "    # eerst\n"
             "    wat: A\n"
             "  b: {wat: B, status: loopt}\n")
    assert markeer_doorgeschoven(tekst, {"a": "a-2014", "b": "b-2014"}) == (
        "activiteiten:\n"
        "  a:\n"
        "    # eerst\n"
        "    doorgeschoven_naar: a-2014\n"
        "    wat: A\n"
        "  b: {doorgeschoven_naar: b-2014, wat: B, status: loopt}\n")


def test_volgend_id_met_twee_jaren() -> None:
    bezet: set[str] = {"programma-proeftuin-2014-2015"}
    assert volgend_id("programma-proeftuin-2013-2014", 2014, set(), 2015) == (
        "programma-proeftuin-2014-2015")
    assert volgend_id("programma-proeftuin-2013-2014", 2014, bezet, 2015) == (
        "programma-proeftuin-2014-2015-2")
    # een periode binnen één jaar: één jaartal
    assert volgend_id("programma-2013-2014", 2015, set(), 2015) == "programma-2015"
    assert volgend_id("programma-2013-2014", 2015, set()) == "programma-2015"


@pytest.mark.parametrize(("vandaag", "huidig", "opgevolgd"), [
    ("2014-06-15", ["programma-2013"], []),
    ("2014-07-01", ["programma-2014"],
     [{"programma": "programma-2013", "opvolger": "programma-2014"}]),
])
def test_een_volgende_cyclus_telt_pas_vanaf_haar_begin(
    cyclus: Path, vandaag: str, huidig: list[str], opgevolgd: list[dict[str, str]]
) -> None:
    """De nieuwe cyclus (2014-07-01 – 2015-09-30) vooraf gemaakt: tot haar eerste dag is het
    oude programma het huidige, met zijn activiteiten; daarna is het geschiedenis."""
    _nieuw(str(cyclus))
    uitkomst = runner.invoke(app, ["programma", str(cyclus), "--vandaag", vandaag, "-f", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    details = json.loads(uitkomst.output)["details"]
    assert [p["id"] for p in details["programmas"]] == huidig
    assert details["opgevolgd"] == opgevolgd
