"""``soort: thema-analyse`` — alles wat bekend is rond een thema (002 instr. 2; 001 §4.2).

Woorden waaruit de naam komt, een eerste verhaal, vakken met ideeën en activiteiten,
voorbeelden, initiatieven en uitspraken, een eerste netwerkje en een tijdlijn met start,
ontmoetingsmomenten en een manifestatiemoment.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, ClassVar, Literal

from pydantic import BeforeValidator, Field

from stelselkit.model.basis import (
    Bestand,
    Datum,
    Definitie,
    Id,
    IdLijst,
    Loc,
    Model,
    Persoon,
    PersoonLijst,
    TekstOfModel,
    Verwijzing,
    _als_lijst,
)

BRONSOORTEN = ("dorpsgesprek", "brainstormbord", "gesprekstafel", "tafelkleed", "patroononderzoek")


class Vakitem(TekstOfModel):
    """Een idee of voorbeeld; met een ``id`` om er vanuit een portfolio naar te verwijzen."""

    id: Id | None = Field(default=None, description="vaste id, bijv. voor het buurtportfolio")
    tekst: str = Field(description="het idee of voorbeeld")

    def __str__(self) -> str:
        return self.tekst


class Initiatief(Model):
    """Een initiatief: een bestaand initiatief of een eigen initiatief."""

    id: Id
    naam: str
    eigen: bool = Field(default=False, description="een eigen initiatief (anders: bestaand)")
    omschrijving: str | None = None
    wie: PersoonLijst = Field(
        default_factory=list, description="wie zich aan het initiatief verbindt"
    )
    tafel: Id | None = Field(
        default=None, description="id van de tafelkaart waarop het initiatief is uitgewerkt"
    )


class Betrokkene(Persoon):
    """Iemand in het eerste netwerkje, om uit te nodigen voor een netwerkanalyse."""

    schakel: Id | None = Field(
        default=None, description="id van deze persoon onder 'schakels' van een tafelkleed"
    )


class Uitspraak(TekstOfModel):
    """Een opmerking of uitspraak, met waar en van wie ze kwam."""

    id: Id | None = None
    tekst: str
    wie: str | None = Field(default=None, description='bijv. "een oudere vrouw"')
    bron: Id | None = Field(default=None, description="id van het dorpsgesprek, bord of tafel")
    prive: bool = False


class Moment(TekstOfModel):
    """Een moment op de tijdlijn."""

    _tekstveld: ClassVar[str] = "naam"

    id: Id | None = None
    naam: str
    datum: Datum | None = None
    plaats: str | None = None
    uitkomst: str | None = Field(default=None, description="wat het moment opleverde")


class Tijdlijn(Model):
    """Start, ontmoetingsmomenten en een manifestatiemoment, met voorbereidingstijd ertussen."""

    start: Moment | None = None
    ontmoetingsmomenten: list[Moment] = Field(default_factory=list)
    manifestatiemoment: Moment | None = None


class ThemaAnalyse(Bestand):
    """Een thema-analyse: een nodaal netwerk van knooppunten zonder één kern."""

    SOORT: ClassVar[str] = "thema-analyse"
    TITEL: ClassVar[str] = "Thema-analyse"

    soort: Literal["thema-analyse"]
    naam: str = Field(description="de gekozen, uitnodigende naam")
    thema: Id | None = Field(default=None, description="id van het thema in dit dossier")
    datum: Datum | None = None
    woorden: list[str] = Field(default_factory=list, description="brainstorm van woorden")
    verhaal: str | None = None
    ideeen: list[Vakitem] = Field(default_factory=list, description="ideeën en activiteiten")
    voorbeelden: list[Vakitem] = Field(default_factory=list, description="voorbeelden")
    initiatieven: list[Initiatief] = Field(default_factory=list)
    uitspraken: list[Uitspraak] = Field(default_factory=list)
    netwerkje: Annotated[list[Betrokkene], BeforeValidator(_als_lijst)] = Field(
        default_factory=list, description="mensen om uit te nodigen voor een netwerkanalyse"
    )
    tijdlijn: Tijdlijn | None = None
    bronnen: IdLijst = Field(
        default_factory=list,
        description="ids van dorpsgesprekken, brainstormborden en gesprekstafels",
    )

    def definities(self) -> Iterator[Definitie]:
        for i, initiatief in enumerate(self.initiatieven):
            yield Definitie("initiatief", initiatief.id, ("initiatieven", i, "id"))
        for i, uitspraak in enumerate(self.uitspraken):
            if uitspraak.id:
                yield Definitie("uitspraak", uitspraak.id, ("uitspraken", i, "id"))
        for vak, soort in (("ideeen", "idee"), ("voorbeelden", "voorbeeld")):
            for i, item in enumerate(getattr(self, vak)):
                if item.id:
                    yield Definitie(soort, item.id, (vak, i, "id"))
        for loc, moment in self.momenten():
            if moment.id:
                yield Definitie("moment", moment.id, (*loc, "id"))

    def momenten(self) -> Iterator[tuple[Loc, Moment]]:
        """De momenten van de tijdlijn in volgorde: start, ontmoetingsmomenten, manifestatie."""
        if self.tijdlijn is None:
            return
        if self.tijdlijn.start:
            yield ("tijdlijn", "start"), self.tijdlijn.start
        for i, moment in enumerate(self.tijdlijn.ontmoetingsmomenten):
            yield ("tijdlijn", "ontmoetingsmomenten", i), moment
        if self.tijdlijn.manifestatiemoment:
            yield ("tijdlijn", "manifestatiemoment"), self.tijdlijn.manifestatiemoment

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        for i, bron in enumerate(self.bronnen):
            yield Verwijzing(("bronnen", i), bron, BRONSOORTEN, "de bron")
        for i, uitspraak in enumerate(self.uitspraken):
            if uitspraak.bron:
                yield Verwijzing(("uitspraken", i, "bron"), uitspraak.bron, BRONSOORTEN, "de bron")
        for i, initiatief in enumerate(self.initiatieven):
            if initiatief.tafel:
                yield Verwijzing(
                    ("initiatieven", i, "tafel"), initiatief.tafel, ("initiatief",), "de tafelkaart"
                )

    def interne_problemen(self) -> Iterator[tuple[Loc, str]]:
        gezien: dict[str, int] = {}
        for i, initiatief in enumerate(self.initiatieven):
            if initiatief.id in gezien:
                yield (
                    ("initiatieven", i, "id"),
                    f"de id '{initiatief.id}' staat al bij initiatief {gezien[initiatief.id] + 1};"
                    " geef elk initiatief een eigen id",
                )
            gezien[initiatief.id] = i
