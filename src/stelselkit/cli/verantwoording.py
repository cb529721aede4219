"""``stelsel verantwoording DOSSIER… --periode VAN:TOT``: het verslag voor de gemeenteraad."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    OverschrijvenOptie,
    PadenArgument,
    UitOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
    json_tekst,
    lever,
    lever_analyse,
    meld_dossierfouten,
)


class Verslagformaat(StrEnum):
    md = "md"
    docx = "docx"
    json = "json"


@foutgrens
def verantwoording(
    dossiers: Annotated[
        list[Path] | None, typer.Argument(help="een of meer dossiermappen (standaard: hier)")
    ] = None,
    periode: Annotated[
        str | None,
        typer.Option("--periode", metavar="VAN:TOT",
                     help="de periode, zo precies als bekend: 2014-01:2014-06 of 2013:2014 "
                     "(standaard de periode van het dossier)"),
    ] = None,
    formaat: Annotated[
        Verslagformaat | None,
        typer.Option("--format", "-f",
                     help="md, docx (Word) of json; standaard volgt het --uit (.docx is Word)"),
    ] = None,
    uit: UitOptie = None,
    sjabloon: Annotated[
        Path | None,
        typer.Option("--sjabloon", help="een Word-document in de huisstijl als basis (.docx)"),
    ] = None,
    openbaar: Annotated[
        bool,
        typer.Option("--openbaar/--intern",
                     help="openbaar (standaard): publiceerbare kopie, privé-personen als "
                     "pseudoniem, lekcontrole; --intern: de interne versie met namen"),
    ] = True,
    vandaag: VandaagOptie = None,
    overschrijven: OverschrijvenOptie = False,
) -> None:
    """Verantwoording aan de gemeenteraad: welke verantwoordelijkheden verschoven in het
    stelsel (000 §8), verteld in de drie niveaus van seed 004 (casus, patronen in de buurt,
    systeem en kaders), verhalen eerst en de weinige samen gemaakte cijfers daarna; met
    bevindingen over verschuivingen zonder verhaal of bewijs, verschuivingen die terugvielen
    toen een schakel vertrok, rollen die groeien waar ze zouden krimpen, indicatoren zonder
    verhaal of alleen van de gemeente, en perioden zonder verschuiving.

    Openbaar is de standaard; --intern geeft de versie met namen. Word (--uit raad.docx) heeft
    koppen, een tabel per niveau, het netwerkbeeld (als rsvg-convert er is), paginanummers en
    de naam van de gemeente; --sjabloon neemt de huisstijl van een bestaand document over.

    Exitcode 0: klaar. 1: een dossier heeft fouten, of geen logboek en geen indicatoren.
    2: verkeerd gebruik.
    """
    from stelselkit.fouten import GebruiksFout
    from stelselkit.opdrachten.verantwoording import lees_periode, verslag
    from stelselkit.weergave.verantwoording import markdown_van, titel

    gekozen = formaat or (Verslagformaat.docx if uit is not None and uit.suffix.lower() == ".docx"
                          else Verslagformaat.md)
    if gekozen is Verslagformaat.docx and uit is None:
        raise GebruiksFout("een Word-document gaat naar een bestand: geef --uit verslag.docx")
    if sjabloon is not None and gekozen is not Verslagformaat.docx:
        raise GebruiksFout("--sjabloon hoort bij een Word-document (--uit verslag.docx)")
    paden = dossiers or [Path(".")]
    dag = dag_van(vandaag, paden)
    tijdvak = lees_periode(periode) if periode else None
    verslagen = [verslag(pad, dag, tijdvak, openbaar=openbaar,
                         beeld=gekozen is Verslagformaat.docx) for pad in paden]
    if gekozen is Verslagformaat.json:
        enveloppen = [v.resultaat.als_dict() for v in verslagen]  # één dossier: één envelop
        lever(json_tekst(enveloppen[0] if len(enveloppen) == 1 else enveloppen), uit,
              overschrijven=overschrijven)
    elif gekozen is Verslagformaat.md:
        lever("\n".join(markdown_van(v.blokken) for v in verslagen), uit,
              overschrijven=overschrijven)
    else:
        from stelselkit.uitvoer.schrijven import schrijf_uitvoer
        from stelselkit.uitvoer.word import docx

        assert uit is not None
        schrijf_uitvoer(uit, docx(
            [b for v in verslagen for b in v.blokken],
            titel=" en ".join(titel(v.resultaat.details) for v in verslagen),
            gemeente=verslagen[0].resultaat.details.gemeente,
            peildatum=dag,
            beelden={v.resultaat.details.dossier: v.beeld for v in verslagen if v.beeld},
            sjabloon=sjabloon,
        ), overschrijven=overschrijven)
        print(f"geschreven: {uit}", file=sys.stderr)
    meld_dossierfouten([p for v in verslagen for p in v.problemen])


@foutgrens
def analyse(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Verantwoording als analyse: het verschuivingslogboek met de eigen indicatoren, over de
    periode van het dossier, met dezelfde bevindingen als 'stelsel verantwoording' (dat het
    verslag voor de raad maakt, ook in Word).

    Exitcode 0: klaar. 1: een bestand is ongeldig, er is geen verschuivingslogboek, of het
    dossier heeft fouten (het rapport noemt ze vooraan). 2: verkeerd gebruik.
    """
    from stelselkit.analyse.verantwoording import ANALYSE
    from stelselkit.opdrachten.analyse import draai

    lever_analyse(draai(ANALYSE, paden, dag_van(vandaag, paden)), formaat, uit)
