"""``stelsel analyse omgeving BESTAND [BESTAND…]``."""

from __future__ import annotations

import sys
from pathlib import Path
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


@foutgrens
def omgeving(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
    svg: Annotated[
        Path | None,
        typer.Option(
            "--svg",
            help="schrijf de kringen als SVG in deze map, één bestand per omgevingsanalyse",
        ),
    ] = None,
) -> None:
    """Omgevingsanalyse: kringen rond eigen kracht, welke kring vanuit welke invalshoek nog
    niet bevraagd is, overbodig worden, en de inzet per lijn (nulde, eerste, tweede) met het
    verschil van periode tot periode (002, hoofdstuk 6, instrument 3).

    Exitcode 0: klaar. 1: een bestand is ongeldig, of het dossier heeft fouten zoals een
    verwijzing naar iets dat niet bestaat (het rapport noemt ze vooraan). 2: verkeerd gebruik.
    """
    from stelselkit.analyse.omgeving import ANALYSE
    from stelselkit.opdrachten.analyse import draai
    from stelselkit.uitvoer.schrijven import schrijf_uitvoer
    from stelselkit.weergave.omgeving import kringen_svg

    uitvoering = draai(ANALYSE, paden, dag_van(vandaag, paden))
    if svg is not None:
        for beeld in uitvoering.resultaat.details.omgevingen:
            doel = svg / f"{beeld.id}.svg"
            schrijf_uitvoer(doel, kringen_svg(beeld))
            print(f"geschreven: {doel}", file=sys.stderr)
    lever_analyse(uitvoering, formaat, uit)
