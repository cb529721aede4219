"""Het contract van de analyses: bevindingen met sleutelwoorden, regels uit de catalogus, één
JSON-envelop met een meegeleverd schema en één beleid voor dossierfouten."""

from __future__ import annotations

import ast
import json
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from stelselkit.analyse.register import ANALYSES
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.regels import CATALOGUS

runner = CliRunner()
PAKKET = Path(__file__).parents[1] / "src" / "stelselkit"
FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA = PAKKET / "schemas" / "resultaat.schema.json"
# Nog niet op het contract; bouwt zijn bevindingen nog op volgorde. Deze lijst wordt alleen korter.
NOG_OP_VOLGORDE: frozenset[str] = frozenset()


@cache
def envelopschema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def test_bevinding_alleen_met_sleutelwoorden() -> None:
    op_volgorde = set()
    for pad in PAKKET.rglob("*.py"):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if (isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Name)
                    and knoop.func.id == "Bevinding" and knoop.args):
                op_volgorde.add(pad.relative_to(PAKKET).as_posix())
    assert op_volgorde == NOG_OP_VOLGORDE


def test_catalogus_citeert_op_een_manier() -> None:
    # "002, hoofdstuk 6, instrument 1, stap 3", "000, §7"; meerdere plaatsen met "; ".
    for regel in CATALOGUS:
        for plaats in regel.bron.split("; "):
            assert plaats.startswith(("000, §", "001, §", "002, hoofdstuk ", "004, ",
                                      "stelselkit, ")), (regel.id, plaats)
            assert "instr." not in plaats and "regel" not in plaats, (regel.id, plaats)
    assert len({r.id for r in CATALOGUS}) == len(CATALOGUS)


def test_register_heeft_unieke_namen() -> None:
    namen = [a.naam for a in ANALYSES]
    assert len(set(namen)) == len(namen)
    assert "patroon" in namen


VOORBEELDEN = Path(__file__).parents[1] / "examples"


def _met_materiaal() -> list[tuple[str, str]]:
    """Elke analyse van het register op elk voorbeeld dat bestanden van haar soort heeft."""
    dossiers = {v: laad_dossier(VOORBEELDEN / v) for v in ("doorwerth", "oosterbeek")}
    return [(a.naam, v) for a in ANALYSES for v, d in dossiers.items() if d.van_soort(a.soort)]


@pytest.mark.parametrize(("analyse", "voorbeeld"), _met_materiaal())
def test_json_volgt_het_envelopschema(analyse: str, voorbeeld: str) -> None:
    map_ = VOORBEELDEN / voorbeeld
    uitkomst = runner.invoke(app, ["analyse", analyse, str(map_), "--format", "json",
                                   "--vandaag", "2014-06-30"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.stdout)
    jsonschema.validate(data, envelopschema())
    assert data["analyse"] == analyse
    assert "```" not in uitkomst.stdout and "flowchart" not in uitkomst.stdout


def test_schema_weigert_een_andere_vorm() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"analyse": "patroon", "kerncijfers": {"sessies": 1}},
                            envelopschema())


def _kapot_dossier(tmp_path: Path) -> Path:
    """Het patroon-dossier met één kapotte verwijzing (een positie die niet bestaat)."""
    kopie = tmp_path / "dorp"
    shutil.copytree(FIXTURES / "patroon" / "dorp", kopie)
    pad = kopie / "sessie.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace(
        "positie: sociaal-wijkteam", "positie: wijkteam"), encoding="utf-8")
    return kopie


@pytest.mark.parametrize("formaat", ["md", "json"])
def test_dossierfout_geeft_rapport_met_bevinding_vooraan_en_exitcode_1(
    tmp_path: Path, formaat: str
) -> None:
    kopie = _kapot_dossier(tmp_path)
    uitkomst = runner.invoke(app, ["analyse", "patroon", str(kopie), "--format", formaat])
    assert uitkomst.exit_code == 1
    assert "sessie.yaml:" in uitkomst.stderr and "wijkteam" in uitkomst.stderr
    assert "Traceback" not in uitkomst.output
    if formaat == "json":
        data = json.loads(uitkomst.stdout)
        jsonschema.validate(data, envelopschema())
        eerste = data["bevindingen"][0]
        assert (eerste["code"], eerste["gewicht"]) == ("dossierfout", "actie")
        assert "sessie.yaml:" in eerste["over"][0]
        assert eerste["regel"]["id"] == "dossier-geldig"
    else:
        bevindingen = uitkomst.stdout.split("## Bevindingen\n", 1)[1]
        assert bevindingen.lstrip().startswith("### Het dossier heeft fouten")


def test_elke_analyse_heeft_een_opdracht() -> None:
    from stelselkit.cli import analyse_app
    from stelselkit.cli.analyses import OPDRACHTEN, laad

    namen = {c.name for c in analyse_app.registered_commands}
    assert {a.naam for a in ANALYSES} <= namen
    for opdracht in OPDRACHTEN:  # de fabriek laadt precies de analyse uit het register
        assert laad(opdracht.naam) is next(a for a in ANALYSES if a.naam == opdracht.naam)


# --- één beleid voor dossierfouten, in elke analyse-opdracht ---------------------------------

def _opdrachten_met_materiaal() -> list[tuple[list[str], str]]:
    """Elke analyse-opdracht van het register (en de korte vormen) met een voorbeeld waarin
    bestanden van haar soort staan."""
    gevallen = [(["analyse", naam], voorbeeld)
                for naam, voorbeeld in dict(_met_materiaal()).items()]
    return [*gevallen, (["matrix"], "oosterbeek"), (["programma"], "oosterbeek"),
            (["programma", "stand"], "doorwerth")]


@pytest.mark.parametrize(("opdracht", "voorbeeld"), _opdrachten_met_materiaal(),
                         ids=lambda w: "-".join(w) if isinstance(w, list) else w)
def test_een_beleid_voor_dossierfouten(tmp_path: Path, opdracht: list[str],
                                       voorbeeld: str) -> None:
    # Eén kapotte verwijzing in dossier.yaml (een thema dat niet bestaat): elke analyse geeft
    # haar rapport, met vooraan de bevinding over het dossier, en eindigt met exitcode 1.
    kopie = tmp_path / voorbeeld
    shutil.copytree(VOORBEELDEN / voorbeeld, kopie)
    kop = kopie / "dossier.yaml"
    tekst = kop.read_text(encoding="utf-8")
    eerste = tekst.index("\nthemas:\n") + len("\nthemas:\n")
    kop.write_text(tekst[:eerste] + "  - bestaat-niet\n" + tekst[eerste:], encoding="utf-8")
    for formaat in ("json", "md"):
        uitkomst = runner.invoke(app, [*opdracht, str(kopie), "--format", formaat,
                                       "--vandaag", "2014-06-30"])
        assert uitkomst.exit_code == 1, uitkomst.output
        assert "dossier.yaml:" in uitkomst.stderr and "bestaat-niet" in uitkomst.stderr
        assert "Traceback" not in uitkomst.output
        if formaat == "json":
            data = json.loads(uitkomst.stdout)
            jsonschema.validate(data, envelopschema())
            assert data["bevindingen"][0]["code"] == "dossierfout"
            regel = tekst[:eerste].count("\n") + 1  # de ingevoegde regel
            assert data["bevindingen"][0]["over"][0].endswith(f"dossier.yaml:{regel}")
        else:
            assert "Het dossier heeft fouten" in uitkomst.stdout


def test_vergelijk_en_rapport_volgen_hetzelfde_beleid(tmp_path: Path) -> None:
    # vergelijk (twee buurten, één met een kapotte verwijzing) en rapport --format json: de
    # uitvoer komt er, vooraan de bevinding over het dossier, exitcode 1 — net als de analyses.
    kopie = tmp_path / "oosterbeek"
    shutil.copytree(VOORBEELDEN / "oosterbeek", kopie)
    kop = kopie / "dossier.yaml"
    tekst = kop.read_text(encoding="utf-8")
    eerste = tekst.index("\nthemas:\n") + len("\nthemas:\n")
    kop.write_text(tekst[:eerste] + "  - bestaat-niet\n" + tekst[eerste:], encoding="utf-8")
    vergelijking = runner.invoke(app, ["vergelijk", str(VOORBEELDEN / "doorwerth"), str(kopie),
                                       "--format", "json", "--vandaag", "2014-06-30"])
    assert vergelijking.exit_code == 1, vergelijking.output
    assert "bestaat-niet" in vergelijking.stderr and "Traceback" not in vergelijking.output
    data = json.loads(vergelijking.stdout)
    jsonschema.validate(data, envelopschema())
    assert data["bevindingen"][0]["code"] == "dossierfout"
    assert data["bevindingen"][0]["over"] == [f"{kop}:{tekst[:eerste].count(chr(10)) + 1}"]
    rapport = runner.invoke(app, ["rapport", str(kopie), "--format", "json",
                                  "--vandaag", "2014-06-30"])
    assert rapport.exit_code == 1 and "bestaat-niet" in rapport.stderr
    for analyse in json.loads(rapport.stdout)["analyses"].values():
        jsonschema.validate(analyse, envelopschema())
        assert analyse["bevindingen"][0]["code"] == "dossierfout"
    geldig = runner.invoke(app, ["vergelijk", str(VOORBEELDEN / "doorwerth"),
                                 str(VOORBEELDEN / "oosterbeek"), "--format", "json",
                                 "--vandaag", "2014-06-30"])
    assert geldig.exit_code == 0
    assert "dossierfout" not in {b["code"] for b in json.loads(geldig.stdout)["bevindingen"]}
