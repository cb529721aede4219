"""``stelsel verloop`` in Markdown en als grafiek (SVG).

De grafiek tekent alleen de maten die veranderden (kleine veelvouden, één paneel per maat), met
de datums van de standen op de as: de afstand tussen twee punten is de tijd ertussen.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from stelselkit.analyse import Resultaat
from stelselkit.weergave.sjablonen import render
from stelselkit.weergave.xmltekst import escape

BREEDTE, HOOGTE, MARGE, ONDER = 300, 150, 34, 40
KOLOMMEN = 3
KLEUR = "#1f6f8b"
# Zoveel datums passen leesbaar onder een paneel; bij meer standen: de eerste, de laatste en
# de standen met gebeurtenissen.
DATUMS = 6


def _kort(waarde: float) -> str:
    return str(int(waarde)) if waarde == int(waarde) else f"{waarde:.1f}".replace(".", ",")


def _x(datum: dt.date, begin: dt.date, eind: dt.date, x0: float) -> float:
    spanne = (eind - begin).days or 1
    return x0 + MARGE + (datum - begin).days / spanne * (BREEDTE - 2 * MARGE)


def svg(resultaat: Resultaat[Any]) -> str:
    """De maten die veranderden, elk in een eigen paneel, met datums op de as."""
    verloop = resultaat.details
    standen = verloop.standen
    maten = verloop.veranderd()
    begin, eind = standen[0].datum, standen[-1].datum
    if len(standen) <= DATUMS:
        gelabeld = set(range(len(standen)))
    else:
        gelabeld = {0, len(standen) - 1} | {i for i, s in enumerate(standen) if s.gebeurtenissen}
    rijen = max(1, (len(maten) + KOLOMMEN - 1) // KOLOMMEN)
    hoogte = rijen * HOOGTE + (0 if maten else HOOGTE // 2)
    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{KOLOMMEN * BREEDTE}" '
        f'height="{hoogte}" viewBox="0 0 {KOLOMMEN * BREEDTE} {hoogte}" '
        'font-family="sans-serif" font-size="11">',
        f"<title>Verloop van {escape(verloop.dossier)}: de maten die veranderden</title>",
    ]
    if not maten:
        delen.append(f'<text x="8" y="24">Geen maat veranderde tussen {begin.isoformat()} en '
                     f"{eind.isoformat()}.</text>")
    for n, maat in enumerate(maten):
        x0, y0 = (n % KOLOMMEN) * BREEDTE, (n // KOLOMMEN) * HOOGTE
        reeks = verloop.reeks(maat)
        bekend = [w for w in reeks if w is not None]
        laag, hoog = min(bekend), max(bekend)
        spanne = (hoog - laag) or 1.0
        lijnhoogte = HOOGTE - MARGE - ONDER
        punten = [
            (_x(s.datum, begin, eind, x0), y0 + MARGE + (1 - (w - laag) / spanne) * lijnhoogte, w)
            for s, w in zip(standen, reeks, strict=True) if w is not None
        ]
        as_y = y0 + HOOGTE - ONDER + 6
        delen.append(f'<text x="{x0 + 8}" y="{y0 + 16}" font-weight="bold">{escape(maat)}</text>')
        delen.append(f'<line x1="{x0 + MARGE}" y1="{as_y}" x2="{x0 + BREEDTE - MARGE}" '
                     f'y2="{as_y}" stroke="#888888"/>')
        for i, s in enumerate(standen):
            x = _x(s.datum, begin, eind, x0)
            delen.append(f'<line x1="{x:.1f}" y1="{as_y}" x2="{x:.1f}" y2="{as_y + 4}" '
                         'stroke="#888888"/>')
            if i in gelabeld:
                delen.append(f'<text x="{x:.1f}" y="{as_y + 14}" text-anchor="end" '
                             f'font-size="9" transform="rotate(-30 {x:.1f} {as_y + 14})">'
                             f"{s.datum.isoformat()}</text>")
        lijn = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in punten)
        delen.append(f'<polyline fill="none" stroke="{KLEUR}" stroke-width="2" points="{lijn}"/>')
        for x, y, w in punten:
            delen.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{KLEUR}">'
                         f"<title>{_kort(w)}</title></circle>")
        delen.append(f'<text x="{x0 + 4}" y="{y0 + MARGE + 4}">{_kort(hoog)}</text>')
        delen.append(f'<text x="{x0 + 4}" y="{y0 + MARGE + lijnhoogte + 4}">{_kort(laag)}</text>')
    delen.append("</svg>")
    return "\n".join(delen) + "\n"


def markdown(resultaat: Resultaat[Any], sjablonen: Path | None = None) -> str:
    verloop = resultaat.details
    return render("rapport/verloop.md.j2", sjablonen, resultaat=resultaat, v=verloop,
                  maten=verloop.veranderd())
