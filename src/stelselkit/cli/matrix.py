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
    from stelselkit.dossier import Dossier, dossiermap_van, laad_dossier, laad_model, moet_bestaan
    from stelselkit.fouten import GebruiksFout, InhoudsFout
    from stelselkit.model import Programma, Stelselmatrix

    dag = dag_van(vandaag)
    if moet_bestaan(pad).is_file():
        model, ingelezen, dossier = laad_model(pad, Stelselmatrix)
        dossier = dossier or Dossier(map=pad.parent, bestanden=[ingelezen])
        resultaat = kern.matrix_analyse(dossier, [(ingelezen, model)], dossier.van_soort(Programma))
    else:
        map_ = dossiermap_van(pad)
        if map_ is None:
            raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen dossier.yaml)")
        gevonden = kern.dossier_analyse(laad_dossier(map_), dag)
        if gevonden is None:
            raise InhoudsFout(
                f"het dossier {map_} heeft geen stelselmatrix; begin er een met "
                "'stelsel nieuw stelselmatrix'"
            )
        resultaat = gevonden
    als_json = formaat is Formaat.json
    tekst = json_tekst(resultaat.als_dict()) if als_json else kern.markdown(resultaat)
    lever(tekst, uit, openbaar=openbaar, bronnen=[pad])
