"""Thema-analyse: knooppunten, vakken, naam, tijdlijn en netwerkje (002 instr. 2; 001 §4.2).

Een thema-analyse ordent het eigen verhaal en alles wat de lokale gemeenschap over een thema
weet. Het resultaat is een *nodaal netwerk* (Castells): geen kern, maar een veld van
*knooppunten* die door communicatie in beeld komen. De analyse leest het thema-analysebestand en,
als het in een dossier ligt, de dorpsgesprekken, brainstormborden, gesprekstafels, tafelkleden
en patroononderzoeken die het onder ``bronnen`` noemt. Voor het netwerkje kijkt ze in alle
tafelkleden van het dossier.

**Knooppunten.** Elk vak (de vakken van de thema-analyse en die van elke bron, zoals de wensen van
een brainstormbord of de reacties van een dorpsgesprek) is een stuk tekst. Een knooppunt is een
persoon, plek, initiatief of woord dat in minstens twee verschillende vakken voorkomt; hoe meer
vakken, hoe hoger het staat (daarna: meer bronnen, vaker genoemd, langere naam, alfabet).

- *Woorden*: kleine letters, accenten en leestekens weg, stopwoorden (:data:`STOPWOORDEN`),
  getallen en woorden korter dan drie letters tellen niet. Meervoud en verkleinwoord worden
  gelijkgetrokken met een paar vaste regels (:func:`stam`): ``-jes``/``-tje``/``-pje``/``-je``
  eraf (``pleintje`` → ``plein``), meervoud-``s`` na ``-er``/``-el``/``-em``/``-en``/``-ie`` of een
  klinker eraf (``ouders`` → ``ouder``), ``-heden`` → ``-heid``, ``-en`` en ``-e`` eraf met
  ontdubbelen van de medeklinker en ``v``/``z`` → ``f``/``s`` (``initiatieven`` → ``initiatief``,
  ``bossen`` → ``bos``), en een dubbele klinker in de laatste lettergreep enkel
  (``bomen`` en ``boom`` → ``bom``). Het is een sleutel om te vergelijken, geen spelling: in het
  rapport staat het woord zoals het het vaakst geschreven is.
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

Elke bevinding noemt in ``over`` eerst de id van de thema-analyse en daarna de items waar ze
over gaat (vakken, momenten, initiatieven, personen, vragen).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from stelselkit.analyse import GEWICHT_VOLGORDE, Bevinding, Gewicht, gesorteerd
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import (
    Brainstormbord,
    Dorpsgesprek,
    Gesprekstafel,
    Patroononderzoek,
    Tafelkleed,
    ThemaAnalyse,
)
from stelselkit.model.basis import Bestand, Datum, Persoon
from stelselkit.model.thema_analyse import BRONSOORTEN, Betrokkene, Moment
from stelselkit.taal import aantal, opsomming

# ---------------------------------------------------------------------------------------------
# Woorden: tokeniseren en normaliseren
# ---------------------------------------------------------------------------------------------

# Nederlandse stopwoorden: lidwoorden, voornaamwoorden, voorzetsels, voegwoorden, hulp- en
# vulwerkwoorden, de omschrijvingen van anonieme sprekers ("een meneer", "een mevrouw") en
# woorden die in elk gesprek vallen ("mensen", "graag").
_STOPWOORDEN_TEKST = """
    aan al alle alleen alles als altijd ander andere anders ben bent bij bijvoorbeeld binnen
    daar daarom dan dat de deze die dit doch doe doen doet door dus echt een eens eigen
    eigenlijk elk elke elkaar en enz er erg even ga gaan gaat geen geeft geven gewoon geweest
    had hadden haar heb hebben hebt heeft heel hem hen het hier hij hoe hun iedereen iemand
    iets ik in is ja je jij jou jouw jullie kan kom komen komt kon konden kun kunnen kunt laat
    laten maakt maar maken mag me meer meest men met mij mijn misschien moet moeten mogen na
    naar niet niets nog nu of om omdat ons onze ook op over reeds soms staat staan te tegen
    toch toen tot tussen uit uw vaak van veel vindt vinden voor vooral want waar waarom
    wanneer waren was wat we weer wel welk welke werd werden wie wij wil willen wilt worden
    wordt zal ze zei zegt zeer zelf zich zie zien ziet zij zijn zit zitten zo zoals zonder zou
    zouden zullen
    rond rondom vanuit vanwege waardoor waarbij daarbij daarin hierin steeds zowel zoveel
    meneer mevrouw dame heer mens mensen graag
    werken werkt gebruik gebruiken gebruikt vormen vormt concreet concrete goed goede nieuw nieuwe
    belangrijk belangrijke groot grote klein kleine wijze manier keer komen brengen brengt
    houden houdt krijgen krijgt leggen legt nemen neemt zetten zet zorgen zorgt helpen helpt
"""
# De laatste regels: algemene werkwoorden en bijvoeglijke naamwoorden die in elke tekst
# terugkomen en zo de echte knooppunten (mensen, plekken, initiatieven) van de top verdringen.
STOPWOORDEN: frozenset[str] = frozenset(_STOPWOORDEN_TEKST.split())

# Deeltjes die binnen een naam kunnen staan ("Huis ter Heide", "De Weerd").
DEELTJES: frozenset[str] = frozenset({"de", "der", "den", "het", "te", "ten", "ter", "van"})

KLINKERS = "aeiouy"
_WOORD = re.compile(r"[^\W_]+")
_ZINSEINDE = re.compile(r"[.!?:;•]")


def zonder_accenten(tekst: str) -> str:
    """``café`` → ``cafe``; ``ideeën`` → ``ideeen``."""
    ontleed = unicodedata.normalize("NFKD", tekst)
    return "".join(t for t in ontleed if not unicodedata.combining(t))


def _ontdubbel_medeklinker(woord: str) -> str:
    if len(woord) >= 2 and woord[-1] == woord[-2] and woord[-1] not in KLINKERS:
        return woord[:-1]
    return woord


def _eindletter(woord: str) -> str:
    if woord.endswith("v"):
        return woord[:-1] + "f"
    if woord.endswith("z"):
        return woord[:-1] + "s"
    return woord


def _ontdubbel_klinker(woord: str) -> str:
    if (
        len(woord) >= 4
        and woord[-1] not in KLINKERS
        and woord[-2] == woord[-3]
        and woord[-2] in "aeou"
        and woord[-4] not in KLINKERS
    ):
        return woord[:-2] + woord[-1]
    return woord


def stam(sleutel: str) -> str:
    """De vergelijkingssleutel van een woord (kleine letters, zonder accenten).

    Verkleinwoord en meervoud worden met vaste regels gelijkgetrokken (zie de moduletekst).
    """
    woord = sleutel
    if woord.endswith("jes") and len(woord) > 6:
        woord = woord[:-1]
    for achter in ("etje", "tje", "pje", "je"):
        if woord.endswith(achter) and len(woord) - len(achter) >= 3:
            return _ontdubbel_klinker(_ontdubbel_medeklinker(woord[: -len(achter)]))
    if woord.endswith("heden") and len(woord) > 7:
        return woord[:-5] + "heid"
    if (
        woord.endswith("s")
        and len(woord) - 1 >= 4
        and (woord[-2] in "aouy" or woord[-3:-1] in ("er", "el", "em", "en", "ie"))
    ):
        woord = woord[:-1]
    if woord.endswith("en") and len(woord) - 2 >= 3:
        woord = _eindletter(_ontdubbel_medeklinker(woord[:-2]))
    if woord.endswith("e") and len(woord) - 1 >= 3:
        woord = _eindletter(_ontdubbel_medeklinker(woord[:-1]))
    return _ontdubbel_klinker(woord)


@dataclass(frozen=True)
class Woord:
    """Eén woord uit een tekst."""

    vorm: str  # zoals geschreven
    sleutel: str  # kleine letters, zonder accenten
    stam: str  # vergelijkingssleutel; voor stopwoorden gelijk aan de sleutel
    stopwoord: bool  # stopwoord, getal of korter dan drie letters
    hoofdletter: bool
    zinsbegin: bool


def woorden_van(tekst: str) -> list[Woord]:
    """Splits een tekst in woorden, met stam, stopwoord en hoofdletter-midden-in-de-zin."""
    uitkomst: list[Woord] = []
    vorige_einde = 0
    for treffer in _WOORD.finditer(tekst):
        zinsbegin = not uitkomst or bool(_ZINSEINDE.search(tekst[vorige_einde : treffer.start()]))
        vorige_einde = treffer.end()
        vorm = treffer.group()
        sleutel = zonder_accenten(vorm).lower()
        stop = sleutel in STOPWOORDEN or len(sleutel) < 3 or sleutel.isdigit()
        uitkomst.append(
            Woord(
                vorm=vorm,
                sleutel=sleutel,
                stam=sleutel if stop else stam(sleutel),
                stopwoord=stop,
                hoofdletter=vorm[0].isupper(),
                zinsbegin=zinsbegin,
            )
        )
    return uitkomst


def kernwoorden(tekst: str) -> set[str]:
    """De stammen van de inhoudswoorden van een tekst."""
    return {w.stam for w in woorden_van(tekst) if not w.stopwoord}


def genormaliseerd(tekst: str) -> str:
    """Kleine letters, zonder accenten en leestekens: om namen en rollen te vergelijken."""
    return " ".join(w.sleutel for w in woorden_van(tekst))


def slug(tekst: str) -> str:
    """Een id-vorm van een tekst: ``Vervolg in café Bij Jos`` → ``vervolg-in-cafe-bij-jos``."""
    return "-".join(w.sleutel for w in woorden_van(tekst))


def _bijgesneden(woorden: list[Woord]) -> list[Woord]:
    """Zonder lidwoorden en deeltjes voorop en achteraan ("het plein" → "plein")."""
    rand = DEELTJES | {"een"}
    begin, eind = 0, len(woorden)
    while begin < eind and woorden[begin].sleutel in rand:
        begin += 1
    while eind > begin and woorden[eind - 1].sleutel in rand:
        eind -= 1
    return woorden[begin:eind]


def _hoofdletterreeksen(woorden: list[Woord]) -> Iterator[list[Woord]]:
    """Reeksen van twee of meer woorden met een hoofdletter, met deeltjes ertussen."""

    def naamwoord(w: Woord) -> bool:
        return w.hoofdletter and not w.zinsbegin and not w.sleutel.isdigit()

    i = 0
    while i < len(woorden):
        if not woorden[i].hoofdletter:
            i += 1
            continue
        j = i + 1
        while j < len(woorden):
            if naamwoord(woorden[j]):
                j += 1
            elif (
                woorden[j].sleutel in DEELTJES
                and j + 1 < len(woorden)
                and naamwoord(woorden[j + 1])
            ):
                j += 2
            else:
                break
        reeks = woorden[i:j]
        if woorden[i].zinsbegin:
            while reeks and reeks[0].stopwoord:
                reeks = reeks[1:]
        if len(reeks) >= 2:
            yield reeks
        i = j


# ---------------------------------------------------------------------------------------------
# Vakken en knooppunten
# ---------------------------------------------------------------------------------------------


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
            for reeks in _hoofdletterreeksen(woorden):
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
    for sleutel, (soort, vorm) in kandidaten.items():
        telling = _Telling(sleutel, soort, vaste_vorm=vorm)
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


# ---------------------------------------------------------------------------------------------
# De vakken van een thema-analyse en van haar bronnen
# ---------------------------------------------------------------------------------------------

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

# Minder dan zoveel items in een vak: het vak is dun.
DUN_GRENS = 2

# Welke vakken van bronnen materiaal leveren voor welk vak van de thema-analyse (001 §4.2).
VOEDING: dict[str, tuple[tuple[str, str], ...]] = {
    "ideeen": (("brainstormbord", "wensen"), ("brainstormbord", "mogelijkheden"),
               ("dorpsgesprek", "signalen")),
    "voorbeelden": (("brainstormbord", "voorbeelden"),),
    "initiatieven": (("gesprekstafel", "tafels"), ("dorpsgesprek", "signalen")),
    "uitspraken": (("dorpsgesprek", "reacties"),),
    "netwerkje": (("tafelkleed", "schakels"), ("gesprekstafel", "wie")),
}

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


def _vakken_van_analyse(analyse: ThemaAnalyse, bron: str) -> list[Vak]:
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


def _vakken_van_bron(ingelezen: Ingelezen, labels: Labels) -> list[Vak]:
    label = labels[(ingelezen.soort, ingelezen.id)]
    return [
        Vak(ingelezen.id, f"{label} › {naam}", tuple(teksten))
        for naam, teksten in _bronvakken(ingelezen)
    ]


def _bekende_namen(
    analyse: ThemaAnalyse, bronnen: list[Ingelezen]
) -> dict[tuple[str, ...], tuple[str, str]]:
    """Namen die het dossier zelf geeft: personen, plekken, initiatieven en (deel)thema's."""
    namen: dict[tuple[str, ...], tuple[str, str]] = {}

    def voeg_toe(tekst: str | None, soort: str) -> None:
        woorden = _bijgesneden(woorden_van(tekst or ""))
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


def _midden(analyse: ThemaAnalyse, dossier: Dossier | None) -> frozenset[str]:
    teksten = [analyse.naam]
    kop = dossier.kop if dossier is not None else None
    if kop is not None:
        teksten += [t for t in (kop.buurt, kop.dorp, kop.gebied, kop.gemeente) if t]
    return frozenset(s for t in teksten for s in kernwoorden(t))


# ---------------------------------------------------------------------------------------------
# Tijdlijn
# ---------------------------------------------------------------------------------------------

# 002 hfst. 3 ("duidelijke perioden van voorbereiding per ontmoetingsmoment"): minder dan twee
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


def _tijdlijn_bevindingen(
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
            regel=(
                "002 instr. 2: een globale tijdlijn met een start- en een manifestatiemoment; "
                "002 stap 4: we eindigen met een manifestatiemoment"
            ),
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
            regel=(
                "002 instr. 2: door ontmoetingsmomenten te benoemen markeer je het thema in de tijd"
            ),
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
            regel=(
                "002 instr. 2: de periode loopt van een start- tot een manifestatiemoment, met de "
                "ontmoetingsmomenten daartussen"
            ),
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
            regel=(
                "002 instr. 2: aandacht voor de voorbereidingstijd tussen de ontmoetingsmomenten; "
                "002 hfst. 3: duidelijke perioden van voorbereiding per ontmoetingsmoment"
            ),
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
            regel=(
                "001 §4.2: op ontmoetingsmomenten wordt de ontwikkeling van de initiatieven "
                "zichtbaar gemaakt; 002 stap 4: alle oogst zichtbaar maken"
            ),
            over=(bestand, *(m.naam for m in verleden)),
        ))
    return bevindingen


# ---------------------------------------------------------------------------------------------
# De naam
# ---------------------------------------------------------------------------------------------

# 002 hfst. 4 stap 1: problemen die aandacht vragen ('overlast') buigen we om naar een thema
# waaraan we kunnen bouwen ('ontdek de ruimte'). Woorden die een naam op een probleem bouwen.
PROBLEEMWOORDEN: tuple[str, ...] = (
    "overlast",
    "probleem",
    "problematiek",
    "tekort",
    "klacht",
    "eenzaamheid",
    "armoede",
    "achterstand",
    "criminaliteit",
    "vandalisme",
    "verloedering",
    "onveilig",
    "verslaving",
    "schuld",
    "gebrek",
    "leegstand",
    "hangjongeren",
    "wachtlijst",
    "knelpunt",
    "agressie",
)


def probleemwoorden_in(tekst: str) -> list[str]:
    """De woorden van een tekst die een probleemwoord zijn of bevatten (ook in samenstellingen)."""
    gevonden = []
    for w in woorden_van(tekst):
        if w.stopwoord:
            continue
        if any(p in w.sleutel or stam(p) == w.stam for p in PROBLEEMWOORDEN):
            gevonden.append(w.vorm)
    return gevonden


def _naam_bevinding(bestand: str, analyse: ThemaAnalyse) -> Bevinding | None:
    problemen = probleemwoorden_in(analyse.naam)
    if not problemen:
        return None
    # 002 hfst. 4 stap 1: "'overlast' buigen we ... om naar een aantrekkelijk thema waaraan we
    # kunnen bouwen, bijvoorbeeld 'ontdek de ruimte'"; 002 instr. 2: kies een uitnodigende naam.
    bouwstenen = [w for w in analyse.woorden if not probleemwoorden_in(w)]
    if analyse.woorden:
        herkomst = "De naam komt uit de woorden: " + ", ".join(analyse.woorden) + "."
        if bouwstenen:
            herkomst += " Woorden om op te bouwen: " + ", ".join(bouwstenen) + "."
    else:
        herkomst = "Er staan geen woorden bij waaruit de naam gekozen is; begin met een brainstorm."
    return Bevinding(
        code="naam-probleemwoord",
        titel=f"De naam '{analyse.naam}' is gebouwd op een probleem: " + ", ".join(problemen),
        tekst=(
            "Buig het probleem om naar een aantrekkelijke, uitnodigende naam waaraan iedereen kan "
            "bouwen, zoals 'overlast' → 'ontdek de ruimte' (ruimte in de eigen buurt voor oud en "
            f"jong). {herkomst}"
        ),
        regel=(
            "002 hfst. 4 stap 1: we zoeken altijd een aantrekkelijke en opbouwende naam; "
            "'overlast' → 'ontdek de ruimte'; 002 instr. 2: een naam die uitnodigt"
        ),
        over=(bestand, analyse.naam, *problemen),
        gewicht="actie",
    )


# ---------------------------------------------------------------------------------------------
# De analyse van één thema-analyse
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vakstand:
    """Hoeveel er in een vak van de thema-analyse staat."""

    sleutel: str
    naam: str
    aantal: int

    def als_dict(self) -> dict[str, object]:
        return {"vak": self.sleutel, "naam": self.naam, "aantal": self.aantal}


@dataclass(frozen=True)
class Netwerkpersoon:
    """Iemand uit het netwerkje, en het tafelkleed waarop hij of zij al staat."""

    label: str
    tafelkleed: str | None

    def als_dict(self) -> dict[str, object]:
        return {"wie": self.label, "tafelkleed": self.tafelkleed}


@dataclass
class ThemaUitkomst:
    """De analyse van één thema-analysebestand."""

    id: str
    bestand: str
    naam: str
    woorden: list[str]
    bronnen: list[tuple[str, str]]  # (id, label) van de gelezen bronnen
    vakken: list[Vakstand]
    knooppunten: list[Knooppunt]
    tijdlijn: list[Tijdmoment]
    tussenpozen: list[Tussenpoos]
    netwerkje: list[Netwerkpersoon]
    bevindingen: list[Bevinding]

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "bestand": self.bestand,
            "naam": self.naam,
            "woorden": self.woorden,
            "bronnen": [{"id": i, "naam": label} for i, label in self.bronnen],
            "vakken": [v.als_dict() for v in self.vakken],
            "knooppunten": [k.als_dict() for k in self.knooppunten],
            "tijdlijn": [m.als_dict() for m in self.tijdlijn],
            "voorbereiding": [p.als_dict() for p in self.tussenpozen],
            "netwerkje": [p.als_dict() for p in self.netwerkje],
            "bevindingen": [b.als_dict() for b in self.bevindingen],
        }


def _zoek_bronnen(
    analyse: ThemaAnalyse, dossier: Dossier | None
) -> tuple[list[Ingelezen], list[str]]:
    gevonden: list[Ingelezen] = []
    onbekend: list[str] = []
    for bron in analyse.bronnen:
        ingelezen = dossier.zoek(bron, BRONSOORTEN) if dossier is not None else None
        if ingelezen is None:
            onbekend.append(bron)
        elif ingelezen not in gevonden:
            gevonden.append(ingelezen)
    return gevonden, onbekend


def _vakstanden(analyse: ThemaAnalyse) -> list[Vakstand]:
    aantallen = {
        "woorden": len(analyse.woorden),
        "verhaal": 1 if analyse.verhaal else 0,
        "ideeen": len(analyse.ideeen),
        "voorbeelden": len(analyse.voorbeelden),
        "initiatieven": len(analyse.initiatieven),
        "uitspraken": len(analyse.uitspraken),
        "netwerkje": len(analyse.netwerkje),
    }
    return [Vakstand(s, n, aantallen[s]) for s, n in VAKKEN]


def _voeding(vak: str, bronnen: list[Ingelezen], labels: Labels) -> list[str]:
    """Materiaal in de bronnen dat in een leeg of dun vak past, als 'aantal vaknaam in bron'."""
    regels = []
    for ingelezen in bronnen:
        model = ingelezen.model
        assert model is not None
        for soort, bronvak in VOEDING.get(vak, ()):
            if soort != model.SOORT:
                continue
            if bronvak == "wie" and isinstance(model, Gesprekstafel):
                aantal = sum(len(t.wie) for t in model.tafels)
            else:
                aantal = len(getattr(model, bronvak))
            if aantal:
                regels.append(f"{aantal} {bronvak} in {labels[(ingelezen.soort, ingelezen.id)]}")
    return regels


def _vak_bevindingen(
    bestand: str, analyse: ThemaAnalyse, standen: list[Vakstand], bronnen: list[Ingelezen]
) -> list[Bevinding]:
    bevindingen = []
    regel = (
        "002 instr. 2: schrijf in de vakken welke ideeën en activiteiten opkomen, welke "
        "voorbeelden je kent, welke initiatieven er zijn en welke je zelf wilt nemen; verzamel "
        "opmerkingen en uitspraken; orden een eerste netwerkje"
    )
    labels = bronlabels(bronnen)
    leeg: list[tuple[Vakstand, list[str]]] = []
    dun: list[tuple[Vakstand, list[str]]] = []
    for stand in standen:
        if stand.aantal >= DUN_GRENS or (stand.sleutel == "verhaal" and stand.aantal):
            continue
        (leeg if stand.aantal == 0 else dun).append(
            (stand, _voeding(stand.sleutel, bronnen, labels)))
    # 002 instr. 2: de vakken van de thema-analyse (zie ``regel``); één bevinding voor de lege
    # en één voor de dunne vakken.
    soorten: tuple[tuple[str, list[tuple[Vakstand, list[str]]], Gewicht], ...] = (
        ("leeg-vak", leeg, "aandacht"), ("dun-vak", dun, "info"))
    for code, vakken, gewicht in soorten:
        if not vakken:
            continue
        namen = [f"'{stand.naam}'" for stand, _ in vakken]
        if code == "leeg-vak":
            tekst = f"Leeg: {opsomming(namen)}."
            titel = f"{aantal(len(vakken), 'leeg vak', 'lege vakken')}: {opsomming(namen)}"
        else:
            tekst = "Maar één item in " + opsomming(namen) + "."
            titel = f"{aantal(len(vakken), 'dun vak', 'dunne vakken')}: {opsomming(namen)}"
        materiaal = [f"voor '{stand.naam}': " + "; ".join(m) for stand, m in vakken if m]
        if materiaal:
            tekst += " In de bronnen staat materiaal dat past, " + "; ".join(materiaal) + "."
        if len(materiaal) < len(vakken):
            tekst += (
                " Vraag in gesprekken door en schrijf associatief aan, wisselend tussen de vakken."
            )
        bevindingen.append(Bevinding(
            code=code,
            titel=titel,
            tekst=tekst,
            regel=regel,
            over=(bestand, *(stand.sleutel for stand, _ in vakken)),
            gewicht=gewicht,
        ))
    if analyse.initiatieven and not any(i.eigen for i in analyse.initiatieven):
        # 002 instr. 2: "welke initiatieven er al zijn en welke initiatieven je zelf wilt nemen".
        bevindingen.append(Bevinding(
            code="geen-eigen-initiatief",
            titel="Alleen bestaande initiatieven, geen eigen initiatief",
            tekst=(
                "Naast wat er al is, hoort in een thema-analyse ook wat je zelf wilt beginnen. "
                "Voeg een initiatief toe met 'eigen: true'."
            ),
            regel="002 instr. 2: welke initiatieven er al zijn en welke je zelf wilt nemen",
            over=(bestand,),
            gewicht="info",
        ))
    return bevindingen


def _initiatief_bevindingen(
    bestand: str, analyse: ThemaAnalyse, bronnen: list[Ingelezen], dossier: Dossier | None
) -> list[Bevinding]:
    alle_tafels = [
        tafel
        for _, gesprek in (dossier.van_soort(Gesprekstafel) if dossier is not None else [])
        for tafel in gesprek.tafels
    ]
    zonder: list[tuple[str, str]] = []  # (id, naam)
    for initiatief in analyse.initiatieven:
        if initiatief.wie:
            continue
        eigen_naam = genormaliseerd(initiatief.naam)
        tafel_met_wie = any(
            t.wie and (t.id == initiatief.tafel or genormaliseerd(t.initiatief) == eigen_naam)
            for t in alle_tafels
        )
        if not tafel_met_wie:
            zonder.append((initiatief.id, initiatief.naam))
    for ingelezen in bronnen:
        if isinstance(ingelezen.model, Gesprekstafel):
            zonder += [(t.id, t.initiatief) for t in ingelezen.model.tafels if not t.wie]
    if not zonder:
        return []
    # 001 §4.2 (gesprekstafels): "Aan betrokken bewoners en professionals wordt gevraagd om zich
    # daadwerkelijk te verbinden met het initiatief" — wie verbindt zich eraan en op welke wijze.
    return [Bevinding(
        code="initiatief-zonder-wie",
        titel=aantal(len(zonder), "initiatief", "initiatieven")
        + " zonder iemand die zich eraan verbindt",
        tekst=(
            "Niemand heeft zich (nog) verbonden aan: "
            + ", ".join(f"'{naam}'" for _, naam in zonder)
            + ". Nodig initiatiefnemers en betrokkenen uit aan een gesprekstafel en vraag wie "
            "zich eraan verbindt en op welke wijze."
        ),
        regel=(
            "001 §4.2: op de tafelkaart staat wie zich aan het initiatief verbindt en op welke "
            "wijze; betrokkenen wordt gevraagd zich daadwerkelijk te verbinden"
        ),
        over=(bestand, *(i for i, _ in zonder)),
        gewicht="actie",
    )]


def _antwoorders(analyse: ThemaAnalyse, bronnen: list[Ingelezen]) -> list[tuple[str, str]]:
    """Ideeën en initiatieven die een vraag kunnen beantwoorden: (omschrijving, tekst)."""
    kandidaten = [(f"idee '{i.tekst}'", i.tekst) for i in analyse.ideeen]
    kandidaten += [
        (f"initiatief '{i.naam}'", f"{i.naam} {i.omschrijving or ''}") for i in analyse.initiatieven
    ]
    for ingelezen in bronnen:
        model = ingelezen.model
        if isinstance(model, Brainstormbord):
            kandidaten += [(f"mogelijkheid '{m.tekst}'", m.tekst) for m in model.mogelijkheden]
        elif isinstance(model, Gesprekstafel):
            kandidaten += [
                (f"tafel '{t.initiatief}'", " ".join([t.initiatief, *t.ambities]))
                for t in model.tafels
            ]
        elif isinstance(model, Dorpsgesprek):
            kandidaten += [(f"signaal '{s.tekst}'", s.tekst) for s in model.signalen]
    return kandidaten


def _vraag_bevindingen(
    bestand: str, analyse: ThemaAnalyse, bronnen: list[Ingelezen], midden: frozenset[str]
) -> list[Bevinding]:
    kandidaten = [
        (label, kernwoorden(tekst) - midden) for label, tekst in _antwoorders(analyse, bronnen)
    ]
    open_vragen: list[str] = []
    mogelijk: list[tuple[str, list[str]]] = []
    for ingelezen in bronnen:
        if not isinstance(ingelezen.model, Brainstormbord):
            continue
        for vraag in ingelezen.model.vragen:
            if vraag.antwoord:
                continue
            # Een idee of initiatief raakt een vraag als het er twee inhoudswoorden mee deelt
            # (één, als de vraag er maar één heeft).
            eigen = kernwoorden(vraag.tekst) - midden
            nodig = min(2, len(eigen))
            raakt = [
                label for label, woorden in kandidaten if nodig and len(eigen & woorden) >= nodig
            ]
            if raakt:
                mogelijk.append((vraag.tekst, raakt))
            else:
                open_vragen.append(vraag.tekst)
    regel = (
        "001 §4.2: uit de wensen, voorbeelden, mogelijkheden en vragen van het brainstormbord "
        "kunnen nieuwe thema's naar voren komen of initiatieven worden gestimuleerd"
    )
    bevindingen = []
    if open_vragen:
        # 001 §4.2: een vraag zonder antwoord is een aanknopingspunt voor een nieuw initiatief.
        bevindingen.append(Bevinding(
            code="open-vraag",
            titel=f"{len(open_vragen)} vraag/vragen van het brainstormbord nog zonder antwoord",
            tekst=(
                "Geen idee of initiatief beantwoordt nog: "
                + "; ".join(f"'{v}'" for v in open_vragen)
                + ". Zoek wie het antwoord weet, of stimuleer een initiatief dat het oppakt; "
                "noteer het antwoord op het bord ('antwoord:')."
            ),
            regel=regel,
            over=(bestand, *open_vragen),
        ))
    if mogelijk:
        bevindingen.append(Bevinding(
            code="vraag-mogelijk-beantwoord",
            titel=f"{len(mogelijk)} open vraag/vragen waar al een idee of initiatief aan raakt",
            tekst=(
                "; ".join(f"'{v}' ← {', '.join(r)}" for v, r in mogelijk)
                + ". Ga na of dat het antwoord is en schrijf het bij de vraag ('antwoord:')."
            ),
            regel=regel,
            over=(bestand, *(v for v, _ in mogelijk)),
            gewicht="info",
        ))
    return bevindingen


def _zelfde_persoon(
    persoon: Betrokkene, sleutel: str | None, naam: str | None, rol: str | None
) -> bool:
    if persoon.schakel and persoon.schakel == sleutel:
        return True
    if persoon.naam and sleutel and slug(persoon.naam) == sleutel:
        return True
    if persoon.naam and naam:
        return genormaliseerd(persoon.naam) == genormaliseerd(naam)
    return bool(persoon.rol and rol and genormaliseerd(persoon.rol) == genormaliseerd(rol))


def netwerkje_in_tafelkleden(
    netwerkje: list[Betrokkene], tafelkleden: list[tuple[Ingelezen, Tafelkleed]]
) -> list[Netwerkpersoon]:
    """Per persoon uit het netwerkje: het eerste tafelkleed waarop hij of zij staat.

    Vergeleken wordt op schakel-id (``schakel:`` of de naam als id), op naam, en als een van
    beiden geen naam heeft op rol; alles zonder hoofdletters, accenten en leestekens.
    """
    uitkomst = []
    for persoon in netwerkje:
        gevonden = None
        for ingelezen, kleed in tafelkleden:
            kandidaten = [(k, s.naam, s.rol) for k, s in kleed.schakels.items()]
            kandidaten += [(None, p.naam, p.rol) for p in kleed.gemaakt_door]
            if any(_zelfde_persoon(persoon, *k) for k in kandidaten):
                gevonden = ingelezen.id
                break
        uitkomst.append(Netwerkpersoon(persoon.label, gevonden))
    return uitkomst


def _netwerkje_bevinding(
    bestand: str, netwerkje: list[Netwerkpersoon], aantal_tafelkleden: int
) -> Bevinding | None:
    nog_niet = [p.label for p in netwerkje if p.tafelkleed is None]
    if not nog_niet:
        return None
    waar = (
        "op geen enkel tafelkleed van dit dossier" if aantal_tafelkleden
        else "nog niet op een tafelkleed (het dossier heeft er nog geen)"
    )
    # 002 instr. 2: het netwerkje geeft zicht op mensen die je kunt uitnodigen voor een
    # netwerkanalyse; 002 instr. 1 stap 4: schakels uitnodigen voor een eigen netwerkanalyse.
    return Bevinding(
        code="netwerkje-uitnodigen",
        titel=(
            f"{len(nog_niet)} persoon/personen uit het netwerkje uitnodigen voor een "
            "netwerkanalyse"
        ),
        tekst=(
            f"Staan {waar}: " + ", ".join(nog_niet) + ". Nodig ze uit om samen een tafelkleed te "
            "maken; zo groeit het netwerk vanuit het netwerk."
        ),
        regel=(
            "002 instr. 2: een eerste netwerkje geeft zicht op mensen die je kunt uitnodigen voor "
            "een netwerkanalyse; 002 instr. 1 stap 4"
        ),
        over=(bestand, *nog_niet),
        gewicht="actie",
    )


def _knooppunt_bevinding(bestand: str, knooppunten: list[Knooppunt]) -> Bevinding:
    # 002 instr. 2: "Een nodaal netwerk heeft niet één kern, maar een geheel van knooppunten.
    # Door te communiceren komen knooppunten (nodes) in beeld."
    regel = (
        "002 instr. 2: een nodaal netwerk heeft niet één kern maar een geheel van knooppunten; "
        "door te communiceren komen ze in beeld"
    )
    if not knooppunten:
        return Bevinding(
            code="geen-knooppunten",
            titel="Nog geen knooppunten: de vakken en bronnen delen geen namen of woorden",
            tekst=(
                "Vul de vakken aan, verzamel uitspraken in gesprekken en noem de bronnen "
                "(dorpsgesprekken, brainstormborden, gesprekstafels) onder 'bronnen'."
            ),
            regel=regel,
            over=(bestand,),
        )
    top = knooppunten[:5]
    return Bevinding(
        code="knooppunten",
        titel=f"{len(knooppunten)} knooppunten; het sterkst: " + ", ".join(k.term for k in top[:3]),
        tekst=(
            "; ".join(f"'{k.term}' ({k.soort}) in {len(k.vakken)} vakken" for k in top)
            + ". Gebruik ze als aanknopingspunten voor communicatie en nodig de mensen, plekken "
            "en initiatieven erachter uit."
        ),
        regel=regel,
        over=(bestand, *(k.term for k in top)),
        gewicht="info",
    )


def _bron_bevinding(bestand: str, onbekend: list[str], in_dossier: bool) -> Bevinding | None:
    if not onbekend:
        return None
    waarom = (
        "staan niet in dit dossier" if in_dossier
        else "zijn niet te lezen: het bestand ligt niet in een dossier"
    )
    # 002 instr. 2: de thema-analyse verzamelt alles wat bekend is; 001 §4.2: dorpsgesprekken,
    # brainstormborden en gesprekstafels voeden haar.
    return Bevinding(
        code="bron-onbekend",
        titel=f"{len(onbekend)} bron(nen) niet gevonden",
        tekst=f"De bronnen {', '.join(onbekend)} {waarom}; hun materiaal telt niet mee.",
        regel="001 §4.2: dorpsgesprekken, brainstormborden en gesprekstafels voeden het thema",
        over=(bestand, *onbekend),
    )


def _met_herkomst(bevindingen: list[Bevinding], analyse: ThemaAnalyse, id: str,
                  bronnen: list[Ingelezen]) -> list[Bevinding]:
    """Elke bevinding over een gereconstrueerde thema-analyse of bron zegt dat (herkomst)."""
    vermeldingen = [f"'{id}' ({analyse.herkomst.vermelding})"] if (
        analyse.herkomst and analyse.herkomst.vermelding) else []
    for bron in bronnen:
        herkomst = getattr(bron.model, "herkomst", None)
        if herkomst is not None and herkomst.vermelding:
            vermeldingen.append(f"'{bron.id}' ({herkomst.vermelding})")
    if not vermeldingen:
        return bevindingen
    let_op = " Let op: dit rust (deels) op " + opsomming(vermeldingen) + "."
    return [replace(b, tekst=b.tekst + let_op) for b in bevindingen]


def analyseer(
    analyse: ThemaAnalyse,
    dossier: Dossier | None,
    vandaag: dt.date,
    *,
    id: str,
    bestand: str,
) -> ThemaUitkomst:
    """Analyseer één thema-analyse (met de bronnen uit het dossier, als dat er is)."""
    bronnen, onbekend = _zoek_bronnen(analyse, dossier)
    midden = _midden(analyse, dossier)
    labels = bronlabels(bronnen)
    vakken = _vakken_van_analyse(analyse, id)
    for bron in bronnen:
        vakken += _vakken_van_bron(bron, labels)
    knooppunten = zoek_knooppunten(vakken, _bekende_namen(analyse, bronnen), midden)
    standen = _vakstanden(analyse)
    momenten = tijdmomenten(analyse)
    tafelkleden = dossier.van_soort(Tafelkleed) if dossier is not None else []
    netwerkje = netwerkje_in_tafelkleden(analyse.netwerkje, tafelkleden)

    bevindingen: list[Bevinding] = [_knooppunt_bevinding(id, knooppunten)]
    naam = _naam_bevinding(id, analyse)
    if naam:
        bevindingen.append(naam)
    bevindingen += _vak_bevindingen(id, analyse, standen, bronnen)
    bevindingen += _initiatief_bevindingen(id, analyse, bronnen, dossier)
    bevindingen += _vraag_bevindingen(id, analyse, bronnen, midden)
    bevindingen += _tijdlijn_bevindingen(id, momenten, vandaag)
    netwerk = _netwerkje_bevinding(id, netwerkje, len(tafelkleden))
    if netwerk:
        bevindingen.append(netwerk)
    bron = _bron_bevinding(id, onbekend, dossier is not None)
    if bron:
        bevindingen.append(bron)

    return ThemaUitkomst(
        id=id,
        bestand=bestand,
        naam=analyse.naam,
        woorden=list(analyse.woorden),
        bronnen=[(b.id, labels[(b.soort, b.id)]) for b in bronnen],
        vakken=standen,
        knooppunten=knooppunten,
        tijdlijn=momenten,
        tussenpozen=tussenpozen(momenten),
        netwerkje=netwerkje,
        bevindingen=gesorteerd(_met_herkomst(bevindingen, analyse, id, bronnen)),
    )


# ---------------------------------------------------------------------------------------------
# Het resultaat en de standaard-API
# ---------------------------------------------------------------------------------------------


def een_per_regel(per_analyse: list[tuple[str, list[Bevinding]]]) -> list[Bevinding]:
    """Eén bevinding per regel (code) over alle thema-analyses heen.

    Komt een regel in meer analyses voor, dan wordt het één bevinding: de zwaarste (en bij
    gelijk gewicht die met de meeste onderwerpen) voorop, de tekst per analyse, ``over`` alle
    onderwerpen samen, het zwaarste gewicht.
    """
    per_code: dict[str, list[tuple[str, Bevinding]]] = {}
    for naam, bevindingen in per_analyse:
        for b in bevindingen:
            per_code.setdefault(b.code, []).append((naam, b))
    uit = []
    for paren in per_code.values():
        if len(paren) == 1:
            uit.append(paren[0][1])
            continue
        paren.sort(key=lambda p: (GEWICHT_VOLGORDE[p[1].gewicht], -len(p[1].over)))
        eerste = paren[0][1]
        uit.append(Bevinding(
            code=eerste.code,
            titel=f"{eerste.titel} (en in "
            f"{aantal(len(paren) - 1, 'andere thema-analyse', 'andere thema-analyses')})",
            tekst=" ".join(f"In '{naam}': {b.tekst}" for naam, b in paren),
            regel=eerste.regel,
            over=tuple(dict.fromkeys(o for _, b in paren for o in b.over)),
            gewicht=eerste.gewicht,
        ))
    return uit


@dataclass
class ThemaResultaat:
    """De analyse van een of meer thema-analyses."""

    vandaag: dt.date
    analyses: list[ThemaUitkomst]
    bevindingen: list[Bevinding] = field(init=False)

    def __post_init__(self) -> None:
        self.bevindingen = gesorteerd(een_per_regel(
            [(a.naam, a.bevindingen) for a in self.analyses]))

    def kerncijfers(self) -> dict[str, int | float | str]:
        def telling(code: str) -> int:
            # ``over`` begint met de id van de thema-analyse; daarna de items zelf.
            return sum(len(b.over) - 1 for a in self.analyses for b in a.bevindingen
                       if b.code == code)

        return {
            "thema-analyses": len(self.analyses),
            "knooppunten": sum(len(a.knooppunten) for a in self.analyses),
            "lege vakken": telling("leeg-vak"),
            "momenten op de tijdlijn": sum(len(a.tijdlijn) for a in self.analyses),
            "momenten zonder uitkomst": telling("moment-zonder-uitkomst"),
            "open vragen": telling("open-vraag"),
            "netwerkje uit te nodigen": telling("netwerkje-uitnodigen"),
        }

    def als_dict(self) -> dict[str, object]:
        return {
            "analyse": "thema",
            "vandaag": self.vandaag.isoformat(),
            "kerncijfers": self.kerncijfers(),
            "bevindingen": [b.als_dict() for b in self.bevindingen],
            "analyses": [a.als_dict() for a in self.analyses],
        }


def _uitkomst(ingelezen: Ingelezen, dossier: Dossier | None, vandaag: dt.date) -> ThemaUitkomst:
    assert isinstance(ingelezen.model, ThemaAnalyse)
    return analyseer(
        ingelezen.model, dossier, vandaag, id=ingelezen.id, bestand=ingelezen.naam
    )


def dossier_analyse(dossier: Dossier, vandaag: dt.date) -> ThemaResultaat | None:
    """Alle thema-analyses van een dossier; ``None`` als het dossier er geen heeft."""
    gevonden = dossier.van_soort(ThemaAnalyse)
    if not gevonden:
        return None
    return ThemaResultaat(vandaag, [_uitkomst(i, dossier, vandaag) for i, _ in gevonden])


def analyseer_bestanden(
    bestanden: list[tuple[Ingelezen, ThemaAnalyse, Dossier | None]], vandaag: dt.date
) -> ThemaResultaat:
    """Thema-analyses zoals de CLI ze inleest: elk bestand met het dossier eromheen."""
    return ThemaResultaat(vandaag, [_uitkomst(i, dossier, vandaag) for i, _, dossier in bestanden])


def tijdlijnrijen(momenten: list[Tijdmoment]) -> list[tuple[Tijdmoment, int | None]]:
    """De momenten in de tijd gezet (die zonder datum achteraan), met de dagen sinds het vorige."""
    reeks = _chronologisch(momenten)
    rijen: list[tuple[Tijdmoment, int | None]] = [
        (m, _dagen(reeks[i - 1], m) if i else None) for i, m in enumerate(reeks)
    ]
    return rijen + [(m, None) for m in momenten if m.datum is None]


# Hoeveel knooppunten het rapport toont en tekent.
RAPPORT_KNOOPPUNTEN = 15
DIAGRAM_KNOOPPUNTEN = 6


def mermaid_knooppunten(uitkomst: ThemaUitkomst) -> list[str]:
    """Het nodale netwerk, klein genoeg om te lezen: de sterkste knooppunten (met in hoeveel
    vakken ze staan), verbonden als ze minstens de helft van hun vakken delen; op de lijn het
    aantal gedeelde vakken.
    De volledige lijst met vakken staat in de tabel erboven."""
    from stelselkit.weergave.mermaid import label

    top = uitkomst.knooppunten[:DIAGRAM_KNOOPPUNTEN]
    regels = ["flowchart LR"]
    for i, knooppunt in enumerate(top, start=1):
        vakken = len(knooppunt.vakken)
        regels.append(f'    k{i}(["{i}. {label(knooppunt.term)}<br/>'
                      f'{vakken} {"vak" if vakken == 1 else "vakken"}"])')
    for i, a in enumerate(top, start=1):
        for j, b in enumerate(top[i:], start=i + 1):
            gedeeld = len(set(a.vakken) & set(b.vakken))
            # Alleen sterke banden: ten minste de helft van de vakken van de kleinste.
            if gedeeld and 2 * gedeeld >= min(len(a.vakken), len(b.vakken)):
                regels.append(f'    k{i} ---|"{gedeeld}"| k{j}')
    return regels


def markdown(resultaat: ThemaResultaat, sjablonen: Path | None = None) -> str:
    """Het rapport in Markdown, via ``templates/rapport/thema.md.j2``."""
    from stelselkit.weergave.sjablonen import render

    return render(
        "rapport/thema.md.j2",
        sjablonen,
        resultaat=resultaat,
        kerncijfers=resultaat.kerncijfers(),
        diagrammen={a.id: mermaid_knooppunten(a) for a in resultaat.analyses},
        tijdlijnen={a.id: tijdlijnrijen(a.tijdlijn) for a in resultaat.analyses},
        rapport_knooppunten=RAPPORT_KNOOPPUNTEN,
        minimum_dagen=VOORBEREIDING_MINIMUM_DAGEN,
    )
