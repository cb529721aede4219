"""De opdrachtboom van ``stelsel`` en de ene foutgrens.

Elke opdracht staat in een eigen module en importeert het zware werk pas als ze draait, zodat
``stelsel --help`` en ``stelsel valideer`` snel opstarten.

Alles wat een opdracht kan laten vallen, komt langs :meth:`StelselGroep.main`: een fout in het
gebruik, een fout van het besturingssysteem (een bestaand bestand, geen schrijfrechten, een volle
schijf) en een onverwachte fout. Elk wordt één Nederlandse regel met een vaste exitcode; een
traceback alleen met ``--debug``. Omdat de grens in de opdrachtgroep zit, geldt ze ook in tests
met de CliRunner.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from stelselkit import __version__
from stelselkit.cli import (
    agenda,
    analyses,
    casus,
    ci,
    dossierbeheer,
    netwerk,
    omgeving,
    portfolio,
    portfolio_analyse,
    privacy,
    programma,
    rapport,
    regels,
    routekaart,
    valideer,
    verantwoording,
    vergelijk,
    verloop,
)
from stelselkit.cli.gebruiksfouten import nederlandse_hulp

DEBUG = "--debug"


def _zonder_debug(args: list[str]) -> tuple[list[str], bool]:
    """``--debug`` mag overal op de regel staan (voor een ``--``)."""
    einde = args.index("--") if "--" in args else len(args)
    voor = [a for a in args[:einde] if a != DEBUG]
    return voor + args[einde:], len(voor) < einde


def _uitgang(fout: BaseException, debug: bool) -> int:
    """De melding en exitcode bij een fout die uit een opdracht valt."""
    from stelselkit.cli.gebruiksfouten import (
        gebruiksfout,
        interne_fout,
        is_click_fout,
        systeemfout,
        vertaalbaar,
    )
    from stelselkit.fouten import Uitgang

    if isinstance(fout, KeyboardInterrupt) or type(fout).__name__ == "Abort":
        print("stelsel: afgebroken", file=sys.stderr)  # Ctrl-C of einde invoer bij een vraag
        return 130
    if vertaalbaar(fout):
        print(gebruiksfout(fout), file=sys.stderr)
        return int(Uitgang.GEBRUIK)
    if is_click_fout(fout):
        fout.show()  # type: ignore[attr-defined]
        return int(fout.exit_code)  # type: ignore[attr-defined]
    if debug:
        traceback.print_exception(fout)
    if isinstance(fout, OSError):
        print(systeemfout(fout), file=sys.stderr)
        return int(Uitgang.GEBRUIK)
    print(interne_fout(fout, __version__), file=sys.stderr)
    return int(Uitgang.INTERN)


class StelselGroep(TyperGroup):
    """De hoofdgroep: dezelfde opdrachten, met de ene foutgrens om alles heen."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argumenten, debug = _zonder_debug(list(sys.argv[1:] if args is None else args))
        try:
            uitgang = super().main(
                argumenten, prog_name or "stelsel", complete_var, standalone_mode=False, **extra
            )
        except SystemExit:
            raise
        except BaseException as fout:
            uitgang = _uitgang(fout, debug)
        code = uitgang if isinstance(uitgang, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    name="stelsel",
    cls=StelselGroep,
    help=(
        "stelsel: het buurtdossier van de gemeentelijke netwerkstrategie en de stelselmatrix, "
        "als platte YAML-bestanden. Valideren, analyseren, rapporteren. Bij een interne fout "
        "toont --debug (waar ook op de regel) de volledige traceback."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
analyse_app = typer.Typer(
    help=(
        "De analyses van de methode (netwerk, thema, omgeving, vermogen, patroon, matrix, "
        "programma, routekaart, casus, portfolio) en het netwerkprogramma."
    ),
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
app.command("regels")(regels.regels)
app.command("vergelijk")(vergelijk.vergelijk)
app.command("verloop")(verloop.verloop)
app.command("ci")(ci.ci)
app.command("matrix")(analyses.OPDRACHT["matrix"])
app.command("portfolio")(portfolio.portfolio)
app.add_typer(programma.programma_app, name="programma")
app.command("routekaart")(routekaart.routekaart)
app.command("verantwoording")(verantwoording.verantwoording)

analyse_app.command("netwerk")(netwerk.netwerk)
analyse_app.command("omgeving")(omgeving.omgeving)
for _naam, _opdracht in analyses.OPDRACHT.items():
    analyse_app.command(_naam)(_opdracht)
analyse_app.command("portfolio")(portfolio_analyse.portfolio)
analyse_app.command("casus")(casus.casus)
analyse_app.command("verantwoording")(verantwoording.analyse)

export_app.command("netwerk")(netwerk.export)
export_app.command("agenda")(agenda.agenda)


def _koppel_subopdrachten() -> None:
    """Subgroepen alleen tonen als ze opdrachten hebben (niets is een stomp)."""
    if analyse_app.registered_commands:
        app.add_typer(analyse_app, name="analyse")
    if export_app.registered_commands:
        app.add_typer(export_app, name="export")


_koppel_subopdrachten()
nederlandse_hulp()


def main() -> None:
    """Het startpunt van ``stelsel``; de foutgrens zit in :class:`StelselGroep`."""
    app()
