"""Waar elke knoop van een tafelkleed ligt: één indeling voor papier en scherm.

Het afdrukbare tafelkleed (:func:`stelselkit.uitvoer.netwerk.svg`) en het interactieve tafelkleed
van het buurtportfolio gebruiken dezelfde plaatsing, zodat wat op het scherm staat overeenkomt
met het vel op tafel: het thema in het midden, de schakels in een ring (gesorteerd op positie van
betrokkenheid), de ingrediënten aan de rand, zo dicht mogelijk bij (de hoek van) hun eerste
schakel; ingrediënten zonder schakel sluiten de rij.

Eenheden: 0,1 mm op A3 liggend (420 × 297 mm); bij een groot netwerk groeit het vel (A2, A1, A0).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from stelselkit.analyse.netwerkgraaf import POSITIE_VOLGORDE, Netwerk, NetwerkSchakel

A3_BREEDTE = 4200
A3_HOOGTE = 2970
SCHAKELS_OP_A3 = 8
INGREDIENTEN_OP_A3 = 60
PAPIER: tuple[tuple[float, str], ...] = ((1.0, "A3"), (math.sqrt(2), "A2"), (2.0, "A1"),
                                         (2 * math.sqrt(2), "A0"))


@dataclass(frozen=True)
class Plaatsing:
    """De plek van het thema, elke schakel en elk ingrediënt op het vel."""

    factor: float  # de maat ten opzichte van A3
    papier: str  # "A3", "A2", …
    breedte: float
    hoogte: float
    schakels: tuple[NetwerkSchakel, ...]  # in ringvolgorde
    schakelplek: dict[str, tuple[float, float, float]]  # id → (x, y, hoek)
    rand: tuple[str, ...]  # ingrediënt-ids in randvolgorde
    ingredientplek: dict[str, tuple[float, float]]  # id → (x, y)

    @property
    def midden(self) -> tuple[float, float]:
        return self.breedte / 2, self.hoogte / 2


def _papier(netwerk: Netwerk) -> tuple[float, str]:
    nodig = max(1.0, math.sqrt(len(netwerk.schakels) / SCHAKELS_OP_A3),
                math.sqrt(len(netwerk.ingredienten) / INGREDIENTEN_OP_A3))
    for factor, naam in PAPIER:
        if nodig <= factor:
            return factor, naam
    return nodig, "A0 of groter"


def _hoek_verschil(a: float, b: float) -> float:
    return (a - b + math.pi) % (2 * math.pi) - math.pi


def plaats(netwerk: Netwerk, vel: tuple[float, str] | None = None) -> Plaatsing:
    """De indeling van het tafelkleed (zie de moduletekst); ``vel`` is (maat ten opzichte van
    A3, naam) als het papier al gekozen is, anders volgt het uit het aantal knopen."""
    factor, papier = vel or _papier(netwerk)
    breedte, hoogte = A3_BREEDTE * factor, A3_HOOGTE * factor
    mx, my = breedte / 2, hoogte / 2
    schakels = sorted(
        netwerk.schakels.values(),
        key=lambda s: (POSITIE_VOLGORDE.index(s.beste_positie) if s.beste_positie else 9, s.id),
    )
    # De schakels in een ring (om en om iets verder naar buiten als het er veel zijn).
    plek: dict[str, tuple[float, float, float]] = {}
    for n, s in enumerate(schakels):
        hoek = -math.pi / 2 + 2 * math.pi * n / max(len(schakels), 1)
        ring = 1.0 if len(schakels) <= 10 or n % 2 == 0 else 1.28
        plek[s.id] = (mx + 820 * factor * ring * math.cos(hoek),
                      my + 480 * factor * ring * math.sin(hoek), hoek)
    gewenst: dict[str, float] = {}
    for s in reversed(schakels):
        for i in s.ingredienten:
            gewenst[i] = plek[s.id][2]
    rand = sorted(netwerk.ingredienten, key=lambda i: (
        (0, (gewenst[i] + math.pi / 2) % (2 * math.pi), i) if i in gewenst else (1, 0.0, i)))
    stap = 2 * math.pi / max(len(rand), 1)
    basis = [-math.pi / 2 + stap * (n + 0.5) for n in range(len(rand))]
    verschillen = [_hoek_verschil(gewenst[i], b)
                   for i, b in zip(rand, basis, strict=True) if i in gewenst]
    draai = sum(verschillen) / len(verschillen) if verschillen else 0.0
    buiten: dict[str, tuple[float, float]] = {}
    for i, b in zip(rand, basis, strict=True):
        buiten[i] = (mx + 1480 * factor * math.cos(b + draai),
                     my + 860 * factor * math.sin(b + draai))
    return Plaatsing(factor, papier, breedte, hoogte, tuple(schakels), plek, tuple(rand), buiten)
