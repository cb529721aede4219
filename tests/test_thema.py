"""``stelsel analyse thema``: knooppunten, vakken, naam, tijdlijn en netwerkje.

De verwachte waarden in deze tests zijn met de hand uitgewerkt uit de bestanden in
``tests/fixtures/thema/`` (zie de opmerkingen bij elke test).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from stelselkit import woorden as taalwoorden
from stelselkit.analyse import Resultaat, thema, tijdlijn
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier, laad_modellen
from stelselkit.model import ThemaAnalyse
from stelselkit.weergave import thema as weergave

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "thema"
LOS = FIXTURES / "los" / "overlast.yaml"
HEIDEVELD = FIXTURES / "heideveld"
SAMEN_BUITEN = HEIDEVELD / "samen-buiten.yaml"
VOORBEELDEN = Path(__file__).parents[1] / "examples"
MAART = dt.date(2014, 3, 10)


def _analyse(pad: Path, vandaag: dt.date = MAART) -> Resultaat[thema.Thema]:
    return thema.analyseer(laad_modellen([pad], ThemaAnalyse), vandaag)


def _per_code(resultaat: Resultaat[thema.Thema]) -> dict[str, list[tuple[str, ...]]]:
    uitkomst: dict[str, list[tuple[str, ...]]] = {}
    for b in resultaat.bevindingen:
        uitkomst.setdefault(b.code, []).append(b.over)
    return uitkomst


# --- woorden ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("woorden", "stam"),
    [
        (["pleintje", "plein", "pleinen"], "plein"),
        (["ouders", "ouderen", "oudere", "ouder"], "ouder"),
        (["initiatieven", "initiatief"], "initiatief"),
        (["bomen", "boom", "boompje"], "bom"),
        (["bankjes", "bankje", "banken", "bank"], "bank"),
        (["mogelijkheden", "mogelijkheid"], "mogelijkheid"),
        (["huizen", "huis", "huisjes"], "huis"),
        (["bossen", "bos"], "bos"),
        (["eenzame", "eenzaam"], "eenzam"),
    ],
)
def test_meervoud_en_verkleinwoord_worden_gelijkgetrokken(woorden: list[str], stam: str) -> None:
    assert {taalwoorden.stam(w) for w in woorden} == {stam}


def test_korte_woorden_blijven_heel() -> None:
    # "mens" en "huis" zijn geen meervoud: de -s blijft staan.
    assert taalwoorden.stam("mens") == "mens"
    assert taalwoorden.stam("huis") == "huis"


def test_woorden_van_kent_stopwoorden_accenten_en_zinsbegin() -> None:
    woorden = taalwoorden.woorden_van("In café Bij Jos. Meer ideeën!")
    assert [w.sleutel for w in woorden] == ["in", "cafe", "bij", "jos", "meer", "ideeen"]
    assert [w.stopwoord for w in woorden] == [True, False, True, False, True, False]
    assert [w.zinsbegin for w in woorden] == [True, False, False, False, True, False]
    assert woorden[1].vorm == "café"


def test_probleemwoorden_ook_in_samenstellingen() -> None:
    gevonden = taalwoorden.probleemwoorden_in("Geluidsoverlast en klachten")
    assert gevonden == ["Geluidsoverlast", "klachten"]
    assert taalwoorden.probleemwoorden_in("Ontdek de ruimte") == []


# --- een losse thema-analyse: naam en tijdlijn --------------------------------------------


def test_zonder_bronnen_geen_knooppunten_maar_terugkerende_woorden() -> None:
    # Alleen de eigen vakken: die tellen niet als onafhankelijke bron, dus geen knooppunt.
    # 'plein' staat in woorden, verhaal ("Op het plein ...") en tijdlijn ("Plein schoonmaken");
    # 'jongeren' in woorden en ideeën. 'overlast' en 'wijk' zijn het midden (de naam).
    resultaat = _analyse(LOS)
    uitkomst = resultaat.details.analyses[0]
    assert uitkomst.knooppunten == ()
    assert [(k.term, len(k.vakken), k.keer) for k in uitkomst.woorden_terug] == [
        ("plein", 3, 3),
        ("jongeren", 2, 2),
    ]
    assert uitkomst.woorden_terug[0].vakken == (
        "thema-analyse › woorden",
        "thema-analyse › verhaal",
        "thema-analyse › tijdlijn",
    )
    geen = next(b for b in resultaat.bevindingen if b.code == "geen-knooppunten")
    assert geen.tekst.startswith("Alleen woorden komen terug ('plein', 'jongeren')")


KNOOP = FIXTURES / "knoop"


def test_knooppunten_zijn_namen_in_verschillende_bronnen() -> None:
    # dorp.yaml (de eigen thema-analyse), gesprek.yaml en bord.yaml. Met de hand:
    # - 'De Weerd' (verhaal, eigen), 'winkelcentrum De Weerd' (reacties en plaats van het
    #   gesprek) en 'de Weerd' (wensen van het bord) zijn één plek: de langere naam neemt de
    #   kortere op, het lidwoord telt niet. Bronnen: gesprek en bord (2); vakken 4; keer 4.
    # - 'Kees' staat in het netwerkje en het verhaal (eigen) en in één bron: geen knooppunt.
    # - 'wonen', 'woon' en 'Wonen' zijn één lemma: een terugkerend woord, geen knooppunt.
    uitkomst = _analyse(KNOOP / "dorp.yaml").details.analyses[0]
    assert [(k.term, k.soort, k.bronnen, len(k.vakken), k.keer, k.eigen, k.vormen)
            for k in uitkomst.knooppunten] == [
        ("winkelcentrum De Weerd", "plek", ("gesprek", "bord"), 4, 4, True,
         ("Weerd", "winkelcentrum De Weerd")),
    ]
    assert [(k.term, len(k.vakken), k.bronnen) for k in uitkomst.woorden_terug] == [
        ("wonen", 4, ("gesprek", "bord")),
        ("kees", 3, ("gesprek",)),
        ("ouderen", 2, ("bord",)),
    ]


def test_de_eigen_vakken_zijn_geen_tweede_bron(tmp_path: Path) -> None:
    # Zonder 'de Weerd' op het bord staat de plek nog in de thema-analyse en het gesprek:
    # één onafhankelijke bron, dus geen knooppunt meer.
    kopie = tmp_path / "knoop"
    shutil.copytree(KNOOP, kopie)
    bord = kopie / "bord.yaml"
    bord.write_text(bord.read_text(encoding="utf-8").replace(
        "  - Een bank bij de Weerd\n", ""), encoding="utf-8")
    resultaat = _analyse(kopie / "dorp.yaml")
    assert resultaat.details.analyses[0].knooppunten == ()
    assert "geen-knooppunten" in {b.code for b in resultaat.bevindingen}


def test_naam_op_een_probleemwoord_met_advies_en_woorden() -> None:
    resultaat = _analyse(LOS)
    naam = next(b for b in resultaat.bevindingen if b.code == "naam-probleemwoord")
    assert naam.gewicht == "actie"
    assert naam.over == ("overlast", "Overlast in de wijk", "Overlast")
    assert "'overlast' → 'ontdek de ruimte'" in naam.tekst
    assert "De naam komt uit de woorden: overlast, jongeren, ruimte, plein." in naam.tekst
    assert "Woorden om op te bouwen: jongeren, ruimte, plein." in naam.tekst
    assert naam.regeltekst.endswith("(002, hoofdstuk 4, stap 1; 002, hoofdstuk 6, instrument 2)")


def test_manifestatiemoment_voor_de_start_wordt_gemeld() -> None:
    resultaat = _analyse(LOS)
    volgorde = next(b for b in resultaat.bevindingen if b.code == "tijdlijn-volgorde")
    assert volgorde.gewicht == "actie"
    assert volgorde.over == ("overlast", "Start", "Buurtfeest", "Buurtavond")
    assert (
        "het manifestatiemoment 'Buurtfeest' (1 februari 2014) ligt vóór de start 'Start' "
        "(1 maart 2014)"
        in volgorde.tekst
    )
    assert "het ontmoetingsmoment 'Buurtavond' (8 maart 2014) ligt ná het manifestatiemoment" in (
        volgorde.tekst
    )


def test_tijdlijn_voorbereiding_datum_en_uitkomst() -> None:
    # In de tijd: Buurtfeest 02-01, Start 03-01 (28 dagen), Buurtavond 03-08 (7 dagen < 14).
    per_code = _per_code(_analyse(LOS))
    assert per_code["korte-voorbereiding"] == [("overlast", "Start", "Buurtavond")]
    assert per_code["moment-zonder-datum"] == [("overlast", "Plein schoonmaken")]
    assert per_code["moment-zonder-uitkomst"] == [("overlast", "Start", "Buurtavond", "Buurtfeest")]
    uitkomst = _analyse(LOS).details.analyses[0]
    assert [(p.van, p.tot, p.dagen) for p in uitkomst.tussenpozen] == [
        ("Buurtfeest", "Start", 28),
        ("Start", "Buurtavond", 7),
    ]


def test_vandaag_bepaalt_welke_momenten_voorbij_zijn() -> None:
    per_code = _per_code(_analyse(LOS, dt.date(2014, 2, 15)))
    assert per_code["moment-zonder-uitkomst"] == [("overlast", "Buurtfeest")]
    assert "moment-zonder-uitkomst" not in _per_code(_analyse(LOS, dt.date(2014, 1, 1)))


def test_lege_en_dunne_vakken_en_onbekende_bron() -> None:
    per_code = _per_code(_analyse(LOS))
    # één bevinding op de regel 'thema-vakken': eerst de lege vakken, dan het dunne
    assert per_code["leeg-vak"] == [
        ("overlast", "voorbeelden", "initiatieven", "uitspraken", "netwerkje", "ideeen")]
    assert "dun-vak" not in per_code
    vakken = next(b for b in _analyse(LOS).bevindingen if b.code == "leeg-vak")
    assert vakken.gewicht == "aandacht"
    assert vakken.titel == ("4 lege vakken: 'voorbeelden', 'initiatieven', 'opmerkingen en "
                            "uitspraken' en 'netwerkje'; 1 dun vak: 'ideeën en activiteiten'")
    assert "Maar één item in 'ideeën en activiteiten'." in vakken.tekst
    # Een los bestand ligt niet in een dossier: de bron is niet te lezen.
    assert per_code["bron-onbekend"] == [("overlast", "bord-x")]


def test_kerncijfers_los() -> None:
    assert {k.label: k.waarde for k in _analyse(LOS).kerncijfers} == {
        "thema-analyses": 1,
        "knooppunten": 0,  # geen bronnen: alleen terugkerende woorden
        "lege vakken": 4,
        "momenten op de tijdlijn": 4,
        "momenten zonder uitkomst": 3,
        "open vragen": 0,
        "netwerkje uit te nodigen": 0,
    }


# --- een thema-analyse in een dossier, met bronnen -----------------------------------------


def test_knooppunten_over_vakken_en_bronnen() -> None:
    # bakker: netwerkje (eigen), wensen en vragen van het bord, reacties van het dorpsgesprek:
    # twee bronnen (bord, gesprek), vier vakken. Moestuin staat naast de eigen vakken alleen op
    # het bord, De Weerd alleen in het gesprek: één bron, dus terugkerende woorden.
    uitkomst = _analyse(SAMEN_BUITEN).details.analyses[0]
    assert [(k.term, k.soort, len(k.vakken), k.bronnen) for k in uitkomst.knooppunten] == [
        ("bakker", "persoon", 4, ("bord", "gesprek")),
    ]
    woorden = {k.term: (len(k.vakken), len(k.bronnen)) for k in uitkomst.woorden_terug}
    assert woorden["moestuin"] == (5, 1) and woorden["weerd"] == (3, 1)
    assert not {"buiten", "heideveld", "bakker"} & set(woorden)


def test_initiatieven_zonder_iemand_die_zich_verbindt() -> None:
    # Moestuin heeft geen wie en geen tafel; de tafel 'Speeltuin' heeft geen wie. Jeu de boules
    # heeft zelf geen wie, maar de tafelkaart 'boules' wel; Pleinfeest heeft wie.
    per_code = _per_code(_analyse(SAMEN_BUITEN))
    assert per_code["initiatief-zonder-wie"] == [("samen-buiten", "moestuin", "speeltuin-tafel")]


def test_vragen_van_het_bord() -> None:
    # één bevinding op de regel 'np-signaal-opvolgen': eerst de vraag waar nog niets aan raakt,
    # dan die waar al een mogelijkheid van het bord aan raakt
    resultaat = _analyse(SAMEN_BUITEN)
    assert _per_code(resultaat)["open-vraag"] == [
        ("samen-buiten", "Komt er een zebrapad?", "Wie wil de moestuin onderhouden?")]
    vragen = next(b for b in resultaat.bevindingen if b.code == "open-vraag")
    assert vragen.gewicht == "aandacht"
    assert vragen.titel == ("2 vragen van het brainstormbord nog zonder antwoord; aan 1 daarvan "
                            "raakt al een idee of initiatief")
    assert vragen.tekst.startswith(
        "Geen idee of initiatief beantwoordt nog: 'Komt er een zebrapad?'. Zoek wie het antwoord "
        "weet, of stimuleer een initiatief dat het oppakt. Aan deze vraag raakt al een idee of "
        "initiatief: 'Wie wil de moestuin onderhouden?' ← mogelijkheid 'Moestuin onderhouden met "
        "de school'")
    # het kerncijfer telt alleen de vragen waar nog niets aan raakt
    assert resultaat.kerncijfer("open-vragen").waarde == 1


def test_alleen_vragen_waar_al_iets_aan_raakt_is_informatie(tmp_path: Path) -> None:
    kopie = tmp_path / "heideveld"
    shutil.copytree(HEIDEVELD, kopie)
    bord = kopie / "bord.yaml"
    tekst = bord.read_text(encoding="utf-8")
    assert tekst.count("  - Komt er een zebrapad?\n") == 1
    bord.write_text(tekst.replace(
        "  - Komt er een zebrapad?\n",
        "  - tekst: Komt er een zebrapad?\n    antwoord: Ja, in de zomer.\n"), encoding="utf-8")
    resultaat = _analyse(kopie / "samen-buiten.yaml")
    vragen = next(b for b in resultaat.bevindingen if b.code == "open-vraag")
    assert (vragen.gewicht, vragen.over) == ("info", (
        "samen-buiten", "Wie wil de moestuin onderhouden?"))
    assert vragen.titel == ("1 vraag van het brainstormbord nog zonder antwoord; er raakt al "
                            "een idee of initiatief aan")
    assert resultaat.kerncijfer("open-vragen").waarde == 0


def test_netwerkje_tegen_de_tafelkleden() -> None:
    # Jan Smit op naam, 'bakker' op rol (gemaakt_door), Piet via 'schakel: piet-k'.
    uitkomst = _analyse(SAMEN_BUITEN).details.analyses[0]
    assert [(p.label, p.tafelkleed) for p in uitkomst.netwerkje] == [
        ("Jan Smit (buurtcoach)", "kleed"),
        ("bakker", "kleed"),
        ("Piet", "kleed"),
        ("Els Bos (juf)", None),
    ]
    uitnodigen = next(b for b in uitkomst.bevindingen if b.code == "netwerkje-uitnodigen")
    assert uitnodigen.over == ("samen-buiten", "Els Bos (juf)")
    assert uitnodigen.gewicht == "actie"
    assert uitnodigen.titel == "1 persoon uit het netwerkje uitnodigen voor een netwerkanalyse"


def test_dun_vak_wijst_naar_materiaal_in_de_bronnen() -> None:
    resultaat = _analyse(SAMEN_BUITEN)
    dun = [b for b in resultaat.bevindingen if b.code == "dun-vak"]
    assert [b.over for b in dun] == [("samen-buiten", "voorbeelden", "uitspraken")]
    assert dun[0].titel == "2 dunne vakken: 'voorbeelden' en 'opmerkingen en uitspraken'"
    assert "voor 'opmerkingen en uitspraken': 2 reacties in dorpsgesprek 'Samen buiten'" in (
        dun[0].tekst)


def test_tijdlijn_in_dossier_alleen_uitkomst_ontbreekt() -> None:
    per_code = _per_code(_analyse(SAMEN_BUITEN))
    assert per_code["moment-zonder-uitkomst"] == [("samen-buiten", "Brainstorm in café Bij Jos")]
    assert not {"tijdlijn-volgorde", "korte-voorbereiding", "tijdlijn-onvolledig",
                "moment-zonder-datum", "naam-probleemwoord", "bron-onbekend"} & set(per_code)


def test_dossier_analyse() -> None:
    resultaat = thema.ANALYSE.op_dossier(laad_dossier(HEIDEVELD), MAART)
    assert resultaat is not None
    assert [a.id for a in resultaat.details.analyses] == ["samen-buiten"]
    zonder = laad_dossier(Path(__file__).parent / "fixtures" / "patroon" / "dorp")
    assert thema.ANALYSE.op_dossier(zonder, MAART) is None


def test_tijdmomenten_hebben_vaste_sleutels() -> None:
    analyse = ThemaAnalyse.model_validate({
        "soort": "thema-analyse", "naam": "x",
        "tijdlijn": {
            "start": {"naam": "Begin"},
            "ontmoetingsmomenten": [
                {"naam": "Avond"}, {"naam": "Avond"}, {"id": "m3", "naam": "Z"},
            ],
            "manifestatiemoment": "Feest",
        },
    })
    assert [m.sleutel for m in tijdlijn.tijdmomenten(analyse)] == [
        "start", "ontmoeting-avond", "ontmoeting-avond-2", "m3", "manifestatiemoment",
    ]


# --- rapport --------------------------------------------------------------------------------


def test_markdown_rendert_met_tabellen_en_diagram() -> None:
    tekst = weergave.markdown(_analyse(SAMEN_BUITEN))
    assert tekst.startswith("# Thema-analyse: Samen buiten\n")
    assert "```mermaid\nflowchart LR\n" in tekst
    assert '    k1(["1. bakker<br/>2 bronnen"])' in tekst
    assert "| 2014-02-07 | Brainstorm in café Bij Jos | ontmoetingsmoment | 28 |" in tekst
    assert "| Els Bos (juf) | nog niet — uitnodigen |" in tekst
    html = MarkdownIt("commonmark").enable("table").render(tekst)
    assert html.count("<table>") == 5  # kerncijfers, knooppunten, vakken, tijdlijn, netwerkje
    assert "None" not in tekst


def test_korte_voorbereiding_gemarkeerd_in_tijdlijn() -> None:
    tekst = weergave.markdown(_analyse(LOS))
    assert "| 2014-03-08 | Buurtavond | ontmoetingsmoment | 7 ⚠️ |" in tekst
    assert "| — | Plein schoonmaken | ontmoetingsmoment |  |" in tekst


def test_contactgegevens_nooit_in_de_uitvoer() -> None:
    resultaat = _analyse(SAMEN_BUITEN)
    for tekst in (weergave.markdown(resultaat),
                  json.dumps(resultaat.als_dict(), ensure_ascii=False)):
        assert "anna@example.org" not in tekst
        assert "06 12345678" not in tekst
        assert "kees@example.org" not in tekst


# --- CLI ------------------------------------------------------------------------------------


def test_cli_markdown_en_json() -> None:
    uitkomst = runner.invoke(app, ["analyse", "thema", str(LOS), "--vandaag", "2014-03-10"])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "# Thema-analyse: Overlast in de wijk" in uitkomst.stdout
    uitkomst = runner.invoke(
        app, ["analyse", "thema", str(HEIDEVELD), "--vandaag", "2014-03-10", "--format", "json"]
    )
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.stdout)
    assert (data["analyse"], data["peildatum"]) == ("thema", "2014-03-10")
    assert {k["id"]: k["waarde"] for k in data["kerncijfers"]}["open-vragen"] == 1
    assert data["details"]["analyses"][0]["knooppunten"][0]["term"] == "bakker"
    assert [b["code"] for b in data["details"]["analyses"][0]["bevindingen"]][:2] == [
        "initiatief-zonder-wie", "netwerkje-uitnodigen",
    ]


def test_cli_schrijft_naar_bestand(tmp_path: Path) -> None:
    doel = tmp_path / "rapport.md"
    uitkomst = runner.invoke(
        app, ["analyse", "thema", str(LOS), "--vandaag", "2014-03-10", "--uit", str(doel)]
    )
    assert uitkomst.exit_code == 0, uitkomst.output
    assert doel.read_text(encoding="utf-8").startswith("# Thema-analyse: Overlast in de wijk")
    assert uitkomst.stdout == ""


@pytest.mark.parametrize(
    ("argumenten", "code", "melding"),
    [
        (["bestaat-niet.yaml"], 2, "bestaat niet"),
        ([str(FIXTURES.parent / "patroon" / "dorp" / "sessie.yaml")], 1,
         "is een patroononderzoek-bestand, geen thema-analyse"),
        ([str(LOS), "--vandaag", "gisteren"], 2, "is geen datum"),
        ([str(FIXTURES / "los")], 2, "is geen dossiermap"),
        ([str(FIXTURES.parent / "patroon" / "dorp")], 1, "er is geen thema-analyse"),
        ([str(LOS), "--format", "pdf"], 2, "pdf"),
    ],
)
def test_cli_fouten(argumenten: list[str], code: int, melding: str) -> None:
    uitkomst = runner.invoke(app, ["analyse", "thema", *argumenten])
    assert uitkomst.exit_code == code
    assert melding in uitkomst.stderr
    assert "Traceback" not in uitkomst.output


# --- de voorbeelddossiers -------------------------------------------------------------------


@pytest.mark.parametrize("naam", ["doorwerth", "oosterbeek"])
def test_voorbeelden(naam: str) -> None:
    map_ = VOORBEELDEN / naam
    uitkomst = runner.invoke(app, ["analyse", "thema", str(map_), "--vandaag", "2014-07-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    uitkomst = runner.invoke(
        app, ["analyse", "thema", str(map_), "--vandaag", "2014-07-01", "--format", "json"]
    )
    assert uitkomst.exit_code == 0, uitkomst.output
    data = {a["id"]: a for a in json.loads(uitkomst.stdout)["details"]["analyses"]}
    dossier = laad_dossier(map_)
    gevonden = dossier.van_soort(ThemaAnalyse)
    assert sorted(data) == sorted(i.id for i, _ in gevonden)
    for ingelezen, analyse in gevonden:
        uit = data[ingelezen.id]
        over = {b["code"]: b["over"][1:] for b in uit["bevindingen"]}
        # De knooppunten staan in minstens twee bronnen, sterkste eerst.
        aantallen = [k["aantal_bronnen"] for k in uit["knooppunten"]]
        assert aantallen and min(aantallen) >= 2 and aantallen == sorted(aantallen, reverse=True)
        # Elk moment zonder datum wordt genoemd, en alleen die.
        zonder = [m.naam for m in tijdlijn.tijdmomenten(analyse) if m.datum is None]
        assert over.get("moment-zonder-datum", []) == zonder
        # Elke vraag van een brainstormbord in de bronnen zonder antwoord komt terug.
        open_vragen = {
            v.tekst
            for b in analyse.bronnen
            if (i := dossier.zoek(b, ("brainstormbord",))) is not None
            for v in i.model.vragen  # type: ignore[union-attr]
            if not v.antwoord
        }
        gemeld = set(over.get("open-vraag", []))
        assert gemeld == open_vragen
        # Initiatieven met iemand die zich verbindt worden niet gemeld.
        met_wie = {i.id for i in analyse.initiatieven if i.wie}
        assert not met_wie & set(over.get("initiatief-zonder-wie", []))


def test_tafel_van_een_initiatief_moet_bestaan(tmp_path: Path) -> None:
    kopie = tmp_path / "heideveld"
    shutil.copytree(HEIDEVELD, kopie)
    pad = kopie / "samen-buiten.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("tafel: boules", "tafel: boulez"),
                   encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", str(kopie)])
    assert uitkomst.exit_code == 1
    assert "verwijzing naar de tafelkaart: 'boulez' bestaat niet" in uitkomst.stdout


# --- elke regel: een thema-analyse die haar raakt en een die haar niet mag raken -------------

KAAL = """
soort: thema-analyse
naam: Samen koken
initiatieven:
  - {id: kookclub, naam: Kookclub, wie: [{naam: Kees}]}
"""
NIEUW_WONEN = VOORBEELDEN / "doorwerth" / "analyses" / "thema-analyse-nieuw-wonen.yaml"

# regel → (bestand dat haar raakt, bestand dat haar niet mag raken)
REGELS: dict[str, tuple[str, str]] = {
    "knooppunten": ("samen", "los"),
    "geen-knooppunten": ("los", "samen"),
    "naam-probleemwoord": ("los", "samen"),
    "leeg-vak": ("los", "nieuw-wonen"),
    "dun-vak": ("samen", "nieuw-wonen"),
    "geen-eigen-initiatief": ("kaal", "samen"),
    "initiatief-zonder-wie": ("samen", "kaal"),
    "open-vraag": ("samen", "los"),
    "tijdlijn-onvolledig": ("kaal", "los"),
    "moment-zonder-datum": ("los", "samen"),
    "tijdlijn-volgorde": ("los", "samen"),
    "korte-voorbereiding": ("los", "samen"),
    "moment-zonder-uitkomst": ("samen", "nieuw-wonen"),
    "netwerkje-uitnodigen": ("samen", "los"),
    "bron-onbekend": ("los", "samen"),
}


def _codes_van(naam: str, tmp_path: Path) -> set[str]:
    if naam == "kaal":
        pad = tmp_path / "kaal.yaml"
        pad.write_text(KAAL, encoding="utf-8")
    else:
        pad = {"los": LOS, "samen": SAMEN_BUITEN, "nieuw-wonen": NIEUW_WONEN}[naam]
    return {b.code for b in _analyse(pad).bevindingen}


@pytest.mark.parametrize("code", sorted(REGELS))
def test_elke_regel_raakt_een_bestand_en_een_ander_niet(code: str, tmp_path: Path) -> None:
    raakt, niet = REGELS[code]
    assert code in _codes_van(raakt, tmp_path)
    assert code not in _codes_van(niet, tmp_path)


def test_de_tabel_kent_elke_regel_van_de_thema_analyse() -> None:
    bron = "".join(Path(m.__file__).read_text(encoding="utf-8") for m in (thema, tijdlijn))
    codes = set(re.findall(r'code="([a-z-]+)"', bron)) | {"leeg-vak", "dun-vak"}
    assert codes == set(REGELS)


def test_momentopnamen_van_een_tafelkleed_zijn_een_bron() -> None:
    from types import SimpleNamespace

    from stelselkit.analyse.knooppunten import Vak, zelfde_bronnen, zoek_knooppunten
    from stelselkit.model import Tafelkleed

    def kleed(id_: str, vorige: str | None) -> SimpleNamespace:
        return SimpleNamespace(id=id_, model=Tafelkleed.model_validate(
            {"soort": "tafelkleed", "id": id_, "vorige": vorige, "titel": "T", "datum": "2014"}))

    # k1 → k2 → k3 is één tafelkleed in drie momentopnamen; ander.yaml is een ander kleed
    assert zelfde_bronnen([kleed("k2", "k1"), kleed("k1", None), kleed("k3", "k2"),
                           kleed("ander", None)]) == {"k1": "k3", "k2": "k3"}
    # 'De Weerd' in de eigen vakken en in twee momentopnamen van één kleed: één bron, geen
    # knooppunt; komt ze ook in een gesprek terug, dan wel (de bronnen: het kleed en het gesprek)
    vakken = [Vak("eigen", "thema-analyse › verhaal", ("Bij De Weerd",)),
              Vak("k1", "tafelkleed › ingrediënten", ("De Weerd",)),
              Vak("k2", "tafelkleed › ingrediënten", ("De Weerd",))]
    namen = [("De Weerd", "plek")]
    assert zoek_knooppunten(vakken, namen, frozenset(), "eigen", {"k1": "k2"}).knooppunten == ()
    gesprek = Vak("gesprek", "dorpsgesprek › reacties", ("Koffie in de Weerd.",))
    meer = zoek_knooppunten([*vakken, gesprek], namen, frozenset(), "eigen", {"k1": "k2"})
    assert [(k.term, k.soort, k.bronnen, k.keer) for k in meer.knooppunten] == [
        ("Weerd", "plek", ("k2", "gesprek"), 4)]


def test_een_naam_die_op_de_eigen_buurt_leunt_is_geen_knooppunt() -> None:
    from stelselkit.analyse.knooppunten import Vak, zoek_knooppunten

    # 'Gezond Heuvel' zonder de buurt (het midden) is 'Gezond': een gewoon woord, geen naam;
    # 'winkelcentrum De Weerd, Heuvel' zonder de buurt blijft een naam van twee woorden.
    vakken = [Vak("a", "gesprek a › reacties", ("Gezond eten bij winkelcentrum De Weerd",)),
              Vak("b", "gesprek b › reacties", ("Gezond wonen bij winkelcentrum De Weerd",))]
    midden = frozenset({"heuvel"})
    nodaal = zoek_knooppunten(vakken, [("Gezond Heuvel", "thema"),
                                       ("winkelcentrum De Weerd, Heuvel", "plek")], midden, "eigen")
    assert [(k.term, k.bronnen) for k in nodaal.knooppunten] == [
        ("winkelcentrum De Weerd", ("a", "b"))]
    assert "gezond" in {k.term for k in nodaal.woorden}
