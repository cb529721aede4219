"""``stelsel vergelijk``: buurten naast elkaar, om van verschillen te leren.

Fase 4 van de opbouw van het stelsel is het *vergelijken van buurten*: portfolio's naast elkaar
gelegd, "niet om buurten gelijk te maken, maar om van elkaar te leren" (000 §8, fase 4). Daarom
geen rangorde en geen totaalscore: dezelfde maten naast elkaar (de kerncijfers van elke analyse),
en bij duidelijke verschillen een vraag die het gesprek tussen de buurten opent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stelselkit.analyse import Bevinding
from stelselkit.opdrachten.rapport import analyseer, geldig_dossier
from stelselkit.weergave.sjablonen import render

REGEL_FASE4 = (
    "000 §8 fase 4: vergelijken van buurten, niet om ze gelijk te maken maar om van elkaar "
    "te leren"
)
# Een verschil is het bespreken waard als de grootste waarde minstens twee keer de kleinste is
# en het verschil minstens 2 is (kleine aantallen schommelen vanzelf).
FACTOR = 2.0
MINIMAAL_VERSCHIL = 2


@dataclass
class Vergelijking:
    """Dezelfde maten voor elke buurt, met de verschillen om van te leren."""

    buurten: list[str]
    maten: list[tuple[str, str, list[Any]]] = field(default_factory=list)  # analyse, maat, waarden
    bevindingen: list[Bevinding] = field(default_factory=list)

    def als_dict(self) -> dict[str, Any]:
        return {
            "buurten": self.buurten,
            "maten": [
                {"analyse": analyse, "maat": maat, "waarden": dict(zip(self.buurten, waarden,
                                                                        strict=True))}
                for analyse, maat, waarden in self.maten
            ],
            "bevindingen": [b.als_dict() for b in self.bevindingen],
        }


def vergelijk(mappen: list[Path], vandaag: dt.date) -> Vergelijking:
    """Vergelijk twee of meer dossiers op de kerncijfers van elke analyse."""
    dossiers = [geldig_dossier(m) for m in mappen]
    buurten = [d.naam for d in dossiers]
    per_buurt: list[dict[tuple[str, str], Any]] = []
    volgorde: list[tuple[str, str]] = []
    titels: dict[str, str] = {}
    for dossier in dossiers:
        cijfers: dict[tuple[str, str], Any] = {}
        for uitkomst in analyseer(dossier, vandaag):
            titels[uitkomst.onderdeel.naam] = uitkomst.onderdeel.titel
            for maat, waarde in uitkomst.kerncijfers().items():
                sleutel = (uitkomst.onderdeel.naam, maat)
                cijfers[sleutel] = waarde
                if sleutel not in volgorde:
                    volgorde.append(sleutel)
        per_buurt.append(cijfers)
    # vaste volgorde: de volgorde van de analyses, daarbinnen die van de kerncijfers
    from stelselkit.opdrachten.rapport import ONDERDELEN

    rang = {o.naam: i for i, o in enumerate(ONDERDELEN)}
    volgorde.sort(key=lambda s: rang[s[0]])
    vergelijking = Vergelijking(buurten)
    for analyse, maat in volgorde:
        waarden = [c.get((analyse, maat)) for c in per_buurt]
        vergelijking.maten.append((titels[analyse], maat, waarden))
        bevinding = _verschil(titels[analyse], maat, buurten, waarden)
        if bevinding:
            vergelijking.bevindingen.append(bevinding)
    ontbreekt = [
        (titels[analyse], [b for b, c in zip(buurten, per_buurt, strict=True)
                           if not any(k[0] == analyse for k in c)])
        for analyse in dict.fromkeys(a for a, _ in volgorde)
    ]
    for titel, zonder in ontbreekt:
        if zonder and len(zonder) < len(buurten):
            vergelijking.bevindingen.append(Bevinding(
                code="analyse-ontbreekt", titel=f"{titel}: nog niet in elke buurt",
                tekst=f"{', '.join(zonder)} heeft nog geen {titel.lower()}; de andere buurten wel. "
                "Hun materiaal kan een voorbeeld zijn om mee te beginnen.",
                regel=REGEL_FASE4, over=tuple(zonder), gewicht="info",
            ))
    return vergelijking


def _verschil(titel: str, maat: str, buurten: list[str], waarden: list[Any]) -> Bevinding | None:
    getallen = [(b, w) for b, w in zip(buurten, waarden, strict=True)
                if isinstance(w, int | float) and not isinstance(w, bool)]
    if len(getallen) < 2:
        return None
    hoog = max(getallen, key=lambda p: p[1])
    laag = min(getallen, key=lambda p: p[1])
    if hoog[1] - laag[1] < MINIMAAL_VERSCHIL or hoog[1] < FACTOR * max(laag[1], 0.5):
        return None
    leesbaar = maat.replace("_", " ")
    return Bevinding(
        code="verschil-om-van-te-leren",
        titel=f"{titel}, {leesbaar}: {hoog[0]} {hoog[1]}, {laag[0]} {laag[1]}",
        tekst=(
            f"Wat gebeurt er in {hoog[0]} waardoor '{leesbaar}' daar {hoog[1]} is, en in {laag[0]} "
            f"{laag[1]}? Een gesprek tussen beide buurten hierover is leerzamer dan het getal: "
            "past wat in de ene buurt werkt bij de andere?"
        ),
        regel=REGEL_FASE4,
        over=(hoog[0], laag[0]),
        gewicht="info",
    )


def markdown(vergelijking: Vergelijking, sjablonen: Path | None = None) -> str:
    return render("rapport/vergelijk.md.j2", sjablonen, v=vergelijking)
