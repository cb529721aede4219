"""``stelsel vergelijk``: buurten naast elkaar, om van elkaar te leren (fase 4).

In fase 4 van de opbouw van het stelsel "onderzoekt de regievoerder met betrokkenen de
overeenkomsten en verschillen tussen buurten. Het gaat er niet om dat buurten hetzelfde worden";
"om zichtbaar te maken wat werkt, presenteren buurten hun portfolio" (000, §8, fase 4). Daarom
geen tellingen van regels in bestanden (hoe een dossier is bijgehouden zegt niets over de buurt)
en geen rangorde, maar naast elkaar **waar elke buurt een voorbeeld van is**:

- haar thema's;
- wat de vermogensanalyse vertelt over het onderdeel *voorbeelden* (002, hoofdstuk 6,
  instrument 4: "Waar ben je voorbeeld van?");
- de initiatieven (thema-analyses en tafelkaarten van gesprekstafels);
- de schakels uit de lokale gemeenschap (002, hoofdstuk 6, instrument 1, stap 3);
- de praktijkafspraken die lopen of nog komen (002, hoofdstuk 4, stap 5);
- het buurtportfolio (titel en eigen verhalen);
- patronen over casussen, waar die er zijn (nooit openbaar: de openbare kopie heeft geen casus).

De bevindingen zijn vragen die een regievoerder meeneemt naar de andere buurt: wat buurt A heeft
en buurt B (nog) niet, met de namen erbij. Wat uit een reconstructie of plaatshouder komt,
staat er met "(reconstructie)" of "(plaatshouder)" achter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stelselkit.analyse import Bevinding, Kerncijfer, Resultaat, een_per_regel
from stelselkit.analyse import casus as casusanalyse
from stelselkit.analyse.netwerkgraaf import voeg_samen
from stelselkit.lezen.dossier import Dossier, Ingelezen, laad_dossier
from stelselkit.lezen.openbaar import actief
from stelselkit.model import (
    Gesprekstafel,
    Portfolio,
    Programma,
    Tafelkleed,
    ThemaAnalyse,
    Vermogensanalyse,
)
from stelselkit.model.basis import Praktijkafspraak
from stelselkit.opdrachten.analyse import Uitvoering
from stelselkit.opdrachten.leervragen import Leervergelijking, leervragen_naast_elkaar
from stelselkit.opdrachten.rapport import kop_van
from stelselkit.regels import regel
from stelselkit.taal import opsomming, opsomming_kort

REGEL_FASE4 = regel("fase4-vergelijken")
REGEL_LOKAAL = regel("fase4-lokale-schakels")

# (id, label, de vraag die een buurt zonder dit onderdeel meeneemt naar een buurt met)
ONDERDELEN: tuple[tuple[str, str, str], ...] = (
    ("themas", "thema's", ""),
    ("voorbeeld", "waar de buurt voorbeeld van is (vermogensanalyse)",
     "waar zijn jullie voorbeeld van, en hoe maken jullie dat zichtbaar?"),
    ("initiatieven", "initiatieven",
     "hoe ontstonden {items}, en wie verbond zich eraan?"),
    # de schakels krijgen een eigen vraag (vooral lokaal naast vooral professioneel)
    ("lokale-schakels", "schakels uit de lokale gemeenschap", ""),
    ("praktijkafspraken", "praktijkafspraken die lopen of komen",
     "hoe kwamen jullie tot {items}, en wie maakte die afspraak?"),
    ("portfolio", "buurtportfolio",
     "hoe maken jullie zichtbaar wat er gebeurt ({items}), en wie vertelt de verhalen?"),
    ("casuspatronen", "patronen over casussen",
     "wat leerden jullie uit {items}, en welke afspraken met aanbieders volgden eruit?"),
)
LABELS: dict[str, str] = {i: label for i, label, _ in ONDERDELEN}
# Hoeveel items een vraag bij naam noemt (de volledige lijst staat in de tabel en in JSON).
NOEMT = 3


@dataclass(frozen=True)
class Buurtbeeld:
    """Waar één buurt een voorbeeld van is: per onderdeel de items, zoals een mens ze leest."""

    buurt: str
    onderdelen: dict[str, tuple[str, ...]]
    professionele_schakels: tuple[str, ...]

    def als_dict(self) -> dict[str, object]:
        return {"buurt": self.buurt,
                "onderdelen": {k: list(v) for k, v in self.onderdelen.items()},
                "professionele_schakels": list(self.professionele_schakels)}


@dataclass(frozen=True)
class Vergelijking:
    """De details van ``stelsel vergelijk``: de buurten naast elkaar en hun leervragen."""

    buurten: tuple[Buurtbeeld, ...]
    leervragen: Leervergelijking

    @property
    def namen(self) -> list[str]:
        return [b.buurt for b in self.buurten]

    def rijen(self) -> list[tuple[str, list[tuple[str, ...]]]]:
        """Per onderdeel (label) de items van elke buurt; een onderdeel dat geen buurt heeft,
        valt weg."""
        return [(label, [b.onderdelen[i] for b in self.buurten]) for i, label, _ in ONDERDELEN
                if any(b.onderdelen[i] for b in self.buurten)]

    def als_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"buurten": [b.als_dict() for b in self.buurten]}
        if not self.leervragen.leeg:
            data["leervragen"] = self.leervragen.als_dict()
        return data


def _met_herkomst(tekst: str, ingelezen: Ingelezen) -> str:
    herkomst = getattr(ingelezen.model, "herkomst", None)
    if herkomst is not None and herkomst.vermelding:
        return f"{tekst} ({herkomst.soort})"
    return tekst


def _uniek(items: Iterator[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _laatste_vermogen(dossier: Dossier) -> tuple[Ingelezen, Vermogensanalyse] | None:
    analyses = dossier.van_soort(Vermogensanalyse)
    if not analyses:
        return None
    return max(analyses, key=lambda p: (p[1].periode.van.begin, p[0].naam))


def _voorbeeld(dossier: Dossier) -> tuple[str, ...]:
    laatste = _laatste_vermogen(dossier)
    if laatste is None or laatste[1].elementen.voorbeelden is None:
        return ()
    return (_met_herkomst(laatste[1].elementen.voorbeelden.verhaal, laatste[0]),)


def _initiatieven(dossier: Dossier) -> tuple[str, ...]:
    def alle() -> Iterator[str]:
        for ingelezen, analyse in dossier.van_soort(ThemaAnalyse):
            for initiatief in analyse.initiatieven:
                yield _met_herkomst(initiatief.naam, ingelezen)
        for ingelezen, tafels in dossier.van_soort(Gesprekstafel):
            for kaart in tafels.tafels:
                yield _met_herkomst(kaart.initiatief, ingelezen)

    return _uniek(alle())


def _schakels(dossier: Dossier) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lokaal, professioneel): de schakels van het samengevoegde netwerk van nu."""
    kleden = dossier.van_soort(Tafelkleed)
    if not kleden:
        return (), ()
    netwerk = voeg_samen([(i.naam, m) for i, m in kleden])
    herkomst = {k.naam: k.herkomst for k in netwerk.kleden}

    def label(schakel_id: str) -> str:
        schakel = netwerk.schakels[schakel_id]
        soort = next((h.split(":")[0] for k in schakel.kleden if (h := herkomst.get(k))), None)
        return f"{schakel.label} ({soort})" if soort else schakel.label

    per_kant = {kant: tuple(label(s.id) for s in netwerk.schakels.values() if s.kant == kant)
                for kant in ("lokaal", "professioneel")}
    return per_kant["lokaal"], per_kant["professioneel"]


def _geldt(afspraak: Praktijkafspraak, vandaag: dt.date) -> bool:
    """Lopend of nog te beginnen: niet verlopen op ``vandaag``."""
    return afspraak.tot is None or afspraak.tot.eind >= vandaag


def _praktijkafspraken(dossier: Dossier, vandaag: dt.date) -> tuple[str, ...]:
    def alle() -> Iterator[str]:
        for ingelezen, programma in dossier.van_soort(Programma):
            for afspraak in programma.praktijkafspraken:
                if _geldt(afspraak, vandaag):
                    yield _met_herkomst(afspraak.afspraak, ingelezen)
        laatste = _laatste_vermogen(dossier)
        if laatste is not None:
            for afspraak in laatste[1].praktijkafspraken:
                if _geldt(afspraak, vandaag):
                    yield _met_herkomst(afspraak.afspraak, laatste[0])

    return _uniek(alle())


def _portfolio(dossier: Dossier) -> tuple[str, ...]:
    def alle() -> Iterator[str]:
        for ingelezen, portfolio in dossier.van_soort(Portfolio):
            yield _met_herkomst(portfolio.titel, ingelezen)
            for verhaal in portfolio.verhalen:
                yield _met_herkomst(verhaal.titel, ingelezen)

    return _uniek(alle())


def _casuspatronen(dossier: Dossier, vandaag: dt.date) -> tuple[str, ...]:
    """De titels van de patronen over casussen, nooit een casus zelf. Openbaar: het overzicht
    dat de openbaar-context vooraf maakte (alleen vanaf de drempel), zoals ``analyse casus
    --openbaar``."""
    context = actief()
    if context is not None:
        overzicht = context.casusoverzicht(dossier.map)
    else:
        resultaat = casusanalyse.ANALYSE.op_dossier(dossier, vandaag)
        overzicht = resultaat.details.overzicht if resultaat is not None else None
    if overzicht is None:
        return ()
    patronen = casusanalyse.openbaar_resultaat(dossier.naam, 0, overzicht, vandaag)
    return _uniek(b.titel for b in patronen.bevindingen)


def buurtbeeld(dossier: Dossier, vandaag: dt.date) -> Buurtbeeld:
    """Waar een buurt een voorbeeld van is, op ``vandaag``."""
    lokaal, professioneel = _schakels(dossier)
    onderdelen = {
        "themas": tuple(kop_van(dossier)["themas"]),
        "voorbeeld": _voorbeeld(dossier),
        "initiatieven": _initiatieven(dossier),
        "lokale-schakels": lokaal,
        "praktijkafspraken": _praktijkafspraken(dossier, vandaag),
        "portfolio": _portfolio(dossier),
        "casuspatronen": _casuspatronen(dossier, vandaag),
    }
    return Buurtbeeld(dossier.naam, onderdelen, professioneel)


def _citaat(items: Sequence[str]) -> str:
    return opsomming_kort([f"'{i}'" for i in items], NOEMT)


def _ontbreekt(onderdeel: str, vraag: str, beelden: Sequence[Buurtbeeld]) -> Bevinding | None:
    """Eén bevinding: elke buurt zonder dit onderdeel krijgt een vraag aan de buurten met."""
    met = [b for b in beelden if b.onderdelen[onderdeel]]
    zonder = [b for b in beelden if not b.onderdelen[onderdeel]]
    if not met or not zonder:
        return None
    vragen = " ".join(
        f"Vraag {m.buurt}: {vraag.format(items=_citaat(m.onderdelen[onderdeel]))}" for m in met
    )
    return Bevinding(
        code=f"vergelijk-{onderdeel}",
        titel=f"{LABELS[onderdeel][:1].upper()}{LABELS[onderdeel][1:]}: "
        f"{opsomming([b.buurt for b in zonder])} kan leren van "
        f"{opsomming([b.buurt for b in met])}",
        tekst=(
            f"{opsomming([b.buurt for b in zonder])} heeft nog geen {LABELS[onderdeel]}; "
            f"{opsomming([b.buurt for b in met])} wel. {vragen} Niet om gelijk te worden: neem "
            "mee wat bij de eigen buurt past."
        ),
        regel=REGEL_FASE4,
        over=tuple(b.buurt for b in zonder) + tuple(b.buurt for b in met),
        gewicht="aandacht",
    )


def _lokaal(beelden: Sequence[Buurtbeeld]) -> Bevinding | None:
    """Buurten waar de schakels vooral professionals zijn, naast buurten waar ze vooral uit de
    lokale gemeenschap komen (002, hoofdstuk 6, instrument 1, stap 3)."""
    def vooral_lokaal(b: Buurtbeeld) -> bool:
        return len(b.onderdelen["lokale-schakels"]) > len(b.professionele_schakels)

    lokaal = [b for b in beelden if vooral_lokaal(b)]
    professioneel = [b for b in beelden
                     if not vooral_lokaal(b) and b.professionele_schakels]
    if not lokaal or not professioneel:
        return None
    vragen = " ".join(
        f"Vraag {b.buurt} hoe ze schakels als {_citaat(b.onderdelen['lokale-schakels'])} in de "
        "lokale gemeenschap vonden." for b in lokaal
    )
    return Bevinding(
        code="vergelijk-schakels-professioneel",
        titel=f"Schakels vooral professionals in {opsomming([b.buurt for b in professioneel])}",
        tekst=(
            f"In {opsomming([b.buurt for b in professioneel])} zijn de schakels vooral "
            f"professionals ({_citaat(professioneel[0].professionele_schakels)}); in "
            f"{opsomming([b.buurt for b in lokaal])} komen ze vooral uit de lokale gemeenschap. "
            f"{vragen}"
        ),
        regel=REGEL_LOKAAL,
        over=tuple(b.buurt for b in professioneel) + tuple(b.buurt for b in lokaal),
        gewicht="aandacht",
    )


def _zelfde_thema(beelden: Sequence[Buurtbeeld]) -> Bevinding | None:
    """Een thema waar meer dan één buurt aan werkt: het beste gesprek om mee te beginnen."""
    gedeeld = {
        thema: [b.buurt for b in beelden if thema in b.onderdelen["themas"]]
        for b in beelden for thema in b.onderdelen["themas"]
    }
    gedeeld = {thema: buurten for thema, buurten in gedeeld.items() if len(buurten) > 1}
    if not gedeeld:
        return None
    zinnen = " ".join(
        f"'{thema}' speelt in {opsomming(buurten)}: vraag elkaar wie er de schakels zijn, welk "
        "initiatief eruit voortkwam en wat de ander anders aanpakt."
        for thema, buurten in gedeeld.items()
    )
    return Bevinding(
        code="vergelijk-zelfde-thema",
        titel=f"Zelfde thema in meer buurten: {opsomming([f'{t!r}' for t in gedeeld])}",
        tekst=zinnen,
        regel=REGEL_FASE4,
        over=tuple(gedeeld),
        gewicht="info",
    )


def vergelijk(mappen: list[Path], vandaag: dt.date) -> Uitvoering:
    """Zet twee of meer dossiers naast elkaar: waar elke buurt een voorbeeld van is. Fouten in
    een dossier volgen het ene beleid (:mod:`stelselkit.opdrachten.analyse`): de vergelijking
    komt er, met vooraan de bevinding over de fouten."""
    dossiers = [laad_dossier(m) for m in mappen]
    fouten = tuple(sorted({p for d in dossiers for p in d.fouten}))
    beelden = tuple(buurtbeeld(d, vandaag) for d in dossiers)
    kandidaten = [_ontbreekt(i, vraag, beelden) for i, _, vraag in ONDERDELEN if vraag]
    kandidaten += [_lokaal(beelden), _zelfde_thema(beelden)]
    details = Vergelijking(beelden, leervragen_naast_elkaar(mappen, vandaag))
    kerncijfers = (Kerncijfer(id="buurten", label="buurten", waarde=len(beelden),
                              uitleg="zoveel buurten liggen naast elkaar; geen rangorde"),)
    resultaat = Resultaat(
        analyse="vergelijk",
        peildatum=vandaag,
        kerncijfers=kerncijfers,
        # fase 4 is één regel: wat de een heeft en de ander niet en de gedeelde thema's samen in
        # één bevinding, het zwaarste voorop (#15)
        bevindingen=tuple(een_per_regel([b for b in kandidaten if b is not None])),
        details=details,
    )
    return Uitvoering(resultaat.met_dossierfouten(fouten), fouten)
