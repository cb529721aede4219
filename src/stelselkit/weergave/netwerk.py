"""Het rapport van de netwerkanalyse en van twee momentopnamen, en het netwerk als
Mermaid-``flowchart`` met het thema in het midden."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stelselkit import methode
from stelselkit.analyse import Resultaat
from stelselkit.analyse.netwerkgraaf import KLEUREN, POSITIE_VOLGORDE, Netwerk
from stelselkit.taal import aantal
from stelselkit.weergave import mermaid as mm
from stelselkit.weergave.sjablonen import cel, render

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


def markdown(resultaat: Resultaat[Any], sjablonen: Path | None = None) -> str:
    """Het rapport van de netwerkanalyse (``templates/rapport/netwerk.md.j2``)."""
    a = resultaat.details
    netwerk = a.netwerk
    diagram, ingekort = mermaid(netwerk)
    zonder = [s.id for s in netwerk.schakels.values() if not s.posities]

    def rij(sleutel: str) -> dict[str, str]:
        s = netwerk.schakels[sleutel]
        return {
            "label": cel(s.label),
            "kant": s.kant,
            "ingredienten": cel(", ".join(netwerk.ingredient_tekst(i) for i in s.ingredienten)),
            "benadering": cel(s.benadering + (f" ({s.groep})" if s.groep else "")
                              if s.benadering else "—"),
            "verhaal": "ja" if s.verhaal else "nee",
            "uitgenodigd": "ja" if s.is_uitgenodigd else "nee",
        }

    tabellen = [
        {"naam": methode.naam_van(methode.POSITIES_BETROKKENHEID, p),
         "uitleg": next(t.uitleg for t in methode.POSITIES_BETROKKENHEID if t.id == p),
         "rijen": [rij(s) for s in wie]}
        for p, wie in a.per_positie().items()
    ]
    if zonder:
        tabellen.append({"naam": "Zonder positie", "uitleg": "nog niet vastgesteld",
                         "rijen": [rij(s) for s in zonder]})
    return render(
        "rapport/netwerk.md.j2",
        sjablonen,
        resultaat=resultaat,
        titel=netwerk.titel,
        kleden=netwerk.kleden,
        diagram=diagram,
        ingekort=ingekort,
        grens=MERMAID_GRENS,
        benadering=a.benadering,
        tabellen=tabellen,
        clusters=[[cel(netwerk.ingredient_tekst(i)) for i in c] for c in a.clusters],
        makelaars=[{"label": cel(netwerk.schakel_label(m.schakel)),
                    "verbindt": aantal(sum(len(c) for c in m.kleinere), "ingrediënt",
                                       "ingrediënten")}
                   for m in a.makelaars],
        bijdragen=[{"kleed": b.kleed,
                    "schakels": [cel(netwerk.schakel_label(s)) for s in b.nieuwe_schakels],
                    "ingredienten": [cel(netwerk.ingredient_tekst(i))
                                     for i in b.nieuwe_ingredienten]}
                   for b in netwerk.bijdragen] if len(netwerk.kleden) > 1 else [],
    )


def markdown_vergelijking(resultaat: Resultaat[Any], sjablonen: Path | None = None) -> str:
    """Twee momentopnamen naast elkaar (``templates/rapport/netwerk-vergelijk.md.j2``)."""
    v = resultaat.details
    return render(
        "rapport/netwerk-vergelijk.md.j2",
        sjablonen,
        resultaat=resultaat,
        oud=v.oud,
        nieuw=v.nieuw,
        bijgekomen=[cel(v.nieuw.schakel_label(s)) for s in v.bijgekomen],
        vertrokken=[cel(v.oud.schakel_label(s)) for s in v.vertrokken],
        verschuivingen=[{"label": cel(s.label), "van": s.van, "naar": s.naar,
                         "richting": s.richting} for s in v.verschuivingen],
        nieuwe_ingredienten=[cel(v.nieuw.ingredient_tekst(i)) for i in v.nieuwe_ingredienten],
        verdwenen_ingredienten=[cel(v.oud.ingredient_tekst(i))
                                for i in v.verdwenen_ingredienten],
    )
