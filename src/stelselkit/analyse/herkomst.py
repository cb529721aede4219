"""Herkomst in bevindingen en rapporten: wat op een reconstructie of plaatshouder rust, zegt dat.

Een bestand of item kan ``herkomst: bron | reconstructie | plaatshouder`` hebben (zie
:class:`stelselkit.model.basis.Herkomst`). Een bevinding die op zo'n bestand of item rust, krijgt
er een zin bij; een rapportregel noemt het. Een gedeelde hulpmodule (zoals ``netwerkgraaf``), geen
analyse.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from stelselkit.analyse import Bevinding
from stelselkit.lezen.dossier import Dossier
from stelselkit.taal import opsomming


def vermelding(item: object) -> str | None:
    """"reconstructie" of "plaatshouder" (met toelichting) van een model of item; ``None`` voor
    een bron of zonder herkomst."""
    herkomst = getattr(item, "herkomst", None)
    return herkomst.vermelding if herkomst is not None else None


def zin(genoemd: Sequence[str]) -> str:
    """De zin achter een bevinding: ``" Let op: dit rust op 'X' (reconstructie), …"``."""
    if not genoemd:
        return ""
    return (f" Let op: dit rust op {opsomming(list(genoemd))}, geen verslag uit een bron; "
            "controleer het voordat je erop handelt.")


def met_herkomst(bevinding: Bevinding, genoemd: Sequence[str]) -> Bevinding:
    """Dezelfde bevinding, met de herkomstzin als ``genoemd`` iets noemt."""
    extra = zin(genoemd)
    return dataclasses.replace(bevinding, tekst=bevinding.tekst + extra) if extra else bevinding


def _stap(waarde: Any, sleutel: str | int) -> Any:
    if isinstance(sleutel, int):
        return waarde[sleutel]
    if isinstance(waarde, dict):
        return waarde[sleutel]
    return getattr(waarde, sleutel)


def van_id(dossier: Dossier | None, id_: str) -> str | None:
    """De herkomst van wat in het dossier de id ``id_`` heeft: een bestand of een item erin
    (een schakel, uitspraak, initiatief …); een item zonder eigen herkomst erft die van zijn
    bestand."""
    if dossier is None:
        return None
    for ingelezen in dossier.bestanden:
        model = ingelezen.model
        if model is None:
            continue
        if ingelezen.id == id_:
            return vermelding(model)
        for definitie in model.definities():
            if definitie.id != id_:
                continue
            plek = list(definitie.loc)
            if plek and plek[-1] == "id":
                plek.pop()
            item: Any = model
            for sleutel in plek:
                item = _stap(item, sleutel)
            return vermelding(item) or vermelding(model)
    return None
