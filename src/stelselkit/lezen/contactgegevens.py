"""Contactgegevens herkennen in tekst: e-mail, telefoon, postcode, straat met huisnummer.

Gebruikt door :mod:`stelselkit.lezen.openbaar` (elk contactgegeven verdwijnt uit de openbare
kopie van een dossier), door ``stelsel privacy`` en door de lekcontrole op de uitvoer.

Wat herkend wordt (de tests in ``tests/test_contactgegevens.py`` hebben een corpus van echte
schrijfwijzen, goed en fout):

- **e-mailadres**: ``naam@domein.nl``, ook met ``+``, punten en koppeltekens;
- **telefoonnummer**: Nederlandse nummers van tien cijfers met of zonder scheidingstekens
  (``0612345678``, ``06-12345678``, ``06/12345678``, ``06 12 34 56 78``, ``(026) 333 44 55``,
  ``0317-123456``) en internationale nummers (``+31 6 12345678``, ``+31 (0)26 3334455``,
  ``0031 6 1234 5678``, ``+32 470 12 34 56``, ``+49 30 12345678``): landcode en 7–13 cijfers;
- **postcode**: vier cijfers en twee letters, in elke hoofd-/kleine letter (``6865 AB``,
  ``6865ab``); met spatie en kleine letters niet als de twee letters een gewoon Nederlands woord
  zijn (``2014 en``, ``1980 de``), niet als ze in kleine letters een eenheid zijn (``1188mm``,
  ``1500 kg``), en nooit SA, SD of SS (die geeft PostNL niet uit);
- **straat met huisnummer**: een woord dat eindigt op een straatwoord uit :data:`STRAATWOORDEN`
  (``Utrechtseweg 12``, ``kerkstraat 3a``, ``Van Oldenbarneveltstraat 12-2``), een afkorting uit
  :data:`AFKORTINGEN` (``Hoofdstr. 12``, ``Stationsln 4``), of een los straatwoord met hoofdletter
  (``Markt 12``, ``Dreef 3``).

Alle patronen lopen in lineaire tijd: elk herhaald deel heeft een bovengrens (een e-mailadres
hooguit 254 tekens, een straatnaam 60) en een patroon begint alleen aan het begin van een woord,
dus per positie in de tekst is het werk begrensd, ook bij een woord van 40 kB zonder spatie. Een
tekst langer dan :data:`MAX_TEKST` wordt in overlappende stukken doorzocht.

Snel op grote teksten (1 MB vrije tekst, issue 21): telefoonnummer en postcode beginnen met een
vaste tekenklasse, zodat ``re`` de tekst daartussen in C overslaat; e-mailadres en adres worden,
als er weinig @ of cijfers in de tekst staan, alleen gezocht in vensters daaromheen (zie
:data:`_VENSTERS`; dezelfde treffers als in de hele tekst, ``tests/test_openbaar_snel.py``).

Een plaatshouder als contactwaarde (``contact: "-"``, ``"?"``, ``"nb"``: geen letter of cijfer,
of korter dan drie tekens) is geen contactgegeven: zie :func:`is_plaatshouder`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

VERWIJDERD = "[contactgegeven verwijderd]"

MAX_TEKST = 1 << 20  # tekens per stuk; langere teksten in overlappende stukken
_OVERLAP = 512  # langer dan elke mogelijke treffer

# Straatwoorden: een straatnaam eindigt (meestal) op een van deze woorden. Nederlands, Vlaams en
# Duits; samen dekken ze de straatnamen van Renkum, Doorwerth en Oosterbeek.
STRAATWOORDEN: tuple[str, ...] = (
    "straat", "straatje", "laan", "laantje", "weg", "wegje", "plein", "pleintje", "dreef",
    "singel", "gracht", "kade", "hof", "pad", "steeg", "dijk", "park", "ring", "allee", "baan",
    "markt", "erf", "oord", "veld", "wal", "kamp", "hoeve", "burg", "berg", "dal", "hout", "bos",
    "zoom", "plantsoen", "gaarde", "haven", "kwartier", "akker", "hoek", "boulevard", "dam",
    "dreefje", "heuvel", "kampje", "linie", "stede", "tuin", "wei", "weide", "wetering", "zijde",
    "acker", "brink", "es", "horst", "hoven", "lei", "rade", "vaart", "vliet", "poort",
    "straße", "strasse", "gasse", "platz", "rue", "avenue",
)
# Afkortingen van straatwoorden, met of zonder punt.
AFKORTINGEN: tuple[str, ...] = ("str", "ln", "pln")

# Gewone Nederlandse woorden van twee letters: "in 2014 en 2015" is geen postcode.
_TWEELETTERWOORDEN = frozenset({
    "aa", "af", "al", "am", "an", "as", "at", "be", "bv", "by", "da", "de", "di", "do", "dr",
    "eb", "ee", "en", "er", "et", "ex", "ga", "ge", "ha", "he", "ho", "hé", "ik", "in", "is",
    "ja", "je", "jo", "la", "ma", "me", "mi", "na", "ne", "nu", "oa", "of", "oh", "ok", "om",
    "on", "op", "os", "pa", "re", "si", "so", "ta", "te", "to", "tv", "uw", "vs", "wc", "we",
    "wo", "xl", "ze", "zo",
})
_NIET_UITGEGEVEN = frozenset({"sa", "sd", "ss"})
# Eenheden: "1188mm" (de breedte van een A0-vel in een SVG) en "1500 kg" zijn maten.
_EENHEDEN = frozenset({"mm", "cm", "dm", "km", "mg", "kg", "ml", "cl", "dl", "px", "pt"})

_SCHEIDING = r"(?:[ \u00a0]?[-./][ \u00a0]?|[ \u00a0])?"

# Elk patroon begint, waar dat kan, met een vaste tekenklasse (+, 0 of ( voor een telefoonnummer,
# een cijfer voor een postcode) en controleert pas daarna wat ervóór staat: dan slaat ``re`` de
# rest van de tekst in C over. ``(?<![\w+][+0])`` na het eerste teken zegt hetzelfde als
# ``(?<![\w+])`` ervóór. Een e-mailadres en een adres beginnen met een woord (dat kan bijna elk
# teken zijn); die worden alleen gezocht in vensters rond een @ of een cijfer (zie _VENSTERS).
CONTACTPATRONEN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "e-mailadres",
        re.compile(
            r"(?<![\w.+%-])[\w.+%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}(?![\w-])"
        ),
    ),
    (
        "telefoonnummer",
        re.compile(
            r"[+0(](?:"
            # internationaal: +31 of 0031, landcode van 1–3 cijfers, eventueel (0), 7–13 cijfers
            r"(?<![\w+][+0])(?:(?<=\+)|(?<=0)0)[1-9]\d{0,2}"
            rf"(?:{_SCHEIDING}\(0\))?"
            rf"{_SCHEIDING}\d(?:{_SCHEIDING}\d){{6,12}}(?![\d:])"
            # nationaal: tien cijfers die met 0 beginnen, eventueel met netnummer tussen haakjes
            r"|(?<![\w.,+/-][(0])(?:"
            rf"(?<=\()0\d\)[ \u00a0]?\d(?:{_SCHEIDING}\d){{7}}"
            rf"|(?<=\()0\d\d\)[ \u00a0]?\d(?:{_SCHEIDING}\d){{6}}"
            rf"|(?<=\()0\d\d\d\)[ \u00a0]?\d(?:{_SCHEIDING}\d){{5}}"
            rf"|(?<=0)\d(?:{_SCHEIDING}\d){{8}}"
            r")(?![\d:])"
            r")"
        ),
    ),
    (
        "postcode",
        re.compile(r"[1-9](?<![\w-][1-9])\d{3}([ \u00a0]?)([a-zA-Z]{2})(?![\w-])"),
    ),
    (
        "adres",
        # elk woord met een huisnummer erachter; of het woord een straatnaam is, beslist _echt.
        # Het woord bezitterig ({1,60}+): een korter stuk van het woord wordt gevolgd door een
        # woordteken, nooit door de punt of spatie die erna moet komen; terugkrabbelen is zinloos.
        re.compile(
            r"(?<![\w'-])([\w'-]{1,60}+)(\.?)[ \u00a0]{1,3}\d{1,5}"
            r"(?:[ \u00a0]?[a-zA-Z](?![\w])|[-/]\d{1,4}(?![\w])|(?![\w]))"
        ),
    ),
)

# Een e-mailadres bevat een @, hooguit 64 tekens na zijn begin en hooguit 63 + 8 × 64 tekens vóór
# zijn einde; een adres een cijfer, hooguit 60 + 1 + 3 tekens na zijn begin en hooguit 10 tekens
# vóór zijn einde. Wie alleen zoekt in vensters rond zo'n teken (met die afstanden en de tekens
# die de look-behind en look-ahead bekijken erbij), vindt precies wat een zoektocht door de hele
# tekst vindt: buiten de vensters begint geen treffer, en geen treffer of poging die slaagt reikt
# tot buiten zijn venster. Vensters die elkaar raken, worden één venster.
_VENSTERMATEN: dict[str, tuple[str, str, int, int]] = {
    # soort: (het teken, alles behalve dat teken, tekens ervóór, tekens erna)
    "e-mailadres": ("@", "[^@]", 64 + 2, 63 + 8 * 64 + 2),
    "adres": (r"\d", r"\D", 60 + 1 + 3 + 2, 10 + 2),
}
# Om snel te schatten hoe dicht de tekens liggen (cijfers buiten ASCII tellen niet mee: dan wordt
# het hooguit trager, nooit anders).
_TELTEKENS = {"e-mailadres": ("@",), "adres": tuple("0123456789")}
# Een groep: tekens die elkaar op minder dan voor + na naderen, in één treffer (bezitterig: geen
# terugkrabbelen); tussen twee groepen liggen hun vensters dus los van elkaar.
_VENSTERS: dict[str, tuple[re.Pattern[str], int, int]] = {
    soort: (re.compile(f"{teken}(?:{ander}{{0,{voor + na}}}{teken})*+"), voor, na)
    for soort, (teken, ander, voor, na) in _VENSTERMATEN.items()
}

_DATUMVORM = re.compile(r"\d\d[-./]\d\d[-./]\d{4}")


def is_plaatshouder(waarde: str) -> bool:
    """Een waarde zonder letter of cijfer, of korter dan drie tekens: geen gegeven."""
    kaal = waarde.strip()
    return len(kaal) < 3 or not any(teken.isalnum() for teken in kaal)


def _echt(soort: str, treffer: re.Match[str]) -> bool:
    """Verwerp treffers die wel de vorm hebben maar geen contactgegeven zijn."""
    tekst = treffer.group(0)
    if soort == "telefoonnummer":
        return not _DATUMVORM.match(tekst)
    if soort == "postcode":
        spatie, letters = treffer.group(1), treffer.group(2)
        if letters.casefold() in _NIET_UITGEGEVEN:
            return False
        if letters.islower() and letters in _EENHEDEN:
            return False
        return not (spatie and not letters.isupper() and letters.casefold() in _TWEELETTERWOORDEN)
    if soort == "adres":
        woord, punt = treffer.group(1).casefold(), treffer.group(2)
        if woord.endswith(AFKORTINGEN) and len(woord) > 3:
            # "Hoofdstr. 12" wel, "instr. 3" (een bronverwijzing) niet
            return treffer.group(1)[0].isupper()
        if punt or not woord.endswith(STRAATWOORDEN):
            return False
        # Een los straatwoord ("weg 2", "park 3") is pas een adres met een hoofdletter.
        return woord not in STRAATWOORDEN or treffer.group(1)[0].isupper()
    return True


def _stukken(tekst: str) -> Iterator[tuple[int, str]]:
    if len(tekst) <= MAX_TEKST:
        yield 0, tekst
        return
    for begin in range(0, len(tekst), MAX_TEKST):
        yield begin, tekst[begin : begin + MAX_TEKST + _OVERLAP]


SOORTEN = tuple(soort for soort, _ in CONTACTPATRONEN)


def _vensters(
    tekst: str, aanwijzer: re.Pattern[str], voor: int, na: int
) -> Iterator[tuple[int, int]]:
    """De stukken [begin, eind) rond elke groep van ``aanwijzer``, samengevoegd waar ze raken."""
    begin = eind = -1
    for treffer in aanwijzer.finditer(tekst):
        van, tot = max(0, treffer.start() - voor), min(len(tekst), treffer.end() + na)
        if van <= eind:
            eind = tot
            continue
        if eind >= 0:
            yield begin, eind
        begin, eind = van, tot
    if eind >= 0:
        yield begin, eind


def _in_vensters(soort: str, patroon: re.Pattern[str], tekst: str) -> Iterator[re.Match[str]]:
    """Wat ``patroon.finditer(tekst)`` geeft, gezocht in de vensters van :data:`_VENSTERS`."""
    aanwijzer, voor, na = _VENSTERS[soort]
    for begin, eind in _vensters(tekst, aanwijzer, voor, na):
        yield from patroon.finditer(tekst, begin, eind)


def _treffers(soort: str, patroon: re.Pattern[str], tekst: str) -> Iterator[re.Match[str]]:
    if soort not in _VENSTERS:
        return patroon.finditer(tekst)
    _, voor, na = _VENSTERS[soort]
    if 2 * (voor + na) * sum(map(tekst.count, _TELTEKENS[soort])) > len(tekst):
        # dicht bezaaid (de vensters beslaan al gauw de halve tekst): in één keer is sneller
        return patroon.finditer(tekst)
    return _in_vensters(soort, patroon, tekst)


def vind(tekst: str, soorten: tuple[str, ...] = SOORTEN) -> list[tuple[int, int, str]]:
    """Alle contactgegevens in ``tekst`` als (begin, eind, soort), op volgorde, niet overlappend.

    Overlappen twee treffers, dan blijft de eerste (bij hetzelfde begin de langste), verlengd tot
    het einde van de andere.
    """
    # (begin, -eind, soort): zo sorteert de lijst zelf op begin en dan de langste eerst
    gevonden: list[tuple[int, int, str]] = []
    stukken = list(_stukken(tekst))
    for begin, stuk in stukken:
        for soort, patroon in CONTACTPATRONEN:
            if soort not in soorten:
                continue
            treffers = _treffers(soort, patroon, stuk)
            if soort == "e-mailadres":  # elke treffer is echt
                gevonden.extend((begin + t.start(), -begin - t.end(), soort) for t in treffers)
            else:
                gevonden.extend((begin + t.start(), -begin - t.end(), soort)
                                for t in treffers if _echt(soort, t))
    if len(stukken) > 1:  # de overlap tussen stukken geeft treffers dubbel
        gevonden = list(set(gevonden))
    gevonden.sort()
    resultaat: list[tuple[int, int, str]] = []
    einde = -1
    for plek_begin, min_eind, soort in gevonden:
        if plek_begin < einde:
            if -min_eind > einde:
                einde = -min_eind
                resultaat[-1] = (resultaat[-1][0], einde, resultaat[-1][2])
            continue
        einde = -min_eind
        resultaat.append((plek_begin, einde, soort))
    return resultaat


def contactgegevens_in(tekst: str) -> Iterator[tuple[str, str]]:
    """Alles in een tekst dat op een contactgegeven lijkt, als (soort, gevonden tekst)."""
    for begin, eind, soort in vind(tekst):
        yield soort, tekst[begin:eind]


def verwijder(tekst: str, vervanging: str = VERWIJDERD) -> str:
    """De tekst zonder contactgegevens (elk vervangen door ``vervanging``)."""
    plekken = vind(tekst)
    if not plekken:
        return tekst
    delen: list[str] = []
    vorige = 0
    for begin, eind, _ in plekken:
        delen.append(tekst[vorige:begin])
        delen.append(vervanging)
        vorige = eind
    delen.append(tekst[vorige:])
    return "".join(delen)
