"""``stelsel vergelijk`` (fase 4): waar elke buurt een voorbeeld van is, en vragen om mee te nemen.

# verwacht (met de hand): Proefbuurt heeft twee lokale schakels (Ans Bos, privé, en het
# dorpsplatform), een initiatief "Repair café", een lopende praktijkafspraak en een verhaal bij
# het onderdeel voorbeelden. Anderbuurt heeft alleen professionele schakels (wijkverpleging,
# welzijn) en verder niets. Beide werken aan "Versterken van buurtkracht".
# Dus: vergelijk-voorbeeld, -initiatieven, -praktijkafspraken (Anderbuurt kan leren van
# Proefbuurt) en -zelfde-thema, op de ene regel van fase 4 één bevinding (vergelijk-voorbeeld
# voorop, #15), en -schakels-professioneel (Anderbuurt vooral professionals).
# Geen van beide heeft een portfolio of casussen: daarover geen bevinding.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen.openbaar import normaliseer
from stelselkit.opdrachten.vergelijk import vergelijk

runner = CliRunner()
BASIS = Path(__file__).parent / "formaat" / "dossier"
SCHEMA = Path(__file__).parents[1] / "src" / "stelselkit" / "schemas" / "resultaat.schema.json"
VOORBEELDEN = Path(__file__).parents[1] / "examples"
VANDAAG = dt.date(2014, 6, 30)

KLEED_PROEF = """soort: tafelkleed
versie: 1
titel: Buurtkracht
thema: buurtkracht
datum: 2014-03-01
ingredienten:
  weerd: Winkelcentrum De Weerd
schakels:
  platform:
    rol: dorpsplatform
    achtergrond: dorpsplatform
    ingredienten: [weerd]
  ans:
    naam: Ans Bos
    achtergrond: bewoner
    prive: true
    ingredienten: [weerd]
"""
ANALYSE_PROEF = """soort: thema-analyse
versie: 1
naam: Samen repareren
thema: buurtkracht
initiatieven:
  - {id: repair-cafe, naam: Repair café}
"""
AFSPRAAK = """praktijkafspraken:
  - id: maandelijks
    afspraak: Het dorpsplatform schuift maandelijks aan bij het dorpsgesprek
    van: 2014-07
"""
VOORBEELD = """  voorbeelden:
    verhaal: Buren repareren samen in het winkelcentrum.
"""
KLEED_ANDER = """soort: tafelkleed
versie: 1
titel: Zorg dichtbij
thema: buurtkracht
datum: 2014-03-01
ingredienten:
  post: Huisartsenpost
schakels:
  wijkverpleging: {rol: wijkverpleegkundige, achtergrond: zorg, ingredienten: [post]}
  welzijn: {rol: opbouwwerker, achtergrond: welzijn, ingredienten: [post]}
"""


def _proefbuurt(map_: Path) -> Path:
    shutil.copytree(BASIS, map_)
    (map_ / "tafelkleden" / "eerste.yaml").write_text(KLEED_PROEF, encoding="utf-8")
    (map_ / "thema-analyse.yaml").write_text(ANALYSE_PROEF, encoding="utf-8")
    programma = map_ / "programma.yaml"
    programma.write_text(programma.read_text(encoding="utf-8") + AFSPRAAK, encoding="utf-8")
    vermogen = map_ / "vermogen.yaml"
    vermogen.write_text(vermogen.read_text(encoding="utf-8").replace(
        "    bewijs: [eerste, hart]\n", "    bewijs: [eerste, hart]\n" + VOORBEELD),
        encoding="utf-8")
    return map_


def _anderbuurt(map_: Path) -> Path:
    (map_ / "tafelkleden").mkdir(parents=True)
    shutil.copy(BASIS / "thema.yaml", map_ / "thema.yaml")
    (map_ / "dossier.yaml").write_text(
        (BASIS / "dossier.yaml").read_text(encoding="utf-8").replace("Proefbuurt", "Anderbuurt"),
        encoding="utf-8")
    (map_ / "tafelkleden" / "zorg.yaml").write_text(KLEED_ANDER, encoding="utf-8")
    return map_


@pytest.fixture
def buurten(tmp_path: Path) -> tuple[Path, Path]:
    return _proefbuurt(tmp_path / "proef"), _anderbuurt(tmp_path / "ander")


def test_naast_elkaar_waar_elke_buurt_voorbeeld_van_is(buurten: tuple[Path, Path]) -> None:
    resultaat = vergelijk(list(buurten), VANDAAG).resultaat
    proef, ander = resultaat.details.buurten
    assert proef.onderdelen == {
        "themas": ("Versterken van buurtkracht",),
        "voorbeeld": ("Buren repareren samen in het winkelcentrum.",),
        "initiatieven": ("Repair café",),
        "lokale-schakels": ("dorpsplatform", "Ans Bos"),
        "praktijkafspraken": ("Het dorpsplatform schuift maandelijks aan bij het dorpsgesprek",),
        "portfolio": (),
        "casuspatronen": (),
    }
    assert ander.onderdelen["lokale-schakels"] == ()
    assert ander.professionele_schakels == ("wijkverpleegkundige", "opbouwwerker")
    assert all(not v for k, v in ander.onderdelen.items() if k != "themas")


def test_vragen_om_mee_te_nemen(buurten: tuple[Path, Path]) -> None:
    resultaat = vergelijk(list(buurten), VANDAAG).resultaat
    per_code = {b.code: b for b in resultaat.bevindingen}
    assert set(per_code) == {"vergelijk-voorbeeld", "vergelijk-schakels-professioneel"}
    fase4 = per_code["vergelijk-voorbeeld"]
    assert fase4.titel.split("; ")[1:] == [
        "Initiatieven: Anderbuurt kan leren van Proefbuurt",
        "Praktijkafspraken die lopen of komen: Anderbuurt kan leren van Proefbuurt",
        "Zelfde thema in meer buurten: 'Versterken van buurtkracht'"]
    assert fase4.over == ("Anderbuurt", "Proefbuurt", "Versterken van buurtkracht")
    assert fase4.gewicht == "aandacht"
    assert ("Vraag Proefbuurt: hoe ontstonden 'Repair café', en wie verbond zich eraan?"
            in fase4.tekst)
    assert fase4.tekst.endswith("wat de ander anders aanpakt.")
    assert fase4.regel.bron == "000, §8"  # type: ignore[union-attr]
    schakels = per_code["vergelijk-schakels-professioneel"]
    assert schakels.over == ("Anderbuurt", "Proefbuurt")
    assert "('wijkverpleegkundige' en 'opbouwwerker')" in schakels.tekst
    assert "Vraag Proefbuurt hoe ze schakels als 'dorpsplatform' en 'Ans Bos'" in schakels.tekst
    assert schakels.regeltekst.endswith("(000, §8; 002, hoofdstuk 6, instrument 1, stap 3)")


def test_gelijke_buurten_geven_geen_vraag(tmp_path: Path) -> None:
    # twee keer dezelfde buurt (andere naam): niets om van de ander te leren, alleen het thema
    tweede = _proefbuurt(tmp_path / "tweede")
    (tweede / "dossier.yaml").write_text(
        (tweede / "dossier.yaml").read_text(encoding="utf-8").replace("Proefbuurt", "Tweede"),
        encoding="utf-8")
    resultaat = vergelijk([_proefbuurt(tmp_path / "proef"), tweede], VANDAAG).resultaat
    assert [b.code for b in resultaat.bevindingen] == ["vergelijk-zelfde-thema"]


def test_verlopen_afspraak_telt_niet(buurten: tuple[Path, Path]) -> None:
    resultaat = vergelijk(list(buurten), dt.date(2020, 1, 1)).resultaat
    assert resultaat.details.buurten[0].onderdelen["praktijkafspraken"] == (
        "Het dorpsplatform schuift maandelijks aan bij het dorpsgesprek",)  # loopt door (geen tot)
    programma = buurten[0] / "programma.yaml"
    programma.write_text(programma.read_text(encoding="utf-8") + "    tot: 2014-12\n",
                         encoding="utf-8")
    resultaat = vergelijk(list(buurten), dt.date(2020, 1, 1)).resultaat
    assert resultaat.details.buurten[0].onderdelen["praktijkafspraken"] == ()
    assert "vergelijk-praktijkafspraken" not in {b.code for b in resultaat.bevindingen}


def test_reconstructie_staat_erbij(buurten: tuple[Path, Path]) -> None:
    analyse = buurten[0] / "thema-analyse.yaml"
    analyse.write_text(analyse.read_text(encoding="utf-8") + "herkomst: reconstructie\n",
                       encoding="utf-8")
    kleed = buurten[0] / "tafelkleden" / "eerste.yaml"
    kleed.write_text(kleed.read_text(encoding="utf-8") + "herkomst: plaatshouder\n",
                     encoding="utf-8")
    resultaat = vergelijk(list(buurten), VANDAAG).resultaat
    proef = resultaat.details.buurten[0]
    assert proef.onderdelen["initiatieven"] == ("Repair café (reconstructie)",)
    assert proef.onderdelen["lokale-schakels"] == ("dorpsplatform (plaatshouder)",
                                                   "Ans Bos (plaatshouder)")


def test_cli_markdown_json_en_geen_tellingen(buurten: tuple[Path, Path]) -> None:
    argumenten = ["vergelijk", *map(str, buurten), "--vandaag", "2014-06-30"]
    uitkomst = runner.invoke(app, argumenten)
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "### Initiatieven\n\n- **Proefbuurt**: Repair café\n- **Anderbuurt**: nog niets" in (
        uitkomst.stdout)
    assert "losse ingredienten" not in uitkomst.stdout and "| maat |" not in uitkomst.stdout
    als_json = runner.invoke(app, [*argumenten, "--format", "json"])
    assert als_json.exit_code == 0, als_json.output
    data = json.loads(als_json.stdout)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert data["analyse"] == "vergelijk"
    assert data["details"]["buurten"][1]["onderdelen"]["initiatieven"] == []


@pytest.mark.parametrize("formaat", ["md", "json"])
def test_openbaar_geen_prive_naam(buurten: tuple[Path, Path], formaat: str) -> None:
    argumenten = ["vergelijk", *map(str, buurten), "--format", formaat]
    assert "Ans Bos" in runner.invoke(app, argumenten).stdout
    uitkomst = runner.invoke(app, [*argumenten, "--openbaar"])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "ans bos" not in normaliseer(uitkomst.output)
    assert "Persoon 1" in uitkomst.output


def test_de_voorbeelden_naast_elkaar() -> None:
    resultaat = vergelijk([VOORBEELDEN / "doorwerth", VOORBEELDEN / "oosterbeek"],
                          VANDAAG).resultaat
    doorwerth, oosterbeek = resultaat.details.buurten
    assert "Positief opvoeden met Triple P" in oosterbeek.onderdelen["initiatieven"]
    afspraken = doorwerth.onderdelen["praktijkafspraken"]
    # eerst die van het programma, dan die van de laatste vermogensanalyse (vanaf 2014-07)
    assert afspraken[0] == (
        "Eén gebiedsambassadeur per gebied, die dorpsbewoners, professionals en gemeente "
        "verbindt en signaleert wat aandacht vraagt (001 §4.1, §4.3)")
    assert "Het gesprek rond actuele thema's blijven organiseren (001 §4.1)" in afspraken
    # beide werken aan 'Opvoeden vanuit eigen kracht'
    [fase4] = [b for b in resultaat.bevindingen if b.regel.id == "fase4-vergelijken"]
    assert "'Opvoeden vanuit eigen kracht' speelt in " in fase4.tekst
    assert fase4.over[-1] == "Opvoeden vanuit eigen kracht"
