"""Openbaar door constructie (AVG): van een ingelezen dossier een publiceerbaar dossier maken.

Dossiers noemen bewoners ("liefst met namen", 002 instr. 1), noteren contactgegevens bij
dorpsgesprekken (001 §4.2) en beschrijven gezinnen. Rapporten gaan naar partners, de
gemeenteraad en het openbare buurtportfolio. Daarom filtert ``--openbaar`` geen uitvoertekst
achteraf (een renderer die een naam afbreekt, escapet of vouwt, maakt elk tekstfilter blind),
maar maakt het de **gegevens** openbaar, direct na het lezen en vóór elke analyse of weergave:

- elke privé-persoon (een item met ``prive: true``: schakel, ingrediënt, persoon, deelnemer,
  contact van een dorpsgesprek, reactie, uitspraak, eigen kracht) krijgt een pseudoniem
  ("Persoon 3"); ook zijn id wordt een pseudoniem-id (``persoon-3``), en daarmee elke verwijzing
  ernaar, elke bestandsnaam en elke andere id waarin die id als deel staat (``netwerk-weiss``);
  elke vermelding van de naam als heel woord (ook in id-vorm: ``netwerk-jan-de-vries``) in welke
  id, bestandsnaam of vrije tekst ook, vergeleken op een genormaliseerde vorm
  (:func:`normaliseer`: NFKC, casefold, zonder accenten, witruimte als één spatie; zo vallen
  ``Weiß``/``WEISS`` en ``İlker``/``ilker`` samen). De id van een casusstuk (altijd privé, maar
  geen persoon) wordt alleen vervangen waar hij de hele id is: ``vissenkom-oefenen`` naast de
  casus ``vissenkom`` blijft staan;
- de identificerende vrije tekst van een privé-item wordt zijn categorie: de ``rol`` wordt de
  ``achtergrond`` (anders "privé"), ``groep`` en ``verhaal`` worden "privé" (zo ziet een analyse
  nog dát er een verhaal is), tenzij de gebruiker dat veld met ``openbaar: [rol]`` vrijgeeft;
- elk ``contact``-veld verdwijnt, en uit elke tekst verdwijnt alles wat een contactgegeven is
  (:mod:`stelselkit.lezen.contactgegevens`) of letterlijk als contactwaarde in het dossier staat.

Analyses en renderers zien daarna alleen veilige gegevens. De lekcontrole
(:mod:`stelselkit.uitvoer.lekcontrole`) controleert de uitvoer nog eens als laatste verdediging.

API (voor elke opdracht die iets publiceert, ook het buurtportfolio)::

    from stelselkit.lezen.openbaar import Openbaar, maak_openbaar, openbaar_lezen

    publiek = maak_openbaar(laad_dossier(map_))          # één dossier, direct
    openbaar = Openbaar.voor([map_a, map_b])              # één context voor meerdere dossiers
    publiek_a = maak_openbaar(laad_dossier(map_a), openbaar)
    with openbaar_lezen([pad]):                           # alles wat nu gelezen wordt
        ...                                               # (lees_bestand, laad_dossier, git)

:meth:`Openbaar.voor` verzamelt de privé-personen uit de dossiers waar de paden in liggen, uit
alle revisies van die dossiers in git (een persoon die later uit het dossier verdween, blijft
privé), en uit losse bestanden. :func:`openbaar_lezen` zet zo'n context aan voor de duur van een
opdracht: elk bestand dat dan gelezen wordt (ook uit een git-revisie) komt openbaar uit
:func:`stelselkit.lezen.dossier.lees_bestand`. De CLI doet dat op één plek voor elke opdracht
met ``--openbaar``. :meth:`Openbaar.geheimen` geeft de privé-teksten voor de lekcontrole.

**Pseudoniemen.** Binnen één run is een pseudoniem vast, in elke uitvoer. De nummering volgt de
volgorde waarin de personen in het dossier voorkomen (bestanden op pad, items in
bestandsvolgorde, daarna wie alleen nog in de git-geschiedenis staat, oudste eerst), niet het
alfabet van de namen: het nummer zegt niets over de naam. Tussen runs is het pseudoniem vast
zolang het dossier en zijn geschiedenis niet veranderen, omdat de nummering alleen daarvan afhangt
(zo blijft uitvoer byte-gelijk bij herhaling). Wie een privé-persoon vóór een andere toevoegt,
verschuift de nummers: vergelijk pseudoniemen dus niet tussen publicaties van verschillende
standen.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel

from stelselkit.fouten import Probleem
from stelselkit.lezen import contactgegevens
from stelselkit.lezen.casusoverzicht import Casusoverzicht, openbaar_overzicht
from stelselkit.lezen.contactgegevens import VERWIJDERD, is_plaatshouder
from stelselkit.lezen.dossier import (
    NA_LEZEN,
    Dossier,
    Ingelezen,
    dossiermap_van,
    laad_dossier,
    lees_bestand,
    openbare_bestanden,
)
from stelselkit.model import SOORTEN

# Een patroon (None als er niets te vervangen is) met per treffer de vervanging.
_Vervanger = tuple["re.Pattern[str] | None", dict[str, str]]

# De soorten van casusstukken (``OPENBAAR = False``: nooit openbaar, maar geen persoon); een test
# houdt deze lijst gelijk aan de modellen.
_CASUSSOORTEN = frozenset({"casus", "vissenkom"})

M = TypeVar("M", bound=BaseModel)

PSEUDONIEM = "Persoon {}"
PSEUDONIEM_ID = "persoon-{}"
PRIVE_CATEGORIE = "privé"

# Velden met de naam van een privé-item; ``tekst`` alleen als het item geen naam of wie heeft
# (een privé-ingrediënt is de persoon zelf, de tekst van een privé-reactie is wat er gezegd werd):
# zie _naamvelden.
_NAAMVELDEN = ("naam", "wie")
# Vrije tekst die een privé-persoon herkenbaar maakt; openbaar alleen met ``openbaar: [veld]``.
_IDENTIFICEREND = ("rol", "groep", "verhaal")

_WITRUIMTE = re.compile(r"\s+")
_ID_VORM = re.compile(r"[a-z0-9][a-z0-9-]*")


_LATIJNSE_ACCENTEN = re.compile("[\u0300-\u036f]")


def _vouw(tekst: str) -> str:
    """NFKC, casefold, zonder accenten (ook de punt van de İ)."""
    if tekst.isascii():
        return tekst.lower()
    gevouwen = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", tekst).casefold())
    gevouwen = _LATIJNSE_ACCENTEN.sub("", gevouwen)
    if not gevouwen.isascii():
        gevouwen = "".join(t for t in gevouwen if not unicodedata.combining(t))
    return unicodedata.normalize("NFC", gevouwen)


# Waar de genormaliseerde vorm niet teken voor teken het origineel volgt: witruimte anders dan één
# spatie, en alles buiten ASCII. De rest is ASCII met losse spaties: daar is normaliseren lower().
# Een onregelmatig stuk is witruimte van minstens twee tekens, één witruimteteken anders dan de
# spatie, een reeks woordtekens buiten ASCII of een reeks andere tekens buiten ASCII (geen
# witruimte). Zo geschreven dat het patroon met één tekenklasse begint (witruimte of niet-ASCII):
# dan slaat ``re`` de gewone tekens in C over, bijna drie keer zo snel als vier alternatieven.
_SPLITS = re.compile(
    r"([\s\x80-\U0010ffff](?:"
    r"(?<=\s)(?:\s+|(?<=[^\S ]))"  # witruimte: een reeks, of één teken dat geen spatie is
    r"|(?<=[^\W\x00-\x7f])[^\W\x00-\x7f]*"  # woordtekens buiten ASCII
    r"|(?<=[^\w\s\x00-\x7f])[^\w\s\x00-\x7f]*"  # andere tekens buiten ASCII
    r"))"
)
_NIET_IN_GEWOON = "\uffff"  # geen ASCII: staat nooit in een gewoon stuk


@functools.lru_cache(maxsize=4096)
def _vorm(stuk: str) -> str:
    """De genormaliseerde vorm van een onregelmatig stuk."""
    return _WITRUIMTE.sub(" ", _vouw(stuk))


@dataclass
class _Kaart:
    """Van plekken in de genormaliseerde tekst terug naar plekken in het origineel."""

    norm: list[int]  # begin van elk stuk in de genormaliseerde tekst
    orig: list[int]  # begin van hetzelfde stuk in het origineel (en het einde erachter)
    regelmatig: list[bool]  # True: het stuk is teken voor teken gelijk (alleen lower())

    def begin(self, plek: int) -> int:
        stuk = bisect.bisect_right(self.norm, plek) - 1
        return self.orig[stuk] + (plek - self.norm[stuk] if self.regelmatig[stuk] else 0)

    def einde(self, plek: int) -> int:
        stuk = bisect.bisect_right(self.norm, plek - 1) - 1
        if self.regelmatig[stuk]:
            return self.orig[stuk] + (plek - self.norm[stuk])
        return self.orig[stuk + 1]


def _normaal(tekst: str) -> tuple[str, list[str], list[str]]:
    """De genormaliseerde vorm (zonder strip), met de stukken van het origineel en hun vormen.

    De stukken wisselen af: gewoon (ASCII zonder witruimte anders dan één spatie, even plekken)
    en onregelmatig (oneven plekken); een gewoon stuk kan leeg zijn. Het werk gebeurt per tekst
    in C (split, lower, join); alleen de onregelmatige stukken gaan, met een cache, door Python.
    """
    stukken = _SPLITS.split(tekst)
    vormen = stukken[:]
    # Gewone stukken zijn ASCII: in één keer lower(), daarna weer op dezelfde plekken.
    vormen[0::2] = _NIET_IN_GEWOON.join(stukken[0::2]).lower().split(_NIET_IN_GEWOON)
    vormen[1::2] = map(_vorm, stukken[1::2])
    return "".join(vormen), stukken, vormen


def _kaart(stukken: list[str], vormen: list[str]) -> _Kaart:
    """De kaart bij :func:`_normaal` (alleen nodig als er iets te vervangen is)."""
    orig = list(itertools.accumulate(map(len, stukken), initial=0))
    norm = list(itertools.accumulate(map(len, vormen), initial=0))
    return _Kaart(norm[:-1], orig, [i % 2 == 0 for i in range(len(stukken))])


# Een reeks woordtekens buiten ASCII of een reeks andere tekens buiten ASCII (in een tekst waar
# alle witruimte al één spatie is): de onregelmatige stukken van _normaal die geen witruimte zijn.
_NIET_ASCII = re.compile(
    r"([\x80-\U0010ffff](?:(?<=\w)[^\W\x00-\x7f]*|[^\w\s\x00-\x7f]*))"
)


def _vlak(tekst: str) -> str:
    """Hetzelfde als ``_normaal(tekst)[0]``, zonder de stukken en sneller.

    Elke reeks witruimte wordt één spatie (``str.split`` kent dezelfde witruimte als ``\\s``),
    daarna gaan alleen de stukken buiten ASCII door :func:`_vorm`; de rest is lower().
    """
    samen = " ".join(tekst.split())
    if not samen:
        return " " if tekst else ""
    if tekst[0].isspace():
        samen = " " + samen
    if tekst[-1].isspace():
        samen += " "
    if samen.isascii():
        return samen.lower()
    stukken = _NIET_ASCII.split(samen)
    stukken[0::2] = _NIET_IN_GEWOON.join(stukken[0::2]).lower().split(_NIET_IN_GEWOON)
    stukken[1::2] = map(_vorm, stukken[1::2])
    return "".join(stukken)


def normaliseer(tekst: str) -> str:
    """De vorm waarin namen vergeleken worden: NFKC, casefold, zonder accenten, één spatie.

    Alleen de stukken buiten ASCII gaan door Unicode; witruimte wordt in één keer één spatie en
    de rest is lower(). Zo is een lange tekst die vooral ASCII is snel, en volgt
    :func:`_vervang` dezelfde vorm terug naar het origineel (:func:`_normaal`).
    """
    return _vlak(tekst).strip()


def slug(tekst: str) -> str:
    """De id-vorm van een naam: ``Jan de Vries`` → ``jan-de-vries``."""
    return re.sub(r"[^0-9a-z]+", "-", normaliseer(tekst)).strip("-")


def _woordteken(teken: str) -> bool:
    return teken.isalnum() or teken == "_"


def woordpatroon(
    sleutels: Iterable[str], grens: Callable[[str], bool] = _woordteken
) -> re.Pattern[str] | None:
    """Eén patroon dat elke sleutel vindt als heel woord: begint of eindigt een sleutel met een
    teken waarvoor ``grens`` waar is, dan mag daar geen woordteken naast staan. Op één plek wint
    de langste sleutel. None zonder sleutels.

    De sleutels staan gegroepeerd op hun eerste teken, en de woordgrens links wordt pas na dat
    teken gecontroleerd: zo begint het patroon met een vaste letter, die ``re`` snel opzoekt, en
    is het werk per plek in de tekst niet evenredig met het aantal sleutels (honderd namen in een
    uitvoer van 2 MB: milliseconden in plaats van seconden).
    """
    groepen: dict[str, list[str]] = {}
    for sleutel in sorted(set(sleutels), key=lambda s: (-len(s), s)):
        if sleutel:
            groepen.setdefault(sleutel[0], []).append(sleutel)
    if not groepen:
        return None
    opties = []
    for eerste, groep in sorted(groepen.items()):
        # (?<!\w[\s\S]) na het eerste teken: vóór dat teken staat geen woordteken
        links = r"(?<!\w[\s\S])" if grens(eerste) else ""
        resten = [re.escape(s[1:]) + (r"(?!\w)" if grens(s[-1]) else "") for s in groep]
        rest = resten[0] if len(resten) == 1 else "(?:" + "|".join(resten) + ")"
        opties.append(re.escape(eerste) + links + rest)
    return re.compile("|".join(opties))


@dataclass
class _Persoon:
    nummer: int
    achtergrond: str | None = None

    @property
    def pseudoniem(self) -> str:
        return PSEUDONIEM.format(self.nummer)

    @property
    def pseudoniem_id(self) -> str:
        return PSEUDONIEM_ID.format(self.nummer)


@dataclass
class Openbaar:
    """De privé-gegevens van één run en hoe ze openbaar worden (zie de moduletekst)."""

    personen: list[_Persoon] = field(default_factory=list)
    namen: dict[str, _Persoon] = field(default_factory=dict)  # genormaliseerde naam → persoon
    ids: dict[str, _Persoon] = field(default_factory=dict)  # id of slug → persoon
    contacten: set[str] = field(default_factory=set)  # genormaliseerde contactwaarden
    # Per dossiermap het openbare overzicht van de casussen (None onder de drempel).
    casusoverzichten: dict[Path, Casusoverzicht | None] = field(default_factory=dict)
    _naamslugs: set[str] = field(default_factory=set, repr=False)
    # Ids van casusstukken (casus, vissenkom): altijd privé, maar geen persoon; hun id is vaak een
    # gewoon woord ('vissenkom') en wordt alleen vervangen waar hij de hele id is.
    _stuk_ids: set[str] = field(default_factory=set, repr=False)
    _patronen: tuple[_Vervanger, _Vervanger] | None = field(
        default=None, repr=False
    )

    # --- verzamelen ------------------------------------------------------------------------

    @classmethod
    def voor(cls, paden: Iterable[Path]) -> Openbaar:
        """De privé-personen van alle dossiers (en hun git-geschiedenis) waar ``paden`` in
        liggen; een los bestand telt op zichzelf."""
        openbaar = cls()
        openbaar.verzamel_paden(paden)
        return openbaar

    def verzamel_paden(self, paden: Iterable[Path]) -> None:
        with _zonder_context():
            gezien: set[Path] = set()
            geschiedenis: list[Path] = []
            for pad in paden:
                if not pad.exists():
                    # PAD@revisie van een bestand dat nu weg is: de map eromheen en haar
                    # geschiedenis (daarin staat het bestand nog)
                    bestaand = next((p for p in pad.absolute().parents if p.is_dir()), None)
                    map_ = dossiermap_van(bestaand) if bestaand is not None else None
                    if map_ is None and bestaand is not None:
                        geschiedenis.append(bestaand)
                        continue
                else:
                    map_ = dossiermap_van(pad)
                if map_ is None:
                    if pad.is_file():
                        ingelezen, _ = lees_bestand(pad)
                        self.verzamel(ingelezen)
                        geschiedenis.append(pad.absolute().parent)
                    continue
                if map_ in gezien:
                    continue
                gezien.add(map_)
                dossier = laad_dossier(map_)
                for ingelezen in dossier.bestanden:
                    self.verzamel(ingelezen)
                # Wat over casussen openbaar mag: alleen tellingen, vanaf de drempel.
                self.casusoverzichten[map_.resolve()] = openbaar_overzicht(dossier)
                geschiedenis.append(map_)
            from stelselkit.lezen.git import versies_van

            for map_ in dict.fromkeys(geschiedenis):
                for naam, tekst in versies_van(map_):
                    self.verzamel_tekst(tekst, naam)

    def casusoverzicht(self, map_: Path) -> Casusoverzicht | None:
        """Het openbare overzicht van de casussen van een dossier (k-anonimiteit, zie
        :mod:`stelselkit.lezen.casusoverzicht`); None onder de drempel of zonder casussen."""
        return self.casusoverzichten.get(map_.resolve())

    def verzamel(self, ingelezen: Ingelezen) -> None:
        """De privé-personen en contactwaarden van één gelezen bestand (ook als het ongeldig
        is: dan uit de ruwe gegevens)."""
        if ingelezen.model is not None:
            self._verzamel_model(ingelezen.model, None)
        elif ingelezen.bron is not None:
            self._verzamel_ruw(ingelezen.bron.data, None)

    def verzamel_tekst(self, tekst: str, naam: str) -> None:
        """Een bestand als tekst (bijv. uit een git-revisie)."""
        from stelselkit.lezen.yamlbron import YamlProbleem, laad_yaml

        try:
            data = laad_yaml(tekst, naam)
        except YamlProbleem:
            return
        soort = data.get("soort") if isinstance(data, dict) else None
        model_cls = SOORTEN.get(soort) if isinstance(soort, str) else None
        if model_cls is not None:
            try:
                self._verzamel_model(model_cls.model_validate(data), None)
                return
            except ValueError:
                pass
        self._verzamel_ruw(data, None)

    def _persoon(self, namen: list[str], ids: list[str], achtergrond: str | None,
                 stuk: bool = False) -> None:
        sleutels_naam = [n for n in (normaliseer(x) for x in namen) if len(n) >= 2]
        slugs = [s for s in (slug(x) for x in namen) if len(s) >= 2]
        sleutels_id = [i for i in ids if i] + slugs
        if not (self._naamslugs.issuperset(slugs) and self.namen.keys() >= set(sleutels_naam)
                and self.ids.keys() >= set(sleutels_id)):
            self._patronen = None  # iets nieuws: het patroon opnieuw (anders blijft het)
        self._naamslugs.update(slugs)
        if stuk:
            self._stuk_ids.update(i for i in ids if i)
        if not sleutels_naam and not sleutels_id:
            return
        persoon = next(
            (p for p in ([self.namen.get(n) for n in sleutels_naam]
                         + [self.ids.get(i) for i in sleutels_id]) if p is not None),
            None,
        )
        if persoon is None:
            persoon = _Persoon(len(self.personen) + 1, achtergrond)
            self.personen.append(persoon)
        for sleutel in sleutels_naam:
            self.namen.setdefault(sleutel, persoon)
        for sleutel in sleutels_id:
            self.ids.setdefault(sleutel, persoon)

    def _contact(self, waarde: object) -> None:
        if isinstance(waarde, str) and not is_plaatshouder(waarde):
            sleutel = normaliseer(waarde)
            if sleutel not in self.contacten:
                self.contacten.add(sleutel)
                self._patronen = None

    def _verzamel_model(self, model: BaseModel, sleutel: str | None) -> None:
        velden = type(model).model_fields
        self._contact(getattr(model, "contact", None))
        if getattr(model, "prive", False):
            namen = [getattr(model, v, None) for v in _naamvelden(type(model))]
            ids = [sleutel, getattr(model, "id", None)]
            self._persoon([n for n in namen if isinstance(n, str)],
                          [i for i in ids if isinstance(i, str)],
                          _categorie(getattr(model, "achtergrond", None)),
                          stuk=getattr(type(model), "OPENBAAR", True) is False)
        for naam in velden:
            self._verzamel_waarde(getattr(model, naam))

    def _verzamel_waarde(self, waarde: object) -> None:
        if isinstance(waarde, BaseModel):
            self._verzamel_model(waarde, None)
        elif isinstance(waarde, dict):
            for k, v in waarde.items():
                if isinstance(v, BaseModel):
                    self._verzamel_model(v, str(k))
                else:
                    self._verzamel_waarde(v)
        elif isinstance(waarde, list):
            for v in waarde:
                self._verzamel_waarde(v)

    def _verzamel_ruw(self, data: object, sleutel: str | None) -> None:
        """Ruwe YAML (een bestand dat niet door de controle komt): elke mapping met
        ``prive: true`` is een privé-persoon, elk ``contact`` een contactwaarde."""
        if isinstance(data, dict):
            self._contact(data.get("contact"))
            if data.get("prive") is True:
                namen = [data.get(v) for v in (*_NAAMVELDEN, "tekst")]
                self._persoon([n for n in namen if isinstance(n, str)],
                              [i for i in (sleutel, data.get("id")) if isinstance(i, str)],
                              _categorie(data.get("achtergrond")),
                              stuk=data.get("soort") in _CASUSSOORTEN)
            for k, v in data.items():
                self._verzamel_ruw(v, str(k))
        elif isinstance(data, list):
            for v in data:
                self._verzamel_ruw(v, None)

    # --- openbaar maken --------------------------------------------------------------------

    def _matcher(self) -> tuple[_Vervanger, _Vervanger]:
        """Een patroon over de genormaliseerde tekst met zijn vervangingen, voor vrije tekst en
        voor een id of bestandsnaam: namen, de id-vorm van namen, ids en contactwaarden.

        De id van een privé-persoon wordt vervangen als hele id (zie :meth:`tekst`) en als deel
        van een andere id of bestandsnaam (``netwerk-weiss``: liever een gewoon woord te veel
        verborgen dan een achternaam gepubliceerd), niet als woord in vrije tekst (``bewoner``).
        De id van een casusstuk alleen als hele id (``vissenkom``, niet in
        ``vissenkom-oefenen``). Is de id de id-vorm van een naam (``jan-de-vries``), dan is hij
        een naam en wordt hij overal
        vervangen (``netwerk-jan-de-vries``).
        """
        if self._patronen is None:
            vrij: dict[str, str] = dict.fromkeys(self.contacten, VERWIJDERD)
            in_id = dict(vrij)
            for sleutel, persoon in self.ids.items():
                if sleutel in self._naamslugs:
                    vrij[sleutel] = in_id[sleutel] = persoon.pseudoniem_id
                elif sleutel not in self._stuk_ids:
                    in_id[sleutel] = persoon.pseudoniem_id
            for sleutel, persoon in self.namen.items():
                vrij[sleutel] = persoon.pseudoniem
                in_id[sleutel] = persoon.pseudoniem_id
            self._patronen = ((woordpatroon(vrij), vrij), (woordpatroon(in_id), in_id))
        return self._patronen

    def tekst(self, tekst: str) -> str:
        """Een tekst zonder contactgegevens, met pseudoniemen voor privé-namen en -ids."""
        persoon = self.ids.get(tekst)
        if persoon is not None:
            return persoon.pseudoniem_id
        tekst = contactgegevens.verwijder(tekst)
        vrij, in_id = self._matcher()
        patroon, vervanging = in_id if _ID_VORM.fullmatch(tekst) else vrij
        if patroon is None:
            return tekst
        return _vervang(tekst, patroon, vervanging)

    def bestandsnaam(self, naam: str) -> str:
        """Een bestandsnaam zoals hij in uitvoer staat: elk deel van het pad openbaar."""
        delen = re.split(r"([/\\])", naam)
        uit = []
        for deel in delen:
            stam, punt, ext = deel.rpartition(".") if "." in deel.lstrip(".") else (deel, "", "")
            uit.append(self.tekst(stam) + punt + ext if stam else deel)
        return "".join(uit)

    def model(self, model: M) -> M:
        """Een openbare kopie van een model (het origineel blijft ongemoeid)."""
        return self._kopie_model(model)

    def _kopie_model(self, model: M) -> M:
        velden = type(model).model_fields
        prive = bool(getattr(model, "prive", False))
        vrij: set[str] = set(getattr(model, "openbaar", None) or ())
        update: dict[str, Any] = {}
        persoon = self._persoon_van(model) if prive else None
        for naam in velden:
            waarde = getattr(model, naam)
            if naam == "contact":
                update[naam] = None
            elif _woordenlijst(type(model), naam):
                update[naam] = waarde
            elif prive and naam in _naamvelden(type(model)) and isinstance(waarde, str):
                update[naam] = persoon.pseudoniem if persoon else PRIVE_CATEGORIE
            elif prive and naam in _IDENTIFICEREND and naam not in vrij and waarde is not None:
                # De rol wordt de categorie; groep en verhaal een markering, zodat een analyse
                # nog ziet dát ze er zijn (geen "nog geen eigen verhaal" in het openbare rapport).
                categorie = _categorie(getattr(model, "achtergrond", None))
                update[naam] = (categorie if naam == "rol" else None) or PRIVE_CATEGORIE
            else:
                update[naam] = self._kopie(waarde)
        return model.model_copy(update=update)

    def _persoon_van(self, model: BaseModel) -> _Persoon | None:
        for veld in (*_naamvelden(type(model)), "id"):
            waarde = getattr(model, veld, None)
            if isinstance(waarde, str):
                persoon = self.namen.get(normaliseer(waarde)) or self.ids.get(waarde)
                if persoon is not None:
                    return persoon
        return None

    def _kopie(self, waarde: Any) -> Any:
        if isinstance(waarde, str):
            return self.tekst(waarde)
        if isinstance(waarde, BaseModel):
            return self._kopie_model(waarde)
        if isinstance(waarde, dict):
            return {self._kopie(k): self._kopie(v) for k, v in waarde.items()}
        if isinstance(waarde, list):
            return [self._kopie(v) for v in waarde]
        if isinstance(waarde, tuple):
            return tuple(self._kopie(v) for v in waarde)
        return waarde

    def probleem(self, probleem: Probleem) -> Probleem:
        return replace(
            probleem, bestand=self.bestandsnaam(probleem.bestand),
            melding=self.tekst(probleem.melding),
            pad=".".join(self.tekst(deel) for deel in probleem.pad.split(".")),
        )

    def ingelezen(self, ingelezen: Ingelezen) -> Ingelezen:
        """Een openbaar gelezen bestand: model, naam en pad openbaar. De ruwe bron blijft alleen
        om fouten op regel en kolom te kunnen melden; geen analyse leest haar."""
        pad = ingelezen.pad
        openbaar_pad = pad.with_name(self.bestandsnaam(pad.name)) if pad.name else pad
        model = ingelezen.model
        if model is not None and model.id is None:
            # De id komt anders uit de (echte) bestandsnaam.
            model = model.model_copy(update={"id": openbaar_pad.stem})
        return Ingelezen(
            pad=openbaar_pad, naam=self.bestandsnaam(ingelezen.naam), bron=ingelezen.bron,
            model=self.model(model) if model is not None else None,
        )

    def dossier(self, dossier: Dossier) -> Dossier:
        """Een openbaar dossier: elk bestand openbaar, zonder ruwe bron, problemen openbaar."""
        return Dossier(
            map=dossier.map,
            bestanden=[
                replace(self.ingelezen(b), bron=None) for b in openbare_bestanden(dossier)
            ],
            problemen=[self.probleem(p) for p in dossier.problemen],
        )

    def na_lezen(
        self, ingelezen: Ingelezen, problemen: list[Probleem]
    ) -> tuple[Ingelezen, list[Probleem]]:
        """De haak in :func:`~stelselkit.lezen.dossier.lees_bestand`: verzamel, maak openbaar."""
        self.verzamel(ingelezen)
        return self.ingelezen(ingelezen), [self.probleem(p) for p in problemen]

    def geheimen(self) -> list[str]:
        """De privé-teksten (genormaliseerd) die in geen openbare uitvoer mogen staan: namen
        van privé-personen en contactwaarden (ids niet: die kunnen gewone woorden zijn)."""
        return sorted(
            s for s in (*self.namen, *self.contacten) if len(s) >= 3
        )


@functools.cache
def _naamvelden(model: type[BaseModel]) -> tuple[str, ...]:
    """De velden met de naam van een privé-item van deze soort."""
    velden = model.model_fields
    eigen = tuple(v for v in _NAAMVELDEN if v in velden)
    return eigen or (("tekst",) if "tekst" in velden else ())


@functools.cache
def _woordenlijst(model: type[BaseModel], veld: str) -> bool:
    """Heeft dit veld een vaste woordenlijst (een Literal), zonder vrije tekst?"""
    def alleen_literal(soort: Any) -> bool:
        if get_origin(soort) is Literal:
            return True
        argumenten = [a for a in get_args(soort) if a is not type(None)]
        if get_origin(soort) is Annotated:
            argumenten = argumenten[:1]
        return bool(argumenten) and all(alleen_literal(a) for a in argumenten)

    return alleen_literal(model.model_fields[veld].annotation)


def _categorie(achtergrond: object) -> str | None:
    return achtergrond if isinstance(achtergrond, str) and achtergrond else None


def _vervang(tekst: str, patroon: re.Pattern[str], vervanging: dict[str, str]) -> str:
    """Vervang elke treffer in de genormaliseerde vorm op dezelfde plek in het origineel.

    Een treffer die in een stuk witruimte of niet-ASCII begint of eindigt, neemt dat hele stuk
    mee (liever te veel dan te weinig).
    """
    treffers = list(patroon.finditer(_vlak(tekst)))
    if not treffers:
        return tekst
    _, stukken, vormen = _normaal(tekst)  # de stukken pas bij een treffer
    kaart = _kaart(stukken, vormen)
    uit: list[str] = []
    vorige = 0
    for treffer in treffers:
        begin, einde = kaart.begin(treffer.start()), kaart.einde(treffer.end())
        if begin < vorige:
            continue
        uit.append(tekst[vorige:begin])
        uit.append(vervanging[treffer.group(0)])
        vorige = einde
    uit.append(tekst[vorige:])
    return "".join(uit)


# --- de context van een run --------------------------------------------------------------------


@contextlib.contextmanager
def _zonder_context() -> Iterator[None]:
    token = NA_LEZEN.set(None)
    try:
        yield
    finally:
        NA_LEZEN.reset(token)


def actief() -> Openbaar | None:
    """De openbaar-context van deze run, als er een is (zie :func:`openbaar_lezen`)."""
    haak = NA_LEZEN.get()
    return haak if isinstance(haak, Openbaar) else None


@contextlib.contextmanager
def openbaar_lezen(paden: Iterable[Path] = ()) -> Iterator[Openbaar]:
    """Alles wat binnen dit blok gelezen wordt, komt openbaar uit ``lees_bestand``.

    De privé-personen worden vooraf verzameld uit de dossiers van ``paden`` en hun
    git-geschiedenis; een bestand buiten die dossiers wordt bij het lezen eerst verzameld.
    """
    openbaar = Openbaar.voor(paden)
    token = NA_LEZEN.set(openbaar)
    try:
        yield openbaar
    finally:
        NA_LEZEN.reset(token)


def maak_openbaar(dossier: Dossier, openbaar: Openbaar | None = None) -> Dossier:
    """Het publiceerbare dossier bij een ingelezen dossier (zie de moduletekst).

    Zonder ``openbaar`` worden de privé-personen uit dit dossier zelf (en zijn git-geschiedenis)
    verzameld; geef een gedeelde :class:`Openbaar` mee om pseudoniemen over meerdere dossiers
    vast te houden.
    """
    if openbaar is None:
        openbaar = Openbaar.voor([dossier.map])
        for bestand in dossier.bestanden:
            openbaar.verzamel(bestand)
    return openbaar.dossier(dossier)


# --- voor ``stelsel privacy`` -------------------------------------------------------------------


@dataclass(frozen=True)
class Vondst:
    """Een plek in een dossier met persoonsgegevens."""

    bestand: str
    pad: str
    soort: str  # "naam (privé)", "naam", "contact", "contact in vrije tekst"
    prive: bool


def inventaris(dossier: Dossier) -> list[Vondst]:
    """Waar persoonsgegevens in een dossier staan (voor ``stelsel privacy``): alles wat
    ``--openbaar`` zou moeten verbergen.

    Ook in een bestand dat niet door de controle komt (uit de ruwe gegevens: elk item met
    ``prive: true`` en elk ``contact``) en in een bestand dat niet eens YAML is (de ruwe tekst,
    op contactgegevens). Een bestand dat niet te lezen is, wordt een vondst "onleesbaar".
    """
    from stelselkit.fouten import pad_tekst

    vondsten: list[Vondst] = []
    for bestand in dossier.bestanden:
        if bestand.model is not None:
            gevonden = list(_vind(bestand.model, ()))
        elif bestand.bron is not None:
            gevonden = [(loc, f"{soort} (bestand ongeldig)", prive)
                        for loc, soort, prive in _vind_ruw(bestand.bron.data, ())]
        else:
            gevonden = []
        for loc, soort, prive in gevonden:
            vondsten.append(Vondst(bestand.naam, pad_tekst(loc), soort, prive))
        tekst = bestand.bron.tekst if bestand.bron is not None else _ruwe_tekst(bestand.pad)
        if tekst is None:
            vondsten.append(Vondst(bestand.naam, "", "onleesbaar", False))
            continue
        for regelnummer, regel in enumerate(tekst.splitlines(), start=1):
            if bestand.bron is not None and regel.lstrip().startswith("contact:"):
                continue  # al gevonden als contact
            for soort, _ in contactgegevens.contactgegevens_in(regel):
                vondsten.append(
                    Vondst(bestand.naam, f"regel {regelnummer}", f"{soort} in vrije tekst", False)
                )
    return vondsten


def _ruwe_tekst(pad: Path) -> str | None:
    try:
        return pad.read_bytes().decode("utf-8", "replace")
    except OSError:
        return None


Loc = tuple[str | int, ...]


def _vind(waarde: object, loc: Loc) -> Iterator[tuple[Loc, str, bool]]:
    if isinstance(waarde, BaseModel):
        velden = type(waarde).model_fields
        if "prive" in velden:
            prive = bool(getattr(waarde, "prive", False))
            contact = getattr(waarde, "contact", None)
            if isinstance(contact, str) and not is_plaatshouder(contact):
                yield (*loc, "contact"), "contact", prive
            for veld in _naamvelden(type(waarde)):
                if not getattr(waarde, veld, None):
                    continue
                if prive:
                    yield (*loc, veld), f"{veld} (privé)", True
                elif veld == "naam":
                    yield (*loc, veld), "naam (niet privé)", False
        for naam in velden:
            yield from _vind(getattr(waarde, naam), (*loc, naam))
    elif isinstance(waarde, dict):
        for k, v in waarde.items():
            yield from _vind(v, (*loc, str(k)))
    elif isinstance(waarde, list):
        for i, v in enumerate(waarde):
            yield from _vind(v, (*loc, i))


def _vind_ruw(waarde: object, loc: Loc) -> Iterator[tuple[Loc, str, bool]]:
    """Als :func:`_vind`, in ruwe YAML-gegevens (een bestand dat niet door de controle komt)."""
    if isinstance(waarde, dict):
        prive = waarde.get("prive") is True
        contact = waarde.get("contact")
        if isinstance(contact, str) and not is_plaatshouder(contact):
            yield (*loc, "contact"), "contact", prive
        if prive:
            for veld in (*_NAAMVELDEN, "tekst"):
                if isinstance(waarde.get(veld), str):
                    yield (*loc, veld), f"{veld} (privé)", True
        for k, v in waarde.items():
            yield from _vind_ruw(v, (*loc, str(k)))
    elif isinstance(waarde, list):
        for i, v in enumerate(waarde):
            yield from _vind_ruw(v, (*loc, i))
