"""De ene manier om een analyse te draaien: invoer lezen, analyseren, dossierfouten melden.

Elke ``stelsel analyse …``-opdracht (en ``rapport``) gaat hierdoorheen, zodat ze dezelfde invoer
begrijpen en dossierfouten op dezelfde manier behandelen:

- **invoer**: bestanden van de soort van de analyse, of een dossiermap (alle bestanden van die
  soort, elk met het dossier eromheen);
- **één beleid voor dossierfouten**: heeft een dossier waar de bestanden in liggen fouten (een
  kapotte verwijzing, een ongeldig bestand van een andere soort), dan komt er toch een rapport,
  met vooraan één bevinding die de fouten noemt, en de opdracht eindigt met exitcode 1 (zoals de
  README belooft). Een bestand van de soort zelf dat niet te lezen is, kan niet geanalyseerd
  worden: dat is een melding zonder rapport, ook exitcode 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stelselkit.analyse import Analyse, Bron, Resultaat
from stelselkit.fouten import Probleem, Uitgang
from stelselkit.lezen.dossier import DOSSIERBESTAND, dossiermap_van, laad_modellen


@dataclass(frozen=True)
class Uitvoering:
    """Een gedraaide analyse: het resultaat en de fouten van de dossiers die ze las."""

    resultaat: Resultaat[Any]
    problemen: tuple[Probleem, ...]

    @property
    def uitgang(self) -> Uitgang:
        return Uitgang.ONGELDIG if self.problemen else Uitgang.GOED


def dossierfouten_van(bronnen: Sequence[Bron[Any]]) -> tuple[Probleem, ...]:
    """De fouten van alle dossiers waar de bronnen in liggen, elk één keer, in vaste volgorde."""
    gezien: set[int] = set()
    problemen: set[Probleem] = set()
    for _, _, dossier in bronnen:
        if dossier is None or id(dossier) in gezien:
            continue
        gezien.add(id(dossier))
        problemen.update(p for p in dossier.problemen if p.niveau == "fout")
    return tuple(sorted(problemen))


def invoer(pad: Path) -> Path:
    """Een map binnen een dossier (zoals de werkmap bij ``stelsel matrix``) staat voor het hele
    dossier; een bestand of een andere map blijft zichzelf."""
    if pad.is_dir() and not (pad / DOSSIERBESTAND).is_file():
        return dossiermap_van(pad) or pad
    return pad


def draai(analyse: Analyse[Any], paden: Sequence[Path], vandaag: dt.date) -> Uitvoering:
    """Lees ``paden`` voor ``analyse``, analyseer, en zet de dossierfouten vooraan."""
    bronnen = laad_modellen([invoer(p) for p in paden], analyse.soort)
    problemen = dossierfouten_van(bronnen)
    resultaat = analyse.analyseer(bronnen, vandaag).met_dossierfouten(problemen)
    return Uitvoering(resultaat, problemen)
