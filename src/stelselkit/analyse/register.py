"""Het register: elke analyse die het contract volgt, expliciet geïmporteerd (zoals de regels
van yamllint). Geen modulenamen als tekst: wat hier niet staat, bestaat niet voor ``rapport``.

Een eigen module naast ``analyse/__init__.py``: de analyses importeren het contract uit het
pakket, en wie één analyse draait laadt zo niet alle andere.
"""

from __future__ import annotations

from typing import Any

# De volgorde is die van ``stelsel rapport`` (de index, de werkagenda, JSON). Netwerk en thema
# horen vooraan (het netwerk eerst) zodra ze hier staan.
from stelselkit.analyse import (
    Analyse,
    casus,
    matrix,
    netwerk,
    netwerkprogramma,
    omgeving,
    patroon,
    portfolio,
    programma,
    routekaart,
    thema,
    verantwoording,
    vermogen,
)

ANALYSES: tuple[Analyse[Any], ...] = (
    netwerk.ANALYSE, thema.ANALYSE, omgeving.ANALYSE, vermogen.ANALYSE, patroon.ANALYSE,
    matrix.ANALYSE, programma.ANALYSE, casus.ANALYSE, portfolio.ANALYSE,
    netwerkprogramma.ANALYSE, routekaart.ANALYSE,
    verantwoording.ANALYSE,
)


def analyse_van(naam: str) -> Analyse[Any]:
    """De analyse met deze naam uit het register."""
    return next(a for a in ANALYSES if a.naam == naam)
