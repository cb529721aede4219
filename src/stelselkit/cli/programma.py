"""``stelsel programma [DOSSIER]`` en ``stelsel programma nieuw [BESTAND]`` (002, hoofdstuk 4).

``stelsel programma PAD`` is een afkorting van ``stelsel programma stand PAD``: zonder opdracht
(of met een pad of optie als eerste argument) draait de stand.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperGroup

from stelselkit.cli.analyses import OPDRACHT
from stelselkit.cli.gemeenschappelijk import (
    OverschrijvenOptie,
    dag_van,
    foutgrens,
)

if TYPE_CHECKING:
    import click

STANDAARD = "stand"


class MetStandaard(TyperGroup):
    """Een groep waarvan de opdracht ``stand`` draait als er geen andere opdracht genoemd wordt."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ctx.help_option_names):
            args = [STANDAARD, *args]
        return super().parse_args(ctx, args)


programma_app = typer.Typer(
    cls=MetStandaard,
    help=(
        "Het regieprogramma en zijn programma van activiteiten. 'stelsel programma [DOSSIER]' "
        "toont de stand (= 'stelsel programma stand'); 'stelsel programma nieuw' begint de "
        "volgende cyclus."
    ),
)


programma_app.command(STANDAARD)(OPDRACHT["programma"])


@programma_app.command("nieuw")
@foutgrens
def nieuw(
    pad: Annotated[
        Path,
        typer.Argument(help="het huidige programma-bestand, of de dossiermap (als daar één "
                       "lopend programma in staat)"),
    ] = Path("."),
    uit: Annotated[
        Path | None,
        typer.Option("--uit", "-o", help="het nieuwe bestand (standaard: naast het huidige, "
                     "met de nieuwe id als naam)"),
    ] = None,
    nieuw_id: Annotated[
        str | None, typer.Option("--id", help="de id van het nieuwe programma")
    ] = None,
    vandaag: Annotated[
        str | None,
        typer.Option("--vandaag", help="begin van de nieuwe periode als de huidige "
                     "ontwikkelperiode geen einde heeft (JJJJ-MM-DD; standaard vandaag)"),
    ] = None,
    overschrijven: OverschrijvenOptie = False,
) -> None:
    """Begin de volgende cyclus van het regieprogramma.

    De ontwikkelperiode schuift door, de stappen beginnen opnieuw, open activiteiten en lopende
    praktijkafspraken gaan mee; wat gedaan of vervallen is, blijft in het huidige programma.
    Commentaar en volgorde in het bestand blijven staan.
    """
    from stelselkit.opdrachten.programma_nieuw import nieuwe_cyclus

    cyclus = nieuwe_cyclus(
        pad, vandaag=dag_van(vandaag, [pad]), uit=uit, nieuw_id=nieuw_id,
        overschrijven=overschrijven,
    )
    periode = f"{cyclus.van.isoformat()} – {cyclus.tot.isoformat() if cyclus.tot else 'open'}"
    print(f"Aangemaakt: {cyclus.pad} (id {cyclus.id}, vorige {cyclus.vorige}, {periode})")
    from stelselkit.taal import aantal

    activiteiten = aantal(len(cyclus.activiteiten), "open activiteit", "open activiteiten")
    afspraken = aantal(len(cyclus.afspraken), "lopende praktijkafspraak",
                       "lopende praktijkafspraken")
    print(f"Meegenomen: {activiteiten}, {afspraken}")
    for oud, nieuw_ in cyclus.activiteiten + cyclus.afspraken:
        print(f"  {oud} → {nieuw_}")
    achter = cyclus.achtergelaten + cyclus.afspraken_achtergelaten
    if achter:
        print(f"Blijven in {cyclus.vorige}: {', '.join(achter)}")
    if cyclus.ontdateerd:
        print("Zonder datum (de oude lag vóór de nieuwe periode; plan ze opnieuw): "
              + ", ".join(cyclus.ontdateerd))
    if cyclus.gemarkeerd is not None:
        print(f"In {cyclus.gemarkeerd} staat bij elke meegenomen activiteit "
              "'doorgeschoven_naar' met haar nieuwe id")
    elif cyclus.activiteiten:
        print(f"Het nieuwe bestand ligt buiten het dossier: {cyclus.vorige} blijft ongewijzigd "
              "(zonder 'doorgeschoven_naar')")
    print("Volgende stappen:")
    print(f"  stelsel valideer {cyclus.pad}")
    print(f"  stelsel programma {cyclus.pad}")
