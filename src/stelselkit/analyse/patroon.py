"""Patroononderzoek: het kruis met vier kwadranten en het gesprek erover (002 instr. 5).

Een zo divers mogelijke groep schrijft associaties bij de vier delen van het patroon van
regievoering (ondernemend netwerk, gemeenschappelijk bewustzijn, maatschappelijke omgeving,
zelforganiserend voorbeeld) en gaat daarna in gesprek met vier vragen. De analyse kijkt naar:

- de **balans** over de kwadranten: een leeg kwadrant, of een kwadrant met minder dan de helft
  van het gemiddelde aantal associaties;
- het **verbindend patroon** (Bateson, 002 stap 1): hetzelfde woord in twee of meer kwadranten.
  Woorden worden vergeleken zoals in de thema-analyse (:func:`stelselkit.woorden.stam`:
  kleine letters, zonder accenten, stopwoorden weg, meervoud en verkleinwoord gelijkgetrokken);
- de **diversiteit**: hoeveel achtergronden, of de lokale gemeenschap aan tafel zat, welke
  posities van de keten van het dossier ontbreken en welke achtergronden van schakels op de
  tafelkleden van het dossier niet aan tafel zaten;
- deelnemers die maar in één kwadrant (of nergens) schreven, en gespreksvragen zonder antwoord.

Een deelnemer hoort bij een positie van de keten via ``positie:``; zonder die sleutel leidt de
analyse de positie af uit de achtergrond waar dat eenduidig is (:data:`ACHTERGROND_POSITIE`), en
alleen als het dossier die positie kent.

Elke bevinding noemt in ``over`` eerst de id van de sessie en daarna de items waar ze over gaat
(kwadranten, deelnemers, posities, achtergronden, gespreksvragen).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from stelselkit import methode
from stelselkit.analyse import (
    Analyse,
    Bevinding,
    Bron,
    Kerncijfer,
    Resultaat,
    een_per_code,
    een_per_regel,
    gesorteerd,
    herkomst,
)
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Patroononderzoek, Tafelkleed
from stelselkit.model.basis import Datum
from stelselkit.regels import regel
from stelselkit.taal import aantal
from stelselkit.woorden import genormaliseerd, woorden_van

# Een kwadrant met minder dan deze fractie van het gemiddelde aantal associaties is dun.
DUN_FRACTIE = 0.5
# 002 instr. 5: "zo divers mogelijk" — minder dan drie verschillende achtergronden is weinig.
DIVERS_MINIMUM = 3
# 000 §4: de positie in de keten die bij een achtergrond hoort, alleen waar de tekst dat
# eenduidig maakt: de bewoner is "het individuele huishouden", de buurt "de gemeenschap die
# betrokkenen met elkaar opbouwen", diensten en voorzieningen "voor bewoners en buurt", en de
# gemeente voert de regie. Zorg, welzijn en andere professionals kunnen in het open netwerk,
# het sociaal wijkteam of de diensten zitten: geef die deelnemers zelf een ``positie``.
ACHTERGROND_POSITIE: dict[str, str] = {
    "bewoner": "bewoner",
    "ouder": "bewoner",
    "jongere": "bewoner",
    "oudere": "bewoner",
    "mantelzorger": "bewoner",
    "vrijwilliger": "buurt",
    "vereniging": "buurt",
    "kerk": "buurt",
    "dorpsplatform": "buurt",
    "ondernemer": "buurt",
    "winkelier": "buurt",
    "kunstenaar": "buurt",
    "school": "buurt",
    "onderwijs": "diensten",
    "corporatie": "diensten",
    "politie": "diensten",
    "gemeente": "regievoering",
}


@dataclass(frozen=True)
class Kwadrant:
    """Wat er in één kwadrant van het kruis staat."""

    sleutel: str
    naam: str
    associaties: int
    deelnemers: tuple[str, ...]
    woorden: tuple[tuple[str, int], ...]  # (woord, hoe vaak), vaakst eerst
    verbindend: tuple[str, ...] = ()  # de woorden hiervan die ook in een ander kwadrant staan

    def als_dict(self) -> dict[str, object]:
        return {
            "kwadrant": self.sleutel,
            "naam": self.naam,
            "associaties": self.associaties,
            "deelnemers": list(self.deelnemers),
            "woorden": [
                {"woord": w, "keer": n, "verbindend": w in self.verbindend}
                for w, n in self.woorden
            ],
        }


@dataclass(frozen=True)
class VerbindendWoord:
    """Een woord dat in meer kwadranten terugkomt: een draad van het verbindend patroon."""

    term: str
    stam: str
    kwadranten: tuple[str, ...]
    deelnemers: tuple[str, ...]
    keer: int

    def als_dict(self) -> dict[str, object]:
        return {
            "woord": self.term,
            "kwadranten": list(self.kwadranten),
            "deelnemers": list(self.deelnemers),
            "keer": self.keer,
        }


@dataclass(frozen=True)
class Deelnemerstand:
    """Eén deelnemer: achtergrond, positie en de kwadranten waarin hij of zij schreef."""

    id: str
    label: str
    achtergrond: str | None
    positie: str | None  # opgegeven of afgeleid
    kwadranten: tuple[str, ...]

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "wie": self.label,
            "achtergrond": self.achtergrond,
            "positie": self.positie,
            "kwadranten": list(self.kwadranten),
        }


@dataclass
class PatroonUitkomst:
    """De analyse van één sessie patroononderzoek."""

    id: str
    bestand: str
    titel: str
    datum: Datum | None
    deelnemers: list[Deelnemerstand]
    kwadranten: list[Kwadrant]
    verbindend: list[VerbindendWoord]
    achtergronden: list[str]
    gesprek: list[tuple[str, str, str | None]]  # (vraag-id, vraag, wat er gezegd is)
    bevindingen: list[Bevinding]
    herkomst: str | None = None  # "reconstructie" of "plaatshouder" (met toelichting)

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "bestand": self.bestand,
            "thema": self.titel,
            "datum": self.datum.isoformat() if self.datum else None,
            "herkomst": self.herkomst,
            "deelnemers": [d.als_dict() for d in self.deelnemers],
            "kwadranten": [k.als_dict() for k in self.kwadranten],
            "verbindend_patroon": [v.als_dict() for v in self.verbindend],
            "achtergronden": self.achtergronden,
            "gesprek": [
                {"vraag": sleutel, "tekst": vraag, "antwoord": antwoord}
                for sleutel, vraag, antwoord in self.gesprek
            ],
            "bevindingen": [b.als_dict() for b in self.bevindingen],
        }


def _associaties(onderzoek: Patroononderzoek) -> dict[str, dict[str, list[str]]]:
    """Per kwadrant (in de volgorde van de methode): per deelnemer de associaties."""
    per_kwadrant = dict(onderzoek.associaties)
    return {k.id: per_kwadrant.get(k.id, {}) for k in methode.KWADRANTEN}


def _kwadranten(associaties: dict[str, dict[str, list[str]]]) -> list[Kwadrant]:
    uitkomst = []
    for term in methode.KWADRANTEN:
        per_deelnemer = associaties[term.id]
        teller: Counter[str] = Counter()
        for woorden in per_deelnemer.values():
            teller.update(w.strip() for w in woorden if w.strip())
        uitkomst.append(
            Kwadrant(
                sleutel=term.id,
                naam=term.naam,
                associaties=sum(teller.values()),
                deelnemers=tuple(d for d, w in per_deelnemer.items() if w),
                woorden=tuple(sorted(teller.items(), key=lambda p: (-p[1], p[0].lower()))),
            )
        )
    return uitkomst


def verbindende_woorden(associaties: dict[str, dict[str, list[str]]]) -> list[VerbindendWoord]:
    """Woorden (genormaliseerd) die in twee of meer kwadranten voorkomen."""
    kwadranten: dict[str, list[str]] = {}
    deelnemers: dict[str, list[str]] = {}
    vormen: dict[str, Counter[str]] = {}
    for kwadrant, per_deelnemer in associaties.items():
        for deelnemer, teksten in per_deelnemer.items():
            for tekst in teksten:
                for w in woorden_van(tekst):
                    if w.stopwoord:
                        continue
                    if kwadrant not in kwadranten.setdefault(w.stam, []):
                        kwadranten[w.stam].append(kwadrant)
                    if deelnemer not in deelnemers.setdefault(w.stam, []):
                        deelnemers[w.stam].append(deelnemer)
                    vormen.setdefault(w.stam, Counter())[w.vorm.lower()] += 1
    uitkomst = [
        VerbindendWoord(
            term=vormen[s].most_common(1)[0][0],
            stam=s,
            kwadranten=tuple(kwadranten[s]),
            deelnemers=tuple(deelnemers[s]),
            keer=sum(vormen[s].values()),
        )
        for s in kwadranten
        if len(kwadranten[s]) >= 2
    ]
    uitkomst.sort(key=lambda v: (-len(v.kwadranten), -len(v.deelnemers), -v.keer, v.term))
    return uitkomst


def _deelnemers(
    onderzoek: Patroononderzoek,
    associaties: dict[str, dict[str, list[str]]],
    posities: list[methode.Term],
) -> list[Deelnemerstand]:
    """De deelnemers; een positie wordt alleen afgeleid als het dossier die positie kent."""
    bekend = {p.id for p in posities}
    uitkomst = []
    for sleutel, deelnemer in onderzoek.deelnemers.items():
        achtergrond = genormaliseerd(deelnemer.achtergrond) if deelnemer.achtergrond else None
        afgeleid = ACHTERGROND_POSITIE.get(achtergrond or "")
        positie = deelnemer.positie or (afgeleid if afgeleid in bekend else None)
        uitkomst.append(
            Deelnemerstand(
                id=sleutel,
                label=deelnemer.label,
                achtergrond=achtergrond,
                positie=positie,
                kwadranten=tuple(k for k, per in associaties.items() if per.get(sleutel)),
            )
        )
    return uitkomst


def _kwadrantnaam(sleutel: str) -> str:
    return methode.naam_van(methode.KWADRANTEN, sleutel)


def _balans_bevinding(bestand: str, kwadranten: list[Kwadrant]) -> Bevinding:
    vier_delen = regel("patroon-vier-delen")
    totaal = sum(k.associaties for k in kwadranten)
    stand = ", ".join(f"{k.naam} {k.associaties}" for k in kwadranten)
    if totaal == 0:
        return Bevinding(
            code="geen-associaties",
            titel="Het kruis is nog leeg",
            tekst=(
                "Er staan nog geen associaties bij de vier delen. Begin met een korte brainstorm."
            ),
            regel=vier_delen,
            over=(bestand,),
            gewicht="actie",
        )
    gemiddelde = totaal / len(kwadranten)
    leeg = [k for k in kwadranten if k.associaties == 0]
    dun = [k for k in kwadranten if 0 < k.associaties < DUN_FRACTIE * gemiddelde]
    if not leeg and not dun:
        return Bevinding(
            code="kwadranten-in-balans",
            titel="De vier kwadranten zijn in balans",
            tekst=f"Associaties per kwadrant: {stand}.",
            regel=vier_delen,
            over=(bestand,),
            gewicht="info",
        )
    sterkst = max(kwadranten, key=lambda k: k.associaties)
    zwak = leeg + dun
    return Bevinding(
        code="kwadranten-uit-balans",
        titel="Het kruis is uit balans: " + ", ".join(k.naam for k in zwak),
        tekst=(
            f"Associaties per kwadrant: {stand}. "
            + (f"Leeg: {', '.join(k.naam for k in leeg)}. " if leeg else "")
            + (
                f"Minder dan de helft van het gemiddelde ({gemiddelde:.1f}): "
                f"{', '.join(k.naam for k in dun)}. " if dun else ""
            )
            + f"Het meeste staat bij {sterkst.naam}. Vraag in het gesprek door op het zwakke "
            "deel: wat verstaan we eronder, en wie in de buurt is daar al voorbeeld van?"
        ),
        regel=vier_delen,
        over=(bestand, *(k.sleutel for k in zwak)),
        gewicht="actie" if leeg else "aandacht",
    )


def _verbindend_bevinding(bestand: str, verbindend: list[VerbindendWoord]) -> Bevinding:
    verbindend_patroon = regel("patroon-verbindend")
    if not verbindend:
        return Bevinding(
            code="geen-verbindend-patroon",
            titel="Nog geen woord dat kwadranten verbindt",
            tekst=(
                "Geen enkel woord staat in meer dan één kwadrant. Stel in het gesprek de vraag "
                "hoe de onderdelen zich tot elkaar en tot het thema verhouden."
            ),
            regel=verbindend_patroon,
            over=(bestand,),
        )
    return Bevinding(
        code="verbindend-patroon",
        titel=f"{aantal(len(verbindend), 'woord verbindt', 'woorden verbinden')} kwadranten: "
        + ", ".join(v.term for v in verbindend[:3]),
        tekst=(
            "; ".join(
                f"'{v.term}' in {', '.join(_kwadrantnaam(k) for k in v.kwadranten)}"
                for v in verbindend[:5]
            )
            + ". Gebruik deze woorden als draad in het gesprek en in de communicatie over het "
            "thema."
        ),
        regel=verbindend_patroon,
        over=(bestand, *(v.term for v in verbindend[:5])),
        gewicht="info",
    )


def _diversiteit_bevindingen(
    bestand: str,
    deelnemers: list[Deelnemerstand],
    posities: list[methode.Term],
    tafelkleden: list[tuple[Ingelezen, Tafelkleed]],
) -> list[Bevinding]:
    divers = regel("patroon-divers")
    if not deelnemers:
        return [Bevinding(
            code="geen-deelnemers",
            titel="Er staan geen deelnemers bij de sessie",
            tekst="Schrijf op wie er meededen, met hun achtergrond.",
            regel=divers,
            over=(bestand,),
            gewicht="actie",
        )]
    bevindingen = []
    achtergronden = sorted({d.achtergrond for d in deelnemers if d.achtergrond})
    lokaal = [a for a in achtergronden if a in methode.ACHTERGROND_LOKAAL]
    if len(achtergronden) < DIVERS_MINIMUM:
        # 002 instr. 5: een groep die zo divers mogelijk betrokken is.
        bevindingen.append(Bevinding(
            code="weinig-divers",
            titel="Weinig diverse groep: "
            + aantal(len(achtergronden), "achtergrond", "achtergronden"),
            tekst=(
                f"Achtergronden aan tafel: {', '.join(achtergronden) or 'geen opgegeven'}. "
                f"Nodig voor een volgende sessie mensen uit met minstens {DIVERS_MINIMUM} "
                "verschillende achtergronden."
            ),
            regel=divers,
            over=(bestand, *achtergronden),
        ))
    if achtergronden and not lokaal:
        # 002 instr. 1 stap 3: zoek "vooral in de lokale gemeenschap en niet alleen bij
        # professionals".
        bevindingen.append(Bevinding(
            code="geen-lokale-stem",
            titel="Niemand uit de lokale gemeenschap aan tafel",
            tekst=(
                "Alle deelnemers met een bekende achtergrond zijn professional of gemeente. "
                "Nodig bewoners, ouders, ondernemers of verenigingen uit."
            ),
            regel=regel("lokale-gemeenschap"),
            over=(bestand,),
            gewicht="actie",
        ))
    onbekend = [d.id for d in deelnemers if not d.achtergrond]
    if onbekend:
        bevindingen.append(Bevinding(
            code="achtergrond-onbekend",
            titel=f"{aantal(len(onbekend), 'deelnemer', 'deelnemers')} zonder achtergrond",
            tekst=(
                "Zonder achtergrond is niet te zien hoe divers de groep is: "
                + ", ".join(onbekend) + ". Vul 'achtergrond' in."
            ),
            regel=divers,
            over=(bestand, *onbekend),
            gewicht="info",
        ))
    aanwezig = {d.positie for d in deelnemers if d.positie}
    ontbrekend = [p for p in posities if p.id not in aanwezig]
    if ontbrekend:
        # 000 §4: de keten van posities van verantwoordelijkheid, van bewoner tot bestuurlijke
        # samenwerking; 002 instr. 5: zo divers mogelijk.
        bevindingen.append(Bevinding(
            code="posities-niet-aan-tafel",
            titel=f"{aantal(len(ontbrekend), 'positie', 'posities')} van de keten niet aan tafel",
            tekst=(
                "Niemand sprak vanuit: " + ", ".join(p.naam for p in ontbrekend)
                + ". Nodig voor een volgende sessie iemand uit die vanuit die positie betrokken is"
                " (of geef deelnemers een 'positie' als die niet uit hun achtergrond volgt)."
            ),
            regel=regel("keten-van-posities"),
            over=(bestand, *(p.id for p in ontbrekend)),
        ))
    aan_tafel = set(achtergronden)
    stemmen: dict[str, list[str]] = {}
    gereconstrueerd: dict[str, None] = {}  # tafelkleden of schakels met herkomst
    for _, kleed in tafelkleden:
        for schakel in kleed.schakels.values():
            if schakel.achtergrond and schakel.achtergrond not in aan_tafel:
                namen = stemmen.setdefault(schakel.achtergrond, [])
                if schakel.label not in namen:
                    namen.append(schakel.label)
                vermelding = herkomst.vermelding(schakel) or herkomst.vermelding(kleed)
                if vermelding:
                    gereconstrueerd[f"'{kleed.titel}' ({vermelding})"] = None
    if stemmen:
        # 002 instr. 5: zo divers mogelijk; de tafelkleden laten zien wie al betrokken is
        # (002 instr. 1 stap 3: schakels in de lokale gemeenschap).
        bevindingen.append(herkomst.met_herkomst(Bevinding(
            code="stemmen-uit-tafelkleden",
            titel=aantal(len(stemmen), "achtergrond", "achtergronden")
            + " van de tafelkleden niet aan tafel",
            tekst=(
                "Op de tafelkleden van het dossier staan schakels met een achtergrond die bij "
                "deze sessie ontbrak: "
                + "; ".join(
                    f"{a}: {', '.join(n[:3])}" for a, n in sorted(stemmen.items())
                )
                + ". Nodig hen uit voor een volgende sessie."
            ),
            regel=regel("patroon-schakels-aan-tafel"),
            over=(bestand, *sorted(stemmen)),
        ), list(gereconstrueerd)))
    return bevindingen


def _deelname_bevindingen(bestand: str, deelnemers: list[Deelnemerstand]) -> list[Bevinding]:
    elk_deel = regel("patroon-elk-deel")
    bevindingen = []
    niets = [d.id for d in deelnemers if not d.kwadranten]
    een = [d for d in deelnemers if len(d.kwadranten) == 1]
    if een:
        # 002 instr. 5: associaties bij élk deel van het patroon.
        bevindingen.append(Bevinding(
            code="een-kwadrant",
            titel=aantal(len(een), "deelnemer schreef", "deelnemers schreven")
            + " in maar één kwadrant",
            tekst=(
                "; ".join(f"{d.label}: alleen {_kwadrantnaam(d.kwadranten[0])}" for d in een)
                + ". Vraag hen in het gesprek wat de andere delen voor hen betekenen."
            ),
            regel=elk_deel,
            over=(bestand, *(d.id for d in een)),
        ))
    if niets:
        bevindingen.append(Bevinding(
            code="deelnemer-zonder-associaties",
            titel=f"{aantal(len(niets), 'deelnemer', 'deelnemers')} zonder associaties",
            tekst=(
                "Van " + ", ".join(niets) + " staat niets in het kruis. Schrijf hun woorden alsnog "
                "op, of haal hen van de deelnemerslijst als ze er niet waren."
            ),
            regel=elk_deel,
            over=(bestand, *niets),
        ))
    return bevindingen


def _gesprek_bevinding(
    bestand: str, gesprek: list[tuple[str, str, str | None]]
) -> Bevinding | None:
    open_vragen = [(s, v) for s, v, antwoord in gesprek if not antwoord]
    if not open_vragen:
        return None
    # 002 instr. 5: "Daarna gaan we in gesprek aan de hand van de woorden die op papier staan
    # en stellen ons een aantal vragen".
    return Bevinding(
        code="gespreksvraag-open",
        titel=f"{len(open_vragen)} van de vier gespreksvragen nog zonder antwoord",
        tekst=(
            "Nog niet besproken of niet opgeschreven: "
            + " ".join(v for _, v in open_vragen)
            + " Leg vast wat er gezegd is, of bespreek de vraag in een volgende sessie."
        ),
        regel=regel("patroon-gesprek"),
        over=(bestand, *(s for s, _ in open_vragen)),
    )


def _met_verbindend(kwadrant: Kwadrant, stammen: set[str]) -> Kwadrant:
    """Het kwadrant met de woorden gemarkeerd die een verbindend woord bevatten."""
    verbindend = tuple(
        w for w, _ in kwadrant.woorden if any(x.stam in stammen for x in woorden_van(w))
    )
    return dataclasses.replace(kwadrant, verbindend=verbindend)


def analyseer_sessie(
    onderzoek: Patroononderzoek, dossier: Dossier | None, *, id: str, bestand: str
) -> PatroonUitkomst:
    """Analyseer één sessie patroononderzoek (met posities en tafelkleden uit het dossier)."""
    associaties = _associaties(onderzoek)
    verbindend = verbindende_woorden(associaties)
    stammen = {v.stam for v in verbindend}
    kwadranten = [_met_verbindend(k, stammen) for k in _kwadranten(associaties)]
    posities = dossier.posities() if dossier is not None else list(methode.POSITIES_KETEN)
    deelnemers = _deelnemers(onderzoek, associaties, posities)
    tafelkleden = dossier.van_soort(Tafelkleed) if dossier is not None else []
    antwoorden = dict(onderzoek.gesprek)
    gesprek = [(v.id, v.naam, antwoorden.get(v.id)) for v in methode.GESPREKSVRAGEN]

    bevindingen = [_balans_bevinding(id, kwadranten), _verbindend_bevinding(id, verbindend)]
    bevindingen += _diversiteit_bevindingen(id, deelnemers, posities, tafelkleden)
    bevindingen += _deelname_bevindingen(id, deelnemers)
    open_gesprek = _gesprek_bevinding(id, gesprek)
    if open_gesprek:
        bevindingen.append(open_gesprek)
    # Eén bevinding per regel (#15): bijvoorbeeld wie maar in één deel schreef en wie niets
    # schreef samen, de zwaarste voorop.
    bevindingen = een_per_regel(bevindingen)
    # Een gereconstrueerde sessie (geen verslag) zegt dat in elke bevinding die erop rust.
    vermelding = herkomst.vermelding(onderzoek)
    genoemd = [f"'{onderzoek.titel}' ({vermelding})"] if vermelding else []
    bevindingen = [herkomst.met_herkomst(b, genoemd) for b in bevindingen]
    return PatroonUitkomst(
        id=id,
        bestand=bestand,
        titel=onderzoek.titel,
        datum=onderzoek.datum,
        deelnemers=deelnemers,
        kwadranten=kwadranten,
        verbindend=verbindend,
        achtergronden=sorted({d.achtergrond for d in deelnemers if d.achtergrond}),
        gesprek=gesprek,
        bevindingen=gesorteerd(bevindingen),
        herkomst=vermelding,
    )


@dataclass(frozen=True)
class Patroon:
    """De details van het patroononderzoek: de sessies."""

    sessies: tuple[PatroonUitkomst, ...]

    def als_dict(self) -> dict[str, object]:
        return {"sessies": [s.als_dict() for s in self.sessies]}


def _kerncijfers(sessies: Sequence[PatroonUitkomst]) -> tuple[Kerncijfer, ...]:
    return (
        Kerncijfer(id="sessies", label="sessies", waarde=len(sessies),
                   uitleg="Hoe vaak het kruis met een groep is ingevuld."),
        Kerncijfer(id="deelnemers", label="deelnemers",
                   waarde=sum(len(s.deelnemers) for s in sessies),
                   uitleg="Wie er aan tafel zaten, opgeteld over de sessies."),
        Kerncijfer(id="associaties", label="associaties",
                   waarde=sum(k.associaties for s in sessies for k in s.kwadranten),
                   uitleg="Wat deelnemers bij de vier delen van het patroon schreven."),
        Kerncijfer(id="achtergronden", label="achtergronden",
                   waarde=len({a for s in sessies for a in s.achtergronden}),
                   uitleg="Hoe divers de groep was: verschillende achtergronden aan tafel."),
        Kerncijfer(id="verbindende-woorden", label="verbindende woorden",
                   waarde=sum(len(s.verbindend) for s in sessies),
                   uitleg="Woorden die in meer dan één kwadrant staan: draden van het "
                   "verbindend patroon."),
        Kerncijfer(id="open-gespreksvragen", label="open gespreksvragen",
                   waarde=sum(1 for s in sessies for _, _, antwoord in s.gesprek if not antwoord),
                   uitleg="Gespreksvragen waarbij nog niets is opgeschreven."),
    )


def analyseer(
    bronnen: Sequence[Bron[Patroononderzoek]], vandaag: dt.date
) -> Resultaat[Patroon]:
    """Eén of meer sessies patroononderzoek, elk met het dossier eromheen.

    ``vandaag`` hoort bij het contract; het patroononderzoek hangt niet van de datum af.
    """
    sessies = tuple(
        analyseer_sessie(model, dossier, id=ingelezen.id, bestand=ingelezen.naam)
        for ingelezen, model, dossier in bronnen
    )
    return Resultaat(
        analyse=ANALYSE.naam,
        peildatum=None,
        kerncijfers=_kerncijfers(sessies),
        # met meer sessies: één bevinding per code en dan per regel over de sessies heen (#15)
        bevindingen=tuple(gesorteerd(een_per_code(
            [(s.titel, s.bevindingen) for s in sessies], ("andere sessie", "andere sessies"),
            per_regel=True))),
        details=Patroon(sessies),
    )


ANALYSE = Analyse(
    naam="patroon", titel="Patroononderzoek", soort=Patroononderzoek, analyseer=analyseer
)
