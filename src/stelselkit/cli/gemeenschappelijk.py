"""Wat alle opdrachten delen: de opties ``--format`` en ``--uit``, en de foutgrens.

De CLI ontleedt alleen opties en roept dan een pure functie aan. Fouten van de gebruiker
(:class:`~stelselkit.fouten.StelselFout`) worden hier één Nederlandse regel en een exitcode.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from stelselkit.fouten import Probleem, StelselFout, Uitgang
from stelselkit.uitvoer.jsontekst import json_tekst as json_tekst

if TYPE_CHECKING:
    from stelselkit.opdrachten.analyse import Uitvoering

F = TypeVar("F", bound=Callable[..., Any])


class Formaat(StrEnum):
    md = "md"
    json = "json"


FormaatOptie = Annotated[
    Formaat,
    typer.Option("--format", "-f", help="md (Markdown, voor mensen) of json (voor machines)"),
]
UitOptie = Annotated[
    Path | None,
    typer.Option("--uit", "-o", help="schrijf naar dit bestand in plaats van naar het scherm"),
]
OpenbaarOptie = Annotated[
    bool,
    typer.Option(
        "--openbaar",
        help="voor publicatie: privé-personen als pseudoniem, geen contactgegevens (AVG)",
    ),
]
VandaagOptie = Annotated[
    str | None,
    typer.Option(
        "--vandaag",
        help=(
            "de datum waarop de stand bepaald wordt (JJJJ-MM-DD); standaard de 'peildatum' "
            "uit dossier.yaml, anders vandaag"
        ),
    ),
]
PadenArgument = Annotated[
    list[Path],
    typer.Argument(
        metavar="BESTAND",
        help="een of meer bestanden van deze soort, of een dossiermap (alle bestanden)",
    ),
]
OverschrijvenOptie = Annotated[
    bool, typer.Option("--overschrijven", help="een bestaand bestand mag vervangen worden")
]


def foutgrens(functie: F) -> F:
    """Zet een :class:`StelselFout` om in een melding op stderr en de juiste exitcode.

    Met ``--openbaar`` draait de opdracht in een openbaar-context
    (:func:`stelselkit.lezen.openbaar.openbaar_lezen`): alles wat ze leest, komt als openbaar
    dossier binnen, vóór een analyse of weergave het ziet; en alles wat ze schrijft of op stdout
    zet, gaat pas weg na de lekcontrole (:func:`stelselkit.uitvoer.lekcontrole.publiceer`). Dit is
    de enige plek waar dat gebeurt.
    """

    @functools.wraps(functie)
    def omhulsel(*args: Any, **kwargs: Any) -> Any:
        try:
            if kwargs.get("openbaar"):
                from stelselkit.lezen.openbaar import openbaar_lezen
                from stelselkit.uitvoer.lekcontrole import publiceer

                with openbaar_lezen(_invoerpaden(kwargs.values())) as openbaar, publiceer(
                    openbaar, doorlaten=(typer.Exit,)
                ):
                    return functie(*args, **kwargs)
            return functie(*args, **kwargs)
        except StelselFout as fout:
            print(f"stelsel: {fout.melding}", file=sys.stderr)
            raise typer.Exit(int(fout.uitgang)) from None

    return omhulsel  # type: ignore[return-value]


def _invoerpaden(waarden: Iterable[object]) -> Iterator[Path]:
    """Elk bestaand pad onder de argumenten van een opdracht, en het bestand van elk
    ``PAD@revisie`` (ook als het nu weg is): de dossiers waarvan de privé-personen verzameld
    worden. Een pad te veel verbergt hooguit meer; een tekst die geen pad is (een datum) telt
    niet."""
    for waarde in waarden:
        if isinstance(waarde, Path):
            if waarde.exists():
                yield waarde
        elif type(waarde) is str:
            if Path(waarde).exists():
                yield Path(waarde)
            elif "@" in waarde:
                yield Path(waarde.rsplit("@", 1)[0])
        elif isinstance(waarde, list | tuple):
            yield from _invoerpaden(waarde)


def peildatum(paden: Iterable[Path | str]) -> dt.date | None:
    """De ``peildatum`` uit de ``dossier.yaml`` van de dossiers waar ``paden`` in liggen.

    Noemen meer dossiers er een, dan de laatste: een vergelijking kijkt vanaf het moment dat
    alles al gebeurd is. Een onleesbaar of ongeldig dossier.yaml telt niet (valideer meldt het).
    """
    from stelselkit.lezen.dossier import DOSSIERBESTAND, dossiermap_van, lees_bestand
    from stelselkit.model import Dossier

    data: set[dt.date] = set()
    for pad in paden:
        map_ = dossiermap_van(Path(str(pad).split("@", 1)[0]))
        if map_ is None:
            continue
        model = lees_bestand(map_ / DOSSIERBESTAND)[0].model
        if isinstance(model, Dossier) and model.peildatum is not None:
            data.add(model.peildatum.eind)
    return max(data, default=None)


def dag_van(tekst: str | None, paden: Iterable[Path | str] = ()) -> dt.date:
    """``--vandaag``: een ISO-datum; anders de ``peildatum`` van het dossier, anders vandaag."""
    from stelselkit.fouten import GebruiksFout

    if tekst is None:
        return peildatum(paden) or dt.date.today()
    from stelselkit.model.basis import EERSTE_JAAR, LAATSTE_JAAR

    try:
        dag = dt.date.fromisoformat(tekst)
    except ValueError:
        raise GebruiksFout(
            f"'--vandaag {tekst}' is geen datum; schrijf hem als 2014-06-30"
        ) from None
    if not EERSTE_JAAR <= dag.year <= LAATSTE_JAAR:
        raise GebruiksFout(
            f"'--vandaag {tekst}' ligt buiten de jaren {EERSTE_JAAR}–{LAATSTE_JAAR}"
        )
    return dag


def meld_dossierfouten(problemen: list[Probleem]) -> None:
    """Fouten in de verwijzingen: elk met bestand en regel op stderr, en exitcode 1."""
    if not problemen:
        return
    for probleem in problemen:
        print(f"stelsel: {probleem.als_regel()}", file=sys.stderr)
    raise typer.Exit(int(Uitgang.ONGELDIG))


def lever(tekst: str, uit: Path | None, *, overschrijven: bool = False) -> None:
    """Druk af, of schrijf atomisch naar ``uit``: eerdere uitvoer van stelsel wordt vervangen,
    een ander bestaand bestand alleen met ``overschrijven`` (zie ``schrijf_uitvoer``)."""
    if uit is None:
        sys.stdout.write(tekst if tekst.endswith("\n") else tekst + "\n")
        return
    from stelselkit.uitvoer.schrijven import schrijf_uitvoer

    schrijf_uitvoer(uit, tekst, overschrijven=overschrijven)
    print(f"geschreven: {uit}", file=sys.stderr)


def lever_analyse(
    uitvoering: Uitvoering,
    formaat: Formaat,
    uit: Path | None,
) -> None:
    """Lever het resultaat van een analyse als Markdown of als de JSON-envelop, en pas het ene
    beleid voor dossierfouten toe: het rapport komt er, de fouten staan op stderr, exitcode 1."""
    if formaat is Formaat.json:
        tekst = json_tekst(uitvoering.resultaat.als_dict())
    else:
        from stelselkit.weergave.rapporten import markdown

        tekst = markdown(uitvoering.resultaat)
    lever(tekst, uit)
    meld_dossierfouten(list(uitvoering.problemen))
