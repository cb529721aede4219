"""Omgevingsanalyse: de mogelijkmakende omgeving rond eigen kracht (002 instr. 3; 000 bijlage 4).

In het midden staat de eigen kracht, daaromheen de kringen. Elke kring wordt bevraagd vanuit de
vier invalshoeken (betrokkenheid, kennis, inzet, vermogen) met elk zes vragen. Deze analyse laat
zien:

- de **dekking**: hoeveel van de zes vragen per kring en invalshoek beantwoord zijn;
- elke kring die nergens zegt hoe ze aansluit bij eigen kracht of hoe ze zichzelf **overbodig**
  maakt (de twee vragen die in elke invalshoek terugkomen);
- waar de **inzet** (besteding in uren of euro's) leunt op specifieke voorzieningen en de tweede
  lijn terwijl netwerken en algemene voorzieningen dun blijven;
- de **inzet per lijn** (nulde, eerste, tweede) per periode en het verschil per lijn tussen
  opeenvolgende perioden. De proeftuinen zochten "een verschuiving … waardoor met name het beroep
  op de tweede lijnszorg en dienstverlening afneemt" (001, §4). Alleen totalen en hun verschillen:
  welke afname bij welke toename hoort, staat niet in de cijfers, dus de analyse verzint geen
  stromen ("20 uur van de tweede naar de nulde lijn").

De besteding van alle meegegeven bestanden telt per periode samen (de periode is het label in
``besteding``). Dragen meerdere omgevingsanalyses bij aan dezelfde periode, dan zegt een bevinding
dat ze zijn opgeteld en dat overlap dubbel telt; de details houden de inzet per analyse apart.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from pathlib import Path

from stelselkit import methode
from stelselkit.analyse import Bevinding, Gewicht, dossierfouten, gesorteerd
from stelselkit.fouten import Probleem
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Omgevingsanalyse
from stelselkit.model.omgevingsanalyse import Kring
from stelselkit.regels import regel
from stelselkit.taal import opsomming

Bron = tuple[Ingelezen, Omgevingsanalyse, Dossier | None]

INVALSHOEK_IDS: tuple[str, ...] = tuple(i.id for i in methode.INVALSHOEKEN)
VRAGEN_PER_INVALSHOEK = 6
LIJN_IDS: tuple[str, ...] = methode.ids(methode.LIJNEN)
KRING_IDS: tuple[str, ...] = methode.ids(methode.KRINGEN)
# De maatschappelijk thema-kring is context (002 instr. 3) en komt daarom altijd buitenom.
CONTEXTKRING = "thema"

# Drempels, hier vastgelegd zodat ze uit te leggen zijn:
# een kring is "dun bevraagd" als minder dan de helft van zijn 24 vragen een antwoord heeft;
DREMPEL_DEKKING = 0.5
# de inzet "leunt" op de tweede lijn of op specifieke voorzieningen als die minstens de helft
# krijgen, en netwerken en algemene voorzieningen zijn "dun" als ze samen minder dan een kwart
# krijgen.
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

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "bestand": self.bestand,
            "titel": self.titel,
            "eigen_kracht": self.midden,
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


@dataclass
class OmgevingResultaat:
    """Wat de omgevingsanalyse oplevert."""

    omgevingen: list[Omgevingsbeeld]
    perioden: list[str]
    inzet_lijn: Inzet
    inzet_kring: Inzet
    inzet_analyse: Inzet
    kringnamen: dict[str, str]
    verschuivingen: list[Verschuiving]
    problemen: list[Probleem] = field(default_factory=list)
    bevindingen: list[Bevinding] = field(default_factory=list)

    def kerncijfers(self) -> dict[str, int | float | str]:
        """Aantal kringen, de dekking en de inzet per lijn in de laatste periode."""
        kringen = [k for o in self.omgevingen for k in o.kringen]
        vragen = sum(k.vragen for k in kringen)
        cijfers: dict[str, int | float | str] = {
            "omgevingsanalyses": len(self.omgevingen),
            "kringen": len(kringen),
            "dekking (%)": round(100 * sum(k.beantwoord for k in kringen) / vragen)
            if vragen else 0,
        }
        if self.perioden:
            laatste = self.perioden[-1]
            cijfers["laatste periode"] = laatste
            for eenheid in EENHEDEN:
                per_lijn = self.inzet_lijn[eenheid].get(laatste)
                if per_lijn:
                    for lijn in LIJN_IDS:
                        cijfers[f"{lijn} lijn ({eenheid})"] = per_lijn.get(lijn, 0.0)
        return cijfers

    def als_dict(self) -> dict[str, object]:
        return {
            "omgevingen": [o.als_dict() for o in self.omgevingen],
            "perioden": self.perioden,
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
            "kerncijfers": self.kerncijfers(),
            "problemen": [p.als_dict() for p in self.problemen],
            "bevindingen": [b.als_dict() for b in self.bevindingen],
        }


def getal(waarde: float) -> str:
    """Een getal zoals een Nederlandse lezer het schrijft: 1.500 en 2,5."""
    tekst = f"{waarde:,.2f}".rstrip("0").rstrip(".")
    return tekst.translate(str.maketrans(",.", ".,"))


def hoeveelheid(waarde: float, eenheid: str) -> str:
    return f"€ {getal(waarde)}" if eenheid == "euro" else f"{getal(waarde)} uur"


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
    return Omgevingsbeeld(ingelezen.id, ingelezen.naam, model.titel, _midden(model), kringen)


def _kringbevindingen(beeld: Omgevingsbeeld) -> list[Bevinding]:
    bevindingen = []
    # 002 instr. 3: de vraag "Hoe maak je jezelf overbodig?" staat in elke invalshoek; een kring
    # die hem nergens beantwoordt, werkt (nog) niet zichtbaar aan overbodig worden.
    zonder = [k for k in beeld.kringen if not k.overbodig]
    if zonder:
        bevindingen.append(Bevinding(
            code="kring-zonder-overbodig",
            titel=f"{beeld.titel}: kringen die niet zeggen hoe ze zichzelf overbodig maken",
            tekst=(
                f"Geen enkele invalshoek van {opsomming([k.naam for k in zonder])} beantwoordt "
                "'Hoe maak je jezelf overbodig?'. Vraag het deze kringen zelf: wat kan de buurt "
                "hier straks zonder hen?"
            ),
            regel=REGEL_OVERBODIG,
            over=tuple(k.id for k in zonder),
            gewicht="actie",
        ))
    # 002 instr. 3: "Hoe sluit dit aan bij eigen kracht?" in elke invalshoek.
    zonder = [k for k in beeld.kringen if not k.eigen_kracht]
    if zonder:
        bevindingen.append(Bevinding(
            code="kring-zonder-eigen-kracht",
            titel=f"{beeld.titel}: kringen zonder aansluiting bij eigen kracht",
            tekst=(
                f"Geen enkele invalshoek van {opsomming([k.naam for k in zonder])} beantwoordt "
                f"'Hoe sluit dit aan bij eigen kracht?'. Vraag hoe hun inzet vertrekt vanuit "
                f"wat {beeld.midden} zelf kan."
            ),
            regel=REGEL_EIGEN_KRACHT,
            over=tuple(k.id for k in zonder),
            gewicht="actie",
        ))
    # 002 instr. 3: vier invalshoeken × zes vragen per kring; onder de helft is dun bevraagd.
    dun = [k for k in beeld.kringen if k.beantwoord < DREMPEL_DEKKING * k.vragen]
    if dun:
        lijst = [f"{k.naam} ({k.beantwoord} van {k.vragen})" for k in dun]
        bevindingen.append(Bevinding(
            code="kring-dun-bevraagd",
            titel=f"{beeld.titel}: dun bevraagde kringen",
            tekst=(
                f"Minder dan de helft van de vragen is beantwoord voor {opsomming(lijst)}. "
                "Ga met deze kringen in gesprek over hun betrokkenheid, kennis, inzet en "
                "vermogen."
            ),
            regel=REGEL_DEKKING,
            over=tuple(k.id for k in dun),
        ))
    return bevindingen


def _tel_inzet(bronnen: list[Bron]) -> tuple[Inzet, Inzet, Inzet, dict[str, str]]:
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


def _verschuivingsbevinding(verschuivingen: list[Verschuiving]) -> Bevinding:
    """Eén bevinding over de verschillen per lijn; het oordeel volgt de laatste stap per eenheid."""
    laatste = {v.eenheid: v for v in verschuivingen}
    tweede = [v.verschil["tweede"] for v in laatste.values()]
    # 001 §4: het doel is dat het beroep op de tweede lijn afneemt.
    gewicht: Gewicht = "aandacht" if any(t > 0 for t in tweede) else "info"
    if any(t > 0 for t in tweede):
        oordeel = (
            "Het beroep op de tweede lijn neemt toe. Zoek met de kringen naar terugschakelen: "
            "\"zo snel mogelijk vanuit de tweede lijn terug naar de eerste en de nulde lijn\" "
            "(001, §5)."
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
                 kringen: dict[str, float], kringnamen: dict[str, str]) -> Bevinding | None:
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
    return Bevinding(
        code="inzet-leunt-op-tweede-lijn",
        titel=f"In {periode} leunt de inzet op de tweede lijn en specifieke voorzieningen",
        tekst=(
            f"In {periode} gaat {_procent(lijnen['tweede'], totaal)}% van de {eenheid_tekst} "
            f"naar de tweede lijn en {round(100 * specifiek)}% naar "
            f"{kringnamen.get(VERWEG_KRING, 'specifieke voorzieningen').lower()}; "
            f"{' en '.join(namen)} krijgen samen {round(100 * dichtbij)}%. Zoek wat netwerken "
            "en algemene voorzieningen kunnen dragen, zodat het beroep op de tweede lijn kan "
            f"afnemen (drempels: tweede lijn of specifieke voorzieningen minstens "
            f"{round(100 * DREMPEL_LEUNT)}%, netwerken en algemene voorzieningen samen minder "
            f"dan {round(100 * DREMPEL_DUN)}%)."
        ),
        regel=REGEL_LIJNEN,
        over=("tweede", VERWEG_KRING, *DICHTBIJ_KRINGEN),
    )


def _inzetbevindingen(perioden: list[str], inzet_lijn: Inzet, inzet_kring: Inzet,
                      kringnamen: dict[str, str]) -> tuple[list[Verschuiving], list[Bevinding]]:
    bevindingen: list[Bevinding] = []
    verschuivingen: list[Verschuiving] = []
    if not perioden:
        # 000 §6, §10: zonder inzet per lijn is de verschuiving niet te volgen.
        bevindingen.append(Bevinding(
            code="geen-besteding",
            titel="Nog geen inzet per lijn",
            tekst=(
                "Geen enkele kring heeft 'besteding' (uren of euro's per lijn en periode). Voeg "
                "die toe om te laten zien of de inzet verschuift van de tweede naar de eerste en "
                "nulde lijn."
            ),
            regel=REGEL_LIJNEN,
            gewicht="info",
        ))
        return verschuivingen, bevindingen
    for eenheid in EENHEDEN:
        reeks = inzet_lijn[eenheid]
        labels = list(reeks)
        verschuivingen += [verschuiving(eenheid, van, naar, reeks[van], reeks[naar])
                           for van, naar in itertools.pairwise(labels)]
        if labels:
            laatste = labels[-1]
            zwaar = _zwaartepunt(eenheid, laatste, reeks[laatste],
                                 inzet_kring[eenheid][laatste], kringnamen)
            if zwaar:
                bevindingen.append(zwaar)
    if verschuivingen:
        bevindingen.insert(0, _verschuivingsbevinding(verschuivingen))
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


def analyseer(bronnen: list[Bron]) -> OmgevingResultaat:
    """Analyseer een of meer omgevingsanalyses (elk met zijn dossier, als dat er is)."""
    bronnen = sorted(bronnen, key=lambda b: (b[0].naam, b[0].id))
    omgevingen = [omgevingsbeeld(i, m, d) for i, m, d in bronnen]
    inzet_lijn, inzet_kring, inzet_analyse, kringnamen = _tel_inzet(bronnen)
    perioden = sorted({p for e in EENHEDEN for p in inzet_lijn[e]})
    problemen = sorted({
        p for ingelezen, _, dossier in bronnen if dossier is not None
        for p in dossier.problemen if p.bestand == ingelezen.naam and p.niveau == "fout"
    })
    bevindingen = [b for o in omgevingen for b in _kringbevindingen(o)]
    verschuivingen, inzetbevindingen = _inzetbevindingen(perioden, inzet_lijn, inzet_kring,
                                                         kringnamen)
    bevindingen.extend(inzetbevindingen)
    overlap = _overlapbevinding(inzet_analyse)
    if overlap:
        bevindingen.append(overlap)
    if problemen:
        bevindingen.insert(0, dossierfouten(problemen))
    return OmgevingResultaat(
        omgevingen=omgevingen,
        perioden=perioden,
        inzet_lijn=inzet_lijn,
        inzet_kring=inzet_kring,
        inzet_analyse=inzet_analyse,
        kringnamen=kringnamen,
        verschuivingen=verschuivingen,
        problemen=problemen,
        bevindingen=gesorteerd(bevindingen),
    )


def dossier_analyse(dossier: Dossier, vandaag: dt.date) -> OmgevingResultaat | None:
    """Alle omgevingsanalyses van een dossier (``vandaag`` speelt hier geen rol)."""
    gevonden = dossier.van_soort(Omgevingsanalyse)
    if not gevonden:
        return None
    return analyseer([(i, m, dossier) for i, m in gevonden])


def kringen_svg(beeld: Omgevingsbeeld) -> str:
    """De kringen van één omgevingsanalyse als concentrische ringen (SVG)."""
    from stelselkit.weergave.svg_kringen import Ring, ringen_svg

    return ringen_svg(
        titel=beeld.titel,
        midden=beeld.midden,
        ringen=[Ring(k.naam, k.dekking) for k in beeld.kringen],
        vakken=tuple(i.naam for i in methode.INVALSHOEKEN),
        maximum=VRAGEN_PER_INVALSHOEK,
    )


def markdown(resultaat: OmgevingResultaat, sjablonen: Path | None = None) -> str:
    """Het rapport van de omgevingsanalyse in Markdown."""
    from stelselkit.weergave.sjablonen import render

    return render(
        "rapport/omgeving.md.j2",
        sjablonen,
        r=resultaat,
        invalshoeken=methode.INVALSHOEKEN,
        lijnen=methode.LIJNEN,
        eenheden=EENHEDEN,
        hoeveelheid=hoeveelheid,
        getal=getal,
    )
