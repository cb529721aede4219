"""``soort: gesprekstafel`` — gesprekstafels rond initiatieven, met tafelkaarten (001 §4.2).

Per initiatief een tafelkaart: wat is het initiatief, wat zijn de ambities, wie verbindt zich
eraan en op welke wijze, wat zijn de vervolgafspraken en werkwijzen. Aan het slot een
gezamenlijke tijdlijn. Een moment op de tijdlijn kan een bestaande gebeurtenis van het
netwerkprogramma zijn (een dorpsfeest, een markt; 001 §4.3), met ``gebeurtenis``.
"""

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit.model.basis import (
    Bestand,
    Datum,
    Definitie,
    Id,
    Model,
    Persoon,
    Verwijzing,
    lege_lijst,
)


class Verbintenis(Persoon):
    """Wie zich aan een initiatief verbindt, en hoe."""

    hoe: str | None = Field(default=None, description="op welke wijze iemand zich verbindt")


class Tafelkaart(Model):
    """De kaart van één tafel."""

    id: Id = Field(description="vaste id van het initiatief")
    initiatief: str = Field(description="wat is het initiatief")
    ambities: list[str] = Field(default_factory=lege_lijst, description="wat zijn de ambities")
    wie: list[Verbintenis] = Field(
        default_factory=lege_lijst, description="wie verbindt zich eraan, en op welke wijze"
    )
    vervolgafspraken: list[str] = Field(
        default_factory=lege_lijst, description="wat zijn de vervolgafspraken"
    )
    werkwijzen: list[str] = Field(default_factory=lege_lijst, description="met welke werkwijzen")


class TijdlijnPunt(Model):
    """Een ontmoetings- of actiemoment op de gezamenlijke tijdlijn."""

    datum: Datum = Field(description="wanneer")
    wat: str = Field(description="wat er gebeurt")
    gebeurtenis: Id | None = Field(
        default=None,
        description="id van een bestaande gebeurtenis (netwerkprogramma) die hier benut wordt",
    )


class Gesprekstafel(Bestand):
    """Een bijeenkomst met gesprekstafels rond een gezamenlijk thema."""

    SOORT: ClassVar[str] = "gesprekstafel"
    TITEL: ClassVar[str] = "Gesprekstafels"

    soort: Literal["gesprekstafel"] = Field(
        description="wat voor bestand dit is; altijd 'gesprekstafel'",
    )
    titel: str = Field(
        description="naam van de gesprekstafel, bijv. 'Gesprekstafels Gezond Doorwerth'",
    )
    thema: Id | None = Field(default=None, description="id van het gezamenlijke thema")
    datum: Datum = Field(description="de dag van de gesprekstafels")
    plaats: str | None = Field(default=None, description="waar")
    tafels: list[Tafelkaart] = Field(
        default_factory=lege_lijst, description="één kaart per initiatief"
    )
    tijdlijn: list[TijdlijnPunt] = Field(
        default_factory=lege_lijst, description="de gezamenlijke tijdlijn aan het slot"
    )

    def definities(self) -> Iterator[Definitie]:
        for i, tafel in enumerate(self.tafels):
            yield Definitie("initiatief", tafel.id, ("tafels", i, "id"))
            yield Definitie("tafelkaart", tafel.id, ("tafels", i, "id"))

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        for i, punt in enumerate(self.tijdlijn):
            if punt.gebeurtenis:
                yield Verwijzing(("tijdlijn", i, "gebeurtenis"), punt.gebeurtenis,
                                 ("gebeurtenis",), "de bestaande gebeurtenis")
