"""``stelsel verantwoording``: het raadsverslag van een of meer dossiers over een periode.

Openbaar is de standaard: de opdracht draait dan in de openbaar-context van de CLI (het dossier
komt als publiceerbare kopie binnen, en alles wat weggaat passeert de lekcontrole). In een
openbaar dossier staan geen casussen; het casusniveau krijgt het openbare casusoverzicht van de
context (alleen tellingen, alleen vanaf de drempel). Het netwerkbeeld wordt gemaakt uit het
openbare netwerk, en zijn SVG-bron gaat eerst door dezelfde lekcontrole (de pixels van een PNG
kan die niet lezen).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stelselkit.analyse import Resultaat
from stelselkit.analyse.verantwoording import Periode, verantwoord
from stelselkit.fouten import GebruiksFout, InhoudsFout, Probleem
from stelselkit.lezen.dossier import (
    DOSSIERBESTAND,
    Dossier,
    dossiermap_van,
    laad_dossier,
    moet_bestaan,
)
from stelselkit.model import Indicatoren, Verschuivingen
from stelselkit.model.basis import Datum
from stelselkit.weergave.verantwoording import Blok, opbouw


@dataclass(frozen=True)
class Verslag:
    """Het verslag van één dossier: resultaat, blokken en (als het kon) het netwerkbeeld."""

    resultaat: Resultaat[Any]
    blokken: list[Blok]
    beeld: bytes | None
    problemen: tuple[Probleem, ...]


def lees_periode(tekst: str) -> Periode:
    """``VAN:TOT`` met datums zo precies als bekend (``2014-01:2014-06``, ``2013:2014``)."""
    van, scheiding, tot = tekst.partition(":")
    if not scheiding:
        raise GebruiksFout(f"'--periode {tekst}' mist de dubbele punt; schrijf VAN:TOT, bijv. "
                           "2014-01:2014-06")
    try:
        periode = Periode(Datum.lees(van), Datum.lees(tot))
    except ValueError as fout:
        raise GebruiksFout(f"'--periode {tekst}': {fout}") from None
    if periode.tot.eind < periode.van.begin:
        raise GebruiksFout(f"'--periode {tekst}': TOT ligt voor VAN; draai ze om")
    return periode


def _netwerkbeeld(dossier: Dossier, vandaag: dt.date, openbaar: bool) -> bytes | None:
    from stelselkit.analyse.netwerkgraaf import voeg_samen
    from stelselkit.lezen.netwerkbron import kleden_van_dossier, midden_van_dossier
    from stelselkit.uitvoer.netwerk import svg
    from stelselkit.uitvoer.word import netwerkbeeld

    kleden = kleden_van_dossier(dossier, vandaag)
    if not kleden:
        return None
    tekening = svg(voeg_samen(kleden, midden_van_dossier(dossier, kleden)))
    if openbaar:
        from stelselkit.lezen.openbaar import actief
        from stelselkit.uitvoer.lekcontrole import Controle

        context = actief()
        if context is not None:
            Controle(context).controleer(tekening, "het netwerkbeeld")
    return netwerkbeeld(tekening)


def verslag(pad: Path, vandaag: dt.date, periode: Periode | None, *, openbaar: bool,
            beeld: bool) -> Verslag:
    """Het verslag van het dossier waar ``pad`` in ligt."""
    map_ = dossiermap_van(moet_bestaan(pad))
    if map_ is None:
        raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen {DOSSIERBESTAND})")
    dossier = laad_dossier(map_)
    if not dossier.van_soort(Verschuivingen) and not dossier.van_soort(Indicatoren):
        raise InhoudsFout(f"het dossier {pad} heeft geen verschuivingslogboek en geen eigen "
                          "indicatoren; begin met 'stelsel nieuw verschuivingen'")
    casusoverzicht = None
    if openbaar:
        from stelselkit.lezen.openbaar import actief

        context = actief()
        casusoverzicht = context.casusoverzicht(map_) if context else None
    resultaat = verantwoord(dossier, vandaag, periode, casusoverzicht)
    problemen = tuple(sorted(p for p in dossier.problemen if p.niveau == "fout"))
    png = _netwerkbeeld(dossier, vandaag, openbaar) if beeld else None
    return Verslag(resultaat.met_dossierfouten(problemen),
                   opbouw(resultaat.met_dossierfouten(problemen), openbaar=openbaar,
                          beeld=png is not None),
                   png, problemen)
