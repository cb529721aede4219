"""``stelsel analyse vermogen``: scores met verhaal en bewijs, verandering, stand van stap 5.

De verwachte antwoorden zijn met de hand uitgerekend; ze staan ook als commentaar bovenin de
fixtures onder ``tests/fixtures/vermogen``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from stelselkit.analyse import Bevinding, Resultaat
from stelselkit.analyse import vermogen as analyse
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier, laad_modellen
from stelselkit.model import Vermogensanalyse
from stelselkit.weergave.rapporten import markdown

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "vermogen"
OOSTERBEEK = FIXTURES / "oosterbeek"
VOORBEELDEN = Path(__file__).parents[1] / "examples"
VANDAAG = dt.date(2014, 7, 1)


def _met_code(bevindingen: list[Bevinding], code: str) -> list[Bevinding]:
    return [b for b in bevindingen if b.code == code]


def _oosterbeek(vandaag: dt.date = VANDAAG) -> Resultaat[analyse.Vermogen]:
    resultaat = analyse.ANALYSE.op_dossier(laad_dossier(OOSTERBEEK), vandaag)
    assert resultaat is not None
    return resultaat


def _los(tmp_path: Path, naam: str, tekst: str) -> Path:
    pad = tmp_path / naam
    pad.write_text("soort: vermogensanalyse\nversie: 1\n" + tekst, encoding="utf-8")
    return pad


def test_perioden_en_reeks_op_volgorde() -> None:
    resultaat = _oosterbeek()
    assert [p.id for p in resultaat.details.perioden] == ["vermogen-2013", "vermogen-2014"]
    reeksen = resultaat.details.reeksen
    assert [[p.id for p in r] for r in reeksen] == [["vermogen-2013", "vermogen-2014"]]
    assert resultaat.details.vorige == {"vermogen-2014": "vermogen-2013"}


def test_verhaal_is_verplicht_en_een_score_mag_weg(tmp_path: Path) -> None:
    # #15: het verhaal is verplicht (seed 004: het verhaal achter elk getal), de score niet.
    zonder_verhaal = _los(tmp_path, "a.yaml", "periode: {van: 2013-01-01}\nelementen:\n"
                          "  netwerken: {score: 3}\n")
    uitkomst = runner.invoke(app, ["valideer", str(zonder_verhaal)])
    assert uitkomst.exit_code == 1
    assert "de verplichte sleutel 'verhaal' ontbreekt" in uitkomst.stdout
    # bewustzijn heeft in 2014 alleen een verhaal: geldig, zonder score
    laatste = _oosterbeek().details.perioden[-1]
    assert laatste.score("bewustzijn") is None
    assert laatste.model.elementen.bewustzijn is not None


def test_verhaal_zonder_bewijs_in_twee_perioden_is_een_bevinding() -> None:
    # #15 punt 4: beide perioden hebben verhalen zonder bewijs; dat is één bevinding, de periode
    # met de meeste onderwerpen voorop, en de tekst zegt per periode welke verhalen het zijn.
    posities = ("posities.bewoner", "posities.buurt", "posities.sociaal-wijkteam",
                "posities.diensten")
    codes = [b.code for b in _oosterbeek().bevindingen]
    assert len(codes) == len(set(codes))
    [bevinding] = _met_code(_oosterbeek().bevindingen, "verhaal-zonder-bewijs")
    assert bevinding.titel == "vermogen-2013: verhaal zonder bewijs (en in 1 andere periode)"
    assert bevinding.over == ("bewustzijn", *posities)
    assert bevinding.tekst.startswith(
        "In 'vermogen-2013': bewustzijn, posities.bewoner, posities.buurt, "
        "posities.sociaal-wijkteam en posities.diensten verwijzen niet naar bewijs")
    assert (" In 'vermogen-2014': posities.bewoner, posities.buurt, posities.sociaal-wijkteam "
            "en posities.diensten verwijzen niet naar bewijs") in bevinding.tekst


def test_een_periode_zonder_dubbel_blijft_zoals_ze_is() -> None:
    # vuurt niet samen: alleen de laatste periode heeft stap 5 onvolledig; geen 'In …' ervoor
    [stap5] = _met_code(_oosterbeek().bevindingen, "stap5-onvolledig")
    assert stap5.titel == "vermogen-2014: stap 5 niet helemaal beantwoord"
    assert stap5.tekst == "Niet beantwoord: stap5.kunnen en stap5.doen."


def test_verandering_per_onderdeel_in_woorden() -> None:
    [bevinding] = _met_code(_oosterbeek().bevindingen, "verandering-vermogen")
    assert bevinding.tekst == (
        "Sinds 2013-04-01 t/m 2013-12-31 (eigen oordeel, geen meting): netwerken: van 2 "
        "(beginnend) naar 3 (groeiend); bewustzijn: geen score meer (was 2 (beginnend)); "
        "omgeving: van 1 (nog niet zichtbaar) naar 2 (beginnend); voorbeelden: nu 3 (groeiend), "
        "de vorige periode zonder score."
    )
    assert bevinding.over == ("netwerken", "bewustzijn", "omgeving", "voorbeelden")
    assert bevinding.gewicht == "info"


def test_geen_verantwoordelijkheidsverschuiving_uit_gemiddelde_scores() -> None:
    # #15: vermogen is geen verantwoordelijkheid (000 §7–§8); een gemiddelde van eigen oordelen
    # per positie is geen meting. De scores per positie blijven data, zonder bevinding.
    resultaat = _oosterbeek()
    assert _met_code(resultaat.bevindingen, "verantwoordelijkheidsverschuiving") == []
    assert [v.tekst for v in resultaat.details.vergelijkingen[0].posities][-1] == (
        "diensten: van 4 (zelforganiserend) naar 3 (groeiend)"
    )


def test_stand_van_de_laatste_periode() -> None:
    bevindingen = _oosterbeek().bevindingen
    [overbodig] = _met_code(bevindingen, "overbodig-onbeantwoord")
    assert overbodig.titel.startswith("vermogen-2014") and overbodig.gewicht == "actie"
    assert _met_code(bevindingen, "vraag-onbeantwoord") == []
    [stap5] = _met_code(bevindingen, "stap5-onvolledig")
    assert stap5.over == ("stap5.kunnen", "stap5.doen")
    [faciliteit] = _met_code(bevindingen, "faciliteit-zonder-plan")
    assert faciliteit.over == ("Ontmoetingsruimte schoolplein",)
    assert "(mist: genereren)" in faciliteit.tekst
    # alleen de afspraken van de laatste vaststelling tellen; die van 2013 zijn opgevolgd
    # één bevinding op stap 5 (#15): de verlopen afspraak voorop, dan die zonder einde
    [verlopen] = _met_code(bevindingen, "praktijkafspraak-verlopen")
    assert verlopen.over == ("jeugd-netwerk", "casusregie")
    assert verlopen.gewicht == "actie"
    assert verlopen.titel == ("vermogen-2014: verlopen praktijkafspraken; vermogen-2014: "
                              "praktijkafspraken zonder einde")
    assert verlopen.tekst.startswith("Verlopen op 2014-07-01: ")
    assert "'Casusregisseur per gezin' heeft geen 'tot'." in verlopen.tekst
    assert _met_code(bevindingen, "praktijkafspraak-zonder-einde") == []
    assert _met_code(bevindingen, "onderdeel-zonder-verhaal") == []


def test_verlopen_hangt_af_van_vandaag() -> None:
    op_de_laatste_dag = _oosterbeek(dt.date(2014, 6, 30))
    assert _met_code(op_de_laatste_dag.bevindingen, "praktijkafspraak-verlopen") == []
    [zonder_einde] = _met_code(op_de_laatste_dag.bevindingen, "praktijkafspraak-zonder-einde")
    assert zonder_einde.over == ("casusregie",) and zonder_einde.gewicht == "info"


def test_kerncijfers_en_json() -> None:
    resultaat = _oosterbeek()
    assert {k.label: k.waarde for k in resultaat.kerncijfers} == {
        "perioden": 2,
        "laatste periode": "2014-01-01 t/m 2014-06-30",
        "netwerken (eigen oordeel, geen meting)": 3,
        "omgeving (eigen oordeel, geen meting)": 2,
        "voorbeelden (eigen oordeel, geen meting)": 3,
    }
    data = json.loads(json.dumps(resultaat.als_dict()))["details"]
    assert data["perioden"][1]["vorige"] == "vermogen-2013"
    assert data["vergelijkingen"][0]["elementen"][0] == {
        "wat": "netwerken", "oud": 2, "nieuw": 3,
        "tekst": "netwerken: van 2 (beginnend) naar 3 (groeiend)",
    }


def test_vorige_wordt_uit_het_dossier_gelezen() -> None:
    bronnen = laad_modellen([OOSTERBEEK / "vermogen-2014.yaml"], Vermogensanalyse)
    assert [b[0].id for b in bronnen] == ["vermogen-2014"]
    resultaat = analyse.analyseer(bronnen, VANDAAG)
    assert [p.id for p in resultaat.details.perioden] == ["vermogen-2013", "vermogen-2014"]
    assert len(resultaat.details.vergelijkingen) == 1


def test_daling_en_verschuiving_weg_van_de_buurt(tmp_path: Path) -> None:
    a = _los(tmp_path, "a.yaml", "periode: {van: 2013-01-01}\nelementen:\n"
             "  netwerken: {score: 3, verhaal: x}\n"
             "posities:\n  bewoner: {score: 3, verhaal: x}\n  diensten: {score: 1, verhaal: x}\n")
    b = _los(tmp_path, "b.yaml", "periode: {van: 2014-01-01}\nelementen:\n"
             "  netwerken: {score: 2, verhaal: y}\n"
             "posities:\n  bewoner: {score: 2, verhaal: y}\n  diensten: {score: 2, verhaal: y}\n")
    resultaat = analyse.analyseer(laad_modellen([b, a], Vermogensanalyse), VANDAAG)
    [verandering] = _met_code(resultaat.bevindingen, "verandering-vermogen")
    assert verandering.gewicht == "aandacht"
    assert "netwerken: van 3 (groeiend) naar 2 (beginnend)" in verandering.tekst
    assert "Bij netwerken daalt het eigen oordeel" in verandering.tekst
    assert _met_code(resultaat.bevindingen, "verantwoordelijkheidsverschuiving") == []


def test_vorige_die_later_begint(tmp_path: Path) -> None:
    a = _los(tmp_path, "a.yaml", "periode: {van: 2013-01-01}\nvorige: b\n")
    b = _los(tmp_path, "b.yaml", "periode: {van: 2014-01-01}\n")
    resultaat = analyse.analyseer(laad_modellen([a, b], Vermogensanalyse), VANDAAG)
    [bevinding] = _met_code(resultaat.bevindingen, "vorige-ligt-later")
    assert bevinding.over == ("a", "b")
    assert resultaat.details.vorige == {"b": "a"}


def test_los_bestand_bewijs_niet_gecontroleerd() -> None:
    uitkomst = runner.invoke(app, ["analyse", "vermogen", str(FIXTURES / "los.yaml"),
                                   "--vandaag", "2014-07-01", "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    bevindingen = json.loads(uitkomst.stdout)["bevindingen"]
    per_code = {b["code"]: b["over"] for b in bevindingen}
    assert per_code["bewijs-niet-gecontroleerd"] == ["los"]
    assert per_code["onderdeel-zonder-verhaal"] == ["bewustzijn", "omgeving", "voorbeelden"]
    assert "overbodig-onbeantwoord" not in per_code


def test_cli_onbekend_tafelkleed_is_fout_met_bestand_en_regel() -> None:
    uitkomst = runner.invoke(app, ["analyse", "vermogen", str(FIXTURES / "fout"),
                                   "--vandaag", "2014-07-01"])
    assert uitkomst.exit_code == 1
    assert ("vermogen.yaml:10:9: fout: verwijzing naar het bewijs: 'tafelkleed-2014' bestaat "
            "niet in dit dossier") in uitkomst.stderr
    assert "### Het dossier heeft fouten" in uitkomst.stdout

    uitkomst = runner.invoke(app, ["analyse", "vermogen", str(FIXTURES / "fout" / "vermogen.yaml"),
                                   "--format", "json", "--vandaag", "2014-07-01"])
    assert uitkomst.exit_code == 1
    [dossierfout] = [b for b in json.loads(uitkomst.stdout)["bevindingen"]
                     if b["code"] == "dossierfout"]
    [plaats] = dossierfout["over"]
    assert plaats.endswith("vermogen.yaml:10")


def test_cli_markdown_zonder_grafiek(tmp_path: Path) -> None:
    rapport = tmp_path / "vermogen.md"
    uitkomst = runner.invoke(app, ["analyse", "vermogen", str(OOSTERBEEK), "--vandaag",
                                   "2014-07-01", "--uit", str(rapport)])
    assert uitkomst.exit_code == 0, uitkomst.output
    tekst = rapport.read_text(encoding="utf-8")
    assert "| Netwerken | 2 (beginnend) | 3 (groeiend) |" in tekst
    # #15: eigen oordelen zijn geen meting en krijgen geen grafiek
    assert "xychart" not in tekst
    assert "| Bewustzijn | 2 (beginnend) | – |" in tekst
    assert "(3 (groeiend), eigen oordeel, geen meting): De ouders in het netwerk" in tekst
    assert ("| Maandelijks netwerk jeugd en opvoeding | 2014-01-01 | 2014-06-30 | verlopen |"
            in tekst)


@pytest.mark.parametrize(
    ("argumenten", "code", "melding"),
    [
        ([str(OOSTERBEEK), "--vandaag", "1 juli"], 2, "'--vandaag 1 juli' is geen datum"),
        (["bestaat-niet.yaml"], 2, "bestaat niet"),
        ([str(OOSTERBEEK / "tafelkleed-2013.yaml")], 1, "geen vermogensanalyse"),
        ([str(FIXTURES.parent / "omgeving" / "doorwerth")], 1, "er is geen vermogensanalyse"),
    ],
)
def test_cli_fouten(argumenten: list[str], code: int, melding: str) -> None:
    uitkomst = runner.invoke(app, ["analyse", "vermogen", *argumenten])
    assert uitkomst.exit_code == code
    assert melding in uitkomst.stderr
    assert "Traceback" not in uitkomst.output


def test_markdown_rendert_tabellen_en_grafieken() -> None:
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown(_oosterbeek()))
    # kerncijfers, onderdelen, posities, faciliteiten, praktijkafspraken
    assert sum(t.type == "table_open" for t in tokens) == 5
    assert [t.info for t in tokens if t.type == "fence"] == []


@pytest.mark.parametrize("voorbeeld", ["doorwerth", "oosterbeek"])
def test_draait_op_de_voorbeelden(voorbeeld: str) -> None:
    for formaat in ("md", "json"):
        uitkomst = runner.invoke(app, ["analyse", "vermogen", str(VOORBEELDEN / voorbeeld),
                                       "--format", formaat, "--vandaag", "2014-07-01"])
        assert uitkomst.exit_code == 0, uitkomst.output


@pytest.mark.parametrize("soort", ["reconstructie", "bron"])
def test_herkomst_van_periode_en_bewijs(tmp_path: Path, soort: str) -> None:
    # #15 punt 8: een gereconstrueerde vermogensanalyse zegt dat in elke bevinding over haar
    # periode en boven haar verhalen; bewijs dat zelf reconstructie is (het tafelkleed) staat in
    # het rapport met zijn herkomst, en in de bevinding over de verandering. Met 'bron': niets.
    import shutil

    kopie = tmp_path / "oosterbeek"
    shutil.copytree(OOSTERBEEK, kopie)
    for naam in ("vermogen-2014.yaml", "tafelkleed-2013.yaml"):
        pad = kopie / naam
        pad.write_text(pad.read_text(encoding="utf-8") + f"herkomst: {soort}\n",
                       encoding="utf-8")
    resultaat = analyse.ANALYSE.op_dossier(laad_dossier(kopie), VANDAAG)
    assert resultaat is not None
    rapport = markdown(resultaat)
    laatste = resultaat.details.laatste
    if soort == "reconstructie":
        assert laatste.herkomst == "reconstructie"
        assert laatste.bewijsherkomst == (("tafelkleed-2013", "reconstructie"),)
        [verandering] = _met_code(list(resultaat.bevindingen), "verandering-vermogen")
        assert verandering.tekst.endswith(
            "Let op: dit rust op 'vermogen-2014' (reconstructie) en bewijs 'tafelkleed-2013' "
            "(reconstructie), geen verslag uit een bron; controleer het voordat je erop handelt.")
        over_2014 = [b for b in resultaat.bevindingen if "vermogen-2014" in b.over
                     or b.titel.startswith("vermogen-2014")]
        assert over_2014 and all("'vermogen-2014' (reconstructie)" in b.tekst for b in over_2014)
        assert "Let op, herkomst: reconstructie. Deze vermogensanalyse is geen verslag" in rapport
        assert "`tafelkleed-2013` (reconstructie)" in rapport
    else:
        assert laatste.herkomst is None and laatste.bewijsherkomst == ()
        assert not any("Let op" in b.tekst for b in resultaat.bevindingen)
        assert "Let op, herkomst" not in rapport and "(reconstructie)" not in rapport
