"""Het rapport van de thema-analyse: knooppuntendiagram, tijdlijn en de sjabloonwaarden."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stelselkit.analyse import Resultaat
from stelselkit.analyse.thema import ThemaUitkomst
from stelselkit.analyse.tijdlijn import VOORBEREIDING_MINIMUM_DAGEN, tijdlijnrijen
from stelselkit.taal import aantal
from stelselkit.weergave import mermaid
from stelselkit.weergave.sjablonen import render

# Hoeveel knooppunten het rapport toont en tekent.
RAPPORT_KNOOPPUNTEN = 15
DIAGRAM_KNOOPPUNTEN = 6


def knooppuntendiagram(uitkomst: ThemaUitkomst) -> list[str]:
    """Het nodale netwerk, klein genoeg om te lezen: de sterkste knooppunten (met in hoeveel
    bronnen ze staan), verbonden als ze minstens de helft van hun bronnen delen; op de lijn het
    aantal gedeelde bronnen. De volledige lijst staat in de tabel erboven."""
    top = uitkomst.knooppunten[:DIAGRAM_KNOOPPUNTEN]
    regels = ["flowchart LR"]
    for i, knooppunt in enumerate(top, start=1):
        regels.append(f'    k{i}(["{i}. {mermaid.label(knooppunt.term)}<br/>'
                      f'{aantal(len(knooppunt.bronnen), "bron", "bronnen")}"])')
    for i, a in enumerate(top, start=1):
        for j, b in enumerate(top[i:], start=i + 1):
            gedeeld = len(set(a.bronnen) & set(b.bronnen))
            # Alleen sterke banden: ten minste de helft van de bronnen van de kleinste.
            if gedeeld and 2 * gedeeld >= min(len(a.bronnen), len(b.bronnen)):
                regels.append(f'    k{i} ---|"{gedeeld}"| k{j}')
    return regels


def markdown(resultaat: Resultaat[Any], sjablonen: Path | None = None) -> str:
    """Het rapport in Markdown, via ``templates/rapport/thema.md.j2``."""
    analyses = resultaat.details.analyses
    return render(
        "rapport/thema.md.j2",
        sjablonen,
        resultaat=resultaat,
        analyses=analyses,
        diagrammen={a.id: knooppuntendiagram(a) for a in analyses},
        tijdlijnen={a.id: tijdlijnrijen(a.tijdlijn) for a in analyses},
        rapport_knooppunten=RAPPORT_KNOOPPUNTEN,
        minimum_dagen=VOORBEREIDING_MINIMUM_DAGEN,
    )
