"""``soort: patroononderzoek`` — het kruis met vier kwadranten en het gesprek (002 instr. 5)."""

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit.model.basis import (
    Bestand,
    Datum,
    Id,
    Loc,
    Model,
    Persoon,
    Verwijzing,
    lege_dict,
)


class Deelnemer(Persoon):
    """Een deelnemer, met de achtergrond die een groep divers maakt."""

    achtergrond: str | None = Field(default=None, description="bijv. ouder, ondernemer, school")
    positie: Id | None = Field(
        default=None, description="positie in de keten (000 §4), bijv. bewoner of buurt"
    )


Woorden = dict[Id, list[str]]


class Associaties(Model):
    """Per kwadrant: per deelnemer de woorden die hij of zij schreef."""

    ondernemend: Woorden = Field(
        description="kwadrant 'Ondernemend netwerk': per deelnemer-id de woorden die hij of zij "
        "schreef",
        default_factory=lege_dict,
    )
    gemeenschappelijk: Woorden = Field(
        description="kwadrant 'Gemeenschappelijk bewustzijn': per deelnemer-id de woorden",
        default_factory=lege_dict,
    )
    maatschappelijk: Woorden = Field(
        description="kwadrant 'Maatschappelijke omgeving': per deelnemer-id de woorden",
        default_factory=lege_dict,
    )
    zelforganiserend: Woorden = Field(
        description="kwadrant 'Zelforganiserend voorbeeld': per deelnemer-id de woorden",
        default_factory=lege_dict,
    )


class Gesprek(Model):
    verstaan: str | None = Field(
        default=None,
        description="Wat verstaan we onder ondernemend, gemeenschappelijk, maatschappelijk en "
        "zelforganiserend?",
    )
    verhouden: str | None = Field(
        default=None,
        description="Hoe verhouden deze onderdelen zich tot elkaar en tot het thema?",
    )
    organiseren: str | None = Field(
        default=None,
        description="Hoe kunnen we met dit patroon organiseren rond een thema?",
    )
    meenemen: str | None = Field(
        default=None,
        description="Hoe nemen we anderen daarin mee?",
    )


class Patroononderzoek(Bestand):
    """Eén sessie patroononderzoek met een zo divers mogelijke groep."""

    SOORT: ClassVar[str] = "patroononderzoek"
    TITEL: ClassVar[str] = "Patroononderzoek"

    soort: Literal["patroononderzoek"] = Field(
        description="wat voor bestand dit is; altijd 'patroononderzoek'",
    )
    titel: str = Field(description="het thema in het midden van het kruis")
    thema: Id | None = Field(
        default=None,
        description="id van het thema waar het onderzoek bij hoort",
    )
    datum: Datum | None = Field(
        default=None,
        description="wanneer het patroononderzoek gedaan is",
    )
    plaats: str | None = Field(
        default=None,
        description="waar het gesprek was, bijv. 'bibliotheek Oosterbeek'",
    )
    deelnemers: dict[Id, Deelnemer] = Field(
        description="de deelnemers op id, met hun achtergrond (voor de diversiteit)",
        default_factory=lege_dict,
    )
    associaties: Associaties = Field(
        description="de woorden in de vier kwadranten van het kruis",
        default_factory=Associaties,
    )
    gesprek: Gesprek = Field(
        description="het gesprek over het kruis: verstaan, verhouden, organiseren, meenemen",
        default_factory=Gesprek,
    )

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
