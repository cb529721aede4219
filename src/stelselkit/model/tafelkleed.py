"""``soort: tafelkleed`` — de netwerkanalyse op papier, als momentopname (002 instr. 1).

Vijf stappen: het thema in het midden, ingrediënten aan de rand, schakels die ingrediënten
feitelijk met het thema verbinden, de voorbereiding van het contact met elke schakel, en de
posities van betrokkenheid.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field

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
    OpenbareVelden,
    PersoonLijst,
    TekstOfModel,
    Verwijzing,
    lege_dict,
    lege_lijst,
    lijst_of_een,
)

if TYPE_CHECKING:  # mypy kent geen Literal of lijst uit een functie; pydantic wel
    PositieBetrokkenheid = str
else:
    PositieBetrokkenheid = Literal[methode.ids(methode.POSITIES_BETROKKENHEID)]

if TYPE_CHECKING:  # mypy kent geen Literal of lijst uit een functie; pydantic wel
    Achtergrond = str
    IngredientSoort = str
else:
    Achtergrond = Literal[methode.ACHTERGRONDEN]
    IngredientSoort = Literal[methode.INGREDIENT_SOORTEN]


class Ingredient(TekstOfModel):
    """Alles wat met het thema te maken heeft: ideeën, mensen, gebouwen, middelen, beelden."""

    tekst: str = Field(
        description="wat er op het tafelkleed geschreven werd, bijv. 'Café Bij Jos'",
        min_length=1,
    )
    soort: IngredientSoort | None = Field(
        default=None,
        description="wat voor ingrediënt: idee, gedachte, middel, persoon, groep, gebouw, plek, "
        "software, instelling, initiatief, activiteit of beeld",
    )
    prive: bool = Field(default=False, description="noemt een persoon; niet openbaar tonen")
    herkomst: Herkomst | None = Field(
        default=None, description="bron, reconstructie of plaatshouder"
    )


class Schakel(Model):
    """Iemand die ingrediënten feitelijk met het thema verbindt (stap 3), met het contact (stap 4)
    en de posities van betrokkenheid (stap 5)."""

    naam: str | None = Field(default=None, description="liefst een naam, niet alleen een functie")
    rol: str | None = Field(default=None, description="functie, organisatie of groep")
    achtergrond: Achtergrond | None = Field(
        default=None, description="lokale gemeenschap (bewoner, ondernemer…) of professional"
    )
    posities: lijst_of_een(PositieBetrokkenheid) = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst,
        description="posities van betrokkenheid; iemand kan er meer hebben",
    )
    ingredienten: IdLijst = Field(
        default_factory=lege_lijst, description="ids van de ingrediënten die deze schakel verbindt"
    )
    benadering: Literal["individueel", "groep"] | None = Field(
        default=None, description="hoe het contact wordt voorbereid (stap 4)"
    )
    groep: str | None = Field(default=None, description="met welke groep, bij benadering: groep")
    verhaal: str | None = Field(default=None, description="het eigen verhaal voor dit contact")
    herkomst: Herkomst | None = Field(
        default=None, description="bron, reconstructie of plaatshouder"
    )
    uitgenodigd: Datum | bool | None = Field(
        default=None, description="uitgenodigd voor een eigen netwerkanalyse (datum of true)"
    )
    netwerkanalyse: Id | None = Field(
        default=None, description="id van het tafelkleed dat deze schakel zelf maakte"
    )
    prive: bool = Field(
        default=False,
        description="true voor een privépersoon: in openbare uitvoer een pseudoniem",
    )
    contact: str | None = Field(default=None, description="nooit in openbare uitvoer")
    openbaar: OpenbareVelden = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst,
        description="bij prive: velden die toch openbaar mogen, bijv. [rol]",
    )

    @property
    def label(self) -> str:
        if self.naam and self.rol:
            return f"{self.naam} ({self.rol})"
        return self.naam or self.rol or ""


class Tafelkleed(Bestand):
    """Eén tafelkleed: een momentopname van het netwerk rond een thema of initiatief."""

    SOORT: ClassVar[str] = "tafelkleed"
    TITEL: ClassVar[str] = "Tafelkleed (netwerkanalyse)"

    soort: Literal["tafelkleed"] = Field(
        description="wat voor bestand dit is; altijd 'tafelkleed'",
    )
    titel: str = Field(description="het initiatief of thema in het midden, met een krachtige naam")
    thema: Id | None = Field(default=None, description="id van het thema in dit dossier")
    datum: Datum = Field(description="de dag van deze momentopname")
    plaats: str | None = Field(
        default=None,
        description="waar het tafelkleed gemaakt werd",
    )
    gemaakt_door: PersoonLijst = Field(
        description="wie het tafelkleed maakten (naam en rol, of alleen een rol)",
        default_factory=lege_lijst,
    )
    vorige: Id | None = Field(default=None, description="id van de vorige momentopname")
    ingredienten: dict[Id, Ingredient] = Field(
        description="de ingrediënten aan de rand van het kleed, op id (tekst, of tekst en soort)",
        default_factory=lege_dict,
    )
    schakels: dict[Id, Schakel] = Field(
        description="de schakels die ingrediënten met het thema verbinden, op id",
        default_factory=lege_dict,
    )

    def definities(self) -> Iterator[Definitie]:
        # Dezelfde schakel staat op elke momentopname met dezelfde id: niet uniek.
        for sleutel in self.schakels:
            yield Definitie("schakel", sleutel, ("schakels", sleutel), uniek=False)

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        if self.vorige:
            yield Verwijzing(("vorige",), self.vorige, ("tafelkleed",), "het vorige tafelkleed")
        for sleutel, schakel in self.schakels.items():
            if schakel.netwerkanalyse:
                yield Verwijzing(
                    ("schakels", sleutel, "netwerkanalyse"),
                    schakel.netwerkanalyse,
                    ("tafelkleed",),
                    "het tafelkleed van deze schakel",
                )

    def waarschuwingen(self) -> Iterator[tuple[Loc, str]]:
        if self.thema is None:
            yield (("titel",),
                   "dit tafelkleed hoort bij geen thema: zet 'thema: <id van het thema>' eronder, "
                   "zodat analyses, programma en rapport het aan het thema in het midden koppelen "
                   "(002, hoofdstuk 6, instrument 1, stap 1)")

    def interne_problemen(self) -> Iterator[tuple[Loc, str]]:
        for sleutel, schakel in self.schakels.items():
            if not schakel.naam and not schakel.rol:
                yield (("schakels", sleutel), "geef de schakel een 'naam' of ten minste een 'rol'")
            for i, ingredient in enumerate(schakel.ingredienten):
                if ingredient not in self.ingredienten:
                    yield (
                        ("schakels", sleutel, "ingredienten", i),
                        f"het ingrediënt '{ingredient}' staat niet onder 'ingredienten' van dit "
                        "tafelkleed; voeg het toe of kies een bestaande id",
                    )
