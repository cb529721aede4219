"""``stelsel vergelijk DOSSIER DOSSIER…``."""

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
def vergelijk(
    dossiers: Annotated[list[Path], typer.Argument(help="twee of meer dossiermappen")],
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    vandaag: VandaagOptie = None,
    openbaar: OpenbaarOptie = False,
) -> None:
    """Zet buurten naast elkaar op dezelfde maten, om van verschillen te leren (fase 4)."""
    from stelselkit.fouten import GebruiksFout
    from stelselkit.lezen.dossier import moet_bestaan
    from stelselkit.opdrachten.vergelijk import markdown
    from stelselkit.opdrachten.vergelijk import vergelijk as uitvoeren

    if len(dossiers) < 2:
        raise GebruiksFout("geef minstens twee dossiers om te vergelijken")
    mappen = [moet_bestaan(d) for d in dossiers]
    dag = dag_van(vandaag, mappen)
    resultaat = uitvoeren(mappen, dag)
    # Een eigen deel: de leervragen van de routekaarten naast elkaar (004; 000 §8 fase 4).
    from stelselkit.opdrachten import leervragen

    leren = leervragen.leervragen_naast_elkaar(mappen, dag)
    if formaat is Formaat.json:
        data = resultaat.als_dict()
        if not leren.leeg:
            data["leervragen"] = leren.als_dict()
        tekst = json_tekst(data)
    else:
        tekst = markdown(resultaat) + ("" if leren.leeg else leervragen.markdown(leren))
    lever(tekst, uit)
