"""Het werk van ``stelsel analyse netwerk`` en ``stelsel export netwerk``.

De netwerkanalyse leest meer dan de gewone runner (:mod:`stelselkit.opdrachten.analyse`):
ook ``PAD@revisie`` (een tafelkleed zoals het in git was), en met ``--vergelijk`` twee
momentopnamen. Verder geldt hetzelfde beleid: heeft een dossiermap fouten, dan komt het rapport
er toch, met vooraan één bevinding die de fouten noemt, en exitcode 1.
"""

from __future__ import annotations

import datetime as dt

from stelselkit.analyse.netwerk import ANALYSE, actuele_kleden
from stelselkit.analyse.netwerk_vergelijk import vergelijk
from stelselkit.analyse.netwerkgraaf import Netwerk, voeg_samen
from stelselkit.fouten import InhoudsFout
from stelselkit.lezen.netwerkbron import Bron, lees_bronnen, lees_kant
from stelselkit.opdrachten.analyse import Uitvoering, dossierfouten_van


def _kleden(bronnen: list[Bron], vandaag: dt.date) -> Netwerk:
    kleden, midden = actuele_kleden(bronnen, vandaag)
    if not kleden:
        raise InhoudsFout(f"het dossier heeft (nog) geen tafelkleed op {vandaag.isoformat()}; "
                          "kies een latere --vandaag of maak er een met 'stelsel nieuw "
                          "tafelkleed'")
    return voeg_samen(kleden, midden)


def netwerk_van(bronnen: list[str], vandaag: dt.date) -> Netwerk:
    """Het samengevoegde netwerk van tafelkleden, ``PAD@revisie`` en dossiermappen."""
    return _kleden(lees_bronnen(bronnen), vandaag)


def analyseer(bronnen: list[str], vandaag: dt.date) -> Uitvoering:
    """De netwerkanalyse van tafelkleden, ``PAD@revisie`` en dossiermappen."""
    gelezen = lees_bronnen(bronnen)
    _kleden(gelezen, vandaag)
    problemen = dossierfouten_van(gelezen)
    resultaat = ANALYSE.analyseer(gelezen, vandaag).met_dossierfouten(problemen)
    return Uitvoering(resultaat, problemen)


def vergelijk_kanten(oud: str, nieuw: str) -> Uitvoering:
    """Twee momentopnamen (elk een bestand of ``PAD@revisie``) naast elkaar."""
    netwerken = [voeg_samen([(ingelezen.naam, kleed)])
                 for ingelezen, kleed, _ in (lees_kant(oud), lees_kant(nieuw))]
    return Uitvoering(vergelijk(*netwerken), ())
