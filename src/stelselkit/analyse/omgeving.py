"""Omgevingsanalyse: de mogelijkmakende omgeving rond eigen kracht (002, hoofdstuk 6,
instrument 3; 000, bijlage 4).

In het midden staat de eigen kracht, daaromheen de kringen. Elke kring wordt bevraagd vanuit de
vier invalshoeken (betrokkenheid, kennis, inzet, vermogen) met elk zes vragen. Deze analyse laat
zien:

- de **dekking**: hoeveel van de zes vragen per kring en invalshoek beantwoord zijn, en precies
  welke cellen (kring × invalshoek) nog leeg zijn: een kring die vanuit een invalshoek niet
  bevraagd is, of helemaal niet. Geen drempel als "minder dan de helft": de methode vraagt elke
  kring vanuit elke invalshoek, dus een lege cel is het gat, niet een percentage;
- elke bevraagde kring die nergens zegt hoe ze aansluit bij eigen kracht of hoe ze zichzelf
  **overbodig** maakt (de twee vragen die in elke invalshoek terugkomen);
- waar de **inzet** (besteding in uren of euro's) leunt op specifieke voorzieningen en de tweede
  lijn terwijl netwerken en algemene voorzieningen dun blijven;
- de **inzet per lijn** (nulde, eerste, tweede) per periode en het verschil per lijn tussen
  opeenvolgende perioden. De proeftuinen zochten "een verschuiving … waardoor met name het beroep
  op de tweede lijnszorg en dienstverlening afneemt" (001, §4). Alleen totalen en hun verschillen:
  welke afname bij welke toename hoort, staat niet in de cijfers, dus de analyse verzint geen
  stromen tussen de lijnen.

De besteding van alle meegegeven bestanden telt per periode samen (de periode is het label in
``besteding``). Dragen meerdere omgevingsanalyses bij aan dezelfde periode, dan zegt een bevinding
dat ze zijn opgeteld en dat overlap dubbel telt; de details houden de inzet per analyse apart.

Meerdere omgevingsanalyses rond dezelfde eigen kracht zijn momentopnamen: de regels over kringen
kijken naar de laatste (op ``datum``). Eén bevinding per regel, ook bij meerdere
omgevingsanalyses: ``over`` noemt dan ``analyse-id/kring-id``. Een omgevingsanalyse met
``herkomst: reconstructie`` of ``plaatshouder`` wordt in elke bevinding die erop rust genoemd.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from stelselkit import methode
from stelselkit.analyse import (
    Analyse,
    Bevinding,
    Gewicht,
    Kerncijfer,
    Resultaat,
    een_per_regel,
    gesorteerd,
    herkomst,
)
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Omgevingsanalyse
from stelselkit.model.basis import Datum
from stelselkit.model.omgevingsanalyse import Kring
from stelselkit.regels import Regel, regel
from stelselkit.taal import getal, opsomming

Bron = tuple[Ingelezen, Omgevingsanalyse, Dossier | None]

INVALSHOEK_IDS: tuple[str, ...] = tuple(i.id for i in methode.INVALSHOEKEN)
VRAGEN_PER_INVALSHOEK = 6
LIJN_IDS: tuple[str, ...] = methode.ids(methode.LIJNEN)
KRING_IDS: tuple[str, ...] = methode.ids(methode.KRINGEN)
# De maatschappelijk thema-kring is context (002 instr. 3) en komt daarom altijd buitenom.
CONTEXTKRING = "thema"

# Drempels, hier vastgelegd zodat ze uit te leggen zijn: de inzet "leunt" op de tweede lijn of
# op specifieke voorzieningen als die minstens de helft krijgen, en netwerken en algemene
# voorzieningen zijn "dun" als ze samen minder dan een kwart krijgen.
DREMPEL_LEUNT = 0.5
DREMPEL_DUN = 0.25
DICHTBIJ_KRINGEN: tuple[str, ...] = ("netwerken", "algemene-voorzieningen")
VERWEG_KRING = "specifieke-voorzieningen"

LIDWOORD: dict[str, str] = {"persoon": "de", "gezin": "het", "organisatie": "de",
                           "gemeenschap": "de"}

# Eenheden van besteding: sleutel in het bestand en hoe een hoeveelheid gezegd wordt.
EENHEDEN: tuple[str, ...] = ("uren", "euro")

REGEL_OVERBODIG = regel("omgeving-overbodig")
REGEL_EIGEN_KRACHT = regel("omgeving-eigen-kracht")
REGEL_DEKKING = regel("omgeving-dekking")
REGEL_LIJNEN = regel("inzet-per-lijn")


def hoeveelheid(waarde: float, eenheid: str) -> str:
    """``1500, "euro"`` → ``€ 1.500``; ``2.5, "uren"`` → ``2,5 uur``."""
    return f"€ {getal(waarde)}" if eenheid == "euro" else f"{getal(waarde)} uur"


@dataclass(frozen=True)
class Kringbeeld:
    """Eén kring: hoeveel vragen per invalshoek beantwoord zijn."""

    id: str
    naam: str
    dekking: tuple[int, ...]  # per invalshoek, in de volgorde van INVALSHOEK_IDS
    eigen_kracht: bool  # ergens beantwoord: "Hoe sluit dit aan bij eigen kracht?"
    overbodig: bool  # ergens beantwoord: "Hoe maak je jezelf overbodig?"

    @property
    def beantwoord(self) -> int:
        return sum(self.dekking)

    @property
    def vragen(self) -> int:
        return VRAGEN_PER_INVALSHOEK * len(INVALSHOEK_IDS)

    @property
    def lege_invalshoeken(self) -> tuple[str, ...]:
        """De invalshoeken (ids) van waaruit deze kring geen enkel antwoord heeft."""
        return tuple(i for i, n in zip(INVALSHOEK_IDS, self.dekking, strict=True) if n == 0)

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "naam": self.naam,
            "dekking": dict(zip(INVALSHOEK_IDS, self.dekking, strict=True)),
            "beantwoord": self.beantwoord,
            "vragen": self.vragen,
            "eigen_kracht": self.eigen_kracht,
            "overbodig": self.overbodig,
        }


@dataclass(frozen=True)
class Omgevingsbeeld:
    """Eén omgevingsanalyse: de eigen kracht in het midden en de kringen van binnen naar buiten."""

    id: str
    bestand: str
    titel: str
    midden: str  # van wie de eigen kracht is; bij prive alleen de soort (AVG)
    kringen: tuple[Kringbeeld, ...]
    herkomst: str | None = None  # "reconstructie" of "plaatshouder" (met toelichting)
    datum: Datum | None = None

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "bestand": self.bestand,
            "titel": self.titel,
            "datum": self.datum.isoformat() if self.datum else None,
            "eigen_kracht": self.midden,
            "herkomst": self.herkomst,
            "kringen": [k.als_dict() for k in self.kringen],
        }


@dataclass(frozen=True)
class Verschuiving:
    """Het verschil in inzet per lijn tussen twee opeenvolgende perioden: alleen totalen."""

    eenheid: str
    van_periode: str
    naar_periode: str
    verschil: dict[str, float]  # per lijn: nieuw min oud

    @property
    def tekst(self) -> str:
        delen = [
            f"{hoeveelheid(abs(h), self.eenheid)} {'meer' if h > 0 else 'minder'} in de {lijn} "
            "lijn"
            for lijn, h in self.verschil.items() if h
        ]
        return opsomming(delen) if delen else "de inzet per lijn bleef gelijk"

    def als_dict(self) -> dict[str, object]:
        return {
            "eenheid": self.eenheid,
            "van": self.van_periode,
            "naar": self.naar_periode,
            "verschil": self.verschil,
            "tekst": self.tekst,
        }


# eenheid → periode → lijn of kring → totaal
Inzet = dict[str, dict[str, dict[str, float]]]


@dataclass(frozen=True)
class Omgeving:
    """De details van de omgevingsanalyse: kringen, inzet per lijn, kring en analyse."""

    omgevingen: tuple[Omgevingsbeeld, ...]
    perioden: tuple[str, ...]
    inzet_lijn: Inzet
    inzet_kring: Inzet
    inzet_analyse: Inzet
    kringnamen: dict[str, str]
    verschuivingen: tuple[Verschuiving, ...]

    @property
    def met_besteding(self) -> frozenset[str]:
        """De ids van de omgevingsanalyses die inzet (besteding) bijdragen."""
        return frozenset(i for per in self.inzet_analyse.values() for p in per.values()
                         for i in p)

    def als_dict(self) -> dict[str, object]:
        return {
            "omgevingen": [o.als_dict() for o in self.omgevingen],
            "perioden": list(self.perioden),
            "inzet": {
                eenheid: {
                    periode: {"lijnen": self.inzet_lijn[eenheid][periode],
                              "kringen": self.inzet_kring[eenheid][periode],
                              "analyses": self.inzet_analyse[eenheid][periode]}
                    for periode in self.perioden if periode in self.inzet_lijn[eenheid]
                }
                for eenheid in EENHEDEN
            },
            "verschuivingen": [v.als_dict() for v in self.verschuivingen],
        }


def _kerncijfers(omgeving: Omgeving) -> tuple[Kerncijfer, ...]:
    """Aantal analyses en kringen, de dekking, lege cellen en de inzet per lijn van nu."""
    kringen = [k for o in omgeving.omgevingen for k in o.kringen]
    vragen = sum(k.vragen for k in kringen)
    cijfers = [
        Kerncijfer(id="omgevingsanalyses", label="omgevingsanalyses",
                   waarde=len(omgeving.omgevingen),
                   uitleg="zoveel omgevingsanalyses liggen naast elkaar"),
        Kerncijfer(id="kringen", label="kringen", waarde=len(kringen),
                   uitleg="kringen rond eigen kracht, over alle omgevingsanalyses"),
        Kerncijfer(id="dekking", label="dekking",
                   waarde=round(100 * sum(k.beantwoord for k in kringen) / vragen)
                   if vragen else 0, eenheid="%",
                   uitleg="het deel van de vragen (vier invalshoeken × zes per kring) met een "
                   "antwoord"),
        Kerncijfer(id="lege-cellen", label="lege cellen",
                   waarde=sum(len(k.lege_invalshoeken) for o in
                              actuele_omgevingen(omgeving.omgevingen) for k in o.kringen),
                   uitleg="kring × invalshoek zonder een enkel antwoord, in de laatste "
                   "omgevingsanalyse per eigen kracht"),
    ]
    if omgeving.perioden:
        laatste = omgeving.perioden[-1]
        cijfers.append(Kerncijfer(id="laatste-periode", label="laatste periode", waarde=laatste,
                                  uitleg="de periode waarvan de inzet per lijn hieronder staat"))
        for eenheid in EENHEDEN:
            per_lijn = omgeving.inzet_lijn[eenheid].get(laatste)
            if per_lijn:
                cijfers += [
                    Kerncijfer(id=f"{lijn}-{eenheid}", label=f"{lijn} lijn ({eenheid})",
                               waarde=per_lijn.get(lijn, 0.0),
                               eenheid="uur" if eenheid == "uren" else "euro",
                               uitleg=f"de inzet in de {lijn} lijn in {laatste}")
                    for lijn in LIJN_IDS
                ]
    return tuple(cijfers)


def _beantwoord(tekst: str | None) -> bool:
    return bool(tekst and tekst.strip())


def _midden(model: Omgevingsanalyse) -> str:
    # AVG: bij een persoonlijke eigen kracht (prive) tonen we niet wie het is, alleen de soort.
    kracht = model.eigen_kracht
    return f"{LIDWOORD[kracht.soort]} {kracht.soort} (privé)" if kracht.prive else kracht.wie


def _kringnaam(sleutel: str, kring: Kring, keten: dict[str, str]) -> str:
    if kring.naam:
        return kring.naam
    if sleutel in KRING_IDS:
        return methode.naam_van(methode.KRINGEN, sleutel)
    return keten.get(sleutel, sleutel)


def _volgorde(sleutels: list[str], keten: list[str]) -> list[str]:
    """Van binnen naar buiten: standaardkringen, posities in ketenvolgorde, de rest, het thema."""

    def plaats(sleutel: str) -> tuple[int, int]:
        if sleutel == CONTEXTKRING:
            return (3, 0)
        if sleutel in KRING_IDS:
            return (0, KRING_IDS.index(sleutel))
        if sleutel in keten:
            return (1, keten.index(sleutel))
        return (2, sleutels.index(sleutel))

    return sorted(sleutels, key=plaats)


def _kringbeeld(sleutel: str, kring: Kring, naam: str) -> Kringbeeld:
    dekking = []
    eigen_kracht = overbodig = False
    for invalshoek in methode.INVALSHOEKEN:
        antwoorden = getattr(kring, invalshoek.id)
        if antwoorden is None:
            dekking.append(0)
            continue
        dekking.append(sum(_beantwoord(getattr(antwoorden, v)) for v, _ in invalshoek.vragen))
        eigen_kracht = eigen_kracht or _beantwoord(antwoorden.eigen_kracht)
        overbodig = overbodig or _beantwoord(antwoorden.overbodig)
    return Kringbeeld(sleutel, naam, tuple(dekking), eigen_kracht, overbodig)


def _keten(dossier: Dossier | None) -> list[methode.Term]:
    return dossier.posities() if dossier is not None else list(methode.POSITIES_KETEN)


def omgevingsbeeld(ingelezen: Ingelezen, model: Omgevingsanalyse,
                   dossier: Dossier | None) -> Omgevingsbeeld:
    """De kringen van één omgevingsanalyse, van binnen naar buiten, met hun dekking."""
    keten = _keten(dossier)
    namen = {t.id: t.naam for t in keten}
    volgorde = _volgorde(list(model.kringen), [t.id for t in keten])
    kringen = tuple(
        _kringbeeld(s, model.kringen[s], _kringnaam(s, model.kringen[s], namen))
        for s in volgorde
    )
    return Omgevingsbeeld(ingelezen.id, ingelezen.naam, model.titel, _midden(model), kringen,
                          herkomst.vermelding(model), model.datum)


def _herkomstzin(omgevingen: Sequence[Omgevingsbeeld]) -> str:
    """" Let op: dit rust op …" voor de gereconstrueerde analyses onder een bevinding."""
    return herkomst.zin([f"'{o.titel}' ({o.herkomst})" for o in omgevingen if o.herkomst])


def _per_omgeving(
    omgevingen: Sequence[Omgevingsbeeld], kies: dict[str, list[tuple[str, str]]]
) -> tuple[str, tuple[str, ...]]:
    """De tekst "A en B" (of bij meerdere analyses "A in 'X'; C in 'Y'") en de ``over`` erbij.

    ``kies``: per omgeving-id de gekozen (onderwerp, hoe een mens het leest); het onderwerp is
    een kring-id of ``kring-id/invalshoek``.
    """
    gekozen = [o for o in omgevingen if kies.get(o.id)]
    if len(omgevingen) == 1:
        o = gekozen[0]
        return opsomming([naam for _, naam in kies[o.id]]), tuple(s for s, _ in kies[o.id])
    tekst = "; ".join(
        f"{opsomming([naam for _, naam in kies[o.id]])} in '{o.titel}'" for o in gekozen
    )
    return tekst, tuple(f"{o.id}/{s}" for o in gekozen for s, _ in kies[o.id])


def _bevraagd(kring: Kringbeeld) -> bool:
    return kring.beantwoord > 0


def _vraagbevinding(
    omgevingen: Sequence[Omgevingsbeeld], veld: str, code: str, titel: str, vraag: str,
    advies: str, regel_: Regel,
) -> Bevinding | None:
    """Eén bevinding over de bevraagde kringen die ``vraag`` in geen enkele invalshoek
    beantwoorden (kringen zonder enig antwoord noemt de dekkingsregel al)."""
    kies = {o.id: [(k.id, k.naam) for k in o.kringen if _bevraagd(k) and not getattr(k, veld)]
            for o in omgevingen}
    if not any(kies.values()):
        return None
    lijst, over = _per_omgeving(omgevingen, kies)
    return Bevinding(
        code=code,
        titel=titel,
        tekst=f"Geen enkele invalshoek beantwoordt '{vraag}' voor {lijst}. {advies}"
        + _herkomstzin([o for o in omgevingen if kies[o.id]]),
        regel=regel_,
        over=over,
        gewicht="actie",
    )


def _dekkingsbevinding(omgevingen: Sequence[Omgevingsbeeld]) -> Bevinding | None:
    """Precies de lege cellen: eerst de kringen die vanuit geen enkele invalshoek bevraagd zijn,
    dan per kring de invalshoeken zonder antwoord (002 instr. 3: elke kring, vier invalshoeken).

    In ``over`` staat elke lege cel als ``kring/invalshoek``, een kring zonder enig antwoord als
    ``kring``; de tekst noemt per kring de lege invalshoeken samen.
    """
    invalshoeknaam = {i.id: i.naam.lower() for i in methode.INVALSHOEKEN}
    kies: dict[str, list[tuple[str, str]]] = {}
    over_per: dict[str, list[str]] = {}
    for o in omgevingen:
        heel = [k for k in o.kringen if not _bevraagd(k)]
        deels = [k for k in o.kringen if _bevraagd(k) and k.lege_invalshoeken]
        kies[o.id] = [(k.id, f"{k.naam} (geen enkele invalshoek)") for k in heel] + [
            (k.id, f"{k.naam} ({opsomming([invalshoeknaam[i] for i in k.lege_invalshoeken])})")
            for k in deels
        ]
        over_per[o.id] = [k.id for k in heel] + [
            f"{k.id}/{i}" for k in deels for i in k.lege_invalshoeken
        ]
    if not any(kies.values()):
        return None
    lijst, _ = _per_omgeving(omgevingen, kies)
    meerdere = len(omgevingen) > 1
    over = tuple(f"{o_id}/{s}" if meerdere else s for o_id, cellen in over_per.items()
                 for s in cellen)
    return Bevinding(
        code="kring-niet-bevraagd",
        titel="Kringen die vanuit een invalshoek nog niet bevraagd zijn",
        tekst=(
            f"Nog geen enkel antwoord: {lijst}. Stel juist deze kringen de vragen van die "
            "invalshoek (bijvoorbeeld 'Wat is je kennis?' of 'Wat is je vermogen?'), zodat te "
            "zien is wat ze bijdragen aan eigen kracht."
        ) + _herkomstzin([o for o in omgevingen if kies[o.id]]),
        regel=REGEL_DEKKING,
        over=over,
    )


def actuele_omgevingen(omgevingen: Sequence[Omgevingsbeeld]) -> tuple[Omgevingsbeeld, ...]:
    """Per eigen kracht de laatste omgevingsanalyse (op ``datum``, dan op bestandsnaam).

    Twee omgevingsanalyses rond dezelfde eigen kracht zijn momentopnamen van één omgeving: wat
    in 2013 nog open stond en in 2014 beantwoord is, is geen bevinding meer.
    """
    laatste: dict[str, Omgevingsbeeld] = {}
    for o in sorted(omgevingen, key=lambda o: (o.datum.begin if o.datum else dt.date.min,
                                               o.bestand)):
        laatste[o.midden] = o
    return tuple(o for o in omgevingen if laatste[o.midden] is o)


def _kringbevindingen(omgevingen: Sequence[Omgevingsbeeld]) -> list[Bevinding]:
    if not omgevingen:
        return []
    midden = opsomming(list(dict.fromkeys(o.midden for o in omgevingen)), "of")
    kandidaten = [
        _dekkingsbevinding(omgevingen),
        # 002 instr. 3: "Hoe maak je jezelf overbodig?" staat in elke invalshoek.
        _vraagbevinding(
            omgevingen, "overbodig", "kring-zonder-overbodig",
            "Kringen die niet zeggen hoe ze zichzelf overbodig maken",
            "Hoe maak je jezelf overbodig?",
            "Vraag het deze kringen zelf: wat kan de buurt hier straks zonder hen?",
            REGEL_OVERBODIG,
        ),
        # 002 instr. 3: "Hoe sluit dit aan bij eigen kracht?" in elke invalshoek.
        _vraagbevinding(
            omgevingen, "eigen_kracht", "kring-zonder-eigen-kracht",
            "Kringen zonder aansluiting bij eigen kracht",
            "Hoe sluit dit aan bij eigen kracht?",
            f"Vraag hoe hun inzet vertrekt vanuit wat {midden} zelf kan.",
            REGEL_EIGEN_KRACHT,
        ),
    ]
    return [b for b in kandidaten if b is not None]


def _tel_inzet(bronnen: Sequence[Bron]) -> tuple[Inzet, Inzet, Inzet, dict[str, str]]:
    """Inzet per lijn, per kring en per analyse (eenheid → periode → sleutel → totaal)."""
    per_lijn: Inzet = {e: {} for e in EENHEDEN}
    per_kring: Inzet = {e: {} for e in EENHEDEN}
    per_analyse: Inzet = {e: {} for e in EENHEDEN}
    kringnamen: dict[str, str] = {}
    for ingelezen, model, dossier in bronnen:
        namen = {t.id: t.naam for t in _keten(dossier)}
        for sleutel, kring in model.kringen.items():
            for besteding in kring.besteding:
                kringnamen.setdefault(sleutel, _kringnaam(sleutel, kring, namen))
                for eenheid in EENHEDEN:
                    waarde = getattr(besteding, eenheid)
                    if waarde is None:
                        continue
                    lijnen = per_lijn[eenheid].setdefault(besteding.periode, {})
                    lijnen[besteding.lijn] = lijnen.get(besteding.lijn, 0.0) + waarde
                    kringen = per_kring[eenheid].setdefault(besteding.periode, {})
                    kringen[sleutel] = kringen.get(sleutel, 0.0) + waarde
                    analyses = per_analyse[eenheid].setdefault(besteding.periode, {})
                    analyses[ingelezen.id] = analyses.get(ingelezen.id, 0.0) + waarde
    for eenheid in EENHEDEN:
        per_lijn[eenheid] = {
            p: {lijn: per_lijn[eenheid][p].get(lijn, 0.0) for lijn in LIJN_IDS}
            for p in sorted(per_lijn[eenheid])
        }
        per_kring[eenheid] = {p: dict(sorted(per_kring[eenheid][p].items()))
                              for p in sorted(per_kring[eenheid])}
        per_analyse[eenheid] = {p: dict(sorted(per_analyse[eenheid][p].items()))
                                for p in sorted(per_analyse[eenheid])}
    return per_lijn, per_kring, per_analyse, kringnamen


def verschuiving(eenheid: str, van: str, naar: str, oud: dict[str, float],
                 nieuw: dict[str, float]) -> Verschuiving:
    """Het verschil per lijn. Welke afname bij welke toename hoort, staat niet in de cijfers:
    daarom geen stromen tussen de lijnen, alleen totalen en hun verschillen (#15)."""
    verschil = {lijn: round(nieuw.get(lijn, 0.0) - oud.get(lijn, 0.0), 6) for lijn in LIJN_IDS}
    return Verschuiving(eenheid, van, naar, verschil)


def _verschuivingsbevinding(verschuivingen: Sequence[Verschuiving]) -> Bevinding:
    """Eén bevinding over de verschillen per lijn; het oordeel volgt de laatste stap per eenheid."""
    laatste = {v.eenheid: v for v in verschuivingen}
    tweede = [v.verschil["tweede"] for v in laatste.values()]
    # 001 §4: het doel is dat het beroep op de tweede lijn afneemt.
    gewicht: Gewicht = "aandacht" if any(t > 0 for t in tweede) else "info"
    if any(t > 0 for t in tweede):
        oordeel = (
            "Het beroep op de tweede lijn neemt toe. Zoek met de kringen naar terugschakelen: "
            "\"zo snel mogelijk vanuit de tweede lijn terug naar de eerste en de nulde lijn\" "
            "(001, §5.2, punt 16)."
        )
    elif any(t < 0 for t in tweede):
        oordeel = "Het beroep op de tweede lijn neemt af: de richting die de proeftuinen zochten."
    else:
        oordeel = "Het beroep op de tweede lijn blijft gelijk."
    delen = [
        f"Van {v.van_periode} naar {v.naar_periode}"
        + (" (euro's)" if v.eenheid == "euro" else "") + f": {v.tekst}"
        for v in verschuivingen
    ]
    return Bevinding(
        code="verschuiving-lijnen",
        titel="Inzet per lijn van periode tot periode",
        tekst=f"{'. '.join(delen)}. {oordeel} De cijfers zijn totalen per lijn; welke afname bij "
        "welke toename hoort, zeggen ze niet.",
        regel=REGEL_LIJNEN,
        over=tuple(lijn for lijn in LIJN_IDS if any(v.verschil[lijn] for v in verschuivingen)),
        gewicht=gewicht,
    )


def _overlapbevinding(per_analyse: Inzet) -> Bevinding | None:
    """Meerdere omgevingsanalyses in één periode: hun inzet is opgeteld; overlap telt dubbel."""
    samen = sorted({(periode, tuple(ids)) for per_periode in per_analyse.values()
                    for periode, ids in per_periode.items() if len(ids) > 1})
    if not samen:
        return None
    return Bevinding(
        code="inzet-opgeteld",
        titel="De inzet van meerdere omgevingsanalyses is opgeteld",
        tekst=(
            "; ".join(f"in {periode}: {opsomming(list(ids))}" for periode, ids in samen)
            + ". Beschrijven ze dezelfde inzet vanuit een andere eigen kracht (een gezin en de "
            "hele gemeenschap), dan telt die inzet dubbel in de totalen per lijn. Geef alleen de "
            "bestanden mee die samen één omgeving beschrijven; de inzet per analyse staat in de "
            "details."
        ),
        regel=REGEL_LIJNEN,
        over=tuple(dict.fromkeys(i for _, ids in samen for i in ids)),
    )


def _procent(deel: float, totaal: float) -> int:
    return round(100 * deel / totaal)


def _zwaartepunt(eenheid: str, periode: str, lijnen: dict[str, float],
                 kringen: dict[str, float], kringnamen: dict[str, str]) -> str | None:
    """De zin over één eenheid als de inzet op de tweede lijn leunt, anders ``None``."""
    totaal = sum(lijnen.values())
    if not totaal:
        return None
    tweede = lijnen["tweede"] / totaal
    specifiek = kringen.get(VERWEG_KRING, 0.0) / totaal
    dichtbij = sum(kringen.get(k, 0.0) for k in DICHTBIJ_KRINGEN) / totaal
    # 000 §6, §10 en 001 §4: de inzet hoort te verschuiven naar de nulde en eerste lijn, dicht bij
    # de buurt. Zwaar leunen op tweede lijn of specifieke voorzieningen terwijl netwerken en
    # algemene voorzieningen dun blijven, is het omgekeerde.
    if max(tweede, specifiek) < DREMPEL_LEUNT or dichtbij >= DREMPEL_DUN:
        return None
    eenheid_tekst = "uren" if eenheid == "uren" else "euro's"
    namen = [methode.naam_van(methode.KRINGEN, k).lower() for k in DICHTBIJ_KRINGEN]
    return (
        f"In {periode} gaat {_procent(lijnen['tweede'], totaal)}% van de {eenheid_tekst} "
        f"naar de tweede lijn en {round(100 * specifiek)}% naar "
        f"{kringnamen.get(VERWEG_KRING, 'specifieke voorzieningen').lower()}; "
        f"{' en '.join(namen)} krijgen samen {round(100 * dichtbij)}%."
    )


def _zwaartepuntbevinding(perioden: Sequence[str], inzet_lijn: Inzet, inzet_kring: Inzet,
                          kringnamen: dict[str, str]) -> Bevinding | None:
    """Eén bevinding over de laatste periode, met een zin per eenheid die op de tweede lijn
    leunt."""
    zinnen = []
    for eenheid in EENHEDEN:
        reeks = inzet_lijn[eenheid]
        if reeks:
            laatste = list(reeks)[-1]
            zin = _zwaartepunt(eenheid, laatste, reeks[laatste], inzet_kring[eenheid][laatste],
                               kringnamen)
            if zin:
                zinnen.append((laatste, zin))
    if not zinnen:
        return None
    periode = zinnen[-1][0] if len({p for p, _ in zinnen}) == 1 else perioden[-1]
    return Bevinding(
        code="inzet-leunt-op-tweede-lijn",
        titel=f"In {periode} leunt de inzet op de tweede lijn en specifieke voorzieningen",
        tekst=(
            " ".join(z for _, z in zinnen)
            + " Zoek wat netwerken en algemene voorzieningen kunnen dragen, zodat het beroep op "
            f"de tweede lijn kan afnemen (drempels: tweede lijn of specifieke voorzieningen "
            f"minstens {round(100 * DREMPEL_LEUNT)}%, netwerken en algemene voorzieningen samen "
            f"minder dan {round(100 * DREMPEL_DUN)}%)."
        ),
        regel=REGEL_LIJNEN,
        over=("tweede", VERWEG_KRING, *DICHTBIJ_KRINGEN),
    )


def _inzetbevindingen(perioden: Sequence[str], inzet_lijn: Inzet, inzet_kring: Inzet,
                      kringnamen: dict[str, str]) -> tuple[list[Verschuiving], list[Bevinding]]:
    if not perioden:
        # 000 §6, §10: zonder inzet per lijn is de verschuiving niet te volgen.
        return [], [Bevinding(
            code="geen-besteding",
            titel="Nog geen inzet per lijn",
            tekst=(
                "Geen enkele kring heeft 'besteding' (uren of euro's per lijn en periode). Voeg "
                "die toe om te laten zien of de inzet verschuift van de tweede naar de eerste en "
                "nulde lijn."
            ),
            regel=REGEL_LIJNEN,
            gewicht="info",
        )]
    verschuivingen = [
        verschuiving(eenheid, van, naar, inzet_lijn[eenheid][van], inzet_lijn[eenheid][naar])
        for eenheid in EENHEDEN for van, naar in itertools.pairwise(inzet_lijn[eenheid])
    ]
    bevindingen = [_verschuivingsbevinding(verschuivingen)] if verschuivingen else []
    zwaar = _zwaartepuntbevinding(perioden, inzet_lijn, inzet_kring, kringnamen)
    if zwaar:
        bevindingen.append(zwaar)
    if len(perioden) == 1:
        bevindingen.append(Bevinding(
            code="een-periode",
            titel="Eén periode: nog geen verschuiving te zien",
            tekst=(
                f"Er is alleen inzet voor {perioden[0]}. Leg de inzet per lijn ook voor een "
                "volgende periode vast om de verschuiving te zien."
            ),
            regel=REGEL_LIJNEN,
            gewicht="info",
        ))
    return verschuivingen, bevindingen


def _met_herkomst_inzet(bevinding: Bevinding, omgevingen: Sequence[Omgevingsbeeld],
                        met_besteding: frozenset[str]) -> Bevinding:
    """Een bevinding over de inzet noemt de gereconstrueerde analyses waar die inzet uit komt."""
    return herkomst.met_herkomst(bevinding, [f"'{o.titel}' ({o.herkomst})" for o in omgevingen
                                             if o.herkomst and o.id in met_besteding])


def analyseer(bronnen: Sequence[Bron], vandaag: dt.date | None = None) -> Resultaat[Omgeving]:
    """Analyseer een of meer omgevingsanalyses (elk met zijn dossier, als dat er is).

    ``vandaag`` speelt geen rol: de omgevingsanalyse hangt niet af van de peildatum.
    """
    bronnen = sorted(bronnen, key=lambda b: (b[0].naam, b[0].id))
    omgevingen = tuple(omgevingsbeeld(i, m, d) for i, m, d in bronnen)
    inzet_lijn, inzet_kring, inzet_analyse, kringnamen = _tel_inzet(bronnen)
    perioden = sorted({p for e in EENHEDEN for p in inzet_lijn[e]})
    verschuivingen, inzetbevindingen = _inzetbevindingen(perioden, inzet_lijn, inzet_kring,
                                                         kringnamen)
    overlap = _overlapbevinding(inzet_analyse)
    if overlap:
        inzetbevindingen.append(overlap)
    # alles over de inzet per lijn rust op één regel: één bevinding, de zwaarste voorop (#15)
    inzetbevindingen = een_per_regel(inzetbevindingen)
    details = Omgeving(
        omgevingen=omgevingen,
        perioden=tuple(perioden),
        inzet_lijn=inzet_lijn,
        inzet_kring=inzet_kring,
        inzet_analyse=inzet_analyse,
        kringnamen=kringnamen,
        verschuivingen=tuple(verschuivingen),
    )
    bevindingen = _kringbevindingen(actuele_omgevingen(omgevingen)) + [
        _met_herkomst_inzet(b, omgevingen, details.met_besteding) for b in inzetbevindingen
    ]
    return Resultaat(
        analyse="omgeving",
        peildatum=None,
        kerncijfers=_kerncijfers(details),
        bevindingen=tuple(gesorteerd(bevindingen)),
        details=details,
    )


ANALYSE = Analyse(
    naam="omgeving",
    titel="Omgevingsanalyse",
    soort=Omgevingsanalyse,
    analyseer=analyseer,
)
