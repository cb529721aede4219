"""``stelsel analyse netwerk`` en ``stelsel export netwerk``: het tafelkleed als netwerk."""

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
    UitOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
    lever,
    lever_analyse,
)

BronnenArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help="tafelkleden (bestand, PAD@gitrevisie) of een dossiermap; meerdere worden "
        "samengevoegd op schakel",
        show_default=False,
        metavar="BESTAND...",
    ),
]


class Papier(StrEnum):
    A3 = "A3"
    A2 = "A2"
    A1 = "A1"
    A0 = "A0"


class ExportFormaat(StrEnum):
    gexf = "gexf"
    graphml = "graphml"
    csv = "csv"
    xlsx = "xlsx"
    kumu = "kumu"
    svg = "svg"


def _teksten(bestanden: list[Path] | None) -> list[str]:
    return [str(b) for b in bestanden or []]


@foutgrens
def netwerk(
    bestanden: BronnenArgument = None,
    vergelijk: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--vergelijk",
            metavar="OUD NIEUW",
            help="vergelijk twee momentopnamen; elk een bestand of PAD@gitrevisie "
            "(bijv. tafelkleden/markt.yaml@HEAD~1)",
            show_default=False,
        ),
    ] = None,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Netwerkanalyse van een tafelkleed (002, hoofdstuk 6, instrument 1): bevindingen,
    kwetsbare schakels, makelaars, de kern, en een diagram met het thema in het midden.

    Meerdere tafelkleden worden één netwerk (zelfde schakel-id = zelfde persoon). Met
    --vergelijk OUD NIEUW: wie kwam erbij, wie vertrok, wie schoof naar de kern of ervan af.
    Uit een dossiermap komt per keten van momentopnamen de nieuwste die op --vandaag bestond.
    """
    from stelselkit.fouten import GebruiksFout
    from stelselkit.opdrachten import netwerk as opdracht

    bronnen = _teksten(bestanden)
    if vergelijk is not None:
        if bronnen:
            raise GebruiksFout("geef bij --vergelijk geen andere bestanden; alleen OUD en NIEUW")
        lever_analyse(opdracht.vergelijk_kanten(*vergelijk), formaat, uit)
        return
    if not bronnen:
        raise GebruiksFout("geef een tafelkleed, een dossiermap of --vergelijk OUD NIEUW")
    lever_analyse(opdracht.analyseer(bronnen, dag_van(vandaag, bronnen)), formaat, uit)


@foutgrens
def export(
    bestanden: BronnenArgument = None,
    formaat: Annotated[
        ExportFormaat,
        typer.Option("--format", "-f", help="gexf (Gephi), graphml (yEd), csv (spreadsheet, "
                     "Gephi: twee bestanden), xlsx (Excel: één werkmap), kumu (Kumu JSON) of svg "
                     "(afdrukbaar tafelkleed)"),
    ] = ExportFormaat.svg,
    uit: UitOptie = None,
    papier: Annotated[
        Papier | None,
        typer.Option("--papier", help="svg: het vel (liggend); standaard het kleinste waarop "
                     "elke tekst ten minste 9 pt is en niets wordt afgekapt", show_default=False),
    ] = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Het netwerk van tafelkleden voor andere programma's, of als tafelkleed om af te drukken.

    svg is het tafelkleed op A3 tot A0; de legenda zegt op welk vel. Is het gekozen vel te klein
    voor alle teksten aan de rand, dan krijgen de ingrediënten een nummer en een lijst ernaast.

    csv geeft twee bestanden naast --uit PAD: PAD-knopen.csv en PAD-verbindingen.csv (UTF-8
    met BOM, ';' als scheidingsteken). xlsx geeft één werkmap met de bladen 'knopen' en
    'verbindingen'.
    """
    from stelselkit.fouten import GebruiksFout
    from stelselkit.opdrachten.netwerk import netwerk_van
    from stelselkit.uitvoer import netwerk as uitvoer

    bronnen = _teksten(bestanden)
    if not bronnen:
        raise GebruiksFout("geef een tafelkleed of een dossiermap")
    if papier is not None and formaat is not ExportFormaat.svg:
        raise GebruiksFout("--papier hoort bij --format svg")
    if formaat in (ExportFormaat.csv, ExportFormaat.xlsx) and uit is None:
        raise GebruiksFout(f"--format {formaat.value} schrijft naar bestanden; geef --uit PAD")
    netwerk = netwerk_van(bronnen, dag_van(vandaag, bronnen))
    if formaat is ExportFormaat.csv:
        assert uit is not None
        stam = uit.with_suffix("")
        knopen, verbindingen = uitvoer.als_csv(netwerk)
        for deel, tekst in (("knopen", knopen), ("verbindingen", verbindingen)):
            lever(tekst, stam.with_name(f"{stam.name}-{deel}.csv"))
        return
    if formaat is ExportFormaat.xlsx:
        assert uit is not None
        from stelselkit.uitvoer.schrijven import schrijf_uitvoer

        schrijf_uitvoer(uit, uitvoer.als_xlsx(netwerk))
        print(f"geschreven: {uit}", file=sys.stderr)
        return
    if formaat is ExportFormaat.svg:
        lever(uitvoer.svg(netwerk, papier.value if papier else None), uit)
        return
    lever(uitvoer.exporteer(netwerk, formaat.value), uit)
