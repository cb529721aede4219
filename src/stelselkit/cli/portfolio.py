"""``stelsel portfolio DOSSIER… --uit MAP``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    OverschrijvenOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
)


@foutgrens
def portfolio(
    dossiers: Annotated[
        list[Path] | None, typer.Argument(help="een of meer dossiermappen (standaard: hier)")
    ] = None,
    uit: Annotated[
        Path | None, typer.Option("--uit", "-o", help="de map voor de website")
    ] = None,
    titel: Annotated[
        str | None, typer.Option(help="de titel van de site (standaard: de gemeente)")
    ] = None,
    vandaag: VandaagOptie = None,
    overschrijven: OverschrijvenOptie = False,
) -> None:
    """Het buurtportfolio als statische website: een pagina per buurt en per thema, een
    interactief tafelkleed, posters om af te drukken. Alleen uit de openbare versie van het
    dossier, en wat over een persoon gaat alleen met toestemming. Werkt vanaf file:// en vanaf
    elke statische webserver; er gaat geen verzoek naar buiten."""
    import sys

    from stelselkit.fouten import GebruiksFout
    from stelselkit.lezen.dossier import moet_bestaan
    from stelselkit.opdrachten import portfolio as kern

    if uit is None:
        raise GebruiksFout("geef met --uit de map waar de website komt, bijv. --uit site/")
    mappen = [moet_bestaan(d) for d in (dossiers or [Path(".")])]
    site = kern.maak_site(mappen, dag_van(vandaag, mappen), titel)
    geschreven = kern.schrijf_site(site, uit, overschrijven=overschrijven)
    for bestand, item in site.weggelaten:
        print(f"stelsel: {bestand}: {item.lijst} '{item.id}' niet gepubliceerd: {item.reden}",
              file=sys.stderr)
    for buurt in site.zonder_portfolio:
        print(f"stelsel: {buurt} heeft nog geen portfolio; de site zegt dat. Maak er een met "
              "'stelsel nieuw portfolio DOSSIER'", file=sys.stderr)
    print(f"{len(geschreven)} bestanden geschreven; open {uit / 'index.html'}")
