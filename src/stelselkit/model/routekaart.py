"""``soort: routekaart`` — de routekaart van een lerend stelsel (004; 000 §8 fase 3–4).

"Een sociaal stelsel is een lerend stelsel. Elke periode leren we meer over de expertise,
diensten en voorzieningen die nodig zijn in een buurt" (000 §8, fase 3). Tien gemeenten maakten
dat concreet in een routekaart (004): **Ambitie**, **Actuele leervragen**, **Aanpak**,
**Mijlpalen**, **Betrokkenheid van de inwoner**, **Uitdagingen** en soms
**Resultaatdoelstellingen**.

Een routekaart is een blik op een regieprogramma (``programma``): de ambitie komt uit het thema,
de aanpak en de mijlpalen uit de activiteiten, de betrokkenheid van de inwoner uit de
tafelkleden. Wat erbij hoort en nergens anders staat, schrijf je hier: de **leervragen** (met een
eigenaar, de cellen van de stelselmatrix waar ze over gaan en wat er per periode geleerd is), de
uitdagingen, en de **leerafspraken** met aanbieders (fase 3), een soort praktijkafspraak.
Een gemeente die de stelselmatrix niet gebruikt, kan alles hier zelf invullen.
"""

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit import methode
from stelselkit.model.basis import (
    Bestand,
    Datum,
    Definitie,
    Id,
    IdLijst,
    Loc,
    Model,
    Periode,
    Persoon,
    Praktijkafspraak,
    TekstLijst,
    TekstOfModel,
    Verwijzing,
    lege_lijst,
    lijst_of_een,
)
from stelselkit.model.programma import Cel


class Les(Model):
    """Wat er in een periode geleerd is over een leervraag."""

    periode: Periode = Field(description="de periode waarover deze les gaat")
    les: str = Field(min_length=1, description="wat er geleerd is, in een paar zinnen")


class Leervraag(Model):
    """Een actuele leervraag: wie haar stelt, waar ze over gaat, wat er geleerd is."""

    id: Id = Field(description="vaste id van de leervraag")
    vraag: str = Field(min_length=1, description="de leervraag zelf")
    eigenaar: Persoon | None = Field(default=None, description="wie de vraag draagt")
    cellen: lijst_of_een(Cel) = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst,
        description='cellen van de stelselmatrix waar de vraag over gaat, als "positie/element"',
    )
    lessen: list[Les] = Field(
        default_factory=lege_lijst, description="wat er per periode geleerd is"
    )


class Mijlpaal(Model):
    """Een mijlpaal die niet als activiteit in het programma staat."""

    wat: str = Field(min_length=1, description="wat er dan gebeurt of af is")
    datum: Datum | None = Field(default=None, description="wanneer (zo precies als bekend)")
    manifestatiemoment: bool = Field(
        default=False, description="het moment waarop de oogst zichtbaar wordt (002 stap 4)"
    )
    inwoners: TekstLijst = Field(
        default_factory=lege_lijst, description="welke inwoners erbij betrokken zijn, en hoe"
    )


class Betrokkenheid(TekstOfModel):
    """Hoe inwoners betrokken zijn, naast wat de tafelkleden al laten zien."""

    tekst: str = Field(min_length=1, description="hoe inwoners betrokken zijn")
    wie: str | None = Field(default=None, description="welke inwoners (een groep, geen namen)")


class Leerafspraak(Praktijkafspraak):
    """Een leerafspraak met een aanbieder (000 §8 fase 3): een soort praktijkafspraak."""

    aanbieder: str = Field(min_length=1, description="de (maatschappelijke) organisatie")
    leervragen: IdLijst = Field(
        default_factory=lege_lijst, description="ids van de leervragen waar de afspraak over gaat"
    )
    contract: bool = Field(
        default=False, description="opgenomen in het contract met de aanbieder"
    )


class Routekaart(Bestand):
    """De routekaart van een buurt: een blik op het regieprogramma, met de leervragen."""

    SOORT: ClassVar[str] = "routekaart"
    TITEL: ClassVar[str] = "Routekaart"

    soort: Literal["routekaart"] = Field(description="altijd 'routekaart'")
    titel: str = Field(description="de titel van de routekaart")
    programma: Id | None = Field(
        default=None, description="id van het regieprogramma waar deze routekaart een blik op is"
    )
    thema: Id | None = Field(
        default=None, description="id van het thema (anders het thema van het programma)"
    )
    periode: Periode | None = Field(
        default=None, description="de periode (anders de ontwikkelperiode van het programma)"
    )
    ambitie: TekstLijst = Field(
        default_factory=lege_lijst, description="de ambitie, naast de omschrijving van het thema"
    )
    leervragen: list[Leervraag] = Field(
        default_factory=lege_lijst, description="actuele leervragen"
    )
    aanpak: TekstLijst = Field(
        default_factory=lege_lijst, description="de aanpak, naast de activiteiten van het programma"
    )
    mijlpalen: list[Mijlpaal] = Field(
        default_factory=lege_lijst, description="mijlpalen, naast de activiteiten met een datum"
    )
    betrokkenheid: list[Betrokkenheid] = Field(
        default_factory=lege_lijst,
        description="betrokkenheid van de inwoner, naast de schakels op de tafelkleden",
    )
    uitdagingen: TekstLijst = Field(default_factory=lege_lijst, description="de uitdagingen")
    resultaatdoelstellingen: TekstLijst = Field(
        default_factory=lege_lijst,
        description="resultaatdoelstellingen (als de gemeente die heeft)",
    )
    leerafspraken: list[Leerafspraak] = Field(
        default_factory=lege_lijst, description="leerafspraken met aanbieders (fase 3)"
    )

    def definities(self) -> Iterator[Definitie]:
        for i, vraag in enumerate(self.leervragen):
            yield Definitie("leervraag", vraag.id, ("leervragen", i, "id"))
        for i, afspraak in enumerate(self.leerafspraken):
            yield Definitie("praktijkafspraak", afspraak.id, ("leerafspraken", i, "id"))

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        if self.programma:
            yield Verwijzing(("programma",), self.programma, ("programma",), "het regieprogramma")
        for i, vraag in enumerate(self.leervragen):
            for j, cel in enumerate(vraag.cellen):
                yield Verwijzing(("leervragen", i, "cellen", j), cel.split("/", 1)[0],
                                 ("positie",), "de positie")
        for i, afspraak in enumerate(self.leerafspraken):
            for j, vraag_id in enumerate(afspraak.leervragen):
                yield Verwijzing(("leerafspraken", i, "leervragen", j), vraag_id,
                                 ("leervraag",), "de leervraag")

    def interne_problemen(self) -> Iterator[tuple[Loc, str]]:
        elementen = methode.ids(methode.ELEMENTEN)
        for i, vraag in enumerate(self.leervragen):
            for j, cel in enumerate(vraag.cellen):
                element = cel.split("/", 1)[1]
                if element not in elementen:
                    yield (("leervragen", i, "cellen", j),
                           f"'{element}' is geen element van de stelselmatrix; kies uit: "
                           + ", ".join(elementen))
