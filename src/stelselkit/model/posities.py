"""``soort: posities`` — de posities van verantwoordelijkheid in de keten van dit dossier.

De stelselmatrix kent standaard acht posities (000 §4), maar "de keuze van posities … kan in de
toekomst dus weer wijzigen". Met dit bestand kiest een dossier zijn eigen keten.
"""

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit.model.basis import (
    Bestand,
    Definitie,
    Id,
    Model,
    PersoonLijst,
    lege_lijst,
)


class Positie(Model):
    """Eén positie in de keten, met wie haar inneemt."""

    naam: str = Field(
        description="naam van de positie in de keten, bijv. 'Bewoner' of 'Sociaal wijkteam'",
    )
    omschrijving: str | None = Field(
        default=None,
        description="wat deze positie inhoudt",
    )
    verantwoordelijkheid: str | None = Field(
        default=None, description="waarvoor deze positie verantwoordelijkheid neemt"
    )
    betrokkenen: PersoonLijst = Field(
        description="wie deze positie innemen (naam en rol, of alleen een rol)",
        default_factory=lege_lijst,
    )


class Posities(Bestand):
    """De keten van posities voor dit dossier, in volgorde van bewoner naar bestuur."""

    SOORT: ClassVar[str] = "posities"
    TITEL: ClassVar[str] = "Posities in de keten"

    soort: Literal["posities"] = Field(
        description="wat voor bestand dit is; altijd 'posities'",
    )
    posities: dict[Id, Positie] = Field(
        description="de posities van de keten van dit dossier op id; vervangt de standaardposities",
        min_length=1,
    )

    def definities(self) -> Iterator[Definitie]:
        for sleutel in self.posities:
            yield Definitie("positie", sleutel, ("posities", sleutel))
