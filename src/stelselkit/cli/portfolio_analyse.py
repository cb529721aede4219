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
    json_tekst,
    lever,
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

    Exitcode 0: klaar. 1: het dossier heeft fouten. 2: verkeerd gebruik.
    """
    from stelselkit.analyse import portfolio as kern
    from stelselkit.fouten import GebruiksFout
    from stelselkit.lezen.dossier import DOSSIERBESTAND, dossiermap_van, moet_bestaan
    from stelselkit.opdrachten.rapport import geldig_dossier
    from stelselkit.weergave.sjablonen import render

    map_ = dossiermap_van(moet_bestaan(pad))
    if map_ is None:
        raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen {DOSSIERBESTAND})")
    stand = kern.analyseer(geldig_dossier(map_), dag_van(vandaag, [map_]))
    lever(json_tekst(stand.als_dict()) if formaat is Formaat.json
          else render("rapport/portfolio.md.j2", r=stand), uit)
