"""``stelsel analyse netwerkprogramma``: de zeven regels, elk met een fixture die vuurt en een
die niet mag vuren.

Met de hand nagerekend voor vandaag = 2014-09-01 en 6 weken (``fixtures/netwerkprogramma``):

``lacunes`` (Gatendorp) — elke regel vuurt precies één keer:
- signaal 'ruimte voor de biljartclub' (2014-02-14; + 6 weken = 2014-03-28 < 2014-09-01) is nergens
  opgepakt; het signaal van 2014-08-25 is te recent (+ 6 weken = 2014-10-06);
- de buurman staat op 'uitgenodigd' voor 'tafels' (2014-04-10, voorbij); de buurvrouw is gekomen;
  de jongere (2014-08-25, zonder vervolg) wacht nog geen 6 weken;
- tafelkaart 'wandelen' heeft alleen een initiatief; 'moestuin' en 'fietsen' zijn af;
- 'tafels' (2014-04-10) heeft geen tijdlijn; 'tafels-oktober' is nog niet geweest;
- netwerkprogramma 'voorjaar': de braderie staat niet op de tijdlijn, de slotbijeenkomst noemt
  geen sleutelfiguren, en de periode (tot juni 2014) is voorbij zonder opvolger.

``dorp`` (Heeldorp, op orde) — geen enkele regel vuurt: alles is opgepakt, de moeder is
betrokken, de broodclub is af en staat met de braderie op de tijdlijn, beide slotbijeenkomsten
noemen sleutelfiguren, en 'voorjaar' is opgevolgd door 'najaar' (dat nog loopt).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.analyse import Resultaat
from stelselkit.analyse import netwerkprogramma as kern
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.model import Netwerkprogramma
from stelselkit.regels import Regel

FIXTURES = Path(__file__).parent / "fixtures" / "netwerkprogramma"
LACUNES = FIXTURES / "lacunes"
OP_ORDE = FIXTURES / "dorp"  # op orde: geen enkele regel vuurt
DOORWERTH = Path(__file__).parent.parent / "examples" / "doorwerth"
VANDAAG = dt.date(2014, 9, 1)

runner = CliRunner()


Uitkomst = Resultaat[kern.Netwerkprogrammastand]


def _stand(map_: Path, vandaag: dt.date = VANDAAG, weken: int = 6) -> Uitkomst:
    dossier = laad_dossier(map_)
    bronnen = [(i, m, dossier) for i, m in dossier.van_soort(Netwerkprogramma)]
    return kern.analyseer(bronnen, vandaag, weken)


def _per_code(stand: Uitkomst) -> dict[str, tuple[str, ...]]:
    codes = [b.code for b in stand.bevindingen]
    assert len(codes) == len(set(codes)), "één bevinding per regel"
    return {b.code: b.over for b in stand.bevindingen}


def _kopie(bron: Path, tmp_path: Path) -> Path:
    doel = tmp_path / bron.name
    shutil.copytree(bron, doel)
    return doel


def _vervang(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


# --- elke regel vuurt op 'lacunes' en niet op 'op-orde' ----------------------------------------


def test_lacunes_elke_regel_vuurt() -> None:
    assert _per_code(_stand(LACUNES)) == {
        "thema-niet-vernieuwd": ("voorjaar",),
        "signaal-niet-opgepakt": ("ruimte voor de biljartclub",),
        "contact-niet-bereikt": ("een buurman",),
        "tafelkaart-onvolledig": ("wandelen",),
        "geen-gezamenlijke-tijdlijn": ("tafels",),
        "geen-bestaande-gebeurtenis": ("voorjaar",),
        "slotbijeenkomst-zonder-sleutelfiguren": ("voorjaar",),
    }


def test_op_orde_geen_enkele_regel_vuurt() -> None:
    stand = _stand(OP_ORDE)
    assert stand.bevindingen == ()
    assert [(p.id, p.opvolger) for p in stand.details.programmas] == [
        ("voorjaar", "najaar"), ("najaar", None)]


def _cijfers(map_: Path) -> dict[str, object]:
    return {k.label: k.waarde for k in _stand(map_).kerncijfers}


def test_kerncijfers() -> None:
    assert _cijfers(LACUNES) == {
        "netwerkprogramma's": 1,
        "signalen, wensen en mogelijkheden": 2,
        "opgepakt": 0,
        "contacten": 3,
        "contacten gekomen of betrokken": 1,
        "tafelkaarten": 3,
        "tafelkaarten volledig": 2,
    }
    assert _cijfers(OP_ORDE) == {
        "netwerkprogramma's": 2,
        "signalen, wensen en mogelijkheden": 3,
        "opgepakt": 3,
        "contacten": 1,
        "contacten gekomen of betrokken": 1,
        "tafelkaarten": 1,
        "tafelkaarten volledig": 1,
    }


def test_elke_bevinding_noemt_haar_regel_uit_de_bron() -> None:
    for bevinding in _stand(LACUNES).bevindingen:
        assert isinstance(bevinding.regel, Regel)
        assert bevinding.regel.bron.startswith(("001, §4.2", "001, §4.3")), bevinding.code
    assert _stand(LACUNES).bevindingen[0].code == "thema-niet-vernieuwd"  # actie eerst


# --- de grenzen van elke regel -------------------------------------------------------------


def test_weken_is_instelbaar() -> None:
    # 2014-02-14 + 30 weken = 2014-09-12 > 2014-09-01: het signaal wacht nog.
    codes = _per_code(_stand(LACUNES, weken=30))
    assert "signaal-niet-opgepakt" not in codes
    # de buurman had een vervolgbijeenkomst met een datum; die blijft voorbij
    assert codes["contact-niet-bereikt"] == ("een buurman",)
    # zonder wachttijd telt ook het signaal van 2014-08-25
    assert _per_code(_stand(LACUNES, weken=0))["signaal-niet-opgepakt"] == (
        "ruimte voor de biljartclub", "een jeu-de-boulesbaan bij het plein")


def test_opgepakt_signaal_telt_niet(tmp_path: Path) -> None:
    map_ = _kopie(LACUNES, tmp_path)
    _vervang(map_ / "dorpsgesprek-februari.yaml", "  - ruimte voor de biljartclub",
             "  - tekst: ruimte voor de biljartclub\n    opgepakt_in: wandelen")
    assert "signaal-niet-opgepakt" not in _per_code(_stand(map_))


def test_contact_zonder_vervolg_wacht_de_weken(tmp_path: Path) -> None:
    # de jongere (2014-08-25) telt pas na 6 weken: op 2014-10-07 wel
    codes = _per_code(_stand(LACUNES, dt.date(2014, 10, 7)))
    assert codes["contact-niet-bereikt"] == ("een buurman", "een jongere")


def test_tijdlijn_en_gebeurtenis_en_sleutelfiguren(tmp_path: Path) -> None:
    map_ = _kopie(LACUNES, tmp_path)
    _vervang(map_ / "tafels.yaml", "  - id: wandelen",
             "  - id: wandelen\n    ambities: [x]\n    wie: [buurtwerker]\n"
             "    vervolgafspraken: [y]\n    werkwijzen: [z]")
    (map_ / "tafels.yaml").write_text(
        (map_ / "tafels.yaml").read_text(encoding="utf-8")
        + "tijdlijn:\n  - {datum: 2014-05-24, wat: Kraam, gebeurtenis: braderie}\n",
        encoding="utf-8")
    _vervang(map_ / "netwerkprogramma.yaml", "  status: gedaan",
             "  status: gedaan\n  sleutelfiguren: [buurtwerker]")
    codes = _per_code(_stand(map_))
    for code in ("tafelkaart-onvolledig", "geen-gezamenlijke-tijdlijn",
                 "geen-bestaande-gebeurtenis", "slotbijeenkomst-zonder-sleutelfiguren"):
        assert code not in codes


def test_geen_slotbijeenkomst_en_geen_gebeurtenissen(tmp_path: Path) -> None:
    map_ = _kopie(LACUNES, tmp_path)
    pad = map_ / "netwerkprogramma.yaml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(tekst.split("gebeurtenissen:")[0], encoding="utf-8")
    stand = _stand(map_)
    slot = next(b for b in stand.bevindingen if b.code == "slotbijeenkomst-zonder-sleutelfiguren")
    assert slot.tekst.startswith("Geen slotbijeenkomst: `voorjaar`")
    gebeurtenis = next(b for b in stand.bevindingen if b.code == "geen-bestaande-gebeurtenis")
    assert "Noteer onder 'gebeurtenissen'" in gebeurtenis.tekst


def test_vernieuwd_door_een_latere_periode_zonder_vorige(tmp_path: Path) -> None:
    map_ = _kopie(LACUNES, tmp_path)
    (map_ / "najaar.yaml").write_text(
        "soort: netwerkprogramma\nversie: 1\ntitel: Najaar\nthemas: gezond\n"
        "periode: {van: 2014-07-01}\n", encoding="utf-8")
    assert "thema-niet-vernieuwd" not in _per_code(_stand(map_))
    # vóór het einde van de periode is er nog niets te vernieuwen
    assert "thema-niet-vernieuwd" not in _per_code(_stand(LACUNES, dt.date(2014, 6, 15)))


# --- het dossierformaat rond het netwerkprogramma ------------------------------------------


def test_sleutelfiguur_moet_een_schakel_zijn(tmp_path: Path) -> None:
    map_ = _kopie(OP_ORDE, tmp_path)
    _vervang(map_ / "netwerkprogramma-najaar.yaml", "[bakker]", "[bakkr]")
    uitkomst = runner.invoke(app, ["valideer", str(map_)])
    assert uitkomst.exit_code == 1
    assert ("verwijzing naar de schakel (op een tafelkleed): 'bakkr' bestaat niet in dit "
            "dossier; bedoelde je 'bakker'?") in uitkomst.output


def test_opgepakt_in_moet_bestaan(tmp_path: Path) -> None:
    map_ = _kopie(OP_ORDE, tmp_path)
    _vervang(map_ / "brainstormbord.yaml", "opgepakt_in: samen", "opgepakt_in: saamhorig")
    uitkomst = runner.invoke(app, ["valideer", str(map_)])
    assert uitkomst.exit_code == 1
    assert "brainstormbord.yaml:7:18: fout: verwijzing naar waar dit is opgepakt" in uitkomst.output


def test_dezelfde_schakel_op_twee_tafelkleden_is_geen_dubbele_id(tmp_path: Path) -> None:
    map_ = _kopie(OP_ORDE, tmp_path)
    tekst = (map_ / "tafelkleed.yaml").read_text(encoding="utf-8")
    (map_ / "tafelkleed-2.yaml").write_text(tekst.replace("2014-01-20", "2014-06-20"),
                                            encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", str(map_)])
    assert uitkomst.exit_code == 0, uitkomst.output


def test_reeks_zonder_datum_en_losse_bijeenkomsten() -> None:
    dossier = laad_dossier(OP_ORDE)
    reeks = next(b.model for b in dossier.bestanden if b.id == "dorpsgesprekken")
    assert [(str(d), s.tekst) for d, s in reeks.alle_signalen()] == [
        ("2014-02-14", "brood bakken met kinderen")]


# --- de opdracht ----------------------------------------------------------------------------


def test_cli_markdown_en_json() -> None:
    uitkomst = runner.invoke(app, ["analyse", "netwerkprogramma", str(LACUNES),
                                   "--vandaag", "2014-09-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "# Netwerkprogramma — Gatendorp" in uitkomst.output
    assert "| Benoemen van een actueel thema en vaststellen periode | gedaan | `gezond` |" in (
        uitkomst.output)
    assert "- wandelen (`wandelen`)" not in uitkomst.output
    assert "- Samen wandelen (`wandelen`): geen ambities, wie zich verbindt, vervolgafspraken " \
        "en werkwijzen" in uitkomst.output
    als_json = runner.invoke(app, ["analyse", "netwerkprogramma", str(OP_ORDE), "--vandaag",
                                   "2014-09-01", "--format", "json"])
    assert als_json.exit_code == 0
    data = json.loads(als_json.output)
    assert data["analyse"] == "netwerkprogramma" and data["bevindingen"] == []
    assert data["details"]["netwerkprogrammas"][0]["gebeurtenissen"] == [
        {"id": "braderie", "wat": "Braderie", "datum": "2014-05-24", "benut": True}]


def test_cli_is_deterministisch() -> None:
    args = ["analyse", "netwerkprogramma", str(LACUNES), "--vandaag", "2014-09-01"]
    assert runner.invoke(app, args).output == runner.invoke(app, args).output


def test_cli_openbaar_toont_geen_namen() -> None:
    uitkomst = runner.invoke(app, ["analyse", "netwerkprogramma", str(OP_ORDE), "--vandaag",
                                   "2014-09-01", "--openbaar"])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "Els Bakker" not in uitkomst.output


def test_cli_fouten(tmp_path: Path) -> None:
    assert runner.invoke(app, ["analyse", "netwerkprogramma", str(tmp_path / "nergens")]
                         ).exit_code == 2
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    (leeg / "dossier.yaml").write_text("soort: dossier\nversie: 1\nbuurt: Leeg\ngemeente: X\n",
                                       encoding="utf-8")
    uitkomst = runner.invoke(app, ["analyse", "netwerkprogramma", str(leeg)])
    assert uitkomst.exit_code == 1
    assert "er is geen netwerkprogramma in" in uitkomst.output
    assert "Traceback" not in uitkomst.output
    kapot = _kopie(LACUNES, tmp_path)
    _vervang(kapot / "netwerkprogramma.yaml", "bewijs: [tafels]", "bewijs: [tafel]")
    uitkomst = runner.invoke(app, ["analyse", "netwerkprogramma", str(kapot), "--vandaag",
                                   "2014-09-01"])
    assert uitkomst.exit_code == 1
    assert "### Het dossier heeft fouten" in uitkomst.output


# --- het voorbeeld Doorwerth ---------------------------------------------------------------


@pytest.mark.parametrize("vandaag", [dt.date(2014, 12, 31), dt.date(2026, 1, 1)])
def test_doorwerth_meldt_de_lacunes_uit_zijn_readme(vandaag: dt.date) -> None:
    codes = _per_code(_stand(DOORWERTH, vandaag))
    assert set(codes) == {
        "signaal-niet-opgepakt",
        "contact-niet-bereikt",
        "tafelkaart-onvolledig",
        "geen-gezamenlijke-tijdlijn",
        "slotbijeenkomst-zonder-sleutelfiguren",
        "thema-niet-vernieuwd",
    }
    assert codes["tafelkaart-onvolledig"] == (
        "gezond-bewegen", "gezond-dorpscentrum", "gezond-klimaat", "gezond-wonen", "woonwijkhuis")
    assert codes["geen-gezamenlijke-tijdlijn"] == ("gesprekstafels-gezond-doorwerth",)
    # Valentijnsdag is benut (001 §4.2: 'Hart voor elkaar' tijdens Valentijnsdag), dus geen
    # bevinding over bestaande gebeurtenissen; het signaal 'horizontaal wonen' is opgepakt in
    # het thema Nieuw wonen en telt niet.
    assert not any("horizontaal" in o for o in codes["signaal-niet-opgepakt"])


def test_doorwerth_op_zijn_peildatum_via_de_opdracht() -> None:
    # zonder --vandaag: de peildatum van het dossier (30 juni 2014), de laatste dag van de periode
    uitkomst = runner.invoke(app, ["analyse", "netwerkprogramma", str(DOORWERTH), "-f", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.stdout)
    assert data["peildatum"] == "2014-06-30"
    assert [b["code"] for b in data["bevindingen"]] == [
        "signaal-niet-opgepakt", "contact-niet-bereikt", "tafelkaart-onvolledig",
        "geen-gezamenlijke-tijdlijn", "slotbijeenkomst-zonder-sleutelfiguren"]
