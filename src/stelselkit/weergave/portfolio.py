"""Het buurtportfolio als statische website: HTML, CSS en een meegeleverde netwerkviewer.

Eén pagina per buurt en per thema, een overzicht met de portfolio's naast elkaar (fase 4: "om
van elkaar te leren", 000 §8) en per thema een afdrukbare poster (A4 en A3). De volgorde op een
themapagina is die van de thema-analyse (002 instr. 2). Het interactieve tafelkleed gebruikt
sigma.js met graphology, meegeleverd in het pakket: geen CDN, geen verzoek naar buiten; de
posities van de knopen komen uit :mod:`stelselkit.weergave.plaatsing`, dezelfde als op het
afgedrukte tafelkleed. De netwerkgegevens staan in de pagina zelf, zodat de site ook vanaf
``file://`` werkt.

Deze module rendert waarden naar tekst; ze leest en schrijft geen bestanden.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import PurePosixPath

import jinja2

from stelselkit import methode
from stelselkit.analyse.netwerkgraaf import KLEUREN, POSITIE_VOLGORDE, Netwerk
from stelselkit.analyse.portfolio import Materiaal
from stelselkit.weergave.plaatsing import plaats
from stelselkit.weergave.sjablonen import sjabloonmap

SJABLONEN = "portfolio"
VENDOR = ("graphology.umd.min.js", "sigma.min.js", "LICENSE-graphology.txt",
          "LICENSE-sigma.txt", "VERSIES.txt")
POSTERMATEN = ("a4", "a3")
SOORT_MOMENT = {
    "start": "Start",
    "ontmoetingsmoment": "Ontmoetingsmoment",
    "manifestatiemoment": "Manifestatiemoment",
    "activiteit": "Activiteit",
}


@dataclass
class Themapagina:
    """Eén thema (één portfolio) van een buurt."""

    materiaal: Materiaal
    map: str  # relatief pad van de map van deze pagina, bijv. "doorwerth/nieuw-wonen"
    beelden: dict[str, str] = field(default_factory=dict)  # beeld-id → bestandsnaam in map/
    tafelkleed_svg: bool = False  # er staat een afdrukbaar tafelkleed.svg naast de pagina


@dataclass
class Buurtpagina:
    """Een buurt (één dossier) met zijn portfolio's."""

    naam: str
    map: str
    gemeente: str
    gebied: str | None
    omgeving: str | None
    themas: list[Themapagina]


@cache
def omgeving() -> jinja2.Environment:
    """Jinja met autoescape: alles uit het dossier wordt tekst, nooit HTML."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(sjabloonmap() / SJABLONEN)),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def vendorbestand(naam: str) -> bytes:
    return (sjabloonmap() / SJABLONEN / "vendor" / naam).read_bytes()


def statisch(naam: str) -> str:
    return (sjabloonmap() / SJABLONEN / naam).read_text(encoding="utf-8")


def _json_in_html(data: object) -> str:
    """JSON om in een ``<script type="application/json">`` te zetten, zonder ``</script>``."""
    tekst = json.dumps(data, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return tekst.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def netwerkdata(netwerk: Netwerk) -> dict[str, object]:
    """Knopen en verbindingen voor de viewer, met de plaatsing van het afgedrukte tafelkleed.

    y gaat naar boven in sigma en naar beneden in SVG; daarom het min-teken.
    """
    plaatsing = plaats(netwerk)
    mx, my = plaatsing.midden
    knopen: list[dict[str, object]] = [{
        "id": "thema", "label": netwerk.titel, "x": 0, "y": 0, "size": 22,
        "color": "#f4d03f", "soort": "thema", "verhaal": "",
    }]
    for s in plaatsing.schakels:
        x, y, _ = plaatsing.schakelplek[s.id]
        positie = s.beste_positie or "onbekend"
        knopen.append({
            "id": f"schakel:{s.id}", "label": s.label, "x": round(x - mx), "y": round(my - y),
            "size": 12, "color": KLEUREN[positie], "soort": "schakel",
            "positie": methode.naam_van(methode.POSITIES_BETROKKENHEID, positie)
            if positie != "onbekend" else "Positie onbekend",
            "posities": [methode.naam_van(methode.POSITIES_BETROKKENHEID, p) for p in s.posities],
            "verhaal": s.verhaal or "",
            "ingredienten": [netwerk.ingredient_tekst(i) for i in s.ingredienten],
        })
    for i in plaatsing.rand:
        x, y = plaatsing.ingredientplek[i]
        knopen.append({
            "id": f"ingredient:{i}", "label": netwerk.ingredient_tekst(i), "x": round(x - mx),
            "y": round(my - y), "size": 5, "color": "#5d6d7e", "soort": "ingredient",
            "verhaal": "", "schakels": [netwerk.schakel_label(s) for s in netwerk.schakels_van(i)],
        })
    verbindingen: list[list[str]] = []
    for s in plaatsing.schakels:
        verbindingen.append(["thema", f"schakel:{s.id}"])
        verbindingen += [[f"schakel:{s.id}", f"ingredient:{i}"] for i in s.ingredienten]
    return {"knopen": knopen, "verbindingen": verbindingen}


def per_positie(netwerk: Netwerk) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Het tekstalternatief: per positie van betrokkenheid de schakels met hun verhaal."""
    groepen: list[tuple[str, str, list[tuple[str, str]]]] = []
    for positie in (*POSITIE_VOLGORDE, "onbekend"):
        schakels = sorted((s for s in netwerk.schakels.values()
                           if (s.beste_positie or "onbekend") == positie), key=lambda s: s.label)
        if schakels:
            naam = (methode.naam_van(methode.POSITIES_BETROKKENHEID, positie)
                    if positie != "onbekend" else "Positie onbekend")
            groepen.append((naam, KLEUREN[positie], [(s.label, s.verhaal or "")
                                                     for s in schakels]))
    return groepen


def _relatief(van: str, naar: str) -> str:
    """Een link van de map ``van`` naar het bestand ``naar`` (beide relatief aan de site)."""
    diepte = len(PurePosixPath(van).parts) if van else 0
    return "../" * diepte + naar


def _legenda() -> list[tuple[str, str]]:
    return [(methode.naam_van(methode.POSITIES_BETROKKENHEID, p), KLEUREN[p])
            for p in POSITIE_VOLGORDE] + [("Positie onbekend", KLEUREN["onbekend"])]


def _bouwstenen(materiaal: Materiaal) -> list[tuple[str, str, list[str]]]:
    """Per bouwsteen van de vier B's wat het portfolio ervan laat zien (soorten, geen score)."""
    soorten = {
        "betrokken": [("tafelkleden", "netwerk"), ("dorpsgesprekken", "dorpsgesprekken")],
        "bewust": [("uitspraken", "uitspraken"), ("verhalen", "verhalen"),
                   ("ideeen", "ideeën"), ("brainstormborden", "brainstormborden")],
        "beschikbaar": [("initiatieven", "initiatieven"), ("tafelkaarten", "tafelkaarten"),
                        ("tijdlijn", "ontmoetingen")],
        "bekwaam": [("voorbeelden", "voorbeelden"), ("vermogen", "verhalen van het vermogen")],
    }
    return [(t.naam, t.uitleg, [label for veld, label in soorten[t.id]
                                if getattr(materiaal, veld)])
            for t in methode.BOUWSTENEN]


def site(titel: str, buurten: list[Buurtpagina]) -> dict[str, str]:
    """Alle HTML-pagina's, de stijl en het script van de site: pad → tekst."""
    env = omgeving()
    gemeenten = sorted({b.gemeente for b in buurten})
    gemeen = {"site_titel": titel, "gemeenten": gemeenten, "legenda": _legenda()}
    bestanden: dict[str, str] = {
        "stijl.css": statisch("stijl.css") + "".join(
            f".positie-{n} {{ background: {kleur}; }}\n"
            for n, (_, kleur) in enumerate(_legenda(), start=1)),
        "js/tafelkleed.js": statisch("tafelkleed.js"),
        "index.html": env.get_template("overzicht.html.j2").render(
            **gemeen, wortel="", buurten=buurten, bouwstenen=_bouwstenen, hier="index.html",
            kruimels=[]),
    }
    for buurt in buurten:
        wortel = _relatief(buurt.map, "")
        bestanden[f"{buurt.map}/index.html"] = env.get_template("buurt.html.j2").render(
            **gemeen, wortel=wortel, buurt=buurt, bouwstenen=_bouwstenen,
            kruimels=[(titel, wortel + "index.html")])
        for thema in buurt.themas:
            wortel = _relatief(thema.map, "")
            netwerk = thema.materiaal.netwerk
            waarden = dict(
                **gemeen, wortel=wortel, buurt=buurt, thema=thema, m=thema.materiaal,
                netwerk=netwerk, groepen=per_positie(netwerk) if netwerk else [],
                netwerk_json=_json_in_html(netwerkdata(netwerk)) if netwerk else "",
                soort_moment=SOORT_MOMENT, kanaalnaam=_kanaalnaam,
                kruimels=[(titel, wortel + "index.html"),
                          (buurt.naam, wortel + buurt.map + "/index.html")])
            bestanden[f"{thema.map}/index.html"] = env.get_template(
                "thema.html.j2").render(**waarden)
            for maat in POSTERMATEN:
                bestanden[f"{thema.map}/poster-{maat}.html"] = env.get_template(
                    "poster.html.j2").render(**waarden, maat=maat)
    return bestanden


def _kanaalnaam(soort: str) -> str:
    return methode.naam_van(methode.KANAALSOORTEN, soort)
