"""De opdrachtboom van ``stelsel``.

Elke opdracht staat in een eigen module en importeert het zware werk pas als ze draait, zodat
``stelsel --help`` en ``stelsel valideer`` snel opstarten.
"""

from __future__ import annotations

import typer

from stelselkit import __version__
from stelselkit.cli import (
    agenda,
    ci,
    dossierbeheer,
    matrix,
    netwerk,
    omgeving,
    patroon,
    privacy,
    programma,
    rapport,
    thema,
    valideer,
    vergelijk,
    verloop,
    vermogen,
)

app = typer.Typer(
    name="stelsel",
    help=(
        "stelsel: het buurtdossier van de gemeentelijke netwerkstrategie en de stelselmatrix, "
        "als platte YAML-bestanden. Valideren, analyseren, rapporteren."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
analyse_app = typer.Typer(
    help="De vijf analyses van de methode (netwerk, thema, omgeving, vermogen, patroon).",
    no_args_is_help=True,
)
export_app = typer.Typer(
    help="Bestanden voor andere programma's (gexf, graphml, csv, kumu, svg, ics).",
    no_args_is_help=True,
)


def _versie(waarde: bool) -> None:
    if waarde:
        print(f"stelsel {__version__}")
        raise typer.Exit()


@app.callback()
def _hoofd(
    versie: bool = typer.Option(
        False, "--versie", callback=_versie, is_eager=True, help="toon de versie"
    ),
) -> None:
    """stelsel — buurtdossiers voor regievoerders."""


app.command("valideer")(valideer.valideer)
app.command("init")(dossierbeheer.init)
app.command("nieuw")(dossierbeheer.nieuw)
app.command("schema")(dossierbeheer.schema)
app.command("privacy")(privacy.privacy)
app.command("rapport")(rapport.rapport)
app.command("vergelijk")(vergelijk.vergelijk)
app.command("verloop")(verloop.verloop)
app.command("ci")(ci.ci)
app.command("matrix")(matrix.matrix)
app.add_typer(programma.programma_app, name="programma")

analyse_app.command("netwerk")(netwerk.netwerk)
analyse_app.command("omgeving")(omgeving.omgeving)
analyse_app.command("vermogen")(vermogen.vermogen)
analyse_app.command("thema")(thema.thema)
analyse_app.command("patroon")(patroon.patroon)

export_app.command("netwerk")(netwerk.export)
export_app.command("agenda")(agenda.agenda)


def _koppel_subopdrachten() -> None:
    """Subgroepen alleen tonen als ze opdrachten hebben (niets is een stomp)."""
    if analyse_app.registered_commands:
        app.add_typer(analyse_app, name="analyse")
    if export_app.registered_commands:
        app.add_typer(export_app, name="export")


_koppel_subopdrachten()


def main() -> None:
    """Het startpunt van ``stelsel``: fouten in het gebruik krijgen een Nederlandse melding."""
    import sys

    from stelselkit.cli.gebruiksfouten import gebruiksfout, is_click_fout, vertaalbaar

    try:
        uitgang = app(standalone_mode=False)
    except KeyboardInterrupt:
        print("stelsel: afgebroken", file=sys.stderr)
        sys.exit(130)
    except Exception as fout:
        if vertaalbaar(fout):
            print(gebruiksfout(fout), file=sys.stderr)
            sys.exit(2)
        if is_click_fout(fout):
            fout.show()  # type: ignore[attr-defined]
            sys.exit(fout.exit_code)  # type: ignore[attr-defined]
        if type(fout).__name__ == "Abort":  # Ctrl-C of einde invoer bij een vraag
            print("stelsel: afgebroken", file=sys.stderr)
            sys.exit(130)
        raise
    sys.exit(uitgang if isinstance(uitgang, int) else 0)
