"""``stelsel analyse NAAM``: de opdrachten van de analyses in het register, uit één fabriek.

Elke analyse met de gewone vorm (bestanden van haar soort of een dossiermap erin, ``--format``,
``--uit``, ``--openbaar``, ``--vandaag``) krijgt haar opdracht van :func:`maak`; alleen de
hulptekst verschilt, en die staat hier per analyse, in het Nederlands en specifiek. Wat een eigen
optie heeft (``netwerkprogramma --weken``, ``casus`` met zijn openbare drempel, ``portfolio``)
houdt een eigen module.

De analyse wordt pas geladen als de opdracht draait (``stelsel --help`` blijft snel); een test
controleert dat elke naam hier in het register staat en dezelfde analyse oplevert.
"""

from __future__ import annotations

import importlib
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


OPDRACHTEN: tuple[Analyseopdracht, ...] = (
    Analyseopdracht(
        "vermogen",
        "Vermogensanalyse: het verhaal van elk onderdeel met bewijs (een score alleen als eigen "
        "oordeel), de verandering sinds de vorige periode, faciliteiten, praktijkafspraken en "
        "overbodig worden (002, hoofdstuk 6, instrument 4; 002, hoofdstuk 4, stap 5).",
        "vermogensanalyse-bestanden, of de dossiermap (standaard de huidige)",
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
)


def laad(naam: str) -> Analyse[Any]:
    """De analyse ``naam`` uit het register, geladen als de opdracht draait."""
    analyse: Analyse[Any] = importlib.import_module(f"stelselkit.analyse.{naam}").ANALYSE
    return analyse


def maak(opdracht: Analyseopdracht) -> Callable[..., None]:
    """De Typer-opdracht van een analyse: paden lezen, de ene runner, leveren."""

    def analyse(
        paden: list[Path] | None = None,
        formaat: FormaatOptie = Formaat.md,
        uit: UitOptie = None,
        openbaar: OpenbaarOptie = False,
        vandaag: VandaagOptie = None,
    ) -> None:
        from stelselkit.opdrachten.analyse import draai

        gekozen = paden or [Path(".")]
        uitvoering = draai(laad(opdracht.naam), gekozen, dag_van(vandaag, gekozen))
        lever_analyse(uitvoering, formaat, uit)

    # De hulptekst van het argument verschilt per analyse; daarom hier, niet in de signatuur.
    analyse.__annotations__["paden"] = Annotated[
        list[Path] | None,
        typer.Argument(metavar="DOSSIER|BESTAND", help=opdracht.paden, show_default=False),
    ]
    analyse.__name__ = opdracht.naam
    analyse.__doc__ = opdracht.hulp + UITGANG
    return foutgrens(analyse)


OPDRACHT: dict[str, Callable[..., None]] = {o.naam: maak(o) for o in OPDRACHTEN}
