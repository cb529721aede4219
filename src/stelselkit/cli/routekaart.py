"""``stelsel routekaart DOSSIER…``: de routekaart van een lerend stelsel (004; 000 §8)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    OpenbaarOptie,
    UitOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
    json_tekst,
    lever,
    meld_dossierfouten,
)


class Routekaartformaat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


class Papier(StrEnum):
    a4 = "a4"
    a3 = "a3"


@foutgrens
def routekaart(
    dossiers: Annotated[
        list[Path] | None, typer.Argument(help="een of meer dossiermappen (standaard: hier)")
    ] = None,
    formaat: Annotated[
        Routekaartformaat,
        typer.Option("--format", "-f",
                     help="md (Markdown), html (afdrukbare pagina) of json (voor machines)"),
    ] = Routekaartformaat.md,
    papier: Annotated[
        Papier, typer.Option("--papier", help="a4 of a3, liggend (bij --format html)")
    ] = Papier.a4,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """De routekaart: ambitie, leervragen, aanpak, mijlpalen, betrokkenheid van de inwoner en
    uitdagingen, één pagina per buurt (004); met bevindingen over leervragen zonder les,
    mijlpalen zonder inwoners en fase 3 zonder leerafspraak.

    Exitcode 0: klaar. 1: een dossier heeft fouten, of geen routekaart en geen programma.
    2: verkeerd gebruik.
    """
    from stelselkit.analyse.routekaart import routekaartbeeld
    from stelselkit.fouten import GebruiksFout, InhoudsFout
    from stelselkit.lezen.dossier import DOSSIERBESTAND, dossiermap_van, laad_dossier, moet_bestaan
    from stelselkit.weergave.routekaart import html, markdown

    paden = dossiers or [Path(".")]
    dag = dag_van(vandaag, paden)
    kaarten = []
    for pad in paden:
        map_ = dossiermap_van(moet_bestaan(pad))
        if map_ is None:
            raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen {DOSSIERBESTAND})")
        beeld = routekaartbeeld(laad_dossier(map_), dag)
        if beeld is None:
            raise InhoudsFout(
                f"het dossier {pad} heeft geen routekaart en geen programma; begin met "
                "'stelsel nieuw routekaart'"
            )
        kaarten.append(beeld)
    if formaat is Routekaartformaat.json:
        tekst = json_tekst([k.als_dict() for k in kaarten])
    elif formaat is Routekaartformaat.html:
        tekst = html(kaarten, papier.value.upper())
    else:
        tekst = markdown(kaarten)
    lever(tekst, uit)
    meld_dossierfouten([p for k in kaarten for p in k.problemen])
