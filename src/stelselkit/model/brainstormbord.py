"""``soort: brainstormbord`` — thema in het midden, vier kwadranten met geeltjes (001 §4.2).

Een wens of mogelijkheid mag een losse tekst zijn, of wijzen naar het thema, initiatief of de
gesprekstafel waarin ze is opgepakt (``opgepakt_in``): zo volgt het dossier het vervolg.
"""

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit.model.basis import (
    Bestand,
    Datum,
    Id,
    TekstOfModel,
    Verwijzing,
    lege_lijst,
)
from stelselkit.model.dorpsgesprek import OPGEPAKT_OMSCHRIJVING, OPGEPAKT_SOORTEN, Opvolgbaar


class Vraag(TekstOfModel):
    """Een vraag van het bord; met ``antwoord`` zodra iets haar beantwoordt."""

    tekst: str = Field(description="de vraag")
    antwoord: str | None = Field(default=None, description="het antwoord, zodra er een is")


class Wens(Opvolgbaar):
    """Een wens van het bord (Wat wensen we?)."""


class Mogelijkheid(Opvolgbaar):
    """Een mogelijkheid van het bord (Wat zijn hier de mogelijkheden?)."""


class Brainstormbord(Bestand):
    """Een brainstormbord: wensen, voorbeelden, mogelijkheden en vragen rond een thema."""

    SOORT: ClassVar[str] = "brainstormbord"
    TITEL: ClassVar[str] = "Brainstormbord"

    soort: Literal["brainstormbord"] = Field(
        description="wat voor bestand dit is; altijd 'brainstormbord'",
    )
    titel: str = Field(description="het thema in het midden van het bord")
    thema: Id | None = Field(default=None, description="id van het actuele thema")
    datum: Datum | None = Field(default=None, description="de dag waarop het bord gevuld werd")
    plaats: str | None = Field(default=None, description="waar het bord stond")
    wensen: list[Wens] = Field(default_factory=lege_lijst, description="Wat wensen we?")
    voorbeelden: list[str] = Field(
        default_factory=lege_lijst, description="Wat zijn mooie voorbeelden?"
    )
    mogelijkheden: list[Mogelijkheid] = Field(
        default_factory=lege_lijst, description="Wat zijn hier de mogelijkheden?"
    )
    vragen: list[Vraag] = Field(default_factory=lege_lijst, description="Wat zijn vragen?")

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        for vak in ("wensen", "mogelijkheden"):
            for i, item in enumerate(getattr(self, vak)):
                if item.opgepakt_in:
                    yield Verwijzing((vak, i, "opgepakt_in"), item.opgepakt_in,
                                     OPGEPAKT_SOORTEN, OPGEPAKT_OMSCHRIJVING)
