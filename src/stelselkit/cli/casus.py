"""``stelsel analyse casus [DOSSIER]``."""

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
    lever_analyse,
)


@foutgrens
def casus(
    pad: Annotated[Path, typer.Argument(help="de dossiermap")] = Path("."),
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Casussen en vissenkom: casusregisseur, terugschakelen, casusvragen, gemiste en
    overlappende expertise, en patronen over alle casussen (001 §5.2–§5.4; 000 §8, §10).

    Niet openbaar: het rapport noemt casussen bij hun code. Met --openbaar alleen tellingen over
    alle casussen samen, en pas vanaf 'casusdrempel' casussen (standaard 5).
    Exitcode 0: klaar. 1: het dossier heeft fouten of geen casus. 2: verkeerd gebruik.
    """
    from stelselkit.opdrachten.casus import casusanalyse

    uitvoering = casusanalyse(pad, dag_van(vandaag), openbaar=openbaar)
    lever_analyse(uitvoering, formaat, uit)
