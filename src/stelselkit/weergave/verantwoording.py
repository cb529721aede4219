"""Het raadsverslag: één opbouw, twee vormen (Markdown hier, Word in ``uitvoer/word.py``).

:func:`opbouw` maakt van een verantwoordingsresultaat een lijst blokken (kop, alinea, lijst,
tabel, beeld). Markdown en Word renderen dezelfde blokken, zodat de twee vormen niet uit elkaar
lopen en de lekcontrole in beide hetzelfde ziet. De volgorde volgt seed 004: per niveau eerst de
verhalen, dan de weinige samen gemaakte cijfers; de bevindingen en de herkomst sluiten af.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from stelselkit.analyse import Bevinding, Resultaat
from stelselkit.analyse.verantwoording import (
    NIVEAUS,
    Indicatorbeeld,
    Niveau,
    Verantwoordingsstand,
    Verschuivingsbeeld,
)
from stelselkit.model.basis import MAANDEN
from stelselkit.taal import aantal, opsomming
from stelselkit.weergave.sjablonen import cel, md

STATUS = {"open": "open (nog niet gebeurd)", "loopt": "loopt", "teruggevallen": "teruggevallen"}
DOOR = {"bewoners": "bewoners", "professionals": "professionals", "gemeente": "de gemeente"}


@dataclass(frozen=True)
class Kop:
    niveau: int  # 0: titel van het document
    tekst: str


@dataclass(frozen=True)
class Alinea:
    tekst: str
    vet: str = ""  # een vet begin (bijv. "Bewijs:"), voor de tekst
    stijl: str = "gewoon"  # gewoon, klein, vraag


@dataclass(frozen=True)
class Lijst:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Tabel:
    kop: tuple[str, ...]
    rijen: tuple[tuple[str, ...], ...]
    breedtes: tuple[int, ...] = ()  # verhouding van de kolombreedtes (leeg: gelijk)


@dataclass(frozen=True)
class Beeld:
    sleutel: str  # het dossier waar het beeld bij hoort
    bijschrift: str
    zonder: str  # wat er staat als er geen beeld is


Blok = Kop | Alinea | Lijst | Tabel | Beeld


def datum_nl(dag: dt.date) -> str:
    return f"{dag.day} {MAANDEN[dag.month - 1]} {dag.year}"


def titel(stand: Verantwoordingsstand) -> str:
    return f"Verantwoording {stand.buurt or stand.dossier}"


def _verschuivingsregel(v: Verschuivingsbeeld) -> tuple[str, ...]:
    stand = STATUS[v.status]
    if v.status == "teruggevallen":
        wanneer = f" ({v.teruggevallen_op.nl()})" if v.teruggevallen_op else ""
        stand += f"{wanneer}: {v.reden}"
    return (v.wat, f"{v.van_naam} → {v.naar_naam}", v.sinds.nl() if v.sinds else "—", stand,
            "\n".join(v.bewijs_labels) or "—")


def _verhaal(v: Verschuivingsbeeld) -> list[Blok]:
    wanneer = f"sinds {v.sinds.nl()}" if v.sinds else "nog niet begonnen"
    blokken: list[Blok] = [
        Kop(3, v.wat),
        Alinea(f"Van {v.van_naam.lower()} naar {v.naar_naam.lower()}, {wanneer}; "
               f"{STATUS[v.status]}." + (f" Reden: {v.reden}." if v.reden else ""),
               stijl="klein"),
        Alinea(v.verhaal or "Het verhaal van deze verschuiving is nog niet opgeschreven."),
    ]
    if v.bewijs:
        blokken.append(Alinea("; ".join(v.bewijs_labels), vet="Bewijs: ", stijl="klein"))
    if v.herkomst:
        blokken.append(Alinea(f"{v.herkomst}.", vet="Herkomst: ", stijl="klein"))
    return blokken


def _indicator(i: Indicatorbeeld) -> list[Blok]:
    door = opsomming([DOOR[d] for d in i.door])
    eenheid = f" ({i.eenheid})" if i.eenheid else ""
    schaal = f" Schaal: {' – '.join(i.schaal)}." if i.schaal else ""
    blokken: list[Blok] = [
        Kop(3, i.naam),
        Alinea(f"{i.definitie}{schaal} Gemaakt door {door}.", stijl="klein"),
    ]
    if i.waarden:
        blokken.append(Tabel(("Periode", f"Waarde{eenheid}", "Het verhaal erachter"), tuple(
            (w.periode.nl(), w.tekst, w.verhaal or "(nog geen verhaal)") for w in i.waarden),
            (3, 3, 10)))
    else:
        blokken.append(Alinea("Geen waarde in deze periode.", stijl="klein"))
    return blokken


def _niveau(nummer: int, niveau: Niveau, stand: Verantwoordingsstand) -> list[Blok]:
    blokken: list[Blok] = [Kop(1, f"{nummer}. {niveau.titel}"), Alinea(niveau.vraag, stijl="vraag")]
    verschuivingen = stand.per_niveau(niveau.id)
    if niveau.id == "casus":
        blokken += _casus(stand)
    if verschuivingen:
        blokken.append(Kop(2, "Wat er verschoof"))
    for v in verschuivingen:
        blokken += _verhaal(v)
    if niveau.id == "systeem":
        blokken += _overbodig(stand)
    blokken.append(Kop(2, f"Verschuivingen: {niveau.titel.lower()}"))
    blokken.append(Tabel(("Wat", "Van → naar", "Sinds", "Stand", "Bewijs"), tuple(
        _verschuivingsregel(v) for v in verschuivingen) or (
        ("Geen verschuiving vastgelegd op dit niveau.", "", "", "", ""),), (6, 4, 2, 3, 4)))
    indicatoren = stand.indicatoren_per_niveau(niveau.id)
    if indicatoren:
        blokken.append(Kop(2, "Samen gemaakte cijfers"))
        for i in indicatoren:
            blokken += _indicator(i)
    if niveau.id == "buurt":
        blokken += _netwerk(stand)
    return blokken


def _casus(stand: Verantwoordingsstand) -> list[Blok]:
    if stand.casusoverzicht is None:
        return [Alinea("Over casussen staat hier niets: er zijn geen casussen vastgelegd, of te "
                       "weinig om er openbaar iets over te zeggen zonder dat het tot één gezin te "
                       "herleiden is.", stijl="klein")]
    blokken: list[Blok] = [Kop(2, "Patronen over de casussen")]
    if stand.casuspatronen:
        for b in stand.casuspatronen:
            blokken += [Alinea(_eerste_regel(b.tekst), vet=f"{b.titel}. ")]
    else:
        blokken.append(Alinea("De casussen laten samen geen terugkerend knelpunt zien: geen "
                              "expertise die steeds gemist wordt of overlapt, en niet meer "
                              "opschalen naar de tweede lijn dan terugschakelen."))
    blokken.append(Tabel(("Over alle casussen samen", "Aantal"), tuple(
        (k.label, str(k.waarde)) for k in stand.casuscijfers), (12, 3)))
    return blokken


def _overbodig(stand: Verantwoordingsstand) -> list[Blok]:
    blokken: list[Blok] = [
        Kop(2, "Hoe maken professionals en regievoerder zich overbodig?"),
        Alinea("Wat rollen loslieten (logboek) naast de antwoorden op de vraag 'Hoe maak je "
               "jezelf overbodig?' uit de omgevingsanalyses (voornemen), in de tijd.",
               stijl="klein"),
    ]
    if not stand.overbodig:
        blokken.append(Alinea("Niets vastgelegd.", stijl="klein"))
        return blokken
    blokken.append(Tabel(("Wanneer", "Wie", "Wat", "Soort"), tuple(
        (o.datum.nl() if o.datum else "zonder datum", o.wie, o.tekst,
         o.soort + (f" ({o.herkomst})" if o.herkomst else "")) for o in stand.overbodig),
        (3, 4, 9, 3)))
    return blokken


def _netwerk(stand: Verantwoordingsstand) -> list[Blok]:
    if stand.netwerk is None:
        return []
    weg = opsomming([label for _, label in stand.netwerk.vertrokken])
    vertrek = (f"Tussen de twee momentopnamen vertrok {weg}." if stand.netwerk.vertrokken
               else "Tussen de oudste en de nieuwste momentopname vertrok geen schakel.")
    return [
        Kop(2, "Het netwerk"),
        Beeld(stand.dossier, f"Het netwerk van het nieuwste tafelkleed ({stand.netwerk.nieuw}).",
              "Het netwerkbeeld staat in de Word-versie van dit verslag (als rsvg-convert "
              "geïnstalleerd is); los te maken met 'stelsel export netwerk "
              f"{stand.netwerk.nieuw} --format svg'."),
        Alinea(f"{vertrek} De hele vergelijking: {stand.netwerk.opdracht}.", stijl="klein"),
    ]


def _eerste_regel(tekst: str) -> str:
    return tekst.split("\n", 1)[0].replace("`", "")


def _bevinding(b: Bevinding) -> list[Blok]:
    regels = b.tekst.replace("`", "").split("\n")
    blokken: list[Blok] = [Kop(2, b.titel), Alinea(regels[0])]
    items = tuple(r[2:] for r in regels[1:] if r.startswith("- "))
    if items:
        blokken.append(Lijst(items))
    blokken.append(Alinea(b.regeltekst, vet="Waarop dit rust: ", stijl="klein"))
    return blokken


def _in_het_kort(stand: Verantwoordingsstand) -> list[str]:
    v = stand.verschuivingen
    status = [x.status for x in v]
    regels = [
        aantal(sum(x.in_periode for x in v), "verantwoordelijkheid verschoof",
               "verantwoordelijkheden verschoven") + " in deze periode in het stelsel.",
        f"{aantal(status.count('loopt'), 'verschuiving loopt', 'verschuivingen lopen')}, "
        f"{aantal(status.count('teruggevallen'), 'viel', 'vielen')} terug, "
        f"{aantal(status.count('open'), 'is', 'zijn')} nog open.",
    ]
    gedaan = sum(o.soort == "gedaan" for o in stand.overbodig)
    if gedaan:
        regels.append(f"{aantal(gedaan, 'keer', 'keer')} maakte een professional of "
                      "regievoerder zich ergens in overbodig.")
    return regels


def _versie(openbaar: bool | None) -> str:
    if openbaar is None:
        return ""
    return ("Openbare versie: wie niet met naam genoemd wil worden, staat er als pseudoniem in; "
            "contactgegevens en casussen zijn weggelaten." if openbaar else
            "Interne versie, niet voor publicatie: namen staan er zoals in het dossier.")


def opbouw(resultaat: Resultaat[Any], *, openbaar: bool | None, beeld: bool = True) -> list[Blok]:
    """Het hele verslag als blokken; ``openbaar``: welke versie (None: niet vermelden);
    ``beeld``: of er een netwerkbeeld is om te tonen."""
    stand: Verantwoordingsstand = resultaat.details
    blokken: list[Blok] = [
        Kop(0, titel(stand)),
        Alinea(f"Verschuivingen in het sociaal stelsel, {stand.periode.nl()}"
               + (f" — gemeente {stand.gemeente}" if stand.gemeente else ""), stijl="vraag"),
        Alinea(_versie(openbaar), vet=f"Stand van {datum_nl(stand.peildatum)}. ",
               stijl="klein"),
        Alinea(
            "Dit verslag vertelt welke verantwoordelijkheden in deze periode verschoven in het "
            f"stelsel van {stand.buurt or stand.dossier}: van welke positie naar welke, met het "
            "verhaal en het bewijs erbij. 'Resultaten die we meten zijn de mate van "
            "zelforganisatie en de verantwoordelijkheidsverschuiving in het stelsel' (000, §8). "
            "Het volgt de drie niveaus van de dialoog uit het leer- en ontwikkeltraject "
            "Versterken sociale basis (004): casus, patronen in de buurt, en systeem en kaders. "
            "Eerst de verhalen, daarna de weinige cijfers die bewoners, professionals en "
            "gemeente samen maakten. Er is geen samengestelde score."),
        Kop(1, "In het kort"),
        Lijst(tuple(_in_het_kort(stand))),
    ]
    for nummer, niveau in enumerate(NIVEAUS, start=1):
        blokken += _niveau(nummer, niveau, stand)
    if not beeld:
        blokken = [Alinea(b.zonder, stijl="klein") if isinstance(b, Beeld) else b
                   for b in blokken]
    if resultaat.bevindingen:
        blokken += [Kop(1, "Wat vraagt aandacht"),
                    Alinea("Wat het dossier zelf laat zien, met de regel van de methode waarop "
                           "het rust.", stijl="klein")]
        for b in resultaat.bevindingen:
            blokken += _bevinding(b)
    blokken += [
        Kop(1, "Over dit verslag"),
        Alinea(f"Gemaakt met stelselkit uit het buurtdossier '{stand.dossier}'. Elke "
               "verschuiving staat in het verschuivingslogboek van het dossier, met haar "
               "bewijs; wat gereconstrueerd is, zegt dat erbij. Bronnen: 000 = Leren bouwen aan "
               "een nieuw sociaal stelsel vanuit buurtkracht (2013); 001 = Gebiedsgericht "
               "werken (2014); 002 = Gemeentelijke netwerkstrategie voor regievoering (2012); "
               "004 = Leer- en ontwikkeltraject Versterken sociale basis (VWS/Movisie).",
               stijl="klein"),
    ]
    return blokken


# --- Markdown ------------------------------------------------------------------------------


# Wat aan het begin van een regel een blok begint (kop, citaat, codeblok, lijst, lijn): dat teken
# wordt een entiteit, zodat tekst uit het dossier tekst blijft (de rest doet ``md``).
_BLOKBEGIN = re.compile(r"[#>`~=+*-]|\d+[.)]")


def _regel(tekst: str) -> str:
    veilig = str(md(tekst))
    return f"&#{ord(veilig[0])};{veilig[1:]}" if _BLOKBEGIN.match(veilig) else veilig


def _cel(tekst: str) -> str:
    return str(cel(tekst.replace("\n", ", ")))


def markdown_van(blokken: Sequence[Blok]) -> str:
    """De blokken als Markdown; elke tekst uit het dossier blijft tekst (geen HTML, link of
    blok). Het netwerkbeeld staat alleen in Word; hier staat waar het te maken is."""
    delen: list[str] = []
    for blok in blokken:
        if isinstance(blok, Kop):
            delen.append("#" * (blok.niveau + 1) + " " + str(md(blok.tekst)))
        elif isinstance(blok, Alinea):
            vet = f"**{md(blok.vet.strip())}** " if blok.vet else ""
            tekst = f"{vet}{md(blok.tekst)}".rstrip() if vet else _regel(blok.tekst)
            delen.append(f"*{tekst}*" if blok.stijl == "vraag" else tekst)
        elif isinstance(blok, Lijst):
            delen.append("\n".join(f"- {_regel(i)}" for i in blok.items))
        elif isinstance(blok, Tabel):
            regels = ["| " + " | ".join(_cel(k) for k in blok.kop) + " |",
                      "|" + "---|" * len(blok.kop)]
            regels += ["| " + " | ".join(_cel(c) for c in rij) + " |" for rij in blok.rijen]
            delen.append("\n".join(regels))
        else:
            delen.append(f"*{md(blok.zonder)}*")
    return "\n\n".join(delen) + "\n"


def markdown(resultaat: Resultaat[Any], sjablonen: object = None) -> str:
    """Het verslag als Markdown voor ``stelsel rapport`` (zonder netwerkbeeld)."""
    return markdown_van(opbouw(resultaat, openbaar=None, beeld=False))
