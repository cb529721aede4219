"""``stelsel privacy [DOSSIER]``: waar staan persoonsgegevens, en wat kan niet gedeeld worden."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    UitOptie,
    foutgrens,
    json_tekst,
    lever,
)


@foutgrens
def privacy(
    pad: Annotated[Path, typer.Argument(help="de dossiermap")] = Path("."),
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
) -> None:
    """Toon waar persoonsgegevens in een dossier staan en waarschuw voor contactgegevens.

    Een dossier staat in git en wordt gedeeld: contactgegevens horen daar niet in, en namen van
    bewoners horen 'prive: true' te hebben. Ook bestanden die niet door de controle komen worden
    nagelopen. Exitcode 0: klaar. 1: een map of bestand was niet te lezen (het rapport is
    onvolledig). 2: verkeerd gebruik.
    """
    from stelselkit.fouten import GebruiksFout, InhoudsFout
    from stelselkit.lezen.dossier import dossiermap_van, laad_dossier, moet_bestaan
    from stelselkit.opdrachten.privacyrapport import maak_rapport, markdown

    map_ = dossiermap_van(moet_bestaan(pad))
    if map_ is None:
        raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen dossier.yaml)")
    rapport = maak_rapport(laad_dossier(map_))
    tekst = json_tekst(rapport.als_dict()) if formaat is Formaat.json else markdown(rapport)
    lever(tekst, uit)
    if rapport.onleesbaar:
        raise InhoudsFout(
            "niet te lezen, dus niet nagelopen: " + ", ".join(rapport.onleesbaar)
            + "; geef leesrechten en draai 'stelsel privacy' opnieuw"
        )
