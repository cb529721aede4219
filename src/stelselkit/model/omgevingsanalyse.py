"""``soort: omgevingsanalyse`` — de mogelijkmakende omgeving rond eigen kracht (002 instr. 3).

In het midden de eigen kracht (een persoon, een gezin, een organisatie of de hele gemeenschap),
daaromheen kringen. Elke kring wordt bevraagd vanuit vier invalshoeken met elk zes vragen.
Optioneel de besteding per kring in uren of euro's, per lijn en per periode.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field, create_model, model_validator

from stelselkit import methode
from stelselkit.model.basis import Bestand, Datum, Id, Model, Verwijzing


def _antwoordmodel(invalshoek: methode.Invalshoek) -> type[Model]:
    velden = {
        sleutel: (str | None, Field(default=None, description=vraag))
        for sleutel, vraag in invalshoek.vragen
    }
    return create_model(  # type: ignore[call-overload,no-any-return]
        f"Antwoorden{invalshoek.naam}", __base__=Model, **velden
    )


Betrokkenheid = _antwoordmodel(methode.INVALSHOEKEN[0])
Kennis = _antwoordmodel(methode.INVALSHOEKEN[1])
Inzet = _antwoordmodel(methode.INVALSHOEKEN[2])
Vermogen = _antwoordmodel(methode.INVALSHOEKEN[3])

Lijn = Literal[methode.ids(methode.LIJNEN)]  # type: ignore[misc]


class Besteding(Model):
    """Inzet in uren of euro's van één lijn in één periode."""

    periode: str = Field(description='een label dat goed sorteert, bijv. "2013" of "2014-1"')
    lijn: Lijn
    uren: float | None = Field(default=None, ge=0)
    euro: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _iets(self) -> Besteding:
        if self.uren is None and self.euro is None:
            raise ValueError("geef 'uren' of 'euro' (of allebei)")
        return self


class Kring(Model):
    """Een kring rond de eigen kracht, bevraagd vanuit de vier invalshoeken."""

    naam: str | None = Field(default=None, description="nodig als de id geen standaardkring is")
    betrokkenheid: Betrokkenheid | None = None  # type: ignore[valid-type]
    kennis: Kennis | None = None  # type: ignore[valid-type]
    inzet: Inzet | None = None  # type: ignore[valid-type]
    vermogen: Vermogen | None = None  # type: ignore[valid-type]
    besteding: list[Besteding] = Field(default_factory=list)


class EigenKracht(Model):
    """Het midden: van wie de eigen kracht is. Anoniem waar het persoonlijk is."""

    wie: str
    soort: Literal["persoon", "gezin", "organisatie", "gemeenschap"] = "gemeenschap"
    prive: bool = False


class Omgevingsanalyse(Bestand):
    """Een omgevingsanalyse: eigen kracht in het midden, kringen eromheen."""

    SOORT: ClassVar[str] = "omgevingsanalyse"
    TITEL: ClassVar[str] = "Omgevingsanalyse"

    soort: Literal["omgevingsanalyse"]
    titel: str
    thema: Id | None = None
    datum: Datum | None = None
    eigen_kracht: EigenKracht
    kringen: dict[Id, Kring] = Field(
        min_length=1,
        description="standaard netwerken, sociale-omgeving, algemene-voorzieningen, "
        "specifieke-voorzieningen, thema; of de posities van de keten",
    )

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        standaard = set(methode.ids(methode.KRINGEN))
        for sleutel, kring in self.kringen.items():
            if sleutel not in standaard and kring.naam is None:
                yield Verwijzing(
                    ("kringen", sleutel),
                    sleutel,
                    ("positie",),
                    "de kring (geen standaardkring en geen 'naam'), dus de positie",
                )
