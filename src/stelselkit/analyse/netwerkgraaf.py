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

import itertools
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
