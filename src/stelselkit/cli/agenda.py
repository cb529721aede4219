"""``stelsel export agenda BESTAND|DOSSIER --uit PAD``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    OpenbaarOptie,
    UitOptie,
    foutgrens,
    lever,
)


@foutgrens
def agenda(
    pad: Annotated[
        Path, typer.Argument(help="een thema-analyse, een programma of een dossiermap")
    ],
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
) -> None:
    """De momenten van de tijdlijn en de activiteiten van het programma als iCalendar (.ics),
    voor de agenda van de regievoerder.

    Elke afspraak houdt bij een nieuwe export dezelfde UID, zodat een agenda hem bijwerkt.
    Momenten zonder datum worden overgeslagen en op stderr genoemd.
    Exitcode 0: klaar. 1: geen momenten met een datum, of een ongeldig bestand.
    2: verkeerd gebruik.
    """
    from stelselkit.uitvoer.agenda import ics, maak_agenda

    resultaat = maak_agenda(pad)
    lever(ics(resultaat), uit)
    from stelselkit.taal import aantal

    print(f"{aantal(len(resultaat.afspraken), 'afspraak', 'afspraken')} in de agenda",
          file=sys.stderr)
    for overgeslagen in resultaat.zonder_datum:
        print(f"zonder datum, overgeslagen: {overgeslagen}", file=sys.stderr)
