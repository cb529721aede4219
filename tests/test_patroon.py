"""``stelsel analyse patroon``: balans, verbindend patroon, diversiteit en het gesprek.

De verwachte waarden zijn met de hand uitgewerkt uit ``tests/fixtures/patroon/``.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from stelselkit import methode
from stelselkit.analyse import Resultaat, patroon
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier, laad_modellen
from stelselkit.model import Patroononderzoek
from stelselkit.weergave import mermaid
from stelselkit.weergave.rapporten import markdown

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "patroon"
LOS = FIXTURES / "los" / "professionals.yaml"
DORP = FIXTURES / "dorp"
SESSIE = DORP / "sessie.yaml"
EIGEN = FIXTURES / "eigen-posities"
VOORBEELDEN = Path(__file__).parents[1] / "examples"


def _analyse(pad: Path) -> Resultaat[patroon.Patroon]:
    return patroon.analyseer(laad_modellen([pad], Patroononderzoek), dt.date(2014, 5, 1))


def _per_code(resultaat: Resultaat[patroon.Patroon]) -> dict[str, tuple[str, ...]]:
    return {b.code: b.over for b in resultaat.bevindingen}


# --- een sessie in een dossier --------------------------------------------------------------


def test_balans_over_de_kwadranten() -> None:
    # 3 + 3 + 3 + 1 = 10 associaties, gemiddeld 2,5; zelforganiserend (1) < 1,25.
    resultaat = _analyse(SESSIE)
    sessie = resultaat.details.sessies[0]
    assert [(k.sleutel, k.associaties) for k in sessie.kwadranten] == [
        ("ondernemend", 3), ("gemeenschappelijk", 3), ("maatschappelijk", 3),
        ("zelforganiserend", 1),
    ]
    balans = next(b for b in resultaat.bevindingen if b.code == "kwadranten-uit-balans")
    assert balans.over == ("sessie", "zelforganiserend")
    assert balans.gewicht == "aandacht"
    assert "Minder dan de helft van het gemiddelde (2.5): Zelforganiserend voorbeeld" in (
        balans.tekst
    )


def test_verbindend_patroon() -> None:
    # 'netwerk' (ondernemend) en 'netwerken' (gemeenschappelijk) van cjg; 'ouders' bij cjg
    # (gemeenschappelijk) en de wethouder (maatschappelijk). 'zelf' is een stopwoord.
    sessie = _analyse(SESSIE).details.sessies[0]
    assert [(v.term, v.kwadranten, v.deelnemers, v.keer) for v in sessie.verbindend] == [
        ("ouders", ("gemeenschappelijk", "maatschappelijk"), ("cjg", "wethouder"), 2),
        ("netwerk", ("ondernemend", "gemeenschappelijk"), ("cjg",), 2),
    ]
    assert _per_code(_analyse(SESSIE))["verbindend-patroon"] == ("sessie", "ouders", "netwerk")


def test_posities_uit_achtergrond_en_wat_ontbreekt() -> None:
    # anna (ouder) → bewoner, kees (ondernemer) → buurt, wethouder (gemeente) → regievoering,
    # cjg heeft zelf 'positie: sociaal-wijkteam'. Van de acht standaardposities ontbreken er vier.
    resultaat = _analyse(SESSIE)
    assert [(d.id, d.positie) for d in resultaat.details.sessies[0].deelnemers] == [
        ("anna", "bewoner"), ("cjg", "sociaal-wijkteam"), ("wethouder", "regievoering"),
        ("kees", "buurt"),
    ]
    assert _per_code(resultaat)["posities-niet-aan-tafel"] == (
        "sessie", "open-netwerk", "diensten", "gemeenteraad", "bestuurlijk",
    )


def test_stemmen_van_de_tafelkleden_die_ontbraken() -> None:
    # Schakels: juf (school), wijkverpleegkundige (zorg), bakker en kapper (ondernemer, aan tafel).
    resultaat = _analyse(SESSIE)
    stemmen = next(b for b in resultaat.bevindingen if b.code == "stemmen-uit-tafelkleden")
    assert stemmen.over == ("sessie", "school", "zorg")
    assert "school: juf groep 3; zorg: wijkverpleegkundige" in stemmen.tekst
    assert "bakker" not in stemmen.tekst


def test_deelname_en_gesprek() -> None:
    per_code = _per_code(_analyse(SESSIE))
    # één bevinding op de regel 'elk deel' (#15): wie in één deel schreef voorop, dan wie niets
    assert per_code["een-kwadrant"] == ("sessie", "wethouder", "kees")
    assert "deelnemer-zonder-associaties" not in per_code
    [elk_deel] = [b for b in _analyse(SESSIE).bevindingen if b.code == "een-kwadrant"]
    assert elk_deel.titel == ("1 deelnemer schreef in maar één kwadrant; 1 deelnemer zonder "
                              "associaties")
    assert elk_deel.tekst.index("beleidsmedewerker: alleen") < elk_deel.tekst.index("Van kees")
    assert per_code["gespreksvraag-open"] == ("sessie", "verhouden", "meenemen")
    # Vier achtergronden, twee lokaal: divers genoeg.
    assert not {"weinig-divers", "geen-lokale-stem", "achtergrond-onbekend"} & set(per_code)


def test_kerncijfers() -> None:
    assert {k.id: k.waarde for k in _analyse(SESSIE).kerncijfers} == {
        "sessies": 1,
        "deelnemers": 4,
        "associaties": 10,
        "achtergronden": 4,
        "verbindende-woorden": 2,
        "open-gespreksvragen": 2,
    }


# --- een losse sessie met alleen professionals ---------------------------------------------


def test_losse_sessie_met_alleen_professionals() -> None:
    resultaat = _analyse(LOS)
    per_code = _per_code(resultaat)
    assert per_code["kwadranten-uit-balans"] == ("professionals", "zelforganiserend")
    assert next(b for b in resultaat.bevindingen if b.code == "kwadranten-uit-balans").gewicht == (
        "actie"
    )
    assert per_code["geen-verbindend-patroon"] == ("professionals",)
    # één bevinding per regel (#15): weinig divers met de onbekende achtergrond, één deel met
    # wie niets schreef
    assert per_code["weinig-divers"] == ("professionals", "zorg", "c")
    assert per_code["geen-lokale-stem"] == ("professionals",)
    assert per_code["een-kwadrant"] == ("professionals", "b", "c")
    assert not {"achtergrond-onbekend", "deelnemer-zonder-associaties"} & set(per_code)
    assert per_code["gespreksvraag-open"] == (
        "professionals", "verstaan", "verhouden", "organiseren", "meenemen",
    )
    # Zonder dossier: de acht standaardposities, en niemand heeft er een.
    assert per_code["posities-niet-aan-tafel"] == (
        "professionals", *methode.ids(methode.POSITIES_KETEN)
    )
    assert "stemmen-uit-tafelkleden" not in per_code
    # Eerst wat om actie vraagt.
    assert [b.gewicht for b in resultaat.bevindingen][:2] == ["actie", "actie"]


def test_eigen_posities_van_het_dossier() -> None:
    # Het dossier kent geen 'bewoner': de moeder (ouder) krijgt geen afgeleide positie;
    # de vrijwilliger wel 'buurt'. Alleen 'gezin' ontbreekt.
    resultaat = _analyse(EIGEN / "sessie.yaml")
    sessie = resultaat.details.sessies[0]
    assert [(d.id, d.achtergrond, d.positie) for d in sessie.deelnemers] == [
        ("moeder", "ouder", None), ("vrijwilliger", "vrijwilliger", "buurt"),
    ]
    per_code = _per_code(resultaat)
    assert per_code["posities-niet-aan-tafel"] == ("sessie", "gezin")
    assert per_code["weinig-divers"] == ("sessie", "ouder", "vrijwilliger")
    assert per_code["kwadranten-in-balans"] == ("sessie",)
    assert "gespreksvraag-open" not in per_code
    assert [(v.term, v.keer) for v in sessie.verbindend] == [("speeltuin", 3)]


def test_dossier_analyse() -> None:
    resultaat = patroon.ANALYSE.op_dossier(laad_dossier(DORP), dt.date(2014, 5, 1))
    assert resultaat is not None
    assert [s.id for s in resultaat.details.sessies] == ["sessie"]
    zonder = laad_dossier(Path(__file__).parent / "fixtures" / "thema" / "heideveld")
    assert patroon.ANALYSE.op_dossier(zonder, dt.date(2014, 5, 1)) is None


# --- het kruis en het rapport ----------------------------------------------------------------


def test_kruis_met_thema_in_het_midden() -> None:
    regels = mermaid.kruis(_analyse(SESSIE).details.sessies[0])
    assert regels[0] == "flowchart TB"
    assert [r.split("[", 1)[0].strip() for r in regels[1:5]] == ["O", "G", "M", "Z"]
    assert regels[1].startswith('    O["ONDERNEMEND NETWERK<br/>3 associaties<br/>')
    assert "★ netwerk" in regels[1]
    assert "★ ouders" in regels[3]
    assert regels[5] == '    T(("Samen opvoeden"))'
    assert regels[6:] == ["    O --- T", "    G --- T", "    T --- M", "    T --- Z"]


def test_kruis_escapet_aanhalingstekens() -> None:
    regels = mermaid.kruis(_analyse(EIGEN / "sessie.yaml").details.sessies[0])
    assert regels[5] == '    T(("Vrolijk #quot;groot#quot; worden"))'
    assert "#quot;zelf#quot; doen" in regels[4]


def test_markdown() -> None:
    tekst = markdown(_analyse(SESSIE))
    assert tekst.startswith("# Patroononderzoek: Samen opvoeden\n")
    assert "```mermaid\nflowchart TB\n" in tekst
    assert "| Ondernemend netwerk (3) | Gemeenschappelijk bewustzijn (3) |" in tekst
    assert "| **Maatschappelijke omgeving (3)** | **Zelforganiserend voorbeeld (1)** |" in tekst
    assert "| kees | Kees | ondernemer | buurt | — |" in tekst
    assert "<br>_nog geen antwoord_" in tekst
    assert "anna@example.org" not in tekst
    html = MarkdownIt("commonmark").enable("table").render(tekst)
    assert html.count("<table>") == 3


# --- CLI ------------------------------------------------------------------------------------


def test_cli_md_en_json() -> None:
    uitkomst = runner.invoke(app, ["analyse", "patroon", str(SESSIE)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "# Patroononderzoek: Samen opvoeden" in uitkomst.stdout
    uitkomst = runner.invoke(app, ["analyse", "patroon", str(DORP), "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.stdout)
    assert data["analyse"] == "patroon"
    assert {k["id"]: k["waarde"] for k in data["kerncijfers"]}["associaties"] == 10
    sessie = data["details"]["sessies"][0]
    assert [v["woord"] for v in sessie["verbindend_patroon"]] == ["ouders", "netwerk"]
    assert sessie["gesprek"][0] == {
        "vraag": "verstaan",
        "tekst": methode.GESPREKSVRAGEN[0].naam,
        "antwoord": "Ondernemend is zelf beginnen.",
    }
    assert "anna@example.org" not in uitkomst.stdout


@pytest.mark.parametrize(
    ("argumenten", "code", "melding"),
    [
        (["nergens.yaml"], 2, "bestaat niet"),
        ([str(FIXTURES.parent / "thema" / "los" / "overlast.yaml")], 1,
         "is een thema-analyse-bestand, geen patroononderzoek"),
        ([str(FIXTURES.parent / "thema" / "heideveld")], 1, "er is geen patroononderzoek"),
        ([str(FIXTURES / "los")], 2, "is geen dossiermap"),
    ],
)
def test_cli_fouten(argumenten: list[str], code: int, melding: str) -> None:
    uitkomst = runner.invoke(app, ["analyse", "patroon", *argumenten])
    assert uitkomst.exit_code == code
    assert melding in uitkomst.stderr
    assert "Traceback" not in uitkomst.output


# --- de voorbeelddossiers -------------------------------------------------------------------


@pytest.mark.parametrize("naam", ["doorwerth", "oosterbeek"])
def test_voorbeelden(naam: str) -> None:
    map_ = VOORBEELDEN / naam
    sessies = laad_dossier(map_).van_soort(Patroononderzoek)
    if not sessies:
        pytest.skip(f"examples/{naam} heeft (nog) geen patroononderzoek")
    uitkomst = runner.invoke(app, ["analyse", "patroon", str(map_)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "```mermaid\nflowchart TB" in uitkomst.stdout
    uitkomst = runner.invoke(app, ["analyse", "patroon", str(map_), "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = {s["id"]: s for s in json.loads(uitkomst.stdout)["details"]["sessies"]}
    for ingelezen, onderzoek in sessies:
        uit = data[ingelezen.id]
        codes = {b["code"] for b in uit["bevindingen"]}
        # De telling per kwadrant volgt uit het bestand.
        per_kwadrant = dict(onderzoek.associaties)
        assert [k["associaties"] for k in uit["kwadranten"]] == [
            sum(len(w) for w in per_kwadrant[k.id].values()) for k in methode.KWADRANTEN
        ]
        # Geen lokale stem precies als geen enkele deelnemer een lokale achtergrond heeft.
        achtergronden = {d.achtergrond.lower() for d in onderzoek.deelnemers.values()
                         if d.achtergrond}
        lokaal = achtergronden & set(methode.ACHTERGROND_LOKAAL)
        assert ("geen-lokale-stem" in codes) == (bool(achtergronden) and not lokaal)
        # Open gespreksvragen zijn precies de lege velden van 'gesprek'.
        open_vragen = [s for s, antwoord in onderzoek.gesprek if not antwoord]
        gemeld = next((b["over"][1:] for b in uit["bevindingen"]
                       if b["code"] == "gespreksvraag-open"), [])
        assert gemeld == open_vragen


def test_positie_van_een_deelnemer_moet_bestaan(tmp_path: Path) -> None:
    kopie = tmp_path / "dorp"
    shutil.copytree(DORP, kopie)
    pad = kopie / "sessie.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace(
        "positie: sociaal-wijkteam", "positie: wijkteam"), encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", str(kopie)])
    assert uitkomst.exit_code == 1
    assert "verwijzing naar de positie: 'wijkteam'" in uitkomst.stdout


@pytest.mark.parametrize("soort", ["reconstructie", "bron"])
def test_herkomst_in_elke_bevinding_en_in_het_rapport(tmp_path: Path, soort: str) -> None:
    # #15 punt 8: een sessie die niet is gehouden (reconstructie) zegt dat in elke bevinding en
    # bovenaan de sessie in het rapport; een tafelkleed dat plaatshouder is, in de bevinding over
    # de stemmen van de tafelkleden. Met herkomst 'bron' staat er niets extra.
    kopie = tmp_path / "dorp"
    shutil.copytree(DORP, kopie)
    sessie = kopie / "sessie.yaml"
    sessie.write_text(sessie.read_text(encoding="utf-8") + f"herkomst: {soort}\n",
                      encoding="utf-8")
    kleed = kopie / "kleed.yaml"
    kleed_soort = "plaatshouder" if soort == "reconstructie" else "bron"
    kleed.write_text(kleed.read_text(encoding="utf-8") + f"herkomst: {kleed_soort}\n",
                     encoding="utf-8")
    resultaat = _analyse(kopie)
    rapport = markdown(resultaat)
    sessie_zin = "Let op: dit rust op 'Samen opvoeden' (reconstructie)"
    if soort == "reconstructie":
        assert resultaat.bevindingen and all(sessie_zin in b.tekst for b in resultaat.bevindingen)
        [stemmen] = [b for b in resultaat.bevindingen if b.code == "stemmen-uit-tafelkleden"]
        assert "Let op: dit rust op 'Samen opvoeden' (plaatshouder)" in stemmen.tekst
        assert "Let op, herkomst: reconstructie. Deze sessie is geen verslag" in rapport
        assert resultaat.details.sessies[0].als_dict()["herkomst"] == "reconstructie"
    else:
        assert not any("Let op" in b.tekst for b in resultaat.bevindingen)
        assert "Let op, herkomst" not in rapport
