"""``soort: portfolio`` — het buurtportfolio van een thema in een periode (000 §6 en bijlage 3).

"Een buurtportfolio is een verzameling van verhalen, voorbeelden, initiatieven, opmerkingen,
uitspraken, ideeën, netwerken en gebeurtenissen rond een actueel thema in de buurt" (000 bijlage
3), zichtbaar gemaakt via "een diversiteit aan media" met een communicatieplan (000 §8, fase 1,
stap 3). Een thema-analyse is er de eerste verkenning van en "een basisordening voor een
website" (002 instr. 2).

Het portfolio kiest items uit het dossier op id (uitspraken, initiatieven, voorbeelden, ideeën,
tafelkleden, momenten van de tijdlijn, brainstormborden, dorpsgesprekken, tafelkaarten en de
verhalen van een vermogensanalyse) en heeft eigen verhalen en beelden. Elk item dat over een
persoon gaat, draagt ``toestemming``: wie die gaf en wanneer. Zonder toestemming blijft zo'n item
uit het openbare portfolio (AVG).
"""

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field, field_validator

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
    TekstOfModel,
    Verwijzing,
    lege_lijst,
    lijst_of_een,
)

if TYPE_CHECKING:  # mypy kent geen Literal of lijst uit een functie; pydantic wel
    KanaalSoort = str
    VermogenOnderdeel = str
else:
    KanaalSoort = Literal[methode.ids(methode.KANAALSOORTEN)]
    VermogenOnderdeel = Literal[methode.ids(methode.VERMOGEN_ELEMENTEN)]


class Toestemming(Model):
    """Toestemming om een item dat over een persoon gaat openbaar te tonen (AVG)."""

    wie: str = Field(description="wie de toestemming gaf (de persoon zelf, of ouder of voogd)")
    wanneer: Datum = Field(description="de dag waarop de toestemming gegeven is")
    hoe: str | None = Field(
        default=None, description='hoe ze vastligt, bijv. "mondeling", "formulier in het archief"'
    )
    tot: Datum | None = Field(
        default=None, description="tot wanneer ze geldt (leeg: tot ze wordt ingetrokken)"
    )


class Item(TekstOfModel):
    """Een item uit het dossier, op id; mag ook als alleen de id geschreven worden."""

    _tekstveld: ClassVar[str] = "id"

    id: Id = Field(description="de id van het item in het dossier")
    toestemming: Toestemming | None = Field(
        default=None, description="toestemming, als het item over een persoon gaat"
    )


if TYPE_CHECKING:  # mypy kent geen Literal of lijst uit een functie; pydantic wel
    ItemLijst = list[Item]
else:
    ItemLijst = lijst_of_een(Item)


class VermogenVerhaal(Model):
    """Het verhaal achter één onderdeel van een vermogensanalyse (zonder score)."""

    analyse: Id = Field(description="id van de vermogensanalyse")
    onderdeel: VermogenOnderdeel = Field(
        description="netwerken, bewustzijn, omgeving of voorbeelden (002 instr. 4)"
    )
    toestemming: Toestemming | None = Field(
        default=None, description="toestemming, als het verhaal over een persoon gaat"
    )


class Verhaal(Model):
    """Een eigen verhaal van het portfolio."""

    id: Id = Field(description="vaste id, om vanuit het communicatieplan naar te verwijzen")
    titel: str = Field(description="de kop van het verhaal")
    tekst: str = Field(description="het verhaal zelf")
    maker: str = Field(description="wie het verhaal schreef of vertelde")
    datum: Datum | None = Field(default=None, description="wanneer het verteld of geschreven is")
    over_persoon: bool = Field(
        default=False, description="het verhaal gaat over een herkenbare persoon"
    )
    toestemming: Toestemming | None = Field(
        default=None, description="toestemming van wie het verhaal over gaat"
    )


class Beeld(Model):
    """Een foto of tekening uit het dossier, met maker en bijschrift."""

    id: Id = Field(description="vaste id, om vanuit het communicatieplan naar te verwijzen")
    pad: str = Field(description="pad van het bestand in de dossiermap, bijv. beelden/bord.jpg")
    maker: str = Field(description="wie de foto maakte of de tekening tekende")
    bijschrift: str = Field(
        min_length=1, description="wat er te zien is; ook de tekst voor wie het beeld niet ziet"
    )
    datum: Datum | None = Field(default=None, description="wanneer het beeld gemaakt is")
    herkenbaar: bool = Field(
        default=False, description="er staan herkenbare personen op het beeld"
    )
    toestemming: Toestemming | None = Field(
        default=None, description="toestemming van wie herkenbaar in beeld is"
    )

    @field_validator("pad")
    @classmethod
    def _binnen_dossier(cls, pad: str) -> str:
        relatief = PurePosixPath(pad.replace("\\", "/"))
        if relatief.is_absolute() or ".." in relatief.parts or not relatief.parts:
            raise ValueError(
                f"'{pad}' ligt niet in de dossiermap; geef een pad binnen het dossier, "
                "bijv. beelden/bord.jpg"
            )
        return relatief.as_posix()


class Kanaal(Model):
    """Een medium van het communicatieplan: waar, door wie, wanneer en met welke items."""

    id: Id = Field(description="vaste id van het kanaal")
    soort: KanaalSoort = Field(description="website, tentoonstelling, prikbord, krant, …")
    plek: str = Field(description='waar, bijv. "prikbord in winkelcentrum De Weerd"')
    wie: PersoonLijst = Field(
        default_factory=lege_lijst,
        description="wie het kanaal verzorgt (bijv. de gebiedsambassadeur)",
    )
    wanneer: IdLijst = Field(
        default_factory=lege_lijst,
        description="ids van momenten van de tijdlijn of activiteiten waarop het kanaal wordt "
        "gebruikt",
    )
    periode: Periode | None = Field(default=None, description="de periode dat het kanaal loopt")
    items: IdLijst = Field(
        default_factory=lege_lijst,
        description="ids van de items van dit portfolio die het kanaal toont",
    )


class Communicatieplan(Model):
    """Waar en hoe het portfolio zichtbaar wordt (000 §8, fase 1, stap 3)."""

    kanalen: list[Kanaal] = Field(
        default_factory=lege_lijst, description="de media van het portfolio"
    )


# Per lijst van items: de soorten definities in het dossier waar de id naar mag wijzen.
ITEMSOORTEN: dict[str, tuple[tuple[str, ...], str]] = {
    "uitspraken": (("uitspraak",), "de uitspraak"),
    "initiatieven": (("initiatief",), "het initiatief"),
    "voorbeelden": (("voorbeeld",), "het voorbeeld"),
    "ideeen": (("idee",), "het idee"),
    "tafelkleden": (("tafelkleed",), "het tafelkleed"),
    "momenten": (("moment", "activiteit"), "het moment"),
    "brainstormborden": (("brainstormbord",), "het brainstormbord"),
    "dorpsgesprekken": (("dorpsgesprek",), "het dorpsgesprek"),
    "tafelkaarten": (("tafelkaart",), "de tafelkaart"),
}


class Portfolio(Bestand):
    """Het buurtportfolio van één thema in een periode."""

    SOORT: ClassVar[str] = "portfolio"
    TITEL: ClassVar[str] = "Buurtportfolio"

    soort: Literal["portfolio"] = Field(
        description="wat voor bestand dit is; altijd 'portfolio'",
    )
    titel: str = Field(description="de titel boven het portfolio, uitnodigend")
    thema: Id = Field(description="id van het thema van dit portfolio")
    periode: Periode | None = Field(default=None, description="de periode die het portfolio toont")
    thema_analyse: Id | None = Field(
        default=None, description="id van de thema-analyse die het materiaal ordent (002 instr. 2)"
    )
    inleiding: str | None = Field(default=None, description="een korte inleiding voor de lezer")
    uitspraken: ItemLijst = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst, description="ids van uitspraken"
    )
    initiatieven: ItemLijst = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst, description="ids van initiatieven"
    )
    voorbeelden: ItemLijst = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst, description="ids van voorbeelden uit de thema-analyse"
    )
    ideeen: ItemLijst = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst, description="ids van ideeën uit de thema-analyse"
    )
    tafelkleden: ItemLijst = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst, description="ids van tafelkleden"
    )
    momenten: ItemLijst = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst, description="ids van momenten van de tijdlijn of activiteiten"
    )
    brainstormborden: ItemLijst = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst, description="ids van brainstormborden"
    )
    dorpsgesprekken: ItemLijst = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst, description="ids van dorpsgesprekken"
    )
    tafelkaarten: ItemLijst = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst, description="ids van tafelkaarten van gesprekstafels"
    )
    vermogen: list[VermogenVerhaal] = Field(
        default_factory=lege_lijst, description="verhalen van een vermogensanalyse, zonder scores"
    )
    verhalen: list[Verhaal] = Field(default_factory=lege_lijst, description="eigen verhalen")
    beelden: list[Beeld] = Field(default_factory=lege_lijst, description="foto's en tekeningen")
    communicatieplan: Communicatieplan | None = Field(
        default=None, description="waar en hoe het portfolio zichtbaar wordt"
    )

    def items(self) -> Iterator[tuple[str, int, Item]]:
        """Alle items uit het dossier: (lijst, plaats, item)."""
        for lijst in ITEMSOORTEN:
            for i, item in enumerate(getattr(self, lijst)):
                yield lijst, i, item

    def eigen_ids(self) -> set[str]:
        """De ids waar een kanaal naar mag wijzen: items, verhalen, beelden, vermogen."""
        ids = {item.id for _, _, item in self.items()}
        ids |= {v.id for v in self.verhalen} | {b.id for b in self.beelden}
        ids |= {v.analyse for v in self.vermogen}
        return ids

    @property
    def kanalen(self) -> list[Kanaal]:
        return self.communicatieplan.kanalen if self.communicatieplan else []

    def definities(self) -> Iterator[Definitie]:
        for i, verhaal in enumerate(self.verhalen):
            yield Definitie("verhaal", verhaal.id, ("verhalen", i, "id"))
        for i, beeld in enumerate(self.beelden):
            yield Definitie("beeld", beeld.id, ("beelden", i, "id"))
        for i, kanaal in enumerate(self.kanalen):
            yield Definitie("kanaal", kanaal.id, ("communicatieplan", "kanalen", i, "id"))

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        if self.thema_analyse:
            yield Verwijzing(("thema_analyse",), self.thema_analyse, ("thema-analyse",),
                             "de thema-analyse")
        for lijst, i, item in self.items():
            soorten, omschrijving = ITEMSOORTEN[lijst]
            yield Verwijzing((lijst, i), item.id, soorten, omschrijving)
        for i, verhaal in enumerate(self.vermogen):
            yield Verwijzing(("vermogen", i, "analyse"), verhaal.analyse, ("vermogensanalyse",),
                             "de vermogensanalyse")
        for k, kanaal in enumerate(self.kanalen):
            for i, moment in enumerate(kanaal.wanneer):
                yield Verwijzing(("communicatieplan", "kanalen", k, "wanneer", i), moment,
                                 ("moment", "activiteit"), "het moment van de tijdlijn")

    def interne_problemen(self) -> Iterator[tuple[Loc, str]]:
        eigen = self.eigen_ids()
        for k, kanaal in enumerate(self.kanalen):
            for i, id_ in enumerate(kanaal.items):
                if id_ not in eigen:
                    yield (
                        ("communicatieplan", "kanalen", k, "items", i),
                        f"het kanaal toont '{id_}', maar dat staat niet in dit portfolio; neem "
                        "het op onder zijn soort (uitspraken, verhalen, beelden, …) of kies een "
                        "item dat er al in staat",
                    )
        gezien: dict[str, str] = {}
        for lijst, naam in (("verhalen", "verhaal"), ("beelden", "beeld")):
            for i, eigen_item in enumerate(getattr(self, lijst)):
                if eigen_item.id in gezien:
                    yield ((lijst, i, "id"),
                           f"de id '{eigen_item.id}' staat al bij een {gezien[eigen_item.id]}; "
                           "geef elk verhaal en beeld een eigen id")
                gezien[eigen_item.id] = naam
