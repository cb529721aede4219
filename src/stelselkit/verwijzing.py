"""Ids en verwijzingen tussen dossierbestanden, als gewone waarden.

Staat los van de modellen (en van pydantic), zodat de controle van verwijzingen tussen bestanden
ook kan draaien uit de validatiecache, zonder één model te bouwen (:mod:`stelselkit.lezen.cache`).
"""

from __future__ import annotations

from dataclasses import dataclass

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Definitie:
    """Een id dat een bestand aanbiedt om naar te verwijzen."""

    soort: str  # bijv. "tafelkleed", "activiteit", "initiatief"
    id: str
    loc: Loc
    # Mag dezelfde id in meer bestanden staan? Een schakel staat op elke momentopname (tafelkleed)
    # waar hij bij hoort, met dezelfde id; een activiteit of initiatief is er maar één keer.
    uniek: bool = True


@dataclass(frozen=True)
class Verwijzing:
    """Een verwijzing vanuit een bestand naar een id elders in het dossier."""

    loc: Loc
    id: str
    soorten: tuple[str, ...]  # welke soorten definities passen
    omschrijving: str  # voor de melding, bijv. "het thema"
