"""``soort: omgevingsanalyse`` — de mogelijkmakende omgeving rond eigen kracht (002 instr. 3).

In het midden de eigen kracht (een persoon, een gezin, een organisatie of de hele gemeenschap),
daaromheen kringen. Elke kring wordt bevraagd vanuit vier invalshoeken met elk zes vragen.
Optioneel de besteding per kring in uren of euro's, per lijn en per periode.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Literal, Self

from pydantic import Field, create_model, model_validator

from stelselkit import methode
from stelselkit.model.basis import (
    Bestand,
    Datum,
    Id,
    Model,
    Verwijzing,
    lege_lijst,
)


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

if TYPE_CHECKING:  # mypy kent geen Literal of lijst uit een functie; pydantic wel
    Lijn = str
else:
    Lijn = Literal[methode.ids(methode.LIJNEN)]


class Besteding(Model):
    """Inzet in uren of euro's van één lijn in één periode."""

    periode: str = Field(description='een label dat goed sorteert, bijv. "2013" of "2014-1"')
    lijn: Lijn = Field(
        description="de lijn waarop de inzet valt: nulde, eerste of tweede",
    )
    uren: float | None = Field(
        description="bestede uren in deze kring en lijn",
        default=None, ge=0,
    )
    euro: float | None = Field(
        description="bestede euro's in deze kring en lijn",
        default=None, ge=0,
    )

    @model_validator(mode="after")
    def _iets(self) -> Self:
        if self.uren is None and self.euro is None:
            raise ValueError("geef 'uren' of 'euro' (of allebei)")
        return self


class Kring(Model):
    """Een kring rond de eigen kracht, bevraagd vanuit de vier invalshoeken."""

    naam: str | None = Field(default=None, description="nodig als de id geen standaardkring is")
    betrokkenheid: Betrokkenheid | None = Field(  # type: ignore[valid-type]
        default=None,
        description="antwoorden vanuit de invalshoek betrokkenheid (de zes vragen)",
    )
    kennis: Kennis | None = Field(  # type: ignore[valid-type]
        default=None,
        description="antwoorden vanuit de invalshoek kennis (de zes vragen)",
    )
    inzet: Inzet | None = Field(  # type: ignore[valid-type]
        default=None,
        description="antwoorden vanuit de invalshoek inzet (de zes vragen)",
    )
    vermogen: Vermogen | None = Field(  # type: ignore[valid-type]
        default=None,
        description="antwoorden vanuit de invalshoek vermogen (de zes vragen)",
    )
    besteding: list[Besteding] = Field(
        description="wat in deze kring besteed wordt, per lijn in uren of euro's",
        default_factory=lege_lijst,
    )


class EigenKracht(Model):
    """Het midden: van wie de eigen kracht is. Anoniem waar het persoonlijk is."""

    wie: str = Field(
        description="de eigen kracht in het midden: een persoon, gezin, organisatie of de "
        "gemeenschap",
    )
    soort: Literal["persoon", "gezin", "organisatie", "gemeenschap"] = Field(
        default="gemeenschap",
        description="persoon, gezin, organisatie of gemeenschap",
    )
    prive: bool = Field(
        default=False,
        description="true als 'wie' een privépersoon is: in openbare uitvoer een pseudoniem",
    )


class Omgevingsanalyse(Bestand):
    """Een omgevingsanalyse: eigen kracht in het midden, kringen eromheen."""

    SOORT: ClassVar[str] = "omgevingsanalyse"
    TITEL: ClassVar[str] = "Omgevingsanalyse"

    soort: Literal["omgevingsanalyse"] = Field(
        description="wat voor bestand dit is; altijd 'omgevingsanalyse'",
    )
    titel: str = Field(
        description="naam van de omgevingsanalyse, bijv. 'Vitale omgeving'",
    )
    thema: Id | None = Field(
        default=None,
        description="id van het thema waar de analyse bij hoort",
    )
    datum: Datum | None = Field(
        default=None,
        description="wanneer de analyse gemaakt is",
    )
    eigen_kracht: EigenKracht = Field(
        description="de eigen kracht in het midden van de kringen",
    )
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
