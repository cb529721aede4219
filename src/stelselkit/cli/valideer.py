"""``stelsel valideer [PAD]``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    foutgrens,
    json_tekst,
    lever,
)


@foutgrens
def valideer(
    paden: Annotated[
        list[Path] | None,
        typer.Argument(help="een dossiermap, een map met dossiers of YAML-bestanden "
                       "(standaard: hier)", show_default=False, metavar="[PAD]..."),
    ] = None,
    formaat: FormaatOptie = Formaat.md,
    openbaar: OpenbaarOptie = False,
    alleen_soort: Annotated[
        bool,
        typer.Option("--alleen-soort", help="sla YAML-bestanden over die geen 'soort:' van "
                     "stelsel noemen (zo gebruikt de pre-commit-hook het)"),
    ] = False,
    geen_cache: Annotated[
        bool,
        typer.Option(
            "--geen-cache",
            help="controleer elk bestand opnieuw; lees en schrijf .stelsel-cache/ niet",
        ),
    ] = False,
) -> None:
    """Controleer een dossier: elk probleem met bestand, regel, kolom en uitleg.

    Exitcode 0: alles geldig. 1: ongeldige inhoud. 2: verkeerd gebruik (pad bestaat niet).
    Ongewijzigde bestanden komen uit de validatiecache (.stelsel-cache/ in het dossier).
    """
    from stelselkit.opdrachten.valideren import valideer as uitvoeren
    from stelselkit.opdrachten.valideren import valideer_bestanden

    lijst = paden or [Path(".")]
    if len(lijst) == 1 and not alleen_soort:
        resultaat = uitvoeren(lijst[0], cache=not geen_cache)
    else:
        resultaat = valideer_bestanden(lijst, alleen_met_soort=alleen_soort, cache=not geen_cache)
    for opmerking in resultaat.opmerkingen:
        print(f"stelsel: {opmerking}", file=sys.stderr)
    tekst = json_tekst(resultaat.als_dict()) if formaat is Formaat.json else resultaat.als_tekst()
    lever(tekst, None)
    raise typer.Exit(int(resultaat.uitgang))
