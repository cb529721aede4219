"""``stelsel analyse omgeving``: kringen, dekking, overbodig worden, verschuiving tussen lijnen.

De verwachte antwoorden zijn met de hand uitgerekend; ze staan ook als commentaar bovenin de
fixtures onder ``tests/fixtures/omgeving``.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from stelselkit.analyse import Bevinding, Resultaat
from stelselkit.analyse import omgeving as analyse
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier, laad_modellen, lees_bestand
from stelselkit.model import Omgevingsanalyse
from stelselkit.weergave import omgeving as weergave

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "omgeving"
DOORWERTH = FIXTURES / "doorwerth"
GEZIN = FIXTURES / "gezin.yaml"
VOORBEELDEN = Path(__file__).parents[1] / "examples"
VANDAAG = dt.date(2014, 7, 1)


Omgevingsresultaat = Resultaat[analyse.Omgeving]


def _met_code(bevindingen: tuple[Bevinding, ...], code: str) -> list[Bevinding]:
    return [b for b in bevindingen if b.code == code]


def _doorwerth() -> Omgevingsresultaat:
    resultaat = analyse.ANALYSE.op_dossier(laad_dossier(DOORWERTH), VANDAAG)
    assert resultaat is not None
    return resultaat


def _gezin() -> Omgevingsresultaat:
    ingelezen, problemen = lees_bestand(GEZIN)
    assert problemen == [] and isinstance(ingelezen.model, Omgevingsanalyse)
    return analyse.analyseer([(ingelezen, ingelezen.model, None)], VANDAAG)


def _schrijf(map_: Path, naam: str, tekst: str) -> Path:
    pad = map_ / naam
    pad.write_text(tekst, encoding="utf-8")
    return pad


def _los(*paden: Path) -> Omgevingsresultaat:
    return analyse.analyseer(laad_modellen(list(paden), Omgevingsanalyse), VANDAAG)


# Een omgeving waarin elke kring vanuit elke invalshoek één antwoord heeft, en elke kring
# ergens zegt hoe ze aansluit bij eigen kracht en hoe ze zichzelf overbodig maakt: geen enkele
# kringregel mag hier iets zeggen.
VOL = """soort: omgevingsanalyse
versie: 1
titel: Vol bevraagd
eigen_kracht: {wie: de buurt}
kringen:
  netwerken:
    betrokkenheid: {wat: a, eigen_kracht: b}
    kennis: {wat: a}
    inzet: {wat: a, overbodig: c}
    vermogen: {wat: a}
  specifieke-voorzieningen:
    betrokkenheid: {overbodig: c}
    kennis: {eigen_kracht: b}
    inzet: {wat: a}
    vermogen: {doorgeven: d}
"""


def test_dekking_per_kring_en_invalshoek() -> None:
    resultaat = _doorwerth()
    assert [o.id for o in resultaat.details.omgevingen] == ["omgeving-2013", "omgeving-2014"]
    kringen = {k.id: k for k in resultaat.details.omgevingen[0].kringen}
    # van binnen naar buiten; het thema (context) staat in het bestand bovenaan maar komt buitenom
    assert list(kringen) == ["netwerken", "sociale-omgeving", "algemene-voorzieningen",
                             "specifieke-voorzieningen", "thema"]
    assert kringen["netwerken"].dekking == (6, 2, 0, 6)
    assert kringen["sociale-omgeving"].dekking == (3, 0, 1, 0)
    assert kringen["algemene-voorzieningen"].dekking == (0, 0, 5, 0)
    assert kringen["specifieke-voorzieningen"].dekking == (0, 1, 0, 0)
    assert kringen["thema"].beantwoord == 0
    assert kringen["netwerken"].beantwoord == 14


def test_laatste_momentopname_telt_voor_de_kringregels() -> None:
    # 2013 en 2014 hebben dezelfde eigen kracht: momentopnamen van één omgeving. In 2014 zegt
    # elke kring hoe ze zichzelf overbodig maakt en hoe ze aansluit bij eigen kracht.
    resultaat = _doorwerth()
    assert _met_code(resultaat.bevindingen, "kring-zonder-overbodig") == []
    assert _met_code(resultaat.bevindingen, "kring-zonder-eigen-kracht") == []
    [leeg] = _met_code(resultaat.bevindingen, "kring-niet-bevraagd")
    assert leeg.over == (
        "algemene-voorzieningen/betrokkenheid", "algemene-voorzieningen/kennis",
        "algemene-voorzieningen/vermogen", "specifieke-voorzieningen/betrokkenheid",
        "specifieke-voorzieningen/kennis", "specifieke-voorzieningen/vermogen",
    )
    assert leeg.tekst.startswith(
        "Nog geen enkel antwoord: Algemene voorzieningen (betrokkenheid, kennis en vermogen) en "
        "Specifieke voorzieningen (betrokkenheid, kennis en vermogen)."
    )
    assert resultaat.kerncijfer("lege-cellen").waarde == 6


def test_kringregels_op_2013_alleen() -> None:
    resultaat = _los(DOORWERTH / "omgeving-2013.yaml")
    [overbodig] = _met_code(resultaat.bevindingen, "kring-zonder-overbodig")
    # het thema heeft geen enkel antwoord: dat noemt de dekkingsregel, niet deze twee
    assert overbodig.over == ("sociale-omgeving", "specifieke-voorzieningen")
    assert overbodig.gewicht == "actie"
    assert overbodig.titel == "Kringen die niet zeggen hoe ze zichzelf overbodig maken"
    assert "voor Sociale omgeving en Specifieke voorzieningen." in overbodig.tekst
    assert overbodig.regeltekst.endswith("(002, hoofdstuk 6, instrument 3; 002, hoofdstuk 2)")
    [eigen] = _met_code(resultaat.bevindingen, "kring-zonder-eigen-kracht")
    assert eigen.over == ("algemene-voorzieningen", "specifieke-voorzieningen")
    [leeg] = _met_code(resultaat.bevindingen, "kring-niet-bevraagd")
    assert leeg.over == (
        "thema", "netwerken/inzet", "sociale-omgeving/kennis", "sociale-omgeving/vermogen",
        "algemene-voorzieningen/betrokkenheid", "algemene-voorzieningen/kennis",
        "algemene-voorzieningen/vermogen", "specifieke-voorzieningen/betrokkenheid",
        "specifieke-voorzieningen/inzet", "specifieke-voorzieningen/vermogen",
    )
    assert "Maatschappelijk thema (geen enkele invalshoek), Netwerken (inzet)," in leeg.tekst
    assert leeg.gewicht == "aandacht"
    assert resultaat.kerncijfer("lege-cellen").waarde == 13  # thema telt als vier lege cellen


def test_lege_cellen_van_het_voorbeeld_precies_genoemd() -> None:
    # #15: "dun bevraagde kringen" noemde alle vijf kringen van Doorwerth, terwijl de twee lege
    # cellen (netwerken × kennis, specifieke voorzieningen × vermogen) geen bevinding kregen.
    resultaat = analyse.ANALYSE.op_dossier(laad_dossier(VOORBEELDEN / "doorwerth"), VANDAAG)
    assert resultaat is not None
    [leeg] = _met_code(resultaat.bevindingen, "kring-niet-bevraagd")
    assert leeg.over == ("netwerken/kennis", "specifieke-voorzieningen/vermogen")
    assert "Netwerken (kennis) en Specifieke voorzieningen (vermogen)" in leeg.tekst
    assert "kring-dun-bevraagd" not in {b.code for b in resultaat.bevindingen}


def test_volledig_bevraagde_omgeving_geeft_geen_kringbevinding(tmp_path: Path) -> None:
    resultaat = _los(_schrijf(tmp_path, "vol.yaml", VOL))
    assert {b.code for b in resultaat.bevindingen} == {"geen-besteding"}
    assert resultaat.kerncijfer("lege-cellen").waarde == 0


def test_meerdere_eigen_krachten_een_bevinding_per_regel(tmp_path: Path) -> None:
    # twee omgevingen rond een andere eigen kracht: één bevinding per regel, over met analyse-id
    resultaat = _los(GEZIN, _schrijf(tmp_path, "vol.yaml", VOL))
    assert sorted(b.code for b in resultaat.bevindingen) == sorted({b.code for b in
                                                                     resultaat.bevindingen})
    [leeg] = _met_code(resultaat.bevindingen, "kring-niet-bevraagd")
    assert leeg.over == ("gezin/netwerken/kennis", "gezin/netwerken/inzet",
                         "gezin/netwerken/vermogen", "gezin/specifieke-voorzieningen/betrokkenheid",
                         "gezin/specifieke-voorzieningen/kennis",
                         "gezin/specifieke-voorzieningen/vermogen")
    assert "in 'Opvoeden vanuit eigen kracht'" in leeg.tekst
    [overbodig] = _met_code(resultaat.bevindingen, "kring-zonder-overbodig")
    assert overbodig.over == ("gezin/specifieke-voorzieningen",)


def test_verschil_per_lijn_zonder_verzonnen_stromen() -> None:
    # #15: alleen totalen per lijn en hun verschillen; de cijfers zeggen niet welke afname bij
    # welke toename hoort, dus geen "20 uur van de tweede naar de nulde lijn".
    resultaat = _doorwerth()
    assert resultaat.details.perioden == ("2013", "2014")
    assert resultaat.details.inzet_lijn["uren"] == {
        "2013": {"nulde": 10.0, "eerste": 10.0, "tweede": 80.0},
        "2014": {"nulde": 30.0, "eerste": 10.0, "tweede": 60.0},
    }
    [verschuiving] = resultaat.details.verschuivingen
    assert verschuiving.verschil == {"nulde": 20.0, "eerste": 0.0, "tweede": -20.0}
    assert verschuiving.tekst == "20 uur meer in de nulde lijn en 20 uur minder in de tweede lijn"
    [bevinding] = _met_code(resultaat.bevindingen, "verschuiving-lijnen")
    assert bevinding.tekst.startswith(
        "Van 2013 naar 2014: 20 uur meer in de nulde lijn en 20 uur minder in de tweede lijn. "
        "Het beroep op de tweede lijn neemt af"
    )
    assert " van de tweede naar de nulde lijn" not in bevinding.tekst
    # elke periode komt uit één analyse: niets opgeteld
    assert _met_code(resultaat.bevindingen, "inzet-opgeteld") == []
    assert bevinding.gewicht == "info"
    assert bevinding.over == ("nulde", "tweede")
    # 2014: netwerken en algemene voorzieningen krijgen 40%, dus niet "dun"
    assert _met_code(resultaat.bevindingen, "inzet-leunt-op-tweede-lijn") == []


def test_kerncijfers_en_json() -> None:
    resultaat = _doorwerth()
    assert {k.id: k.waarde for k in resultaat.kerncijfers} == {
        "omgevingsanalyses": 2,
        "kringen": 8,
        "dekking": 28,  # (24 + 30) van 8 × 24 = 192 vragen
        "lege-cellen": 6,  # alleen 2014 telt: de laatste rond dezelfde eigen kracht
        "laatste-periode": "2014",
        "nulde-uren": 30.0,
        "eerste-uren": 10.0,
        "tweede-uren": 60.0,
    }
    assert resultaat.kerncijfer("tweede-uren").label == "tweede lijn (uren)"
    data = json.loads(json.dumps(resultaat.als_dict()))
    assert data["analyse"] == "omgeving"
    assert data["details"]["inzet"]["uren"]["2014"]["kringen"] == {
        "algemene-voorzieningen": 10.0, "netwerken": 30.0, "specifieke-voorzieningen": 60.0
    }
    assert data["details"]["inzet"]["euro"] == {}


def test_inzet_leunt_op_de_tweede_lijn_en_toename() -> None:
    resultaat = _gezin()
    # één bevinding per regel (#15): de groeiende tweede lijn voorop, dan het leunen erop (uren
    # en euro's in één tekst)
    assert _met_code(resultaat.bevindingen, "inzet-leunt-op-tweede-lijn") == []
    [verschuiving] = resultaat.details.verschuivingen
    assert verschuiving.verschil == {"nulde": 5.0, "eerste": 0.0, "tweede": 10.0}
    assert verschuiving.tekst == "5 uur meer in de nulde lijn en 10 uur meer in de tweede lijn"
    [bevinding] = _met_code(resultaat.bevindingen, "verschuiving-lijnen")
    assert bevinding.gewicht == "aandacht"
    assert "beroep op de tweede lijn neemt toe" in bevinding.tekst
    assert bevinding.titel.endswith(
        "; In 2014 leunt de inzet op de tweede lijn en specifieke voorzieningen")
    assert (
        " In 2014 gaat 91% van de uren naar de tweede lijn en 91% naar jeugdhulp; netwerken en "
        "algemene voorzieningen krijgen samen 9%. In 2014 gaat 100% van de euro's naar de "
        "tweede lijn en 100% naar jeugdhulp; netwerken en algemene voorzieningen krijgen samen "
        "0%."
    ) in bevinding.tekst
    assert bevinding.tekst.index("beroep op de tweede lijn") < bevinding.tekst.index("91%")


def test_verschuiving_is_het_verschil_per_lijn() -> None:
    v = analyse.verschuiving(
        "uren", "2013", "2014",
        {"nulde": 0.0, "eerste": 10.0, "tweede": 50.0},
        {"nulde": 20.0, "eerste": 15.0, "tweede": 20.0},
    )
    assert v.verschil == {"nulde": 20.0, "eerste": 5.0, "tweede": -30.0}
    assert v.tekst == (
        "20 uur meer in de nulde lijn, 5 uur meer in de eerste lijn en 30 uur minder in de "
        "tweede lijn"
    )
    gelijk = analyse.verschuiving("euro", "a", "b", {"nulde": 1.0}, {"nulde": 1.0})
    assert gelijk.tekst == "de inzet per lijn bleef gelijk"
    assert analyse.hoeveelheid(1500, "euro") == "€ 1.500"
    assert analyse.hoeveelheid(2.5, "uren") == "2,5 uur"


def test_prive_eigen_kracht_blijft_uit_alle_uitvoer() -> None:
    resultaat = _gezin()
    beeld = resultaat.details.omgevingen[0]
    assert beeld.midden == "het gezin (privé)"
    teksten = [weergave.markdown(resultaat), json.dumps(resultaat.als_dict()),
               weergave.kringen_svg(beeld)]
    for tekst in teksten:
        assert "Jansen" not in tekst
    assert ">het gezin<" in teksten[2] and ">(privé)<" in teksten[2]  # over twee regels


def test_svg_is_geldige_xml_met_ringen_rond_eigen_kracht() -> None:
    beeld = _doorwerth().details.omgevingen[0]
    wortel = ET.fromstring(weergave.kringen_svg(beeld).split("\n", 1)[1])
    ns = "{http://www.w3.org/2000/svg}"
    assert wortel.tag == f"{ns}svg"
    assert len(wortel.findall(f"{ns}path")) == 5 * 4  # vijf kringen × vier invalshoeken
    teksten = [t.text for t in wortel.iter(f"{ns}text")]
    assert "Eigen kracht" in teksten and "Netwerken · 14/24" in teksten
    assert "Maatschappelijk thema · 0/24" in teksten
    uitleg = [t.text for t in wortel.iter(f"{ns}title")]
    assert "Netwerken — Kennis: 2 van 6 vragen beantwoord" in uitleg


def test_cli_markdown_json_svg_en_uit(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["analyse", "omgeving", str(DOORWERTH)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "20 uur meer in de nulde lijn en 20 uur minder in de tweede lijn" in uitkomst.stdout
    assert "van de tweede naar de nulde lijn" not in uitkomst.stdout
    assert "| Netwerken | 6 | 2 | 0 | 6 | 14/24 | ✓ | ✓ |" in uitkomst.stdout

    uitkomst = runner.invoke(app, ["analyse", "omgeving", str(DOORWERTH / "omgeving-2014.yaml"),
                                   str(DOORWERTH / "omgeving-2013.yaml"), "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.stdout)
    verschil = data["details"]["verschuivingen"][0]["verschil"]
    assert verschil == {"nulde": 20.0, "eerste": 0.0, "tweede": -20.0}
    assert "stromen" not in data["details"]["verschuivingen"][0]
    assert [b["over"] for b in data["bevindingen"] if b["code"] == "kring-niet-bevraagd"] == [
        ["algemene-voorzieningen/betrokkenheid", "algemene-voorzieningen/kennis",
         "algemene-voorzieningen/vermogen", "specifieke-voorzieningen/betrokkenheid",
         "specifieke-voorzieningen/kennis", "specifieke-voorzieningen/vermogen"]
    ]

    rapport = tmp_path / "rapport.md"
    uitkomst = runner.invoke(app, ["analyse", "omgeving", str(DOORWERTH), "--uit", str(rapport),
                                   "--svg", str(tmp_path / "svg")])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert rapport.read_text(encoding="utf-8").startswith("# Omgevingsanalyse")
    assert sorted(p.name for p in (tmp_path / "svg").glob("*.svg")) == [
        "omgeving-2013.svg", "omgeving-2014.svg"
    ]


def test_cli_verwijzing_naar_onbekende_kring_is_fout_met_regel() -> None:
    uitkomst = runner.invoke(app, ["analyse", "omgeving", str(FIXTURES / "fout")])
    assert uitkomst.exit_code == 1
    assert "omgeving.yaml:9:3: fout: verwijzing naar de kring" in uitkomst.stderr
    assert "'wijkteem' bestaat niet in dit dossier" in uitkomst.stderr
    assert "# Omgevingsanalyse" in uitkomst.stdout  # het rapport komt er wel


@pytest.mark.parametrize(
    ("argumenten", "code", "melding"),
    [
        (["bestaat-niet.yaml"], 2, "bestaat niet"),
        ([str(DOORWERTH / "dossier.yaml")], 1, "is een dossier-bestand, geen omgevingsanalyse"),
        ([str(FIXTURES)], 2, "is geen dossiermap"),
        ([str(FIXTURES.parent / "vermogen" / "oosterbeek")], 1, "er is geen omgevingsanalyse"),
        ([str(DOORWERTH), "--format", "pdf"], 2, "pdf"),
    ],
)
def test_cli_fouten(argumenten: list[str], code: int, melding: str) -> None:
    uitkomst = runner.invoke(app, ["analyse", "omgeving", *argumenten])
    assert uitkomst.exit_code == code
    assert melding in uitkomst.stderr
    assert "Traceback" not in uitkomst.output


def test_dossier_zonder_omgevingsanalyse_geeft_none() -> None:
    dossier = laad_dossier(FIXTURES.parent / "vermogen" / "oosterbeek")
    assert analyse.ANALYSE.op_dossier(dossier, VANDAAG) is None


def test_markdown_rendert_tabellen() -> None:
    tokens = MarkdownIt("commonmark").enable("table").parse(weergave.markdown(_doorwerth()))
    # kerncijfers, twee dekkingstabellen, inzet per lijn en inzet per kring
    assert sum(t.type == "table_open" for t in tokens) == 5


@pytest.mark.parametrize("voorbeeld", ["doorwerth", "oosterbeek"])
def test_draait_op_de_voorbeelden(voorbeeld: str) -> None:
    for formaat in ("md", "json"):
        uitkomst = runner.invoke(
            app, ["analyse", "omgeving", str(VOORBEELDEN / voorbeeld), "--format", formaat]
        )
        assert uitkomst.exit_code == 0, uitkomst.output


def test_overlappende_analyses_worden_niet_stil_opgeteld(tmp_path: Path) -> None:
    # #15: twee omgevingsanalyses met inzet in dezelfde periode (het gezin en de gemeenschap):
    # de totalen per lijn tellen ze op, en een bevinding zegt dat.
    gezin = tmp_path / "gezin.yaml"
    shutil.copy(FIXTURES / "gezin.yaml", gezin)
    gemeenschap = tmp_path / "gemeenschap.yaml"
    gemeenschap.write_text(
        "soort: omgevingsanalyse\nversie: 1\ntitel: Buurt\neigen_kracht: {wie: de buurt}\n"
        "kringen:\n  netwerken:\n    besteding:\n"
        "      - {periode: \"2014\", lijn: nulde, uren: 5}\n",
        encoding="utf-8",
    )
    resultaat = analyse.analyseer(laad_modellen([gezin, gemeenschap], Omgevingsanalyse))
    # met de groeiende tweede lijn en het leunen erop één bevinding (#15); het optellen achteraan
    [bevinding] = [b for b in resultaat.bevindingen if b.regel.id == "inzet-per-lijn"]
    assert bevinding.code == "verschuiving-lijnen"
    assert bevinding.over[-2:] == ("gemeenschap", "gezin")
    assert bevinding.titel.endswith("; De inzet van meerdere omgevingsanalyses is opgeteld")
    assert " in 2014: gemeenschap en gezin. Beschrijven ze" in bevinding.tekst
    assert resultaat.details.inzet_analyse["uren"]["2014"]["gemeenschap"] == 5.0


HERKOMST = """soort: omgevingsanalyse
versie: 1
titel: Buurt uit de tekst
herkomst: {soort: SOORT, bron: "001 §4.2", toelichting: kringen uit de lopende tekst}
eigen_kracht: {wie: de buurt}
kringen:
  netwerken:
    betrokkenheid: {wat: a}
  specifieke-voorzieningen:
    besteding:
      - {periode: "2014", lijn: tweede, uren: 10}
"""


@pytest.mark.parametrize("soort", ["reconstructie", "bron"])
def test_herkomst_in_elke_regel_die_erop_rust(tmp_path: Path, soort: str) -> None:
    # #15 item 8: een gereconstrueerde omgevingsanalyse zegt dat in elke bevinding, in het
    # rapport en in de SVG; een omgevingsanalyse uit een bron zegt niets extra.
    pad = _schrijf(tmp_path, "buurt.yaml", HERKOMST.replace("SOORT", soort))
    resultaat = _los(pad)
    vermelding = "'Buurt uit de tekst' (reconstructie: kringen uit de lopende tekst)"
    codes = {b.code: b for b in resultaat.bevindingen}
    # leunen op de tweede lijn en één periode: één bevinding over de inzet per lijn (#15)
    assert set(codes) == {"kring-niet-bevraagd", "kring-zonder-overbodig",
                          "kring-zonder-eigen-kracht", "inzet-leunt-op-tweede-lijn"}
    assert "Er is alleen inzet voor " in codes["inzet-leunt-op-tweede-lijn"].tekst
    rapport = weergave.markdown(resultaat)
    svg = weergave.kringen_svg(resultaat.details.omgevingen[0])
    if soort == "reconstructie":
        for code in ("kring-niet-bevraagd", "kring-zonder-overbodig",
                     "kring-zonder-eigen-kracht", "inzet-leunt-op-tweede-lijn"):
            assert codes[code].tekst.count(f"Let op: dit rust op {vermelding}") == 1, code
        assert "Let op, herkomst: reconstructie: kringen uit de lopende tekst." in rapport
        assert f"de inzet hieronder komt (deels) uit {vermelding}" in rapport
        assert "Buurt uit de tekst (reconstructie: kringen uit de lopende tekst)" in svg
        assert resultaat.als_dict()["details"]["omgevingen"][0]["herkomst"] == (
            "reconstructie: kringen uit de lopende tekst")
    else:
        assert not any("Let op" in b.tekst for b in resultaat.bevindingen)
        assert "Let op, herkomst" not in rapport and "reconstructie" not in svg
