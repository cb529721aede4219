"""Elke opdracht met ``--format json`` geeft een envelop die een meegeleverd schema volgt.

Eén schema per soort envelop onder ``src/stelselkit/schemas/``: ``resultaat`` (elke analyse,
``matrix``, ``programma``), ``rapport``, ``vergelijk``, ``verloop``, ``privacy``, ``valideer``,
``routekaart`` en ``regels``. De schema's verwijzen naar elkaar met ``$ref`` (een bevinding
staat één keer beschreven, in ``resultaat.schema.json``).

Netwerk en thema (``analyse netwerk``, ``analyse thema``, ``analyse netwerk --vergelijk``) worden
omgezet naar het contract; zodra ze in het register staan, toetst tests/test_contract.py hun
JSON aan het resultaatschema.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource
from typer.testing import CliRunner

from stelselkit.cli import app

runner = CliRunner()
SCHEMAS = Path(__file__).parents[1] / "src" / "stelselkit" / "schemas"
VOORBEELDEN = Path(__file__).parents[1] / "examples"
DOORWERTH, OOSTERBEEK = str(VOORBEELDEN / "doorwerth"), str(VOORBEELDEN / "oosterbeek")
VANDAAG = ["--vandaag", "2014-06-30"]


@cache
def register() -> Registry:
    bronnen = []
    for pad in sorted(SCHEMAS.glob("*.schema.json")):
        schema = json.loads(pad.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        bronnen.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(bronnen)


def valideer(data: Any, soort: str) -> None:
    schema = register().contents(f"https://stelselkit.nl/schemas/{soort}.schema.json")
    jsonschema.Draft202012Validator(schema, registry=register()).validate(data)


# (opdracht, het schema van haar envelop)
OPDRACHTEN: list[tuple[list[str], str]] = [
    (["matrix", OOSTERBEEK, *VANDAAG], "resultaat"),
    (["programma", DOORWERTH, *VANDAAG], "resultaat"),
    (["analyse", "routekaart", DOORWERTH, *VANDAAG], "resultaat"),
    (["rapport", OOSTERBEEK, *VANDAAG], "rapport"),
    (["rapport", DOORWERTH, OOSTERBEEK, *VANDAAG], "rapport"),
    (["vergelijk", DOORWERTH, OOSTERBEEK, *VANDAAG], "vergelijk"),
    (["privacy", OOSTERBEEK], "privacy"),
    (["valideer", DOORWERTH], "valideer"),
    (["routekaart", DOORWERTH, OOSTERBEEK, *VANDAAG], "routekaart"),
    (["regels"], "regels"),
    (["verantwoording", DOORWERTH, *VANDAAG], "verantwoording"),
    (["verantwoording", DOORWERTH, OOSTERBEEK, *VANDAAG], "verantwoording"),
]


@pytest.mark.parametrize(("opdracht", "soort"), OPDRACHTEN, ids=lambda w: (
    " ".join(a for a in w if not a.startswith(("/", "-", "2"))) if isinstance(w, list) else w))
def test_json_volgt_het_schema_van_de_opdracht(opdracht: list[str], soort: str) -> None:
    uitkomst = runner.invoke(app, [*opdracht, "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    valideer(json.loads(uitkomst.stdout), soort)


def test_verloop_volgt_het_schema(tmp_path: Path) -> None:
    # een kleine geschiedenis: het matrixdossier, en een commit die een aandachtspunt toevoegt
    repo = tmp_path / "buurt"
    shutil.copytree(Path(__file__).parent / "fixtures" / "matrix" / "buurt", repo)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "begin"], check=True)
    matrix = repo / "stelselmatrix.yaml"
    matrix.write_text(matrix.read_text(encoding="utf-8") + "    kaders: [Een zaal]\n",
                      encoding="utf-8")
    subprocess.run([*git, "commit", "-qam", "zaal"], check=True)
    uitkomst = runner.invoke(app, ["verloop", str(repo), "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.stdout)
    valideer(data, "verloop")
    assert [s["onderwerp"] for s in data["details"]["standen"]] == ["begin", "zaal"]
    # een aandachtspunt erbij is invoer, geen gebeurtenis in de buurt
    assert data["details"]["standen"][1]["gebeurtenissen"] == []


def test_elk_schema_hoort_bij_een_opdracht() -> None:
    gebruikt = {soort for _, soort in OPDRACHTEN} | {"verloop"}
    assert {p.name.removesuffix(".schema.json") for p in SCHEMAS.glob("*.schema.json")} == gebruikt


def test_ongeldig_dossier_volgt_het_valideerschema(tmp_path: Path) -> None:
    kopie = tmp_path / "oosterbeek"
    shutil.copytree(OOSTERBEEK, kopie)
    kop = kopie / "dossier.yaml"
    thema = "  - opvoeden-vanuit-eigen-kracht\n"
    kop.write_text(kop.read_text(encoding="utf-8").replace(thema, thema + "  - bestaat-niet\n"),
                   encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", str(kopie), "--format", "json"])
    assert uitkomst.exit_code == 1
    data = json.loads(uitkomst.stdout)
    valideer(data, "valideer")
    assert [(p["code"], p["pad"]) for p in data["problemen"]] == [("verwijzing", "themas[1]")]


@pytest.mark.parametrize(("soort", "data"), [
    ("regels", {"codes": [{"analyse": "matrix", "code": "lege-cellen", "voorbeeld": "x",
                           "regel": {"id": "matrix-elementen", "bron": "000, §5"}}]}),
    ("vergelijk", {"analyse": "vergelijk", "peildatum": None, "kerncijfers": [],
                   "bevindingen": [], "details": {"buurten": ["A"], "maten": []}}),
    ("verloop", {"analyse": "verloop", "peildatum": None, "kerncijfers": [], "bevindingen": [],
                 "details": {"dossier": "a", "standen": [{"commit": "x", "cijfers": {}}]}}),
    ("rapport", {"dossier": {"buurt": "A"}, "analyses": {}}),
])
def test_schema_weigert_een_andere_vorm(soort: str, data: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        valideer(data, soort)
