"""``stelsel matrix [DOSSIER]``: de stelselmatrix met aandachtspunten per cel (000, §3–§7)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    UitOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
    lever_analyse,
)


@foutgrens
def matrix(
    paden: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[DOSSIER|BESTAND]...",
                       help="de dossiermap (standaard de huidige), of stelselmatrix-bestanden"),
    ] = None,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Toon de stelselmatrix: posities × elementen met de aandachtspunten per cel.

    Met bevindingen over lege cellen, posities zonder aandachtspunt, aandachtspunten die geen
    activiteit van het programma oppakt en activiteiten die naar geen cel wijzen (000, §3–§8).

    Exitcode 0: klaar. 1: een bestand is ongeldig, er is geen stelselmatrix, of het dossier
    heeft fouten (het rapport noemt ze vooraan). 2: verkeerd gebruik.
    """
    from stelselkit.analyse.matrix import ANALYSE
    from stelselkit.opdrachten.analyse import draai

    paden = paden or [Path(".")]
    lever_analyse(draai(ANALYSE, paden, dag_van(vandaag, paden)), formaat, uit)
