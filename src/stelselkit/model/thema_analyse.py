"""``soort: thema-analyse`` — alles wat bekend is rond een thema (002 instr. 2; 001 §4.2).

Woorden waaruit de naam komt, een eerste verhaal, vakken met ideeën en activiteiten,
voorbeelden, initiatieven en uitspraken, een eerste netwerkje en een tijdlijn met start,
ontmoetingsmomenten en een manifestatiemoment.
"""

from collections.abc import Iterator
from typing import Annotated, ClassVar, Literal

from pydantic import BeforeValidator, Field

from stelselkit.model.basis import (
    Bestand,
    Datum,
    Definitie,
    Herkomst,
    Id,
    IdLijst,
    Loc,
    Model,
    Persoon,
    PersoonLijst,
    TekstOfModel,
    Verwijzing,
    _als_lijst,
    lege_lijst,
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

    id: Id = Field(
        description="vaste id van het initiatief, om ernaar te verwijzen",
    )
    naam: str = Field(
        description="naam van het initiatief, bijv. 'Repair café'",
    )
    eigen: bool = Field(default=False, description="een eigen initiatief (anders: bestaand)")
    omschrijving: str | None = Field(
        default=None,
        description="wat het initiatief doet of wil",
    )
    wie: PersoonLijst = Field(
        default_factory=lege_lijst, description="wie zich aan het initiatief verbindt"
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

    id: Id | None = Field(
        default=None,
        description="vaste id, om de uitspraak als bewijs te noemen",
    )
    tekst: str = Field(
        description="de uitspraak, letterlijk",
    )
    wie: str | None = Field(default=None, description='bijv. "een oudere vrouw"')
    bron: Id | None = Field(default=None, description="id van het dorpsgesprek, bord of tafel")
    prive: bool = Field(
        default=False,
        description="true als de uitspraak van een privépersoon is: openbaar zonder herkomst",
    )


class Moment(TekstOfModel):
    """Een moment op de tijdlijn."""

    _tekstveld: ClassVar[str] = "naam"

    id: Id | None = Field(
        default=None,
        description="vaste id, zodat de agenda het moment bijwerkt in plaats van verdubbelt",
    )
    naam: str = Field(
        description="naam van het moment, bijv. 'Start met een dorpsgesprek'",
    )
    herkomst: Herkomst | None = Field(
        default=None, description="bron, reconstructie of plaatshouder (bijv. van de datum)"
    )
    datum: Datum | None = Field(
        default=None,
        description="wanneer (dag, maand of jaar), bijv. 2014-01-10",
    )
    plaats: str | None = Field(
        default=None,
        description="waar het moment is",
    )
    uitkomst: str | None = Field(default=None, description="wat het moment opleverde")


class Tijdlijn(Model):
    """Start, ontmoetingsmomenten en een manifestatiemoment, met voorbereidingstijd ertussen."""

    start: Moment | None = Field(
        default=None,
        description="het startmoment, bijv. een dorpsgesprek",
    )
    ontmoetingsmomenten: list[Moment] = Field(
        description="de momenten waarop betrokkenen elkaar ontmoeten",
        default_factory=lege_lijst,
    )
    manifestatiemoment: Moment | None = Field(
        default=None,
        description="het moment waarop de resultaten zichtbaar worden voor de buurt",
    )


class ThemaAnalyse(Bestand):
    """Een thema-analyse: een nodaal netwerk van knooppunten zonder één kern."""

    SOORT: ClassVar[str] = "thema-analyse"
    TITEL: ClassVar[str] = "Thema-analyse"

    soort: Literal["thema-analyse"] = Field(
        description="wat voor bestand dit is; altijd 'thema-analyse'",
    )
    naam: str = Field(description="de gekozen, uitnodigende naam")
    thema: Id | None = Field(default=None, description="id van het thema in dit dossier")
    datum: Datum | None = Field(
        default=None,
        description="wanneer de thema-analyse gemaakt is",
    )
    woorden: list[str] = Field(default_factory=lege_lijst, description="brainstorm van woorden")
    verhaal: str | None = Field(
        default=None,
        description="het verhaal van het thema: wat speelt er, in de woorden van de buurt",
    )
    ideeen: list[Vakitem] = Field(default_factory=lege_lijst, description="ideeën en activiteiten")
    voorbeelden: list[Vakitem] = Field(default_factory=lege_lijst, description="voorbeelden")
    initiatieven: list[Initiatief] = Field(
        description="initiatieven rond het thema, met wie en aan welke tafel",
        default_factory=lege_lijst,
    )
    uitspraken: list[Uitspraak] = Field(
        description="letterlijke uitspraken uit gesprekken (privé: openbaar zonder naam)",
        default_factory=lege_lijst,
    )
    netwerkje: Annotated[list[Betrokkene], BeforeValidator(_als_lijst)] = Field(
        default_factory=lege_lijst, description="mensen om uit te nodigen voor een netwerkanalyse"
    )
    tijdlijn: Tijdlijn | None = Field(
        default=None,
        description="start, ontmoetingsmomenten en manifestatiemoment van het thema",
    )
    bronnen: IdLijst = Field(
        default_factory=lege_lijst,
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
