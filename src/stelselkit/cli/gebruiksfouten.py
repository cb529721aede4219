"""Fouten in het gebruik van de opdrachtregel (Click) als Nederlandse melding.

Click meldt een onbekende optie, een verkeerde keuze of een ontbrekend argument in het Engels.
``stelsel`` zegt het in het Nederlands, met wat wél kan, en eindigt met exitcode 2.
"""

from __future__ import annotations

import re

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
        naam = fout.param_hint or (fout.param.opts[0] if fout.param else "")
        if isinstance(naam, list | tuple):
            naam = " / ".join(naam)
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
