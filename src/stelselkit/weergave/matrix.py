"""Het rapport van ``stelsel matrix`` in Markdown: de tabel posities × elementen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from stelselkit import methode
from stelselkit.analyse import Resultaat
from stelselkit.taal import inkorten
from stelselkit.weergave.sjablonen import cel, render

if TYPE_CHECKING:
    from stelselkit.analyse.matrix import Cel

# Hoe lang een aandachtspunt in de tabel mag zijn; de volledige tekst staat eronder.
KORT = 40


def celtekst(matrixcel: Cel) -> str:
    """De celtekst voor de tabel: nummer(s) en het begin van het eerste aandachtspunt."""
    if not matrixcel.punten:
        return "—"
    eerste, laatste = matrixcel.punten[0].nummer, matrixcel.punten[-1].nummer
    nummers = f"[{eerste}]" if eerste == laatste else f"[{eerste}–{laatste}]"
    tekst = f"{nummers} {inkorten(matrixcel.punten[0].tekst, KORT)}"
    if len(matrixcel.punten) > 1:
        tekst += f" (+{len(matrixcel.punten) - 1})"
    if matrixcel.opgepakt:
        tekst += " ✓"
    return cel(tekst)


def markdown(resultaat: Resultaat[Any], sjablonen: Path | None = None) -> str:
    return render(
        "rapport/matrix.md.j2",
        sjablonen,
        resultaat=resultaat,
        r=resultaat.details,
        elementnaam={e.id: e.naam for e in methode.ELEMENTEN},
        celtekst=celtekst,
    )
