"""``stelsel matrix [DOSSIER]``: de stelselmatrix met aandachtspunten per cel (000 §3–§7)."""

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
    json_tekst,
    lever,
)


@foutgrens
def matrix(
    pad: Annotated[
        Path, typer.Argument(help="de dossiermap, of één stelselmatrix-bestand")
    ] = Path("."),
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Toon de stelselmatrix: posities × elementen met de aandachtspunten per cel.

    Met bevindingen over lege cellen, posities zonder aandachtspunt, aandachtspunten die geen
    activiteit van het programma oppakt en activiteiten die naar geen cel wijzen.
    """
    from stelselkit.analyse import matrix as kern
    from stelselkit.lezen.dossier import dossier_of_bestand, geen_materiaal
    from stelselkit.model import Programma, Stelselmatrix

    dossier, gekozen = dossier_of_bestand(pad, Stelselmatrix)
    resultaat = (
        kern.matrix_analyse(dossier, gekozen, dossier.van_soort(Programma)) if gekozen
        else kern.dossier_analyse(dossier, dag_van(vandaag, [pad]))
    )
    if resultaat is None:
        raise geen_materiaal(dossier, "stelselmatrix")
    als_json = formaat is Formaat.json
    tekst = json_tekst(resultaat.als_dict()) if als_json else kern.markdown(resultaat)
    lever(tekst, uit)
