"""``soort: gesprekstafel`` — gesprekstafels rond initiatieven, met tafelkaarten (001 §4.2).

Per initiatief een tafelkaart: wat is het initiatief, wat zijn de ambities, wie verbindt zich
eraan en op welke wijze, wat zijn de vervolgafspraken en werkwijzen. Aan het slot een
gezamenlijke tijdlijn.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit.model.basis import Bestand, Datum, Definitie, Id, Model, Persoon


class Verbintenis(Persoon):
    """Wie zich aan een initiatief verbindt, en hoe."""

    hoe: str | None = Field(default=None, description="op welke wijze iemand zich verbindt")


class Tafelkaart(Model):
    """De kaart van één tafel."""

    id: Id
    initiatief: str = Field(description="wat is het initiatief")
    ambities: list[str] = Field(default_factory=list)
    wie: list[Verbintenis] = Field(default_factory=list)
    vervolgafspraken: list[str] = Field(default_factory=list)
    werkwijzen: list[str] = Field(default_factory=list)


class TijdlijnPunt(Model):
    datum: Datum
    wat: str


class Gesprekstafel(Bestand):
    """Een bijeenkomst met gesprekstafels rond een gezamenlijk thema."""

    SOORT: ClassVar[str] = "gesprekstafel"
    TITEL: ClassVar[str] = "Gesprekstafels"

    soort: Literal["gesprekstafel"]
    titel: str
    thema: Id | None = None
    datum: Datum
    plaats: str | None = None
    tafels: list[Tafelkaart] = Field(default_factory=list)
    tijdlijn: list[TijdlijnPunt] = Field(default_factory=list)

    def definities(self) -> Iterator[Definitie]:
        for i, tafel in enumerate(self.tafels):
            yield Definitie("initiatief", tafel.id, ("tafels", i, "id"))
            yield Definitie("tafelkaart", tafel.id, ("tafels", i, "id"))
