"""Het buurtportfolio: wat erin staat, wat eruit moet blijven, en wat eraan ontbreekt.

:func:`verzamel` zoekt de items van een ``portfolio``-bestand op in het dossier en ordent ze
zoals de thema-analyse haar materiaal ordent ("een basisordening voor een website", 002 instr. 2):
naam en woorden, verhaal, ideeën en activiteiten, voorbeelden, initiatieven, opmerkingen en
uitspraken, het netwerk, de tijdlijn. Een item dat over een persoon gaat en geen (geldige)
``toestemming`` heeft, gaat niet mee; het staat onder ``weggelaten``, met de reden.

Wat "over een persoon" gaat: een item dat iemand met naam noemt (een schakel, iemand die zich aan
een initiatief of tafelkaart verbindt, een contact van een dorpsgesprek), een privé-uitspraak of
-reactie, een eigen verhaal met ``over_persoon`` en een beeld met ``herkenbaar``. Een omschrijving
als "een oudere vrouw" is geen persoonsgegeven.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from stelselkit import methode, taal
from stelselkit.analyse import Analyse, Bevinding, Bron, Kerncijfer, Resultaat, gesorteerd
from stelselkit.analyse.netwerkgraaf import Netwerk, voeg_samen
from stelselkit.fouten import InhoudsFout
from stelselkit.lezen.dossier import Dossier
from stelselkit.model import (
    Brainstormbord,
    Dorpsgesprek,
    Gesprekstafel,
    Programma,
    Tafelkleed,
    Thema,
    ThemaAnalyse,
    Vermogensanalyse,
)
from stelselkit.model import Dossier as DossierKop
from stelselkit.model.basis import Datum
from stelselkit.model.gesprekstafel import Tafelkaart
from stelselkit.model.portfolio import Beeld, Item, Kanaal, Portfolio, Toestemming, Verhaal
from stelselkit.model.programma import Activiteit
from stelselkit.model.thema_analyse import Initiatief, Moment, Uitspraak, Vakitem
from stelselkit.regels import regel

T = TypeVar("T")


@dataclass(frozen=True)
class Tijdpunt:
    """Een moment op de tijdlijn van het portfolio."""

    id: str
    soort: str  # start, ontmoetingsmoment, manifestatiemoment of activiteit
    naam: str
    datum: Datum | None
    plaats: str | None
    uitkomst: str | None


@dataclass(frozen=True)
class Weggelaten:
    """Een item dat niet in het openbare portfolio komt, met de reden."""

    lijst: str
    id: str
    reden: str


@dataclass
class Materiaal:
    """Alles wat het openbare portfolio van één thema toont, in de volgorde van de methode."""

    portfolio: Portfolio
    bestand: str
    thema: str  # de naam van het thema
    woorden: list[str] = field(default_factory=list)
    verhaal: str | None = None  # het eerste verhaal uit de thema-analyse
    verhalen: list[Verhaal] = field(default_factory=list)
    beelden: list[Beeld] = field(default_factory=list)
    ideeen: list[str] = field(default_factory=list)
    voorbeelden: list[str] = field(default_factory=list)
    vermogen: list[tuple[str, str]] = field(default_factory=list)  # (onderdeel, verhaal)
    initiatieven: list[Initiatief] = field(default_factory=list)
    tafelkaarten: list[Tafelkaart] = field(default_factory=list)
    uitspraken: list[Uitspraak] = field(default_factory=list)
    brainstormborden: list[Brainstormbord] = field(default_factory=list)
    dorpsgesprekken: list[Dorpsgesprek] = field(default_factory=list)
    tafelkleden: list[tuple[str, Tafelkleed]] = field(default_factory=list)
    tijdlijn: list[Tijdpunt] = field(default_factory=list)
    kanalen: list[Kanaal] = field(default_factory=list)
    weggelaten: list[Weggelaten] = field(default_factory=list)

    @property
    def netwerk(self) -> Netwerk | None:
        """De tafelkleden van het portfolio als één netwerk, met het thema in het midden."""
        if not self.tafelkleden:
            return None
        return voeg_samen(self.tafelkleden, midden=self.thema)

    def bouwstenen(self) -> dict[str, int]:
        """Hoeveel items elke bouwsteen van de vier B's zichtbaar maken (001 §4.3)."""
        return {
            "betrokken": len(self.tafelkleden) + len(self.dorpsgesprekken),
            "bewust": len(self.uitspraken) + len(self.verhalen) + len(self.ideeen)
            + len(self.brainstormborden) + (1 if self.verhaal else 0),
            "beschikbaar": len(self.initiatieven) + len(self.tafelkaarten) + len(self.tijdlijn),
            "bekwaam": len(self.voorbeelden) + len(self.vermogen),
        }


# --- wat over een persoon gaat ----------------------------------------------------------------


def _noemt_naam(waarde: object) -> bool:
    """Noemt dit model (of iets erin) iemand bij naam, of is iets erin privé?"""
    if isinstance(waarde, BaseModel):
        if getattr(waarde, "prive", False) is True:
            return True
        velden = type(waarde).model_fields
        if "naam" in velden and ("rol" in velden or "contact" in velden) and getattr(
                waarde, "naam", None):
            return True
        return any(_noemt_naam(getattr(waarde, v)) for v in velden)
    if isinstance(waarde, dict):
        return any(_noemt_naam(v) for v in waarde.values())
    if isinstance(waarde, list):
        return any(_noemt_naam(v) for v in waarde)
    return False


def over_persoon(item: object) -> bool:
    """Gaat dit item over een persoon (zie de moduletekst)?"""
    if isinstance(item, Verhaal):
        return item.over_persoon
    if isinstance(item, Beeld):
        return item.herkenbaar
    if isinstance(item, Dorpsgesprek):  # de contacten komen nooit in openbare uitvoer
        return _noemt_naam(item.reacties)
    if isinstance(item, Tafelkleed):
        return _noemt_naam(item.schakels) or _noemt_naam(item.gemaakt_door) or any(
            i.prive or i.soort == "persoon" for i in item.ingredienten.values())
    return _noemt_naam(item)


def geldig(toestemming: Toestemming | None, vandaag: dt.date) -> bool:
    """De toestemming geldt op ``vandaag``; bij een maand of jaar pas als die helemaal voorbij
    is (``wanneer``) en tot het begin ervan (``tot``): bij twijfel niet publiceren."""
    return toestemming is not None and toestemming.wanneer.eind <= vandaag and (
        toestemming.tot is None or toestemming.tot.begin >= vandaag)


# --- de items van het dossier op id -----------------------------------------------------------


@dataclass
class Index:
    """Elk item van een dossier dat een portfolio op id kan kiezen."""

    uitspraken: dict[str, Uitspraak] = field(default_factory=dict)
    initiatieven: dict[str, Initiatief] = field(default_factory=dict)
    ideeen: dict[str, Vakitem] = field(default_factory=dict)
    voorbeelden: dict[str, Vakitem] = field(default_factory=dict)
    momenten: dict[str, Tijdpunt] = field(default_factory=dict)
    bron_van_moment: dict[str, Moment | Activiteit] = field(default_factory=dict)
    tafelkaarten: dict[str, Tafelkaart] = field(default_factory=dict)
    tafelkleden: dict[str, tuple[str, Tafelkleed]] = field(default_factory=dict)
    brainstormborden: dict[str, Brainstormbord] = field(default_factory=dict)
    dorpsgesprekken: dict[str, Dorpsgesprek] = field(default_factory=dict)
    vermogen: dict[str, Vermogensanalyse] = field(default_factory=dict)
    themas: dict[str, Thema] = field(default_factory=dict)
    analyses: dict[str, ThemaAnalyse] = field(default_factory=dict)

    @classmethod
    def van(cls, dossier: Dossier) -> Index:
        index = cls()
        for bestand, model in ((b, b.model) for b in dossier.bestanden if b.model is not None):
            naam = bestand.pad.relative_to(dossier.map).as_posix() if bestand.pad.is_relative_to(
                dossier.map) else bestand.naam
            if isinstance(model, ThemaAnalyse):
                index.analyses[bestand.id] = model
                index._analyse(model)
            elif isinstance(model, Programma):
                for sleutel, activiteit in model.activiteiten.items():
                    index.momenten[sleutel] = Tijdpunt(
                        sleutel, "manifestatiemoment" if activiteit.manifestatiemoment
                        else "activiteit", activiteit.wat, activiteit.datum, activiteit.plaats,
                        activiteit.resultaat)
                    index.bron_van_moment[sleutel] = activiteit
            elif isinstance(model, Gesprekstafel):
                index.tafelkaarten.update({t.id: t for t in model.tafels})
            elif isinstance(model, Tafelkleed):
                index.tafelkleden[bestand.id] = (naam, model)
            elif isinstance(model, Brainstormbord):
                index.brainstormborden[bestand.id] = model
            elif isinstance(model, Dorpsgesprek):
                index.dorpsgesprekken[bestand.id] = model
            elif isinstance(model, Vermogensanalyse):
                index.vermogen[bestand.id] = model
            elif isinstance(model, Thema):
                index.themas[bestand.id] = model
        return index

    def _analyse(self, analyse: ThemaAnalyse) -> None:
        self.uitspraken.update({u.id: u for u in analyse.uitspraken if u.id})
        self.initiatieven.update({i.id: i for i in analyse.initiatieven})
        self.ideeen.update({i.id: i for i in analyse.ideeen if i.id})
        self.voorbeelden.update({v.id: v for v in analyse.voorbeelden if v.id})
        for loc, moment in analyse.momenten():
            if moment.id:
                soort = {"start": "start", "manifestatiemoment": "manifestatiemoment"}.get(
                    str(loc[1]), "ontmoetingsmoment")
                self.momenten[moment.id] = Tijdpunt(moment.id, soort, moment.naam, moment.datum,
                                                    moment.plaats, moment.uitkomst)
                self.bron_van_moment[moment.id] = moment


def _kies(materiaal: Materiaal, lijst: str, bron: Mapping[str, T], vandaag: dt.date,
          inhoud: Callable[[T], object] = lambda x: x) -> list[T]:
    """De items van één lijst van het portfolio; wat over een persoon gaat alleen met
    toestemming. Een kapotte verwijzing slaat het over (die meldt 'stelsel valideer')."""
    gekozen: list[T] = []
    item: Item
    for item in getattr(materiaal.portfolio, lijst):
        gevonden = bron.get(item.id)
        if gevonden is None:
            continue
        if over_persoon(inhoud(gevonden)) and not geldig(item.toestemming, vandaag):
            materiaal.weggelaten.append(Weggelaten(lijst, item.id, _reden(item.toestemming)))
            continue
        gekozen.append(gevonden)
    return gekozen


def _reden(toestemming: Toestemming | None) -> str:
    if toestemming is None:
        return "gaat over een persoon en heeft geen toestemming"
    return "de toestemming geldt (nog) niet op deze dag"


def verzamel(dossier: Dossier, portfolio: Portfolio, bestand: str, vandaag: dt.date,
             index: Index | None = None) -> Materiaal:
    """Het materiaal van één portfolio, alleen met wat openbaar mag (zie de moduletekst)."""
    index = index or Index.van(dossier)
    thema = index.themas.get(portfolio.thema)
    analyse = index.analyses.get(portfolio.thema_analyse or "")
    materiaal = Materiaal(portfolio, bestand, thema.naam if thema else portfolio.titel)
    if analyse is not None:
        materiaal.woorden = list(analyse.woorden)
        materiaal.verhaal = analyse.verhaal
    elif thema is not None:
        materiaal.woorden = list(thema.woorden)

    materiaal.uitspraken = _kies(materiaal, "uitspraken", index.uitspraken, vandaag)
    materiaal.initiatieven = _kies(materiaal, "initiatieven", index.initiatieven, vandaag)
    materiaal.ideeen = [i.tekst for i in _kies(materiaal, "ideeen", index.ideeen, vandaag)]
    materiaal.voorbeelden = [
        v.tekst for v in _kies(materiaal, "voorbeelden", index.voorbeelden, vandaag)]
    materiaal.tafelkaarten = _kies(materiaal, "tafelkaarten", index.tafelkaarten, vandaag)
    materiaal.tafelkleden = _kies(materiaal, "tafelkleden", index.tafelkleden, vandaag,
                                  lambda paar: paar[1])
    materiaal.brainstormborden = _kies(materiaal, "brainstormborden", index.brainstormborden,
                                       vandaag)
    materiaal.dorpsgesprekken = _kies(materiaal, "dorpsgesprekken", index.dorpsgesprekken,
                                      vandaag)
    momenten = {k: (index.momenten[k], bron) for k, bron in index.bron_van_moment.items()}
    materiaal.tijdlijn = [
        moment for moment, _ in _kies(materiaal, "momenten", momenten, vandaag,
                                      lambda paar: paar[1])]
    for verhaal in portfolio.vermogen:
        analyse_v = index.vermogen.get(verhaal.analyse)
        beoordeling = getattr(analyse_v.elementen, verhaal.onderdeel) if analyse_v else None
        if beoordeling is None or not beoordeling.verhaal:
            continue
        naam = methode.naam_van(methode.VERMOGEN_ELEMENTEN, verhaal.onderdeel)
        materiaal.vermogen.append((naam, beoordeling.verhaal))
    for lijst, eigen in (("verhalen", portfolio.verhalen), ("beelden", portfolio.beelden)):
        for stuk in eigen:
            if over_persoon(stuk) and not geldig(stuk.toestemming, vandaag):
                materiaal.weggelaten.append(Weggelaten(lijst, stuk.id, _reden(stuk.toestemming)))
            else:
                getattr(materiaal, lijst).append(stuk)
    zichtbaar = portfolio.eigen_ids() - {w.id for w in materiaal.weggelaten}
    materiaal.kanalen = [k.model_copy(update={"items": [i for i in k.items if i in zichtbaar]})
                         for k in portfolio.kanalen]
    return materiaal


# --- bevindingen over het portfolio -----------------------------------------------------------

STAP_3_VOORBIJ = (("contact", ("gedaan",)), ("presenteren", ("loopt", "gedaan")),
                  ("vaststellen", ("loopt", "gedaan")))


def _portfolios(dossier: Dossier) -> list[tuple[str, Portfolio]]:
    return [(b.id, p) for b, p in dossier.van_soort(Portfolio)]


def _thema_zonder_portfolio(dossier: Dossier, index: Index) -> Bevinding | None:
    met_portfolio = {p.thema for _, p in _portfolios(dossier)}
    zonder: list[str] = []
    for _, programma in dossier.van_soort(Programma):
        if not programma.thema or programma.thema in met_portfolio or programma.thema in zonder:
            continue
        if any(getattr(programma.stappen, stap) is not None
               and getattr(programma.stappen, stap).status in standen
               for stap, standen in STAP_3_VOORBIJ):
            zonder.append(programma.thema)
    if not zonder:
        return None
    namen = [index.themas[t].naam if t in index.themas else t for t in zonder]
    return Bevinding(
        code="thema-zonder-portfolio",
        titel="Thema voorbij stap 3 zonder buurtportfolio",
        tekst=(f"Het programma van {taal.opsomming([repr(n) for n in namen])} is voorbij stap 3 "
               "(contact maken en breed in gesprek), maar er is geen portfolio dat het thema "
               "zichtbaar maakt. Begin er een met 'stelsel nieuw portfolio' en kies het materiaal "
               "uit de thema-analyse, de eerste verkenning van een buurtportfolio (000, bijlage "
               "3); maak er een communicatieplan bij."),
        regel=regel("portfolio-zichtbaar"), over=tuple(zonder),
        gewicht="actie")


def _kanaal_niet_op_tijdlijn(dossier: Dossier) -> Bevinding | None:
    los = [(pid, k.id, k.soort) for pid, p in _portfolios(dossier) for k in p.kanalen
           if not k.wanneer]
    if not los:
        return None
    kanalen = [f"'{k}' ({methode.naam_van(methode.KANAALSOORTEN, s).lower()}, {p})"
               for p, k, s in los]
    return Bevinding(
        code="kanaal-niet-op-tijdlijn",
        titel="Kanaal van het communicatieplan staat op geen enkel moment",
        tekst=(f"{taal.opsomming(kanalen)} {'staat' if len(los) == 1 else 'staan'} in het "
               "communicatieplan maar op geen moment van de tijdlijn. Zet onder 'wanneer' de "
               "momenten (ids van de tijdlijn of activiteiten) waarop het kanaal gebruikt wordt, "
               "bijvoorbeeld een dorpsfeest of markt die er al is (001, §4.3)."),
        regel=regel("portfolio-tijdlijn"), over=tuple(k for _, k, _ in los),
        gewicht="aandacht")


def _zonder_toestemming(materialen: list[Materiaal]) -> Bevinding | None:
    weg = [(m.portfolio.id or m.bestand, w) for m in materialen for w in m.weggelaten]
    if not weg:
        return None
    regels = [f"{w.lijst} '{w.id}' in {p}: {w.reden}" for p, w in weg]
    return Bevinding(
        code="persoon-zonder-toestemming",
        titel="Items over een persoon zonder toestemming",
        tekst=("Deze items gaan over een persoon en komen daarom niet in het openbare portfolio: "
               + "; ".join(regels) + ". Vraag toestemming en schrijf die bij het item "
               "('toestemming: {wie: …, wanneer: …}'), of haal het item uit het portfolio."),
        regel=regel("portfolio-toestemming"), over=tuple(w.id for _, w in weg),
        gewicht="actie")


def _manifestatiemomenten(dossier: Dossier, thema: str) -> list[tuple[str, str]]:
    """(id of '', naam) van elk manifestatiemoment van een thema."""
    momenten: list[tuple[str, str]] = []
    for _, analyse in dossier.van_soort(ThemaAnalyse):
        tijdlijn = analyse.tijdlijn
        if analyse.thema == thema and tijdlijn and tijdlijn.manifestatiemoment:
            momenten.append((tijdlijn.manifestatiemoment.id or "",
                             tijdlijn.manifestatiemoment.naam))
    for _, programma in dossier.van_soort(Programma):
        if programma.thema == thema:
            momenten += [(k, a.wat) for k, a in programma.activiteiten.items()
                         if a.manifestatiemoment]
    return momenten


def _manifestatie_zonder_portfolio(dossier: Dossier) -> Bevinding | None:
    gemist: list[tuple[str, str, str]] = []
    for pid, portfolio in _portfolios(dossier):
        getoond = {m for k in portfolio.kanalen for m in k.wanneer}
        gemist += [(pid, id_, naam) for id_, naam in _manifestatiemomenten(dossier, portfolio.thema)
                   if not id_ or id_ not in getoond]
    if not gemist:
        return None
    delen = [f"'{naam}' ({pid})" for pid, _, naam in gemist]
    return Bevinding(
        code="manifestatie-zonder-portfolio",
        titel="Manifestatiemoment waar het portfolio niet te zien is",
        tekst=(f"Op {taal.opsomming(delen)} laat geen kanaal van het communicatieplan het "
               "portfolio zien. Juist daar worden de mogelijkheden van zelforganisatie "
               "gepresenteerd: zet het moment (met een id) onder 'wanneer' van een kanaal, "
               "bijvoorbeeld een tentoonstelling of presentatie."),
        regel=regel("portfolio-manifestatie"), over=tuple(i or n for _, i, n in gemist),
        gewicht="aandacht")


def _bouwsteen_onzichtbaar(materialen: list[Materiaal]) -> Bevinding | None:
    leeg: list[tuple[str, list[str]]] = []
    for m in materialen:
        stenen = [methode.naam_van(methode.BOUWSTENEN, b).lower()
                  for b, n in m.bouwstenen().items() if n == 0]
        if stenen:
            leeg.append((m.portfolio.id or m.bestand, stenen))
    if not leeg:
        return None
    leeg.sort(key=lambda paar: -len(paar[1]))  # wie het meest mist eerst
    delen = [f"{p}: niets {taal.opsomming(s, 'of')}" for p, s in leeg]
    return Bevinding(
        code="bouwsteen-onzichtbaar",
        titel="Een bouwsteen van de vier B's is niet zichtbaar",
        tekst=("Het portfolio laat niet alle vier de bouwstenen zien (" + "; ".join(delen)
               + "). Betrokken: een tafelkleed of dorpsgesprek; bewust: uitspraken, verhalen, "
               "ideeën; beschikbaar: initiatieven, tafelkaarten, ontmoetingen; bekwaam: "
               "voorbeelden en het verhaal van het vermogen."),
        regel=regel("portfolio-vier-b"), over=tuple(p for p, _ in leeg),
        gewicht="aandacht")


@dataclass
class Portfoliostand:
    """De portfolio's van een dossier: wat openbaar meegaat en wat niet (``details``)."""

    buurt: str
    materialen: list[Materiaal]

    def als_dict(self) -> dict[str, Any]:
        return {
            "buurt": self.buurt,
            "portfolios": [{
                "id": m.portfolio.id, "bestand": m.bestand, "titel": m.portfolio.titel,
                "thema": m.portfolio.thema, "bouwstenen": m.bouwstenen(),
                "kanalen": [k.id for k in m.kanalen],
                "weggelaten": [{"lijst": w.lijst, "id": w.id, "reden": w.reden}
                               for w in m.weggelaten],
            } for m in self.materialen],
        }


def _kerncijfers(materialen: list[Materiaal]) -> tuple[Kerncijfer, ...]:
    return (
        Kerncijfer(id="portfolios", label="portfolio's", waarde=len(materialen),
                   uitleg="Thema's met een buurtportfolio in dit dossier."),
        Kerncijfer(id="kanalen", label="kanalen", waarde=sum(len(m.kanalen) for m in materialen),
                   uitleg="Media van de communicatieplannen samen."),
        Kerncijfer(id="weggelaten", label="niet gepubliceerd",
                   waarde=sum(len(m.weggelaten) for m in materialen),
                   uitleg="Items over een persoon zonder geldige toestemming."),
    )


def analyseer_dossier(dossier: Dossier, vandaag: dt.date) -> Resultaat[Portfoliostand]:
    """De portfolio's van een dossier en de bevindingen erover, één per regel."""
    index = Index.van(dossier)
    materialen = [verzamel(dossier, p, b.naam, vandaag, index)
                  for b, p in dossier.van_soort(Portfolio)]
    gevonden = [
        _thema_zonder_portfolio(dossier, index),
        _zonder_toestemming(materialen),
        _kanaal_niet_op_tijdlijn(dossier),
        _manifestatie_zonder_portfolio(dossier),
        _bouwsteen_onzichtbaar(materialen),
    ]
    return Resultaat(
        analyse="portfolio", peildatum=vandaag, kerncijfers=_kerncijfers(materialen),
        bevindingen=tuple(gesorteerd([b for b in gevonden if b is not None])),
        details=Portfoliostand(dossier.naam, materialen))


def analyseer(bronnen: Sequence[Bron[DossierKop]], vandaag: dt.date) -> Resultaat[Portfoliostand]:
    """Het contract: de dossiers waar de bronnen in liggen (het eerste telt)."""
    dossier = next((d for _, _, d in bronnen if d is not None), None)
    if dossier is None:
        raise InhoudsFout("het buurtportfolio hoort bij een dossier; geef een dossiermap")
    return analyseer_dossier(dossier, vandaag)


def bevindingen(dossier: Dossier, vandaag: dt.date) -> list[Bevinding]:
    """De bevindingen over de portfolio's van een dossier, één per regel."""
    return list(analyseer_dossier(dossier, vandaag).bevindingen)


ANALYSE = Analyse(naam="portfolio", titel="Buurtportfolio", soort=DossierKop,
                  analyseer=analyseer)
