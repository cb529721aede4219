"""De laatste verdediging van ``--openbaar``: elke uitvoer wordt gecontroleerd vóór hij weggaat.

Openbare uitvoer wordt gemaakt uit een openbaar dossier (:mod:`stelselkit.lezen.openbaar`); daar
hoort geen privé-naam en geen contactgegeven meer in te zitten. Deze controle gaat ervan uit dat
dat toch kan misgaan (een nieuwe opdracht die buiten ``lees_bestand`` om leest, een renderer die
tekst uit een andere bron haalt) en kijkt daarom naar wat er werkelijk naar buiten gaat:

- elk bestand dat de opdracht schrijft (via :func:`stelselkit.uitvoer.schrijven.schrijf_uitvoer`)
  en alles wat ze op stdout zet, wordt eerst **vastgehouden**; van een zip-archief (Word, Excel)
  wordt elk XML-deel gelezen, niet de gecomprimeerde bytes;
- elke vastgehouden tekst wordt gelezen zoals een mens of programma hem zou lezen: iCalendar-regels
  ontvouwen, XML/HTML-entiteiten (``Mari&#235;lle``, ``&amp;``) en escapes (JSON ``\\u00eb``,
  ``\\"``, iCalendar ``\\,``, Mermaid ``#quot;``, CSV ``""``) teruggezet, tags (een naam verdeeld
  over ``<tspan>``-regels) weggehaald, en dan genormaliseerd zoals namen vergeleken worden
  (:func:`stelselkit.lezen.openbaar.normaliseer`: NFKC, casefold, zonder accenten, één spatie);
- staat daarin een privé-naam, een contactwaarde uit het dossier of iets dat een e-mailadres,
  telefoonnummer of postcode is (:mod:`stelselkit.lezen.contactgegevens`), dan schrijft de
  opdracht **niets** en stopt ze met exitcode 1 en een melding die het kanaal noemt (het
  bestand, of stdout).

Het patroon voor straat met huisnummer controleert de uitvoer niet: een rapport zet een
straatnaam uit de gegevens vaak naast een telling ("… de Berkenlaan" en "1 ingrediënt" in een
diagram). Een adres uit het dossier is daar al weg; als contactwaarde wordt het hier wel gezocht.

Pas als de opdracht helemaal klaar is en alles schoon is, worden de bestanden geschreven en gaat
stdout naar buiten. Zo komt er bij een treffer ook geen half rapport op schijf.
"""

from __future__ import annotations

import contextlib
import html
import io
import re
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from stelselkit.fouten import InhoudsFout
from stelselkit.lezen import contactgegevens
from stelselkit.lezen.openbaar import Openbaar, normaliseer, woordpatroon
from stelselkit.uitvoer import schrijven

_ICS_VOUW = re.compile(r"\r?\n[ \t]")
_TAG = re.compile(r"<[^<>]{0,4096}>")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_ESCAPE = re.compile(r"\\([\\\"',;:nNtr/])")
_MERMAID = re.compile(r"#(quot|amp|lt|gt|\d{1,7});")
_MERMAID_NAAM = {"quot": '"', "amp": "&", "lt": "<", "gt": ">"}
_ESCAPEWAARDE = {"n": " ", "N": " ", "t": " ", "r": " "}
_ZIP = b"PK\x03\x04"  # een zip-archief: .docx, .xlsx


UITVOERSOORTEN = ("e-mailadres", "telefoonnummer", "postcode")


class Lek(InhoudsFout):
    """Openbare uitvoer met iets wat privé is: er wordt niets gepubliceerd."""


def _mermaid_teken(treffer: re.Match[str]) -> str:
    code = treffer.group(1)
    return _MERMAID_NAAM.get(code) or chr(min(int(code), 0x10FFFF))


def leesvormen(tekst: str) -> list[str]:
    """De tekst zoals hij gelezen wordt: ontvouwen, ontsnapt, zonder tags (zie de moduletekst).

    Elke vorm is een eigen lezing; een naam moet in geen ervan staan. Entiteiten terugzetten
    houdt attributen heel (een label in ``<node label="…">``); tags weghalen voegt tekst samen
    die over ``<tspan>``-regels verdeeld is.
    """
    vormen = [_ICS_VOUW.sub("", tekst)]
    if "&" in tekst or "<" in tekst:
        vormen.append(html.unescape(vormen[0]))
        vormen.append(_TAG.sub(" ", html.unescape(_TAG.sub(" ", vormen[0]))))
    for vorm in list(vormen):
        if "\\" in vorm or "#" in vorm or '""' in vorm:
            zonder = _UNICODE_ESCAPE.sub(lambda t: chr(int(t.group(1), 16)), vorm)
            zonder = _ESCAPE.sub(lambda t: _ESCAPEWAARDE.get(t.group(1), t.group(1)), zonder)
            zonder = _MERMAID.sub(_mermaid_teken, zonder)
            vormen.append(zonder.replace('""', '"'))
    return list(dict.fromkeys(vormen))


@dataclass
class Controle:
    """De privé-teksten van een run als één patroon over genormaliseerde tekst."""

    openbaar: Openbaar
    _patroon: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # Een woordgrens alleen naast een letter of cijfer (niet naast _): liever te veel gevonden.
        self._patroon = woordpatroon(self.openbaar.geheimen(), grens=str.isalnum)

    def controleer(self, tekst: str, kanaal: str) -> None:
        """Geef een :class:`Lek` als ``tekst`` iets privés bevat."""
        for vorm in leesvormen(tekst):
            if self._patroon is not None and self._patroon.search(normaliseer(vorm)):
                raise Lek(f"openbare uitvoer tegengehouden: {kanaal} bevat de naam of het "
                          "contact van een privé-persoon; er is niets geschreven")
            gevonden = contactgegevens.vind(vorm, UITVOERSOORTEN)
            if gevonden:
                soort = gevonden[0][2]
                raise Lek(f"openbare uitvoer tegengehouden: {kanaal} bevat een {soort}; er is "
                          "niets geschreven")


def archiefdelen(data: bytes) -> Iterator[tuple[str, str]]:
    """De tekstdelen van een zip-archief (Word, Excel): elk XML-deel zoals het is, en nog eens
    zonder tags (Word verdeelt een naam soms over meer ``<w:t>``-stukken); een kapot archief
    wordt als ruwe tekst gelezen."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archief:
            for info in archief.infolist():
                if info.filename.endswith((".xml", ".rels")):
                    deel = archief.read(info.filename).decode("utf-8", "replace")
                    yield info.filename, deel
                    yield info.filename, _TAG.sub("", deel)
    except zipfile.BadZipFile:
        yield "archief", data.decode("utf-8", "replace")


@contextlib.contextmanager
def publiceer(
    openbaar: Openbaar, doorlaten: tuple[type[BaseException], ...] = ()
) -> Iterator[Controle]:
    """Houd elke uitvoer van het blok vast, controleer hem, en publiceer pas als alles schoon is.

    Stopt het blok met een fout, dan wordt niets geschreven en niets op stdout gezet; behalve bij
    een uitzondering uit ``doorlaten`` (bij de CLI: een opdracht die na haar uitvoer een exitcode
    geeft), dan wordt eerst gepubliceerd.
    """
    controle = Controle(openbaar)
    vast: list[tuple[Path, str | bytes, bool]] = []

    def houd_vast(pad: Path, tekst: str | bytes, overschrijven: bool) -> None:
        if isinstance(tekst, bytes) and tekst.startswith(_ZIP):
            for naam, deel in archiefdelen(tekst):
                controle.controleer(deel, f"{pad} ({naam})")
        else:
            leesbaar = tekst.decode("utf-8", "replace") if isinstance(tekst, bytes) else tekst
            controle.controleer(leesbaar, str(pad))
        vast.append((pad, tekst, overschrijven))

    stdout = io.StringIO()
    echte_stdout = sys.stdout
    try:
        with schrijven.vasthouden(houd_vast), contextlib.redirect_stdout(stdout):
            yield controle
    except doorlaten:
        _publiceer(controle, vast, stdout.getvalue(), echte_stdout)
        raise
    _publiceer(controle, vast, stdout.getvalue(), echte_stdout)


def _publiceer(
    controle: Controle, vast: list[tuple[Path, str | bytes, bool]], stdout: str,
    echte_stdout: TextIO,
) -> None:
    controle.controleer(stdout, "stdout")
    for pad, tekst, overschrijven in vast:
        schrijven.schrijf_uitvoer(pad, tekst, overschrijven=overschrijven)
    echte_stdout.write(stdout)
