"""``stelsel analyse patroon BESTAND|DOSSIER…``."""

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
def patroon(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Patroononderzoek: balans over de vier kwadranten, het verbindend patroon, hoe divers de
    groep is, wie in één kwadrant bleef en welke gespreksvragen open staan (002, hoofdstuk 6,
    instrument 5).

    Het rapport tekent het kruis met het thema in het midden.
    Exitcode 0: klaar. 1: een bestand is ongeldig of van een andere soort, of het dossier heeft
    fouten (het rapport noemt ze vooraan). 2: verkeerd gebruik.
    """
    from stelselkit.analyse.patroon import ANALYSE
    from stelselkit.opdrachten.analyse import draai

    uitvoering = draai(ANALYSE, paden, dag_van(vandaag, paden))
    lever_analyse(uitvoering, formaat, uit)
