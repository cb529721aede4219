"""``stelsel vergelijk DOSSIER DOSSIER…``."""

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
    json_tekst,
    lever,
    meld_dossierfouten,
)


@foutgrens
def vergelijk(
    dossiers: Annotated[list[Path], typer.Argument(help="twee of meer dossiermappen")],
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    vandaag: VandaagOptie = None,
    openbaar: OpenbaarOptie = False,
) -> None:
    """Zet buurten naast elkaar: waar elke buurt een voorbeeld van is (thema's, initiatieven,
    schakels uit de lokale gemeenschap, praktijkafspraken, portfolio, patronen over casussen),
    met vragen om mee te nemen naar de andere buurt en de leervragen van de routekaarten
    (fase 4, 000 §8).

    Exitcode 0: klaar. 1: een dossier heeft fouten (de vergelijking komt er, met de fouten
    vooraan). 2: verkeerd gebruik.
    """
    from stelselkit.fouten import GebruiksFout
    from stelselkit.lezen.dossier import moet_bestaan
    from stelselkit.opdrachten.vergelijk import vergelijk as uitvoeren
    from stelselkit.weergave.vergelijk import markdown

    if len(dossiers) < 2:
        raise GebruiksFout("geef minstens twee dossiers om te vergelijken")
    mappen = [moet_bestaan(d) for d in dossiers]
    uitvoering = uitvoeren(mappen, dag_van(vandaag, mappen))
    resultaat = uitvoering.resultaat
    tekst = json_tekst(resultaat.als_dict()) if formaat is Formaat.json else markdown(resultaat)
    lever(tekst, uit)
    meld_dossierfouten(list(uitvoering.problemen))
