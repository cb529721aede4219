"""``soort: patroononderzoek`` — het kruis met vier kwadranten en het gesprek (002 instr. 5)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit.model.basis import Bestand, Datum, Id, Loc, Model, Persoon, Verwijzing


class Deelnemer(Persoon):
    """Een deelnemer, met de achtergrond die een groep divers maakt."""

    achtergrond: str | None = Field(default=None, description="bijv. ouder, ondernemer, school")
    positie: Id | None = Field(
        default=None, description="positie in de keten (000 §4), bijv. bewoner of buurt"
    )


Woorden = dict[Id, list[str]]


class Associaties(Model):
    """Per kwadrant: per deelnemer de woorden die hij of zij schreef."""

    ondernemend: Woorden = Field(default_factory=dict)
    gemeenschappelijk: Woorden = Field(default_factory=dict)
    maatschappelijk: Woorden = Field(default_factory=dict)
    zelforganiserend: Woorden = Field(default_factory=dict)


class Gesprek(Model):
    verstaan: str | None = None
    verhouden: str | None = None
    organiseren: str | None = None
    meenemen: str | None = None


class Patroononderzoek(Bestand):
    """Eén sessie patroononderzoek met een zo divers mogelijke groep."""

    SOORT: ClassVar[str] = "patroononderzoek"
    TITEL: ClassVar[str] = "Patroononderzoek"

    soort: Literal["patroononderzoek"]
    titel: str = Field(description="het thema in het midden van het kruis")
    thema: Id | None = None
    datum: Datum | None = None
    plaats: str | None = None
    deelnemers: dict[Id, Deelnemer] = Field(default_factory=dict)
    associaties: Associaties = Field(default_factory=Associaties)
    gesprek: Gesprek = Field(default_factory=Gesprek)

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        for sleutel, deelnemer in self.deelnemers.items():
            if deelnemer.positie:
                plek = ("deelnemers", sleutel, "positie")
                yield Verwijzing(plek, deelnemer.positie, ("positie",), "de positie")

    def interne_problemen(self) -> Iterator[tuple[Loc, str]]:
        for kwadrant, per_deelnemer in self.associaties:
            for deelnemer in per_deelnemer:
                if deelnemer not in self.deelnemers:
                    yield (
                        ("associaties", kwadrant, deelnemer),
                        f"'{deelnemer}' staat niet onder 'deelnemers'; voeg de deelnemer toe",
                    )
