"""``stelsel analyse NAAM``: de opdrachten van de analyses in het register, uit één fabriek.

Elke analyse met de gewone vorm (bestanden van haar soort of een dossiermap erin, ``--format``,
``--uit``, ``--openbaar``, ``--vandaag``) krijgt haar opdracht van :func:`maak`; de hulptekst
staat hier per analyse, in het Nederlands en specifiek. Een eigen optie van een analyse (zoals
``netwerkprogramma --weken``) staat in de tabel en gaat als sleutelwoord naar haar
``analyseer``. Wat meer doet dan analyseren (``casus`` met zijn openbare drempel, ``omgeving
--svg``, ``portfolio`` op een heel dossier) houdt een eigen module.

De analyse wordt pas geladen als de opdracht draait (``stelsel --help`` blijft snel); een test
controleert dat elke naam hier in het register staat en dezelfde analyse oplevert.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    UitOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
    lever_analyse,
)

if TYPE_CHECKING:
    from stelselkit.analyse import Analyse

UITGANG = (
    "\n\nExitcode 0: klaar. 1: een bestand is ongeldig of van een andere soort, er is geen "
    "bestand van deze soort, of het dossier heeft fouten (het rapport noemt ze vooraan, met "
    "bestand en regel). 2: verkeerd gebruik."
)


@dataclass(frozen=True)
class Analyseopdracht:
    """Een analyse uit het register als opdracht: haar naam, de hulptekst en wat de paden zijn."""

    naam: str
    hulp: str
    paden: str  # de hulptekst van het argument
    opties: tuple[inspect.Parameter, ...] = ()  # eigen opties, als sleutelwoord naar analyseer


def _optie(naam: str, type_: Any, standaard: Any) -> inspect.Parameter:
    return inspect.Parameter(naam, inspect.Parameter.KEYWORD_ONLY, default=standaard,
                             annotation=type_)


WekenOptie = Annotated[
    int,
    typer.Option(
        "--weken", min=0, max=520,
        help="hoeveel weken een signaal of contact mag wachten voor het als niet opgepakt telt "
        "(een keuze, geen regel van de methode)",
    ),
]


OPDRACHTEN: tuple[Analyseopdracht, ...] = (
    Analyseopdracht(
        "vermogen",
        "Vermogensanalyse: het verhaal van elk onderdeel met bewijs (een score alleen als eigen "
        "oordeel), de verandering sinds de vorige periode, faciliteiten, praktijkafspraken en "
        "overbodig worden (002, hoofdstuk 6, instrument 4; 002, hoofdstuk 4, stap 5).",
        "vermogensanalyse-bestanden, of de dossiermap (standaard de huidige)",
    ),
    Analyseopdracht(
        "thema",
        "Thema-analyse: knooppunten (personen, plekken en initiatieven die in meer bronnen "
        "terugkomen), lege vakken, de naam, de tijdlijn en wie uit het netwerkje nog uitgenodigd "
        "kan worden (002, hoofdstuk 6, instrument 2; 001, §4.2).\n\nLeest ook de "
        "dorpsgesprekken, brainstormborden en gesprekstafels die onder 'bronnen' staan.",
        "thema-analyse-bestanden, of de dossiermap (standaard de huidige)",
    ),
    Analyseopdracht(
        "patroon",
        "Patroononderzoek: balans over de vier kwadranten, het verbindend patroon, hoe divers de "
        "groep is, wie in één kwadrant bleef en welke gespreksvragen open staan (002, hoofdstuk "
        "6, instrument 5).\n\nHet rapport tekent het kruis met het thema in het midden.",
        "patroononderzoek-bestanden, of de dossiermap (standaard de huidige)",
    ),
    Analyseopdracht(
        "matrix",
        "Toon de stelselmatrix: posities × elementen met de aandachtspunten per cel.\n\n"
        "Met bevindingen over lege cellen, posities zonder aandachtspunt, aandachtspunten die "
        "geen activiteit van het programma oppakt en activiteiten die naar geen cel wijzen "
        "(000, §3–§8).",
        "de dossiermap (standaard de huidige), of stelselmatrix-bestanden",
    ),
    Analyseopdracht(
        "programma",
        "Waar het programma staat: stappen en fase, wat te laat is, wat komt, wat gedaan is en "
        "wat het opleverde, een planning (Mermaid-gantt) en welke delen van de methode nog geen "
        "activiteit hebben (002, hoofdstuk 4; 000, §8).",
        "de dossiermap (standaard de huidige), of programma-bestanden",
    ),
    Analyseopdracht(
        "routekaart",
        "Routekaart als analyse: leervragen zonder les over een afgelopen periode, mijlpalen "
        "zonder inwoners en fase 3 zonder leerafspraak (004; 000, §8).\n\nVoor de afdrukbare "
        "pagina (html, A4 of A3) en dossiers zonder routekaart-bestand: 'stelsel routekaart'.",
        "routekaart-bestanden, of de dossiermap (standaard de huidige)",
    ),
    Analyseopdracht(
        "netwerkprogramma",
        "Netwerkprogramma: de zeven stappen, en wat uit de gesprekken voortkwam.\n\n"
        "Volgt elk signaal, elke wens en mogelijkheid tot een thema, initiatief of "
        "gesprekstafel, elk contact (uitgenodigd, gekomen, betrokken, afgehaakt), de "
        "tafelkaarten en de gezamenlijke tijdlijn, bestaande gebeurtenissen, de slotbijeenkomst "
        "en het thema van de volgende periode (001, §4.2–§4.3).",
        "netwerkprogramma-bestanden, of de dossiermap (standaard de huidige)",
        (_optie("weken", WekenOptie, 6),),
    ),
)


def laad(naam: str) -> Analyse[Any]:
    """De analyse ``naam`` uit het register, geladen als de opdracht draait."""
    analyse: Analyse[Any] = importlib.import_module(f"stelselkit.analyse.{naam}").ANALYSE
    return analyse


# De opties die elke analyse heeft, in de volgorde van de hulp.
GEWOON: tuple[inspect.Parameter, ...] = (
    _optie("formaat", FormaatOptie, Formaat.md),
    _optie("uit", UitOptie, None),
    _optie("openbaar", OpenbaarOptie, False),
    _optie("vandaag", VandaagOptie, None),
)


def maak(opdracht: Analyseopdracht) -> Callable[..., None]:
    """De Typer-opdracht van een analyse: paden lezen, de ene runner, leveren."""

    def analyse(**argumenten: Any) -> None:
        from stelselkit.opdrachten.analyse import draai

        gekozen: list[Path] = argumenten.pop("paden") or [Path(".")]
        formaat, uit = argumenten.pop("formaat"), argumenten.pop("uit")
        dag = dag_van(argumenten.pop("vandaag"), gekozen)
        del argumenten["openbaar"]  # de foutgrens leest het
        gekozen_analyse = laad(opdracht.naam)
        if argumenten:  # eigen opties gaan als sleutelwoord naar analyseer
            gekozen_analyse = dataclasses.replace(gekozen_analyse, analyseer=functools.partial(
                gekozen_analyse.analyseer, **argumenten))
        lever_analyse(draai(gekozen_analyse, gekozen, dag), formaat, uit)

    paden = inspect.Parameter("paden", inspect.Parameter.KEYWORD_ONLY, default=None,
                              annotation=Annotated[
                                  list[Path] | None,
                                  typer.Argument(metavar="DOSSIER|BESTAND", help=opdracht.paden,
                                                 show_default=False),
                              ])
    # Typer leest de opties uit de signatuur; die verschilt per analyse.
    analyse.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [paden, *GEWOON, *opdracht.opties])
    analyse.__name__ = opdracht.naam
    analyse.__doc__ = opdracht.hulp + UITGANG
    return foutgrens(analyse)


OPDRACHT: dict[str, Callable[..., None]] = {o.naam: maak(o) for o in OPDRACHTEN}
