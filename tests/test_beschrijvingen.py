"""Elk veld van elk model heeft een Nederlandse ``description``: de editor (yaml-language-server
met de JSON Schema's van ``stelsel schema``) toont die bij hover en aanvulling.

Generiek over ``SOORTEN``: ook een soort die later bijkomt valt eronder, met al zijn
deelmodellen. Zonder beschrijving faalt de test met model en veld, en hoe het goed moet.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from stelselkit.model import SOORTEN
from stelselkit.model.basis import Model
from stelselkit.opdrachten.schemas import schema_van


def _modellen(annotatie: object) -> Iterator[type[BaseModel]]:
    if isinstance(annotatie, type) and issubclass(annotatie, BaseModel):
        yield annotatie
    for argument in typing.get_args(annotatie):
        yield from _modellen(argument)


def _zonder_beschrijving(wortel: type[BaseModel]) -> list[str]:
    gezien: set[type[BaseModel]] = set()
    ontbreekt: list[str] = []

    def loop(model: type[BaseModel]) -> None:
        if model in gezien:
            return
        gezien.add(model)
        for naam, veld in model.model_fields.items():
            if not (veld.description and veld.description.strip()):
                ontbreekt.append(f"{model.__module__}.{model.__name__}.{naam}")
            for deel in _modellen(veld.annotation):
                loop(deel)

    loop(wortel)
    return ontbreekt


@pytest.mark.parametrize("soort", sorted(SOORTEN))
def test_elk_veld_heeft_een_beschrijving(soort: str) -> None:
    ontbreekt = _zonder_beschrijving(SOORTEN[soort])
    assert not ontbreekt, (
        "velden zonder beschrijving (geef ze Field(description=\"…\") in het Nederlands, "
        "met een voorbeeld waar dat helpt): " + ", ".join(ontbreekt)
    )


def _eigenschappen(schema: object, pad: str = "") -> Iterator[tuple[str, dict[str, object]]]:
    if isinstance(schema, dict):
        for naam, eigenschap in (schema.get("properties") or {}).items():
            yield f"{pad}.{naam}", eigenschap
        for sleutel, waarde in schema.items():
            yield from _eigenschappen(waarde, f"{pad}/{sleutel}")
    elif isinstance(schema, list):
        for waarde in schema:
            yield from _eigenschappen(waarde, pad)


@pytest.mark.parametrize("soort", sorted(SOORTEN))
def test_elke_sleutel_in_het_json_schema_heeft_een_beschrijving(soort: str) -> None:
    """Wat de editor echt ziet: elke ``properties``-sleutel in het schema, ook in ``$defs``."""
    zonder = [pad for pad, eigenschap in _eigenschappen(schema_van(soort))
              if not eigenschap.get("description")]
    assert zonder == []


def test_de_controle_vindt_een_veld_zonder_beschrijving() -> None:
    class Kaal(Model):
        met: str = "x"

    class Bestandje(Model):
        deel: Kaal

    assert _zonder_beschrijving(Bestandje) == [
        f"{__name__}.Bestandje.deel", f"{__name__}.Kaal.met"]
