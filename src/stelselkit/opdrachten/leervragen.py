"""Leervragen en lessen van buurten naast elkaar: een eigen deel van ``stelsel vergelijk``.

Fase 4 legt buurten naast elkaar om van elkaar te leren (000 §8); de leervragen van de
routekaarten (004) zijn daar het eerlijkste materiaal voor: wat elke buurt wil weten en wat ze
al leerde. Per cel van de stelselmatrix staat welke buurt er een leervraag over heeft; daarna per
buurt de vragen met hun lessen. Geen rangorde.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from stelselkit.analyse.routekaart import Leervraagbeeld, routekaartbeeld
from stelselkit.lezen.dossier import dossiermap_van, laad_dossier


@dataclass
class Leervergelijking:
    buurten: list[str]
    vragen: list[list[Leervraagbeeld]]  # per buurt
    cellen: list[tuple[str, list[list[str]]]]  # cel, per buurt de ids van de leervragen

    @property
    def leeg(self) -> bool:
        return not any(self.vragen)

    def als_dict(self) -> dict[str, object]:
        return {
            "buurten": {b: [v.als_dict() for v in vragen]
                        for b, vragen in zip(self.buurten, self.vragen, strict=True)},
            "cellen": {cel: dict(zip(self.buurten, ids, strict=True)) for cel, ids in self.cellen},
        }


def leervragen_naast_elkaar(mappen: list[Path], vandaag: dt.date) -> Leervergelijking:
    buurten: list[str] = []
    vragen: list[list[Leervraagbeeld]] = []
    for map_ in mappen:
        dossier = laad_dossier(dossiermap_van(map_) or map_)
        beeld = routekaartbeeld(dossier, vandaag)
        buurten.append(dossier.naam)
        vragen.append(beeld.leervragen if beeld else [])
    alle_cellen = sorted({c for per in vragen for v in per for c in v.cellen})
    cellen = [(cel, [[v.id for v in per if cel in v.cellen] for per in vragen])
              for cel in alle_cellen]
    return Leervergelijking(buurten, vragen, cellen)
