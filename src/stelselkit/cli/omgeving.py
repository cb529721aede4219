"""``stelsel analyse omgeving BESTAND [BESTAND…]``.

"""

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
    foutgrens,
    json_tekst,
    lever,
    meld_dossierfouten,
)


@foutgrens
def omgeving(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    svg: Annotated[
        Path | None,
        typer.Option(
            "--svg",
            help="schrijf de kringen als SVG in deze map, één bestand per omgevingsanalyse",
        ),
    ] = None,
) -> None:
    """Omgevingsanalyse: kringen rond eigen kracht, dekking, overbodig worden en de
    verschuiving van inzet tussen nulde, eerste en tweede lijn (002 instr. 3).

    Exitcode 0: klaar. 1: een bestand is ongeldig of verwijst naar iets dat niet bestaat.
    2: verkeerd gebruik.
    """
    from stelselkit.analyse import omgeving as analyse
    from stelselkit.lezen.dossier import laad_modellen
    from stelselkit.model import Omgevingsanalyse
    from stelselkit.uitvoer.schrijven import schrijf_uitvoer

    resultaat = analyse.analyseer(laad_modellen(paden, Omgevingsanalyse))
    if svg is not None:
        for beeld in resultaat.omgevingen:
            doel = svg / f"{beeld.id}.svg"
            schrijf_uitvoer(doel, analyse.kringen_svg(beeld))
            print(f"geschreven: {doel}", file=sys.stderr)
    if formaat is Formaat.json:
        tekst = json_tekst(resultaat.als_dict())
    else:
        tekst = analyse.markdown(resultaat)
    lever(tekst, uit)
    meld_dossierfouten(resultaat.problemen)
