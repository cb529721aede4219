"""``stelsel analyse netwerkprogramma DOSSIER|BESTAND…`` (001, §4.2–§4.3)."""

from __future__ import annotations

from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    PadenArgument,
    UitOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
    lever_analyse,
)

WekenOptie = Annotated[
    int,
    typer.Option(
        "--weken", min=0, max=520,
        help="hoeveel weken een signaal of contact mag wachten voor het als niet opgepakt telt "
        "(een keuze, geen regel van de methode)",
    ),
]


@foutgrens
def netwerkprogramma(
    paden: PadenArgument,
    weken: WekenOptie = 6,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Netwerkprogramma: de zeven stappen, en wat uit de gesprekken voortkwam.

    Volgt elk signaal, elke wens en mogelijkheid tot een thema, initiatief of gesprekstafel,
    elk contact (uitgenodigd, gekomen, betrokken, afgehaakt), de tafelkaarten en de gezamenlijke
    tijdlijn, bestaande gebeurtenissen, de slotbijeenkomst en het thema van de volgende periode
    (001, §4.2–§4.3).

    Exitcode 0: klaar. 1: een bestand is ongeldig, er is geen netwerkprogramma, of het dossier
    heeft fouten (het rapport noemt ze vooraan). 2: verkeerd gebruik.
    """
    import dataclasses
    import functools

    from stelselkit.analyse.netwerkprogramma import ANALYSE, analyseer
    from stelselkit.opdrachten.analyse import draai

    analyse = dataclasses.replace(ANALYSE, analyseer=functools.partial(analyseer, weken=weken))
    uitvoering = draai(analyse, paden, dag_van(vandaag, paden))
    lever_analyse(uitvoering, formaat, uit)
