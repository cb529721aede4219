"""``soort: verschuivingen`` en ``soort: indicatoren`` — verantwoording aan de gemeenteraad.

"Resultaten die we meten zijn de mate van zelforganisatie en de verantwoordelijkheidsverschuiving
in het stelsel" (000 §8). Het **verschuivingslogboek** legt elke verschuiving vast: *wat* (een
taak of verantwoordelijkheid) ging *van* een positie van de keten *naar* een andere (de kolommen
van de stelselmatrix), *sinds* wanneer (zo precies als bekend), met het *verhaal* en het *bewijs*
(ids van tafelkleden, activiteiten, portfolio-items, praktijkafspraken). Een verschuiving kan
**teruggevallen** zijn: "verantwoordelijkheid kan ook weer verdwijnen als bepaalde schakels
verdwijnen" (000 §7); ``dragers`` noemt de schakels (ids op een tafelkleed) die haar dragen,
zodat de vergelijking van twee tafelkleden laat zien wie vertrok. Onder ``overbodig`` staan de
professionals en regievoerders die zich overbodig maakten ("Hoe maak je jezelf overbodig?",
002, hoofdstuk 6, instrument 3).

De **eigen indicatoren** zijn er weinig en zijn samen gemaakt (004, hoofdstuk 4: Wat levert het
op?): wie ze definieerde (bewoners, professionals, gemeente), de definitie, en per periode een
waarde (een getal of een stap op een eigen schaal) met het verhaal erachter ("tellen én
vertellen"). Er is geen samengestelde score.

Een eigen soort, geen lijst in het programma: een verschuiving loopt over de cycli van het
regieprogramma heen (ze begint vaak vóór een programma en moet ná ``stelsel programma nieuw``
blijven staan), en ze is van iedereen in de keten, niet alleen van de regievoerder.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Literal, Self

from pydantic import Field, model_validator

from stelselkit import methode
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
    Verwijzing,
    lege_dict,
    lege_lijst,
    lijst_of_een,
)

VerschuivingStatus = Literal["open", "loopt", "teruggevallen"]
Definieerder = Literal["bewoners", "professionals", "gemeente"]
if TYPE_CHECKING:  # mypy kent geen Literal of lijst uit een functie; pydantic wel
    ElementId = str
    Definieerders = list[Definieerder]
else:
    ElementId = Literal[methode.ids(methode.ELEMENTEN)]
    Definieerders = lijst_of_een(Definieerder)

# Waar het bewijs van een verschuiving kan staan: een bestand van het dossier of een item erin.
BEWIJS_SOORTEN: tuple[str, ...] = (
    "tafelkleed",
    "activiteit",
    "praktijkafspraak",
    "verhaal",
    "beeld",
    "initiatief",
    "dorpsgesprek",
    "gesprekstafel",
    "brainstormbord",
    "omgevingsanalyse",
    "vermogensanalyse",
    "netwerkprogramma",
    "routekaart",
    "gebeurtenis",
)


class Verschuiving(Model):
    """Eén verschuiving van verantwoordelijkheid in de keten."""

    wat: str = Field(description="de taak of verantwoordelijkheid die verschuift")
    van: Id = Field(description="id van de positie in de keten waar ze lag, bijv. 'diensten'")
    naar: Id = Field(description="id van de positie die haar oppakt, bijv. 'buurt'")
    sinds: Datum | None = Field(
        default=None, description="sinds wanneer, zo precies als bekend: 2014-03-14, 2014-03 "
        "of 2014; leeg bij een open verschuiving"
    )
    element: ElementId | None = Field(
        default=None,
        description="het element (rij) van de stelselmatrix waar ze over gaat, bijv. 'omgeving'",
    )
    status: VerschuivingStatus = Field(
        default="loopt",
        description="open (gewenst, nog niet gebeurd), loopt of teruggevallen",
    )
    reden: str | None = Field(
        default=None, description="bij teruggevallen: waarom, bijv. 'schakel vertrokken'"
    )
    teruggevallen_op: Datum | None = Field(default=None, description="wanneer ze terugviel")
    verhaal: str | None = Field(default=None, description="het verhaal achter de verschuiving")
    bewijs: IdLijst = Field(
        default_factory=lege_lijst,
        description="ids van tafelkleden, activiteiten, portfolio-items of praktijkafspraken",
    )
    dragers: IdLijst = Field(
        default_factory=lege_lijst,
        description="ids van de schakels (op een tafelkleed) die haar dragen",
    )
    herkomst: Herkomst | None = Field(
        default=None, description="bron, reconstructie of plaatshouder (met verwijzing)"
    )

    @model_validator(mode="after")
    def _samenhang(self) -> Self:
        if self.van == self.naar:
            raise ValueError(f"'van' en 'naar' zijn allebei '{self.van}'; een verschuiving gaat "
                             "van de ene positie naar een andere")
        if self.status == "teruggevallen" and not self.reden:
            raise ValueError("een teruggevallen verschuiving zegt waarom: geef een 'reden' "
                             "(bijv. 'schakel vertrokken')")
        if self.status != "open" and self.sinds is None:
            raise ValueError(f"een verschuiving die '{self.status}' heeft een 'sinds' (zo precies "
                             "als bekend: 2014-03-14, 2014-03 of 2014)")
        return self


class Overbodig(Model):
    """Een professional of regievoerder die (een deel van) de eigen rol overbodig maakte."""

    wie: Persoon = Field(description="wie; een rol is genoeg, bijv. 'buurtopbouwwerker'")
    positie: Id = Field(description="id van de positie in de keten, bijv. 'regievoering'")
    wat: str = Field(description="wat diegene niet meer doet, omdat de buurt het zelf kan")
    sinds: Datum = Field(description="sinds wanneer, zo precies als bekend")
    verhaal: str | None = Field(default=None, description="hoe dat ging")
    bewijs: IdLijst = Field(default_factory=lege_lijst, description="ids die het laten zien")
    herkomst: Herkomst | None = Field(
        default=None, description="bron, reconstructie of plaatshouder (met verwijzing)"
    )


class Verschuivingen(Bestand):
    """Het verschuivingslogboek van een dossier."""

    SOORT: ClassVar[str] = "verschuivingen"
    TITEL: ClassVar[str] = "Verschuivingslogboek"

    soort: Literal["verschuivingen"] = Field(
        description="wat voor bestand dit is; altijd 'verschuivingen'"
    )
    titel: str | None = Field(default=None, description="naam van het logboek")
    verschuivingen: dict[Id, Verschuiving] = Field(
        default_factory=lege_dict, description="de verschuivingen, elk met een vaste id"
    )
    overbodig: list[Overbodig] = Field(
        default_factory=lege_lijst,
        description="professionals en regievoerders die zich overbodig maakten",
    )

    def definities(self) -> Iterator[Definitie]:
        for sleutel in self.verschuivingen:
            yield Definitie("verschuiving", sleutel, ("verschuivingen", sleutel))

    def verwijzingen(self) -> Iterator[Verwijzing]:
        for sleutel, v in self.verschuivingen.items():
            loc: Loc = ("verschuivingen", sleutel)
            yield Verwijzing((*loc, "van"), v.van, ("positie",), "de positie")
            yield Verwijzing((*loc, "naar"), v.naar, ("positie",), "de positie")
            for i, bewijs in enumerate(v.bewijs):
                yield Verwijzing((*loc, "bewijs", i), bewijs, BEWIJS_SOORTEN,
                                 "het bewijs van deze verschuiving")
            for i, drager in enumerate(v.dragers):
                yield Verwijzing((*loc, "dragers", i), drager, ("schakel",),
                                 "de schakel (op een tafelkleed)")
        for i, o in enumerate(self.overbodig):
            yield Verwijzing(("overbodig", i, "positie"), o.positie, ("positie",), "de positie")
            for j, bewijs in enumerate(o.bewijs):
                yield Verwijzing(("overbodig", i, "bewijs", j), bewijs, BEWIJS_SOORTEN,
                                 "het bewijs")


class Meting(Model):
    """De waarde van een indicator in één periode, met het verhaal erachter."""

    periode: Datum = Field(description="de periode: 2014, 2014-03 of een dag")
    waarde: int | float | str = Field(description="een getal, of een stap van de eigen schaal")
    verhaal: str | None = Field(
        default=None, description="het verhaal achter deze waarde (tellen én vertellen)"
    )


class Indicator(Model):
    """Eén eigen indicator, samen gemaakt."""

    naam: str = Field(description="de naam zoals de makers hem noemen")
    gedefinieerd_door: Definieerders = Field(
        min_length=1, description="wie hem definieerde: bewoners, professionals, gemeente"
    )
    definitie: str = Field(description="wat er geteld of beoordeeld wordt, en hoe")
    schaal: list[str] = Field(
        default_factory=lege_lijst,
        description="een eigen schaal van laag naar hoog (leeg: de waarden zijn getallen)",
    )
    eenheid: str | None = Field(default=None, description="bij getallen, bijv. 'bewoners'")
    element: ElementId | None = Field(
        default=None, description="het element (rij) van de stelselmatrix waar hij over gaat"
    )
    waarden: list[Meting] = Field(default_factory=lege_lijst, description="de waarden per periode")

    @model_validator(mode="after")
    def _op_schaal(self) -> Self:
        for meting in self.waarden:
            if self.schaal and meting.waarde not in self.schaal:
                raise ValueError(
                    f"de waarde '{meting.waarde}' ({meting.periode}) staat niet op de schaal; "
                    f"kies uit: {', '.join(self.schaal)}")
            if not self.schaal and isinstance(meting.waarde, str):
                raise ValueError(
                    f"de waarde '{meting.waarde}' ({meting.periode}) is geen getal; geef een "
                    "getal, of zet de stappen van een eigen schaal onder 'schaal'")
        perioden = [m.periode for m in self.waarden]
        if len(set(perioden)) != len(perioden):
            raise ValueError("elke periode heeft één waarde; een periode staat er dubbel")
        return self


class Indicatoren(Bestand):
    """De eigen indicatoren van een dossier: weinig, samen gemaakt, elk met verhalen."""

    SOORT: ClassVar[str] = "indicatoren"
    TITEL: ClassVar[str] = "Eigen indicatoren"

    soort: Literal["indicatoren"] = Field(
        description="wat voor bestand dit is; altijd 'indicatoren'"
    )
    indicatoren: dict[Id, Indicator] = Field(
        default_factory=lege_dict, description="de indicatoren, elk met een vaste id"
    )

    def definities(self) -> Iterator[Definitie]:
        for sleutel in self.indicatoren:
            yield Definitie("indicator", sleutel, ("indicatoren", sleutel))
