"""Woorden: tokeniseren, normaliseren en vergelijken van Nederlandse tekst.

Gedeeld door de thema-analyse (knooppunten, vragen), het patroononderzoek (verbindende woorden) en
alles wat een id uit een tekst maakt (:func:`slug`). Geen analyse: alleen taal.

- *Woorden*: kleine letters, accenten en leestekens weg, stopwoorden (:data:`STOPWOORDEN`),
  getallen en woorden korter dan drie letters tellen niet. Meervoud en verkleinwoord worden
  gelijkgetrokken met een paar vaste regels (:func:`stam`): ``-jes``/``-tje``/``-pje``/``-je``
  eraf (``pleintje`` → ``plein``), meervoud-``s`` na ``-er``/``-el``/``-em``/``-en``/``-ie`` of een
  klinker eraf (``ouders`` → ``ouder``), ``-heden`` → ``-heid``, ``-en`` en ``-e`` eraf met
  ontdubbelen van de medeklinker en ``v``/``z`` → ``f``/``s`` (``initiatieven`` → ``initiatief``,
  ``bossen`` → ``bos``), en een dubbele klinker in de laatste lettergreep enkel
  (``bomen`` en ``boom`` → ``bom``). Het is een sleutel om te vergelijken, geen spelling.
- *Namen*: reeksen van woorden met een hoofdletter midden in een zin, met deeltjes als ``de`` en
  ``van`` ertussen (:func:`hoofdletterreeksen`).
- *Lemma's* (:func:`lemma`) komen uit ``simplemma`` (werkt zonder netwerk): ``woont`` en
  ``wonen`` zijn één woord, ``huizen`` en ``huis`` ook. De knooppunten gebruiken ze.
- *Probleemwoorden* (002, hoofdstuk 4, stap 1): woorden die een naam op een probleem bouwen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

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


@cache
def _lemma(vorm: str) -> str:
    import simplemma

    return zonder_accenten(simplemma.lemmatize(vorm, lang="nl")).lower()


def lemma(woord: Woord) -> str:
    """Het lemma van een woord (``woont`` → ``wonen``, ``huizen`` → ``huis``), kleine letters
    zonder accenten; een stopwoord blijft zijn sleutel.

    Met ``simplemma``: een woordenlijst van het Nederlands die met het pakket meekomt en
    zonder netwerk werkt. Een woord dat de lijst niet kent (een naam), blijft zoals het is.
    """
    return woord.sleutel if woord.stopwoord else _lemma(woord.vorm.lower())


def kernwoorden(tekst: str) -> set[str]:
    """De stammen van de inhoudswoorden van een tekst."""
    return {w.stam for w in woorden_van(tekst) if not w.stopwoord}


def genormaliseerd(tekst: str) -> str:
    """Kleine letters, zonder accenten en leestekens: om namen en rollen te vergelijken."""
    return " ".join(w.sleutel for w in woorden_van(tekst))


def slug(tekst: str) -> str:
    """Een id-vorm van een tekst: ``Vervolg in café Bij Jos`` → ``vervolg-in-cafe-bij-jos``."""
    return "-".join(w.sleutel for w in woorden_van(tekst))


def bijgesneden(woorden: list[Woord]) -> list[Woord]:
    """Zonder lidwoorden en deeltjes voorop en achteraan ("het plein" → "plein")."""
    rand = DEELTJES | {"een"}
    begin, eind = 0, len(woorden)
    while begin < eind and woorden[begin].sleutel in rand:
        begin += 1
    while eind > begin and woorden[eind - 1].sleutel in rand:
        eind -= 1
    return woorden[begin:eind]


def hoofdletterreeksen(woorden: list[Woord]) -> Iterator[list[Woord]]:
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
