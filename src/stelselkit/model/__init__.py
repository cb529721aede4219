"""De modellen van alle soorten dossierbestanden, één module per soort."""

from __future__ import annotations

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
from stelselkit.model.stelselmatrix import Stelselmatrix
from stelselkit.model.tafelkleed import Tafelkleed
from stelselkit.model.thema import Thema
from stelselkit.model.thema_analyse import ThemaAnalyse
from stelselkit.model.vermogensanalyse import Vermogensanalyse
from stelselkit.model.vissenkom import Vissenkom

SOORTEN: dict[str, type[Bestand]] = {
    model.SOORT: model
    for model in (
        Dossier,
        Thema,
        Posities,
        Tafelkleed,
        ThemaAnalyse,
        Brainstormbord,
        Dorpsgesprek,
        Gesprekstafel,
        Omgevingsanalyse,
        Vermogensanalyse,
        Patroononderzoek,
        Stelselmatrix,
        Programma,
        Portfolio,
        Gebiedsteam,
        Casus,
        Vissenkom,
        Netwerkprogramma,
    )
}

__all__ = [
    "SOORTEN",
    "Bestand",
    "Brainstormbord",
    "Casus",
    "Dorpsgesprek",
    "Dossier",
    "Gebiedsteam",
    "Gesprekstafel",
    "Netwerkprogramma",
    "Omgevingsanalyse",
    "Patroononderzoek",
    "Portfolio",
    "Posities",
    "Programma",
    "Stelselmatrix",
    "Tafelkleed",
    "Thema",
    "ThemaAnalyse",
    "Vermogensanalyse",
    "Vissenkom",
]
