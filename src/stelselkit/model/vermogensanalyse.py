"""``soort: vermogensanalyse`` — het zelforganiserend vermogen in een periode (002 instr. 4).

Per onderdeel (netwerken, bewustzijn, omgeving, voorbeelden) het verhaal met bewijs uit het dossier
("tellen én vertellen", seed 004); een score op een kleine schaal mag erbij als eigen oordeel.
Daarbij de drie vragen, de vijf vragen van stap 5, de faciliteiten en middelen, en
praktijkafspraken.
"""

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
    lege_dict,
    lege_lijst,
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
    """Het verhaal van een onderdeel met bewijs uit het dossier; een score mag erbij, als eigen
    oordeel en niet als meting (seed 004: minder indicatoren, het verhaal achter elk getal)."""

    score: int | None = Field(
        default=None, ge=min(methode.VERMOGEN_SCHAAL), le=max(methode.VERMOGEN_SCHAAL),
        description="eigen oordeel, geen meting (mag weg): 1 nog niet zichtbaar · 2 beginnend · "
        "3 groeiend · 4 zelforganiserend",
    )
    verhaal: str = Field(
        min_length=1, pattern=r"\S",
        description="het verhaal: wat er gebeurde, wie, waar (verplicht)",
    )
    bewijs: IdLijst = Field(default_factory=lege_lijst, description="ids van bewijs in het dossier")


class Elementen(Model):
    netwerken: Beoordeling | None = Field(
        default=None,
        description="onderdeel netwerken (002 instr. 4): score met het verhaal en het bewijs "
        "erachter",
    )
    bewustzijn: Beoordeling | None = Field(
        default=None,
        description="onderdeel bewustzijn (002 instr. 4): score met het verhaal en het bewijs "
        "erachter",
    )
    omgeving: Beoordeling | None = Field(
        default=None,
        description="onderdeel omgeving (002 instr. 4): score met het verhaal en het bewijs "
        "erachter",
    )
    voorbeelden: Beoordeling | None = Field(
        default=None,
        description="onderdeel voorbeelden (002 instr. 4): score met het verhaal en het bewijs "
        "erachter",
    )


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
    naam: str = Field(
        description="wat er is aan faciliteiten of middelen, bijv. 'ruimte in het "
        "vitaliteitscentrum'",
    )
    middelen: str | None = Field(default=None, description="welke middelen nodig zijn")
    genereren: str | None = Field(default=None, description="hoe die middelen er komen")


class Vermogensanalyse(Bestand):
    """Een vermogensanalyse over één periode."""

    SOORT: ClassVar[str] = "vermogensanalyse"
    TITEL: ClassVar[str] = "Vermogensanalyse"

    soort: Literal["vermogensanalyse"] = Field(
        description="wat voor bestand dit is; altijd 'vermogensanalyse'",
    )
    thema: Id | None = Field(
        default=None,
        description="id van het thema waar de analyse bij hoort",
    )
    periode: Periode = Field(
        description="de periode die beoordeeld wordt (van … tot)",
    )
    vorige: Id | None = Field(default=None, description="id van de vorige vermogensanalyse")
    elementen: Elementen = Field(
        description="de vier onderdelen met score, verhaal en bewijs",
        default_factory=Elementen,
    )
    vragen: DrieVragen = Field(
        description="de drie vragen: een organisatorisch geheel? regie over vraagstukken? maken "
        "regievoerder en professionals zich overbodig?",
        default_factory=DrieVragen,
    )
    stap5: Stap5 = Field(
        description="de vijf vragen van stap 5: wat zijn, weten, willen, kunnen en doen we nu?",
        default_factory=Stap5,
    )
    faciliteiten: list[Faciliteit] = Field(
        description="faciliteiten en middelen die het vermogen ondersteunen",
        default_factory=lege_lijst,
    )
    praktijkafspraken: list[Praktijkafspraak] = Field(
        description="afspraken over het werken in de praktijk die uit de analyse volgen",
        default_factory=lege_lijst,
    )
    posities: dict[Id, Beoordeling] = Field(
        default_factory=lege_dict, description="dezelfde schaal per positie van de stelselmatrix"
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
