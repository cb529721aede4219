"""Knooppunten: het nodale netwerk van een thema-analyse over haar vakken en bronnen.

Een thema-analyse is een *nodaal netwerk* (Castells): geen kern, maar een veld van
*knooppunten* die door communicatie in beeld komen (002, hoofdstuk 6, instrument 2). Elk vak
(de vakken van de thema-analyse en die van elke bron, zoals de wensen van een brainstormbord of
de reacties van een dorpsgesprek) is een stuk tekst. Een knooppunt is een persoon, plek,
initiatief of woord dat in minstens twee verschillende vakken voorkomt; hoe meer vakken, hoe
hoger het staat (daarna: meer bronnen, vaker genoemd, langere naam, alfabet).

- *Woorden* worden vergeleken zoals :mod:`stelselkit.woorden` ze normaliseert.
- *Namen van meer woorden* komen op drie manieren binnen: (1) wat het dossier zelf als naam geeft:
  personen (naam of rol), plaatsen, initiatieven, tafelkaarten en de titels van bronnen;
  (2) reeksen van woorden met een hoofdletter midden in een zin, met deeltjes als ``de`` en
  ``van`` ertussen (``winkelcentrum De Weerd``, ``Lamann Triplaan``); aan het begin van een zin
  vallen voorop staande stopwoorden weg (``In Doorwerth`` → ``Doorwerth``); (3) twee inhoudswoorden
  die direct na elkaar staan (``betaalbaar wonen``). Elke kandidaat wordt als aaneengesloten
  reeks in alle teksten gezocht. Een kortere term die alleen voorkomt in vakken waar ook een
  langere term staat die hem bevat, valt weg (``Weerd`` gaat op in ``De Weerd``).
- De naam van de thema-analyse zelf en de namen van de eigen buurt, het dorp, het gebied en de
  gemeente staan in het midden; die tellen niet als knooppunt.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

from stelselkit.analyse.tijdlijn import tijdmomenten
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import (
    Brainstormbord,
    Dorpsgesprek,
    Gesprekstafel,
    Patroononderzoek,
    Tafelkleed,
    ThemaAnalyse,
)
from stelselkit.model.basis import Bestand, Persoon
from stelselkit.woorden import (
    STOPWOORDEN,
    Woord,
    bijgesneden,
    hoofdletterreeksen,
    kernwoorden,
    woorden_van,
)


@dataclass(frozen=True)
class Vak:
    """Een vak met tekst: een vak van de thema-analyse of van een van haar bronnen."""

    bron: str  # id van het bestand
    label: str  # leesbaar, bijv. "brainstormbord 'Nieuw Wonen' › wensen"
    teksten: tuple[str, ...]


@dataclass(frozen=True)
class Knooppunt:
    """Een persoon, plek, initiatief of woord dat in meer vakken terugkomt."""

    term: str
    soort: str  # persoon, plek, initiatief, thema, naam, woordcombinatie, woord
    vakken: tuple[str, ...]  # labels van de vakken, in volgorde van de analyse
    bronnen: tuple[str, ...]  # ids van de bestanden
    keer: int  # hoe vaak in totaal genoemd

    def als_dict(self) -> dict[str, object]:
        return {
            "term": self.term,
            "soort": self.soort,
            "aantal_vakken": len(self.vakken),
            "aantal_bronnen": len(self.bronnen),
            "keer": self.keer,
            "vakken": list(self.vakken),
            "bronnen": list(self.bronnen),
        }


@dataclass
class _Telling:
    sleutel: tuple[str, ...]
    soort: str
    vakken: list[int] = field(default_factory=list)
    keer: int = 0
    vormen: Counter[str] = field(default_factory=Counter)
    vaste_vorm: str | None = None
    hoofdletter: int = 0  # hoe vaak met hoofdletter midden in een zin
    kleine_letter: int = 0

    def tel(self, vak: int, vorm: str) -> None:
        if vak not in self.vakken:
            self.vakken.append(vak)
        self.keer += 1
        self.vormen[vorm] += 1

    @property
    def term(self) -> str:
        if self.vaste_vorm:
            return self.vaste_vorm
        # De vaakst geschreven vorm; bij gelijkspel de eerst geziene.
        vorm = self.vormen.most_common(1)[0][0]
        return vorm if self.soort == "naam" else vorm.lower()


# Volgorde van voorkeur als een kandidaat uit meer hoeken komt.
_SOORT_VOORKEUR = ("persoon", "plek", "initiatief", "thema", "naam", "woordcombinatie", "woord")


def _bevat(groot: tuple[str, ...], klein: tuple[str, ...]) -> bool:
    n = len(klein)
    return any(groot[i : i + n] == klein for i in range(len(groot) - n + 1))


def zoek_knooppunten(
    vakken: list[Vak],
    namen: dict[tuple[str, ...], tuple[str, str]],
    midden: frozenset[str],
) -> list[Knooppunt]:
    """Termen die in twee of meer vakken voorkomen, gerangschikt (zie de moduletekst).

    ``namen``: stammen van een bekende naam → (vorm, soort); ``midden``: stammen die niet tellen.
    """
    teksten = [[woorden_van(t) for t in vak.teksten] for vak in vakken]
    enkel: dict[str, _Telling] = {}
    kandidaten: dict[tuple[str, ...], tuple[str, str | None]] = {}

    def kandidaat(sleutel: tuple[str, ...], soort: str, vorm: str | None = None) -> None:
        if {s for s in sleutel if s not in STOPWOORDEN} <= midden:
            return
        eerder = kandidaten.get(sleutel)
        if eerder is None or _SOORT_VOORKEUR.index(soort) < _SOORT_VOORKEUR.index(eerder[0]):
            kandidaten[sleutel] = (soort, vorm)

    for i, woordenlijsten in enumerate(teksten):
        for woorden in woordenlijsten:
            for w in woorden:
                if w.stopwoord or w.stam in midden:
                    continue
                telling = enkel.setdefault(w.stam, _Telling((w.stam,), "woord"))
                if not w.hoofdletter:
                    telling.kleine_letter += 1
                elif not w.zinsbegin:
                    telling.hoofdletter += 1
                telling.tel(i, w.vorm)
            for a, b in itertools.pairwise(woorden):
                if not a.stopwoord and not b.stopwoord:
                    kandidaat((a.stam, b.stam), "woordcombinatie")
            for reeks in hoofdletterreeksen(woorden):
                kandidaat(tuple(w.stam for w in reeks), "naam")
    # Een los woord is een naam als het vaker met een hoofdletter midden in een zin staat dan
    # met een kleine letter ("Kievitsdel", "Solidez").
    for telling in enkel.values():
        if telling.hoofdletter > telling.kleine_letter:
            telling.soort = "naam"
    for sleutel, (vorm, soort) in namen.items():
        if len(sleutel) == 1:
            if sleutel[0] in enkel:
                enkel[sleutel[0]].soort = soort
                enkel[sleutel[0]].vaste_vorm = vorm
        else:
            kandidaat(sleutel, soort, vorm)

    # Waar elk woord staat (vak, tekst, positie), om kandidaten snel op te zoeken.
    plekken: dict[str, list[tuple[int, list[Woord], int]]] = {}
    for i, woordenlijsten in enumerate(teksten):
        for woorden in woordenlijsten:
            for k, w in enumerate(woorden):
                plekken.setdefault(w.stam, []).append((i, woorden, k))
    tellingen = [t for t in enkel.values() if len(t.vakken) >= 2]
    for sleutel, (kandidaatsoort, vaste_vorm) in kandidaten.items():
        telling = _Telling(sleutel, kandidaatsoort, vaste_vorm=vaste_vorm)
        n = len(sleutel)
        for i, woorden, k in plekken.get(sleutel[0], []):
            reeks = woorden[k : k + n]
            if tuple(w.stam for w in reeks) == sleutel:
                telling.tel(i, " ".join(w.vorm for w in reeks))
        if len(telling.vakken) >= 2:
            tellingen.append(telling)

    # Een kortere term die opgaat in een langere met (minstens) dezelfde vakken valt weg.
    langer: dict[str, list[_Telling]] = {}
    for t in tellingen:
        if len(t.sleutel) > 1:
            for woord in set(t.sleutel):
                langer.setdefault(woord, []).append(t)
    overgebleven = [
        t
        for t in tellingen
        if not any(
            len(ander.sleutel) > len(t.sleutel)
            and _bevat(ander.sleutel, t.sleutel)
            and set(t.vakken) <= set(ander.vakken)
            for ander in langer.get(t.sleutel[0], [])
        )
    ]
    knooppunten = []
    for t in overgebleven:
        vak_indices = sorted(t.vakken)
        bronnen = tuple(dict.fromkeys(vakken[i].bron for i in vak_indices))
        knooppunten.append(
            Knooppunt(
                term=t.term,
                soort=t.soort,
                vakken=tuple(vakken[i].label for i in vak_indices),
                bronnen=bronnen,
                keer=t.keer,
            )
        )
    knooppunten.sort(
        key=lambda k: (
            -len(k.vakken),
            -len(k.bronnen),
            -k.keer,
            -len(k.term.split()),
            k.term.lower(),
        )
    )
    return knooppunten



# 002 instr. 2: de vakken van de thema-analyse (de tijdlijn heeft eigen controles).
VAKKEN: tuple[tuple[str, str], ...] = (
    ("woorden", "woorden"),
    ("verhaal", "verhaal"),
    ("ideeen", "ideeën en activiteiten"),
    ("voorbeelden", "voorbeelden"),
    ("initiatieven", "initiatieven"),
    ("uitspraken", "opmerkingen en uitspraken"),
    ("netwerkje", "netwerkje"),
)


SOORTNAMEN: dict[str, str] = {
    "dorpsgesprek": "dorpsgesprek",
    "brainstormbord": "brainstormbord",
    "gesprekstafel": "gesprekstafels",
    "tafelkleed": "tafelkleed",
    "patroononderzoek": "patroononderzoek",
}


def persoonstekst(persoon: Persoon) -> list[str]:
    """Naam en rol als losse teksten; van een privé-persoon alleen de rol."""
    delen = [persoon.rol] if persoon.prive else [persoon.naam, persoon.rol]
    return [d for d in delen if d]


# Lange titels (van tafelkaarten) worden in de namen van vakken ingekort.
LABEL_LENGTE = 40


def _kort(tekst: str) -> str:
    return tekst if len(tekst) <= LABEL_LENGTE else tekst[: LABEL_LENGTE - 1].rstrip() + "…"


def _titel(model: Bestand) -> str:
    return str(getattr(model, "titel", None) or getattr(model, "naam", "") or "")


Labels = dict[tuple[str | None, str], str]


def bronlabels(bronnen: list[Ingelezen]) -> Labels:
    """Een leesbare naam per bron (soort en titel), met de id erbij als titels gelijk zijn."""
    kaal: Labels = {}
    for ingelezen in bronnen:
        model = ingelezen.model
        assert model is not None
        titel = _titel(model)
        soortnaam = SOORTNAMEN.get(model.SOORT, model.SOORT)
        kaal[(ingelezen.soort, ingelezen.id)] = (
            f"{soortnaam} '{titel}'" if titel else f"{soortnaam} {ingelezen.id}"
        )
    hoe_vaak = Counter(kaal.values())
    return {
        sleutel: label if hoe_vaak[label] == 1 else f"{label} ({sleutel[1]})"
        for sleutel, label in kaal.items()
    }


def vakken_van_analyse(analyse: ThemaAnalyse, bron: str) -> list[Vak]:
    label = "thema-analyse"
    inhoud: dict[str, list[str]] = {
        "woorden": list(analyse.woorden),
        "verhaal": [analyse.verhaal] if analyse.verhaal else [],
        "ideeen": [i.tekst for i in analyse.ideeen],
        "voorbeelden": [v.tekst for v in analyse.voorbeelden],
        "initiatieven": [
            tekst
            for i in analyse.initiatieven
            for tekst in [i.naam, i.omschrijving, *(t for p in i.wie for t in persoonstekst(p))]
            if tekst
        ],
        "uitspraken": [u.tekst for u in analyse.uitspraken],
        "netwerkje": [t for p in analyse.netwerkje for t in persoonstekst(p)],
    }
    vakken = [
        Vak(bron, f"{label} › {naam}", tuple(inhoud[sleutel]))
        for sleutel, naam in VAKKEN
    ]
    momenten = tijdmomenten(analyse)
    vakken.append(
        Vak(
            bron,
            f"{label} › tijdlijn",
            tuple(t for m in momenten for t in (m.naam, m.plaats, m.uitkomst) if t),
        )
    )
    return vakken


def _bronvakken(ingelezen: Ingelezen) -> list[tuple[str, list[str]]]:
    """(vaknaam, teksten) van één bron, per soort."""
    model = ingelezen.model
    plaats = [getattr(model, "plaats", None) or ""]
    vakken: list[tuple[str, list[str]]] = []
    if isinstance(model, Brainstormbord):
        vakken = [
            ("wensen", [w.tekst for w in model.wensen]),
            ("voorbeelden", list(model.voorbeelden)),
            ("mogelijkheden", [m.tekst for m in model.mogelijkheden]),
            ("vragen", [t for v in model.vragen for t in (v.tekst, v.antwoord) if t]),
        ]
    elif isinstance(model, Dorpsgesprek):
        vakken = [
            ("reacties", [r.tekst for r in model.reacties]),
            ("signalen", [s.tekst for s in model.signalen]),
            ("vervolg", [model.vervolg] if model.vervolg else []),
        ]
    elif isinstance(model, Gesprekstafel):
        for tafel in model.tafels:
            teksten = [
                tafel.initiatief,
                *tafel.ambities,
                *(t for p in tafel.wie for t in [*persoonstekst(p), p.hoe or ""]),
                *tafel.vervolgafspraken,
                *tafel.werkwijzen,
            ]
            vakken.append((f"tafel {_kort(tafel.initiatief)}", teksten))
        vakken.append(("tijdlijn", [p.wat for p in model.tijdlijn]))
    elif isinstance(model, Tafelkleed):
        vakken = [
            ("ingrediënten", [i.tekst for i in model.ingredienten.values()]),
            (
                "schakels",
                [
                    t
                    for s in model.schakels.values()
                    for t in ([s.rol] if s.prive else [s.naam, s.rol]) + [s.verhaal]
                    if t
                ],
            ),
        ]
    elif isinstance(model, Patroononderzoek):
        for kwadrant, per_deelnemer in model.associaties:
            vakken.append((kwadrant, [w for woorden in per_deelnemer.values() for w in woorden]))
        vakken.append(("gesprek", [a for _, a in model.gesprek if a]))
    vakken.append(("plaats", plaats))
    return [(naam, [t for t in teksten if t]) for naam, teksten in vakken]


def vakken_van_bron(ingelezen: Ingelezen, labels: Labels) -> list[Vak]:
    label = labels[(ingelezen.soort, ingelezen.id)]
    return [
        Vak(ingelezen.id, f"{label} › {naam}", tuple(teksten))
        for naam, teksten in _bronvakken(ingelezen)
    ]


def bekende_namen(
    analyse: ThemaAnalyse, bronnen: list[Ingelezen]
) -> dict[tuple[str, ...], tuple[str, str]]:
    """Namen die het dossier zelf geeft: personen, plekken, initiatieven en (deel)thema's."""
    namen: dict[tuple[str, ...], tuple[str, str]] = {}

    def voeg_toe(tekst: str | None, soort: str) -> None:
        woorden = bijgesneden(woorden_van(tekst or ""))
        sleutel = tuple(w.stam for w in woorden)
        if sleutel and sleutel not in namen:
            namen[sleutel] = (" ".join(w.vorm for w in woorden), soort)

    personen: list[Persoon] = [*analyse.netwerkje]
    personen += [p for i in analyse.initiatieven for p in i.wie]
    for initiatief in analyse.initiatieven:
        voeg_toe(initiatief.naam, "initiatief")
    for moment in tijdmomenten(analyse):
        voeg_toe(moment.plaats, "plek")
    for ingelezen in bronnen:
        model = ingelezen.model
        voeg_toe(getattr(model, "plaats", None), "plek")
        if isinstance(model, Gesprekstafel):
            for tafel in model.tafels:
                voeg_toe(tafel.initiatief, "initiatief")
                personen.extend(tafel.wie)
        if isinstance(model, Tafelkleed):
            for schakel in model.schakels.values():
                voeg_toe(schakel.rol, "persoon")
                if not schakel.prive:
                    voeg_toe(schakel.naam, "persoon")
        if isinstance(model, Dorpsgesprek | Brainstormbord | Gesprekstafel):
            voeg_toe(model.titel, "thema")
    for persoon in personen:
        for tekst in persoonstekst(persoon):
            voeg_toe(tekst, "persoon")
    return namen


def midden_van(analyse: ThemaAnalyse, dossier: Dossier | None) -> frozenset[str]:
    teksten = [analyse.naam]
    kop = dossier.kop if dossier is not None else None
    if kop is not None:
        teksten += [t for t in (kop.buurt, kop.dorp, kop.gebied, kop.gemeente) if t]
    return frozenset(s for t in teksten for s in kernwoorden(t))
