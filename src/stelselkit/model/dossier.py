"""``soort: dossier`` — de buurt, het gebied en de thema's; de wortel van een dossiermap."""

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit import methode
from stelselkit.model.basis import (
    Bestand,
    Datum,
    IdLijst,
    Periode,
    PersoonLijst,
    Verwijzing,
    lege_lijst,
)


class Dossier(Bestand):
    """Eén buurt, dorp of gebied met zijn actuele thema's (000 §6: de buurt als niveau)."""

    SOORT: ClassVar[str] = "dossier"
    TITEL: ClassVar[str] = "Dossier"

    soort: Literal["dossier"] = Field(
        description="wat voor bestand dit is; altijd 'dossier'",
    )
    buurt: str = Field(description="de buurt, het dorp of het gebied van dit dossier")
    dorp: str | None = Field(
        default=None,
        description="dorp of kern binnen de gemeente, bijv. Doorwerth",
    )
    gebied: str | None = Field(default=None, description='bijv. "Doorwerth en Heveadorp"')
    gemeente: str = Field(
        description="de gemeente, bijv. Renkum",
    )
    regio: str | None = Field(
        default=None,
        description="regio waar de gemeente in samenwerkt, als dat ertoe doet",
    )
    themas: IdLijst = Field(
        default_factory=lege_lijst, description="ids van de thema-bestanden van dit dossier"
    )
    fase: int | None = Field(
        default=None, ge=1, le=5, description="fase van de opbouw van het stelsel (000 §8)"
    )
    periode: Periode | None = Field(
        default=None,
        description="periode waarin het dossier loopt (van … tot)",
    )
    peildatum: Datum | None = Field(
        default=None,
        description=(
            "de dag waarop het dossier bekeken wordt als --vandaag niet gegeven is; voor een "
            "dossier dat geschiedenis is (bij een maand of jaar: de laatste dag ervan)"
        ),
    )
    omgeving: str | None = Field(
        default=None, description='de mogelijkmakende omgeving, bijv. "vitale omgeving"'
    )
    regievoerders: PersoonLijst = Field(
        description="de regievoerders van deze buurt: naam en rol",
        default_factory=lege_lijst,
    )
    casusmap: str = Field(
        default=methode.CASUSMAP,
        pattern=r"^[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*$",
        description="de map in het dossier voor casussen en vissenkommen; nooit gepubliceerd",
    )
    casusdrempel: int = Field(
        default=5,
        ge=3,
        description="k-anonimiteit: pas vanaf zoveel casussen komen tellingen in openbare uitvoer",
    )
    omschrijving: str | None = Field(
        default=None,
        description="korte omschrijving van de buurt en waarom dit dossier bestaat",
    )

    def verwijzingen(self) -> Iterator[Verwijzing]:
        for i, thema in enumerate(self.themas):
            yield Verwijzing(("themas", i), thema, ("thema",), "het thema")
