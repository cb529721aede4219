"""Verantwoording aan de gemeenteraad: verschuivingen verteld en geteld (000 §7, §8, §14; 004).

"Resultaten die we meten zijn de mate van zelforganisatie en de verantwoordelijkheidsverschuiving
in het stelsel" (000 §8). Deze analyse zet het verschuivingslogboek, de eigen indicatoren, de
"overbodig"-antwoorden van de omgevingsanalyses en de patronen over casussen in de drie niveaus
van seed 004 ("casus, patronen in de wijk en bottlenecks in het systeem"). De niveaus volgen de
rijen van de stelselmatrix (de elementen):

- **casus**: *ondersteuning* — en de patronen over alle casussen (tellingen, nooit één casus);
- **buurt**: *netwerk*, *gesprek*, *mogelijkmakende omgeving*, *vermogen* (zelforganisatie);
- **systeem en kaders**: *vertrouwen in het stelsel*, *verantwoordelijkheidsverschuiving*,
  *toegankelijke kaders*.

Een verschuiving of indicator zonder ``element`` hoort bij de buurt, het communicatieniveau van
het stelsel (000 §6). Er is geen samengestelde score: verhalen eerst, dan de weinige cijfers die
bewoners, professionals en gemeente samen maakten.

Welke posities volgens de methode kleiner worden (het sociaal wijkteam, diensten en voorzieningen,
de gemeentelijke regievoering: professionals en regievoerder maken zich overbodig, 002 hoofdstuk
2), staat in :data:`KRIMPENDE_POSITIES`. Het halfjaar als eenheid voor "een periode zonder
verschuiving" is een keuze van stelselkit (dezelfde als bij de casuspatronen), geen regel van de
methode.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from stelselkit import methode
from stelselkit.analyse import Analyse, Bevinding, Bron, Kerncijfer, Resultaat, gesorteerd
from stelselkit.analyse.casus import openbaar_resultaat
from stelselkit.analyse.netwerk_vergelijk import vergelijk
from stelselkit.analyse.netwerkgraaf import voeg_samen
from stelselkit.lezen.casusoverzicht import Casusoverzicht, overzicht
from stelselkit.lezen.dossier import Dossier
from stelselkit.model import (
    Casus,
    Indicatoren,
    Omgevingsanalyse,
    Programma,
    Tafelkleed,
    Verschuivingen,
    Vissenkom,
)
from stelselkit.model.basis import Datum
from stelselkit.regels import regel
from stelselkit.taal import aantal, opsomming

NAAM = "verantwoording"


@dataclass(frozen=True)
class Niveau:
    """Eén niveau van de dialoog (004) met de rijen van de stelselmatrix die erbij horen."""

    id: str
    titel: str
    vraag: str
    elementen: tuple[str, ...]


NIVEAUS: tuple[Niveau, ...] = (
    Niveau("casus", "Casus", "Wat leren de casussen samen over ondersteuning vanuit eigen regie?",
           ("ondersteuning",)),
    Niveau("buurt", "Patronen in de buurt",
           "Wat organiseert de buurt nu zelf: netwerk, gesprek, omgeving, vermogen?",
           ("netwerk", "gesprek", "omgeving", "vermogen")),
    Niveau("systeem", "Systeem en kaders",
           "Waar verschuift of knelt het in het stelsel: vertrouwen, verantwoordelijkheid, kaders?",
           ("vertrouwen", "verschuiving", "kaders")),
)
STANDAARDNIVEAU = "buurt"  # de buurt als communicatieniveau (000 §6)
_NIVEAU_VAN: dict[str, str] = {e: n.id for n in NIVEAUS for e in n.elementen}

# Professionals en regievoerder: hun rol hoort kleiner te worden (002 hoofdstuk 2; 000 §7).
KRIMPENDE_POSITIES: tuple[str, ...] = ("sociaal-wijkteam", "diensten", "regievoering")


def niveau_van(element: str | None) -> str:
    return _NIVEAU_VAN.get(element or "", STANDAARDNIVEAU)


@dataclass(frozen=True)
class Periode:
    """De verantwoordingsperiode, van het begin van ``van`` tot het einde van ``tot``."""

    van: Datum
    tot: Datum

    def bevat(self, datum: Datum | None) -> bool:
        return datum is not None and self.van.begin <= datum.begin <= self.tot.eind

    def halfjaren(self) -> list[tuple[str, dt.date, dt.date]]:
        """De halfjaren die de periode raakt: (label, eerste dag, laatste dag)."""
        uit: list[tuple[str, dt.date, dt.date]] = []
        jaar, helft = self.van.begin.year, 1 if self.van.begin.month <= 6 else 2
        while True:
            begin = dt.date(jaar, 1 if helft == 1 else 7, 1)
            if begin > self.tot.eind:
                return uit
            eind = dt.date(jaar, 6, 30) if helft == 1 else dt.date(jaar, 12, 31)
            uit.append((f"{jaar}-H{helft}", begin, eind))
            jaar, helft = (jaar, 2) if helft == 1 else (jaar + 1, 1)

    def nl(self) -> str:
        return f"{self.van.nl()} tot en met {self.tot.nl()}"

    def als_dict(self) -> dict[str, str]:
        return {"van": self.van.isoformat(), "tot": self.tot.isoformat()}


@dataclass(frozen=True)
class Verschuivingsbeeld:
    """Eén verschuiving zoals het rapport haar vertelt."""

    id: str
    wat: str
    van: str  # positie-id
    naar: str
    van_naam: str
    naar_naam: str
    sinds: Datum | None
    element: str | None
    niveau: str
    status: str
    reden: str | None
    teruggevallen_op: Datum | None
    verhaal: str | None
    bewijs: tuple[str, ...]
    dragers: tuple[str, ...]
    herkomst: str | None  # "reconstructie: …" of None voor een bron
    in_periode: bool  # begon in de verantwoordingsperiode
    bewijs_labels: tuple[str, ...] = ()  # het bewijs zoals een mens het leest

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "wat": self.wat, "van": self.van, "naar": self.naar,
            "sinds": self.sinds.isoformat() if self.sinds else None,
            "element": self.element, "niveau": self.niveau, "status": self.status,
            "reden": self.reden,
            "teruggevallen_op": self.teruggevallen_op.isoformat()
            if self.teruggevallen_op else None,
            "verhaal": self.verhaal, "bewijs": list(self.bewijs), "dragers": list(self.dragers),
            "herkomst": self.herkomst, "in_periode": self.in_periode,
            "bewijs_labels": list(self.bewijs_labels),
        }


@dataclass(frozen=True)
class Overbodigmoment:
    """Een antwoord op "Hoe maak je jezelf overbodig?" of een rol die overbodig werd."""

    datum: Datum | None
    wie: str  # rol of kring
    positie: str | None  # positie-id, als bekend
    tekst: str
    bron: str  # id van het logboek of de omgevingsanalyse
    soort: str  # "gedaan" (logboek) of "voornemen" (omgevingsanalyse)
    herkomst: str | None

    def als_dict(self) -> dict[str, object]:
        return {"datum": self.datum.isoformat() if self.datum else None, "wie": self.wie,
                "positie": self.positie, "tekst": self.tekst, "bron": self.bron,
                "soort": self.soort, "herkomst": self.herkomst}


@dataclass(frozen=True)
class Meetwaarde:
    periode: Datum
    waarde: int | float | str
    verhaal: str | None

    @property
    def tekst(self) -> str:
        if isinstance(self.waarde, float) and self.waarde.is_integer():
            return str(int(self.waarde))
        return str(self.waarde).replace(".", ",") if isinstance(self.waarde, float) \
            else str(self.waarde)

    def als_dict(self) -> dict[str, object]:
        return {"periode": self.periode.isoformat(), "waarde": self.waarde,
                "verhaal": self.verhaal}


@dataclass(frozen=True)
class Indicatorbeeld:
    id: str
    naam: str
    door: tuple[str, ...]
    definitie: str
    eenheid: str | None
    schaal: tuple[str, ...]
    niveau: str
    waarden: tuple[Meetwaarde, ...]  # in de periode, oudste eerst

    def als_dict(self) -> dict[str, object]:
        return {"id": self.id, "naam": self.naam, "gedefinieerd_door": list(self.door),
                "definitie": self.definitie, "eenheid": self.eenheid,
                "schaal": list(self.schaal), "niveau": self.niveau,
                "waarden": [w.als_dict() for w in self.waarden]}


@dataclass(frozen=True)
class Netwerkvergelijking:
    """Wie er tussen de oudste en de nieuwste momentopname vertrok (de netwerkvergelijking)."""

    oud: str  # pad van het tafelkleed in het dossier
    nieuw: str
    vertrokken: tuple[tuple[str, str], ...]  # (schakel-id, label)

    @property
    def opdracht(self) -> str:
        return f"stelsel analyse netwerk --vergelijk {self.oud} {self.nieuw}"

    def als_dict(self) -> dict[str, object]:
        return {"oud": self.oud, "nieuw": self.nieuw, "opdracht": self.opdracht,
                "vertrokken": [{"id": i, "label": label} for i, label in self.vertrokken]}


@dataclass
class Verantwoordingsstand:
    """De details: alles wat het raadsrapport vertelt, per niveau."""

    dossier: str
    gemeente: str | None
    buurt: str | None
    peildatum: dt.date
    periode: Periode
    verschuivingen: list[Verschuivingsbeeld]
    overbodig: list[Overbodigmoment]
    indicatoren: list[Indicatorbeeld]
    casusoverzicht: Casusoverzicht | None
    netwerk: Netwerkvergelijking | None
    activiteiten: dict[str, int] = field(default_factory=dict)  # halfjaar → gedane activiteiten
    # De patronen en tellingen van de casusanalyse over dit overzicht (nooit één casus).
    casuspatronen: tuple[Bevinding, ...] = ()
    casuscijfers: tuple[Kerncijfer, ...] = ()
    posities: dict[str, str] = field(default_factory=dict)  # id → naam

    def per_niveau(self, niveau: str) -> list[Verschuivingsbeeld]:
        return [v for v in self.verschuivingen if v.niveau == niveau]

    def indicatoren_per_niveau(self, niveau: str) -> list[Indicatorbeeld]:
        return [i for i in self.indicatoren if i.niveau == niveau]

    def kerncijfers(self) -> tuple[Kerncijfer, ...]:
        status = [v.status for v in self.verschuivingen]
        return (
            Kerncijfer(id="verschuivingen-in-periode", label="verschuivingen in de periode",
                       waarde=sum(v.in_periode for v in self.verschuivingen),
                       uitleg="verantwoordelijkheden die in deze periode verschoven"),
            Kerncijfer(id="lopend", label="lopend", waarde=status.count("loopt"),
                       uitleg="verschuivingen die nu gedragen worden"),
            Kerncijfer(id="teruggevallen", label="teruggevallen",
                       waarde=status.count("teruggevallen"),
                       uitleg="verschuivingen die weer terugvielen"),
            Kerncijfer(id="open", label="open", waarde=status.count("open"),
                       uitleg="gewenste verschuivingen die nog niet gebeurd zijn"),
            Kerncijfer(id="overbodig", label="rollen overbodig gemaakt",
                       waarde=sum(o.soort == "gedaan" for o in self.overbodig),
                       uitleg="professionals en regievoerders die iets loslieten"),
            Kerncijfer(id="indicatoren", label="eigen indicatoren", waarde=len(self.indicatoren),
                       uitleg="samen gemaakte cijfers, elk met verhalen"),
        )

    def als_dict(self) -> dict[str, object]:
        return {
            "dossier": self.dossier, "gemeente": self.gemeente, "buurt": self.buurt,
            "periode": self.periode.als_dict(),
            "niveaus": [{"id": n.id, "titel": n.titel, "elementen": list(n.elementen)}
                        for n in NIVEAUS],
            "verschuivingen": [v.als_dict() for v in self.verschuivingen],
            "overbodig": [o.als_dict() for o in self.overbodig],
            "indicatoren": [i.als_dict() for i in self.indicatoren],
            "casusoverzicht": self.casusoverzicht.als_dict() if self.casusoverzicht else None,
            "casuspatronen": [b.als_dict() for b in self.casuspatronen],
            "netwerk": self.netwerk.als_dict() if self.netwerk else None,
            "activiteiten_per_halfjaar": self.activiteiten,
        }


# --- wat er is -------------------------------------------------------------------------------


def standaardperiode(dossier: Dossier, vandaag: dt.date) -> Periode:
    """Zonder ``--periode``: de periode van het dossier, anders alles tot vandaag."""
    kop = dossier.kop
    if kop is not None and kop.periode is not None:
        return Periode(kop.periode.van, kop.periode.tot or Datum.van_dag(vandaag))
    data = [v.sinds for _, log in dossier.van_soort(Verschuivingen)
            for v in log.verschuivingen.values() if v.sinds]
    return Periode(min(data, default=Datum.van_dag(vandaag)), Datum.van_dag(vandaag))


def _bewijslabels(dossier: Dossier) -> dict[str, str]:
    """Id → hoe een mens het bewijs leest: "dorpsgesprek 'Hart voor elkaar'", "activiteit
    'Startavond'"; wat hier niet staat, blijft zijn id."""
    labels: dict[str, str] = {}
    for ingelezen in dossier.bestanden:
        model = ingelezen.model
        titel = getattr(model, "titel", None) or getattr(model, "naam", None)
        if model is not None and isinstance(titel, str):
            # Een datum alleen als het bestand uit een bron komt: bij een reconstructie of
            # plaatshouder kan juist de datum verzonnen zijn, dus staat dat er dan bij.
            datum = getattr(model, "datum", None)
            herkomst = model.herkomst.soort if model.herkomst else "bron"
            wanneer = (f", {datum.nl()}" if isinstance(datum, Datum) and herkomst == "bron"
                       else f" ({herkomst})" if herkomst != "bron" else "")
            labels[ingelezen.id] = f"{model.TITEL.lower()} '{titel}'{wanneer}"
    for _, programma in dossier.van_soort(Programma):
        for sleutel, activiteit in programma.activiteiten.items():
            labels[sleutel] = f"activiteit '{activiteit.wat}'"
        for afspraak in programma.praktijkafspraken:
            labels[afspraak.id] = f"praktijkafspraak '{afspraak.afspraak}'"
    return labels


def _verschuivingen(dossier: Dossier, periode: Periode,
                    namen: dict[str, str]) -> list[Verschuivingsbeeld]:
    labels = _bewijslabels(dossier)
    uit = []
    for _, log in dossier.van_soort(Verschuivingen):
        for sleutel, v in log.verschuivingen.items():
            if v.sinds is not None and v.sinds.begin > periode.tot.eind:
                continue  # begint pas na de periode
            uit.append(Verschuivingsbeeld(
                id=sleutel, wat=v.wat, van=v.van, naar=v.naar,
                van_naam=namen.get(v.van, v.van), naar_naam=namen.get(v.naar, v.naar),
                sinds=v.sinds, element=v.element, niveau=niveau_van(v.element), status=v.status,
                reden=v.reden, teruggevallen_op=v.teruggevallen_op, verhaal=v.verhaal,
                bewijs=tuple(v.bewijs), dragers=tuple(v.dragers),
                herkomst=v.herkomst.vermelding if v.herkomst else None,
                in_periode=periode.bevat(v.sinds),
                bewijs_labels=tuple(labels.get(b, b) for b in v.bewijs),
            ))
    uit.sort(key=lambda v: (v.sinds is None, v.sinds.begin if v.sinds else dt.date.min, v.id))
    return uit


def _overbodig(dossier: Dossier, periode: Periode, namen: dict[str, str]) -> list[Overbodigmoment]:
    """Het logboek en de "overbodig"-antwoorden van de omgevingsanalyses, in de tijd."""
    uit = []
    for ingelezen, log in dossier.van_soort(Verschuivingen):
        for o in log.overbodig:
            if o.sinds.begin <= periode.tot.eind:
                uit.append(Overbodigmoment(
                    o.sinds, o.wie.label, o.positie,
                    o.wat + (f" — {o.verhaal}" if o.verhaal else ""), ingelezen.id, "gedaan",
                    o.herkomst.vermelding if o.herkomst else None))
    kringnamen = {t.id: t.naam for t in methode.KRINGEN} | namen
    for ingelezen, analyse in dossier.van_soort(Omgevingsanalyse):
        if analyse.datum is not None and analyse.datum.begin > periode.tot.eind:
            continue
        for sleutel, kring in analyse.kringen.items():
            for hoek in methode.INVALSHOEKEN:
                antwoorden = getattr(kring, hoek.id)
                tekst = getattr(antwoorden, "overbodig", None) if antwoorden else None
                if tekst:
                    uit.append(Overbodigmoment(
                        analyse.datum, f"{kring.naam or kringnamen.get(sleutel, sleutel)} "
                        f"({hoek.naam.lower()})", sleutel if sleutel in namen else None, tekst,
                        ingelezen.id, "voornemen",
                        analyse.herkomst.vermelding if analyse.herkomst else None))
    uit.sort(key=lambda o: (o.datum is None, o.datum.begin if o.datum else dt.date.min, o.bron,
                            o.wie))
    return uit


def _indicatoren(dossier: Dossier, periode: Periode) -> list[Indicatorbeeld]:
    uit = []
    for _, lijst in dossier.van_soort(Indicatoren):
        for sleutel, ind in lijst.indicatoren.items():
            waarden = sorted((Meetwaarde(m.periode, m.waarde, m.verhaal) for m in ind.waarden
                              if periode.bevat(m.periode)), key=lambda m: m.periode)
            uit.append(Indicatorbeeld(
                sleutel, ind.naam, tuple(ind.gedefinieerd_door), ind.definitie, ind.eenheid,
                tuple(ind.schaal), niveau_van(ind.element), tuple(waarden)))
    return uit


def _netwerkvergelijking(dossier: Dossier, vandaag: dt.date) -> Netwerkvergelijking | None:
    """De oudste en de nieuwste momentopname van het dossier naast elkaar."""
    kleden = sorted(((b.pad.relative_to(dossier.map).as_posix(), k)
                     for b, k in dossier.van_soort(Tafelkleed) if not k.datum.nog_niet(vandaag)),
                    key=lambda pk: (pk[1].datum, pk[0]))
    if len(kleden) < 2:
        return None
    oud, nieuw = kleden[0], kleden[-1]
    uitkomst = vergelijk(voeg_samen([oud]), voeg_samen([nieuw])).details
    return Netwerkvergelijking(oud[0], nieuw[0], tuple(
        (s, uitkomst.oud.schakel_label(s)) for s in uitkomst.vertrokken))


def _activiteiten(dossier: Dossier, periode: Periode) -> dict[str, int]:
    """Gedane activiteiten van de programma's per halfjaar van de periode."""
    tellingen = {label: 0 for label, _, _ in periode.halfjaren()}
    for _, programma in dossier.van_soort(Programma):
        for activiteit in programma.activiteiten.values():
            if activiteit.status != "gedaan" or activiteit.datum is None:
                continue
            for label, begin, eind in periode.halfjaren():
                if begin <= activiteit.datum.begin <= eind:
                    tellingen[label] += 1
    return tellingen


def casusoverzicht_van(dossier: Dossier) -> Casusoverzicht | None:
    """Het overzicht over de casussen van een (niet-openbaar) dossier; None zonder casussen."""
    casussen = [c for _, c in dossier.van_soort(Casus)]
    if not casussen:
        return None
    return overzicht(casussen, [k for _, k in dossier.van_soort(Vissenkom)])


# --- bevindingen -----------------------------------------------------------------------------


def _zonder_verhaal_of_bewijs(stand: Verantwoordingsstand) -> Bevinding | None:
    kaal = [v for v in stand.verschuivingen
            if v.status != "open" and (not v.verhaal or not v.bewijs)]
    if not kaal:
        return None
    kaal.sort(key=lambda v: (bool(v.verhaal) + bool(v.bewijs), v.id))  # zonder beide eerst

    def mist(v: Verschuivingsbeeld) -> str:
        return opsomming([d for d, ok in (("verhaal", v.verhaal), ("bewijs", v.bewijs)) if not ok])

    return Bevinding(
        code="verschuiving-zonder-verhaal",
        titel="Verschuivingen zonder verhaal of bewijs",
        tekst=f"{aantal(len(kaal), 'verschuiving mist', 'verschuivingen missen')} het verhaal "
        "of het bewijs. Een raad kan een verschuiving alleen wegen als ze verteld wordt en te "
        "zien is: schrijf het verhaal op met wie het droegen, en noem onder 'bewijs' het "
        "tafelkleed, de activiteit, het portfolio-item of de praktijkafspraak die haar laat "
        "zien.\n" + "\n".join(f"- `{v.id}` ({v.wat}): geen {mist(v)}" for v in kaal),
        regel=regel("vv-verhaal-en-bewijs"),
        over=tuple(v.id for v in kaal),
        gewicht="aandacht",
    )


def _schakel_vertrokken(stand: Verantwoordingsstand) -> Bevinding | None:
    weg = dict(stand.netwerk.vertrokken) if stand.netwerk else {}
    teruggevallen = [v for v in stand.verschuivingen if v.status == "teruggevallen" and (
        any(d in weg for d in v.dragers) or "schakel" in (v.reden or "").lower())]
    kwetsbaar = [v for v in stand.verschuivingen
                 if v.status == "loopt" and any(d in weg for d in v.dragers)]
    if not teruggevallen and not kwetsbaar:
        return None
    regels = [f"- `{v.id}` ({v.wat}) viel terug: {v.reden}"
              + (f"; vertrokken: {opsomming([weg[d] for d in v.dragers if d in weg])}"
                 if any(d in weg for d in v.dragers) else "")
              for v in teruggevallen]
    regels += [f"- `{v.id}` ({v.wat}) loopt nog, maar "
               f"{opsomming([weg[d] for d in v.dragers if d in weg])} staat niet meer op het "
               "nieuwste tafelkleed: draagt iemand anders haar, of is ze ook teruggevallen?"
               for v in kwetsbaar]
    link = (f" Zie wie vertrok en wat verweesd raakte met `{stand.netwerk.opdracht}`."
            if stand.netwerk else "")
    return Bevinding(
        code="verschuiving-schakel-vertrokken",
        titel="Verschuivingen die hangen aan een schakel die vertrok",
        tekst="Verantwoordelijkheid kan weer verdwijnen als de schakels verdwijnen die haar "
        "dragen. Zoek met de buurt wie het kan overnemen, nodig die persoon uit op een nieuw "
        "tafelkleed, en vertel de raad eerlijk wat terugviel." + link + "\n" + "\n".join(regels),
        regel=regel("vv-schakel-vertrokken"),
        over=tuple(v.id for v in teruggevallen + kwetsbaar),
        gewicht="actie" if teruggevallen else "aandacht",
    )


def _rol_groeit(stand: Verantwoordingsstand) -> Bevinding | None:
    """Per krimpende positie: taken erbij min taken eraf in de periode."""
    saldo: dict[str, list[str]] = {p: [] for p in KRIMPENDE_POSITIES}
    groei: dict[str, int] = dict.fromkeys(KRIMPENDE_POSITIES, 0)

    def tel(positie: str, delta: int, waarom: str) -> None:
        if positie in groei:
            groei[positie] += delta
            saldo[positie].append(waarom)

    for v in stand.verschuivingen:
        if v.in_periode and v.status != "open":
            tel(v.naar, +1, f"`{v.id}` kwam erbij")
            tel(v.van, -1, f"`{v.id}` ging naar {v.naar_naam.lower()}")
        if v.status == "teruggevallen" and stand.periode.bevat(v.teruggevallen_op or v.sinds):
            tel(v.van, +1, f"`{v.id}` viel terug")
            tel(v.naar, -1, f"`{v.id}` viel terug")
    for o in stand.overbodig:
        if o.soort == "gedaan" and o.positie and stand.periode.bevat(o.datum):
            tel(o.positie, -1, f"{o.wie} maakte zich overbodig")
    groeiend = sorted((p for p, n in groei.items() if n > 0), key=lambda p: (-groei[p], p))
    if not groeiend:
        return None
    return Bevinding(
        code="rol-groeit",
        titel="Een rol die groeit waar de methode krimp verwacht",
        tekst="Professionals en regievoerder maken zich volgens de methode steeds meer "
        "overbodig; in deze periode kregen deze posities er per saldo taken bij. Vraag in het "
        "gesprek met de buurt wat zij kan overnemen, en leg vast wie zich waarin overbodig "
        "maakt.\n" + "\n".join(
            f"- {stand.posities.get(p, p)}: {groei[p]:+d} ({'; '.join(saldo[p])})"
            for p in groeiend),
        regel=regel("vv-rol-krimpt"),
        over=tuple(groeiend),
        gewicht="aandacht",
    )


def _indicator_zonder_verhaal(stand: Verantwoordingsstand) -> Bevinding | None:
    kaal = [(i, [w for w in i.waarden if not w.verhaal]) for i in stand.indicatoren]
    kaal = [(i, ws) for i, ws in kaal if ws]
    if not kaal:
        return None
    kaal.sort(key=lambda iw: (-len(iw[1]), iw[0].id))
    return Bevinding(
        code="indicator-zonder-verhaal",
        titel="Getallen zonder het verhaal erachter",
        tekst="Tellen én vertellen: bij elke waarde hoort het verhaal van wie hem zag. Vraag "
        "de makers van de indicator wat achter het getal zit, en zet dat onder 'verhaal'.\n"
        + "\n".join(f"- `{i.id}` ({i.naam}): {opsomming([w.periode.nl() for w in ws])}"
                    for i, ws in kaal),
        regel=regel("vv-tellen-en-vertellen"),
        over=tuple(i.id for i, _ in kaal),
        gewicht="actie",
    )


def _indicator_alleen_gemeente(stand: Verantwoordingsstand) -> Bevinding | None:
    alleen = [i for i in stand.indicatoren if set(i.door) == {"gemeente"}]
    if not alleen:
        return None
    return Bevinding(
        code="indicator-alleen-gemeente",
        titel="Indicatoren die alleen de gemeente maakte",
        tekst="Een indicator helpt als hij gedragen wordt: maak hem opnieuw samen met bewoners "
        "en professionals, of laat hem vallen. Minder indicatoren, meer verhalend vermogen.\n"
        + "\n".join(f"- `{i.id}` ({i.naam})" for i in alleen),
        regel=regel("vv-indicatoren-samen"),
        over=tuple(i.id for i in alleen),
        gewicht="aandacht",
    )


def _stille_periode(stand: Verantwoordingsstand) -> Bevinding | None:
    met_verschuiving = {
        label for label, begin, eind in stand.periode.halfjaren()
        for d in [v.sinds for v in stand.verschuivingen if v.status != "open"]
        + [o.datum for o in stand.overbodig if o.soort == "gedaan"]
        if d is not None and begin <= d.begin <= eind
    }
    stil = [(label, n) for label, n in stand.activiteiten.items()
            if n and label not in met_verschuiving]
    if not stil:
        return None
    stil.sort(key=lambda ln: (-ln[1], ln[0]))
    return Bevinding(
        code="periode-zonder-verschuiving",
        titel="Activiteiten, maar geen verschuiving vastgelegd",
        tekst="In deze halfjaren werd gewerkt, maar staat geen verschuiving in het logboek. "
        "Vraag bij de activiteiten: wie nam hier iets over, en wie liet iets los? Leg het "
        "vast, ook als het klein is; of schrijf op dat er (nog) niets verschoof.\n"
        + "\n".join(f"- {label}: {aantal(n, 'activiteit gedaan', 'activiteiten gedaan')}"
                    for label, n in stil),
        regel=regel("vv-elke-periode"),
        over=tuple(label for label, _ in stil),
        gewicht="aandacht",
    )


BEVINDERS = (_zonder_verhaal_of_bewijs, _schakel_vertrokken, _rol_groeit,
             _indicator_zonder_verhaal, _indicator_alleen_gemeente, _stille_periode)


# --- samen -----------------------------------------------------------------------------------


def verantwoord(dossier: Dossier, vandaag: dt.date, periode: Periode | None = None,
                casusoverzicht: Casusoverzicht | None = None) -> Resultaat[Verantwoordingsstand]:
    """De verantwoording van één dossier over ``periode`` (standaard de periode van het dossier).

    ``casusoverzicht``: het overzicht over de casussen; in een openbaar dossier staan geen
    casussen, en geeft de opdracht het openbare overzicht mee (of niets, onder de drempel).
    """
    gekozen = periode or standaardperiode(dossier, vandaag)
    if casusoverzicht is None:
        casusoverzicht = casusoverzicht_van(dossier)
    casus = openbaar_resultaat(dossier.naam, 0, casusoverzicht, vandaag) if casusoverzicht \
        else None
    namen = {p.id: p.naam for p in dossier.posities()}
    kop = dossier.kop
    stand = Verantwoordingsstand(
        dossier=dossier.naam,
        gemeente=kop.gemeente if kop else None,
        buurt=kop.buurt if kop else None,
        peildatum=vandaag,
        periode=gekozen,
        verschuivingen=_verschuivingen(dossier, gekozen, namen),
        overbodig=_overbodig(dossier, gekozen, namen),
        indicatoren=_indicatoren(dossier, gekozen),
        casusoverzicht=casusoverzicht,
        netwerk=_netwerkvergelijking(dossier, vandaag),
        activiteiten=_activiteiten(dossier, gekozen),
        posities=namen,
        casuspatronen=casus.bevindingen if casus else (),
        casuscijfers=casus.kerncijfers if casus else (),
    )
    bevindingen = [b for maak in BEVINDERS if (b := maak(stand)) is not None]
    return Resultaat(
        analyse=NAAM,
        peildatum=vandaag,
        kerncijfers=stand.kerncijfers(),
        bevindingen=tuple(gesorteerd(bevindingen)),
        details=stand,
    )


def analyseer(bronnen: Sequence[Bron[Verschuivingen]],
              vandaag: dt.date) -> Resultaat[Verantwoordingsstand]:
    """Het register: de verantwoording van het dossier waar het logboek in ligt."""
    dossier = next((d for _, _, d in bronnen if d is not None), None)
    if dossier is None:
        dossier = Dossier(map=bronnen[0][0].pad.parent, bestanden=[i for i, _, _ in bronnen])
    return verantwoord(dossier, vandaag)


ANALYSE: Analyse[Verschuivingen] = Analyse(
    naam=NAAM, titel="Verantwoording", soort=Verschuivingen, analyseer=analyseer
)
