"""Problemen in een dossier en fouten van de gebruiker.

Een *probleem* is een waarde (zoals bij yamllint): bestand, regel, kolom, pad in het bestand,
niveau en een Nederlandse melding. Een *fout* (:class:`StelselFout`) breekt een opdracht af; de
CLI vangt alleen deze basisklasse op en toont één regel, nooit een traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Uitgang(IntEnum):
    """Gedocumenteerde exitcodes."""

    GOED = 0
    ONGELDIG = 1  # de inhoud van een dossier of bestand klopt niet
    GEBRUIK = 2  # verkeerd gebruik: onbekend pad, verkeerde optie, een pad dat niet schrijfbaar is
    INTERN = 3  # een fout in stelsel zelf (een bug): meld hem


@dataclass(frozen=True, order=True)
class Probleem:
    """Eén probleem in één bestand, met plaats en uitleg."""

    bestand: str
    regel: int  # 1-based; 0 als onbekend
    kolom: int  # 1-based; 0 als onbekend
    melding: str
    pad: str = ""  # pad binnen het bestand, bijv. "schakels.ouderenadviseur.posities[0]"
    niveau: str = "fout"  # "fout" of "waarschuwing"
    code: str = field(default="", compare=False)

    def als_regel(self) -> str:
        plek = f"{self.bestand}:{self.regel}:{self.kolom}" if self.regel else self.bestand
        pad = f" [{self.pad}]" if self.pad else ""
        return f"{plek}: {self.niveau}: {self.melding}{pad}"

    def als_dict(self) -> dict[str, object]:
        return {
            "bestand": self.bestand,
            "regel": self.regel,
            "kolom": self.kolom,
            "pad": self.pad,
            "niveau": self.niveau,
            "code": self.code,
            "melding": self.melding,
        }


def pad_tekst(loc: tuple[str | int, ...]) -> str:
    """``("schakels", "jan", "posities", 0)`` → ``schakels.jan.posities[0]``."""
    tekst = ""
    for deel in loc:
        if isinstance(deel, int):
            tekst += f"[{deel}]"
        else:
            tekst += f".{deel}" if tekst else str(deel)
    return tekst


class StelselFout(Exception):
    """Basis van alle fouten die de gebruiker te zien krijgt (één regel, Nederlands)."""

    uitgang: Uitgang = Uitgang.ONGELDIG

    def __init__(self, melding: str, *, uitgang: Uitgang | None = None) -> None:
        super().__init__(melding)
        self.melding = melding
        if uitgang is not None:
            self.uitgang = uitgang


class GebruiksFout(StelselFout):
    """Verkeerd gebruik van de opdracht: onbekend pad, verkeerde optie, onbekende revisie."""

    uitgang = Uitgang.GEBRUIK


class InhoudsFout(StelselFout):
    """De inhoud kan niet gebruikt worden (ongeldig bestand, verkeerde soort)."""

    uitgang = Uitgang.ONGELDIG

    def __init__(self, melding: str, problemen: list[Probleem] | None = None) -> None:
        super().__init__(melding)
        self.problemen = problemen or []
