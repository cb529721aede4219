"""Resultaat → Markdown: per analyse het sjabloon en wat het sjabloon te zien krijgt.

Dit is de enige plek die een :class:`~stelselkit.analyse.Resultaat` tot een rapport maakt.
Elk rapport gebruikt de macro's van ``templates/rapport/_bevindingen.md.j2`` voor de kerncijfers
en de bevindingen, zodat ze in elk rapport hetzelfde staan.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stelselkit import methode
from stelselkit.analyse import Resultaat
from stelselkit.weergave import (
    matrix,
    mermaid,
    netwerk,
    netwerkprogramma,
    omgeving,
    programma,
    routekaart,
    thema,
    verantwoording,
)
from stelselkit.weergave.sjablonen import render


def _patroon(resultaat: Resultaat[Any], sjablonen: Path | None) -> str:
    sessies = resultaat.details.sessies
    return render(
        "rapport/patroon.md.j2",
        sjablonen,
        resultaat=resultaat,
        sessies=sessies,
        kruisen={s.id: mermaid.kruis(s) for s in sessies},
        kwadrantnamen={k.id: k.naam for k in methode.KWADRANTEN},
    )


def _casus(resultaat: Resultaat[Any], sjablonen: Path | None) -> str:
    return render("rapport/casus.md.j2", sjablonen, resultaat=resultaat)


def _vermogen(resultaat: Resultaat[Any], sjablonen: Path | None) -> str:
    from stelselkit.analyse import vermogen

    return render(
        "rapport/vermogen.md.j2",
        sjablonen,
        resultaat=resultaat,
        r=resultaat.details,
        elementen=methode.VERMOGEN_ELEMENTEN,
        schaal=methode.VERMOGEN_SCHAAL,
        score_tekst=vermogen.score_tekst,
        eigen_oordeel=vermogen.EIGEN_OORDEEL,
        afspraakstatus=vermogen.afspraakstatus,
        posities_in=vermogen.posities_in,
    )


def _routekaart(resultaat: Resultaat[Any], sjablonen: Path | None) -> str:
    # De bevindingen van het resultaat (met de dossierfout vooraan, als die er is).
    beeld = dataclasses.replace(resultaat.details, bevindingen=list(resultaat.bevindingen))
    return routekaart.markdown([beeld], sjablonen)


def _portfolio(resultaat: Resultaat[Any], sjablonen: Path | None) -> str:
    return render("rapport/portfolio.md.j2", sjablonen, resultaat=resultaat,
                  stand=resultaat.details)


# Per analyse in het register: hoe haar resultaat een rapport wordt.
RAPPORTEN: dict[str, Callable[[Resultaat[Any], Path | None], str]] = {
    "netwerk": netwerk.markdown,
    "netwerk-vergelijk": netwerk.markdown_vergelijking,
    "thema": thema.markdown,
    "patroon": _patroon,
    "casus": _casus,
    "vermogen": _vermogen,
    "portfolio": _portfolio,
    "netwerkprogramma": netwerkprogramma.markdown,
    "omgeving": omgeving.markdown,
    "matrix": matrix.markdown,
    "programma": programma.markdown,
    "routekaart": _routekaart,
    "verantwoording": verantwoording.markdown,
}


def markdown(resultaat: Resultaat[Any], sjablonen: Path | None = None) -> str:
    """Het rapport van een resultaat in Markdown (``sjablonen``: eigen huisstijl-sjablonen)."""
    return RAPPORTEN[resultaat.analyse](resultaat, sjablonen)
