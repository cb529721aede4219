"""Fouten in het gebruik van de opdrachtregel (Click) als Nederlandse melding.

Click meldt een onbekende optie, een verkeerde keuze of een ontbrekend argument in het Engels.
``stelsel`` zegt het in het Nederlands, met wat wél kan, en eindigt met exitcode 2.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Typer ≥ 0.20 levert een eigen kopie van Click mee
    from typer._click import exceptions as _click
except ImportError:  # pragma: no cover - oudere Typer gebruikt Click zelf
    from click import exceptions as _click  # type: ignore[no-redef]

_KEUZE = re.compile(r"'(?P<waarde>[^']*)' is not one of (?P<keuzes>.+?)\.?$")
_OPDRACHT = re.compile(r"No such command '(?P<naam>[^']+)'\.(?: Did you mean '(?P<tip>[^']+)'\?)?")
_AANTAL = re.compile(r"Option '(?P<optie>[^']+)' requires (?P<aantal>\d+) arguments")
_DATUM = re.compile(r"'(?P<waarde>[^']*)' does not match the formats? (?P<formaten>.+?)\.?$")


def vertaalbaar(fout: BaseException) -> bool:
    """Een gebruiksfout die we in het Nederlands zeggen (hulp bij geen argumenten niet)."""
    return isinstance(fout, _click.UsageError) and not isinstance(
        fout, getattr(_click, "NoArgsIsHelpError", ())
    )


def is_click_fout(fout: BaseException) -> bool:
    return isinstance(fout, _click.ClickException)


def _hint(fout: _click.UsageError) -> str:
    context = fout.ctx
    return f"\nZie '{context.command_path} --help'." if context is not None else ""


def gebruiksfout(fout: BaseException) -> str:
    """De Nederlandse melding bij een fout in het gebruik."""
    assert isinstance(fout, _click.UsageError)
    hint = _hint(fout)
    if isinstance(fout, _click.NoSuchOption):
        tip = ""
        if fout.possibilities:
            tip = "; bedoelde je " + " of ".join(f"'{m}'" for m in sorted(fout.possibilities)) + "?"
        return f"stelsel: onbekende optie '{fout.option_name}'{tip}{hint}"
    if isinstance(fout, _click.MissingParameter):
        param = fout.param
        if param is not None and param.param_type_name == "argument":
            return f"stelsel: het argument {(param.name or '').upper()} ontbreekt{hint}"
        naam = param.opts[0] if param is not None and param.opts else str(fout.param_hint)
        return f"stelsel: de optie '{naam}' ontbreekt{hint}"
    if isinstance(fout, _click.BadParameter):
        hint_of_opties = fout.param_hint or (fout.param.opts[0] if fout.param else "")
        naam = hint_of_opties if isinstance(hint_of_opties, str) else " / ".join(hint_of_opties)
        bericht = fout.message.removeprefix("Value error, ")
        if keuze := _KEUZE.search(bericht):
            bericht = (f"'{keuze['waarde']}' kan niet; kies uit "
                       f"{keuze['keuzes'].replace(' or ', ', ')}")
        elif datum := _DATUM.search(bericht):
            bericht = f"'{datum['waarde']}' is geen datum; schrijf hem als 2014-06-30"
        return f"stelsel: ongeldige waarde voor {naam}: {bericht}{hint}"
    if opdracht := _OPDRACHT.search(fout.message):
        tip = f"; bedoelde je '{opdracht['tip']}'?" if opdracht["tip"] else ""
        return f"stelsel: onbekende opdracht '{opdracht['naam']}'{tip}{hint}"
    if aantal := _AANTAL.search(fout.message):
        return (f"stelsel: de optie '{aantal['optie']}' vraagt {aantal['aantal']} "
                f"waarden{hint}")
    if fout.message.startswith("Got unexpected extra argument"):
        return f"stelsel: te veel argumenten ({fout.message.split('(')[-1].rstrip(')')}){hint}"
    return f"stelsel: verkeerd gebruik: {fout.message}{hint}"


def _pad_van(fout: OSError) -> str:
    return str(fout.filename) if fout.filename is not None else ""


def systeemfout(fout: OSError) -> str:
    """Een fout van het besturingssysteem (schrijven, lezen, een map maken) als één regel."""
    import errno
    from pathlib import Path

    pad = _pad_van(fout)
    if fout.errno == errno.EEXIST:
        if Path(pad).is_file():
            return f"stelsel: '{pad}' is een bestand; hier is een map nodig. Kies een ander pad"
        return f"stelsel: '{pad}' bestaat al; kies een ander pad of verwijder het eerst"
    if fout.errno == errno.EISDIR:
        from stelselkit.uitvoer.schrijven import is_een_map

        return f"stelsel: {is_een_map(pad)}"
    if fout.errno == errno.ENOTDIR:
        return (f"stelsel: in het pad '{pad}' staat een bestand waar een map hoort te staan; "
                "kies een ander pad")
    if fout.errno in (errno.EACCES, errno.EPERM):
        return (f"stelsel: geen toestemming voor '{pad}'; kies een map waarin je mag schrijven "
                "of vraag de beheerder om rechten")
    if fout.errno == errno.ENOSPC:
        return f"stelsel: de schijf is vol; '{pad}' is niet geschreven. Maak eerst ruimte vrij"
    if fout.errno == errno.EROFS:
        return f"stelsel: '{pad}' ligt op een schijf waarop niet geschreven kan worden"
    if fout.errno == errno.ENOENT:
        return f"stelsel: '{pad}' bestaat niet; controleer het pad"
    if fout.errno == errno.ENAMETOOLONG:
        return f"stelsel: de naam '{pad}' is te lang voor het bestandssysteem; kies een kortere"
    code = errno.errorcode.get(fout.errno or 0, "onbekend")
    return f"stelsel: het besturingssysteem weigert '{pad}' (systeemfout {code})"


def interne_fout(fout: BaseException, versie: str) -> str:
    """Een onverwachte fout: een bug in stelsel. Kort, met wat de gebruiker kan melden."""
    return (
        f"stelsel: interne fout ({type(fout).__name__}). Dit is een fout in stelsel {versie}, "
        "niet in je dossier. Meld hem aan de beheerders van stelselkit met de opdracht die je "
        "gaf en deze regel; 'stelsel --debug …' toont de volledige traceback"
    )


# ---------------------------------------------------------------------------------------------
# De hulpteksten van Click en Typer zelf in het Nederlands

_HULPWOORDEN = {
    "Arguments": "Argumenten",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
    "env var: {var}": "omgevingsvariabele: {var}",
    "(dynamic)": "(berekend)",
    "Aborted!": "Afgebroken.",
}
_USAGE = {"[OPTIONS]": "[OPTIES]", "COMMAND [ARGS]...": "OPDRACHT [ARGUMENTEN]..."}
_TYPE = re.compile(r"\b(Path|path|file|directory|str|int|float|list)\b")
_TYPEWOORDEN = {"Path": "pad", "path": "pad", "file": "bestand", "directory": "map",
                "str": "tekst", "int": "geheel getal", "float": "getal", "list": "lijst"}
HULP_OPTIE = "toon deze hulp en stop"


def _vertaal(message: str) -> str:
    """Vervangt ``gettext`` in Typer (vandaar de Engelse parameternaam)."""
    return _HULPWOORDEN.get(message, message)


def nederlandse_hulp() -> None:
    """Zet de teksten die Typer en Click zelf in de hulp schrijven om naar het Nederlands.

    Typer levert een eigen kopie van Click zonder vertalingen; daarom hier, op één plek:
    de kopjes ("Opties:", "Argumenten:", "Opdrachten:"), de gebruiksregel ("Gebruik: stelsel
    [OPTIES] OPDRACHT …"), het soort waarde (``<pad>``, ``<tekst>``), "[standaard: md]",
    "[verplicht]" en de tekst bij ``--help``. Een test leest elke ``--help`` na; breekt een
    nieuwe Typer dit, dan faalt die test (``bash .ci/nieuwste`` ziet het als eerste).
    """
    from typer import core as typer_core
    from typer._click import core as click_core
    from typer._click import formatting

    if getattr(typer_core, "_", None) is _vertaal:
        return
    typer_core._ = _vertaal

    class Opmaak(formatting.HelpFormatter):
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, "Gebruik: " if prefix is None else prefix)

    click_core.Context.formatter_class = Opmaak

    hulpoptie = click_core.Command.get_help_option
    soort = typer_core._TyperParameter.display_type

    for klasse in (click_core.Command, typer_core.TyperGroup):
        stukken = klasse.collect_usage_pieces

        def collect_usage_pieces(
            self: click_core.Command, ctx: click_core.Context, stukken: Any = stukken
        ) -> list[str]:
            return [_USAGE.get(stuk, stuk) for stuk in stukken(self, ctx)]

        klasse.collect_usage_pieces = collect_usage_pieces  # type: ignore[method-assign]

    def get_help_option(self: click_core.Command, ctx: click_core.Context) -> Any:
        optie = hulpoptie(self, ctx)
        if optie is not None:
            optie.help = HULP_OPTIE
        return optie

    def display_type(self: Any, ctx: click_core.Context) -> str:
        return _TYPE.sub(lambda m: _TYPEWOORDEN[m[1]], soort(self, ctx))

    click_core.Command.get_help_option = get_help_option  # type: ignore[method-assign]
    typer_core._TyperParameter.display_type = display_type  # type: ignore[method-assign]
