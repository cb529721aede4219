"""Het netwerk van een tafelkleed naar andere programma's, en als afdrukbaar tafelkleed.

Formaten, zodat niemand vastzit:

- ``gexf`` (Gephi) en ``graphml`` (yEd, Cytoscape): geschreven door networkx;
- ``csv``: één bestand voor een spreadsheet, met een kolom ``type``: eerst de regels ``knoop``
  (id, label, soort, positie, …), dan de regels ``verbinding`` (bron, doel);
- ``kumu``: Kumu's JSON-import met ``elements`` en ``connections``; labels zijn uniek gemaakt,
  want Kumu koppelt verbindingen op label;
- ``svg``: een tafelkleed om af te drukken en mee te nemen naar de volgende sessie: het thema in
  het midden, de schakels in een ring, de ingrediënten aan de rand, een kleur per positie van
  betrokkenheid en een legenda. De maat is A3 liggend; bij een groot netwerk groeit het vel
  (A2, A1, A0) zodat de letters bij afdrukken op die maat even groot blijven.

Contactgegevens staan niet in het netwerk (zie :mod:`stelselkit.analyse.netwerkgraaf`), dus
ook niet in een export.
"""

from __future__ import annotations

import csv
import io
import json
import math
import textwrap
from xml.sax.saxutils import escape

from stelselkit import methode
from stelselkit.analyse.netwerkgraaf import KLEUREN, POSITIE_VOLGORDE, Netwerk, bouw_graaf
from stelselkit.weergave.plaatsing import plaats

# SVG: eenheden van 0,1 mm op A3 liggend (420 × 297 mm); de plaatsing staat in weergave/plaatsing.
LETTER_THEMA = 90  # 9 mm ≈ 25 pt
LETTER_SCHAKEL = 42  # 4,2 mm ≈ 12 pt
LETTER_INGREDIENT = 36  # 3,6 mm ≈ 10 pt
LETTER_LEGENDA = 40
TEKENBREEDTE_VET = 0.64  # gemiddelde breedte van een vet teken, als deel van de lettergrootte


def exporteer(netwerk: Netwerk, formaat: str) -> str:
    """Het netwerk als tekst: ``gexf``, ``graphml``, ``csv``, ``kumu`` of ``svg``."""
    return {
        "gexf": gexf,
        "graphml": graphml,
        "csv": als_csv,
        "kumu": kumu,
        "svg": svg,
    }[formaat](netwerk)


def gexf(netwerk: Netwerk) -> str:
    """GEXF 1.2; als datum staat de nieuwste momentopname erin, niet de dag van vandaag."""
    from networkx.readwrite.gexf import GEXFWriter

    schrijver = GEXFWriter(prettyprint=True)
    for meta in schrijver.xml.iter("meta"):
        meta.set("lastmodifieddate", max(k.datum for k in netwerk.kleden).isoformat())
    schrijver.add_graph(bouw_graaf(netwerk))
    return str(schrijver)


def graphml(netwerk: Netwerk) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(bouw_graaf(netwerk))) + "\n"


CSV_KOLOMMEN = ("type", "id", "label", "soort", "positie", "posities", "achtergrond", "kant",
                "bron", "doel")


def als_csv(netwerk: Netwerk) -> str:
    graaf = bouw_graaf(netwerk)
    uit = io.StringIO()
    schrijver = csv.DictWriter(uit, fieldnames=CSV_KOLOMMEN, lineterminator="\n")
    schrijver.writeheader()
    for knoop, data in graaf.nodes(data=True):
        schrijver.writerow({"type": "knoop", "id": knoop, **data})
    for bron, doel, data in graaf.edges(data=True):
        schrijver.writerow({"type": "verbinding", "soort": data["soort"], "bron": bron,
                            "doel": doel})
    return uit.getvalue()


def kumu(netwerk: Netwerk) -> str:
    graaf = bouw_graaf(netwerk)
    labels: dict[str, str] = {}
    gebruikt: set[str] = set()
    for knoop, data in graaf.nodes(data=True):
        label, teller = data["label"], 1
        while label.casefold() in gebruikt:
            teller += 1
            label = f"{data['label']} ({teller})"
        gebruikt.add(label.casefold())
        labels[knoop] = label
    soorten = {"thema": "Thema", "schakel": "Schakel", "ingredient": "Ingrediënt"}
    elementen = []
    for knoop, data in graaf.nodes(data=True):
        element: dict[str, object] = {"label": labels[knoop], "type": soorten[data["soort"]],
                                      "stelsel-id": knoop}
        if data["soort"] == "schakel":
            element["tags"] = [p for p in data["posities"].split(", ") if p]
            element["positie"] = data["positie"]
            element["achtergrond"] = data["achtergrond"]
        elementen.append(element)
    verbindingen = [{"from": labels[a], "to": labels[b]} for a, b in graaf.edges()]
    data = {"elements": elementen, "connections": verbindingen}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------
# SVG: het tafelkleed


def _regels(tekst: str, breedte: int, hoogstens: int | None = None) -> list[str]:
    """Tekst in regels van ``breedte`` tekens; boven ``hoogstens`` regels afgekapt met …"""
    regels = textwrap.wrap(" ".join(tekst.split()), breedte, break_long_words=False,
                           break_on_hyphens=False) or [""]
    if hoogstens is not None and len(regels) > hoogstens:
        regels = regels[:hoogstens]
        regels[-1] = regels[-1][: breedte - 1].rstrip() + "…"
    return regels


def _tekst(x: float, y: float, regels: list[str], grootte: int, *, anker: str = "middle",
           kleur: str = "#000000", vet: bool = False, cursief: bool = False) -> str:
    """Een ``<text>`` met een ``<tspan>`` per regel, verticaal gecentreerd rond ``y``."""
    eerste = y - (len(regels) - 1) * grootte * 0.6 + grootte * 0.35
    stijl = (' font-weight="bold"' if vet else "") + (' font-style="italic"' if cursief else "")
    tspans = "".join(
        f'<tspan x="{x:.0f}" y="{eerste + n * grootte * 1.2:.0f}">{escape(r)}</tspan>'
        for n, r in enumerate(regels)
    )
    return (f'<text font-size="{grootte}" text-anchor="{anker}" fill="{kleur}"{stijl}>'
            f"{tspans}</text>")


def svg(netwerk: Netwerk) -> str:
    """Het afdrukbare tafelkleed (zie de moduletekst).

    De ingrediënten staan aan de rand met hun tekst langs de straal naar buiten, zoals op een
    papieren tafelkleed waar iedereen aan de buitenrand schrijft; zo overlappen ze niet.
    """
    plaatsing = plaats(netwerk)
    factor, papier = plaatsing.factor, plaatsing.papier
    breedte, hoogte = plaatsing.breedte, plaatsing.hoogte
    mx, my = plaatsing.midden
    schakels, plek = plaatsing.schakels, plaatsing.schakelplek
    rand, buiten = plaatsing.rand, plaatsing.ingredientplek

    delen: list[str] = []
    # Lijnen eerst, zodat de tekst erboven ligt.
    for s in schakels:
        x, y, _ = plek[s.id]
        delen.append(f'<line x1="{mx:.0f}" y1="{my:.0f}" x2="{x:.0f}" y2="{y:.0f}" '
                     'stroke="#7f8c8d" stroke-width="8"/>')
        kleur = KLEUREN[s.beste_positie or "onbekend"]
        for i in s.ingredienten:
            ix, iy = buiten[i]
            delen.append(f'<line x1="{x:.0f}" y1="{y:.0f}" x2="{ix:.0f}" y2="{iy:.0f}" '
                         f'stroke="{kleur}" stroke-width="4" stroke-opacity="0.55"/>')
    # Ingrediënten, met de tekst langs de straal naar buiten.
    gekoppeld = {i for s in schakels for i in s.ingredienten}
    for i in rand:
        x, y = buiten[i]
        los = i not in gekoppeld
        graden = math.degrees(math.atan2(y - my, x - mx))
        rechts = -90 <= graden <= 90
        draai_tekst = graden if rechts else graden + 180
        delen.append(
            f'<g transform="translate({x:.0f} {y:.0f}) rotate({draai_tekst:.1f})">'
            f'<circle r="12" fill="#ffffff" stroke="{"#b03a2e" if los else "#555555"}" '
            'stroke-width="5"/>'
            + _tekst(24 if rechts else -24, 0, _regels(netwerk.ingredient_tekst(i), 24, 2),
                     LETTER_INGREDIENT, anker="start" if rechts else "end", cursief=los)
            + "</g>"
        )
    # Het thema in het midden.
    delen.append(f'<circle cx="{mx:.0f}" cy="{my:.0f}" r="300" fill="#f4d03f" '
                 'stroke="#333333" stroke-width="8"/>')
    delen.append(_tekst(mx, my, _regels(netwerk.titel, 12, 4), LETTER_THEMA, vet=True))
    # Schakels als gekleurde kaartjes.
    for s in schakels:
        x, y, _ = plek[s.id]
        regels = _regels(s.label, 20)  # een schakel altijd helemaal, met naam en rol
        w = max(len(r) for r in regels) * LETTER_SCHAKEL * TEKENBREEDTE_VET + 60
        h = len(regels) * LETTER_SCHAKEL * 1.2 + 40
        kleur = KLEUREN[s.beste_positie or "onbekend"]
        delen.append(
            f"<g><title>{escape(s.label)}</title>"
            f'<rect x="{x - w / 2:.0f}" y="{y - h / 2:.0f}" width="{w:.0f}" height="{h:.0f}" '
            f'rx="24" fill="{kleur}" stroke="#222222" stroke-width="4"/>'
            + _tekst(x, y, regels, LETTER_SCHAKEL, kleur="#ffffff", vet=True) + "</g>"
        )
    # Titel linksboven, legenda linksonder.
    kleden = "Momentopname: " + ", ".join(f"{k.naam} ({k.datum.isoformat()})"
                                          for k in netwerk.kleden)
    kop = [
        _tekst(80, 110, [f"Tafelkleed: {netwerk.titel}"], 70, anker="start", vet=True),
        _tekst(80, 190, _regels(kleden, 90, 2), 34, anker="start"),
    ]
    legenda = []
    onder = hoogte - 80
    for n, positie in enumerate((*POSITIE_VOLGORDE, "onbekend")):
        y = onder - (7 - n) * 60
        naam = (methode.naam_van(methode.POSITIES_BETROKKENHEID, positie)
                if positie != "onbekend" else "Positie onbekend")
        legenda.append(f'<rect x="80" y="{y - 20:.0f}" width="60" height="40" rx="8" '
                       f'fill="{KLEUREN[positie]}"/>')
        legenda.append(_tekst(160, y, [naam], LETTER_LEGENDA, anker="start"))
    y = onder - 60
    legenda.append(f'<circle cx="110" cy="{y:.0f}" r="12" fill="#ffffff" stroke="#b03a2e" '
                   'stroke-width="5"/>')
    legenda.append(_tekst(160, y, ["Ingrediënt zonder schakel"], LETTER_LEGENDA, anker="start",
                          cursief=True))
    legenda.append(_tekst(80, onder, [f"Afdrukken op {papier} liggend of groter"], 30,
                          anker="start"))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{420 * factor:.0f}mm" '
        f'height="{297 * factor:.0f}mm" viewBox="0 0 {breedte:.0f} {hoogte:.0f}" '
        'font-family="Helvetica, Arial, sans-serif">\n'
        f"<title>{escape(f'Tafelkleed: {netwerk.titel}')}</title>\n"
        f'<rect width="{breedte:.0f}" height="{hoogte:.0f}" fill="#ffffff"/>\n'
        + "\n".join(delen + kop + legenda)
        + "\n</svg>\n"
    )
