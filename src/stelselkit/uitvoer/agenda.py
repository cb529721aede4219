"""De agenda van een dossier als iCalendar-bestand (RFC 5545), voor de agenda van de regievoerder.

Bronnen: de tijdlijn van een thema-analyse (start, ontmoetingsmomenten, manifestatiemoment;
002 instr. 2) en de activiteiten van een programma (002 ch. 4; 001 §4.3 "tijdlijn met concrete
ontmoetings- en actiemomenten"). Een dossiermap levert ze allemaal.

Het bestand is met de hand geschreven volgens RFC 5545:

- regels eindigen op CRLF en worden na 75 octets gevouwen (vervolgregel begint met een spatie;
  een UTF-8-teken wordt nooit doorgeknipt);
- in tekstwaarden worden ``\\``, ``;``, ``,`` en regeleinden geëscapet;
- elke afspraak duurt hele dagen: ``DTSTART;VALUE=DATE`` en ``DTEND`` de dag ná de laatste dag;
- de ``UID`` is een hash van de ids van dossier, bestand en item (``<32 hex>@stelselkit``), zodat
  een nieuwe export dezelfde afspraken bijwerkt in plaats van ze te verdubbelen, en er geen tekst
  uit het dossier in staat;
- ``SEQUENCE`` en ``LAST-MODIFIED`` komen uit de git-geschiedenis van het bestand: ``SEQUENCE``
  telt hoe vaak begin, eind of status van de afspraak veranderde (verzet, verlengd, vervallen),
  ``LAST-MODIFIED`` is het moment van de commit met de laatste wijziging aan de afspraak. Zo
  neemt een agenda een verzette afspraak over bij een nieuwe import. Een wijziging die nog niet
  gecommit is telt mee met als moment ``DTSTAMP``; buiten git is ``SEQUENCE`` 0;
- ``DTSTAMP`` is de laatste datum in de agenda (om middernacht UTC) of de laatste wijziging als
  die later is, niet de klok: dezelfde gegevens geven hetzelfde bestand.

Contactgegevens komen nooit in de agenda; van privé-personen alleen de rol.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
from dataclasses import dataclass, field, replace
from pathlib import Path

from stelselkit import methode
from stelselkit.analyse.tijdlijn import tijdmomenten
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Programma, ThemaAnalyse
from stelselkit.model.basis import Datum, Persoon
from stelselkit.woorden import slug

PRODID = "-//stelselkit//stelsel export agenda//NL"
UID_DOMEIN = "stelselkit"
VOUWGRENS = 75  # octets per regel, zonder CRLF (RFC 5545 §3.1)

MOMENTNAMEN: dict[str, str] = {
    "start": "Startmoment",
    "ontmoetingsmoment": "Ontmoetingsmoment",
    "manifestatiemoment": "Manifestatiemoment",
}


@dataclass(frozen=True)
class Afspraak:
    """Eén afspraak van hele dagen."""

    uid: str
    begin: dt.date
    eind: dt.date  # de dag ná de laatste dag (DTEND is exclusief)
    titel: str
    omschrijving: str
    categorie: str
    plaats: str | None = None
    vervallen: bool = False
    volgnummer: int = 0  # SEQUENCE
    gewijzigd: dt.datetime | None = None  # LAST-MODIFIED (UTC); None: niet gecommit

    def planning(self) -> tuple[dt.date, dt.date, bool]:
        """Wat SEQUENCE verhoogt (RFC 5545 §3.8.7.4): begin, eind en status."""
        return self.begin, self.eind, self.vervallen

    def inhoud(self) -> tuple[object, ...]:
        """Alles wat de afspraak zegt, zonder de geschiedenis."""
        return (self.begin, self.eind, self.titel, self.omschrijving, self.categorie,
                self.plaats, self.vervallen)


@dataclass
class Agenda:
    """Alle afspraken uit een bestand of dossier, en wat zonder datum overbleef."""

    naam: str
    afspraken: list[Afspraak] = field(default_factory=list)
    zonder_datum: list[str] = field(default_factory=list)


def _uid(dossier: str, bestand: str, item: str) -> str:
    """Een hash van dossier-, bestands- en item-id: vast bij een nieuwe export, en zonder tekst
    uit het dossier (een UID wordt ook in een openbare agenda nooit een naam)."""
    sleutel = "\x1f".join((dossier, bestand, item)).encode("utf-8")
    return f"{hashlib.sha256(sleutel).hexdigest()[:32]}@{UID_DOMEIN}"


def _persoon(persoon: Persoon) -> str:
    """Naam en rol, van een privé-persoon alleen de rol; nooit het contact."""
    return (persoon.rol or "") if persoon.prive else persoon.label


def _precisie(datum: Datum, tot: Datum | None) -> list[str]:
    """Een regel voor de omschrijving als de datum niet tot op de dag bekend is.

    Een agenda kent alleen dagen; een moment dat de bron alleen in een maand of jaar plaatst,
    wordt een afspraak van hele dagen over die hele maand of dat hele jaar, en zegt dat erbij.
    """
    onbekend = [d for d in (datum, tot) if d is not None and not d.is_dag]
    if not onbekend:
        return []
    wanneer = " – ".join(d.nl() for d in (datum, tot) if d is not None)
    return [f"De precieze dag is niet bekend ({wanneer}); deze afspraak beslaat die hele "
            "periode."]


def afspraken_van_thema(
    analyse: ThemaAnalyse, bestand: str, dossier: str, gepland: frozenset[dt.date] = frozenset()
) -> tuple[list[Afspraak], list[str]]:
    """De momenten van de tijdlijn; en de namen van de momenten zonder datum.

    Een manifestatiemoment op een dag waarop het programma al een manifestatiemoment heeft
    (``gepland``) is dezelfde afspraak: die schrijft het programma, niet nog eens de tijdlijn.
    """
    afspraken, zonder = [], []
    for moment in tijdmomenten(analyse):
        if moment.datum is None:
            zonder.append(f"{analyse.naam}: {moment.naam}")
            continue
        if moment.soort == "manifestatiemoment" and moment.datum.begin in gepland:
            continue
        regels = [f"{MOMENTNAMEN[moment.soort]} van de thema-analyse '{analyse.naam}'."]
        if moment.uitkomst:
            regels.append(f"Uitkomst: {moment.uitkomst}")
        regels += _precisie(moment.datum, None)
        if moment.herkomst:
            regels.append(f"Herkomst: {moment.herkomst}")
        afspraken.append(
            Afspraak(
                uid=_uid(dossier, bestand, moment.sleutel),
                begin=moment.datum.begin,
                eind=moment.datum.eind + dt.timedelta(days=1),
                titel=f"{analyse.naam}: {moment.naam}",
                omschrijving="\n".join(regels),
                categorie=moment.soort,
                plaats=moment.plaats,
            )
        )
    return afspraken, zonder


def afspraken_van_programma(
    programma: Programma, bestand: str, dossier: str
) -> tuple[list[Afspraak], list[str]]:
    """De activiteiten van een programma; en de activiteiten zonder datum."""
    afspraken, zonder = [], []
    for sleutel, activiteit in programma.activiteiten.items():
        if activiteit.datum is None:
            zonder.append(f"{programma.titel}: {activiteit.wat}")
            continue
        regels = [f"Programma '{programma.titel}'."]
        if activiteit.stap:
            regels.append(f"Stap: {methode.naam_van(methode.STAPPEN, activiteit.stap)}")
        if activiteit.netwerkstap:
            regels.append(
                "Netwerkprogramma: "
                + methode.naam_van(methode.NETWERKSTAPPEN, activiteit.netwerkstap)
            )
        if activiteit.cellen:
            regels.append("Stelselmatrix: " + ", ".join(activiteit.cellen))
        wie = [t for t in (_persoon(p) for p in activiteit.wie) if t]
        if wie:
            regels.append("Wie: " + ", ".join(wie))
        regels.append(f"Status: {activiteit.status}")
        if activiteit.resultaat:
            regels.append(f"Resultaat: {activiteit.resultaat}")
        regels += _precisie(activiteit.datum, activiteit.tot)
        laatste = activiteit.tot or activiteit.datum
        afspraken.append(
            Afspraak(
                uid=_uid(dossier, bestand, sleutel),
                begin=activiteit.datum.begin,
                eind=laatste.eind + dt.timedelta(days=1),
                titel=activiteit.wat,
                omschrijving="\n".join(regels),
                categorie="manifestatiemoment" if activiteit.manifestatiemoment else "activiteit",
                plaats=activiteit.plaats,
                vervallen=activiteit.status == "vervallen",
            )
        )
    return afspraken, zonder


def _dossiersleutel(dossier: Dossier | None) -> str:
    kop = dossier.kop if dossier is not None else None
    if kop is None:
        return "los"
    return kop.id or slug(kop.buurt) or "dossier"


def manifestatiedagen(dossier: Dossier) -> frozenset[dt.date]:
    """De dagen waarop een programma van het dossier een manifestatiemoment heeft."""
    return frozenset(
        activiteit.datum.begin
        for _, programma in dossier.van_soort(Programma)
        for activiteit in programma.activiteiten.values()
        if activiteit.manifestatiemoment and activiteit.datum is not None
    )


def _afspraken(model: object, bestand: str, dossier: str,
               gepland: frozenset[dt.date] = frozenset()) -> tuple[list[Afspraak], list[str]]:
    if isinstance(model, ThemaAnalyse):
        return afspraken_van_thema(model, bestand, dossier, gepland)
    if isinstance(model, Programma):
        return afspraken_van_programma(model, bestand, dossier)
    return [], []


def _git(map_: Path, *argumenten: str) -> str | None:
    try:
        uit = subprocess.run(["git", "-C", str(map_), *argumenten], capture_output=True,
                             check=False)
    except OSError:  # geen git: dan geen geschiedenis
        return None
    return uit.stdout.decode("utf-8", "replace") if uit.returncode == 0 else None


def _versies(pad: Path) -> list[tuple[dt.datetime, str]]:
    """De gecommitte versies van een bestand, oudste eerst: (commitmoment in UTC, tekst)."""
    log = _git(pad.parent, "log", "--reverse", "--format=%H %cI", "--", pad.name)
    if not log:
        return []
    top = _git(pad.parent, "rev-parse", "--show-toplevel")
    assert top is not None
    relatief = pad.resolve().relative_to(Path(top.strip()).resolve()).as_posix()
    versies = []
    for regel in log.splitlines():
        sha, moment = regel.split(" ", 1)
        tekst = _git(pad.parent, "show", f"{sha}:{relatief}")
        if tekst is not None:
            versies.append((dt.datetime.fromisoformat(moment).astimezone(dt.UTC), tekst))
    return versies


def _met_geschiedenis(afspraken: list[Afspraak], pad: Path, bestand: str,
                      dossier: str) -> list[Afspraak]:
    """SEQUENCE en LAST-MODIFIED uit de gecommitte versies van het bestand."""
    from stelselkit.lezen.yamlbron import YamlProbleem, laad_yaml
    from stelselkit.model import SOORTEN

    volgnummer: dict[str, int] = {}
    gewijzigd: dict[str, dt.datetime | None] = {}
    vorige: dict[str, Afspraak] = {}
    for moment, tekst in _versies(pad):
        try:
            data = laad_yaml(tekst, pad.name)
            model = SOORTEN[data["soort"]].model_validate(data)
        except (YamlProbleem, ValueError, KeyError, TypeError):
            continue  # een kapotte versie in de geschiedenis slaan we over
        for afspraak in _afspraken(model, bestand, dossier)[0]:
            oud = vorige.get(afspraak.uid)
            if oud is not None and oud.planning() != afspraak.planning():
                volgnummer[afspraak.uid] = volgnummer.get(afspraak.uid, 0) + 1
            if oud is None or oud.inhoud() != afspraak.inhoud():
                gewijzigd[afspraak.uid] = moment
            vorige[afspraak.uid] = afspraak
    bijgewerkt = []
    for afspraak in afspraken:
        oud = vorige.get(afspraak.uid)
        nummer = volgnummer.get(afspraak.uid, 0)
        laatst = gewijzigd.get(afspraak.uid)
        if oud is None or oud.inhoud() != afspraak.inhoud():  # nog niet gecommit
            laatst = None
            if oud is not None and oud.planning() != afspraak.planning():
                nummer += 1
        bijgewerkt.append(replace(afspraak, volgnummer=nummer, gewijzigd=laatst))
    return bijgewerkt


def _voeg_toe(agenda: Agenda, ingelezen: Ingelezen, dossier: str,
              gepland: frozenset[dt.date] = frozenset()) -> bool:
    """Voeg de afspraken van één bestand toe; ``False`` bij een andere soort dan thema-analyse
    of programma."""
    if not isinstance(ingelezen.model, ThemaAnalyse | Programma):
        return False
    afspraken, zonder = _afspraken(ingelezen.model, ingelezen.id, dossier, gepland)
    agenda.afspraken += _met_geschiedenis(afspraken, ingelezen.pad, ingelezen.id, dossier)
    agenda.zonder_datum += zonder
    return True


def maak_agenda(pad: Path) -> Agenda:
    """De agenda van een thema-analyse, een programma of een hele dossiermap."""
    from stelselkit.fouten import GebruiksFout, InhoudsFout
    from stelselkit.lezen.dossier import (
        dossiermap_van,
        laad_dossier,
        lees_bestand,
        moet_bestaan,
        ongeldig_van_soort,
    )

    moet_bestaan(pad)
    map_ = dossiermap_van(pad)
    dossier = laad_dossier(map_) if map_ is not None else None
    sleutel = _dossiersleutel(dossier)
    if pad.is_dir():
        if dossier is None:
            raise GebruiksFout(f"'{pad}' is geen dossier (geen dossier.yaml)")
        if (fout := ongeldig_van_soort(dossier, ("thema-analyse", "programma"))) is not None:
            raise fout
        agenda = Agenda(f"Agenda {dossier.naam}")
        gepland = manifestatiedagen(dossier)
        for ingelezen in dossier.bestanden:
            _voeg_toe(agenda, ingelezen, sleutel, gepland)
        bron = f"dossier {dossier.naam}"
    else:
        ingelezen, problemen = lees_bestand(pad)
        if ingelezen.model is None:
            eerste = problemen[0].als_regel() if problemen else ingelezen.naam
            raise InhoudsFout(f"{eerste}\n(controleer het bestand met 'stelsel valideer')")
        titel = getattr(ingelezen.model, "naam", None) or getattr(ingelezen.model, "titel", "")
        agenda = Agenda(f"Agenda {titel}")
        if not _voeg_toe(agenda, ingelezen, sleutel):
            raise InhoudsFout(
                f"{ingelezen.naam} is een {ingelezen.model.SOORT}-bestand; geef een "
                "thema-analyse, een programma of een dossiermap"
            )
        bron = ingelezen.naam
    if not agenda.afspraken:
        raise InhoudsFout(
            f"geen momenten of activiteiten met een datum in {bron}; geef ze een 'datum'"
        )
    agenda.afspraken.sort(key=lambda a: (a.begin, a.uid))
    return agenda


# ---------------------------------------------------------------------------------------------
# RFC 5545
# ---------------------------------------------------------------------------------------------


# Wat een regel kan beëindigen (CR, LF en de Unicode-regeleinden die sommige lezers kennen) en
# wat RFC 5545 in tekst niet toelaat (CONTROL: stuurtekens behalve tab).
_REGELEINDE = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_STUURTEKEN = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f]")
_TEKST_ESCAPE = {"\\": "\\\\", ";": "\\;", ",": "\\,"}


def tekstwaarde(waarde: str) -> str:
    """Een TEXT-waarde (RFC 5545 §3.3.11): ``\\``, ``;``, ``,`` en regeleinden geëscapet,
    stuurtekens weg. Zo kan geen tekst uit het dossier (ook geen bestandsnaam) een eigen regel
    beginnen, zoals ``ATTENDEE:`` of ``END:VEVENT``."""
    waarde = _STUURTEKEN.sub("", waarde)
    waarde = re.sub(r"[\\;,]", lambda t: _TEKST_ESCAPE[t.group()], waarde)
    return _REGELEINDE.sub("\\\\n", waarde)


def vouw(regel: str) -> str:
    """Vouw een inhoudsregel na 75 octets (RFC 5545 §3.1), zonder een UTF-8-teken te knippen."""
    stukken: list[str] = []
    huidig: list[str] = []
    octets = 0
    grens = VOUWGRENS
    for teken in regel:
        lengte = len(teken.encode("utf-8"))
        if octets + lengte > grens:
            stukken.append("".join(huidig))
            huidig, octets = [], 0
            grens = VOUWGRENS - 1  # de spatie aan het begin van de vervolgregel telt mee
        huidig.append(teken)
        octets += lengte
    stukken.append("".join(huidig))
    return "\r\n ".join(stukken)


def _datum(dag: dt.date) -> str:
    return dag.strftime("%Y%m%d")


def _moment(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def ics(agenda: Agenda) -> str:
    """Het iCalendar-bestand als tekst (CRLF, gevouwen)."""
    laatste = max(dt.datetime.combine(a.begin, dt.time(), dt.UTC) for a in agenda.afspraken)
    stempel_moment = max([laatste, *(a.gewijzigd for a in agenda.afspraken if a.gewijzigd)])
    stempel = _moment(stempel_moment)
    regels = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{tekstwaarde(agenda.naam)}",
    ]
    for afspraak in agenda.afspraken:
        regels += [
            "BEGIN:VEVENT",
            f"UID:{afspraak.uid}",
            f"DTSTAMP:{stempel}",
            f"LAST-MODIFIED:{_moment(afspraak.gewijzigd) if afspraak.gewijzigd else stempel}",
            f"SEQUENCE:{afspraak.volgnummer}",
            f"DTSTART;VALUE=DATE:{_datum(afspraak.begin)}",
            f"DTEND;VALUE=DATE:{_datum(afspraak.eind)}",
            f"SUMMARY:{tekstwaarde(afspraak.titel)}",
        ]
        if afspraak.plaats:
            regels.append(f"LOCATION:{tekstwaarde(afspraak.plaats)}")
        regels += [
            f"DESCRIPTION:{tekstwaarde(afspraak.omschrijving)}",
            f"CATEGORIES:{tekstwaarde(afspraak.categorie)}",
            "TRANSP:TRANSPARENT",
        ]
        if afspraak.vervallen:
            regels.append("STATUS:CANCELLED")
        regels.append("END:VEVENT")
    regels.append("END:VCALENDAR")
    return "".join(vouw(r) + "\r\n" for r in regels)
