"""Gedeelde hulp bij de bronnen van een analyse; zelf geen analyse.

Wat meer analyses (en ``opdrachten/``) nodig hebben over de bestanden die ze lezen: het dossier
waar ze in liggen, de naam van een bestand binnen dat dossier, en welke regieprogramma's nog
lopen (002, hoofdstuk 4: een regieprogramma wordt cyclisch herhaald; een programma waar een
ander met ``vorige`` naar wijst, is opgevolgd).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from stelselkit.analyse import Bron
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Programma

ProgrammaBron = tuple[Ingelezen, Programma]


def dossier_van(bronnen: Sequence[Bron[Any]]) -> Dossier:
    """Het dossier van de bronnen; voor losse bestanden buiten een dossier: alleen die."""
    dossier = next((d for _, _, d in bronnen if d is not None), None)
    if dossier is None:
        dossier = Dossier(map=bronnen[0][0].pad.parent, bestanden=[i for i, _, _ in bronnen])
    return dossier


def bestandsnaam(dossier: Dossier, ingelezen: Ingelezen) -> str:
    """Het pad van een bestand binnen zijn dossier (hetzelfde vanuit elke werkmap)."""
    try:
        return ingelezen.pad.resolve().relative_to(dossier.map.resolve()).as_posix()
    except ValueError:
        return ingelezen.pad.name


def _nog_niet_begonnen(programma: Programma, vandaag: dt.date | None) -> bool:
    return vandaag is not None and programma.ontwikkelperiode.van.begin > vandaag


def opvolgers(bronnen: Sequence[ProgrammaBron],
              vandaag: dt.date | None = None) -> dict[str, str]:
    """Welk programma door welk ander is opgevolgd (via ``vorige``).

    Met ``vandaag`` telt een volgende cyclus pas als opvolger als haar ontwikkelperiode begonnen
    is: tot die dag loopt de huidige (``stelsel programma nieuw`` maakt de volgende vooraf).
    """
    bekend = {ingelezen.id for ingelezen, _ in bronnen}
    return {
        programma.vorige: ingelezen.id
        for ingelezen, programma in bronnen
        if programma.vorige in bekend and not _nog_niet_begonnen(programma, vandaag)
    }


def lopende(bronnen: Sequence[ProgrammaBron],
            vandaag: dt.date | None = None) -> list[ProgrammaBron]:
    """De programma's die (nog) niet door een volgende cyclus zijn opgevolgd.

    Met ``vandaag`` is een volgende cyclus die nog niet begon, nog niet de huidige; een eerste
    programma (zonder vorige in het dossier) telt ook vóór zijn begin.
    """
    bekend = {ingelezen.id for ingelezen, _ in bronnen}
    opgevolgd = opvolgers(bronnen, vandaag)
    return [
        (ingelezen, programma) for ingelezen, programma in bronnen
        if ingelezen.id not in opgevolgd
        and not (programma.vorige in bekend and _nog_niet_begonnen(programma, vandaag))
    ]
