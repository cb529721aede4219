"""``stelsel valideer [PAD]``."""

from __future__ import annotations

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
    pad: Annotated[
        Path, typer.Argument(help="een dossiermap, een map met dossiers of één YAML-bestand")
    ] = Path("."),
    formaat: FormaatOptie = Formaat.md,
    openbaar: OpenbaarOptie = False,
) -> None:
    """Controleer een dossier: elk probleem met bestand, regel, kolom en uitleg.

    Exitcode 0: alles geldig. 1: ongeldige inhoud. 2: verkeerd gebruik (pad bestaat niet).
    """
    from stelselkit.opdrachten.valideren import valideer as uitvoeren

    resultaat = uitvoeren(pad)
    tekst = json_tekst(resultaat.als_dict()) if formaat is Formaat.json else resultaat.als_tekst()
    lever(tekst, None, openbaar=openbaar, bronnen=[pad])
    raise typer.Exit(int(resultaat.uitgang))
