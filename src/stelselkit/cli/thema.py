"""``stelsel analyse thema BESTAND|DOSSIER…``."""

from __future__ import annotations

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


@foutgrens
def thema(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    vandaag: VandaagOptie = None,
    openbaar: OpenbaarOptie = False,
) -> None:
    """Thema-analyse: knooppunten over vakken en bronnen, lege vakken, de naam, de tijdlijn en
    wie uit het netwerkje nog uitgenodigd kan worden (002, hoofdstuk 6, instrument 2; 001, §4.2).

    Leest ook de dorpsgesprekken, brainstormborden en gesprekstafels die onder 'bronnen' staan.
    Exitcode 0: klaar. 1: een bestand is ongeldig of van een andere soort, of het dossier heeft
    fouten (het rapport noemt ze vooraan). 2: verkeerd gebruik.
    """
    from stelselkit.analyse.thema import ANALYSE
    from stelselkit.opdrachten.analyse import draai

    lever_analyse(draai(ANALYSE, paden, dag_van(vandaag, paden)), formaat, uit)
