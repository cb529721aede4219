"""Privacy (AVG): wat persoonlijk is, blijft uit openbare uitvoer.

Dossiers noemen bewoners ("liefst met namen", 002 instr. 1), noteren contactgegevens bij
dorpsgesprekken (001 §4.2) en beschrijven gezinnen. Rapporten gaan naar partners, de
gemeenteraad en het openbare buurtportfolio. Daarom werkt ``--openbaar`` als filter op de
uiteindelijke uitvoer van elke opdracht, wat die opdracht ook toont:

- elke persoon met ``prive: true`` krijgt een vast pseudoniem ("Persoon 3"): hetzelfde in alle
  rapporten van één run, genummerd in volgorde van voorkomen in het dossier, dus zonder iets
  van de naam prijs te geven; ook de id van zo iemand wordt vervangen;
- elk contactgegeven verdwijnt: de waarden van ``contact``-velden, en alles wat op een e-mailadres,
  telefoonnummer, postcode of straat met huisnummer lijkt, ook in vrije tekst.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from stelselkit.lezen.dossier import Dossier, dossiermap_van, laad_dossier, lees_bestand
from stelselkit.model import Bestand

VERWIJDERD = "[contactgegeven verwijderd]"

_STRAATWOORD = (
    r"(?:straat|laan|weg|plein|dreef|singel|gracht|kade|hof|pad|steeg|dijk|park|ring|allee|"
    r"baan|markt|erf|oord|veld|wal)"
)
CONTACTPATRONEN: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("e-mailadres", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)),
    (
        "telefoonnummer",
        re.compile(r"(?<![\w-])(?:\+31|0031|0)(?:[\s().-]*\d){9}(?![\w-])"),
    ),
    ("postcode", re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")),
    (
        "adres",
        re.compile(
            rf"\b[A-ZÀ-ÖØ-Þ][\w'-]*{_STRAATWOORD}\s+\d{{1,4}}(?:\s?[a-zA-Z]\b|-\d+)?",
            re.UNICODE,
        ),
    ),
)


def contactgegevens_in(tekst: str) -> Iterator[tuple[str, str]]:
    """Alles in een tekst dat op een contactgegeven lijkt, als (soort, gevonden tekst)."""
    for soort, patroon in CONTACTPATRONEN:
        for gevonden in patroon.finditer(tekst):
            yield soort, gevonden.group(0)


@dataclass(frozen=True)
class Vondst:
    """Een plek in een dossier met persoonsgegevens."""

    bestand: str
    pad: str
    soort: str  # "naam (privé)", "naam", "contact", "contact in vrije tekst"
    prive: bool


@dataclass
class Privacyfilter:
    """Vervangt privé-namen door pseudoniemen en verwijdert contactgegevens uit uitvoer."""

    pseudoniemen: dict[str, str] = field(default_factory=dict)  # naam of id → pseudoniem
    contacten: set[str] = field(default_factory=set)
    _patroon: re.Pattern[str] | None = field(default=None, repr=False)
    _teller: int = field(default=0, repr=False)

    def _pseudoniem(self, naam: str) -> str:
        bestaand = self.pseudoniemen.get(naam.casefold())
        if bestaand:
            return bestaand
        self._teller += 1
        pseudoniem = f"Persoon {self._teller}"
        self.pseudoniemen[naam.casefold()] = pseudoniem
        return pseudoniem

    def voeg_persoon_toe(self, namen: Iterable[str | None], ids: Iterable[str] = ()) -> None:
        """Eén privé-persoon met zijn namen (en ids): allemaal hetzelfde pseudoniem."""
        geldig = [n.strip() for n in namen if n and len(n.strip()) >= 2]
        if not geldig:
            return
        pseudoniem = self._pseudoniem(geldig[0])
        for naam in geldig[1:]:
            self.pseudoniemen.setdefault(naam.casefold(), pseudoniem)
        for id_ in ids:
            self.pseudoniemen.setdefault(id_.casefold(), pseudoniem.lower().replace(" ", "-"))
        self._patroon = None

    def toepassen(self, tekst: str) -> str:
        """De openbare versie van een uitvoertekst."""
        for contact in sorted(self.contacten, key=len, reverse=True):
            tekst = tekst.replace(contact, VERWIJDERD)
        for _, patroon in CONTACTPATRONEN:
            tekst = patroon.sub(VERWIJDERD, tekst)
        if self.pseudoniemen:
            if self._patroon is None:
                namen = sorted(self.pseudoniemen, key=len, reverse=True)
                self._patroon = re.compile(
                    r"(?<![\w-])(" + "|".join(re.escape(n) for n in namen) + r")(?![\w-])",
                    re.IGNORECASE,
                )
            tekst = self._patroon.sub(lambda m: self.pseudoniemen[m.group(1).casefold()], tekst)
        return tekst


def _personen(
    waarde: object, sleutel: str | None = None
) -> Iterator[tuple[BaseModel, str | None]]:
    """Alle persoonachtige modellen (met een ``prive``-veld), met hun sleutel in een mapping."""
    if isinstance(waarde, BaseModel):
        velden = type(waarde).model_fields
        if "prive" in velden:
            yield waarde, sleutel
        for naam in velden:
            yield from _personen(getattr(waarde, naam))
    elif isinstance(waarde, dict):
        for k, v in waarde.items():
            yield from _personen(v, str(k))
    elif isinstance(waarde, list):
        for v in waarde:
            yield from _personen(v)


_NAAMVELDEN = ("naam", "wie", "tekst")


def _vul(filter_: Privacyfilter, model: Bestand) -> None:
    for persoon, sleutel in _personen(model):
        contact = getattr(persoon, "contact", None)
        if contact:
            filter_.contacten.add(str(contact))
        if getattr(persoon, "prive", False):
            namen = [getattr(persoon, veld, None) for veld in _NAAMVELDEN]
            filter_.voeg_persoon_toe([n for n in namen if isinstance(n, str)],
                                     [sleutel] if sleutel else [])


def filter_voor(paden: Iterable[Path]) -> Privacyfilter:
    """Eén filter voor alle dossiers (of losse bestanden) waar deze paden in liggen."""
    filter_ = Privacyfilter()
    gezien: set[Path] = set()
    for pad in paden:
        map_ = dossiermap_van(pad) if pad.exists() else None
        if map_ is not None:
            if map_ in gezien:
                continue
            gezien.add(map_)
            for bestand in laad_dossier(map_).bestanden:
                if bestand.model is not None:
                    _vul(filter_, bestand.model)
        elif pad.is_file():
            ingelezen, _ = lees_bestand(pad)
            if ingelezen.model is not None:
                _vul(filter_, ingelezen.model)
    return filter_


def inventaris(dossier: Dossier) -> list[Vondst]:
    """Waar persoonsgegevens in een dossier staan (voor ``stelsel privacy``)."""
    from stelselkit.fouten import pad_tekst

    vondsten: list[Vondst] = []
    for bestand in dossier.bestanden:
        if bestand.model is None or bestand.bron is None:
            continue
        for loc, soort, prive in _vind(bestand.model, ()):
            vondsten.append(Vondst(bestand.naam, pad_tekst(loc), soort, prive))
        for regelnummer, regel in enumerate(bestand.bron.tekst.splitlines(), start=1):
            if regel.lstrip().startswith("contact:"):
                continue
            for soort, _ in contactgegevens_in(regel):
                vondsten.append(
                    Vondst(bestand.naam, f"regel {regelnummer}", f"{soort} in vrije tekst", False)
                )
    return vondsten


Loc = tuple[str | int, ...]


def _vind(waarde: object, loc: Loc) -> Iterator[tuple[Loc, str, bool]]:
    if isinstance(waarde, BaseModel):
        velden = type(waarde).model_fields
        prive = bool(getattr(waarde, "prive", False))
        if "prive" in velden and getattr(waarde, "contact", None):
            yield (*loc, "contact"), "contact", prive
        if "prive" in velden and getattr(waarde, "naam", None):
            yield (*loc, "naam"), "naam (privé)" if prive else "naam (niet privé)", prive
        for naam in velden:
            yield from _vind(getattr(waarde, naam), (*loc, naam))
    elif isinstance(waarde, dict):
        for k, v in waarde.items():
            yield from _vind(v, (*loc, str(k)))
    elif isinstance(waarde, list):
        for i, v in enumerate(waarde):
            yield from _vind(v, (*loc, i))
