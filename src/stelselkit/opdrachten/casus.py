"""``stelsel analyse casus``: de casusanalyse, en met ``--openbaar`` alleen het overzicht.

Zonder ``--openbaar`` draait de analyse zoals elke andere (:func:`stelselkit.opdrachten.analyse.
draai`), over alle casussen van het dossier. Met ``--openbaar`` leest de opdracht het openbare
dossier, waarin geen casus en geen vissenkom staat, en neemt ze het overzicht dat de
openbaar-context vooraf maakte (:meth:`stelselkit.lezen.openbaar.Openbaar.casusoverzicht`):
alleen tellingen, en alleen vanaf de drempel van het dossier.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from stelselkit.analyse.casus import ANALYSE, openbaar_resultaat
from stelselkit.fouten import GebruiksFout
from stelselkit.lezen.casusoverzicht import drempel_van
from stelselkit.lezen.dossier import DOSSIERBESTAND, dossiermap_van, laad_dossier, moet_bestaan
from stelselkit.lezen.openbaar import actief
from stelselkit.opdrachten.analyse import Uitvoering, draai


def casusanalyse(pad: Path, vandaag: dt.date, *, openbaar: bool) -> Uitvoering:
    """De casusanalyse van het dossier waar ``pad`` in ligt."""
    map_ = dossiermap_van(moet_bestaan(pad))
    if map_ is None:
        raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen {DOSSIERBESTAND})")
    if not openbaar:
        return draai(ANALYSE, [map_], vandaag)
    context = actief()
    dossier = laad_dossier(map_)
    problemen = tuple(p for p in dossier.problemen if p.niveau == "fout")
    resultaat = openbaar_resultaat(
        dossier.naam, drempel_van(dossier), context.casusoverzicht(map_) if context else None,
        vandaag,
    )
    return Uitvoering(resultaat.met_dossierfouten(problemen), problemen)
