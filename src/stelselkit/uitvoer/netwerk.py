"""Het netwerk van een tafelkleed naar andere programma's, en als afdrukbaar tafelkleed.

Formaten, zodat niemand vastzit; elk volgens zijn eigen specificatie (zie de tests):

- ``gexf`` (Gephi): GEXF 1.2 (namespace ``http://www.gexf.net/1.2``), geldig volgens de XSD van
  GEXF 1.2; eigenschappen als GEXF-attributen, zodat Gephi op ``positie`` kan kleuren;
- ``graphml`` (yEd, Cytoscape): GraphML met yEd's ``y:ShapeNode``: elke knoop heeft zijn label,
  een kleur per positie van betrokkenheid en een plek (de indeling van het tafelkleed), zodat
  yEd meteen een leesbaar netwerk toont;
- ``csv``: twee bestanden zoals spreadsheets en Gephi's importwizard ze verwachten, een met de
  knopen (``Id;Label;…``) en een met de verbindingen (``Source;Target;Type;…``); UTF-8 met BOM
  en ``;`` als scheidingsteken, zodat Excel met Nederlandse instellingen ze goed opent;
- ``xlsx``: één werkmap met de bladen ``knopen`` en ``verbindingen`` (openpyxl);
- ``kumu``: Kumu's JSON-import met ``elements`` en ``connections``; de verbindingen hebben een
  type (de positie van betrokkenheid van de schakel, of ``Ingrediënt``); labels zijn uniek
  gemaakt, want Kumu koppelt verbindingen op label;
- ``svg``: een tafelkleed om af te drukken (zie :func:`svg`).

Contactgegevens staan niet in het netwerk (zie :mod:`stelselkit.analyse.netwerkgraaf`), dus
ook niet in een export.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
import textwrap
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from stelselkit import methode
from stelselkit.analyse.netwerkgraaf import (
    KLEUREN,
    POSITIE_VOLGORDE,
    THEMA,
    Netwerk,
    bouw_graaf,
    knoop_ingredient,
    knoop_schakel,
    uit_knoop,
)
from stelselkit.kleuren import THEMA as THEMA_KLEUR
from stelselkit.weergave.plaatsing import (
    A3_BREEDTE,
    A3_HOOGTE,
    PAPIER,
    SCHAKELS_OP_A3,
    plaats,
)
from stelselkit.weergave.xmltekst import escape, schoon


def exporteer(netwerk: Netwerk, formaat: str) -> str:
    """Het netwerk als tekst: ``gexf``, ``graphml``, ``kumu`` of ``svg`` (csv: :func:`als_csv`,
    xlsx: :func:`als_xlsx`)."""
    return {
        "gexf": gexf,
        "graphml": graphml,
        "kumu": kumu,
        "svg": svg,
    }[formaat](netwerk)


EIGENSCHAPPEN = ("soort", "positie", "posities", "achtergrond", "kant")
GEXF_NS = "http://www.gexf.net/1.2"


def _datum(netwerk: Netwerk) -> dt.date:
    """De datum van de nieuwste momentopname: het netwerk is van toen, niet van vandaag. Bij
    een datum van maand of jaar de eerste dag ervan (de GEXF-datum is altijd een dag)."""
    return max(k.datum for k in netwerk.kleden).begin


def _xml(wortel: ET.Element) -> str:
    """Het document; ElementTree escapet ``&<>"`` maar laat stuurtekens staan, die XML 1.0
    verbiedt: :func:`~stelselkit.weergave.xmltekst.schoon` haalt ze weg."""
    ET.indent(wortel, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + schoon(ET.tostring(
        wortel, encoding="unicode")) + "\n"


def gexf(netwerk: Netwerk) -> str:
    """GEXF 1.2, geldig volgens de XSD; als datum de nieuwste momentopname."""
    graaf = bouw_graaf(netwerk)
    wortel = ET.Element("gexf", {"xmlns": GEXF_NS, "version": "1.2"})
    meta = ET.SubElement(wortel, "meta", {"lastmodifieddate": _datum(netwerk).isoformat()})
    ET.SubElement(meta, "creator").text = "stelselkit"
    ET.SubElement(meta, "description").text = f"Tafelkleed: {netwerk.titel}"
    g = ET.SubElement(wortel, "graph", {"defaultedgetype": "undirected", "mode": "static"})
    knoopattributen = ET.SubElement(g, "attributes", {"class": "node"})
    for n, naam in enumerate(EIGENSCHAPPEN):
        ET.SubElement(knoopattributen, "attribute", {"id": str(n), "title": naam,
                                                     "type": "string"})
    lijnattributen = ET.SubElement(g, "attributes", {"class": "edge"})
    ET.SubElement(lijnattributen, "attribute", {"id": "0", "title": "soort", "type": "string"})
    knopen = ET.SubElement(g, "nodes", {"count": str(graaf.number_of_nodes())})
    for knoop, data in graaf.nodes(data=True):
        element = ET.SubElement(knopen, "node", {"id": knoop,
                                                 "label": " ".join(data["label"].split())})
        waarden = ET.SubElement(element, "attvalues")
        for n, naam in enumerate(EIGENSCHAPPEN):
            if data[naam]:
                ET.SubElement(waarden, "attvalue", {"for": str(n), "value": data[naam]})
    lijnen = ET.SubElement(g, "edges", {"count": str(graaf.number_of_edges())})
    for n, (bron, doel, data) in enumerate(graaf.edges(data=True)):
        lijn = ET.SubElement(lijnen, "edge", {"id": str(n), "source": bron, "target": doel})
        ET.SubElement(ET.SubElement(lijn, "attvalues"), "attvalue",
                      {"for": "0", "value": data["soort"]})
    return _xml(wortel)


GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
YED_NS = "http://www.yworks.com/xml/graphml"


def _tekstkleur(achtergrond: str) -> str:
    """Wit of zwart, wat het best leesbaar is op deze achtergrond."""
    from stelselkit.kleuren import contrast

    return "#FFFFFF" if contrast("#ffffff", achtergrond) >= contrast("#000000",
                                                                      achtergrond) else "#000000"


def _indeling(netwerk: Netwerk) -> dict[str, tuple[float, float]]:
    """Per knoop van :func:`bouw_graaf` zijn plek op het tafelkleed."""
    plaatsing = plaats(netwerk)
    plekken = {THEMA: plaatsing.midden}
    plekken.update({knoop_schakel(k): (x, y) for k, (x, y, _) in plaatsing.schakelplek.items()})
    plekken.update({knoop_ingredient(k): xy for k, xy in plaatsing.ingredientplek.items()})
    return plekken


def graphml(netwerk: Netwerk) -> str:
    """GraphML met yEd-knopen: label, kleur per positie en de plek van het tafelkleed."""
    graaf = bouw_graaf(netwerk)
    wortel = ET.Element("graphml", {
        "xmlns": GRAPHML_NS, "xmlns:y": YED_NS,
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": f"{GRAPHML_NS} http://www.yworks.com/xml/schema/graphml/1.1/"
                              "ygraphml.xsd",
    })
    ET.SubElement(wortel, "key", {"id": "label", "for": "node", "attr.name": "label",
                                  "attr.type": "string"})
    for naam in EIGENSCHAPPEN:
        ET.SubElement(wortel, "key", {"id": naam, "for": "node", "attr.name": naam,
                                      "attr.type": "string"})
    ET.SubElement(wortel, "key", {"id": "lijnsoort", "for": "edge", "attr.name": "soort",
                                  "attr.type": "string"})
    ET.SubElement(wortel, "key", {"id": "yed", "for": "node", "yfiles.type": "nodegraphics"})
    g = ET.SubElement(wortel, "graph", {"id": "tafelkleed", "edgedefault": "undirected"})
    plekken = _indeling(netwerk)
    for knoop, data in graaf.nodes(data=True):
        element = ET.SubElement(g, "node", {"id": knoop})
        ET.SubElement(element, "data", {"key": "label"}).text = data["label"]
        for naam in EIGENSCHAPPEN:
            if data[naam]:
                ET.SubElement(element, "data", {"key": naam}).text = data[naam]
        soort, _ = uit_knoop(knoop)
        if soort == "schakel":
            kleur, vorm = KLEUREN[data["positie"]], "roundrectangle"
        elif knoop == THEMA:
            kleur, vorm = THEMA_KLEUR, "ellipse"
        else:
            kleur, vorm = "#FFFFFF", "rectangle"
        regels = _regels(data["label"], 28)
        breedte = max(len(r) for r in regels) * 7.5 + 24
        hoogte = len(regels) * 16 + 16
        x, y = plekken[knoop]
        vak = ET.SubElement(ET.SubElement(element, "data", {"key": "yed"}), "y:ShapeNode")
        ET.SubElement(vak, "y:Geometry", {"x": f"{x / 2.5 - breedte / 2:.1f}",
                                          "y": f"{y / 2.5 - hoogte / 2:.1f}",
                                          "width": f"{breedte:.1f}", "height": f"{hoogte:.1f}"})
        ET.SubElement(vak, "y:Fill", {"color": kleur.upper(), "transparent": "false"})
        ET.SubElement(vak, "y:BorderStyle", {"color": "#333333", "type": "line",
                                             "width": "1.0"})
        label = ET.SubElement(vak, "y:NodeLabel", {
            "alignment": "center", "autoSizePolicy": "content", "fontFamily": "Dialog",
            "fontSize": "12", "fontStyle": "bold" if soort != "ingredient" else "plain",
            "modelName": "internal", "modelPosition": "c",
            "textColor": _tekstkleur(kleur), "visible": "true",
        })
        label.text = "\n".join(regels)
        ET.SubElement(vak, "y:Shape", {"type": vorm})
    for n, (bron, doel, data) in enumerate(graaf.edges(data=True)):
        lijn = ET.SubElement(g, "edge", {"id": f"e{n}", "source": bron, "target": doel})
        ET.SubElement(lijn, "data", {"key": "lijnsoort"}).text = data["soort"]
    return _xml(wortel)


CSV_SCHEIDING = ";"
KNOOP_KOLOMMEN = ("Id", "Label", *EIGENSCHAPPEN)
VERBINDING_KOLOMMEN = ("Source", "Target", "Type", "soort")


def _tabellen(netwerk: Netwerk) -> tuple[list[list[str]], list[list[str]]]:
    """De knopen en de verbindingen als tabellen met kopregel (Gephi's kolomnamen)."""
    graaf = bouw_graaf(netwerk)
    knopen = [list(KNOOP_KOLOMMEN)] + [
        [knoop, data["label"], *(data[n] for n in EIGENSCHAPPEN)]
        for knoop, data in graaf.nodes(data=True)
    ]
    verbindingen = [list(VERBINDING_KOLOMMEN)] + [
        [bron, doel, "Undirected", data["soort"]] for bron, doel, data in graaf.edges(data=True)
    ]
    return knopen, verbindingen


# Een cel die hiermee begint, leest een spreadsheet als formule (=, +, -, @) of als begin van
# een formule na een tab of regeleinde: CSV-injectie (OWASP).
FORMULE_BEGIN = ("=", "+", "-", "@", "\t", "\r")


def spreadsheetcel(tekst: str) -> str:
    """Een cel die een spreadsheet nooit als formule leest: begint ze met een teken uit
    :data:`FORMULE_BEGIN`, dan komt er een ``'`` voor (zoals OWASP aanraadt)."""
    return "'" + tekst if tekst.startswith(FORMULE_BEGIN) else tekst


def als_csv(netwerk: Netwerk) -> tuple[str, str]:
    """Twee CSV-bestanden (knopen, verbindingen): UTF-8 met BOM, ``;`` als scheiding; geen cel
    wordt een formule (:func:`spreadsheetcel`)."""

    def tekst(rijen: list[list[str]]) -> str:
        uit = io.StringIO()
        csv.writer(uit, delimiter=CSV_SCHEIDING, lineterminator="\r\n").writerows(
            [spreadsheetcel(cel) for cel in rij] for rij in rijen)
        return "\ufeff" + uit.getvalue()

    knopen, verbindingen = _tabellen(netwerk)
    return tekst(knopen), tekst(verbindingen)


def als_xlsx(netwerk: Netwerk) -> bytes:
    """Eén werkmap met de bladen ``knopen`` en ``verbindingen``; dezelfde invoer geeft
    dezelfde bytes (vaste datum in de eigenschappen en in het zip-archief).

    Elke cel is tekst (type ``s``), ook een die met ``=`` begint: openpyxl zou daar anders een
    formule van maken. Zo staat in de cel precies wat in het dossier staat."""
    from openpyxl import Workbook

    werkmap = Workbook()
    blad = werkmap.active
    assert blad is not None
    knopen, verbindingen = _tabellen(netwerk)
    for titel, rijen, bladnu in (("knopen", knopen, blad),
                                 ("verbindingen", verbindingen, werkmap.create_sheet())):
        bladnu.title = titel
        for r, rij in enumerate(rijen, start=1):
            for k, waarde in enumerate(rij, start=1):
                cel = bladnu.cell(row=r, column=k, value=schoon(waarde))
                cel.data_type = "s"
        bladnu.freeze_panes = "A2"
    moment = dt.datetime.combine(_datum(netwerk), dt.time())
    werkmap.properties.creator = "stelselkit"
    werkmap.properties.title = f"Tafelkleed: {netwerk.titel}"
    werkmap.properties.created = moment
    ruw = io.BytesIO()
    werkmap.save(ruw)  # openpyxl zet 'modified' hier op de klok; hieronder weer op de data
    vast = io.BytesIO()
    gewijzigd = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
    stempel = moment.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(ruw) as bron, zipfile.ZipFile(vast, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            kopie = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            kopie.compress_type = zipfile.ZIP_DEFLATED
            inhoud = bron.read(info.filename)
            if info.filename == "docProps/core.xml":
                inhoud = gewijzigd.sub(rb"\g<1>" + stempel + rb"\g<2>", inhoud)
            doel.writestr(kopie, inhoud)
    return vast.getvalue()


def kumu(netwerk: Netwerk) -> str:
    """Kumu-JSON: elementen met type en tags, verbindingen met een type (de positie)."""
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

    def lijntype(a: str, b: str) -> str:
        schakel = a if uit_knoop(a)[0] == "schakel" else b
        if THEMA in (a, b):
            return _positienaam(graaf.nodes[schakel]["positie"])
        return "Ingrediënt"

    verbindingen = [{"from": labels[a], "to": labels[b], "type": lijntype(a, b),
                     "direction": "undirected"} for a, b in graaf.edges()]
    data = {"elements": elementen, "connections": verbindingen}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _positienaam(positie: str) -> str:
    return (methode.naam_van(methode.POSITIES_BETROKKENHEID, positie)
            if positie != "onbekend" else "Positie onbekend")


# ---------------------------------------------------------------------------------------------
# SVG: het tafelkleed

# SVG: eenheden van 0,1 mm op A3 liggend (420 × 297 mm); de plaatsing staat in weergave/plaatsing.
LETTER_THEMA = 90  # 9 mm ≈ 25 pt
LETTER_SCHAKEL = 42  # 4,2 mm ≈ 12 pt
LETTER_INGREDIENT = 36  # 3,6 mm ≈ 10 pt
LETTER_LEGENDA = 40
TEKENBREEDTE_VET = 0.64  # gemiddelde breedte van een vet teken, als deel van de lettergrootte



def _regels(tekst: str, breedte: int) -> list[str]:
    """Tekst in regels van hooguit ``breedte`` tekens (een lang woord krijgt een eigen regel);
    nooit afgekapt."""
    return textwrap.wrap(" ".join(tekst.split()), breedte, break_long_words=False,
                         break_on_hyphens=False) or [""]


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


LETTER_MIN = 32  # 3,2 mm ≈ 9 pt: de kleinste letter op het vel
LETTER_NUMMER = 34  # ≈ 9,6 pt: nummers en de genummerde lijst
TEKENBREEDTE = 0.55  # gemiddelde breedte van een gewoon teken, als deel van de lettergrootte
RADIAAL = 560  # ruimte (0,1 mm op A3) van de rand van het kleed tot de rand van het vel
PAPIERMATEN: dict[str, float] = dict((naam, maat) for maat, naam in PAPIER)


@dataclass(frozen=True)
class Vel:
    """Het gekozen papier en hoe de ingrediënten erop staan."""

    factor: float
    naam: str
    genummerd: bool  # ingrediënten als nummers met een lijst ernaast
    kolommen: int = 0  # kolommen van de genummerde lijst
    tekens: int = 0  # tekens per regel in die lijst


def _omtrek(a: float, b: float) -> float:
    """De omtrek van een ellips (Ramanujan)."""
    return math.pi * (3 * (a + b) - math.sqrt((3 * a + b) * (a + 3 * b)))


def _rand_past(netwerk: Netwerk, factor: float) -> bool:
    """Past elk ingrediënt helemaal aan de rand, in de gewone letter (≈ 10 pt)?"""
    boog = _omtrek(1480 * factor, 860 * factor) / max(len(netwerk.ingredienten), 1)
    regels = max(1, int(boog / (LETTER_INGREDIENT * 1.2)))
    tekens = int(RADIAAL * factor / (LETTER_INGREDIENT * TEKENBREEDTE))
    return all(len(_regels(netwerk.ingredient_tekst(i), tekens)) <= regels
               for i in netwerk.ingredienten)


def _lijst_past(netwerk: Netwerk, factor: float) -> tuple[int, int] | None:
    """(kolommen, tekens per regel) van de genummerde lijst rechts op het vel, of ``None``."""
    breedte = A3_BREEDTE * factor * 0.36 - 80
    per_kolom = int((A3_HOOGTE * factor - 380) / (LETTER_NUMMER * 1.2))
    for kolommen in range(1, 5):
        tekens = int(breedte / kolommen / (LETTER_NUMMER * TEKENBREEDTE)) - 5
        if tekens < 12:
            return None
        gevuld, kolom = 0, 1
        for i in netwerk.ingredienten:
            nodig = len(_regels(netwerk.ingredient_tekst(i), tekens))
            if gevuld + nodig > per_kolom:
                kolom, gevuld = kolom + 1, 0
            gevuld += nodig
        if kolom <= kolommen:
            return kolommen, tekens
    return None


def kies_vel(netwerk: Netwerk, papier: str | None = None) -> Vel:
    """Het papier: het gevraagde, of het kleinste waarop elke tekst ten minste 9 pt is en niets
    wordt afgekapt. Past de rand op het gevraagde vel niet, dan worden de ingrediënten nummers
    met een lijst ernaast; past ook dat niet, dan is het vel te klein (GebruiksFout)."""
    from stelselkit.fouten import GebruiksFout

    minimum = math.sqrt(len(netwerk.schakels) / SCHAKELS_OP_A3)  # de ring van schakels
    if papier is None:
        for maat, naam in PAPIER:
            if maat >= minimum and _rand_past(netwerk, maat):
                return Vel(maat, naam, genummerd=False)
        papier = "A0"
    factor = PAPIERMATEN[papier]
    if _rand_past(netwerk, factor):
        return Vel(factor, papier, genummerd=False)
    lijst = _lijst_past(netwerk, factor)
    if lijst is None:
        raise GebruiksFout(
            f"het tafelkleed past niet leesbaar op {papier} ({len(netwerk.ingredienten)} "
            "ingrediënten); kies een groter vel met --papier")
    return Vel(factor, papier, genummerd=True, kolommen=lijst[0], tekens=lijst[1])


def svg(netwerk: Netwerk, papier: str | None = None) -> str:
    """Het afdrukbare tafelkleed: het thema in het midden, de schakels in een ring, de
    ingrediënten aan de rand, een kleur per positie van betrokkenheid en een legenda.

    Elke tekst is ten minste 9 pt bij afdrukken op het gekozen vel (A3 tot A0, liggend) en
    niets wordt afgekapt. De ingrediënten staan aan de rand met hun tekst langs de straal naar
    buiten, zoals op een papieren tafelkleed; is daar te weinig ruimte op het gekozen vel, dan
    krijgen ze een nummer en staat hun tekst in een genummerde lijst rechts.
    """
    vel = kies_vel(netwerk, papier)
    plaatsing = plaats(netwerk, (vel.factor, vel.naam))
    factor = vel.factor
    breedte, hoogte = plaatsing.breedte, plaatsing.hoogte
    schakels = plaatsing.schakels
    rand = plaatsing.rand
    # Genummerd: zonder teksten aan de rand kan het kleed de linkerkant van het vel vullen
    # (smaller, maar hoger); de lijst komt rechts.
    mx0, my = plaatsing.midden
    if vel.genummerd:
        links = breedte * 0.32
        kx = (breedte * 0.30 - 60) / (1480 * factor)
        ky = min(1.25, (hoogte / 2 - 320) / (860 * factor))
    else:
        links, kx, ky = mx0, 1.0, 1.0
    krimp = min(kx, ky)

    def xy(x: float, y: float) -> tuple[float, float]:
        return links + (x - mx0) * kx, my + (y - my) * ky

    mx = links
    plek = {k: (*xy(x, y), h) for k, (x, y, h) in plaatsing.schakelplek.items()}
    buiten = {k: xy(x, y) for k, (x, y) in plaatsing.ingredientplek.items()}
    nummer = {i: n for n, i in enumerate(rand, start=1)}
    letter_schakel = LETTER_SCHAKEL if not vel.genummerd else LETTER_NUMMER

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
    gekoppeld = {i for s in schakels for i in s.ingredienten}
    tekens = int(RADIAAL * factor / (LETTER_INGREDIENT * TEKENBREEDTE))
    for i in rand:
        x, y = buiten[i]
        los = i not in gekoppeld
        rand_kleur = "#b03a2e" if los else "#555555"
        if vel.genummerd:
            delen.append(
                f'<circle cx="{x:.0f}" cy="{y:.0f}" r="27" fill="#ffffff" stroke="{rand_kleur}" '
                'stroke-width="5"/>'
                + _tekst(x, y, [str(nummer[i])], LETTER_MIN, vet=True, cursief=los))
            continue
        graden = math.degrees(math.atan2(y - my, x - mx))
        rechts = -90 <= graden <= 90
        draai_tekst = graden if rechts else graden + 180
        delen.append(
            f'<g transform="translate({x:.0f} {y:.0f}) rotate({draai_tekst:.1f})">'
            f'<circle r="12" fill="#ffffff" stroke="{rand_kleur}" stroke-width="5"/>'
            + _tekst(24 if rechts else -24, 0, _regels(netwerk.ingredient_tekst(i), tekens),
                     LETTER_INGREDIENT, anker="start" if rechts else "end", cursief=los)
            + "</g>"
        )
    # Het thema in het midden.
    delen.append(f'<circle cx="{mx:.0f}" cy="{my:.0f}" r="{300 * krimp:.0f}" '
                 f'fill="{THEMA_KLEUR}" stroke="#333333" stroke-width="8"/>')
    delen.append(_tekst(mx, my, _regels(netwerk.titel, 12 if krimp == 1 else 10),
                        LETTER_THEMA if krimp == 1 else 60, vet=True))
    # Schakels als gekleurde kaartjes, altijd helemaal (naam en rol).
    for s in schakels:
        x, y, _ = plek[s.id]
        regels = _regels(s.label, 20)
        w = max(len(r) for r in regels) * letter_schakel * TEKENBREEDTE_VET + 60
        h = len(regels) * letter_schakel * 1.2 + 40
        kleur = KLEUREN[s.beste_positie or "onbekend"]
        delen.append(
            f"<g><title>{escape(s.label)}</title>"
            f'<rect x="{x - w / 2:.0f}" y="{y - h / 2:.0f}" width="{w:.0f}" height="{h:.0f}" '
            f'rx="24" fill="{kleur}" stroke="#222222" stroke-width="4"/>'
            + _tekst(x, y, regels, letter_schakel, kleur="#ffffff", vet=True) + "</g>"
        )
    if vel.genummerd:
        delen += _genummerde_lijst(netwerk, rand, vel, breedte, hoogte, gekoppeld)
    # Titel linksboven, legenda linksonder.
    kleden = "Momentopname: " + ", ".join(f"{k.naam} ({k.datum.isoformat()})"
                                          for k in netwerk.kleden)
    kop = [
        _tekst(80, 110, [f"Tafelkleed: {netwerk.titel}"], 70, anker="start", vet=True),
        _tekst(80, 190, _regels(kleden, 90), 34, anker="start"),
    ]
    legenda = []
    onder = hoogte - 80
    for n, positie in enumerate((*POSITIE_VOLGORDE, "onbekend")):
        y = onder - (7 - n) * 60
        legenda.append(f'<rect x="80" y="{y - 20:.0f}" width="60" height="40" rx="8" '
                       f'fill="{KLEUREN[positie]}"/>')
        legenda.append(_tekst(160, y, [_positienaam(positie)], LETTER_LEGENDA, anker="start"))
    y = onder - 60
    legenda.append(f'<circle cx="110" cy="{y:.0f}" r="12" fill="#ffffff" stroke="#b03a2e" '
                   'stroke-width="5"/>')
    legenda.append(_tekst(160, y, ["Ingrediënt zonder schakel"], LETTER_LEGENDA, anker="start",
                          cursief=True))
    legenda.append(_tekst(80, onder, [f"Afdrukken op {vel.naam} liggend: elke tekst is dan "
                                      "ten minste 9 pt"], LETTER_NUMMER, anker="start"))
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


def _genummerde_lijst(netwerk: Netwerk, rand: tuple[str, ...], vel: Vel, breedte: float,
                      hoogte: float, gekoppeld: set[str]) -> list[str]:
    """De ingrediënten als genummerde lijst in kolommen rechts op het vel."""
    x0 = breedte * 0.64
    kolombreedte = (breedte - 80 - x0) / vel.kolommen
    regelhoogte = LETTER_NUMMER * 1.2
    boven = 300
    per_kolom = int((hoogte - 380) / regelhoogte)
    delen = [_tekst(x0, boven - 60, ["Ingrediënten"], LETTER_LEGENDA, anker="start", vet=True)]
    kolom, gevuld = 0, 0
    for n, i in enumerate(rand, start=1):
        regels = _regels(netwerk.ingredient_tekst(i), vel.tekens)
        if gevuld + len(regels) > per_kolom:
            kolom, gevuld = kolom + 1, 0
        x = x0 + kolom * kolombreedte
        y = boven + gevuld * regelhoogte
        los = i not in gekoppeld
        delen.append(f'<text font-size="{LETTER_NUMMER}" fill="#000000" font-weight="bold">'
                     f'<tspan x="{x + 70:.0f}" y="{y:.0f}" text-anchor="end">{n}</tspan></text>')
        delen.append(
            f'<text font-size="{LETTER_NUMMER}" fill="#000000"'
            + (' font-style="italic"' if los else "") + ">"
            + "".join(f'<tspan x="{x + 90:.0f}" y="{y + k * regelhoogte:.0f}">{escape(r)}'
                      "</tspan>" for k, r in enumerate(regels))
            + "</text>")
        gevuld += len(regels)
    return delen
