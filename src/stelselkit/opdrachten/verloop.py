"""``stelsel verloop``: hoe een dossier zich ontwikkelde, uit de git-geschiedenis.

"Resultaten die we meten zijn de mate van zelforganisatie en de verantwoordelijkheidsverschuiving
in het stelsel" (000 §8). Een dossier staat in git; elke commit (of tag) is een stand. Per stand
worden de kerncijfers van alle analyses berekend (schakels, de kern, vermogensscores, inzet per
lijn …), zodat de verschuiving in de tijd zichtbaar wordt, met de momenten van de grootste
verandering.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stelselkit.analyse import Bevinding
from stelselkit.fouten import GebruiksFout
from stelselkit.lezen.dossier import DOSSIERBESTAND, dossiermap_van, laad_dossier
from stelselkit.lezen.openbaar import actief
from stelselkit.weergave.sjablonen import render

REGEL = (
    "000 §8: resultaten die we meten zijn de mate van zelforganisatie en de "
    "verantwoordelijkheidsverschuiving in het stelsel"
)
GROOTSTE = 5  # zoveel momenten van grootste verandering


@dataclass
class Stand:
    """Het dossier zoals het was in één commit."""

    commit: str
    datum: dt.date
    onderwerp: str
    tags: list[str]
    cijfers: dict[str, Any]  # "analyse: maat" → waarde
    geldig: bool


@dataclass
class Verloop:
    dossier: str
    standen: list[Stand] = field(default_factory=list)
    bevindingen: list[Bevinding] = field(default_factory=list)

    @property
    def maten(self) -> list[str]:
        gezien: dict[str, None] = {}
        for stand in self.standen:
            gezien.update(dict.fromkeys(stand.cijfers))
        return list(gezien)

    def reeks(self, maat: str) -> list[float | None]:
        return [
            float(s.cijfers[maat]) if isinstance(s.cijfers.get(maat), int | float) else None
            for s in self.standen
        ]

    def als_dict(self) -> dict[str, Any]:
        return {
            "dossier": self.dossier,
            "standen": [
                {"commit": s.commit, "datum": s.datum.isoformat(), "onderwerp": s.onderwerp,
                 "tags": s.tags, "geldig": s.geldig, "cijfers": s.cijfers}
                for s in self.standen
            ],
            "bevindingen": [b.als_dict() for b in self.bevindingen],
        }


def _git(repo: Path, *args: str) -> str:
    try:
        uitkomst = subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise GebruiksFout(
            "git is niet geïnstalleerd; 'stelsel verloop' leest de git-geschiedenis"
        ) from None
    if uitkomst.returncode != 0:
        melding = uitkomst.stderr.strip().splitlines()
        raise GebruiksFout(
            f"git kon de geschiedenis van '{repo}' niet lezen"
            + (f" ({melding[-1]})" if melding else "")
        )
    return uitkomst.stdout


def _cijfers(map_: Path, vandaag: dt.date) -> tuple[dict[str, Any], bool]:
    from stelselkit.opdrachten.rapport import analyseer

    dossier = laad_dossier(map_)
    cijfers: dict[str, Any] = {}
    for uitkomst in analyseer(dossier, vandaag):
        for maat, waarde in uitkomst.kerncijfers().items():
            cijfers[f"{uitkomst.onderdeel.naam}: {maat.replace('_', ' ')}"] = waarde
    return cijfers, dossier.geldig


def verloop(pad: Path) -> Verloop:
    """Het verloop van het dossier waar ``pad`` (een dossiermap of een bestand) in ligt."""
    if not pad.exists():
        raise GebruiksFout(f"'{pad}' bestaat niet; geef een dossiermap of een bestand")
    map_ = dossiermap_van(pad)
    if map_ is None:
        raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen {DOSSIERBESTAND})")
    wortel = Path(_git(map_, "rev-parse", "--show-toplevel").strip())
    dossier_rel = map_.resolve().relative_to(wortel.resolve()).as_posix() or "."
    volg_rel = pad.resolve().relative_to(wortel.resolve()).as_posix() or "."
    log = _git(wortel, "log", "--reverse", "--format=%H%x09%ad%x09%s", "--date=short", "--",
               volg_rel)
    resultaat = Verloop(dossier=map_.name)
    # Openbaar: een commitonderwerp is vrije tekst van een ander (git), niet uit het dossier;
    # het kan een naam dragen die nergens als privé staat. Het blijft dus weg.
    openbaar = actief()
    for regel in log.splitlines():
        commit, datum, onderwerp = regel.split("\t", 2)
        onderwerp = "" if openbaar is not None else onderwerp
        tags = _git(wortel, "tag", "--points-at", commit).split()
        if openbaar is not None:
            tags = [openbaar.tekst(tag) for tag in tags]
        with tempfile.TemporaryDirectory(prefix="stelsel-verloop-") as tijdelijk:
            doel = Path(tijdelijk)
            _haal_uit(wortel, commit, dossier_rel, doel)
            stand_map = doel / dossier_rel
            if not (stand_map / DOSSIERBESTAND).is_file():
                continue
            datum_ = dt.date.fromisoformat(datum)
            cijfers, geldig = _cijfers(stand_map, datum_)
        resultaat.standen.append(Stand(commit[:10], datum_, onderwerp, tags, cijfers, geldig))
    if not resultaat.standen:
        raise GebruiksFout(f"geen commits gevonden met '{volg_rel}' als dossier")
    resultaat.bevindingen = grootste_veranderingen(resultaat)
    return resultaat


def _haal_uit(wortel: Path, commit: str, dossier_rel: str, doel: Path) -> None:
    """Zet de YAML-bestanden van het dossier zoals ze in ``commit`` waren in ``doel``."""
    namen = _git(wortel, "ls-tree", "-r", "--name-only", commit, "--", dossier_rel).splitlines()
    for naam in namen:
        if not naam.endswith((".yaml", ".yml")):
            continue
        inhoud = subprocess.run(
            ["git", "-C", str(wortel), "show", f"{commit}:{naam}"],
            capture_output=True, check=True,
        ).stdout
        bestand = doel / naam
        bestand.parent.mkdir(parents=True, exist_ok=True)
        bestand.write_bytes(inhoud)


def grootste_veranderingen(verloop_: Verloop) -> list[Bevinding]:
    """De momenten waarop een maat het meest veranderde, relatief aan haar eigen bereik."""
    kandidaten: list[tuple[float, str, int, float, float]] = []
    for maat in verloop_.maten:
        reeks = verloop_.reeks(maat)
        bekend = [w for w in reeks if w is not None]
        if len(bekend) < 2:
            continue
        bereik = max(bekend) - min(bekend)
        if bereik == 0:
            continue
        for i in range(1, len(reeks)):
            voor, na = reeks[i - 1], reeks[i]
            if voor is not None and na is not None and na != voor:
                kandidaten.append((abs(na - voor) / bereik, maat, i, voor, na))
    kandidaten.sort(key=lambda k: (-k[0], k[2], k[1]))
    bevindingen = []
    for _, maat, i, voor, na in kandidaten[:GROOTSTE]:
        stand = verloop_.standen[i]
        richting = "steeg" if na > voor else "daalde"
        bevindingen.append(Bevinding(
            code="grote-verandering",
            titel=f"{maat} {richting} van {_getal(voor)} naar {_getal(na)}",
            tekst=f"In commit {stand.commit} ({stand.datum.isoformat()}"
            + (f", '{stand.onderwerp}'" if stand.onderwerp else "") + ") "
            f"{richting} {maat} van {_getal(voor)} naar {_getal(na)}. Wat gebeurde er toen in "
            "de buurt? Leg het verhaal erbij vast (bijv. in de vermogensanalyse).",
            regel=REGEL, over=(stand.commit,), gewicht="info",
        ))
    return bevindingen


def _getal(waarde: float) -> str:
    return str(int(waarde)) if waarde == int(waarde) else f"{waarde:.1f}"


def svg(verloop_: Verloop, maten: int = 6) -> str:
    """Een kleine lijngrafiek per maat (kleine veelvouden), geschikt om te printen."""
    from stelselkit.weergave.xmltekst import escape

    reeksen = [(m, verloop_.reeks(m)) for m in verloop_.maten]
    reeksen = [(m, r) for m, r in reeksen if sum(w is not None for w in r) >= 2][:maten]
    breedte, hoogte, marge = 260, 120, 30
    kolommen = 3
    rijen = max(1, (len(reeksen) + kolommen - 1) // kolommen)
    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{kolommen * breedte}" '
        f'height="{rijen * hoogte}" viewBox="0 0 {kolommen * breedte} {rijen * hoogte}" '
        'font-family="sans-serif" font-size="11">',
        f"<title>Verloop van {escape(verloop_.dossier)}</title>",
    ]
    for n, (maat, reeks) in enumerate(reeksen):
        x0, y0 = (n % kolommen) * breedte, (n // kolommen) * hoogte
        bekend = [w for w in reeks if w is not None]
        laag, hoog = min(bekend), max(bekend)
        spanne = (hoog - laag) or 1.0
        stap = (breedte - 2 * marge) / max(1, len(reeks) - 1)
        hoogte_lijn = hoogte - 2 * marge
        punten = [
            (x0 + marge + i * stap, y0 + hoogte - marge - (w - laag) / spanne * hoogte_lijn)
            for i, w in enumerate(reeks) if w is not None
        ]
        lijn = " ".join(f"{x:.1f},{y:.1f}" for x, y in punten)
        delen.append(f'<text x="{x0 + 8}" y="{y0 + 16}" font-weight="bold">{escape(maat)}</text>')
        delen.append(f'<polyline fill="none" stroke="#1f6f8b" stroke-width="2" points="{lijn}"/>')
        for x, y in punten:
            delen.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#1f6f8b"/>')
        delen.append(
            f'<text x="{x0 + 8}" y="{y0 + hoogte - 8}">{_getal(laag)} – {_getal(hoog)}</text>'
        )
    delen.append("</svg>")
    return "\n".join(delen) + "\n"


def markdown(verloop_: Verloop, sjablonen: Path | None = None) -> str:
    maten = [m for m in verloop_.maten if any(w is not None for w in verloop_.reeks(m))]
    return render("rapport/verloop.md.j2", sjablonen, v=verloop_, maten=maten)
