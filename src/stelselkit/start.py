"""Het startpunt van ``stelsel``: de snelle weg voor ``valideer``, anders de hele opdrachtregel.

``stelsel valideer`` draait bij elke commit (pre-commit) en vaak per dag. Typer importeert bij het
opstarten pydantic en Rich, en de opdrachtboom kost samen al snel het grootste deel van een run.
Daarom kijkt dit startpunt eerst of de opdracht een eenvoudige ``valideer`` is (paden,
``--format``, ``--geen-cache``, ``--alleen-soort`` van de pre-commit-hook); die draait dan
zonder Typer, Rich, Jinja2 of networkx. Komt alles uit de validatiecache, dan wordt ook pydantic
niet geïmporteerd (:mod:`stelselkit.lezen.cache`). Al het andere — ook ``--help``, een fout in
de opties of ``--openbaar`` — gaat naar de gewone opdrachtregel (:func:`stelselkit.cli.main`),
met dezelfde uitkomst.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class _Valideer:
    paden: list[Path]
    formaat: str = "md"
    cache: bool = True
    alleen_soort: bool = False


def _snelle_valideer(argumenten: list[str]) -> _Valideer | None:
    """De opties van een ``valideer`` die de snelle weg aankan, anders None."""
    if not argumenten or argumenten[0] != "valideer":
        return None
    opdracht = _Valideer(paden=[])
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
            opdracht.paden.append(Path(argument))
    opdracht.paden = opdracht.paden or [Path(".")]
    if opdracht.formaat not in ("md", "json") or not all(p.exists() for p in opdracht.paden):
        return None
    return opdracht


def main() -> None:
    """``stelsel``: eerst de snelle weg, anders de opdrachtregel van :mod:`stelselkit.cli`."""
    snel = _snelle_valideer(sys.argv[1:])
    if snel is not None:
        from stelselkit.opdrachten.valideren import valideer, valideer_bestanden
        from stelselkit.uitvoer.jsontekst import json_tekst

        if len(snel.paden) == 1 and not snel.alleen_soort:
            resultaat = valideer(snel.paden[0], cache=snel.cache)
        else:
            resultaat = valideer_bestanden(
                snel.paden, alleen_met_soort=snel.alleen_soort, cache=snel.cache
            )
        for opmerking in resultaat.opmerkingen:
            print(f"stelsel: {opmerking}", file=sys.stderr)
        tekst = (json_tekst(resultaat.als_dict()) if snel.formaat == "json"
                 else resultaat.als_tekst())
        sys.stdout.write(tekst if tekst.endswith("\n") else tekst + "\n")
        sys.exit(int(resultaat.uitgang))

    from stelselkit.cli import main as volledig

    volledig()
