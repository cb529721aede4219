"""``soort: thema`` — het actuele thema met een uitnodigende naam (002 stap 1; 001 §4.3)."""

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit.model.basis import (
    Bestand,
    IdLijst,
    Periode,
    TekstLijst,
    Verwijzing,
    lege_lijst,
)


class Thema(Bestand):
    """Een actueel thema: de motor van het gesprek in de buurt."""

    SOORT: ClassVar[str] = "thema"
    TITEL: ClassVar[str] = "Thema"

    soort: Literal["thema"] = Field(
        description="wat voor bestand dit is; altijd 'thema'",
    )
    naam: str = Field(description="aantrekkelijke, uitnodigende naam")
    omschrijving: str | None = Field(
        default=None,
        description="waar het thema over gaat, in de woorden van de buurt",
    )
    periode: Periode | None = Field(
        default=None,
        description="wanneer het thema actueel is (van … tot)",
    )
    woorden: TekstLijst = Field(
        default_factory=lege_lijst, description="woorden waaruit de naam komt"
    )
    afstemming: IdLijst = Field(
        default_factory=lege_lijst,
        description="andere thema's waarmee dit thema is afgestemd (fase 1, 000 §8)",
    )

    def verwijzingen(self) -> Iterator[Verwijzing]:
        for i, ander in enumerate(self.afstemming):
            yield Verwijzing(("afstemming", i), ander, ("thema",), "het andere thema")
