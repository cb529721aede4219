"""Het dossierformaat: elke soort met geldige en ongeldige voorbeeldbestanden, en verwijzingen.

Data-gedreven zoals bij check-jsonschema: elk bestand onder ``formaat/geldig`` moet door de
validatie komen; elk bestand onder ``formaat/ongeldig`` moet falen op de plek en met de melding
uit zijn eerste regel (``# verwacht: REGEL:KOLOM melding``).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.model import SOORTEN
from stelselkit.opdrachten.valideren import valideer

FORMAAT = Path(__file__).parent / "formaat"
GELDIG = sorted((FORMAAT / "geldig").glob("*.yaml"))
ONGELDIG = sorted((FORMAAT / "ongeldig").glob("*.yaml"))
VERWACHT = re.compile(r"^# verwacht: (\d+):(\d+) (.+)$")

runner = CliRunner()


def test_elke_soort_heeft_een_geldig_voorbeeld() -> None:
    soorten = set()
    for pad in GELDIG:
        soort = re.search(r"^soort: (\S+)$", pad.read_text(encoding="utf-8"), re.MULTILINE)
        assert soort, pad
        soorten.add(soort.group(1))
    assert soorten == set(SOORTEN)


def test_elke_soort_heeft_een_ongeldig_voorbeeld() -> None:
    soorten = set()
    for pad in ONGELDIG:
        gevonden = re.search(r"^soort: (\S+)$", pad.read_text(encoding="utf-8"), re.MULTILINE)
        if gevonden and gevonden.group(1) in SOORTEN:
            soorten.add(gevonden.group(1))
    assert soorten == set(SOORTEN)


@pytest.mark.parametrize("pad", GELDIG, ids=lambda p: p.name)
def test_geldig(pad: Path) -> None:
    resultaat = valideer(pad)
    assert resultaat.problemen == []
    assert resultaat.uitgang == 0


@pytest.mark.parametrize("pad", ONGELDIG, ids=lambda p: p.name)
def test_ongeldig(pad: Path) -> None:
    kop = VERWACHT.match(pad.read_text(encoding="utf-8").splitlines()[0])
    assert kop, f"{pad.name} mist de regel '# verwacht: REGEL:KOLOM melding'"
    regel, kolom, melding = int(kop.group(1)), int(kop.group(2)), kop.group(3)
    resultaat = valideer(pad)
    assert resultaat.uitgang == 1
    eerste = resultaat.problemen[0]
    assert (eerste.regel, eerste.kolom) == (regel, kolom), eerste.als_regel()
    assert melding in eerste.melding, eerste.als_regel()


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    doel = tmp_path / "proefbuurt"
    shutil.copytree(FORMAAT / "dossier", doel)
    return doel


def _cli(*args: str) -> tuple[int, str]:
    uitkomst = runner.invoke(app, list(args))
    return uitkomst.exit_code, uitkomst.output


def test_dossier_is_geldig(dossier: Path) -> None:
    code, uitvoer = _cli("valideer", str(dossier))
    assert code == 0, uitvoer
    assert "5 bestanden, geen fouten" in uitvoer


def test_tikfout_in_sleutel(dossier: Path) -> None:
    pad = dossier / "tafelkleden" / "eerste.yaml"
    pad.write_text(pad.read_text().replace("    rol: dorpsplatform", "    rool: dorpsplatform"))
    code, uitvoer = _cli("valideer", str(dossier))
    assert code == 1
    assert "eerste.yaml:11:5: fout: onbekende sleutel 'rool'; bedoelde je 'rol'?" in uitvoer


def test_verkeerd_type(dossier: Path) -> None:
    pad = dossier / "vermogen.yaml"
    pad.write_text(pad.read_text().replace("score: 2", "score: hoog"))
    code, uitvoer = _cli("valideer", str(dossier))
    assert code == 1
    assert "vermogen.yaml:7:12: fout: verwacht een geheel getal" in uitvoer


def test_kapotte_verwijzing_tussen_bestanden(dossier: Path) -> None:
    pad = dossier / "vermogen.yaml"
    pad.write_text(pad.read_text().replace("[eerste, hart]", "[eerst, hart]"))
    code, uitvoer = _cli("valideer", str(dossier))
    assert code == 1
    assert "vermogen.yaml:9:14: fout: verwijzing naar het bewijs: 'eerst' bestaat niet" in uitvoer
    assert "bedoelde je 'eerste'?" in uitvoer


def test_verwijzing_naar_verkeerde_soort(dossier: Path) -> None:
    pad = dossier / "tafelkleden" / "eerste.yaml"
    pad.write_text(pad.read_text().replace("thema: buurtkracht", "thema: hart"))
    code, uitvoer = _cli("valideer", str(dossier))
    assert code == 1
    assert "'hart' is een activiteit, geen thema" in uitvoer


def test_thema_van_het_dossier_moet_bestaan(dossier: Path) -> None:
    pad = dossier / "dossier.yaml"
    pad.write_text(pad.read_text().replace("[buurtkracht]", "[buurtkracht, gezond]"))
    code, uitvoer = _cli("valideer", str(dossier))
    assert code == 1
    assert "dossier.yaml:5:23: fout: verwijzing naar het thema: 'gezond' bestaat niet" in uitvoer


def test_cel_van_activiteit_moet_een_positie_zijn(dossier: Path) -> None:
    pad = dossier / "programma.yaml"
    pad.write_text(pad.read_text().replace("buurt/gesprek", "wijk/gesprek"))
    code, uitvoer = _cli("valideer", str(dossier))
    assert code == 1
    assert "programma.yaml:10:14: fout: verwijzing naar de positie: 'wijk' bestaat niet" in uitvoer


def test_syntaxfout(dossier: Path) -> None:
    pad = dossier / "thema.yaml"
    pad.write_text(pad.read_text() + "woorden: [buurt, kracht\n")
    code, uitvoer = _cli("valideer", str(dossier))
    assert code == 1
    assert re.search(r"thema\.yaml:\d+:\d+: fout: ", uitvoer)


def test_alle_problemen_van_alle_bestanden(dossier: Path) -> None:
    (dossier / "thema.yaml").write_text("soort: thema\nversie: 1\nid: buurtkracht\nnam: x\n")
    pad = dossier / "vermogen.yaml"
    pad.write_text(pad.read_text().replace("score: 2", "score: 0"))
    code, uitvoer = _cli("valideer", str(dossier), "--format", "json")
    assert code == 1
    data = json.loads(uitvoer)
    assert data["geldig"] is False
    plekken = {(Path(p["bestand"]).name, p["regel"], p["pad"]) for p in data["problemen"]}
    assert ("thema.yaml", 4, "nam") in plekken
    assert ("thema.yaml", 1, "naam") in plekken
    assert ("vermogen.yaml", 7, "elementen.netwerken.score") in plekken


def test_json_heeft_vaste_vorm(dossier: Path) -> None:
    code, uitvoer = _cli("valideer", str(dossier), "--format", "json")
    assert code == 0
    data = json.loads(uitvoer)
    assert list(data) == [
        "geldig", "dossiers", "bestanden", "fouten", "waarschuwingen", "problemen"
    ]
    assert data["bestanden"] == 5 and data["fouten"] == 0


def test_een_bestand_in_een_dossier_gebruikt_de_verwijzingen_van_het_dossier(
    dossier: Path,
) -> None:
    code, uitvoer = _cli("valideer", str(dossier / "vermogen.yaml"))
    assert code == 0, uitvoer
    assert "1 bestand, geen fouten" in uitvoer


def test_onbekend_pad_is_gebruiksfout() -> None:
    code, uitvoer = _cli("valideer", "/bestaat/niet")
    assert code == 2
    assert "bestaat niet" in uitvoer
    assert "Traceback" not in uitvoer


def test_onbekende_optie_is_gebruiksfout(dossier: Path) -> None:
    code, _ = _cli("valideer", str(dossier), "--format", "xml")
    assert code == 2


def test_map_zonder_dossier(tmp_path: Path) -> None:
    (tmp_path / "los.yaml").write_text("a: 1\n")
    code, uitvoer = _cli("valideer", str(tmp_path))
    assert code == 1
    assert "de sleutel 'soort' ontbreekt" in uitvoer
    assert "geen dossier.yaml gevonden" in uitvoer


def test_lege_map(tmp_path: Path) -> None:
    code, uitvoer = _cli("valideer", str(tmp_path))
    assert code == 1
    assert "geen dossier en geen YAML-bestanden gevonden" in uitvoer


def test_map_met_meerdere_dossiers(tmp_path: Path) -> None:
    for naam in ("a", "b"):
        shutil.copytree(FORMAAT / "dossier", tmp_path / naam)
    resultaat = valideer(tmp_path)
    assert resultaat.uitgang == 0
    assert len(resultaat.dossiers) == 2
    assert len(resultaat.bestanden) == 10


def test_dubbele_id_in_een_dossier(dossier: Path) -> None:
    shutil.copy(dossier / "thema.yaml", dossier / "thema-kopie.yaml")
    resultaat = valideer(dossier)
    assert resultaat.uitgang == 1
    assert any("de id 'buurtkracht' (thema) bestaat al" in p.melding for p in resultaat.problemen)


@pytest.mark.parametrize("pad", GELDIG, ids=lambda p: p.name)
def test_geldig_volgens_het_json_schema(pad: Path) -> None:
    """Wat de modellen accepteren (ook de korte schrijfwijzen), accepteert het schema ook."""
    import jsonschema
    import yaml

    from stelselkit.opdrachten.schemas import schema_van

    data = json.loads(json.dumps(yaml.safe_load(pad.read_text(encoding="utf-8")), default=str))
    jsonschema.validate(data, schema_van(data["soort"]))


@pytest.mark.parametrize("voorbeeld", ["doorwerth", "oosterbeek"])
def test_schemas_van_de_voorbeelden_zijn_bij(voorbeeld: str) -> None:
    """De .schema-map van een voorbeeld hoort bij de modellen (anders klaagt de editor)."""
    from stelselkit.opdrachten.schemas import schema_van

    map_ = Path(__file__).resolve().parents[1] / "examples" / voorbeeld / ".schema"
    for soort in SOORTEN:
        opgeslagen = json.loads((map_ / f"{soort}.schema.json").read_text(encoding="utf-8"))
        assert opgeslagen == schema_van(soort), f"{soort}: draai 'stelsel schema --uit {map_}'"
