"""``stelsel analyse portfolio [DOSSIER]``: de bevindingen over het buurtportfolio."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    UitOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
    lever_analyse,
)


@foutgrens
def portfolio(
    pad: Annotated[Path, typer.Argument(help="de dossiermap (of een bestand erin)")] = Path("."),
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    vandaag: VandaagOptie = None,
) -> None:
    """Buurtportfolio: wat openbaar meegaat en wat niet, en de bevindingen (een thema voorbij
    stap 3 zonder portfolio, een kanaal op geen moment, een item over een persoon zonder
    toestemming, een manifestatiemoment zonder portfolio, een bouwsteen van de vier B's die
    niets laat zien).

    Exitcode 0: klaar. 1: het dossier heeft fouten (het rapport noemt ze vooraan). 2: verkeerd
    gebruik.
    """
    from stelselkit.analyse.portfolio import ANALYSE
    from stelselkit.fouten import GebruiksFout
    from stelselkit.lezen.dossier import DOSSIERBESTAND, dossiermap_van, moet_bestaan
    from stelselkit.opdrachten.analyse import draai

    map_ = dossiermap_van(moet_bestaan(pad))
    if map_ is None:
        raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen {DOSSIERBESTAND})")
    lever_analyse(draai(ANALYSE, [map_], dag_van(vandaag, [map_])), formaat, uit)
