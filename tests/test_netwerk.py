"""``stelsel analyse netwerk`` en ``stelsel export netwerk``: het tafelkleed als netwerk.

De antwoorden bij tests/fixtures/netwerk/markt.yaml zijn met de hand uitgerekend (zie het
commentaar in dat bestand):

- ingrediënten en hun schakels: weerd, plein, jos → alleen ans; hart → ans, buurtwerker;
  bieb → buurtwerker, kees; koor → kees, koster; school → alleen wijkagent; hart2 → alleen
  consulent; rijn → niemand.
- zonder het thema is het een keten weerd/plein/jos – ans – hart – buurtwerker – bieb – kees –
  koor – koster, plus de losse paren wijkagent–school en consulent–hart2 (14 knopen).
  Betweenness (genormaliseerd, deler 13·12/2 = 78): buurtwerker 5·4 = 20 paren → 0,2564;
  kees 7·2 = 14 paren → 0,1795.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from mermaidcontrole import fouten_in, mermaid_blokken
from stelselkit import methode
from stelselkit.analyse import Resultaat
from stelselkit.analyse import netwerk as analyse
from stelselkit.analyse.dubbelen import DUBBEL_DREMPEL
from stelselkit.analyse.netwerk_vergelijk import vergelijk
from stelselkit.analyse.netwerkgraaf import THEMA, Netwerk, bouw_blokboom, bouw_graaf, voeg_samen
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.lezen.netwerkbron import lees_kleed
from stelselkit.model.tafelkleed import Tafelkleed
from stelselkit.uitvoer.netwerk import exporteer
from stelselkit.weergave import netwerk as weergave_netwerk
from stelselkit.weergave.netwerk import mermaid

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "netwerk"
MARKT = FIXTURES / "markt.yaml"
VOORBEELDEN = Path(__file__).parents[1] / "examples"
VANDAAG = dt.date(2014, 12, 31)


def _markt() -> Resultaat[analyse.Netwerkanalyse]:
    return analyse.analyseer_kleden([lees_kleed(MARKT)])


def _codes(resultaat: Resultaat[analyse.Netwerkanalyse]) -> dict[str, list[tuple[str, ...]]]:
    per_code: dict[str, list[tuple[str, ...]]] = {}
    for b in resultaat.bevindingen:
        per_code.setdefault(b.code, []).append(b.over)
    return per_code


# --- de analyse van één kleed ------------------------------------------------------------------


def test_een_schakel_weg_maakt_precies_drie_ingredienten_los() -> None:
    resultaat = _markt()
    assert resultaat.details.kwetsbaar == [
        analyse.Kwetsbaar("ans", ("weerd", "plein", "jos")),
        analyse.Kwetsbaar("wijkagent", ("school",)),
        analyse.Kwetsbaar("consulent", ("hart2",)),
    ]
    # één bevinding: eerst de schakels op volgorde van verlies, dan de ingrediënten
    assert _codes(resultaat)["kwetsbare-schakel"] == [
        ("ans", "wijkagent", "consulent", "weerd", "plein", "jos", "school", "hart2")]
    bevinding = next(b for b in resultaat.bevindingen if b.code == "kwetsbare-schakel")
    # Ans is partner (kern) en de enige schakel voor drie ingrediënten: actie
    assert bevinding.gewicht == "actie" and resultaat.details.overdragen == ["ans"]
    assert ("Ans (bakker) is de enige schakel voor 3 ingrediënten (‘Winkelcentrum De Weerd’, "
            "‘Pleintje om de bomen’ en ‘Café Bij Jos’): betrek er een tweede schakel uit de "
            "buurt bij") in bevinding.tekst
    assert resultaat.kerncijfer("kwetsbare-schakels").waarde == 3
    # thema–wijkagent, wijkagent–school, thema–consulent, consulent–hart2, ans–weerd/plein/jos
    assert len(resultaat.details.bruggen) == 7


def test_losse_ingredienten_en_balans_lokaal_professioneel() -> None:
    resultaat = _markt()
    codes = _codes(resultaat)
    assert resultaat.details.losse_ingredienten == ["rijn"]
    assert codes["ingredient-zonder-schakel"] == [("rijn",)]
    cijfers = {k.id: k.waarde for k in resultaat.kerncijfers}
    assert (cijfers["lokaal"], cijfers["professioneel"], cijfers["achtergrond-onbekend"]) == (
        2, 3, 1)
    # één bevinding op de regel 'lokale-gemeenschap': de professionals, dan de koster (onbekend)
    assert codes["weinig-lokale-schakels"] == [
        ("buurtwerker", "wijkagent", "consulent", "koster")]
    assert "vooral-lokale-schakels" not in codes and "achtergrond-onbekend" not in codes
    bevinding = next(b for b in resultaat.bevindingen if b.code == "weinig-lokale-schakels")
    assert bevinding.regel.id == "lokale-gemeenschap" and bevinding.gewicht == "aandacht"
    assert bevinding.tekst.startswith(
        "Van de schakels met bekende achtergrond zijn er 2 uit de lokale gemeenschap, 3 "
        "professional. Zoek schakels onder bewoners, ondernemers, verenigingen en scholen. Van "
        "koster is niet bekend of de schakel uit de lokale gemeenschap komt of professional is")
    assert bevinding.regeltekst.endswith("(002, hoofdstuk 6, instrument 1, stap 3)")


def test_namen_contact_en_uitnodiging() -> None:
    codes = _codes(_markt())
    assert codes["schakel-zonder-naam"] == [("buurtwerker", "wijkagent", "consulent", "koster")]
    assert codes["geen-benadering"] == [("wijkagent", "consulent", "koster")]
    assert codes["geen-eigen-verhaal"] == [("buurtwerker", "wijkagent", "consulent", "koster")]
    assert codes["niet-uitgenodigd"] == [("buurtwerker", "wijkagent", "consulent", "koster")]


def test_posities_kern_en_wie_het_dichtst_bij_de_kern_staat() -> None:
    resultaat = _markt()
    codes = _codes(resultaat)
    assert resultaat.details.per_positie() == {
        "initiatiefnemer": [], "partner": ["ans"], "schakel": ["ans", "buurtwerker", "kees"],
        "leverancier": ["wijkagent"], "gebruiker": ["koster"],
    }
    # één bevinding op de regel 'netwerk-kern': de kern (ans), dan wie er het dichtst bij staat;
    # kees en buurtwerker: positie schakel, 2 ingrediënten; kees heeft zijn contact voorbereid.
    assert codes["kern"] == [("ans", "kees", "buurtwerker", "wijkagent")]
    assert "geen-kern" not in codes
    kern = next(b for b in resultaat.bevindingen if b.code == "kern")
    assert kern.titel == "De kern en wie er het dichtst bij staat" and kern.gewicht == "info"
    # de tekst zegt per persoon of het contact voorbereid is, niet voor allen hetzelfde
    assert kern.tekst.startswith(
        "De kern (initiatiefnemers en partners) bestaat uit Ans (bakker). Dichtst bij de kern "
        "staan Kees (schakel, 2 ingrediënten), buurtopbouwwerker (schakel, 2 ingrediënten) en "
        "wijkagent (leverancier, 1 ingrediënt). Het contact met Kees is voorbereid")
    # één bevinding op de regel 'netwerk-posities', het zwaarste voorop: de consulent heeft geen
    # positie (aandacht), niemand is initiatiefnemer, Ans heeft er twee
    assert codes["geen-positie"] == [("consulent", "initiatiefnemer", "ans")]
    assert not {"lege-posities", "meerdere-posities"} & set(codes)
    posities = next(b for b in resultaat.bevindingen if b.code == "geen-positie")
    assert posities.gewicht == "aandacht"
    assert posities.tekst == (
        "consulent zorgloket heeft nog geen positie van betrokkenheid. Vanuit welke positie "
        "wordt er geacteerd? Niemand is (nog) initiatiefnemer. Is dat zo, of ontbreekt er "
        "iemand? Meer dan één positie: Ans (bakker): partner en schakel.")


def test_makelaars_en_clusters() -> None:
    resultaat = _markt()
    assert resultaat.details.clusters == [("weerd", "plein", "jos", "hart", "bieb", "koor"),
                                  ("hart2",), ("school",)]
    assert resultaat.details.makelaars == [
        analyse.Makelaar("buurtwerker", 0.2564, 4, (("bieb", "koor"),)),
        analyse.Makelaar("kees", 0.1795, 5, (("koor",),)),
    ]
    # één bevinding; buurtwerker verbindt 2 ingrediënten met de rest, kees 1
    assert _codes(resultaat)["makelaar"] == [("buurtwerker", "kees")]
    makelaar = next(b for b in resultaat.bevindingen if b.code == "makelaar")
    assert ("buurtopbouwwerker verbindt 2 ingrediënten (‘De bibliotheek’ en ‘Het dorpskoor’) "
            "met de rest: draag die verbinding over aan een lokale schakel") in makelaar.tekst
    assert "betweenness" not in makelaar.tekst
    # ans heeft de hoogste betweenness maar verbindt alleen eigen ingrediënten: geen makelaar
    assert resultaat.details.betweenness["ans"] == round(21 / 78, 4)
    assert resultaat.details.benadering is False


def test_een_leeg_kleed_vraagt_om_ingredienten_en_een_kern() -> None:
    kleed = Tafelkleed.model_validate({
        "soort": "tafelkleed", "id": "leeg", "titel": "Leeg", "datum": "2014-02-01"})
    leeg = analyse.analyseer_netwerk(voeg_samen([("leeg.yaml", kleed)]))
    assert [(b.code, b.over) for b in leeg.bevindingen] == [("geen-ingredienten", ("leeg",))]
    alleen_rol = kleed.model_copy(update={"schakels": Tafelkleed.model_validate({
        "soort": "tafelkleed", "titel": "x", "datum": "2014-02-01",
        "schakels": {"s": {"rol": "buurtwerker"}}}).schakels})
    codes = _codes(analyse.analyseer_netwerk(voeg_samen([("k.yaml", alleen_rol)])))
    assert codes["geen-kern"] == [("s",)]
    assert codes["geen-positie"] == [("s", *methode.ids(methode.POSITIES_BETROKKENHEID))]
    assert "kwetsbare-schakel" not in codes and "makelaar" not in codes


def test_geen_makelaar_binnen_een_cluster() -> None:
    # s en t delen a en b; x hangt alleen aan s. Valt s weg, dan hangen a, b en t nog samen:
    # s verbindt geen clusters (wel is s kwetsbaar voor x).
    kleed = Tafelkleed.model_validate({
        "soort": "tafelkleed", "titel": "Cluster", "datum": "2014-02-01",
        "ingredienten": {"a": "A", "b": "B", "x": "X"},
        "schakels": {"s": {"naam": "S", "ingredienten": ["a", "b", "x"]},
                     "t": {"naam": "T", "ingredienten": ["a", "b"]}},
    })
    resultaat = analyse.analyseer_netwerk(voeg_samen([("k.yaml", kleed)]))
    assert resultaat.details.makelaars == []
    assert resultaat.details.kwetsbaar == [analyse.Kwetsbaar("s", ("x",))]
    assert resultaat.details.clusters == [("a", "b", "x")]


def test_bijna_dubbele_ingredienten_tellen_als_een() -> None:
    resultaat = _markt()
    assert resultaat.details.dubbelen == [("hart", "hart2")]
    assert resultaat.kerncijfer("ingredienten").waarde == 8
    assert resultaat.kerncijfer("ingredienten-geschreven").waarde == 9
    assert _codes(resultaat)["bijna-dubbel"] == [("hart", "hart2")]


@pytest.mark.parametrize(
    ("a", "b", "dubbel"),
    [
        ("Dorpshart", "een dorpshart!", True),
        ("Winkelcentrum De Weerd", "winkelcentrum weerd", True),
        ("Bibliotheek Doorwerth", "Doorwerth: de bibliotheek", True),
        ("Café Bij Jos", "cafe bij jos", True),
        ("Ontmoetingsplek", "Ontmoetingsplekk", True),
        ("Groep 7", "Groep 8", False),
        ("Dorpshart", "Dorpskoor", False),
        ("Dorpshart", "Behoefte aan een dorpshart", False),
    ],
)
def test_normaliseren_en_gelijkenis(a: str, b: str, dubbel: bool) -> None:
    assert (analyse.bijna_dubbelen({"a": a, "b": b}) == [("a", "b")]) is dubbel


def test_betweenness_boven_de_grens_is_een_benadering(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyse, "BETWEENNESS_GRENS", 5)
    monkeypatch.setattr(analyse, "BETWEENNESS_STEEKPROEF", 4)
    resultaat = _markt()
    assert resultaat.details.benadering is True
    assert resultaat.details.als_dict()["betweenness"] == {"benadering": True, "steekproef": 4,
                                                           "grens": 5}
    assert "rust op een benadering" in weergave_netwerk.markdown(resultaat)
    # vaste seed: twee keer dezelfde uitkomst
    assert _markt().details.betweenness == resultaat.details.betweenness
    monkeypatch.undo()
    assert "rust op een benadering" not in weergave_netwerk.markdown(_markt())


# --- meerdere kleden, dossier ------------------------------------------------------------------


def test_meerdere_kleden_samengevoegd_op_schakel() -> None:
    # in omgekeerde volgorde gegeven: de datum bepaalt de volgorde
    netwerk = voeg_samen([lees_kleed(FIXTURES / "groei-2.yaml"),
                          lees_kleed(FIXTURES / "groei-1.yaml")])
    assert [k.id for k in netwerk.kleden] == ["groei-1", "groei-2"]
    assert netwerk.titel == "Hart voor elkaar"
    assert list(netwerk.schakels) == ["ans", "kees", "lisa"]
    assert list(netwerk.ingredienten) == ["weerd", "bieb", "koor", "markt"]
    kees = netwerk.schakels["kees"]
    assert kees.ingredienten == ["bieb", "koor"]
    assert kees.posities == ["schakel", "gebruiker"]  # samen, op volgorde naar de kern
    assert kees.achtergrond == "vereniging"  # uit het nieuwste kleed dat het invult
    assert kees.is_uitgenodigd
    assert netwerk.ingredienten["bieb"].tekst == "De bibliotheek"  # uit het oudste kleed
    assert [(b.kleed.id, b.nieuwe_schakels, b.nieuwe_ingredienten) for b in netwerk.bijdragen] == [
        ("groei-1", ("ans", "kees"), ("weerd", "bieb")),
        ("groei-2", ("lisa",), ("koor", "markt")),
    ]
    resultaat = analyse.analyseer_netwerk(netwerk)
    assert [k.schakel for k in resultaat.details.kwetsbaar] == ["ans", "kees", "lisa"]
    assert resultaat.details.makelaars == []
    tekst = weergave_netwerk.markdown(resultaat)
    assert "## Wat elk tafelkleed toevoegde" in tekst
    assert "| Lisa | Het dorpskoor, Weekmarkt |" in tekst


def _schrijf_dossier(map_: Path) -> None:
    (map_ / "tafelkleden").mkdir(parents=True)
    (map_ / "dossier.yaml").write_text(
        "soort: dossier\nversie: 1\nbuurt: Proefbuurt\ngemeente: Renkum\nthemas: [hart]\n",
        encoding="utf-8")
    (map_ / "hart.yaml").write_text("soort: thema\nversie: 1\nid: hart\nnaam: Hart voor elkaar\n",
                                    encoding="utf-8")
    shutil.copy(FIXTURES / "groei-2.yaml", map_ / "tafelkleden" / "groei-2.yaml")
    eerste = (FIXTURES / "groei-1.yaml").read_text(encoding="utf-8").replace(
        "titel: Hart voor elkaar", "titel: Hart voor elkaar\nthema: hart")
    (map_ / "tafelkleden" / "groei-1.yaml").write_text(eerste, encoding="utf-8")
    # een latere momentopname van groei-1, en een kleed van na 'vandaag'
    volgende = eerste.replace(
        "id: groei-1", "id: groei-1b\nvorige: groei-1").replace("2014-01-10", "2014-03-01")
    (map_ / "tafelkleden" / "groei-1b.yaml").write_text(volgende, encoding="utf-8")
    later = volgende.replace("id: groei-1b\nvorige: groei-1", "id: groei-1c\nvorige: groei-1b")
    (map_ / "tafelkleden" / "groei-1c.yaml").write_text(
        later.replace("2014-03-01", "2015-06-01").replace("Hart voor elkaar", "Hart voor elkaar!"),
        encoding="utf-8")


def test_dossier_analyse_neemt_de_nieuwste_momentopname_per_keten(tmp_path: Path) -> None:
    _schrijf_dossier(tmp_path / "d")
    dossier = laad_dossier(tmp_path / "d")
    assert dossier.geldig, dossier.problemen
    resultaat = analyse.ANALYSE.op_dossier(dossier, VANDAAG)
    assert resultaat is not None
    assert [k.id for k in resultaat.details.netwerk.kleden] == ["groei-2", "groei-1b"]
    assert resultaat.kerncijfer("kleden").waarde == 2
    # het midden is het actuele thema van het dossier, niet het oudste kleed (groei-2)
    assert resultaat.details.netwerk.titel == "Hart voor elkaar"
    later = analyse.ANALYSE.op_dossier(dossier, dt.date(2015, 7, 1))
    assert later is not None
    assert [k.id for k in later.details.netwerk.kleden] == ["groei-2", "groei-1c"]
    assert later.details.netwerk.titel == "Hart voor elkaar!"
    assert analyse.ANALYSE.op_dossier(dossier, dt.date(2013, 1, 1)) is None


# --- diagram -----------------------------------------------------------------------------------


def test_mermaid_met_het_thema_in_het_midden_en_veilige_labels() -> None:
    kleed = Tafelkleed.model_validate({
        "soort": "tafelkleed", "titel": 'Het "nieuwe" wonen [2014]', "datum": "2014-02-01",
        "ingredienten": {"a": "Plek <voor> jong & oud", "b": "Bankje #3"},
        "schakels": {"x": {"naam": 'Jan "de bakker"', "posities": "partner",
                           "ingredienten": ["a"]},
                     "y": {"rol": "buurtwerker (welzijn)", "ingredienten": ["b"]}},
    })
    diagram, ingekort = mermaid(voeg_samen([("k.yaml", kleed)]))
    assert not ingekort
    assert diagram.startswith("flowchart LR\n")
    assert 't(("Het #quot;nieuwe#quot; wonen [2014]")):::thema' in diagram
    assert 's1["Jan #quot;de bakker#quot;"]:::partner' in diagram
    assert 's2["buurtwerker (welzijn)"]:::onbekend' in diagram
    assert 'i1["Plek #lt;voor#gt; jong #amp; oud"]:::ingredient' in diagram
    assert 'i2["Bankje #35;3"]:::ingredient' in diagram
    # de ene schakel links van het thema, de andere rechts
    assert "  s1 --- t\n" in diagram and "  t --- s2\n" in diagram
    assert "  i1 --- s1\n" in diagram and "  s2 --- i2\n" in diagram
    for positie in methode.ids(methode.POSITIES_BETROKKENHEID):
        assert f"classDef {positie} " in diagram


def test_mermaid_kort_een_groot_kleed_in() -> None:
    kleed = Tafelkleed.model_validate({
        "soort": "tafelkleed", "titel": "Groot", "datum": "2014-02-01",
        "ingredienten": {f"i{n}": f"Ingrediënt {n}" for n in range(70)},
        "schakels": {"s": {"naam": "Sam", "ingredienten": [f"i{n}" for n in range(65)]}},
    })
    netwerk = voeg_samen([("k.yaml", kleed)])
    diagram, ingekort = mermaid(netwerk)
    assert ingekort
    assert 's1["Sam<br/>65 ingrediënten"]:::onbekend' in diagram
    assert 'l1["5 ingrediënten"]:::los' in diagram
    assert "Ingrediënt 3" not in diagram
    tekst = weergave_netwerk.markdown(analyse.analyseer_netwerk(netwerk))
    assert "meer dan 60 knopen" in tekst
    assert [fouten_in(b) for b in mermaid_blokken(tekst)] == [[]]


# --- CLI ---------------------------------------------------------------------------------------


def test_cli_markdown_en_json_dragen_dezelfde_feiten(tmp_path: Path) -> None:
    md = runner.invoke(app, ["analyse", "netwerk", str(MARKT)])
    assert md.exit_code == 0, md.output
    assert md.output.startswith("# Netwerkanalyse: Ontdek de ruimte")
    assert "```mermaid\nflowchart LR" in md.output
    blokken = mermaid_blokken(md.output)
    assert len(blokken) == 1 and fouten_in(blokken[0]) == []
    assert "### Leverancier (1)" in md.output and "### Zonder positie (1)" in md.output
    assert "| Kees | lokaal | De bibliotheek, Het dorpskoor | individueel | ja | ja |" in md.output
    js = runner.invoke(app, ["analyse", "netwerk", str(MARKT), "--format", "json"])
    assert js.exit_code == 0, js.output
    data = json.loads(js.output)
    assert {k["id"]: k["waarde"] for k in data["kerncijfers"]}["kwetsbare-schakels"] == 3
    assert data["details"]["kwetsbaar"][0] == {
        "schakel": "ans", "ingredienten": ["weerd", "plein", "jos"], "afgesneden": [],
        "overdragen": True}
    assert {b["code"] for b in data["bevindingen"]} == {b.code for b in _markt().bevindingen}
    # AVG: contactgegevens komen nooit in een rapport
    for uitvoer in (md.output, js.output):
        assert "06-12345678" not in uitvoer
    uit = tmp_path / "rapport.md"
    geschreven = runner.invoke(app, ["analyse", "netwerk", str(MARKT), "--uit", str(uit)])
    assert geschreven.exit_code == 0
    assert uit.read_text(encoding="utf-8") == md.output


def test_cli_op_een_dossiermap(tmp_path: Path) -> None:
    _schrijf_dossier(tmp_path / "d")
    uitkomst = runner.invoke(app, ["analyse", "netwerk", str(tmp_path / "d"), "-f", "json",
                                   "--vandaag", "2014-12-31"])
    assert uitkomst.exit_code == 0, uitkomst.output
    kleden = json.loads(uitkomst.output)["details"]["kleden"]
    assert [k["id"] for k in kleden] == ["groei-2", "groei-1b"]
    export = runner.invoke(app, ["export", "netwerk", str(tmp_path / "d"), "-f", "kumu",
                                 "--vandaag", "2015-07-01"])
    assert export.exit_code == 0, export.output
    elementen = json.loads(export.output)["elements"]
    assert [e["label"] for e in elementen if e["type"] == "Thema"] == ["Hart voor elkaar!"]
    assert sum(e["type"] == "Schakel" for e in elementen) == 3
    _fout(["analyse", "netwerk", str(tmp_path / "d"), "--vandaag", "2013-01-01"], 1,
          "heeft (nog) geen tafelkleed")


def _git(map_: Path, *argumenten: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *argumenten],
                   cwd=map_, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Een git-repository met twee commits van tafelkleden/kleed.yaml."""
    map_ = tmp_path / "repo"
    (map_ / "tafelkleden").mkdir(parents=True)
    _git(map_, "init", "-q")
    kleed = map_ / "tafelkleden" / "kleed.yaml"
    shutil.copy(FIXTURES / "moment-1.yaml", kleed)
    _git(map_, "add", ".")
    _git(map_, "commit", "-qm", "eerste momentopname")
    shutil.copy(FIXTURES / "moment-2.yaml", kleed)
    _git(map_, "commit", "-qam", "tweede momentopname")
    return kleed


def test_vergelijk_twee_commits(repo: Path) -> None:
    uitkomst = runner.invoke(app, ["analyse", "netwerk", "--vergelijk", f"{repo}@HEAD~1",
                                   f"{repo}@HEAD", "-f", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    envelop = json.loads(uitkomst.output)
    data = envelop["details"]
    assert envelop["analyse"] == "netwerk-vergelijk"
    assert [s["id"] for s in data["bijgekomen"]] == ["d"]
    assert [s["id"] for s in data["vertrokken"]] == ["b"]
    assert data["verschuivingen"] == [
        {"id": "a", "label": "Anna", "van": "schakel", "naar": "partner",
         "richting": "naar de kern"},
        {"id": "c", "label": "Carla", "van": "partner", "naar": "leverancier",
         "richting": "van de kern af"},
    ]
    assert [i["id"] for i in data["nieuwe_ingredienten"]] == ["z"]
    assert [i["id"] for i in data["verdwenen_ingredienten"]] == ["y"]
    # één bevinding per regel (#15): Carla van de kern af vóór Anna naar de kern; de nieuwe en
    # de verdwenen ingrediënten samen
    assert [b["code"] for b in envelop["bevindingen"]] == [
        "schakels-vertrokken", "van-de-kern-af", "positie-erbij", "schakels-bijgekomen",
        "ingredienten-nieuw"]
    kern, ingredienten = (next(b for b in envelop["bevindingen"] if b["code"] == code)
                          for code in ("van-de-kern-af", "ingredienten-nieuw"))
    assert (kern["gewicht"], kern["over"]) == ("aandacht", ["c", "a"])
    assert kern["tekst"] == (
        "Van de kern af: Carla: van partner naar leverancier. Vraag wat er veranderd is in hun "
        "betrokkenheid. Naar de kern: Anna: van schakel naar partner.")
    assert (ingredienten["titel"], ingredienten["over"]) == (
        "Nieuwe en verdwenen ingrediënten", ["z", "y"])
    assert ingredienten["tekst"].startswith("Nieuw: ‘") and ". Verdwenen: ‘" in (
        ingredienten["tekst"])
    assert ingredienten["regel"]["id"] == "netwerk-ingredienten-ordenen"
    # Anna bleef schakel en werd ook partner: dat is een positie erbij (#15)
    assert data["posities_erbij"] == [{"id": "a", "label": "Anna", "erbij": ["partner"],
                                       "eraf": []}]
    # een revisie tegen het bestand zoals het nu is, in Markdown
    md = runner.invoke(app, ["analyse", "netwerk", "--vergelijk", f"{repo}@HEAD~1", str(repo)])
    assert md.exit_code == 0, md.output
    assert "| Anna | schakel | partner | naar de kern |" in md.output
    assert "| Carla | partner | leverancier | van de kern af |" in md.output
    assert "- Bijgekomen: Dirk" in md.output and "- Vertrokken: Bert" in md.output


def test_vergelijk_meldt_schakels_die_ingredienten_achterlaten() -> None:
    oud = voeg_samen([lees_kleed(FIXTURES / "moment-1.yaml")])
    kleed = lees_kleed(FIXTURES / "moment-1.yaml")[1].model_copy(deep=True)
    del kleed.schakels["b"]
    vergelijking = vergelijk(oud, voeg_samen([("nu.yaml", kleed)]))
    assert vergelijking.details.verweesd == ["y"]
    vertrokken = vergelijking.bevindingen[0]
    assert (vertrokken.code, vertrokken.gewicht, vertrokken.over) == (
        "schakels-vertrokken", "actie", ("b", "y"))


# --- fouten ------------------------------------------------------------------------------------


def _fout(argumenten: list[str], code: int, stukje: str) -> None:
    uitkomst = runner.invoke(app, argumenten)
    assert uitkomst.exit_code == code, uitkomst.output
    assert stukje in uitkomst.output
    assert "Traceback" not in uitkomst.output
    regels = uitkomst.output.splitlines()
    assert len(regels) == 1 or (code == 2 and regels[1].startswith("Zie 'stelsel"))


def test_fouten_zijn_een_nederlandse_regel(repo: Path, tmp_path: Path) -> None:
    _fout(["analyse", "netwerk", str(tmp_path / "weg.yaml")], 2, "bestaat niet")
    _fout(["analyse", "netwerk", str(FIXTURES / "thema.yaml")], 1,
          "is een thema-bestand, geen tafelkleed")
    _fout(["export", "netwerk", str(FIXTURES / "thema.yaml"), "-f", "gexf"], 1,
          "is een thema-bestand, geen tafelkleed")
    _fout(["analyse", "netwerk", "--vergelijk", f"{repo}@bestaatniet", str(repo)], 2,
          "onbekende git-revisie 'bestaatniet'")
    _fout(["analyse", "netwerk", "--vergelijk", f"{repo.parent / 'nee.yaml'}@HEAD", str(repo)],
          2, "bestond niet in revisie 'HEAD'")
    buiten = tmp_path / "buiten.yaml"
    shutil.copy(FIXTURES / "moment-1.yaml", buiten)
    _fout(["analyse", "netwerk", "--vergelijk", f"{buiten}@HEAD", str(buiten)], 2,
          "ligt niet in een git-repository")
    _fout(["analyse", "netwerk"], 2, "geef een tafelkleed")
    _fout(["analyse", "netwerk", str(MARKT), "--vergelijk", str(MARKT), str(MARKT)], 2,
          "geen andere bestanden")
    _fout(["analyse", "netwerk", str(tmp_path)], 2, "geen dossier")
    _fout(["export", "netwerk", str(MARKT), "--format", "pdf"], 2, "pdf")


def test_de_help_laadt_geen_networkx() -> None:
    code = "import sys, stelselkit.cli; print('networkx' in sys.modules, 'jinja2' in sys.modules)"
    uitkomst = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True)
    assert uitkomst.stdout.strip() == "False False"


# --- export ------------------------------------------------------------------------------------


def _export(formaat: str, uit: Path) -> str:
    uitkomst = runner.invoke(app, ["export", "netwerk", str(MARKT), "--format", formaat,
                                   "--uit", str(uit)])
    assert uitkomst.exit_code == 0, uitkomst.output
    return uit.read_text(encoding="utf-8")


@pytest.mark.parametrize(("formaat", "lezer"), [("graphml", nx.read_graphml)])
def test_graphml_laadt_terug_in_networkx(formaat: str, lezer: object, tmp_path: Path) -> None:
    uit = tmp_path / f"markt.{formaat}"
    tekst = _export(formaat, uit)
    graaf = lezer(uit)  # type: ignore[operator]
    # thema + 6 schakels + 9 ingrediënten; 6 thema-lijnen + 11 schakel–ingrediënt-lijnen
    assert (graaf.number_of_nodes(), graaf.number_of_edges()) == (16, 17)
    origineel = bouw_graaf(voeg_samen([lees_kleed(MARKT)]))
    assert (graaf.number_of_nodes(), graaf.number_of_edges()) == (
        origineel.number_of_nodes(), origineel.number_of_edges())
    assert "06-12345678" not in tekst
    assert _export(formaat, uit) == tekst  # geen datum van vandaag: steeds hetzelfde


def test_kumu_export(tmp_path: Path) -> None:
    data = json.loads(_export("kumu", tmp_path / "markt.json"))
    labels = [e["label"] for e in data["elements"]]
    assert len(labels) == len(set(labels)) == 16
    assert len(data["connections"]) == 17
    assert all(c["from"] in labels and c["to"] in labels for c in data["connections"])
    kees = next(e for e in data["elements"] if e["label"] == "Kees")
    assert (kees["type"], kees["tags"]) == ("Schakel", ["schakel"])


def test_kumu_maakt_gelijke_labels_uniek() -> None:
    kleed = Tafelkleed.model_validate({
        "soort": "tafelkleed", "titel": "Markt", "datum": "2014-02-01",
        "ingredienten": {"a": "Markt", "b": "markt"},
        "schakels": {"x": {"naam": "Sam", "ingredienten": ["a", "b"]}},
    })
    data = json.loads(exporteer(voeg_samen([("k.yaml", kleed)]), "kumu"))
    assert [e["label"] for e in data["elements"]] == ["Markt", "Sam", "Markt (2)", "markt (3)"]


def test_svg_tafelkleed(tmp_path: Path) -> None:
    tekst = _export("svg", tmp_path / "markt.svg")
    wortel = ET.fromstring(tekst)
    ns = "{http://www.w3.org/2000/svg}"
    assert wortel.tag == f"{ns}svg"
    assert (wortel.get("width"), wortel.get("height"), wortel.get("viewBox")) == (
        "420mm", "297mm", "0 0 4200 2970")
    zichtbaar = [" ".join(" ".join(t.itertext()).split()) for t in wortel.iter(f"{ns}text")]
    for label in ("Ans (bakker)", "buurtopbouwwerker", "Kees", "wijkagent",
                  "consulent zorgloket", "koster"):
        assert label in zichtbaar
    for ingredient in ("Winkelcentrum De Weerd", "een dorpshart!", "Hulp als de Rijn overstroomt"):
        assert ingredient in zichtbaar
    assert "Ontdek de ruimte" in zichtbaar
    # legenda: elke positie van betrokkenheid met een eigen kleur
    for term in methode.POSITIES_BETROKKENHEID:
        assert term.naam in zichtbaar
    grootten = {int(t.get("font-size", "0")) for t in wortel.iter(f"{ns}text")}
    assert min(grootten) >= 30  # ten minste 3 mm op A3: leesbaar
    assert "06-12345678" not in tekst


def test_svg_groeit_mee_met_een_groot_netwerk() -> None:
    kleed = Tafelkleed.model_validate({
        "soort": "tafelkleed", "titel": "Groot & <breed>", "datum": "2014-02-01",
        "ingredienten": {f"i{n}": f"Ingrediënt {n}" for n in range(130)},
        "schakels": {f"s{n}": {"naam": f"Schakel {n}", "ingredienten": [f"i{n}"]}
                     for n in range(20)},
    })
    wortel = ET.fromstring(exporteer(voeg_samen([("k.yaml", kleed)]), "svg"))
    assert wortel.get("width") == "840mm"  # A1: 130 ingrediënten passen niet leesbaar op A3
    assert "Tafelkleed: Groot & <breed>" in [t.text for t in wortel.iter(
        "{http://www.w3.org/2000/svg}title")]


# --- de voorbeelddossiers ----------------------------------------------------------------------


def _dubbel(a: str, b: str) -> bool:
    """De definitie van bijna-dubbel, voor elk paar (zonder het zoekvenster van de analyse)."""
    if not a or not b:
        return False
    if set(a.split()) == set(b.split()):
        return True
    cijfers = [c for c in a if c.isdigit()] == [c for c in b if c.isdigit()]
    return cijfers and difflib.SequenceMatcher(None, a, b).ratio() >= DUBBEL_DREMPEL


def _verwacht(dossier_naam: str) -> tuple[Resultaat[analyse.Netwerkanalyse], dict[str, bool]]:
    """De analyse van een voorbeelddossier, en per bevinding of de data hem rechtvaardigt,
    rechtstreeks uit de tafelkleden berekend (zonder de analysecode)."""
    dossier = laad_dossier(VOORBEELDEN / dossier_naam)
    assert dossier.geldig, dossier.problemen
    resultaat = analyse.ANALYSE.op_dossier(dossier, VANDAAG)
    assert resultaat is not None
    schakels = resultaat.details.netwerk.schakels.values()
    ingredienten = resultaat.details.netwerk.ingredienten
    door: dict[str, set[str]] = {i: set() for i in ingredienten}
    for s in schakels:
        for i in s.ingredienten:
            door[i].add(s.id)
    lokaal = sum(s.achtergrond in methode.ACHTERGROND_LOKAAL for s in schakels)
    professioneel = sum(s.achtergrond in methode.ACHTERGROND_PROFESSIONEEL for s in schakels)
    kern = [s for s in schakels if set(s.posities) & methode.KERN]
    # per regel één bevinding: de code is die van het zwaarste deel
    weinig_lokaal = lokaal + professioneel > 0 and lokaal <= professioneel
    onbekend = any(s.achtergrond is None for s in schakels)
    zonder_positie = any(not s.posities for s in schakels)
    lege_positie = any(not any(p in s.posities for s in schakels)
                       for p in methode.ids(methode.POSITIES_BETROKKENHEID))
    # makelaar, met brute kracht: zonder thema hangen twee andere schakels alleen via deze samen
    graaf = bouw_graaf(resultaat.details.netwerk)
    graaf.remove_node(THEMA)
    samen = {n: i for i, c in enumerate(nx.connected_components(graaf)) for n in c}
    makelaars = set()
    for s in schakels:
        zonder = graaf.copy()
        zonder.remove_node(f"schakel:{s.id}")
        los = {n: i for i, c in enumerate(nx.connected_components(zonder)) for n in c}
        anderen = [f"schakel:{t.id}" for t in schakels if t.id != s.id]
        if any(samen[a] == samen[b] and los[a] != los[b] for a in anderen for b in anderen):
            makelaars.add(s.id)
    assert {m.schakel for m in resultaat.details.makelaars} == makelaars
    # kwetsbaar: enige schakel van een ingrediënt dat zelf geen schakel is (zelfde id of tekst)
    namen = {analyse.normaliseer(t): s.id for s in schakels
             for t in (s.naam, s.rol, s.label) if t}
    zelf = {i for i, ing in ingredienten.items()
            if i in resultaat.details.netwerk.schakels or analyse.normaliseer(ing.tekst) in namen}
    assert {k.schakel for k in resultaat.details.kwetsbaar} == {
        next(iter(d)) for i, d in door.items() if len(d) == 1 and i not in zelf}
    teksten = [analyse.normaliseer(i.tekst) for i in ingredienten.values()]
    verwacht = {
        "geen-ingredienten": not ingredienten,
        "ingredient-zonder-schakel": any(not d for d in door.values()),
        "kwetsbare-schakel": any(len(d) == 1 and i not in zelf for i, d in door.items()),
        "geen-kern": bool(list(schakels)) and not kern,
        "kern": bool(kern),
        "schakel-zonder-naam": any(not s.naam for s in schakels),
        "weinig-lokale-schakels": weinig_lokaal,
        "vooral-lokale-schakels": lokaal > professioneel and not onbekend,
        "achtergrond-onbekend": onbekend and not weinig_lokaal,
        "geen-benadering": any(not s.benadering for s in schakels),
        "geen-eigen-verhaal": any(not s.verhaal for s in schakels),
        "geen-positie": zonder_positie,
        "makelaar": bool(makelaars),
        "niet-uitgenodigd": any(not s.uitgenodigd and not s.netwerkanalyse for s in schakels),
        "meerdere-posities": (not zonder_positie and not lege_positie
                              and any(len(s.posities) > 1 for s in schakels)),
        "lege-posities": not zonder_positie and lege_positie,
        "bijna-dubbel": any(_dubbel(a, b) for n, a in enumerate(teksten) for b in teksten[n + 1:]),
    }
    return resultaat, verwacht


@pytest.mark.parametrize("dossier_naam", ["doorwerth", "oosterbeek"])
def test_voorbeelddossiers_geven_de_bevindingen_die_de_data_rechtvaardigt(
    dossier_naam: str,
) -> None:
    resultaat, verwacht = _verwacht(dossier_naam)
    codes = {b.code for b in resultaat.bevindingen}
    for code, hoort in verwacht.items():
        assert (code in codes) is hoort, (dossier_naam, code)
    # de voorbeelden zijn rijk genoeg om de kern van de analyse te laten zien
    assert {"kwetsbare-schakel", "makelaar", "schakel-zonder-naam"} <= codes
    for b in resultaat.bevindingen:
        assert b.over and b.regeltekst.split("(")[-1][:3] in {"002", "000"}
    tekst = weergave_netwerk.markdown(resultaat)
    assert [fouten_in(b) for b in mermaid_blokken(tekst)] == [[]]
    svg = ET.fromstring(exporteer(resultaat.details.netwerk, "svg"))
    zichtbaar = [" ".join(" ".join(t.itertext()).split())
                 for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    for s in resultaat.details.netwerk.schakels.values():
        assert " ".join(s.label.split()) in zichtbaar


def test_openbaar_vervangt_prive_namen(tmp_path: Path) -> None:
    kleed = tmp_path / "k.yaml"
    kleed.write_text(
        "soort: tafelkleed\ntitel: Test\ndatum: 2014-01-01\ningredienten:\n  a: Markt\n"
        "schakels:\n  jan:\n    naam: Jan Jansen\n    prive: true\n    contact: jan@voorbeeld.nl\n"
        "    ingredienten: [a]\n", encoding="utf-8")
    for argumenten in (["analyse", "netwerk"], ["export", "netwerk", "-f", "svg"]):
        gewoon = runner.invoke(app, [*argumenten, str(kleed)])
        openbaar = runner.invoke(app, [*argumenten, str(kleed), "--openbaar"])
        assert gewoon.exit_code == openbaar.exit_code == 0
        assert "Jan Jansen" in gewoon.output
        assert "Jan Jansen" not in openbaar.output and "Persoon 1" in openbaar.output
        assert "jan@voorbeeld.nl" not in gewoon.output + openbaar.output


# --- elke regel: een kleed dat haar raakt en een dat haar niet mag raken -----------------------

AF = FIXTURES / "af.yaml"


def test_een_kleed_zonder_werk_geeft_alleen_informatie() -> None:
    """De tegenpool van markt.yaml: geen enkele regel voor aandacht of actie mag afgaan."""
    resultaat = analyse.analyseer_kleden([lees_kleed(AF)])
    assert [(b.code, b.gewicht, b.over) for b in resultaat.bevindingen] == [
        ("vooral-lokale-schakels", "info", ("aaf", "bas", "cor", "dirk", "eva")),
        ("kern", "info", ("aaf", "bas", "cor", "dirk", "eva")),
    ]
    assert resultaat.details.clusters == [("x", "y", "z")]


def test_elke_regel_hooguit_een_bevinding() -> None:
    for kleed in (MARKT, AF):
        codes = [b.code for b in analyse.analyseer_kleden([lees_kleed(kleed)]).bevindingen]
        assert len(codes) == len(set(codes)), codes


def _kleed(tekst: str, naam: str = "k.yaml") -> tuple[str, Tafelkleed]:
    import yaml

    return naam, Tafelkleed.model_validate(yaml.safe_load(tekst))


EIGEN = """
soort: tafelkleed
titel: Samen
datum: 2014-03
ingredienten:
  kerk: de kerk in Rolandseck
  koor: het kerkkoor
  markt: de weekmarkt
  plein: het marktplein
schakels:
  kerk: {rol: de kerk in Rolandseck, achtergrond: kerk, ingredienten: [kerk]}
  koster: {rol: koster, achtergrond: kerk, ingredienten: [koor, kerk]}
  regie: {naam: Rina, rol: regievoerder, achtergrond: gemeente, ingredienten: [markt, plein]}
"""


def test_het_eigen_ingredient_maakt_een_schakel_niet_kwetsbaar() -> None:
    # 'kerk' is zelf een schakel: niet kwetsbaar voor zichzelf, en de koster laat haar niet los
    resultaat = analyse.analyseer_kleden([_kleed(EIGEN)])
    assert resultaat.details.kwetsbaar == [analyse.Kwetsbaar("regie", ("markt", "plein")),
                                   analyse.Kwetsbaar("koster", ("koor",))]
    bevinding = next(b for b in resultaat.bevindingen if b.code == "kwetsbare-schakel")
    # de regievoerder is professional en enige schakel voor twee ingrediënten: overdragen
    assert bevinding.gewicht == "actie" and resultaat.details.overdragen == ["regie"]
    assert ("Rina (regievoerder) is de enige schakel voor 2 ingrediënten (‘de weekmarkt’ en "
            "‘het marktplein’): draag dit over aan een lokale schakel") in bevinding.tekst
    assert "de kerk in Rolandseck is de enige" not in bevinding.tekst


def test_een_lokale_schakel_voor_een_ingredient_is_aandacht_geen_actie() -> None:
    tekst = EIGEN.replace("[markt, plein]", "[markt]").replace("  plein: het marktplein\n", "")
    resultaat = analyse.analyseer_kleden([_kleed(tekst)])
    bevinding = next(b for b in resultaat.bevindingen if b.code == "kwetsbare-schakel")
    assert resultaat.details.overdragen == [] and bevinding.gewicht == "aandacht"
    assert "overdragen" not in bevinding.tekst and "draag dit over" not in bevinding.tekst


def test_een_netwerk_in_delen_is_een_bevinding() -> None:
    resultaat = _markt()
    delen = next(b for b in resultaat.bevindingen if b.code == "netwerk-in-delen")
    assert delen.titel == "Zonder het thema valt het netwerk uiteen in 3 delen"
    assert delen.over == ("weerd", "plein", "jos", "hart", "bieb", "koor", "hart2", "school")
    # af.yaml hangt als één deel samen (test_een_kleed_zonder_werk_geeft_alleen_informatie)


def test_twee_momentopnamen_van_een_kleed_tellen_niet_op() -> None:
    oud = _kleed("soort: tafelkleed\nid: k-2013\ntitel: T\ndatum: 2013-05\n"
                 "ingredienten: {x: X, y: Y}\nschakels:\n  a: {naam: A, ingredienten: [x]}\n"
                 "  b: {naam: B, ingredienten: [y]}\n", "k-2013.yaml")
    nieuw = _kleed("soort: tafelkleed\nid: k-2014\nvorige: k-2013\ntitel: T\ndatum: 2014-05\n"
                   "ingredienten: {x: X, y: Y}\nschakels:\n  a: {naam: A, ingredienten: [x, y]}\n",
                   "k-2014.yaml")
    resultaat = analyse.analyseer_kleden([oud, nieuw])
    # b vertrok in 2014: niet meer in het netwerk, dus ook niet kwetsbaar
    assert list(resultaat.details.netwerk.schakels) == ["a"]
    assert resultaat.details.netwerk.opgevolgd == [("k-2013.yaml", "k-2014.yaml")]
    melding = next(b for b in resultaat.bevindingen if b.code == "momentopname-opgevolgd")
    assert melding.gewicht == "aandacht" and "--vergelijk" in melding.tekst
    # twee kleden die elkaar niet opvolgen (en een eigen titel hebben): geen melding
    los = analyse.analyseer_kleden([oud, _kleed(nieuw[1].model_dump_json().replace(
        '"vorige":"k-2013"', '"vorige":null').replace('"titel":"T"', '"titel":"U"'),
        "ander.yaml")])
    assert "momentopname-opgevolgd" not in {b.code for b in los.bevindingen}


def test_vergelijk_ziet_een_positie_erbij_en_een_netwerk_dat_uiteenvalt() -> None:
    oud = voeg_samen([_kleed(
        "soort: tafelkleed\ntitel: T\ndatum: 2014-01\ningredienten: {x: X, y: Y, z: Z}\n"
        "schakels:\n  a: {naam: A, posities: initiatiefnemer, ingredienten: [x, y]}\n"
        "  b: {naam: B, posities: schakel, ingredienten: [y, z]}\n"
        "  c: {naam: C, posities: schakel, ingredienten: [x, z]}\n")])
    nieuw = voeg_samen([_kleed(
        "soort: tafelkleed\ntitel: T\ndatum: 2014-06\ningredienten: {x: X, y: Y, z: Z}\n"
        "schakels:\n  a: {naam: A, posities: [initiatiefnemer, partner], ingredienten: [x]}\n"
        "  b: {naam: B, posities: schakel, ingredienten: [y, z]}\n")])
    v = vergelijk(oud, nieuw)
    codes = {b.code: b for b in v.bevindingen}
    assert v.details.posities_erbij[0].erbij == ("partner",)
    assert codes["positie-erbij"].over == ("a",) and "A: nu ook partner" in (
        codes["positie-erbij"].tekst)
    # zonder thema eerst één deel (x-a-y-b-z-c-x), nu twee: {x} en {y, z}
    assert (len(v.details.delen_oud), len(v.details.delen_nieuw)) == (1, 2)
    uiteen = codes["netwerk-valt-uiteen"]
    assert (uiteen.gewicht, uiteen.over) == ("actie", ("c",))
    assert "sinds C van het tafelkleed verdween" in uiteen.tekst
    # dezelfde stand twee keer: niets van dit alles
    zelfde = vergelijk(oud, oud)
    assert not {"positie-erbij", "netwerk-valt-uiteen"} & {b.code for b in zelfde.bevindingen}


LEEG = "soort: tafelkleed\ntitel: Begin\ndatum: 2014\nschakels:\n  a: {naam: A}\n"

# regel → (kleed dat haar raakt, kleed dat haar niet mag raken)
NETWERKREGELS: dict[str, tuple[str, str]] = {
    "geen-ingredienten": ("leeg", "markt"),
    "kwetsbare-schakel": ("markt", "af"),
    "ingredient-zonder-schakel": ("markt", "af"),
    "geen-kern": ("leeg", "markt"),
    "schakel-zonder-naam": ("markt", "af"),
    "weinig-lokale-schakels": ("markt", "af"),
    "vooral-lokale-schakels": ("af", "markt"),
    "achtergrond-onbekend": ("leeg", "markt"),
    "geen-benadering": ("markt", "af"),
    "geen-eigen-verhaal": ("markt", "af"),
    "geen-positie": ("markt", "af"),
    "makelaar": ("markt", "af"),
    "netwerk-in-delen": ("markt", "af"),
    "niet-uitgenodigd": ("markt", "af"),
    "kern": ("af", "leeg"),
    "meerdere-posities": ("af-twee-posities", "markt"),
    "lege-posities": ("af-zonder-gebruiker", "markt"),
    "bijna-dubbel": ("markt", "af"),
}


# af.yaml met één verandering: Eva heeft twee posities, of is geen gebruiker meer (en haar
# achtergrond is onbekend)
VARIANTEN_AF: dict[str, tuple[str, str]] = {
    "af-twee-posities": ("posities: gebruiker,", "posities: [leverancier, gebruiker],"),
    "af-zonder-gebruiker": ("achtergrond: bewoner, posities: gebruiker,", "posities: schakel,"),
}


def _netwerkcodes(naam: str) -> set[str]:
    if naam in VARIANTEN_AF:
        oud, nieuw = VARIANTEN_AF[naam]
        tekst = AF.read_text(encoding="utf-8")
        assert tekst.count(oud) == 1
        kleed = _kleed(tekst.replace(oud, nieuw))
    else:
        kleed = _kleed(LEEG) if naam == "leeg" else lees_kleed(MARKT if naam == "markt" else AF)
    return {b.code for b in analyse.analyseer_kleden([kleed]).bevindingen}


@pytest.mark.parametrize("code", sorted(NETWERKREGELS))
def test_elke_netwerkregel_raakt_een_kleed_en_een_ander_niet(code: str) -> None:
    raakt, niet = NETWERKREGELS[code]
    assert code in _netwerkcodes(raakt)
    assert code not in _netwerkcodes(niet)


# --- #15: wat de netwerkanalyse miste of te veel zei ------------------------------------------

def test_dichtst_bij_de_kern_noemt_onvoorbereid_contact_niet_voorbereid() -> None:
    # markt.yaml: kees (benadering en verhaal), buurtwerker (benadering, geen verhaal) en
    # wijkagent (geen benadering) staan het dichtst bij de kern; alleen kees is voorbereid.
    resultaat = _markt()
    bevinding = next(b for b in resultaat.bevindingen if b.code == "kern")
    assert "Het contact met Kees is voorbereid: nodig hem of haar uit" in bevinding.tekst
    assert ("Bereid eerst het contact met buurtopbouwwerker en wijkagent voor"
            in bevinding.tekst)
    geen_benadering = next(b for b in resultaat.bevindingen if b.code == "geen-benadering")
    assert "wijkagent" in geen_benadering.over and "kees" not in geen_benadering.over
    # af.yaml: iedereen bij de kern is voorbereid, dus niets eerst voor te bereiden
    af = analyse.analyseer_kleden([lees_kleed(AF)])
    bij_af = next(b for b in af.bevindingen if b.code == "kern")
    assert "Bereid eerst" not in bij_af.tekst and "is voorbereid" in bij_af.tekst


def _stand(posities: str) -> Netwerk:
    return voeg_samen([_kleed(
        "soort: tafelkleed\ntitel: T\ndatum: 2014-01\ningredienten: {x: X}\n"
        f"schakels:\n  a: {{naam: A, posities: {posities}, ingredienten: [x]}}\n")])


def test_vergelijk_ziet_een_tweede_positie_dichter_bij_de_kern() -> None:
    # A bleef schakel en werd ook partner: naar de kern, én een positie erbij
    v = vergelijk(_stand("schakel"), _stand("[schakel, partner]"))
    codes = {b.code: b for b in v.bevindingen}
    assert codes["naar-de-kern"].over == ("a",)
    assert codes["positie-erbij"].over == ("a",)
    assert "A: nu ook partner" in codes["positie-erbij"].tekst
    # A ruilde schakel in voor partner: wel naar de kern, geen positie erbij
    geruild = vergelijk(_stand("schakel"), _stand("partner"))
    assert {b.code for b in geruild.bevindingen} == {"naar-de-kern"}


def test_twee_momentopnamen_zonder_vorige_met_dezelfde_titel() -> None:
    oud = _kleed("soort: tafelkleed\ntitel: Samen\nthema: s\ndatum: 2013-05\n"
                 "ingredienten: {x: X, y: Y}\nschakels:\n  a: {naam: A, ingredienten: [x]}\n"
                 "  b: {naam: B, ingredienten: [y]}\n", "oud.yaml")
    nieuw = _kleed("soort: tafelkleed\ntitel: Samen\nthema: s\ndatum: 2014-05\n"
                   "ingredienten: {x: X, y: Y}\nschakels:\n  a: {naam: A, ingredienten: [x]}\n",
                   "nieuw.yaml")
    resultaat = analyse.analyseer_kleden([nieuw, oud])
    # B vertrok: niet meer in het netwerk en dus niet kwetsbaar; de melding zegt waarom
    assert list(resultaat.details.netwerk.schakels) == ["a"]
    assert [k.schakel for k in resultaat.details.kwetsbaar] == ["a"]
    melding = next(b for b in resultaat.bevindingen if b.code == "momentopname-opgevolgd")
    assert melding.over == ("oud.yaml", "nieuw.yaml")
    assert "zelfde titel en thema" in melding.tekst and "'vorige'" in melding.tekst
    # een ander tafelkleed (andere titel) telt gewoon mee
    ander = _kleed(nieuw[1].model_dump_json().replace('"Samen"', '"Buiten"'), "ander.yaml")
    samen = analyse.analyseer_kleden([oud, ander])
    assert list(samen.details.netwerk.schakels) == ["a", "b"]
    assert "momentopname-opgevolgd" not in {b.code for b in samen.bevindingen}


MAKELAARS = """
soort: tafelkleed
titel: Buiten
datum: 2014-03
ingredienten: {w: de wei, x: het veld, y: de speeltuin, z: het bos}
schakels:
  a: {naam: Ans, achtergrond: bewoner, ingredienten: [x, y]}
  b: {naam: Rina, rol: regievoerder, achtergrond: gemeente, ingredienten: [y, z]}
  c: {naam: Cor, achtergrond: bewoner, ingredienten: [z, w]}
  d: {naam: Dirk, achtergrond: bewoner, ingredienten: [x]}
"""


def test_een_makelaar_die_regievoerder_is_draagt_de_verbinding_over() -> None:
    # Zonder thema: d-x-a-y-b-z-c-w. Rina (b) en Ans (a) houden elk delen bij elkaar.
    resultaat = analyse.analyseer_kleden([_kleed(MAKELAARS)])
    assert [m.schakel for m in resultaat.details.makelaars] == ["b", "a"]
    makelaar = next(b for b in resultaat.bevindingen if b.code == "makelaar")
    assert ("Rina (regievoerder) verbindt 2 ingrediënten (‘het veld’ en ‘de speeltuin’) met de "
            "rest: draag die verbinding over aan een lokale schakel") in makelaar.tekst
    assert "Een regievoerder of professional maakt zich overbodig" in makelaar.tekst
    assert "Houd de schakels uit de buurt betrokken" in makelaar.tekst
    assert "bruggen" not in makelaar.tekst and "betweenness" not in makelaar.tekst
    # is Rina een bewoner, dan is er niets over te dragen
    lokaal = analyse.analyseer_kleden([_kleed(MAKELAARS.replace(
        "rol: regievoerder, achtergrond: gemeente", "achtergrond: bewoner"))])
    tekst = next(b for b in lokaal.bevindingen if b.code == "makelaar").tekst
    assert "draag die verbinding over" not in tekst and "overbodig" not in tekst


def test_de_blokboom_geeft_de_delen_zonder_een_snijpunt() -> None:
    # x - a - y - b - z - c: zonder b valt de keten in {x, a, y} en {z, c} uiteen; zonder y in
    # {x, a} en {b, z, c}. Alleen de letters x, y, z worden bijgehouden (zoals ingrediënten).
    graaf = nx.path_graph(["x", "a", "y", "b", "z", "c"])
    boom = bouw_blokboom(graaf, lambda k: k in {"x", "y", "z"})
    assert boom.punten == frozenset({"a", "y", "b", "z"})
    delen = boom.delen_zonder("b", ["y", "z"])
    assert sorted(sorted(boom.knopen(d)) for d in delen) == [["x", "y"], ["z"]]
    assert sorted(boom.aantal(d) for d in delen) == [1, 2]
    assert sorted(sorted(boom.knopen(d)) for d in boom.delen_zonder("y", ["a", "b"])) == [
        ["x"], ["z"]]
