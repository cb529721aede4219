"""Concentrische kringen als SVG, met de hand geschreven (geen extra afhankelijkheid).

Het beeld van de omgevingsanalyse (002 instr. 3; 000 bijlage 4): de eigen kracht in het midden,
de kringen als ringen eromheen, van binnen naar buiten. Elke ring is verdeeld in vakken (de vier
invalshoeken); hoe donkerder een vak, hoe meer van zijn vragen beantwoord zijn. Zo is de dekking
per kring en per invalshoek in één oogopslag te zien, ook op papier.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

from stelselkit.weergave.xmltekst import escape

BREEDTE = 720
HOOGTE = 760
MIDDEN_X = BREEDTE / 2
MIDDEN_Y = 380
STRAAL_MIDDEN = 62
STRAAL_BUITEN = 270
KLEUR = "#2e7d32"
KLEUR_MIDDEN = "#fff3c4"
LETTER = "font-family=\"Helvetica, Arial, sans-serif\""


@dataclass(frozen=True)
class Ring:
    """Eén kring: zijn naam en het aantal beantwoorde vragen per vak."""

    naam: str
    dekking: tuple[int, ...]


def _punt(straal: float, hoek: float) -> str:
    x = MIDDEN_X + straal * math.cos(math.radians(hoek))
    y = MIDDEN_Y + straal * math.sin(math.radians(hoek))
    return f"{x:.1f} {y:.1f}"


def _vak(binnen: float, buiten: float, begin: float, eind: float) -> str:
    """Het pad van een stuk ring tussen twee stralen en twee hoeken (met de klok mee)."""
    groot = 1 if eind - begin > 180 else 0
    return (
        f"M {_punt(buiten, begin)} A {buiten:.1f} {buiten:.1f} 0 {groot} 1 {_punt(buiten, eind)} "
        f"L {_punt(binnen, eind)} A {binnen:.1f} {binnen:.1f} 0 {groot} 0 {_punt(binnen, begin)} Z"
    )


def _dekkingskleur(aantal: int, maximum: int) -> str:
    deel = aantal / maximum if maximum else 0.0
    return f'fill="{KLEUR}" fill-opacity="{0.08 + 0.77 * deel:.2f}"' if aantal else 'fill="#ffffff"'


def _tekst(x: float, y: float, inhoud: str, *, grootte: int = 13, anker: str = "middle",
           vet: bool = False, halo: bool = False) -> str:
    extra = ' font-weight="bold"' if vet else ""
    if halo:
        extra += ' stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"'
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anker}" font-size="{grootte}" {LETTER}'
        f'{extra}>{escape(inhoud)}</text>'
    )


def ringen_svg(titel: str, midden: str, ringen: list[Ring], vakken: tuple[str, ...],
               maximum: int) -> str:
    """Teken de ringen van binnen (eerste) naar buiten (laatste) rond het midden."""
    aantal_vakken = len(vakken)
    breedte_ring = (STRAAL_BUITEN - STRAAL_MIDDEN) / max(len(ringen), 1)
    stap = 360 / aantal_vakken
    delen = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{BREEDTE}" height="{HOOGTE}" '
        f'viewBox="0 0 {BREEDTE} {HOOGTE}" role="img">',
        f"<title>{escape(f'Omgevingsanalyse: {titel}')}</title>",
        f'<rect width="{BREEDTE}" height="{HOOGTE}" fill="#ffffff"/>',
        _tekst(MIDDEN_X, 34, titel, grootte=20, vet=True),
    ]
    for n, ring in enumerate(ringen):
        binnen = STRAAL_MIDDEN + n * breedte_ring
        buiten = binnen + breedte_ring
        for v, vak in enumerate(vakken):
            begin = -90 + v * stap
            aantal = ring.dekking[v] if v < len(ring.dekking) else 0
            uitleg = f"{ring.naam} — {vak}: {aantal} van {maximum} vragen beantwoord"
            delen.append(
                f'<path d="{_vak(binnen, buiten, begin, begin + stap)}" '
                f'{_dekkingskleur(aantal, maximum)} stroke="#555555" stroke-width="1">'
                f"<title>{escape(uitleg)}</title></path>"
            )
    # Namen van de kringen bovenaan hun ring, met een witte rand zodat ze leesbaar blijven.
    for n, ring in enumerate(ringen):
        midden_ring = STRAAL_MIDDEN + (n + 0.5) * breedte_ring
        totaal = f"{sum(ring.dekking)}/{maximum * aantal_vakken}"
        delen.append(_tekst(MIDDEN_X, MIDDEN_Y - midden_ring + 4, f"{ring.naam} · {totaal}",
                            grootte=12, halo=True))
    # De eigen kracht in het midden.
    delen.append(
        f'<circle cx="{MIDDEN_X:.1f}" cy="{MIDDEN_Y:.1f}" r="{STRAAL_MIDDEN}" '
        f'fill="{KLEUR_MIDDEN}" stroke="#555555" stroke-width="1.5"/>'
    )
    regels = ["Eigen kracht", *textwrap.wrap(midden, width=16)[:3]]
    eerste_y = MIDDEN_Y - 8 * (len(regels) - 1) + 4
    for r, regel in enumerate(regels):
        delen.append(_tekst(MIDDEN_X, eerste_y + 16 * r, regel, grootte=12, vet=r == 0))
    # De vakken benoemd buiten de buitenste ring, midden in hun hoek.
    for v, vak in enumerate(vakken):
        hoek = -90 + (v + 0.5) * stap
        x = MIDDEN_X + (STRAAL_BUITEN + 18) * math.cos(math.radians(hoek))
        y = MIDDEN_Y + (STRAAL_BUITEN + 18) * math.sin(math.radians(hoek)) + 5
        anker = "start" if x > MIDDEN_X + 1 else "end" if x < MIDDEN_X - 1 else "middle"
        delen.append(_tekst(x, y, vak, grootte=15, anker=anker, vet=True))
    # Legenda: de kleur bij 0 tot het maximum aantal beantwoorde vragen.
    legenda_y = HOOGTE - 60
    delen.append(_tekst(40, legenda_y - 10, "Beantwoorde vragen per invalshoek:", grootte=12,
                        anker="start"))
    for aantal in range(maximum + 1):
        x = 40 + aantal * 46
        delen.append(
            f'<rect x="{x}" y="{legenda_y}" width="36" height="18" '
            f'{_dekkingskleur(aantal, maximum)} stroke="#555555" stroke-width="1"/>'
        )
        delen.append(_tekst(x + 18, legenda_y + 34, str(aantal), grootte=12))
    delen.append(_tekst(BREEDTE - 40, legenda_y + 34, "binnen: dichtbij · buiten: context",
                        grootte=12, anker="end"))
    delen.append("</svg>")
    return "\n".join(delen) + "\n"

