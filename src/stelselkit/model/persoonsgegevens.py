"""Wat een casusbestand nooit mag bevatten: namen, adressen, geboortedatums (AVG).

Casuswerk gaat over gezinnen; het is het gevoeligste wat een gemeente bewaart. Een ``casus`` of
``vissenkom`` noemt het gezin daarom alleen met een code of pseudoniem en mensen alleen met hun
rol. Dit is de controle op de *ruwe* gegevens van zo'n bestand, vóór het model ze leest, zodat
elke weigering op de plek van de sleutel of waarde staat (bestand:regel:kolom) en zegt waarom:

- een sleutel die op een persoonsgegeven lijkt (``naam``, ``achternaam``, ``adres``,
  ``geboortedatum``, ``bsn``, ``telefoon``, …), ook waar vrije ids mogen;
- een waarde die op een postcode, een adres (straat met huisnummer), een geboortedatum, een
  e-mailadres, een telefoonnummer of een burgerservicenummer lijkt, of een naam met een
  aanspreekvorm ("mevrouw J.", "familie K.");
- een datum buiten de datumvelden van het model: dat kan een geboortedatum zijn.

Een naam zonder aanspreekvorm is niet te herkennen; daarvoor zijn de vaste sleutels en de regel
"alleen rollen" er. De controle is streng met opzet: liever een datum te veel geweigerd dan een
geboortedatum in git.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

Loc = tuple[str | int, ...]

# (deel van een sleutel, wat het is). Een sleutel wordt zonder leestekens en hoofdletters
# vergeleken; "naam" vangt ook "voornaam", "achternaam" en "naam_moeder".
_SLEUTELDELEN: tuple[tuple[str, str], ...] = (
    ("naam", "een naam"),
    ("adres", "een adres"),
    ("straat", "een adres"),
    ("huisnummer", "een adres"),
    ("postcode", "een postcode"),
    ("woonplaats", "een woonplaats"),
    ("geboorte", "een geboortedatum"),
    ("geborenop", "een geboortedatum"),
    ("burgerservicenummer", "een burgerservicenummer"),
    ("telefoon", "een telefoonnummer"),
    ("mobiel", "een telefoonnummer"),
    ("email", "een e-mailadres"),
)
# Korte sleutels die alleen als geheel tellen (als deel zouden ze te veel raken).
_SLEUTELS_HEEL: dict[str, str] = {
    "bsn": "een burgerservicenummer",
    "geb": "een geboortedatum",
    "geboren": "een geboortedatum",
    "tel": "een telefoonnummer",
    "mail": "een e-mailadres",
    "contact": "een contactgegeven",
    "initialen": "een naam",
}

_MAANDEN = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_STRAATWOORD = (
    r"(?:straat|laan|weg|plein|dreef|singel|gracht|kade|hof|pad|steeg|dijk|park|ring|allee|"
    r"baan|markt|erf|oord|veld|wal)"
)
# (wat het is, patroon). Volgorde: de eerste treffer geeft de melding.
_WAARDEPATRONEN: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("een e-mailadres", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("een geboortedatum", re.compile(r"\b(?:geboren|geb\.|geboortedatum)", re.IGNORECASE)),
    (
        "een (geboorte)datum",
        re.compile(
            rf"\b(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}|"
            rf"\d{{1,2}}\s+(?:{_MAANDEN})\.?\s+\d{{4}})\b",
            re.IGNORECASE,
        ),
    ),
    ("een postcode", re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")),
    (
        "een adres",
        re.compile(rf"\b[A-ZÀ-ÖØ-Þ][\w'-]*{_STRAATWOORD}\s+\d{{1,4}}\b"),
    ),
    ("een telefoonnummer", re.compile(r"(?<![\w-])(?:\+31|0031|0)(?:[\s().-]*\d){9}(?![\w-])")),
    ("een burgerservicenummer", re.compile(r"(?<![\w-])\d{9}(?![\w-])")),
    (
        "een naam",
        re.compile(
            r"\b(?:mevrouw|meneer|mevr\.?|mw\.|dhr\.?|de heer|familie|fam\.)\s+[A-ZÀ-ÖØ-Þ]"
        ),
    ),
)

WAAROM = (
    "een casus noemt het gezin alleen met een code of pseudoniem en mensen alleen met hun rol; "
    "namen, adressen en geboortedatums horen niet in een dossier (AVG)"
)


def _genormaliseerd(sleutel: str) -> str:
    return re.sub(r"[^a-z]", "", sleutel.casefold())


def sleutel_is_persoonsgegeven(sleutel: str) -> str | None:
    """Wat deze sleutel lijkt te zijn ("een naam", …), of None als hij onschuldig is."""
    kaal = _genormaliseerd(sleutel)
    if kaal in _SLEUTELS_HEEL:
        return _SLEUTELS_HEEL[kaal]
    for deel, wat in _SLEUTELDELEN:
        if deel in kaal:
            return wat
    return None


def waarde_is_persoonsgegeven(tekst: str) -> str | None:
    """Wat deze tekst lijkt te bevatten ("een postcode", …), of None."""
    for wat, patroon in _WAARDEPATRONEN:
        if patroon.search(tekst):
            return wat
    return None


def persoonsgegevens(
    data: object, datumsleutels: frozenset[str], loc: Loc = (), ouder: str | None = None
) -> Iterator[tuple[Loc, str, bool]]:
    """Elke plek in ruwe gegevens die op een persoonsgegeven lijkt.

    Geeft (plek, melding, op_sleutel): ``op_sleutel`` als de sleutel zelf het probleem is.
    ``datumsleutels`` zijn de velden waar een datum hoort (bijv. ``opgeschaald``); een datum
    elders kan een geboortedatum zijn.
    """
    if isinstance(data, dict):
        for sleutel, waarde in data.items():
            wat = sleutel_is_persoonsgegeven(str(sleutel))
            if wat:
                yield (
                    (*loc, str(sleutel)),
                    f"de sleutel '{sleutel}' lijkt op {wat}; {WAAROM}. Haal de sleutel weg; "
                    "schrijf een rol ('rol: moeder') of de code van de casus",
                    True,
                )
                continue
            yield from persoonsgegevens(waarde, datumsleutels, (*loc, str(sleutel)), str(sleutel))
    elif isinstance(data, list):
        for i, waarde in enumerate(data):
            yield from persoonsgegevens(waarde, datumsleutels, (*loc, i), ouder)
    elif isinstance(data, dt.date):
        if ouder not in datumsleutels:
            yield (
                loc,
                f"een datum onder '{ouder}' kan een geboortedatum zijn; {WAAROM}. Zet datums "
                "alleen in de datumvelden (" + ", ".join(sorted(datumsleutels)) + ")",
                False,
            )
    elif isinstance(data, str):
        wat = waarde_is_persoonsgegeven(data)
        if wat:
            yield (
                loc,
                f"deze tekst bevat iets wat op {wat} lijkt; {WAAROM}. Laat het weg of schrijf "
                "het algemeen ('een oma in de buurt', 'jongere van middelbareschoolleeftijd')",
                False,
            )
