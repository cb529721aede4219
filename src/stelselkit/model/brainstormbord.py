"""``soort: brainstormbord`` — thema in het midden, vier kwadranten met geeltjes (001 §4.2)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from stelselkit.model.basis import Bestand, Datum, Id, TekstOfModel


class Vraag(TekstOfModel):
    """Een vraag van het bord; met ``antwoord`` zodra iets haar beantwoordt."""

    tekst: str
    antwoord: str | None = None


class Brainstormbord(Bestand):
    """Een brainstormbord: wensen, voorbeelden, mogelijkheden en vragen rond een thema."""

    SOORT: ClassVar[str] = "brainstormbord"
    TITEL: ClassVar[str] = "Brainstormbord"

    soort: Literal["brainstormbord"]
    titel: str = Field(description="het thema in het midden van het bord")
    thema: Id | None = None
    datum: Datum | None = None
    plaats: str | None = None
    wensen: list[str] = Field(default_factory=list, description="Wat wensen we?")
    voorbeelden: list[str] = Field(default_factory=list, description="Wat zijn mooie voorbeelden?")
    mogelijkheden: list[str] = Field(
        default_factory=list, description="Wat zijn hier de mogelijkheden?"
    )
    vragen: list[Vraag] = Field(default_factory=list, description="Wat zijn vragen?")
