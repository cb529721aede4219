"""``soort: programma`` — regieprogramma en programma van activiteiten (002 ch. 4; 000 §8).

Eén regieprogramma in een ontwikkelperiode: de vijf stappen met hun stand, de activiteiten van
de buurt (elk met de cellen van de stelselmatrix die ze dient), de fase van de opbouw van het
stelsel en de praktijkafspraken aan het eind. Een regieprogramma is cyclisch: ``vorige`` wijst
naar het programma waaruit dit voortkwam.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, Self

from pydantic import Field, create_model, model_validator

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
    PersoonLijst,
    Praktijkafspraak,
    Verwijzing,
    lege_dict,
    lege_lijst,
    lijst_of_een,
)

CEL_PATROON = r"^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"
Cel = Annotated[str, Field(pattern=CEL_PATROON)]



def onbekend_element(cel: str) -> str | None:
    """De melding als het element van een cel ("positie/element") niet bestaat, anders None."""
    elementen = methode.ids(methode.ELEMENTEN)
    element = cel.split("/", 1)[1]
    if element in elementen:
        return None
    return f"'{element}' is geen element van de stelselmatrix; kies uit: " + ", ".join(elementen)


StapStatus = Literal["nog-niet", "gepland", "loopt", "gedaan"]
ActiviteitStatus = Literal["gepland", "loopt", "gedaan", "vervallen"]
if TYPE_CHECKING:  # mypy kent geen Literal of lijst uit een functie; pydantic wel
    StapId = str
    NetwerkstapId = str
else:
    StapId = Literal[methode.ids(methode.STAPPEN)]
    NetwerkstapId = Literal[methode.ids(methode.NETWERKSTAPPEN)]


class Stap(Model):
    """De stand van één stap van het regieprogramma."""

    status: StapStatus = Field(
        default="nog-niet",
        description="nog-niet, gepland, loopt of gedaan",
    )
    van: Datum | None = Field(
        default=None,
        description="wanneer de stap begon",
    )
    tot: Datum | None = Field(
        default=None,
        description="wanneer de stap klaar was",
    )
    notitie: str | None = Field(
        default=None,
        description="wat er in deze stap gebeurde of nog moet gebeuren",
    )


Stappen = create_model(  # type: ignore[call-overload]
    "Stappen",
    __base__=Model,
    **{s.id: (Stap | None, Field(default=None, description=s.naam)) for s in methode.STAPPEN},
)


class Activiteit(Model):
    """Een activiteit van het programma: wat, wie, wanneer, waarvoor, en wat het opleverde."""

    wat: str = Field(
        description="wat er gebeurt, bijv. 'Dorpsgesprek Gezond Doorwerth'",
    )
    wie: PersoonLijst = Field(
        description="wie het doen of erbij zijn (naam en rol, of alleen een rol)",
        default_factory=lege_lijst,
    )
    datum: Datum | None = Field(default=None, description="(begin)datum")
    tot: Datum | None = Field(default=None, description="einddatum als het meer dagen duurt")
    plaats: str | None = Field(
        default=None,
        description="waar, bijv. 'winkelcentrum De Weerd'",
    )
    cellen: lijst_of_een(Cel) = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst, description='cellen van de stelselmatrix, als "positie/element"'
    )
    aandachtspunten: IdLijst = Field(
        default_factory=lege_lijst,
        description="ids van aandachtspunten van de stelselmatrix die deze activiteit oppakt",
    )
    stap: StapId | None = Field(default=None, description="stap van het regieprogramma")
    netwerkstap: NetwerkstapId | None = Field(
        default=None, description="stap van het netwerkprogramma (001 §4.3)"
    )
    manifestatiemoment: bool = Field(
        default=False,
        description="true als dit een manifestatiemoment is: resultaten zichtbaar maken voor de "
        "buurt",
    )
    status: ActiviteitStatus = Field(
        default="gepland",
        description="gepland, loopt, gedaan of vervallen",
    )
    resultaat: str | None = Field(default=None, description="wat de activiteit opleverde")
    doorgeschoven_naar: Id | None = Field(
        default=None,
        description="id van deze activiteit in de volgende cyclus, als ze daarheen is "
        "doorgeschoven (stelsel programma nieuw)",
    )

    @model_validator(mode="after")
    def _volgorde(self) -> Self:
        if self.tot is not None and (self.datum is None or self.tot.eind < self.datum.begin):
            raise ValueError("'tot' hoort na 'datum' te liggen, en vraagt een 'datum'")
        return self


class Programma(Bestand):
    """Een regieprogramma met zijn programma van activiteiten."""

    SOORT: ClassVar[str] = "programma"
    TITEL: ClassVar[str] = "Programma van activiteiten"

    soort: Literal["programma"] = Field(
        description="wat voor bestand dit is; altijd 'programma'",
    )
    titel: str = Field(
        description="naam van het programma, bijv. 'Regieprogramma proeftuin versterken van "
        "buurtkracht'",
    )
    thema: Id | None = Field(
        default=None,
        description="id van het thema waar het programma bij hoort",
    )
    ontwikkelperiode: Periode = Field(
        description="de periode van deze cyclus van het programma (van … tot)",
    )
    fase: int | None = Field(default=None, ge=1, le=5, description="fase van de opbouw (000 §8)")
    vorige: Id | None = Field(default=None, description="id van het vorige regieprogramma")
    stappen: Stappen = Field(  # type: ignore[valid-type]
        description="de stappen van het regieprogramma met hun status",
        default_factory=Stappen,
    )
    activiteiten: dict[Id, Activiteit] = Field(
        description="het programma van activiteiten, op id",
        default_factory=lege_dict,
    )
    praktijkafspraken: list[Praktijkafspraak] = Field(
        description="afspraken over het werken in de praktijk die uit het programma volgen",
        default_factory=lege_lijst,
    )
    afstemming: IdLijst = Field(
        default_factory=lege_lijst, description="andere thema's waarmee is afgestemd (fase 1)"
    )

    def definities(self) -> Iterator[Definitie]:
        for sleutel in self.activiteiten:
            yield Definitie("activiteit", sleutel, ("activiteiten", sleutel))
        for i, afspraak in enumerate(self.praktijkafspraken):
            yield Definitie("praktijkafspraak", afspraak.id, ("praktijkafspraken", i, "id"))

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        if self.vorige:
            yield Verwijzing(("vorige",), self.vorige, ("programma",), "het vorige programma")
        for i, thema in enumerate(self.afstemming):
            yield Verwijzing(("afstemming", i), thema, ("thema",), "het andere thema")
        for sleutel, activiteit in self.activiteiten.items():
            for i, cel in enumerate(activiteit.cellen):
                positie = cel.split("/", 1)[0]
                yield Verwijzing(
                    ("activiteiten", sleutel, "cellen", i), positie, ("positie",), "de positie"
                )
            if activiteit.doorgeschoven_naar:
                yield Verwijzing(
                    ("activiteiten", sleutel, "doorgeschoven_naar"),
                    activiteit.doorgeschoven_naar,
                    ("activiteit",),
                    "de activiteit in de volgende cyclus",
                )
            for i, punt in enumerate(activiteit.aandachtspunten):
                yield Verwijzing(
                    ("activiteiten", sleutel, "aandachtspunten", i),
                    punt,
                    ("aandachtspunt",),
                    "het aandachtspunt",
                )

    def interne_problemen(self) -> Iterator[tuple[Loc, str]]:
        for sleutel, activiteit in self.activiteiten.items():
            for i, cel in enumerate(activiteit.cellen):
                melding = onbekend_element(cel)
                if melding:
                    yield ("activiteiten", sleutel, "cellen", i), melding
