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

from stelselkit.analyse import Bevinding
from stelselkit.analyse import omgeving as analyse
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier, laad_modellen, lees_bestand
from stelselkit.model import Omgevingsanalyse

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "omgeving"
DOORWERTH = FIXTURES / "doorwerth"
GEZIN = FIXTURES / "gezin.yaml"
VOORBEELDEN = Path(__file__).parents[1] / "examples"
VANDAAG = dt.date(2014, 7, 1)


def _met_code(bevindingen: list[Bevinding], code: str) -> list[Bevinding]:
    return [b for b in bevindingen if b.code == code]


def _doorwerth() -> analyse.OmgevingResultaat:
    resultaat = analyse.dossier_analyse(laad_dossier(DOORWERTH), VANDAAG)
    assert resultaat is not None
    return resultaat


def _gezin() -> analyse.OmgevingResultaat:
    ingelezen, problemen = lees_bestand(GEZIN)
    assert problemen == [] and isinstance(ingelezen.model, Omgevingsanalyse)
    return analyse.analyseer([(ingelezen, ingelezen.model, None)])


def test_dekking_per_kring_en_invalshoek() -> None:
    resultaat = _doorwerth()
    assert [o.id for o in resultaat.omgevingen] == ["omgeving-2013", "omgeving-2014"]
    kringen = {k.id: k for k in resultaat.omgevingen[0].kringen}
    # van binnen naar buiten; het thema (context) staat in het bestand bovenaan maar komt buitenom
    assert list(kringen) == ["netwerken", "sociale-omgeving", "algemene-voorzieningen",
                             "specifieke-voorzieningen", "thema"]
    assert kringen["netwerken"].dekking == (6, 2, 0, 6)
    assert kringen["sociale-omgeving"].dekking == (3, 0, 1, 0)
    assert kringen["algemene-voorzieningen"].dekking == (0, 0, 5, 0)
    assert kringen["specifieke-voorzieningen"].dekking == (0, 1, 0, 0)
    assert kringen["thema"].beantwoord == 0
    assert kringen["netwerken"].beantwoord == 14


def test_kring_zonder_overbodig_wordt_genoemd() -> None:
    bevindingen = _met_code(_doorwerth().bevindingen, "kring-zonder-overbodig")
    assert len(bevindingen) == 1  # in 2014 beantwoordt elke kring de vraag
    bevinding = bevindingen[0]
    assert bevinding.over == ("sociale-omgeving", "specifieke-voorzieningen", "thema")
    assert bevinding.gewicht == "actie"
    assert bevinding.titel.startswith("Vitale omgeving 2013")
    assert "Sociale omgeving, Specifieke voorzieningen en Maatschappelijk thema" in bevinding.tekst
    assert bevinding.regeltekst.endswith("(002, hoofdstuk 6, instrument 3; 002, hoofdstuk 2)")


def test_kring_zonder_eigen_kracht_en_dun_bevraagd() -> None:
    resultaat = _doorwerth()
    eigen = _met_code(resultaat.bevindingen, "kring-zonder-eigen-kracht")
    assert [b.over for b in eigen] == [
        ("algemene-voorzieningen", "specifieke-voorzieningen", "thema")
    ]
    dun = _met_code(resultaat.bevindingen, "kring-dun-bevraagd")
    assert [b.over for b in dun] == [
        ("sociale-omgeving", "algemene-voorzieningen", "specifieke-voorzieningen", "thema"),
        ("algemene-voorzieningen", "specifieke-voorzieningen"),
    ]


def test_verschil_per_lijn_zonder_verzonnen_stromen() -> None:
    # #15: alleen totalen per lijn en hun verschillen; de cijfers zeggen niet welke afname bij
    # welke toename hoort, dus geen "20 uur van de tweede naar de nulde lijn".
    resultaat = _doorwerth()
    assert resultaat.perioden == ["2013", "2014"]
    assert resultaat.inzet_lijn["uren"] == {
        "2013": {"nulde": 10.0, "eerste": 10.0, "tweede": 80.0},
        "2014": {"nulde": 30.0, "eerste": 10.0, "tweede": 60.0},
    }
    [verschuiving] = resultaat.verschuivingen
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
    assert resultaat.kerncijfers() == {
        "omgevingsanalyses": 2,
        "kringen": 8,
        "dekking (%)": 28,  # (24 + 30) van 8 × 24 = 192 vragen
        "laatste periode": "2014",
        "nulde lijn (uren)": 30.0,
        "eerste lijn (uren)": 10.0,
        "tweede lijn (uren)": 60.0,
    }
    data = json.loads(json.dumps(resultaat.als_dict()))
    assert data["inzet"]["uren"]["2014"]["kringen"] == {
        "algemene-voorzieningen": 10.0, "netwerken": 30.0, "specifieke-voorzieningen": 60.0
    }
    assert data["inzet"]["euro"] == {}


def test_inzet_leunt_op_de_tweede_lijn_en_toename() -> None:
    resultaat = _gezin()
    zwaar = _met_code(resultaat.bevindingen, "inzet-leunt-op-tweede-lijn")
    assert [b.titel for b in zwaar] == [
        "In 2014 leunt de inzet op de tweede lijn en specifieke voorzieningen"
    ] * 2
    uren, euro = zwaar
    assert "91% van de uren naar de tweede lijn en 91% naar jeugdhulp" in uren.tekst
    assert "samen 9%" in uren.tekst
    assert "100% van de euro's naar de tweede lijn" in euro.tekst and "samen 0%" in euro.tekst
    [verschuiving] = resultaat.verschuivingen
    assert verschuiving.verschil == {"nulde": 5.0, "eerste": 0.0, "tweede": 10.0}
    assert verschuiving.tekst == "5 uur meer in de nulde lijn en 10 uur meer in de tweede lijn"
    [bevinding] = _met_code(resultaat.bevindingen, "verschuiving-lijnen")
    assert bevinding.gewicht == "aandacht"
    assert "beroep op de tweede lijn neemt toe" in bevinding.tekst


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
    beeld = resultaat.omgevingen[0]
    assert beeld.midden == "het gezin (privé)"
    teksten = [analyse.markdown(resultaat), json.dumps(resultaat.als_dict()),
               analyse.kringen_svg(beeld)]
    for tekst in teksten:
        assert "Jansen" not in tekst
    assert ">het gezin<" in teksten[2] and ">(privé)<" in teksten[2]  # over twee regels


def test_svg_is_geldige_xml_met_ringen_rond_eigen_kracht() -> None:
    beeld = _doorwerth().omgevingen[0]
    wortel = ET.fromstring(analyse.kringen_svg(beeld).split("\n", 1)[1])
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
    verschil = data["verschuivingen"][0]["verschil"]
    assert verschil == {"nulde": 20.0, "eerste": 0.0, "tweede": -20.0}
    assert "stromen" not in data["verschuivingen"][0]
    assert [b["over"] for b in data["bevindingen"] if b["code"] == "kring-zonder-overbodig"] == [
        ["sociale-omgeving", "specifieke-voorzieningen", "thema"]
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
    assert analyse.dossier_analyse(dossier, VANDAAG) is None


def test_markdown_rendert_tabellen() -> None:
    tokens = MarkdownIt("commonmark").enable("table").parse(analyse.markdown(_doorwerth()))
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
    [bevinding] = _met_code(resultaat.bevindingen, "inzet-opgeteld")
    assert bevinding.over == ("gemeenschap", "gezin")
    assert bevinding.tekst.startswith("in 2014: gemeenschap en gezin.")
    assert resultaat.inzet_analyse["uren"]["2014"]["gemeenschap"] == 5.0
