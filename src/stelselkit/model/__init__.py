"""De modellen van alle soorten dossierbestanden, één module per soort.

Een model wordt pas gebouwd als een bestand van die soort gelezen wordt: pydantic maakt zijn
validator bij het importeren van de klasse, en dat kost per soort tijd die een opdracht die één
soort leest niet hoeft te betalen. :data:`SOORTEN` is daarom een register van namen naar
``module:klasse``; ``SOORTEN["tafelkleed"]`` importeert (en bouwt) alleen het tafelkleed.
Een nieuwe soort is één regel in :data:`_REGISTER`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stelselkit.model.basis import Bestand
    from stelselkit.model.brainstormbord import Brainstormbord
    from stelselkit.model.casus import Casus
    from stelselkit.model.dorpsgesprek import Dorpsgesprek
    from stelselkit.model.dossier import Dossier
    from stelselkit.model.gebiedsteam import Gebiedsteam
    from stelselkit.model.gesprekstafel import Gesprekstafel
    from stelselkit.model.netwerkprogramma import Netwerkprogramma
    from stelselkit.model.omgevingsanalyse import Omgevingsanalyse
    from stelselkit.model.patroononderzoek import Patroononderzoek
    from stelselkit.model.portfolio import Portfolio
    from stelselkit.model.posities import Posities
    from stelselkit.model.programma import Programma
    from stelselkit.model.routekaart import Routekaart
    from stelselkit.model.stelselmatrix import Stelselmatrix
    from stelselkit.model.tafelkleed import Tafelkleed
    from stelselkit.model.thema import Thema
    from stelselkit.model.thema_analyse import ThemaAnalyse
    from stelselkit.model.verantwoording import Indicatoren, Verschuivingen
    from stelselkit.model.vermogensanalyse import Vermogensanalyse
    from stelselkit.model.vissenkom import Vissenkom

# soort → (module, klasse), in de volgorde waarin ze in meldingen en schema's verschijnen.
_REGISTER: dict[str, tuple[str, str]] = {
    "dossier": ("dossier", "Dossier"),
    "thema": ("thema", "Thema"),
    "posities": ("posities", "Posities"),
    "tafelkleed": ("tafelkleed", "Tafelkleed"),
    "thema-analyse": ("thema_analyse", "ThemaAnalyse"),
    "brainstormbord": ("brainstormbord", "Brainstormbord"),
    "dorpsgesprek": ("dorpsgesprek", "Dorpsgesprek"),
    "gesprekstafel": ("gesprekstafel", "Gesprekstafel"),
    "omgevingsanalyse": ("omgevingsanalyse", "Omgevingsanalyse"),
    "vermogensanalyse": ("vermogensanalyse", "Vermogensanalyse"),
    "patroononderzoek": ("patroononderzoek", "Patroononderzoek"),
    "stelselmatrix": ("stelselmatrix", "Stelselmatrix"),
    "programma": ("programma", "Programma"),
    "portfolio": ("portfolio", "Portfolio"),
    "gebiedsteam": ("gebiedsteam", "Gebiedsteam"),
    "casus": ("casus", "Casus"),
    "vissenkom": ("vissenkom", "Vissenkom"),
    "netwerkprogramma": ("netwerkprogramma", "Netwerkprogramma"),
    "routekaart": ("routekaart", "Routekaart"),
    "verschuivingen": ("verantwoording", "Verschuivingen"),
    "indicatoren": ("verantwoording", "Indicatoren"),
}
_KLASSEN: dict[str, tuple[str, str]] = {klasse: (module, klasse) for module, klasse in
                                        _REGISTER.values()}


def _laad(module: str, klasse: str) -> Any:
    return getattr(importlib.import_module(f"stelselkit.model.{module}"), klasse)


class _Soorten(Mapping[str, "type[Bestand]"]):
    """Soort → modelklasse; de klasse wordt pas bij de eerste vraag geïmporteerd."""

    def __getitem__(self, soort: str) -> type[Bestand]:
        module, klasse = _REGISTER[soort]
        model: type[Bestand] = _laad(module, klasse)
        return model

    def __iter__(self) -> Iterator[str]:
        return iter(_REGISTER)

    def __len__(self) -> int:
        return len(_REGISTER)

    def __contains__(self, soort: object) -> bool:
        return isinstance(soort, str) and soort in _REGISTER


SOORTEN: Mapping[str, type[Bestand]] = _Soorten()


def __getattr__(naam: str) -> Any:
    """``from stelselkit.model import Tafelkleed`` werkt zoals altijd, maar pas op verzoek."""
    if naam == "Bestand":
        return _laad("basis", "Bestand")
    if naam in _KLASSEN:
        return _laad(*_KLASSEN[naam])
    raise AttributeError(f"module 'stelselkit.model' has no attribute {naam!r}")


__all__ = [
    "SOORTEN",
    "Bestand",
    "Brainstormbord",
    "Casus",
    "Dorpsgesprek",
    "Dossier",
    "Gebiedsteam",
    "Gesprekstafel",
    "Indicatoren",
    "Netwerkprogramma",
    "Omgevingsanalyse",
    "Patroononderzoek",
    "Portfolio",
    "Posities",
    "Programma",
    "Routekaart",
    "Stelselmatrix",
    "Tafelkleed",
    "Thema",
    "ThemaAnalyse",
    "Vermogensanalyse",
    "Verschuivingen",
    "Vissenkom",
]
