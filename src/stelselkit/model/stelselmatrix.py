"""``soort: stelselmatrix`` — posities × elementen met aandachtspunten (000 §3–§7).

Per positie van de keten (kolommen) en per element (rijen) de aandachtspunten; zij vormen de
basis van het programma van activiteiten. Een cel heet in verwijzingen ``positie/element``.
"""

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field, create_model

from stelselkit import methode
from stelselkit.model.basis import (
    Bestand,
    Datum,
    Definitie,
    Id,
    Model,
    TekstOfModel,
    Verwijzing,
    lege_dict,
    lege_lijst,
)


class Aandachtspunt(TekstOfModel):
    """Een aandachtspunt in een cel; een id is nodig om er precies naar te verwijzen."""

    id: Id | None = Field(
        default=None,
        description="vaste id, zodat een activiteit in het programma ernaar kan verwijzen",
    )
    tekst: str = Field(
        description="het aandachtspunt, bijv. 'huisartsen kennen het dorpsgesprek niet'",
    )


Kolom = create_model(  # type: ignore[call-overload]
    "Kolom",
    __base__=Model,
    **{
        e.id: (list[Aandachtspunt], Field(default_factory=lege_lijst, description=e.naam))
        for e in methode.ELEMENTEN
    },
)


class Stelselmatrix(Bestand):
    """De stelselmatrix van een dossier."""

    SOORT: ClassVar[str] = "stelselmatrix"
    TITEL: ClassVar[str] = "Stelselmatrix"

    soort: Literal["stelselmatrix"] = Field(
        description="wat voor bestand dit is; altijd 'stelselmatrix'",
    )
    thema: Id | None = Field(
        default=None,
        description="id van het thema waar de matrix bij hoort",
    )
    datum: Datum | None = Field(
        default=None,
        description="wanneer de matrix zo is ingevuld",
    )
    cellen: dict[Id, Kolom] = Field(  # type: ignore[valid-type]
        default_factory=lege_dict, description="per positie, per element de aandachtspunten"
    )

    def aandachtspunten(self) -> Iterator[tuple[str, str, int, Aandachtspunt]]:
        """Alle aandachtspunten als (positie, element, volgnummer, aandachtspunt)."""
        for positie, kolom in self.cellen.items():
            for element in methode.ids(methode.ELEMENTEN):
                for i, punt in enumerate(getattr(kolom, element)):
                    yield positie, element, i, punt

    def definities(self) -> Iterator[Definitie]:
        for positie, element, i, punt in self.aandachtspunten():
            if punt.id:
                yield Definitie("aandachtspunt", punt.id, ("cellen", positie, element, i, "id"))

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        for positie in self.cellen:
            yield Verwijzing(("cellen", positie), positie, ("positie",), "de positie")
