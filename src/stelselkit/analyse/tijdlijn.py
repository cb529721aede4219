"""De tijdlijn van een thema-analyse: momenten, voorbereidingstijd en hun controles.

"Je bepaalt de periode … met een start- en een manifestatiemoment" en benoemt de
ontmoetingsmomenten daartussen, met aandacht voor de voorbereidingstijd (002, hoofdstuk 6,
instrument 2). De agenda-export leest dezelfde momenten (:func:`tijdmomenten`), zodat een moment
overal dezelfde sleutel heeft.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from dataclasses import dataclass

from stelselkit.analyse import Bevinding
from stelselkit.model import ThemaAnalyse
from stelselkit.model.basis import Datum
from stelselkit.model.thema_analyse import Moment
from stelselkit.regels import regel
from stelselkit.taal import aantal
from stelselkit.woorden import slug

# 002, hoofdstuk 3 ("duidelijke perioden van voorbereiding per ontmoetingsmoment"): minder dan twee
# weken tussen twee momenten is te kort om uit te nodigen en voor te bereiden.
VOORBEREIDING_MINIMUM_DAGEN = 14

# De soorten momenten, in de volgorde van de tijdlijn (bij gelijke datum).
MOMENTSOORTEN: tuple[str, ...] = ("start", "ontmoetingsmoment", "manifestatiemoment")


@dataclass(frozen=True)
class Tijdmoment:
    """Een moment van de tijdlijn, met een vaste sleutel (ook voor de agenda)."""

    soort: str  # start, ontmoetingsmoment of manifestatiemoment
    sleutel: str
    naam: str
    datum: Datum | None
    plaats: str | None
    uitkomst: str | None
    herkomst: str | None = None  # "reconstructie" of "plaatshouder" (met toelichting)

    def als_dict(self) -> dict[str, object]:
        return {
            "soort": self.soort,
            "id": self.sleutel,
            "naam": self.naam,
            "datum": self.datum.isoformat() if self.datum else None,
            "plaats": self.plaats,
            "uitkomst": self.uitkomst,
            "herkomst": self.herkomst,
        }


@dataclass(frozen=True)
class Tussenpoos:
    """De voorbereidingstijd tussen twee opeenvolgende momenten."""

    van: str
    tot: str
    dagen: int

    def als_dict(self) -> dict[str, object]:
        return {"van": self.van, "tot": self.tot, "dagen": self.dagen}


def tijdmomenten(analyse: ThemaAnalyse) -> list[Tijdmoment]:
    """Start, ontmoetingsmomenten en manifestatiemoment, in die volgorde.

    De sleutel is de ``id`` van het moment, anders ``start``, ``manifestatiemoment`` of
    ``ontmoeting-<naam>``; geef een moment een ``id`` om de sleutel vast te houden als de naam
    verandert.
    """
    tijdlijn = analyse.tijdlijn
    if tijdlijn is None:
        return []
    reeks: list[tuple[str, Moment, str]] = []
    if tijdlijn.start is not None:
        reeks.append(("start", tijdlijn.start, "start"))
    for moment in tijdlijn.ontmoetingsmomenten:
        reeks.append(("ontmoetingsmoment", moment, f"ontmoeting-{slug(moment.naam)}"))
    if tijdlijn.manifestatiemoment is not None:
        reeks.append(("manifestatiemoment", tijdlijn.manifestatiemoment, "manifestatiemoment"))
    gezien: Counter[str] = Counter()
    momenten = []
    for soort, moment, standaard in reeks:
        sleutel = moment.id or standaard
        gezien[sleutel] += 1
        if gezien[sleutel] > 1:
            sleutel = f"{sleutel}-{gezien[sleutel]}"
        momenten.append(
            Tijdmoment(soort, sleutel, moment.naam, moment.datum, moment.plaats, moment.uitkomst,
                       moment.herkomst.vermelding if moment.herkomst else None)
        )
    return momenten


def _chronologisch(momenten: list[Tijdmoment]) -> list[Tijdmoment]:
    volgorde = MOMENTSOORTEN
    gedateerd = [(m, i) for i, m in enumerate(momenten) if m.datum is not None]
    gedateerd.sort(key=lambda p: (p[0].datum, volgorde.index(p[0].soort), p[1]))
    return [m for m, _ in gedateerd]


def _dagen(a: Tijdmoment, b: Tijdmoment) -> int | None:
    """Dagen van moment ``a`` tot ``b``, als beide tot op de dag bekend zijn."""
    return a.datum.dagen_tot(b.datum) if a.datum and b.datum else None


def tussenpozen(momenten: list[Tijdmoment]) -> list[Tussenpoos]:
    """De dagen tussen opeenvolgende momenten met een datum, in de tijd gezet.

    Een moment dat alleen tot op de maand of het jaar bekend is, geeft geen tussenpoos: hoeveel
    voorbereidingstijd er was, is dan niet te zeggen.
    """
    reeks = _chronologisch(momenten)
    return [
        Tussenpoos(a.naam, b.naam, dagen)
        for a, b in itertools.pairwise(reeks)
        if (dagen := _dagen(a, b)) is not None
    ]


def _beschrijf(moment: Tijdmoment) -> str:
    datum = moment.datum.nl() if moment.datum else "zonder datum"
    if moment.herkomst:
        datum += f", {moment.herkomst}"
    return f"{moment.soort} '{moment.naam}' ({datum})"


def _eerder(a: Tijdmoment, b: Tijdmoment) -> bool:
    """Moment ``a`` ligt zeker vóór ``b``: ``a`` eindigt voordat ``b`` begint."""
    return a.datum is not None and b.datum is not None and a.datum.eind < b.datum.begin


def tijdlijn_bevindingen(
    bestand: str, momenten: list[Tijdmoment], vandaag: dt.date
) -> list[Bevinding]:
    bevindingen: list[Bevinding] = []
    soorten = {m.soort for m in momenten}
    ontbreekt = [s for s in ("start", "manifestatiemoment") if s not in soorten]
    if ontbreekt:
        # 002 instr. 2: "Je bepaalt de periode ... met een start- en een manifestatiemoment";
        # 002 stap 4: "We eindigen met een manifestatiemoment".
        bevindingen.append(Bevinding(
            code="tijdlijn-onvolledig",
            titel="De tijdlijn mist " + " en ".join(f"een {s}" for s in ontbreekt),
            tekst=(
                "Zet het thema in de tijd: kies een startmoment en een manifestatiemoment waarop "
                "alle oogst van netwerken, initiatieven en voorbeelden zichtbaar wordt, en benoem "
                "de ontmoetingsmomenten daartussen."
            ),
            regel=regel("thema-tijdlijn"),
            over=(bestand, *ontbreekt),
        ))
    zonder_datum = [m for m in momenten if m.datum is None]
    if zonder_datum:
        # 002 instr. 2: ontmoetingsmomenten markeren het thema in de tijd.
        bevindingen.append(Bevinding(
            code="moment-zonder-datum",
            titel=f"{aantal(len(zonder_datum), 'moment', 'momenten')} op de tijdlijn zonder datum",
            tekst=(
                "Zonder datum is er geen voorbereidingstijd te plannen en komt het moment niet in "
                "de agenda (stelsel export agenda). Geef een datum aan: "
                + ", ".join(f"{m.soort} '{m.naam}'" for m in zonder_datum)
                + "."
            ),
            regel=regel("thema-tijdlijn-datum"),
            over=(bestand, *(m.naam for m in zonder_datum)),
        ))
    start = next((m for m in momenten if m.soort == "start" and m.datum), None)
    slot = next((m for m in momenten if m.soort == "manifestatiemoment" and m.datum), None)
    fouten: list[str] = []
    betrokken: list[str] = []
    # 002 instr. 2: de periode loopt van start tot manifestatiemoment, met de
    # ontmoetingsmomenten daartussen.
    if start and slot and _eerder(slot, start):
        fouten.append(f"het {_beschrijf(slot)} ligt vóór de {_beschrijf(start)}")
        betrokken += [start.naam, slot.naam]
    for moment in momenten:
        if moment.soort != "ontmoetingsmoment" or moment.datum is None:
            continue
        if start and _eerder(moment, start):
            fouten.append(f"het {_beschrijf(moment)} ligt vóór de {_beschrijf(start)}")
            betrokken.append(moment.naam)
        if slot and _eerder(slot, moment):
            fouten.append(f"het {_beschrijf(moment)} ligt ná het {_beschrijf(slot)}")
            betrokken.append(moment.naam)
    if fouten:
        bevindingen.append(Bevinding(
            code="tijdlijn-volgorde",
            titel="De tijdlijn klopt niet: start ≤ ontmoetingsmomenten ≤ manifestatiemoment",
            tekst="; ".join(fouten) + ". Verschuif de data of wissel de momenten van plaats.",
            regel=regel("thema-tijdlijn-volgorde"),
            over=(bestand, *dict.fromkeys(betrokken)),
            gewicht="actie",
        ))
    kort = [p for p in tussenpozen(momenten) if p.dagen < VOORBEREIDING_MINIMUM_DAGEN]
    if kort:
        # 002 instr. 2: "aandacht gaan geven aan de voorbereidingstijd tussen de
        # ontmoetingsmomenten"; 002 hfst. 3: "duidelijke perioden van voorbereiding".
        bevindingen.append(Bevinding(
            code="korte-voorbereiding",
            titel=f"Weinig voorbereidingstijd tussen {len(kort)} paar momenten",
            tekst=(
                "Minder dan "
                f"{VOORBEREIDING_MINIMUM_DAGEN} dagen om uit te nodigen en voor te bereiden: "
                + "; ".join(f"'{p.van}' → '{p.tot}': {p.dagen} dagen" for p in kort)
                + ". Schuif een moment op of bundel de twee."
            ),
            regel=regel("thema-voorbereiding"),
            over=(bestand, *dict.fromkeys(n for p in kort for n in (p.van, p.tot))),
        ))
    verleden = [m for m in momenten if m.datum and m.datum.voorbij(vandaag) and not m.uitkomst]
    if verleden:
        # 001 §4.2: op ontmoetingsmomenten wordt de ontwikkeling van de initiatieven zichtbaar
        # gemaakt; 002 stap 4: alle oogst zichtbaar maken.
        bevindingen.append(Bevinding(
            code="moment-zonder-uitkomst",
            titel=aantal(len(verleden), "voorbij moment", "voorbije momenten")
            + " zonder vastgelegde uitkomst",
            tekst=(
                f"Deze momenten liggen voor {vandaag.isoformat()} maar hebben geen 'uitkomst': "
                + ", ".join(_beschrijf(m) for m in verleden)
                + ". Schrijf op wat ze opleverden, zodat de oogst zichtbaar blijft."
            ),
            regel=regel("thema-oogst"),
            over=(bestand, *(m.naam for m in verleden)),
        ))
    return bevindingen


def tijdlijnrijen(momenten: list[Tijdmoment]) -> list[tuple[Tijdmoment, int | None]]:
    """De momenten in de tijd gezet (die zonder datum achteraan), met de dagen sinds het vorige."""
    reeks = _chronologisch(momenten)
    rijen: list[tuple[Tijdmoment, int | None]] = [
        (m, _dagen(reeks[i - 1], m) if i else None) for i, m in enumerate(reeks)
    ]
    return rijen + [(m, None) for m in momenten if m.datum is None]
