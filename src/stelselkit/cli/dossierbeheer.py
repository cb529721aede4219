"""``stelsel init``, ``stelsel nieuw`` en ``stelsel schema``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    OverschrijvenOptie,
    dag_van,
    foutgrens,
    json_tekst,
    lever,
)


def _vraag(waarde: str | None, optie: str, vraag: str, standaard: str | None = None) -> str:
    """Een waarde van de opdrachtregel, of gevraagd in een terminal; zonder terminal wordt
    niets verzonnen: een ontbrekende waarde is een gebruiksfout."""
    from stelselkit.fouten import GebruiksFout

    if waarde:
        return waarde
    if sys.stdin.isatty():
        return str(typer.prompt(vraag, default=standaard))
    raise GebruiksFout(f"geef {optie} (zonder terminal vraag ik niets, en verzin ik niets)")


def _meld(aangemaakt: object) -> None:
    from stelselkit.opdrachten.aanmaken import Aangemaakt

    assert isinstance(aangemaakt, Aangemaakt)
    print("Aangemaakt:")
    for pad in aangemaakt.bestanden:
        print(f"  {pad}")
    print("Volgende stappen:")
    for stap in aangemaakt.vervolg:
        print(f"  {stap}")


@foutgrens
def init(
    pad: Annotated[Path, typer.Argument(help="de map van het nieuwe dossier")],
    buurt: Annotated[str | None, typer.Option(help="naam van de buurt of het dorp")] = None,
    gemeente: Annotated[str | None, typer.Option(help="naam van de gemeente")] = None,
    thema: Annotated[
        str | None, typer.Option(help="het actuele thema, met een uitnodigende naam")
    ] = None,
    overschrijven: OverschrijvenOptie = False,
) -> None:
    """Maak een nieuw, geldig buurtdossier uit de sjablonen.

    Vraagt om buurt, gemeente en thema als je ze niet meegeeft (alleen in een terminal; anders
    is een ontbrekende waarde een fout, exitcode 2).
    Weigert een bestaand dossier te overschrijven, tenzij --overschrijven.
    """
    from stelselkit.opdrachten.aanmaken import init as uitvoeren

    aangemaakt = uitvoeren(
        pad,
        buurt=_vraag(buurt, "--buurt", "Buurt of dorp", pad.resolve().name.capitalize()),
        gemeente=_vraag(gemeente, "--gemeente", "Gemeente"),
        thema=_vraag(thema, "--thema", "Actueel thema"),
        vandaag=dt.date.today(),
        overschrijven=overschrijven,
    )
    _meld(aangemaakt)


@foutgrens
def nieuw(
    soort: Annotated[str, typer.Argument(help="tafelkleed, thema-analyse, vermogensanalyse, …")],
    pad: Annotated[
        Path, typer.Argument(help="de map in het dossier, of de naam van het nieuwe bestand")
    ] = Path("."),
    van: Annotated[
        Path | None,
        typer.Option("--van", help="begin vanuit dit vorige bestand van dezelfde soort"),
    ] = None,
    vandaag: Annotated[
        str | None,
        typer.Option("--vandaag", help="de dag van het nieuwe bestand (JJJJ-MM-DD); standaard "
                     "vandaag"),
    ] = None,
    overschrijven: OverschrijvenOptie = False,
) -> None:
    """Voeg een nieuw bestand van een soort toe aan een dossier.

    Met --van begint het vanuit een vorig bestand (de volgende momentopname van een tafelkleed,
    de volgende periode van een vermogensanalyse); commentaar blijft staan, en wat in het dossier
    een eigen id moet hebben, krijgt een nieuwe.
    """
    from stelselkit.opdrachten.aanmaken import nieuw as uitvoeren

    _meld(uitvoeren(soort, pad, vandaag=dag_van(vandaag), van=van, overschrijven=overschrijven))


@foutgrens
def schema(
    uit: Annotated[
        Path | None,
        typer.Option("--uit", "-o", help="schrijf één .schema.json per soort in deze map"),
    ] = None,
    overschrijven: OverschrijvenOptie = False,
) -> None:
    """Schrijf het JSON Schema van elke soort, gemaakt uit de modellen.

    Is de map de .schema-map van een dossier (wijk/.schema), dan wordt ook in elk bestand van dat
    dossier de eerste regel (yaml-language-server) goedgezet voor de plek van het bestand, bijv.
    na een verplaatsing met de hand.
    """
    if uit is None:
        from stelselkit.opdrachten.schemas import alle_schemas

        lever(json_tekst(alle_schemas()), None)
        return
    from stelselkit.lezen.dossier import DOSSIERBESTAND
    from stelselkit.opdrachten.aanmaken import herstel_schemaregels, schrijf_schemas

    for pad in schrijf_schemas(uit, overschrijven=overschrijven):
        print(pad)
    if (uit.parent / DOSSIERBESTAND).is_file():
        for pad in herstel_schemaregels(uit.parent):
            print(f"schemaregel goedgezet: {pad}")


__all__ = ["init", "nieuw", "schema"]
