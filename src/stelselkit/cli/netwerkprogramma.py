"""``stelsel analyse netwerkprogramma [DOSSIER]`` (001 §4.2–§4.3)."""

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
    meld_dossierfouten,
)

WekenOptie = Annotated[
    int,
    typer.Option(
        "--weken", min=0, max=520,
        help="hoeveel weken een signaal of contact mag wachten voor het als niet opgepakt telt "
        "(een keuze, geen regel van de methode)",
    ),
]


@foutgrens
def netwerkprogramma(
    pad: Annotated[
        Path, typer.Argument(help="de dossiermap (of een bestand erin)")
    ] = Path("."),
    weken: WekenOptie = 6,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Netwerkprogramma: de zeven stappen, en wat uit de gesprekken voortkwam.

    Volgt elk signaal, elke wens en mogelijkheid tot een thema, initiatief of gesprekstafel,
    elk contact (uitgenodigd, gekomen, betrokken, afgehaakt), de tafelkaarten en de gezamenlijke
    tijdlijn, bestaande gebeurtenissen, de slotbijeenkomst en het thema van de volgende periode
    (001 §4.2–§4.3).

    Exitcode 0: klaar. 1: het dossier heeft fouten of niets om te analyseren. 2: verkeerd
    gebruik.
    """
    from stelselkit.analyse import netwerkprogramma as kern
    from stelselkit.fouten import GebruiksFout, InhoudsFout
    from stelselkit.lezen.dossier import DOSSIERBESTAND, dossiermap_van, laad_dossier, moet_bestaan
    from stelselkit.weergave.netwerkprogramma import markdown

    map_ = dossiermap_van(moet_bestaan(pad))
    if map_ is None:
        raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen {DOSSIERBESTAND})")
    dossier = laad_dossier(map_)
    if not kern.heeft_materiaal(dossier):
        raise InhoudsFout(
            f"het dossier {pad} heeft geen netwerkprogramma, dorpsgesprek, brainstormbord of "
            "gesprekstafel; begin met 'stelsel nieuw netwerkprogramma'"
        )
    stand = kern.analyseer(dossier, dag_van(vandaag, [pad]), weken)
    tekst = json_tekst(stand.als_dict()) if formaat is Formaat.json else markdown(stand)
    lever(tekst, uit)
    meld_dossierfouten(stand.problemen)
