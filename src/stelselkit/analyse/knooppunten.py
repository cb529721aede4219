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
    lemma,
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
    """Een persoon, plek, initiatief of naam die in meer bronnen terugkomt; of, bij de
    terugkerende woorden, een woord dat in meer vakken staat."""

    term: str  # de langste naam of de vaakst geschreven vorm
    soort: str  # persoon, plek, initiatief, thema, naam; bij een terugkerend woord: woord
    vakken: tuple[str, ...]  # labels van de vakken, in volgorde van de analyse
    bronnen: tuple[str, ...]  # ids van de andere bestanden (niet de thema-analyse zelf)
    keer: int  # hoe vaak in totaal genoemd
    eigen: bool  # staat ook in de eigen vakken van de thema-analyse
    vormen: tuple[str, ...] = ()  # samengevoegde schrijfwijzen ("Weerd", "De Weerd")

    def als_dict(self) -> dict[str, object]:
        return {
            "term": self.term,
            "soort": self.soort,
            "aantal_bronnen": len(self.bronnen),
            "aantal_vakken": len(self.vakken),
            "keer": self.keer,
            "eigen": self.eigen,
            "vakken": list(self.vakken),
            "bronnen": list(self.bronnen),
            "vormen": list(self.vormen),
        }


@dataclass(frozen=True)
class Nodaal:
    """Het nodale netwerk van één thema-analyse: knooppunten en terugkerende woorden."""

    knooppunten: tuple[Knooppunt, ...]
    woorden: tuple[Knooppunt, ...]


# Een plek in de teksten: (vak, tekst, eerste woord, na het laatste woord).
Plek = tuple[int, int, int, int]

# Volgorde van voorkeur als een naam uit meer hoeken komt (wat het dossier zelf zegt eerst).
_SOORT_VOORKEUR = ("persoon", "plek", "initiatief", "thema", "naam")
# Zoveel verschillende bronnen (naast de thema-analyse zelf) maken een knooppunt.
MINIMUM_BRONNEN = 2
# Zoveel inhoudswoorden mag een langere naam toevoegen om een kortere op te nemen.
MEER_WOORDEN = 2


@dataclass
class _Naam:
    sleutel: tuple[str, ...]
    soort: str
    vaste_vorm: str | None
    plekken: list[Plek] = field(default_factory=list)
    vormen: Counter[str] = field(default_factory=Counter)


def _sleutel(woorden: list[Woord]) -> tuple[str, ...]:
    """De vergelijkingssleutel van een naam: lemma's, zonder lidwoord voorop of achteraan."""
    return tuple(lemma(w) for w in bijgesneden(woorden))


def _bevat(groot: tuple[str, ...], klein: tuple[str, ...]) -> bool:
    n = len(klein)
    return len(groot) > n and any(groot[i : i + n] == klein
                                  for i in range(len(groot) - n + 1))


def zoek_knooppunten(
    vakken: list[Vak],
    namen: list[tuple[str, str]],
    midden: frozenset[str],
    eigen: str,
    zelfde_bron: dict[str, str] | None = None,
) -> Nodaal:
    """Knooppunten en terugkerende woorden over de vakken (zie de moduletekst).

    ``namen``: (tekst, soort) die het dossier zelf als naam geeft; ``midden``: lemma's en
    stammen die niet tellen; ``eigen``: de id van de thema-analyse, waarvan de vakken niet als
    onafhankelijke bron tellen; ``zelfde_bron``: bestanden die als één bron tellen (momentopnamen
    van één tafelkleed) → de id waaronder ze tellen.
    """
    als = zelfde_bron or {}
    teksten = [[woorden_van(t) for t in vak.teksten] for vak in vakken]
    kandidaten: dict[tuple[str, ...], _Naam] = {}

    def kandidaat(woorden: list[Woord], soort: str, vorm: str | None = None) -> None:
        # De eigen buurt of het thema aan de rand hoort niet bij de naam ("De Weerd, Doorwerth");
        # blijft er dan één woord over ("Gezond" uit "Gezond Doorwerth"), dan was het geen naam
        # op zich.
        volledig = len(woorden)
        while woorden and lemma(woorden[-1]) in midden:
            woorden = bijgesneden(woorden[:-1])
        while woorden and lemma(woorden[0]) in midden:
            woorden = bijgesneden(woorden[1:])
        if len(woorden) < volledig and len([w for w in woorden if not w.stopwoord]) < 2:
            return
        sleutel = _sleutel(woorden)
        if not sleutel or set(sleutel) <= midden | STOPWOORDEN:
            return
        if vorm is not None:
            vorm = " ".join(w.vorm for w in woorden)
        eerder = kandidaten.get(sleutel)
        if eerder is None:
            kandidaten[sleutel] = _Naam(sleutel, soort, vorm)
        elif _SOORT_VOORKEUR.index(soort) < _SOORT_VOORKEUR.index(eerder.soort):
            eerder.soort, eerder.vaste_vorm = soort, vorm or eerder.vaste_vorm

    for tekst, soort in namen:
        kandidaat(bijgesneden(woorden_van(tekst)), soort, tekst)
    hoofdletter: Counter[str] = Counter()
    klein: Counter[str] = Counter()
    for woordenlijsten in teksten:
        for woorden in woordenlijsten:
            for reeks in hoofdletterreeksen(woorden):
                kandidaat(reeks, "naam")
            for w in woorden:
                if not w.stopwoord:
                    if not w.hoofdletter:
                        klein[lemma(w)] += 1
                    elif not w.zinsbegin:
                        hoofdletter[lemma(w)] += 1
    # Een los woord is een naam als het vaker met een hoofdletter midden in een zin staat dan
    # met een kleine letter ("Kievitsdel", "Solidez").
    for woordenlijsten in teksten:
        for woorden in woordenlijsten:
            for w in woorden:
                if not w.stopwoord and hoofdletter[lemma(w)] > klein[lemma(w)]:
                    kandidaat([w], "naam")

    # Waar elke naam staat: als aaneengesloten reeks, met of zonder lidwoord ervoor.
    plekken: dict[str, list[tuple[int, int, int]]] = {}
    for i, woordenlijsten in enumerate(teksten):
        for t, woorden in enumerate(woordenlijsten):
            for k, w in enumerate(woorden):
                plekken.setdefault(lemma(w), []).append((i, t, k))
    for naam in kandidaten.values():
        n = len(naam.sleutel)
        for i, t, k in plekken.get(naam.sleutel[0], []):
            reeks = teksten[i][t][k : k + n]
            if tuple(lemma(w) for w in reeks) == naam.sleutel:
                naam.plekken.append((i, t, k, k + n))
                naam.vormen[" ".join(w.vorm for w in reeks)] += 1

    # Een naam, dezelfde naam met lidwoord en een langere naam die haar bevat, zijn één
    # knooppunt ("Weerd", "De Weerd", "winkelcentrum De Weerd"): de kortere gaat op in de
    # kortste langere naam, als die hooguit MEER_WOORDEN inhoudswoorden toevoegt en elke
    # andere langere naam haar ook bevat. Anders blijft ze apart: dan is niet te zeggen welke
    # naam bedoeld is.
    gevonden = [n for n in kandidaten.values() if n.plekken]
    for kort in sorted(gevonden, key=lambda n: len(n.sleutel)):
        langer = sorted((n for n in gevonden if n.plekken and _bevat(n.sleutel, kort.sleutel)),
                        key=lambda n: len(n.sleutel))
        if not langer:
            continue
        doel = langer[0]
        extra = len(set(doel.sleutel) - set(kort.sleutel) - STOPWOORDEN)
        if extra > MEER_WOORDEN or not all(n is doel or _bevat(n.sleutel, doel.sleutel)
                                           for n in langer):
            continue
        binnen = {(i, t, k) for i, t, b, e in doel.plekken for k in range(b, e)}
        for plek in kort.plekken:
            if (plek[0], plek[1], plek[2]) not in binnen:
                doel.plekken.append(plek)
        doel.vormen.update(kort.vormen)
        if kort.vaste_vorm and _SOORT_VOORKEUR.index(kort.soort) < \
                _SOORT_VOORKEUR.index(doel.soort):
            doel.soort = kort.soort
        kort.plekken = []

    def knooppunt(term: str, soort: str, op: list[Plek], vormen: tuple[str, ...]) -> Knooppunt:
        indices = sorted({p[0] for p in op})
        return Knooppunt(
            term=term, soort=soort,
            vakken=tuple(vakken[i].label for i in indices),
            bronnen=tuple(dict.fromkeys(als.get(vakken[i].bron, vakken[i].bron) for i in indices
                                        if vakken[i].bron != eigen)),
            keer=len(op),
            eigen=any(vakken[i].bron == eigen for i in indices),
            vormen=vormen,
        )

    paren = [
        (n, knooppunt(n.vaste_vorm or max(n.vormen, key=lambda v: (len(v.split()), n.vormen[v])),
                      n.soort, n.plekken, tuple(sorted(n.vormen))))
        for n in gevonden if n.plekken
    ]
    paren = [(n, k) for n, k in paren if len(k.bronnen) >= MINIMUM_BRONNEN]
    knooppunten = sorted((k for _, k in paren), key=lambda k: (
        -len(k.bronnen), -len(k.vakken), -k.keer, -len(k.term.split()), k.term.lower()))

    # Terugkerende woorden: wat geen knooppunt is, in twee of meer vakken.
    in_namen = {s for n, _ in paren for s in n.sleutel}
    per_woord: dict[str, list[Plek]] = {}
    vormen: dict[str, Counter[str]] = {}
    for i, woordenlijsten in enumerate(teksten):
        for t, woorden in enumerate(woordenlijsten):
            for k, w in enumerate(woorden):
                sleutel = lemma(w)
                if w.stopwoord or sleutel in midden or sleutel in in_namen:
                    continue
                per_woord.setdefault(sleutel, []).append((i, t, k, k + 1))
                vormen.setdefault(sleutel, Counter())[w.vorm.lower()] += 1
    terug = [
        knooppunt(vormen[s].most_common(1)[0][0], "woord", op, ())
        for s, op in per_woord.items() if len({p[0] for p in op}) >= 2
    ]
    terug.sort(key=lambda k: (-len(k.vakken), -len(k.bronnen), -k.keer, k.term))
    return Nodaal(tuple(knooppunten), tuple(terug))


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


def zelfde_bronnen(bronnen: list[Ingelezen]) -> dict[str, str]:
    """Tafelkleden die momentopnamen van elkaar zijn (``vorige``) tellen als één bron: elk
    kleed → de id van het nieuwste kleed in zijn keten (voor zover die onder de bronnen is)."""
    volgende = {i.model.vorige: i.id for i in bronnen
                if isinstance(i.model, Tafelkleed) and i.model.vorige}
    uit = {}
    for sleutel in volgende:
        laatste, gezien = sleutel, {sleutel}
        while laatste in volgende and volgende[laatste] not in gezien:
            laatste = volgende[laatste]
            gezien.add(laatste)
        uit[sleutel] = laatste
    return uit


def bekende_namen(analyse: ThemaAnalyse, bronnen: list[Ingelezen]) -> list[tuple[str, str]]:
    """Namen die het dossier zelf geeft: personen, plekken, initiatieven en (deel)thema's."""
    namen: list[tuple[str, str]] = []

    def voeg_toe(tekst: str | None, soort: str) -> None:
        if tekst:
            namen.append((tekst, soort))

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
    woorden = [w for t in teksten for w in woorden_van(t) if not w.stopwoord]
    return frozenset(s for w in woorden for s in (w.stam, lemma(w)))
