"""Het netwerk van één of meer tafelkleden, en de graaf die networkx erover rekent.

Een tafelkleed (002 instr. 1) heeft het thema in het midden, ingrediënten aan de rand en
schakels die ingrediënten feitelijk met het thema verbinden. De graaf volgt dat letterlijk:

- één knoop voor het thema (het midden);
- een knoop per schakel, verbonden met het thema;
- een knoop per ingrediënt, verbonden met elke schakel die het noemt.

Een ingrediënt zonder schakel is een losse knoop: het hangt nog niet aan het thema.

Meerdere tafelkleden ("schakels kun je ook weer uitnodigen om een netwerkanalyse te doen",
002 instr. 1 stap 4) worden samengevoegd:

- dezelfde schakel-id in twee kleden is dezelfde persoon of rol; ingrediënten en posities worden
  samengenomen, en voor de andere velden (naam, rol, achtergrond, benadering, verhaal,
  uitnodiging) geldt de waarde uit het nieuwste kleed dat ze invult;
- dezelfde ingrediënt-id is hetzelfde ingrediënt (de tekst komt uit het oudste kleed);
  verschillend geschreven maar gelijke ingrediënten vindt de analyse als bijna-dubbelen;
- is een kleed een eerdere momentopname van een ander kleed dat ook meedoet (het andere noemt
  het als ``vorige``), dan telt alleen de nieuwste: wie vertrok is dan weg, niet "kwetsbaar".
  Twee kleden met dezelfde titel en hetzelfde thema op een andere datum gelden ook zo, als
  ``vorige`` ze niet al verbindt (:attr:`Netwerk.afgeleid`). :attr:`Netwerk.opgevolgd` noemt
  zulke paren; de analyse maakt er een bevinding van;
- het midden is het thema van het oudste kleed, tenzij een ander midden wordt meegegeven (bij
  een dossier het actuele thema, zie :mod:`stelselkit.lezen.netwerkbron`); de kleden staan in
  volgorde van datum (bij gelijke datum in de volgorde waarin ze gegeven zijn), zodat per kleed
  te zien is wat het toevoegde.

``contact`` wordt niet overgenomen: het netwerk bevat niets wat nooit in een rapport mag.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from stelselkit import kleuren, methode
from stelselkit.model.basis import Datum
from stelselkit.model.tafelkleed import Tafelkleed

if TYPE_CHECKING:
    import networkx as nx

THEMA = "thema"
POSITIE_VOLGORDE: tuple[str, ...] = methode.ids(methode.POSITIES_BETROKKENHEID)

# Eén kleur per positie van betrokkenheid, in het rapport (Mermaid) en op het tafelkleed (SVG);
# het palet met zijn contrasteisen staat in stelselkit.kleuren.
KLEUREN: dict[str, str] = kleuren.POSITIES


def knoop_schakel(sleutel: str) -> str:
    return f"schakel:{sleutel}"


def knoop_ingredient(sleutel: str) -> str:
    return f"ingredient:{sleutel}"


def uit_knoop(knoop: str) -> tuple[str, str]:
    """``("schakel", "ans")`` voor de knoop ``schakel:ans``; ``("thema", "")`` voor het thema."""
    soort, _, sleutel = knoop.partition(":")
    return soort, sleutel


def kant_van(achtergrond: str | None) -> str:
    """'lokaal', 'professioneel' of 'onbekend' (002 instr. 1 stap 3)."""
    if achtergrond in methode.ACHTERGROND_LOKAAL:
        return "lokaal"
    if achtergrond in methode.ACHTERGROND_PROFESSIONEEL:
        return "professioneel"
    return "onbekend"


@dataclass(frozen=True)
class KleedInfo:
    """Welk tafelkleed (bestand, of bestand in een git-revisie) aan het netwerk bijdroeg."""

    naam: str
    id: str
    titel: str
    datum: Datum
    herkomst: str | None = None  # "reconstructie" of "plaatshouder" (met toelichting)

    def als_dict(self) -> dict[str, str | None]:
        return {"naam": self.naam, "id": self.id, "titel": self.titel,
                "datum": self.datum.isoformat(), "herkomst": self.herkomst}


@dataclass
class NetwerkIngredient:
    id: str
    tekst: str
    soort: str | None
    prive: bool
    kleden: list[str] = field(default_factory=list)


@dataclass
class NetwerkSchakel:
    """Een schakel in het samengevoegde netwerk (zonder contactgegevens)."""

    id: str
    naam: str | None = None
    rol: str | None = None
    achtergrond: str | None = None
    posities: list[str] = field(default_factory=list)
    ingredienten: list[str] = field(default_factory=list)
    benadering: str | None = None
    groep: str | None = None
    verhaal: str | None = None
    uitgenodigd: Datum | bool | None = None
    netwerkanalyse: str | None = None
    prive: bool = False
    kleden: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        if self.naam and self.rol:
            return f"{self.naam} ({self.rol})"
        return self.naam or self.rol or self.id

    @property
    def kant(self) -> str:
        return kant_van(self.achtergrond)

    @property
    def beste_positie(self) -> str | None:
        """De positie die het dichtst bij de kern ligt (initiatiefnemer … gebruiker)."""
        return self.posities[0] if self.posities else None

    @property
    def voorbereid(self) -> bool:
        """Het contact is voorbereid: een benadering en een eigen verhaal (stap 4)."""
        return bool(self.benadering and self.verhaal)

    @property
    def is_uitgenodigd(self) -> bool:
        """Uitgenodigd voor een eigen netwerkanalyse, of heeft er al een gemaakt."""
        return bool(self.uitgenodigd) or self.netwerkanalyse is not None


@dataclass(frozen=True)
class Bijdrage:
    """Wat één kleed aan het samengevoegde netwerk toevoegde."""

    kleed: KleedInfo
    nieuwe_schakels: tuple[str, ...]
    nieuwe_ingredienten: tuple[str, ...]


@dataclass
class Netwerk:
    """Het netwerk van één of meer tafelkleden rond één midden."""

    titel: str
    kleden: list[KleedInfo]
    ingredienten: dict[str, NetwerkIngredient]
    schakels: dict[str, NetwerkSchakel]
    bijdragen: list[Bijdrage]
    opgevolgd: list[tuple[str, str]] = field(default_factory=list)  # (oud kleed, nieuw kleed)
    # De paren uit ``opgevolgd`` die niet met ``vorige`` zijn vastgelegd, maar afgeleid uit een
    # gelijke titel en een gelijk thema op een andere datum.
    afgeleid: list[tuple[str, str]] = field(default_factory=list)

    _volgorde: dict[str, int] = field(init=False, repr=False)
    _schakels_per_ingredient: dict[str, list[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._volgorde = {k: n for n, k in enumerate(self.ingredienten)}
        self._schakels_per_ingredient = {k: [] for k in self.ingredienten}
        for schakel in self.schakels.values():
            for ingredient in schakel.ingredienten:
                self._schakels_per_ingredient[ingredient].append(schakel.id)

    def volgorde_ingredient(self, sleutel: str) -> int:
        """De plaats van een ingrediënt in het netwerk (voor een vaste volgorde)."""
        return self._volgorde[sleutel]

    def schakels_van(self, ingredient: str) -> list[str]:
        """De schakels die een ingrediënt met het thema verbinden."""
        return self._schakels_per_ingredient[ingredient]

    def ingredient_tekst(self, sleutel: str) -> str:
        return self.ingredienten[sleutel].tekst

    def schakel_label(self, sleutel: str) -> str:
        return self.schakels[sleutel].label


def _posities_op_volgorde(posities: set[str]) -> list[str]:
    return [p for p in POSITIE_VOLGORDE if p in posities]


def _zelfde_kleed(
    volgorde: list[tuple[int, tuple[str, Tafelkleed]]], in_keten: set[str]
) -> list[tuple[str, str]]:
    """Kleden die momentopnamen van één tafelkleed lijken: dezelfde titel en hetzelfde thema
    op een andere datum, zonder dat ``vorige`` ze al verbindt. (oud, nieuw), op datum."""
    groepen: dict[tuple[str, str | None], list[tuple[str, Tafelkleed]]] = {}
    for _, (naam, kleed) in volgorde:
        if naam not in in_keten:
            sleutel = (" ".join(kleed.titel.casefold().split()), kleed.thema)
            groepen.setdefault(sleutel, []).append((naam, kleed))
    paren = []
    for groep in groepen.values():
        for (oud, a), (nieuw, b) in itertools.pairwise(groep):
            if a.datum != b.datum:
                paren.append((oud, nieuw))
    return paren


def voeg_samen(kleden: list[tuple[str, Tafelkleed]], midden: str | None = None) -> Netwerk:
    """Voeg tafelkleden (met hun weergavenaam) samen tot één netwerk; zie de moduletekst."""
    if not kleden:
        raise ValueError("geen tafelkleden om samen te voegen")
    volgorde = sorted(enumerate(kleden), key=lambda paar: (paar[1][1].datum, paar[0]))
    opvolger = {k.vorige: naam for naam, k in kleden if k.vorige}
    opgevolgd = [(naam, opvolger[k.id or naam]) for _, (naam, k) in volgorde
                 if (k.id or naam) in opvolger]
    vervangen = {oud for oud, _ in opgevolgd}
    if len(vervangen) == len(volgorde):  # een kring van 'vorige': niets is het nieuwste
        opgevolgd, vervangen = [], set()
    afgeleid = _zelfde_kleed(volgorde, vervangen | {nieuw for _, nieuw in opgevolgd})
    opgevolgd += afgeleid
    vervangen |= {oud for oud, _ in afgeleid}
    volgorde = [paar for paar in volgorde if paar[1][0] not in vervangen]
    infos: list[KleedInfo] = []
    ingredienten: dict[str, NetwerkIngredient] = {}
    schakels: dict[str, NetwerkSchakel] = {}
    bijdragen: list[Bijdrage] = []
    for _, (naam, kleed) in volgorde:
        info = KleedInfo(naam, kleed.id or naam, kleed.titel, kleed.datum,
                         kleed.herkomst.vermelding if kleed.herkomst else None)
        infos.append(info)
        nieuwe_ingredienten = []
        for sleutel, ingredient in kleed.ingredienten.items():
            bestaand = ingredienten.get(sleutel)
            if bestaand is None:
                bestaand = NetwerkIngredient(sleutel, ingredient.tekst, ingredient.soort,
                                             ingredient.prive)
                ingredienten[sleutel] = bestaand
                nieuwe_ingredienten.append(sleutel)
            bestaand.prive = bestaand.prive or ingredient.prive
            bestaand.kleden.append(info.naam)
        nieuwe_schakels = []
        for sleutel, schakel in kleed.schakels.items():
            doel = schakels.get(sleutel)
            if doel is None:
                doel = NetwerkSchakel(sleutel)
                schakels[sleutel] = doel
                nieuwe_schakels.append(sleutel)
            for veld in ("naam", "rol", "achtergrond", "benadering", "groep", "verhaal",
                         "uitgenodigd", "netwerkanalyse"):
                waarde = getattr(schakel, veld)
                if waarde is not None and waarde is not False:
                    setattr(doel, veld, waarde)
            doel.posities = _posities_op_volgorde(set(doel.posities) | set(schakel.posities))
            doel.ingredienten += [i for i in schakel.ingredienten if i not in doel.ingredienten]
            doel.prive = doel.prive or schakel.prive
            doel.kleden.append(info.naam)
        bijdragen.append(Bijdrage(info, tuple(nieuwe_schakels), tuple(nieuwe_ingredienten)))
    return Netwerk(midden or infos[0].titel, infos, ingredienten, schakels, bijdragen, opgevolgd,
                   afgeleid)


def bouw_graaf(netwerk: Netwerk) -> nx.Graph:
    """De graaf thema — schakels — ingrediënten, met leesbare eigenschappen per knoop.

    Alle eigenschappen zijn tekst, zodat GEXF en GraphML ze zonder omzetting kunnen schrijven.
    """
    import networkx as nx

    graaf = nx.Graph(name=netwerk.titel)
    graaf.add_node(THEMA, label=netwerk.titel, soort="thema", positie="", posities="",
                   achtergrond="", kant="")
    for schakel in netwerk.schakels.values():
        graaf.add_node(
            knoop_schakel(schakel.id), label=schakel.label, soort="schakel",
            positie=schakel.beste_positie or "onbekend", posities=", ".join(schakel.posities),
            achtergrond=schakel.achtergrond or "", kant=schakel.kant,
        )
    for ingredient in netwerk.ingredienten.values():
        graaf.add_node(knoop_ingredient(ingredient.id), label=ingredient.tekst,
                       soort="ingredient", positie="", posities="",
                       achtergrond=ingredient.soort or "", kant="")
    for schakel in netwerk.schakels.values():
        graaf.add_edge(THEMA, knoop_schakel(schakel.id), soort="schakel-thema")
        for sleutel in schakel.ingredienten:
            graaf.add_edge(knoop_schakel(schakel.id), knoop_ingredient(sleutel),
                           soort="ingredient-schakel")
    return graaf


Boomknoop = tuple[str, object]  # ("blok", nummer) of ("punt", knoop)


@dataclass
class Blokboom:
    """De blok-snijpuntboom van een graaf, geworteld en in diepte-eerst-volgorde genummerd.

    Elk blok (een tweevoudig samenhangend deel, of een brug) en elk snijpunt (articulatiepunt)
    is een knoop van de boom. Wat onder een knoop van de boom hangt, is één aaneengesloten stuk
    van de volgorde (``begin`` tot en met ``eind``), zodat "wat valt er weg als dit snijpunt
    wegvalt" en "in welke delen valt de graaf zonder dit snijpunt" zonder nieuwe zoektocht door
    de graaf te beantwoorden zijn: één keer bouwen is lineair in de grootte van de graaf.
    """

    punten: frozenset[str]
    ouder: dict[Boomknoop, Boomknoop | None]
    begin: dict[Boomknoop, int]
    eind: dict[Boomknoop, int]
    wortel_van: dict[Boomknoop, Boomknoop]
    blok_van_kant: dict[frozenset[str], Boomknoop]
    # Elke knoop van de graaf, op volgorde van de plek van zijn 'thuis' in de boom: een snijpunt
    # is zijn eigen thuis, elke andere knoop het ene blok waar hij in ligt.
    _volgorde: list[str] = field(default_factory=list)
    _sleutels: list[int] = field(default_factory=list)

    def knopen_onder(self, boomknoop: Boomknoop) -> list[str]:
        """De bijgehouden knopen in de deelboom onder ``boomknoop`` (zelf inbegrepen)."""
        return self.knopen([(self.begin[boomknoop], self.eind[boomknoop])])

    def aantal(self, deel: list[tuple[int, int]]) -> int:
        """Hoeveel bijgehouden knopen in een deel liggen (zonder ze op te sommen)."""
        return sum(tot - van for van, tot in map(self._grenzen, *zip(*deel, strict=True)))

    def knopen(self, deel: list[tuple[int, int]]) -> list[str]:
        """De bijgehouden knopen van een deel (stukken van de volgorde)."""
        uit: list[str] = []
        for van, tot in deel:
            links, rechts = self._grenzen(van, tot)
            uit += self._volgorde[links:rechts]
        return uit

    def _grenzen(self, van: int, tot: int) -> tuple[int, int]:
        return bisect.bisect_left(self._sleutels, van), bisect.bisect_right(self._sleutels, tot)

    def delen_zonder(self, punt: str, buren: list[str]) -> list[list[tuple[int, int]]]:
        """De delen waarin de samenhangende component van ``punt`` uiteenvalt zonder hem, voor
        zover ze een van ``buren`` bevatten; elk deel als stukken van de volgorde, zodat
        :meth:`aantal` het telt en :meth:`knopen` het alleen opsomt waar dat nodig is."""
        eigen: Boomknoop = ("punt", punt)
        blokken = dict.fromkeys(self.blok_van_kant[frozenset((punt, b))] for b in buren)
        delen = []
        for blok in blokken:
            if self.ouder[blok] == eigen:
                delen.append([(self.begin[blok], self.eind[blok])])
            else:  # het blok erboven: de hele component zonder wat onder het punt hangt
                wortel = self.wortel_van[eigen]
                delen.append([(self.begin[wortel], self.begin[eigen] - 1),
                              (self.eind[eigen] + 1, self.eind[wortel])])
        return delen


def bouw_blokboom(
    graaf: nx.Graph, telt: Callable[[str], bool], wortel: str | None = None
) -> Blokboom:
    """De blok-snijpuntboom van ``graaf``, geworteld bij (het blok van) ``wortel`` en verder bij
    het eerste blok van elke andere component. ``telt``: welke knopen de boom bijhoudt in zijn
    volgorde (bijvoorbeeld alleen de ingrediënten)."""
    import networkx as nx

    punten = frozenset(nx.articulation_points(graaf))
    buren: dict[Boomknoop, list[Boomknoop]] = {}
    blok_van_kant: dict[frozenset[str], Boomknoop] = {}
    thuis: dict[str, Boomknoop] = {p: ("punt", p) for p in punten}
    for nummer, kanten in enumerate(nx.biconnected_component_edges(graaf)):
        blok: Boomknoop = ("blok", nummer)
        buren[blok] = []
        knopen: dict[str, None] = {}
        for a, b in kanten:
            blok_van_kant[frozenset((a, b))] = blok
            knopen[a] = knopen[b] = None
        for knoop in knopen:
            if knoop in punten:
                buren[blok].append(("punt", knoop))
                buren.setdefault(("punt", knoop), []).append(blok)
            else:
                thuis[knoop] = blok
    ouder: dict[Boomknoop, Boomknoop | None] = {}
    begin: dict[Boomknoop, int] = {}
    eind: dict[Boomknoop, int] = {}
    wortel_van: dict[Boomknoop, Boomknoop] = {}
    starts = [thuis[wortel]] if wortel is not None and wortel in thuis else []
    teller = 0
    for start in [*starts, *buren]:
        if start in begin:
            continue
        ouder[start], begin[start], wortel_van[start] = None, teller, start
        teller += 1
        stapel = [(start, iter(buren[start]))]
        while stapel:
            boomknoop, rest = stapel[-1]
            for volgende in rest:
                if volgende not in begin:
                    ouder[volgende], begin[volgende] = boomknoop, teller
                    wortel_van[volgende] = start
                    teller += 1
                    stapel.append((volgende, iter(buren[volgende])))
                    break
            else:
                eind[boomknoop] = teller - 1
                stapel.pop()
    volgorde = sorted((k for k in thuis if telt(k)), key=lambda k: begin[thuis[k]])
    return Blokboom(punten, ouder, begin, eind, wortel_van, blok_van_kant, volgorde,
                    [begin[thuis[k]] for k in volgorde])
