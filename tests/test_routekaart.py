"""``stelsel routekaart``: één pagina per buurt in de vorm van seed 004, de drie regels, en de
leervragen naast elkaar in ``stelsel vergelijk``.

Met de hand nagerekend:

``buiten-de-methode`` (Wijk 't Hart, vandaag 2020-02-01): alleen dossier, programma en
routekaart. De ontwikkelperiode (2019) is voorbij; 'lv-besluitvorming' heeft een les over
januari–juni 2019, 'lv-meedenken' geen → leervraag-zonder-les. Mijlpalen: de intentieovereenkomst
(november 2018, geen cel), de nieuwe collega (1 januari 2019, routekaart, geen inwoners) en
Steenbreek (2019, cel bewoner/omgeving) → twee zonder inwoners. 'werkgroep' heeft geen datum en
staat onder aanpak. Fase 2: geen leerafspraak nodig.

``fase3`` (Leerdorp): fase 3 met een leerafspraak, een les over 2014 en inwoners bij elke
mijlpaal (de manifestatie heeft cel buurt/gesprek, de evaluatie een bewonerspanel) → niets.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from stelselkit.analyse.routekaart import Routekaartbeeld, routekaartbeeld
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier

FIXTURES = Path(__file__).parent / "fixtures" / "routekaart"
BUITEN = FIXTURES / "buiten-de-methode"
FASE3 = FIXTURES / "fase3"
VOORBEELDEN = Path(__file__).parent.parent / "examples"
VANDAAG = dt.date(2020, 2, 1)

runner = CliRunner()


def _beeld(map_: Path, vandaag: dt.date = VANDAAG) -> Routekaartbeeld:
    beeld = routekaartbeeld(laad_dossier(map_), vandaag)
    assert beeld is not None
    return beeld


def _per_code(beeld: Routekaartbeeld) -> dict[str, tuple[str, ...]]:
    return {b.code: b.over for b in beeld.bevindingen}


def _kopie(bron: Path, tmp_path: Path) -> Path:
    doel = tmp_path / bron.name
    shutil.copytree(bron, doel)
    return doel


# --- een gemeente buiten de methode -------------------------------------------------------


def test_alleen_routekaart_en_programma_is_geldig_en_geeft_een_routekaart() -> None:
    uitkomst = runner.invoke(app, ["valideer", str(BUITEN)])
    assert uitkomst.exit_code == 0, uitkomst.output
    beeld = _beeld(BUITEN)
    assert beeld.buurt == "Wijk 't Hart" and beeld.gemeente == "Voorbeeldstad"
    assert beeld.periode == "januari 2019 – december 2019"
    assert beeld.ambitie == ["Het sociaal en fysiek domein beter laten samenwerken in de wijk."]
    assert beeld.aanpak == ["Een werkgroep fysiek en sociaal domein"]
    assert [(m.datum.isoformat() if m.datum else None, m.wat, m.inwoners)
            for m in beeld.mijlpalen] == [
        ("2018-11", "Ondertekening van de intentieovereenkomst", ()),
        ("2019-01-01", "Start nieuwe collega fysiek domein", ()),
        ("2019", "Pilot 'Operatie Steenbreek' met bewoners", ("bewoner/omgeving",)),
    ]
    assert beeld.kerncijfers() == {"leervragen": 2, "leervragen met een les": 1, "mijlpalen": 3,
                                   "mijlpalen met inwoners": 1, "leerafspraken": 0}


def test_buiten_de_methode_bevindingen() -> None:
    assert _per_code(_beeld(BUITEN)) == {
        "leervraag-zonder-les": ("lv-meedenken",),
        "mijlpaal-zonder-inwoner": ("intentieovereenkomst", "Start nieuwe collega fysiek domein"),
    }
    # tijdens de periode is er nog geen les te verwachten
    assert "leervraag-zonder-les" not in _per_code(_beeld(BUITEN, dt.date(2019, 6, 1)))


def test_markdown_volgt_de_koppen_van_seed_004() -> None:
    uitkomst = runner.invoke(app, ["routekaart", str(BUITEN), "--vandaag", "2020-02-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    koppen = [r for r in uitkomst.output.splitlines() if r.startswith("## ")]
    assert koppen == ["## Ambitie", "## Actuele leervragen", "## Aanpak", "## Mijlpalen",
                      "## Betrokkenheid van de inwoner", "## Resultaatdoelstellingen",
                      "## Uitdagingen", "## Bevindingen"]
    assert "  - *januari 2019 – juni 2019:* Bewoners denken liever mee over hun eigen straat " \
        "dan over de hele wijk." in uitkomst.output


def test_html_is_een_afdrukbare_pagina_per_buurt(tmp_path: Path) -> None:
    uit = tmp_path / "routekaart.html"
    uitkomst = runner.invoke(app, ["routekaart", str(BUITEN), str(FASE3), "--format", "html",
                                   "--papier", "a3", "--uit", str(uit), "--vandaag",
                                   "2020-02-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    html = uit.read_text(encoding="utf-8")
    assert "@page { size: A3 landscape;" in html
    assert html.count('<article class="pagina">') == 2
    # tekst uit het dossier wordt ge-escaped, nooit HTML
    assert "Wijk 't Hart" not in html and "Wijk &#39;t Hart" in html


def test_json_en_geen_materiaal(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["routekaart", str(FASE3), "-f", "json"])
    assert uitkomst.exit_code == 0
    assert json.loads(uitkomst.output)[0]["leerafspraken"] == [
        "Het wijkteam leert samen met de schuldhulp hoe vroeg signaleren werkt — Schuldhulp "
        "Leerdorp, januari 2015 – open (in het contract)"]
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    (leeg / "dossier.yaml").write_text("soort: dossier\nversie: 1\nbuurt: Leeg\ngemeente: X\n",
                                       encoding="utf-8")
    uitkomst = runner.invoke(app, ["routekaart", str(leeg)])
    assert uitkomst.exit_code == 1
    assert "heeft geen routekaart en geen programma" in uitkomst.output
    assert runner.invoke(app, ["routekaart", str(tmp_path / "nergens")]).exit_code == 2


# --- de drie regels: vuren en niet vuren ---------------------------------------------------


def test_fase3_op_orde_vuurt_niet() -> None:
    assert _beeld(FASE3, dt.date(2015, 2, 1)).bevindingen == []


def test_fase3_zonder_leerafspraak(tmp_path: Path) -> None:
    map_ = _kopie(FASE3, tmp_path)
    pad = map_ / "routekaart.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").split("leerafspraken:")[0], encoding="utf-8")
    assert _per_code(_beeld(map_, dt.date(2015, 2, 1))) == {
        "fase3-zonder-leerafspraak": ("Leerdorp",)}
    # fase 2 vraagt er nog geen
    kop = map_ / "dossier.yaml"
    kop.write_text(kop.read_text(encoding="utf-8").replace("fase: 3", "fase: 2"),
                   encoding="utf-8")
    programma = map_ / "programma.yaml"
    programma.write_text(programma.read_text(encoding="utf-8").replace("fase: 3\n", ""),
                         encoding="utf-8")
    assert _beeld(map_, dt.date(2015, 2, 1)).bevindingen == []


def test_les_buiten_de_periode_telt_niet(tmp_path: Path) -> None:
    map_ = _kopie(FASE3, tmp_path)
    pad = map_ / "routekaart.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace(
        "{van: 2014-01, tot: 2014-12}", "{van: 2013-01, tot: 2013-12}"), encoding="utf-8")
    assert _per_code(_beeld(map_, dt.date(2015, 2, 1))) == {
        "leervraag-zonder-les": ("lv-wijkteam",)}


def test_leerafspraak_verwijst_naar_een_leervraag(tmp_path: Path) -> None:
    map_ = _kopie(FASE3, tmp_path)
    pad = map_ / "routekaart.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace(
        "leervragen: [lv-wijkteam]", "leervragen: [lv-wijk]"), encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", str(map_)])
    assert uitkomst.exit_code == 1
    assert "verwijzing naar de leervraag: 'lv-wijk' bestaat niet in dit dossier; bedoelde je " \
        "'lv-wijkteam'?" in uitkomst.output


# --- de voorbeelden en vergelijk ------------------------------------------------------------


def test_voorbeelden_hebben_een_routekaart() -> None:
    doorwerth = _beeld(VOORBEELDEN / "doorwerth", dt.date(2026, 1, 1))
    oosterbeek = _beeld(VOORBEELDEN / "oosterbeek", dt.date(2026, 1, 1))
    assert [v.id for v in doorwerth.leervragen] == ["lv-actief-burgerschap",
                                                    "lv-gebiedsambassadeur"]
    assert [v.id for v in oosterbeek.leervragen] == ["lv-zelfredzaamheidsprofielen",
                                                     "lv-triple-p"]
    # Oosterbeek staat in fase 3 en de bron meldt geen leerafspraken: een echt gat
    assert "fase3-zonder-leerafspraak" in _per_code(oosterbeek)
    assert "fase3-zonder-leerafspraak" not in _per_code(doorwerth)
    # elke leervraag heeft een les over de proeftuin
    assert "leervraag-zonder-les" not in _per_code(doorwerth)
    assert "leervraag-zonder-les" not in _per_code(oosterbeek)


def test_vergelijk_zet_leervragen_naast_elkaar() -> None:
    uitkomst = runner.invoke(app, ["vergelijk", str(VOORBEELDEN / "doorwerth"),
                                   str(VOORBEELDEN / "oosterbeek")])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "## Leervragen en lessen naast elkaar" in uitkomst.output
    assert "| buurt/gesprek | lv-actief-burgerschap, lv-gebiedsambassadeur | – |" in (
        uitkomst.output)
    als_json = runner.invoke(app, ["vergelijk", str(VOORBEELDEN / "doorwerth"),
                                   str(VOORBEELDEN / "oosterbeek"), "-f", "json"])
    data = json.loads(als_json.output)
    assert data["details"]["leervragen"]["cellen"]["gezin/vermogen"] == {
        "Doorwerth": [], "Oosterbeek": ["lv-zelfredzaamheidsprofielen", "lv-triple-p"]}
