"""``soort: dorpsgesprek`` — informeel gesprek rond een actueel thema (001 §4.2).

Stappen: thema benoemen, open en informeel in gesprek, betrokkenen uitnodigen voor een vervolg,
contactgegevens noteren en persoonlijk uitnodigen, nieuwe thema's en initiatieven signaleren.
Contactgegevens zijn persoonsgegevens: standaard privé.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from stelselkit.model.basis import Bestand, Datum, Id, Model, OpenbareVelden, TekstOfModel


class Reactie(TekstOfModel):
    """Wat iemand zei, met een omschrijving in plaats van een naam."""

    tekst: str
    wie: str | None = Field(default=None, description='bijv. "een montere 91-jarige meneer"')
    prive: bool = False


class Contact(Model):
    """Iemand die een vervolg wil; standaard privé."""

    naam: str | None = None
    rol: str | None = None
    contact: str | None = Field(default=None, description="nooit in openbare uitvoer")
    prive: bool = True
    openbaar: OpenbareVelden = Field(  # type: ignore[valid-type]
        default_factory=list,
        description="bij prive: velden die toch openbaar mogen, bijv. [rol]",
    )
    uitgenodigd_voor: Id | None = None


class Dorpsgesprek(Bestand):
    """Eén dorpsgesprek."""

    SOORT: ClassVar[str] = "dorpsgesprek"
    TITEL: ClassVar[str] = "Dorpsgesprek"

    soort: Literal["dorpsgesprek"]
    titel: str
    thema: Id | None = None
    datum: Datum
    plaats: str | None = None
    reacties: list[Reactie] = Field(default_factory=list)
    contacten: list[Contact] = Field(default_factory=list)
    signalen: list[str] = Field(
        default_factory=list, description="nieuwe thema's of initiatieven die opkwamen"
    )
    vervolg: str | None = None
