"""``soort: vermogensanalyse`` — het zelforganiserend vermogen in een periode (002 instr. 4).

Per onderdeel (netwerken, bewustzijn, omgeving, voorbeelden) een score op een kleine schaal mét
het verhaal erachter en bewijs uit het dossier ("tellen én vertellen", seed 004). Daarbij de drie
vragen, de vijf vragen van stap 5, de faciliteiten en middelen, en praktijkafspraken.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit import methode
from stelselkit.model.basis import (
    Bestand,
    Definitie,
    Id,
    IdLijst,
    Model,
    Periode,
    Praktijkafspraak,
    Verwijzing,
)

BEWIJSSOORTEN = (
    "tafelkleed",
    "thema-analyse",
    "uitspraak",
    "initiatief",
    "activiteit",
    "dorpsgesprek",
    "gesprekstafel",
    "brainstormbord",
    "omgevingsanalyse",
    "patroononderzoek",
)


class Beoordeling(Model):
    """Een score met het verhaal erachter en bewijs uit het dossier."""

    score: int = Field(ge=min(methode.VERMOGEN_SCHAAL), le=max(methode.VERMOGEN_SCHAAL),
                       description="1 nog niet zichtbaar · 2 beginnend · 3 groeiend · "
                       "4 zelforganiserend")
    verhaal: str | None = Field(default=None, description="het verhaal achter het getal")
    bewijs: IdLijst = Field(default_factory=list, description="ids van bewijs in het dossier")


class Elementen(Model):
    netwerken: Beoordeling | None = None
    bewustzijn: Beoordeling | None = None
    omgeving: Beoordeling | None = None
    voorbeelden: Beoordeling | None = None


class DrieVragen(Model):
    geheel: str | None = Field(default=None, description="Is het een organisatorisch geheel?")
    regie: str | None = Field(default=None, description="Kan men regie nemen over vraagstukken?")
    overbodig: str | None = Field(
        default=None, description="Maken regievoerder en professionals zich overbodig?"
    )


class Stap5(Model):
    zijn: str | None = Field(default=None, description="Wat zijn we nu?")
    weten: str | None = Field(default=None, description="Wat weten we nu?")
    willen: str | None = Field(default=None, description="Wat willen we nu?")
    kunnen: str | None = Field(default=None, description="Wat kunnen we nu?")
    doen: str | None = Field(default=None, description="Wat doen we nu?")


class Faciliteit(Model):
    naam: str
    middelen: str | None = Field(default=None, description="welke middelen nodig zijn")
    genereren: str | None = Field(default=None, description="hoe die middelen er komen")


class Vermogensanalyse(Bestand):
    """Een vermogensanalyse over één periode."""

    SOORT: ClassVar[str] = "vermogensanalyse"
    TITEL: ClassVar[str] = "Vermogensanalyse"

    soort: Literal["vermogensanalyse"]
    thema: Id | None = None
    periode: Periode
    vorige: Id | None = Field(default=None, description="id van de vorige vermogensanalyse")
    elementen: Elementen = Field(default_factory=Elementen)
    vragen: DrieVragen = Field(default_factory=DrieVragen)
    stap5: Stap5 = Field(default_factory=Stap5)
    faciliteiten: list[Faciliteit] = Field(default_factory=list)
    praktijkafspraken: list[Praktijkafspraak] = Field(default_factory=list)
    posities: dict[Id, Beoordeling] = Field(
        default_factory=dict, description="dezelfde schaal per positie van de stelselmatrix"
    )

    def definities(self) -> Iterator[Definitie]:
        for i, afspraak in enumerate(self.praktijkafspraken):
            yield Definitie("praktijkafspraak", afspraak.id, ("praktijkafspraken", i, "id"))

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        if self.vorige:
            yield Verwijzing(
                ("vorige",), self.vorige, ("vermogensanalyse",), "de vorige vermogensanalyse"
            )
        for naam in methode.ids(methode.VERMOGEN_ELEMENTEN):
            beoordeling: Beoordeling | None = getattr(self.elementen, naam)
            if beoordeling:
                for i, bewijs in enumerate(beoordeling.bewijs):
                    yield Verwijzing(
                        ("elementen", naam, "bewijs", i), bewijs, BEWIJSSOORTEN, "het bewijs"
                    )
        for positie, beoordeling in self.posities.items():
            yield Verwijzing(("posities", positie), positie, ("positie",), "de positie")
            for i, bewijs in enumerate(beoordeling.bewijs):
                yield Verwijzing(
                    ("posities", positie, "bewijs", i), bewijs, BEWIJSSOORTEN, "het bewijs"
                )
