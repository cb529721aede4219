"""``stelsel programma [DOSSIER]`` en ``stelsel programma nieuw [BESTAND]`` (002 ch. 4; 000 §8).

``stelsel programma PAD`` is een afkorting van ``stelsel programma stand PAD``: zonder opdracht
(of met een pad of optie als eerste argument) draait de stand.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperGroup

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    OverschrijvenOptie,
    UitOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
    json_tekst,
    lever,
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


@programma_app.command(STANDAARD)
@foutgrens
def stand(
    pad: Annotated[
        Path, typer.Argument(help="de dossiermap, of één programma-bestand")
    ] = Path("."),
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Waar het programma staat: stappen en fase, wat te laat is, wat komt, wat gedaan is en wat
    het opleverde, een planning (Mermaid-gantt) en welke delen van de methode nog geen activiteit
    hebben."""
    from stelselkit.analyse import programma as kern
    from stelselkit.lezen.dossier import dossier_of_bestand, geen_materiaal
    from stelselkit.model import Programma

    dag = dag_van(vandaag, [pad])
    dossier, gekozen = dossier_of_bestand(pad, Programma)
    resultaat = (
        kern.programma_analyse(dossier, gekozen, dag) if gekozen
        else kern.dossier_analyse(dossier, dag)
    )
    if resultaat is None:
        raise geen_materiaal(dossier, "programma")
    als_json = formaat is Formaat.json
    tekst = json_tekst(resultaat.als_dict()) if als_json else kern.markdown(resultaat)
    lever(tekst, uit)


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
    print(f"Meegenomen: {len(cyclus.activiteiten)} open activiteiten, "
          f"{len(cyclus.afspraken)} lopende praktijkafspraken")
    for oud, nieuw_ in cyclus.activiteiten + cyclus.afspraken:
        print(f"  {oud} → {nieuw_}")
    achter = cyclus.achtergelaten + cyclus.afspraken_achtergelaten
    if achter:
        print(f"Blijven in {cyclus.vorige}: {', '.join(achter)}")
    print("Volgende stappen:")
    print(f"  stelsel valideer {cyclus.pad}")
    print(f"  stelsel programma {cyclus.pad}")
