"""Programma van activiteiten: waar het regieprogramma staat (002, hoofdstuk 4; 000, §8; 001, §4.3).

Een regieprogramma loopt in een ontwikkelperiode door vijf stappen "die na elkaar starten en
eigen organisatie vragen, maar allemaal gedurende het hele regieprogramma blijven doorlopen"
(002, hoofdstuk 4). Deze analyse laat per lopend programma zien (met meer lopende programma's
één bevinding per regel, die per programma zegt wat er speelt):

- waar het staat in zijn stappen en in de fasen van de opbouw van het stelsel (000, §8);
- wat te laat is (gepland of lopend, terwijl de datum al voorbij is), en wat er komt;
- wat gedaan is en wat het opleverde (de planning als gantt tekent ``weergave/programma.py``);
- welke delen van de methode nog geen enkele activiteit hebben: een stap, het
  manifestatiemoment van stap 4, de slotbijeenkomst van een netwerkprogramma, de afstemming met
  andere thema's in fase 1.

Een regieprogramma is cyclisch (002, hoofdstuk 4): een programma waar een ander met ``vorige`` naar
wijst, is opgevolgd. Zijn open activiteiten zijn meegegaan naar de nieuwe cyclus; het telt daarom
alleen nog als geschiedenis mee.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from stelselkit import methode
from stelselkit.analyse import (
    Analyse,
    Bevinding,
    Bron,
    Kerncijfer,
    Resultaat,
    een_per_code,
    een_per_regel,
    gesorteerd,
    herkomst,
)
from stelselkit.analyse.bronnen import bestandsnaam, dossier_van, lopende, opvolgers
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Programma, Thema, ThemaAnalyse
from stelselkit.model.basis import Datum
from stelselkit.model.programma import Activiteit
from stelselkit.regels import regel
from stelselkit.taal import aantal

OPEN: tuple[str, ...] = ("gepland", "loopt")
GESTART: tuple[str, ...] = ("loopt", "gedaan")
NETWERKSTAP_IDS: tuple[str, ...] = methode.ids(methode.NETWERKSTAPPEN)
MAX_VOLGENDE = 5  # zoveel komende activiteiten noemt het rapport


@dataclass(frozen=True)
class Stapstand:
    """Eén stap van het regieprogramma met zijn stand en zijn activiteiten."""

    id: str
    naam: str
    status: str
    van: Datum | None
    tot: Datum | None
    activiteiten: tuple[str, ...]

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "naam": self.naam,
            "status": self.status,
            "van": _iso(self.van),
            "tot": _iso(self.tot),
            "activiteiten": list(self.activiteiten),
        }


@dataclass(frozen=True)
class Activiteitbeeld:
    """Eén activiteit zoals het rapport haar toont (zonder contactgegevens)."""

    id: str
    wat: str
    wie: tuple[str, ...]
    datum: Datum | None
    tot: Datum | None
    plaats: str | None
    stap: str | None
    netwerkstap: str | None
    cellen: tuple[str, ...]
    manifestatiemoment: bool
    status: str
    resultaat: str | None
    te_laat: bool

    @property
    def eind(self) -> Datum | None:
        return self.tot or self.datum

    @property
    def wanneer(self) -> str:
        if self.datum is None:
            return "nog geen datum"
        if self.tot is None or self.tot == self.datum:
            return self.datum.isoformat()
        return f"{self.datum.isoformat()} – {self.tot.isoformat()}"

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "wat": self.wat,
            "wie": list(self.wie),
            "datum": _iso(self.datum),
            "tot": _iso(self.tot),
            "plaats": self.plaats,
            "stap": self.stap,
            "netwerkstap": self.netwerkstap,
            "cellen": list(self.cellen),
            "manifestatiemoment": self.manifestatiemoment,
            "status": self.status,
            "resultaat": self.resultaat,
            "te_laat": self.te_laat,
        }


@dataclass(frozen=True)
class Afspraakbeeld:
    """Een praktijkafspraak en of ze op ``vandaag`` loopt."""

    id: str
    afspraak: str
    van: Datum
    tot: Datum | None
    wie: tuple[str, ...]
    lopend: bool

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "afspraak": self.afspraak,
            "van": _iso(self.van),
            "tot": _iso(self.tot),
            "wie": list(self.wie),
            "lopend": self.lopend,
        }


@dataclass
class Programmabeeld:
    """De stand van één regieprogramma op ``vandaag``."""

    id: str
    titel: str
    bestand: str
    van: Datum
    tot: Datum | None
    fase: int | None
    vorige: str | None
    stappen: list[Stapstand]
    activiteiten: list[Activiteitbeeld]
    praktijkafspraken: list[Afspraakbeeld]
    volgende: list[Activiteitbeeld]
    herkomst: str | None = None  # "reconstructie" of "plaatshouder" (met toelichting)

    @property
    def huidige_stap(self) -> Stapstand | None:
        """De laatste stap in de volgorde van de methode die gestart is."""
        gestart = [s for s in self.stappen if s.status in GESTART]
        return gestart[-1] if gestart else None

    @property
    def stap_tekst(self) -> str:
        stap = self.huidige_stap
        if stap is None:
            return "nog niet begonnen"
        return f"{stap.naam} ({stap.status})"

    @property
    def fase_naam(self) -> str:
        return methode.naam_van(methode.FASEN, str(self.fase)) if self.fase else ""

    @property
    def te_laat(self) -> list[Activiteitbeeld]:
        return [a for a in self.activiteiten if a.te_laat]

    @property
    def gedaan(self) -> list[Activiteitbeeld]:
        return [a for a in self.activiteiten if a.status == "gedaan"]

    def als_dict(self) -> dict[str, object]:
        stap = self.huidige_stap
        return {
            "id": self.id,
            "titel": self.titel,
            "bestand": self.bestand,
            "herkomst": self.herkomst,
            "ontwikkelperiode": {"van": _iso(self.van), "tot": _iso(self.tot)},
            "fase": self.fase,
            "fase_naam": self.fase_naam,
            "vorige": self.vorige,
            "huidige_stap": stap.id if stap else None,
            "stappen": [s.als_dict() for s in self.stappen],
            "activiteiten": [a.als_dict() for a in self.activiteiten],
            "te_laat": [a.id for a in self.te_laat],
            "volgende": [a.id for a in self.volgende],
            "gedaan": [a.id for a in self.gedaan],
            "praktijkafspraken": [p.als_dict() for p in self.praktijkafspraken],
        }


@dataclass
class Programmastand:
    """De lopende regieprogramma's van een dossier op ``vandaag``."""

    naam: str
    vandaag: dt.date
    programmas: list[Programmabeeld]
    opgevolgd: list[tuple[str, str]]  # (vorig programma, opvolger)

    def kerncijfers(self) -> tuple[Kerncijfer, ...]:
        activiteiten = [a for p in self.programmas for a in p.activiteiten]
        fase: int | str
        if len(self.programmas) == 1:
            enig = self.programmas[0]
            stap, fase = enig.stap_tekst, enig.fase if enig.fase else "onbekend"
        else:
            stap = "; ".join(f"{p.id}: {p.stap_tekst}" for p in self.programmas)
            fase = "; ".join(f"{p.id}: {p.fase or 'onbekend'}" for p in self.programmas)
        return (
            Kerncijfer(id="activiteiten", label="activiteiten", waarde=len(activiteiten),
                       uitleg="activiteiten in de lopende programma's, ook vervallen"),
            Kerncijfer(id="gedaan", label="gedaan",
                       waarde=sum(1 for a in activiteiten if a.status == "gedaan"),
                       uitleg="activiteiten met status gedaan"),
            Kerncijfer(id="te-laat", label="te laat",
                       waarde=sum(1 for a in activiteiten if a.te_laat),
                       uitleg="gepland of lopend terwijl de (eind)datum voorbij is"),
            Kerncijfer(id="stap", label="stap", waarde=stap,
                       uitleg="de laatste stap van het regieprogramma die gestart is"),
            Kerncijfer(id="fase", label="fase", waarde=fase,
                       uitleg="de fase van de opbouw van het stelsel (000, §8)"),
        )

    def als_dict(self) -> dict[str, object]:
        return {
            "dossier": self.naam,
            "vandaag": self.vandaag.isoformat(),
            "programmas": [p.als_dict() for p in self.programmas],
            "opgevolgd": [{"programma": oud, "opvolger": nieuw} for oud, nieuw in self.opgevolgd],
        }


def _iso(datum: Datum | None) -> str | None:
    return datum.isoformat() if datum else None


def _dag(datum: Datum | None) -> dt.date:
    """De eerste dag van een datum, om op te sorteren (zonder datum: achteraan)."""
    return datum.begin if datum is not None else dt.date.max


def _beeld(sleutel: str, activiteit: Activiteit, vandaag: dt.date) -> Activiteitbeeld:
    eind = activiteit.tot or activiteit.datum
    return Activiteitbeeld(
        id=sleutel,
        wat=activiteit.wat,
        wie=tuple(p.label for p in activiteit.wie),
        datum=activiteit.datum,
        tot=activiteit.tot,
        plaats=activiteit.plaats,
        stap=activiteit.stap,
        netwerkstap=activiteit.netwerkstap,
        cellen=tuple(activiteit.cellen),
        manifestatiemoment=activiteit.manifestatiemoment,
        status=activiteit.status,
        resultaat=activiteit.resultaat,
        # 000 §8 fase 2: de planning; gepland of lopend terwijl de (eind)datum voorbij is.
        te_laat=activiteit.status in OPEN and eind is not None and eind.voorbij(vandaag),
    )


def _stappen(programma: Programma, activiteiten: list[Activiteitbeeld]) -> list[Stapstand]:
    standen = []
    for term in methode.STAPPEN:
        stap = getattr(programma.stappen, term.id)
        standen.append(Stapstand(
            id=term.id,
            naam=term.naam,
            status=stap.status if stap else "nog-niet",
            van=stap.van if stap else None,
            tot=stap.tot if stap else None,
            activiteiten=tuple(
                a.id for a in activiteiten if a.stap == term.id and a.status != "vervallen"
            ),
        ))
    return standen


def _afstemming(dossier: Dossier, programma: Programma) -> list[str]:
    """Met welke thema's is afgestemd: in het programma, of in (het) thema-bestand(en)."""
    themas = [
        thema for ingelezen, thema in dossier.van_soort(Thema)
        if programma.thema is None or ingelezen.id == programma.thema
    ]
    return list(programma.afstemming) + [a for t in themas for a in t.afstemming]


def _bevindingen(dossier: Dossier, programma: Programma, beeld: Programmabeeld,
                 vandaag: dt.date) -> list[Bevinding]:
    actief = [a for a in beeld.activiteiten if a.status != "vervallen"]
    bevindingen: list[Bevinding] = []

    # 000 §8 fase 2: een planning; wat gepland of lopend is maar voorbij, vraagt om een besluit.
    if beeld.te_laat:
        bevindingen.append(Bevinding(
            code="te-laat", titel="Activiteiten over hun datum",
            tekst=f"{aantal(len(beeld.te_laat), 'activiteit staat', 'activiteiten staan')} nog op "
            f"gepland of loopt, terwijl de datum voor {vandaag.isoformat()} ligt. Zet ze op gedaan "
            "(met wat het opleverde), plan ze opnieuw of zet ze op vervallen.",
            regel=regel("programma-planning"), over=tuple(a.id for a in beeld.te_laat),
            gewicht="actie",
        ))
    # 002, hoofdstuk 4: duidelijke ontmoetingsmomenten; een open activiteit zonder datum
    # staat nergens.
    zonder_datum = [a.id for a in actief if a.status in OPEN and a.datum is None]
    if zonder_datum:
        bevindingen.append(Bevinding(
            code="zonder-datum", titel="Activiteiten zonder datum",
            tekst="Deze activiteiten hebben nog geen datum. Geef ze een moment, met tijd om voor "
            "te "
            "bereiden, zodat betrokkenen weten waar ze aan toe zijn.",
            regel=regel("programma-planning"), over=tuple(zonder_datum), gewicht="aandacht",
        ))
    # 000 §8 fase 2: resultaten tellen; gedaan zonder resultaat vertelt niet wat het opleverde.
    zonder_resultaat = [a.id for a in beeld.gedaan if not a.resultaat]
    if zonder_resultaat:
        bevindingen.append(Bevinding(
            code="gedaan-zonder-resultaat", titel="Gedaan, maar zonder resultaat",
            tekst="Bij deze activiteiten staat niet wat ze opleverden. Schrijf in 'resultaat' wat "
            "er "
            "veranderde in netwerk, bewustzijn, omgeving of voorbeeld: het verhaal achter de "
            "activiteit.",
            regel=regel("programma-resultaat"), over=tuple(zonder_resultaat), gewicht="aandacht",
        ))
    bevindingen += _stapbevindingen(beeld, vandaag, actief)
    bevindingen += _methodebevindingen(dossier, programma, actief)
    bevindingen += _cyclusbevindingen(programma, beeld, vandaag)
    return bevindingen


def _stapbevindingen(beeld: Programmabeeld, vandaag: dt.date,
                     actief: list[Activiteitbeeld]) -> list[Bevinding]:
    bevindingen: list[Bevinding] = []
    # 002, hoofdstuk 4: de stappen starten na elkaar.
    laatste_gestart = max(
        (i for i, s in enumerate(beeld.stappen) if s.status in GESTART), default=0
    )
    overgeslagen = [s.id for s in beeld.stappen[:laatste_gestart] if s.status not in GESTART]
    if overgeslagen:
        bevindingen.append(Bevinding(
            code="stap-overgeslagen",
            titel="Stappen die niet gestart zijn terwijl een latere loopt",
            tekst="De stappen van het regieprogramma starten na elkaar en blijven doorlopen. Deze "
            "stappen zijn nog niet gestart terwijl een latere stap al loopt of gedaan is: "
            "start ze alsnog, of werk de status bij.",
            regel=regel("programma-stappen"), over=tuple(overgeslagen), gewicht="aandacht",
        ))
    # 002, hoofdstuk 4: een stap met een begindatum in het verleden had moeten starten.
    niet_gestart = [
        s.id for s in beeld.stappen
        if s.status not in GESTART and s.van is not None and s.van.begin < vandaag
    ]
    if niet_gestart:
        bevindingen.append(Bevinding(
            code="stap-niet-gestart", titel="Stappen die volgens de planning al lopen",
            tekst=f"De begindatum van deze stappen ligt voor {vandaag.isoformat()}, maar hun "
            "status "
            "is nog niet 'loopt'. Start ze of verschuif de planning.",
            regel=regel("programma-stappen"), over=tuple(niet_gestart), gewicht="aandacht",
        ))
    # 002, hoofdstuk 4: elke stap vraagt eigen organisatie; een stap zonder activiteit
    # heeft die niet.
    if not actief:
        bevindingen.append(Bevinding(
            code="geen-activiteiten", titel="Nog geen activiteiten",
            tekst="Het programma heeft nog geen activiteiten. Zet de aandachtspunten van de "
            "stelselmatrix om in activiteiten per stap.",
            regel=regel("programma-stappen"), over=(beeld.id,), gewicht="actie",
        ))
        return bevindingen
    # Een stap die gedaan is, vraagt geen activiteit meer.
    leeg = [s.id for s in beeld.stappen if not s.activiteiten and s.status != "gedaan"]
    if leeg:
        bevindingen.append(Bevinding(
            code="stap-zonder-activiteit", titel="Stappen zonder activiteit",
            tekst="Voor deze stappen van het regieprogramma is nog geen activiteit: "
            + ", ".join(methode.naam_van(methode.STAPPEN, s) for s in leeg)
            + ". Geef activiteiten met 'stap' aan welke stap ze dienen.",
            regel=regel("programma-stappen"), over=tuple(leeg), gewicht="aandacht",
        ))
    return bevindingen


def _manifestatie_op_tijdlijn(dossier: Dossier, programma: Programma) -> bool:
    """Heeft een thema-analyse van het thema van het programma een manifestatiemoment?"""
    return any(
        analyse.tijdlijn is not None and analyse.tijdlijn.manifestatiemoment is not None
        for _, analyse in dossier.van_soort(ThemaAnalyse)
        if programma.thema is None or analyse.thema == programma.thema
    )


def _methodebevindingen(dossier: Dossier, programma: Programma,
                        actief: list[Activiteitbeeld]) -> list[Bevinding]:
    bevindingen: list[Bevinding] = []
    # 002, hoofdstuk 4, stap 4: stap 4 eindigt met een manifestatiemoment; in het programma, of
    # op de tijdlijn van de thema-analyse van hetzelfde thema.
    if not any(a.manifestatiemoment and a.stap in (None, "presenteren") for a in actief) \
            and not _manifestatie_op_tijdlijn(dossier, programma):
        bevindingen.append(Bevinding(
            code="geen-manifestatiemoment", titel="Geen manifestatiemoment in stap 4",
            tekst="Stap 4 (presenteren mogelijkheden van zelforganisatie) eindigt met een "
            "manifestatiemoment waarin de oogst van netwerken, initiatieven en voorbeelden "
            "zichtbaar wordt. Plan er een ('manifestatiemoment: true', 'stap: presenteren').",
            regel=regel("programma-manifestatie"), over=("presenteren",), gewicht="aandacht",
        ))
    # 001 §4.3: een netwerkprogramma (activiteiten met 'netwerkstap') sluit af met een
    # slotbijeenkomst, en kent zijn eigen stappen.
    netwerkstappen = {a.netwerkstap for a in actief if a.netwerkstap}
    if netwerkstappen:
        if "slotbijeenkomst" not in netwerkstappen:
            bevindingen.append(Bevinding(
                code="geen-slotbijeenkomst", titel="Netwerkprogramma zonder slotbijeenkomst",
                tekst="Dit programma volgt het netwerkprogramma, maar heeft geen slotbijeenkomst "
                "om "
                "de periode af te ronden, de opbrengsten te vieren en sleutelfiguren zichtbaar "
                "te maken ('netwerkstap: slotbijeenkomst').",
                regel=regel("np-slotbijeenkomst"), over=("slotbijeenkomst",), gewicht="aandacht",
            ))
        ontbrekend = [
            n for n in NETWERKSTAP_IDS if n not in netwerkstappen and n != "slotbijeenkomst"
        ]
        if ontbrekend:
            bevindingen.append(Bevinding(
                code="netwerkstap-zonder-activiteit",
                titel="Stappen van het netwerkprogramma zonder activiteit",
                tekst="Geen activiteit dient: "
                + "; ".join(methode.naam_van(methode.NETWERKSTAPPEN, n) for n in ontbrekend)
                + ".",
                regel=regel("programma-netwerkstappen"), over=tuple(ontbrekend), gewicht="info",
            ))
    # 000 §8 fase 1 stap 4: afstemming met andere actuele thema's.
    if not _afstemming(dossier, programma):
        bevindingen.append(Bevinding(
            code="geen-afstemming", titel="Geen afstemming met andere thema's",
            tekst="Nergens staat met welke andere actuele thema's dit thema is afgestemd (fase 1). "
            "Noem ze bij 'afstemming' in het programma of in het thema-bestand.",
            regel=regel("programma-afstemming"), over=(programma.thema,) if programma.thema else (),
            gewicht="aandacht",
        ))
    return bevindingen


def _cyclusbevindingen(programma: Programma, beeld: Programmabeeld,
                       vandaag: dt.date) -> list[Bevinding]:
    bevindingen: list[Bevinding] = []
    periode = programma.ontwikkelperiode
    voorbij = periode.tot is not None and periode.tot.voorbij(vandaag)
    stap5 = next(s for s in beeld.stappen if s.id == "vaststellen")
    # 002, hoofdstuk 4: het programma eindigt met praktijkafspraken voor een periode.
    if (voorbij or stap5.status == "gedaan") and not programma.praktijkafspraken:
        bevindingen.append(Bevinding(
            code="geen-praktijkafspraken", titel="Afgerond zonder praktijkafspraken",
            tekst="Het regieprogramma is afgerond, maar er zijn geen praktijkafspraken vastgelegd. "
            "Leg vast wat de lokale gemeenschap nu zelf organiseert, welke faciliteiten daarbij "
            "horen en voor welke periode.",
            regel=regel("stap5-praktijkafspraken"), over=(beeld.id,), gewicht="aandacht",
        ))
    # 002, hoofdstuk 4: na de ontwikkelperiode start een nieuwe cyclus.
    if voorbij:
        bevindingen.append(Bevinding(
            code="periode-voorbij", titel="De ontwikkelperiode is voorbij",
            tekst=f"De ontwikkelperiode liep tot {periode.tot}. Start de volgende cyclus met "
            "'stelsel programma nieuw': open activiteiten en lopende praktijkafspraken gaan mee.",
            regel=regel("programma-cyclus"), over=(beeld.id,), gewicht="aandacht",
        ))
    return bevindingen


def programmabeeld(dossier: Dossier, ingelezen: Ingelezen, programma: Programma,
                   vandaag: dt.date) -> tuple[Programmabeeld, list[Bevinding]]:
    """De stand van één regieprogramma op ``vandaag``, met zijn bevindingen."""
    activiteiten = [_beeld(s, a, vandaag) for s, a in programma.activiteiten.items()]
    stappen = _stappen(programma, activiteiten)
    kop = dossier.kop
    volgende = sorted(
        (a for a in activiteiten if a.status in OPEN and a.datum is not None and not a.te_laat),
        key=lambda a: (_dag(a.datum), a.id),
    )[:MAX_VOLGENDE]
    beeld = Programmabeeld(
        id=ingelezen.id,
        titel=programma.titel,
        bestand=bestandsnaam(dossier, ingelezen),
        van=programma.ontwikkelperiode.van,
        tot=programma.ontwikkelperiode.tot,
        fase=programma.fase or (kop.fase if kop else None),
        vorige=programma.vorige,
        stappen=stappen,
        activiteiten=activiteiten,
        praktijkafspraken=[
            Afspraakbeeld(
                p.id, p.afspraak, p.van, p.tot, tuple(w.label for w in p.wie),
                not p.van.nog_niet(vandaag) and (p.tot is None or not p.tot.voorbij(vandaag)),
            )
            for p in programma.praktijkafspraken
        ],
        volgende=volgende,
        herkomst=herkomst.vermelding(programma),
    )
    # Een gereconstrueerd programma zegt dat in elke bevinding die erop rust (#15 punt 8).
    genoemd = [f"'{programma.titel}' ({beeld.herkomst})"] if beeld.herkomst else []
    # Eén bevinding per regel (#15): bijvoorbeeld overgeslagen, niet gestarte en lege stappen
    # samen, de zwaarste voorop.
    return beeld, [herkomst.met_herkomst(b, genoemd)
                   for b in een_per_regel(_bevindingen(dossier, programma, beeld, vandaag))]


def analyseer(bronnen: Sequence[Bron[Programma]], vandaag: dt.date) -> Resultaat[Programmastand]:
    """De stand van de lopende programma's onder de bronnen; wat door een volgende cyclus
    (``vorige``) is opgevolgd, telt als geschiedenis en doet niet mee."""
    dossier = dossier_van(bronnen)
    gekozen = lopende([(i, m) for i, m, _ in bronnen], vandaag)
    beelden: list[Programmabeeld] = []
    per_programma: list[tuple[str, list[Bevinding]]] = []
    for ingelezen, programma in sorted(gekozen,
                                       key=lambda b: (b[1].ontwikkelperiode.van, b[0].id)):
        beeld, eigen = programmabeeld(dossier, ingelezen, programma, vandaag)
        beelden.append(beeld)
        per_programma.append((beeld.titel, eigen))
    # Twee lopende programma's: één bevinding per regel, de tekst zegt welk programma (#15 punt 4).
    bevindingen = een_per_code(per_programma, ("ander programma", "andere programma's"),
                               per_regel=True)
    stand = Programmastand(
        naam=dossier.naam,
        vandaag=vandaag,
        programmas=beelden,
        opgevolgd=sorted(opvolgers(dossier.van_soort(Programma), vandaag).items()),
    )
    return Resultaat(
        analyse="programma",
        peildatum=vandaag,
        kerncijfers=stand.kerncijfers(),
        bevindingen=tuple(gesorteerd(bevindingen)),
        details=stand,
    )


ANALYSE: Analyse[Programma] = Analyse(
    naam="programma",
    titel="Programma van activiteiten",
    soort=Programma,
    analyseer=analyseer,
)
