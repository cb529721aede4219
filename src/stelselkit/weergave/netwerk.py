"""Het netwerk van een tafelkleed als Mermaid-``flowchart``: het thema in het midden."""

from __future__ import annotations

from stelselkit.analyse.netwerkgraaf import KLEUREN, POSITIE_VOLGORDE, Netwerk
from stelselkit.taal import aantal
from stelselkit.weergave import mermaid as mm

MERMAID_GRENS = 60  # boven zoveel knopen toont het diagram alleen schakels met een telling


def _tekstkleur(positie: str) -> str:
    return f"fill:{KLEUREN[positie]},color:#ffffff,stroke:#333333"


def mermaid(netwerk: Netwerk) -> tuple[str, bool]:
    """Een Mermaid-``flowchart`` met het thema in het midden; ``True`` als het is ingekort.

    Schakels staan om en om links en rechts van het thema, hun ingrediënten daarbuiten. Boven
    :data:`MERMAID_GRENS` knopen toont het diagram alleen de schakels, met het aantal
    ingrediënten per schakel.
    """
    schakels = sorted(
        netwerk.schakels.values(),
        key=lambda s: (POSITIE_VOLGORDE.index(s.beste_positie) if s.beste_positie else 9, s.id),
    )
    gekoppeld = {i for s in schakels for i in s.ingredienten}
    los = [i for i in netwerk.ingredienten if i not in gekoppeld]
    ingekort = 1 + len(schakels) + len(netwerk.ingredienten) > MERMAID_GRENS
    regels = ["flowchart LR", f'  t(("{mm.label(netwerk.titel)}")):::thema']
    sid = {s.id: f"s{n}" for n, s in enumerate(schakels, 1)}
    iid = {i: f"i{n}" for n, i in enumerate(netwerk.ingredienten, 1)}
    for s in schakels:
        klasse = s.beste_positie or "onbekend"
        label = mm.label(s.label)
        if ingekort:
            label += f"<br/>{aantal(len(s.ingredienten), 'ingrediënt', 'ingrediënten')}"
        regels.append(f'  {sid[s.id]}["{label}"]:::{klasse}')
    if not ingekort:
        for i in [i for i in netwerk.ingredienten if i in gekoppeld]:
            regels.append(f'  {iid[i]}["{mm.label(netwerk.ingredient_tekst(i))}"]'
                          ":::ingredient")
    kant: dict[str, bool] = {}  # ingrediënt → links van het thema
    for n, s in enumerate(schakels):
        links = n % 2 == 0
        regels.append(f"  {sid[s.id]} --- t" if links else f"  t --- {sid[s.id]}")
        if ingekort:
            continue
        for i in s.ingredienten:
            kant.setdefault(i, links)
            regels.append(f"  {iid[i]} --- {sid[s.id]}" if kant[i] else
                          f"  {sid[s.id]} --- {iid[i]}")
    if los:
        regels.append('  subgraph zonder["Nog zonder schakel"]')
        if ingekort:
            regels.append(f'    l1["{aantal(len(los), "ingrediënt", "ingrediënten")}"]:::los')
        else:
            for i in los:
                regels.append(f'    {iid[i]}["{mm.label(netwerk.ingredient_tekst(i))}"]'
                              ":::los")
        regels.append("  end")
    regels.append("  classDef thema fill:#f4d03f,color:#000000,stroke:#333333,stroke-width:3px")
    for positie in (*POSITIE_VOLGORDE, "onbekend"):
        regels.append(f"  classDef {positie} {_tekstkleur(positie)}")
    regels.append("  classDef ingredient fill:#fdfefe,color:#000000,stroke:#999999")
    regels.append("  classDef los fill:#fdfefe,color:#000000,stroke:#b03a2e,"
                  "stroke-dasharray:4 3")
    return "\n".join(regels), ingekort
