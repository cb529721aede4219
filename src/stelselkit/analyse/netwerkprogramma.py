"""Het netwerkprogramma als levende cyclus (001 §4.2–§4.3; 000 §8 fase 5).

Een netwerkprogramma van de gebiedsambassadeur volgt zeven stappen rond een actueel thema in een
periode. Deze analyse volgt wat eruit voortkomt, van het eerste gesprek tot een initiatief:

- elk **signaal** van een dorpsgesprek en elke **wens** of **mogelijkheid** van een
  brainstormbord: is het opgepakt in een thema, een initiatief of een gesprekstafel?
- elk **contact**: uitgenodigd, gekomen, betrokken of afgehaakt?
- elke **tafelkaart**: ambities, wie zich verbindt, vervolgafspraken en werkwijzen;
- elke bijeenkomst met gesprekstafels: een **gezamenlijke tijdlijn** aan het slot;
- elk netwerkprogramma: **bestaande gebeurtenissen** benut op de tijdlijn, een
  **slotbijeenkomst** met sleutelfiguren, en een **nieuw thema** voor de volgende periode.

Hoeveel weken een signaal mag wachten, is een keuze van de gebruiker (``--weken``), geen regel
van de methode: de methode zegt alleen dát signalen tot thema's en initiatieven kunnen leiden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from stelselkit import methode
from stelselkit.analyse import Analyse, Bevinding, Bron, Kerncijfer, Resultaat, gesorteerd
from stelselkit.analyse.bronnen import dossier_van
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Brainstormbord, Dorpsgesprek, Gesprekstafel, Netwerkprogramma
from stelselkit.model.basis import Datum
from stelselkit.regels import regel
from stelselkit.taal import aantal, opsomming

STANDAARD_WEKEN = 6
NIET_VASTGELEGD = "niet vastgelegd"  # een stap die het bestand niet noemt


# Wat een tafelkaart vraagt (001 §4.2), in de volgorde van de kaart.
KAARTVRAGEN: tuple[tuple[str, str], ...] = (
    ("ambities", "ambities"),
    ("wie", "wie zich verbindt"),
    ("vervolgafspraken", "vervolgafspraken"),
    ("werkwijzen", "werkwijzen"),
)


def _iso(datum: Datum | None) -> str | None:
    return datum.isoformat() if datum else None


@dataclass(frozen=True)
class Opvolging:
    """Een signaal, wens of mogelijkheid en waar het is opgepakt."""

    bron: str
    soort: str  # signaal, wens, mogelijkheid
    tekst: str
    datum: Datum | None
    opgepakt_in: str | None

    def als_dict(self) -> dict[str, object]:
        return {"bron": self.bron, "soort": self.soort, "tekst": self.tekst,
                "datum": _iso(self.datum), "opgepakt_in": self.opgepakt_in}


@dataclass(frozen=True)
class Contactstand:
    """Een contact uit een dorpsgesprek, met zijn status en zijn vervolg."""

    bron: str
    label: str
    status: str
    datum: Datum | None
    uitgenodigd_voor: str | None
    vervolgdatum: Datum | None  # de dag van de bijeenkomst waarvoor hij is uitgenodigd

    def als_dict(self) -> dict[str, object]:
        return {"bron": self.bron, "wie": self.label, "status": self.status,
                "datum": _iso(self.datum), "uitgenodigd_voor": self.uitgenodigd_voor,
                "vervolgdatum": _iso(self.vervolgdatum)}


@dataclass(frozen=True)
class Tafelstand:
    """Een tafelkaart en welke vragen van de kaart nog open zijn."""

    bron: str
    id: str
    initiatief: str
    open: tuple[str, ...]  # omschrijvingen uit KAARTVRAGEN

    def als_dict(self) -> dict[str, object]:
        return {"bron": self.bron, "id": self.id, "initiatief": self.initiatief,
                "open": list(self.open)}


@dataclass(frozen=True)
class Stapbeeld:
    """Eén stap van het netwerkprogramma met zijn stand en bewijs."""

    id: str
    naam: str
    status: str
    bewijs: tuple[str, ...]
    notitie: str | None

    def als_dict(self) -> dict[str, object]:
        return {"id": self.id, "naam": self.naam, "status": self.status,
                "bewijs": list(self.bewijs), "notitie": self.notitie}


@dataclass
class Programmabeeld:
    """Eén netwerkprogramma: periode, stappen, zichtbaarheid, tijdlijn en slot."""

    id: str
    titel: str
    bestand: str
    themas: tuple[str, ...]
    van: Datum
    tot: Datum | None
    gebiedsambassadeur: str | None
    stappen: list[Stapbeeld]
    kanalen: tuple[str, ...]
    gebeurtenissen: list[tuple[str, str, Datum, bool]]  # id, wat, datum, benut
    tijdlijn: list[tuple[Datum, str, str | None]]  # datum, wat, gebeurtenis
    slot: str | None  # omschrijving van de slotbijeenkomst
    sleutelfiguren: tuple[str, ...]
    opvolger: str | None

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "titel": self.titel, "bestand": self.bestand,
            "themas": list(self.themas),
            "periode": {"van": self.van.isoformat(), "tot": _iso(self.tot)},
            "gebiedsambassadeur": self.gebiedsambassadeur,
            "stappen": [s.als_dict() for s in self.stappen],
            "kanalen": list(self.kanalen),
            "gebeurtenissen": [{"id": i, "wat": w, "datum": d.isoformat(), "benut": b}
                               for i, w, d, b in self.gebeurtenissen],
            "tijdlijn": [{"datum": d.isoformat(), "wat": w, "gebeurtenis": g}
                         for d, w, g in self.tijdlijn],
            "slotbijeenkomst": self.slot,
            "sleutelfiguren": list(self.sleutelfiguren),
            "opvolger": self.opvolger,
        }


@dataclass
class Netwerkprogrammastand:
    """De details van het resultaat: het netwerkprogramma van een dossier en wat uit zijn
    gesprekken voortkwam."""

    naam: str
    vandaag: dt.date
    weken: int
    programmas: list[Programmabeeld]
    opvolgingen: list[Opvolging]
    contacten: list[Contactstand]
    tafels: list[Tafelstand]

    def kerncijfers(self) -> tuple[Kerncijfer, ...]:
        opgepakt = sum(1 for o in self.opvolgingen if o.opgepakt_in)
        gekomen = sum(1 for c in self.contacten if c.status in ("gekomen", "betrokken"))
        volledig = sum(1 for t in self.tafels if not t.open)
        return (
            Kerncijfer(id="netwerkprogrammas", label="netwerkprogramma's",
                       waarde=len(self.programmas),
                       uitleg="periodes van gerichte aandacht voor een actueel thema"),
            Kerncijfer(id="signalen", label="signalen, wensen en mogelijkheden",
                       waarde=len(self.opvolgingen),
                       uitleg="wat in dorpsgesprekken en op brainstormborden opkwam"),
            Kerncijfer(id="opgepakt", label="opgepakt", waarde=opgepakt,
                       uitleg="daarvan opgepakt in een thema, initiatief of gesprekstafel"),
            Kerncijfer(id="contacten", label="contacten", waarde=len(self.contacten),
                       uitleg="mensen die in een dorpsgesprek een vervolg wilden"),
            Kerncijfer(id="contacten-gekomen", label="contacten gekomen of betrokken",
                       waarde=gekomen, uitleg="daarvan gekomen of betrokken geraakt"),
            Kerncijfer(id="tafelkaarten", label="tafelkaarten", waarde=len(self.tafels),
                       uitleg="initiatieven aan een gesprekstafel"),
            Kerncijfer(id="tafelkaarten-volledig", label="tafelkaarten volledig",
                       waarde=volledig,
                       uitleg="met ambities, verbintenissen, vervolgafspraken en werkwijzen"),
        )

    def als_dict(self) -> dict[str, object]:
        return {
            "dossier": self.naam,
            "weken": self.weken,
            "netwerkprogrammas": [p.als_dict() for p in self.programmas],
            "opvolging": [o.als_dict() for o in self.opvolgingen],
            "contacten": [c.als_dict() for c in self.contacten],
            "tafelkaarten": [t.als_dict() for t in self.tafels],
        }


# --- wat er is -----------------------------------------------------------------------------


def _opvolgingen(dossier: Dossier) -> list[Opvolging]:
    uit: list[Opvolging] = []
    for ingelezen in dossier.bestanden:
        model = ingelezen.model
        if isinstance(model, Dorpsgesprek):
            uit += [Opvolging(ingelezen.id, "signaal", s.tekst, d, s.opgepakt_in)
                    for d, s in model.alle_signalen()]
        elif isinstance(model, Brainstormbord):
            uit += [Opvolging(ingelezen.id, "wens", w.tekst, model.datum, w.opgepakt_in)
                    for w in model.wensen]
            uit += [Opvolging(ingelezen.id, "mogelijkheid", m.tekst, model.datum, m.opgepakt_in)
                    for m in model.mogelijkheden]
    return uit


def _datum_van(dossier: Dossier, id_: str | None) -> Datum | None:
    """De datum van het bestand met deze id (een vervolgbijeenkomst), als het er een heeft."""
    if id_ is None:
        return None
    gevonden = dossier.zoek(id_)
    datum = getattr(gevonden.model, "datum", None) if gevonden else None
    return datum if isinstance(datum, Datum) else None


def _contacten(dossier: Dossier) -> list[Contactstand]:
    uit: list[Contactstand] = []
    for ingelezen, gesprek in dossier.van_soort(Dorpsgesprek):
        for datum, contact in gesprek.alle_contacten():
            uit.append(Contactstand(
                ingelezen.id, contact.label, contact.status, datum, contact.uitgenodigd_voor,
                _datum_van(dossier, contact.uitgenodigd_voor),
            ))
    return uit


def _tafels(dossier: Dossier) -> list[Tafelstand]:
    return [
        Tafelstand(ingelezen.id, kaart.id, kaart.initiatief,
                   tuple(naam for veld, naam in KAARTVRAGEN if not getattr(kaart, veld)))
        for ingelezen, bijeenkomst in dossier.van_soort(Gesprekstafel)
        for kaart in bijeenkomst.tafels
    ]


def _benutte_gebeurtenissen(dossier: Dossier) -> set[str]:
    """Ids van bestaande gebeurtenissen die op een tijdlijn staan (netwerkprogramma of tafels)."""
    benut = {
        moment.gebeurtenis
        for _, programma in dossier.van_soort(Netwerkprogramma)
        for moment in programma.tijdlijn if moment.gebeurtenis
    }
    benut |= {
        punt.gebeurtenis
        for _, tafels in dossier.van_soort(Gesprekstafel)
        for punt in tafels.tijdlijn if punt.gebeurtenis
    }
    return benut


def _opvolgers(bronnen: list[tuple[Ingelezen, Netwerkprogramma]]) -> dict[str, str]:
    """Welk netwerkprogramma door welk volgend is opgevolgd: via ``vorige``, of doordat een
    ander netwerkprogramma begint nadat dit eindigde."""
    opvolger: dict[str, str] = {}
    for ingelezen, programma in bronnen:
        if programma.vorige:
            opvolger.setdefault(programma.vorige, ingelezen.id)
    for ingelezen, programma in bronnen:
        tot = programma.periode.tot
        if ingelezen.id in opvolger or tot is None:
            continue
        later = sorted((p.periode.van, i.id) for i, p in bronnen if p.periode.van.begin > tot.eind)
        if later:
            opvolger[ingelezen.id] = later[0][1]
    return opvolger


def _programmabeeld(ingelezen: Ingelezen, programma: Netwerkprogramma, benut: set[str],
                    opvolger: str | None) -> Programmabeeld:
    stappen = []
    for term in methode.NETWERKSTAPPEN:
        stap = programma.stap(term.id)
        stappen.append(Stapbeeld(term.id, term.naam, stap.status if stap else NIET_VASTGELEGD,
                                 tuple(stap.bewijs) if stap else (),
                                 stap.notitie if stap else None))
    slot = programma.slotbijeenkomst
    slottekst = None
    if slot is not None:
        delen = [slot.wat or "slotbijeenkomst", slot.datum.nl() if slot.datum else "",
                 slot.plaats or "", slot.status]
        slottekst = ", ".join(d for d in delen if d)
    return Programmabeeld(
        id=ingelezen.id,
        titel=programma.titel,
        bestand=ingelezen.naam,
        themas=tuple(programma.themas),
        van=programma.periode.van,
        tot=programma.periode.tot,
        gebiedsambassadeur=programma.gebiedsambassadeur.label
        if programma.gebiedsambassadeur else None,
        stappen=stappen,
        kanalen=tuple(k.naam + (f" ({k.door})" if k.door else "") for k in programma.kanalen),
        gebeurtenissen=[(i, g.wat, g.datum, i in benut)
                        for i, g in sorted(programma.gebeurtenissen.items(),
                                           key=lambda kv: (kv[1].datum, kv[0]))],
        tijdlijn=[(m.datum, m.wat, m.gebeurtenis)
                  for m in sorted(programma.tijdlijn, key=lambda m: m.datum)],
        slot=slottekst if slot is None or slot.status != "vervallen" else None,
        sleutelfiguren=tuple(slot.sleutelfiguren) if slot else (),
        opvolger=opvolger,
    )


# --- bevindingen -----------------------------------------------------------------------------


def _wachttijd_voorbij(datum: Datum | None, weken: int, vandaag: dt.date) -> bool:
    """Is de hele periode van ``datum`` plus ``weken`` voorbij? Zonder datum: niet te zeggen."""
    return datum is not None and datum.eind + dt.timedelta(weeks=weken) < vandaag


def _opvolgbevindingen(stand: Netwerkprogrammastand, dossier: Dossier) -> list[Bevinding]:
    bevindingen: list[Bevinding] = []
    vandaag, weken = stand.vandaag, stand.weken
    open_ = [o for o in stand.opvolgingen
             if not o.opgepakt_in and _wachttijd_voorbij(o.datum, weken, vandaag)]
    if open_:
        # Oudste eerst: wat het langst wacht, weegt het zwaarst.
        open_.sort(key=lambda o: (o.datum.begin if o.datum else dt.date.max, o.bron, o.tekst))
        meervoud = {"signaal": "signalen", "wens": "wensen", "mogelijkheid": "mogelijkheden"}
        soorten = [meervoud[s] for s in meervoud if any(o.soort == s for o in open_)]
        bevindingen.append(Bevinding(
            code="signaal-niet-opgepakt", titel="Signalen die nergens zijn opgepakt",
            tekst=f"{aantal(len(open_), 'item wacht', 'items wachten')} ({opsomming(soorten)}) "
            f"langer dan {aantal(weken, 'week', 'weken')} zonder dat het een thema, initiatief of "
            "gesprekstafel werd. Kies per item: maak er een thema of gesprekstafel van, breng "
            "het bij een initiatief, of leg vast waarom het blijft liggen; zet dan "
            "'opgepakt_in' op de id.\n"
            + "\n".join(f"- {o.soort} uit `{o.bron}` ({o.datum.nl() if o.datum else '?'}): "
                        f"{o.tekst}" for o in open_),
            regel=regel("np-signaal-opvolgen"),
            over=tuple(o.tekst for o in open_),
            gewicht="aandacht",
        ))
    niet_bereikt = [
        c for c in stand.contacten
        if c.status == "uitgenodigd" and (
            c.vervolgdatum.voorbij(vandaag) if c.vervolgdatum
            else _wachttijd_voorbij(c.datum, weken, vandaag)
        )
    ]
    if niet_bereikt:
        # Wie het langst wacht, eerst.
        niet_bereikt.sort(key=lambda c: (c.datum.begin if c.datum else dt.date.max, c.bron))
        bevindingen.append(Bevinding(
            code="contact-niet-bereikt", titel="Uitgenodigd, maar (nog) niet bereikt",
            tekst=f"{aantal(len(niet_bereikt), 'contact staat', 'contacten staan')} nog op "
            "'uitgenodigd', terwijl de vervolgbijeenkomst voorbij is (of, zonder bijeenkomst, "
            f"de {aantal(weken, 'week', 'weken')} wachttijd). Kwamen ze? Zet de status op "
            "gekomen, betrokken of afgehaakt; nodig wie nog niet kwam persoonlijk opnieuw uit.\n"
            + "\n".join(f"- {c.label} (`{c.bron}`"
                        + (f", voor `{c.uitgenodigd_voor}`" if c.uitgenodigd_voor else "")
                        + ")" for c in niet_bereikt),
            regel=regel("np-contact-uitnodigen"),
            over=tuple(c.label for c in niet_bereikt),
            gewicht="aandacht",
        ))
    onvolledig = [t for t in stand.tafels if t.open]
    if onvolledig:
        # Het meest open eerst.
        onvolledig.sort(key=lambda t: (-len(t.open), t.bron, t.id))
        bevindingen.append(Bevinding(
            code="tafelkaart-onvolledig", titel="Tafelkaarten die nog open zijn",
            tekst=f"{aantal(len(onvolledig), 'tafelkaart mist', 'tafelkaarten missen')} delen van "
            "de kaart. Zonder ambities, verbintenissen, vervolgafspraken en werkwijzen komt een "
            "initiatief niet verder dan de tafel: vul ze aan met wie aan die tafel zat.\n"
            + "\n".join(f"- {t.initiatief} (`{t.id}`): geen {opsomming(list(t.open))}"
                        for t in onvolledig),
            regel=regel("np-tafelkaart"), over=tuple(t.id for t in onvolledig), gewicht="aandacht",
        ))
    zonder_tijdlijn = [
        ingelezen.id for ingelezen, tafels in dossier.van_soort(Gesprekstafel)
        if tafels.tafels and not tafels.tijdlijn and tafels.datum.voorbij(stand.vandaag)
    ]
    if zonder_tijdlijn:
        bevindingen.append(Bevinding(
            code="geen-gezamenlijke-tijdlijn", titel="Gesprekstafels zonder gezamenlijke tijdlijn",
            tekst=f"{opsomming([f'`{i}`' for i in zonder_tijdlijn])}: de gesprekstafels zijn "
            "geweest, maar sloten niet af met een gezamenlijke tijdlijn. Zet de ambities voor "
            "de komende periode en de ontmoetingsmomenten waarop de initiatieven zichtbaar "
            "worden onder 'tijdlijn'.",
            regel=regel("np-gezamenlijke-tijdlijn"),
            over=tuple(zonder_tijdlijn),
            gewicht="aandacht",
        ))
    return bevindingen


def _programmabevindingen(stand: Netwerkprogrammastand) -> list[Bevinding]:
    bevindingen: list[Bevinding] = []
    niet_benut = [p for p in stand.programmas if not any(b for *_, b in p.gebeurtenissen)]
    if niet_benut:
        klaar = [i for p in niet_benut for i, *_ in p.gebeurtenissen]
        advies = (
            f"Er staan er al klaar ({opsomming([f'`{i}`' for i in klaar])}): zet ze met "
            "'gebeurtenis' op de tijdlijn."
            if klaar else
            "Noteer onder 'gebeurtenissen' wat er in de periode al plaatsvindt (een "
            "dorpsfeest, een markt, een festival) en zet het met 'gebeurtenis' op de tijdlijn."
        )
        bevindingen.append(Bevinding(
            code="geen-bestaande-gebeurtenis", titel="Geen bestaande gebeurtenis benut",
            tekst=f"{opsomming([f'`{p.id}`' for p in niet_benut])}: op de tijdlijn staat geen "
            "activiteit die al plaatsvindt. "
            "Aansluiten bij wat er al is, brengt mensen die anders niet komen. " + advies,
            regel=regel("np-bestaande-gebeurtenis"),
            over=tuple(p.id for p in niet_benut),
            gewicht="aandacht",
        ))
    zonder_slot = [p for p in stand.programmas if p.slot is None]
    zonder_figuren = [p for p in stand.programmas if p.slot is not None and not p.sleutelfiguren]
    if zonder_slot or zonder_figuren:
        delen = []
        if zonder_slot:
            delen.append(f"geen slotbijeenkomst: {opsomming([f'`{p.id}`' for p in zonder_slot])}")
        if zonder_figuren:
            delen.append("een slotbijeenkomst zonder sleutelfiguren: "
                         + opsomming([f"`{p.id}`" for p in zonder_figuren]))
        bevindingen.append(Bevinding(
            code="slotbijeenkomst-zonder-sleutelfiguren",
            titel="Slotbijeenkomst zonder sleutelfiguren",
            tekst=f"{'; '.join(delen).capitalize()}. De slotbijeenkomst rondt de periode af, "
            "viert de opbrengsten en maakt sleutelfiguren zichtbaar en toegankelijk. Plan haar "
            "en noem onder 'sleutelfiguren' de schakels (ids van een tafelkleed) die je zichtbaar "
            "maakt.",
            regel=regel("np-slotbijeenkomst"),
            over=tuple(p.id for p in zonder_slot + zonder_figuren),
            gewicht="aandacht",
        ))
    niet_vernieuwd = [
        p for p in stand.programmas
        if p.tot is not None and p.tot.voorbij(stand.vandaag) and p.opvolger is None
    ]
    if niet_vernieuwd:
        bevindingen.append(Bevinding(
            code="thema-niet-vernieuwd", titel="Geen nieuw thema voor de volgende periode",
            tekst="De periode van dit netwerkprogramma is voorbij, en er is geen netwerkprogramma "
            "voor de periode daarna. Kies met de betrokkenen een nieuw actueel thema en begin "
            "de volgende periode ('stelsel nieuw netwerkprogramma --van BESTAND' zet 'vorige' "
            "en schuift de periode door).\n"
            + "\n".join(f"- `{p.id}`: {p.titel}, tot {p.tot.nl() if p.tot else ''}"
                        for p in niet_vernieuwd),
            regel=regel("np-thema-vernieuwen"),
            over=tuple(p.id for p in niet_vernieuwd),
            gewicht="actie",
        ))
    return bevindingen


def analyseer(bronnen: Sequence[Bron[Netwerkprogramma]], vandaag: dt.date,
              weken: int = STANDAARD_WEKEN) -> Resultaat[Netwerkprogrammastand]:
    """De netwerkprogramma's in ``bronnen`` en de opvolging van de gesprekken in hun dossier."""
    dossier = dossier_van(bronnen)
    gekozen = sorted(((i, m) for i, m, _ in bronnen), key=lambda b: (b[1].periode.van, b[0].id))
    benut = _benutte_gebeurtenissen(dossier)
    opvolgers = _opvolgers(dossier.van_soort(Netwerkprogramma))
    stand = Netwerkprogrammastand(
        naam=dossier.naam,
        vandaag=vandaag,
        weken=weken,
        programmas=[_programmabeeld(i, p, benut, opvolgers.get(i.id)) for i, p in gekozen],
        opvolgingen=_opvolgingen(dossier),
        contacten=_contacten(dossier),
        tafels=_tafels(dossier),
    )
    bevindingen = _opvolgbevindingen(stand, dossier) + _programmabevindingen(stand)
    return Resultaat(
        analyse="netwerkprogramma",
        peildatum=vandaag,
        kerncijfers=stand.kerncijfers(),
        bevindingen=tuple(gesorteerd(bevindingen)),
        details=stand,
    )


ANALYSE: Analyse[Netwerkprogramma] = Analyse(
    naam="netwerkprogramma",
    titel="Netwerkprogramma",
    soort=Netwerkprogramma,
    analyseer=analyseer,
)
