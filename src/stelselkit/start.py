"""Het startpunt van ``stelsel``: de snelle weg voor ``valideer``, anders de hele opdrachtregel.

``stelsel valideer`` draait bij elke commit (pre-commit) en vaak per dag. Typer importeert bij het
opstarten pydantic en Rich, en de opdrachtboom kost samen al snel het grootste deel van een run.
Daarom kijkt dit startpunt eerst of de opdracht een eenvoudige ``valideer`` is (paden,
``--format``, ``--geen-cache``, ``--alleen-soort`` van de pre-commit-hook); die draait dan
zonder Typer, Rich, Jinja2 of networkx. Is het één dossiermap en veranderde er niets sinds de
vorige keer, dan komt de hele uitkomst uit de cache (:mod:`stelselkit.lezen.snelweg`)
en wordt verder niets van stelselkit geïmporteerd, ook ``pathlib`` en ``dataclasses`` niet;
anders komt wat kan per bestand uit de validatiecache en wordt pydantic alleen voor een
gewijzigd bestand geïmporteerd. Al het andere — ook ``--help``, een fout in de opties of
``--openbaar`` — gaat naar de gewone opdrachtregel (:func:`stelselkit.cli.main`), met dezelfde
uitkomst.
"""

from __future__ import annotations

import os
import sys


class _Valideer:
    """De opties van een ``valideer`` die de snelle weg aankan."""

    def __init__(self) -> None:
        self.paden: list[str] = []
        self.formaat = "md"
        self.cache = True
        self.alleen_soort = False


def _snelle_valideer(argumenten: list[str]) -> _Valideer | None:
    """De opties van een ``valideer`` die de snelle weg aankan, anders None."""
    if not argumenten or argumenten[0] != "valideer":
        return None
    opdracht = _Valideer()
    rest = iter(argumenten[1:])
    for argument in rest:
        if argument in ("--format", "-f"):
            opdracht.formaat = next(rest, "")
        elif argument.startswith("--format="):
            opdracht.formaat = argument.removeprefix("--format=")
        elif argument == "--geen-cache":
            opdracht.cache = False
        elif argument == "--alleen-soort":
            opdracht.alleen_soort = True
        elif argument.startswith("-"):
            return None  # een andere optie: de gewone opdrachtregel
        else:
            opdracht.paden.append(argument)
    opdracht.paden = opdracht.paden or ["."]
    # Path("") is Path("."), zoals de opdrachtregel het ook leest.
    # Alleen mappen en gewone bestanden; al het andere (een pad dat niet bestaat, een apparaat
    # of pijp) krijgt de melding van de gewone opdrachtregel.
    if opdracht.formaat not in ("md", "json") or not all(
        os.path.isdir(p or ".") or os.path.isfile(p) for p in opdracht.paden
    ):
        return None
    return opdracht


def _valideer(snel: _Valideer) -> tuple[str, int, list[str]]:
    """Valideer zoals ``stelsel valideer``: de tekst voor stdout, de exitcode, de opmerkingen."""
    from pathlib import Path

    from stelselkit.opdrachten.valideren import valideer, valideer_bestanden
    from stelselkit.uitvoer.jsontekst import json_tekst

    paden = [Path(p) for p in snel.paden]
    if len(paden) == 1 and not snel.alleen_soort:
        resultaat = valideer(paden[0], cache=snel.cache)
    else:
        resultaat = valideer_bestanden(paden, alleen_met_soort=snel.alleen_soort, cache=snel.cache)
    tekst = json_tekst(resultaat.als_dict()) if snel.formaat == "json" else resultaat.als_tekst()
    return (tekst if tekst.endswith("\n") else tekst + "\n"), int(resultaat.uitgang), list(
        resultaat.opmerkingen)


def main() -> None:
    """``stelsel``: eerst de snelle weg, anders de opdrachtregel van :mod:`stelselkit.cli`."""
    snel = _snelle_valideer(sys.argv[1:])
    if snel is None:
        from stelselkit.cli import main as volledig

        volledig()
        return
    weg = None
    if snel.cache and len(snel.paden) == 1 and not snel.alleen_soort:
        from stelselkit.lezen.snelweg import Snelweg

        weg = Snelweg.voor(snel.paden[0], snel.formaat)
    if weg is not None:
        bewaard = weg.uitkomst()
        for opmerking in weg.opmerkingen:
            print(f"stelsel: {opmerking}", file=sys.stderr)
        if bewaard is not None:
            sys.stdout.write(bewaard[0])
            sys.exit(bewaard[1])
        weg.begin()
    try:
        try:
            tekst, code, opmerkingen = _valideer(snel)
        except Exception:  # gemeld door de foutgrens van de gewone opdrachtregel (hieronder)
            uitkomst = None
        else:
            uitkomst = tekst, code
            for opmerking in opmerkingen:
                print(f"stelsel: {opmerking}", file=sys.stderr)
            sys.stdout.write(tekst)
            if weg is not None and not opmerkingen:
                weg.onthoud(tekst, code)
    finally:
        if weg is not None:
            weg.sluit()
    if uitkomst is None:
        # Er is nog niets geschreven: de gewone opdrachtregel doet het opnieuw en meldt de fout
        # met haar ene foutgrens (één Nederlandse regel, exitcode 1, 2 of 3, geen traceback).
        from stelselkit.cli import main as volledig

        volledig()
        return
    sys.exit(uitkomst[1])
