"""``stelsel verloop [DOSSIER|BESTAND]``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    UitOptie,
    foutgrens,
    json_tekst,
    lever,
)


@foutgrens
def verloop(
    pad: Annotated[Path, typer.Argument(help="een dossiermap of één bestand daarin")] = Path("."),
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    svg: Annotated[
        Path | None, typer.Option("--svg", help="schrijf ook een grafiek (SVG) naar dit bestand")
    ] = None,
    openbaar: OpenbaarOptie = False,
) -> None:
    """Lees de git-geschiedenis: wat er per periode in de buurt gebeurde (schakels erbij, weg
    of met een andere positie, gekoppelde ingrediënten, tafelkleden, vermogen, gedane
    activiteiten), en een grafiek van de maten die veranderden, met datums op de as.

    Exitcode 0: klaar. 2: verkeerd gebruik (geen dossier, geen git).
    """
    from stelselkit.opdrachten.verloop import verloop as uitvoeren
    from stelselkit.uitvoer.schrijven import controleer_uitvoer, schrijf_uitvoer
    from stelselkit.weergave.verloop import markdown
    from stelselkit.weergave.verloop import svg as teken

    # Een --uit of --svg die niet mag, meteen weigeren: niet pas na het lezen van de geschiedenis.
    for doel in (uit, svg):
        if doel is not None:
            controleer_uitvoer(doel)
    resultaat = uitvoeren(pad)
    tekst = json_tekst(resultaat.als_dict()) if formaat is Formaat.json else markdown(resultaat)
    lever(tekst, uit)
    if svg is not None:
        schrijf_uitvoer(svg, teken(resultaat))
