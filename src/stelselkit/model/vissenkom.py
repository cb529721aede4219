"""``soort: vissenkom`` — oefening in het bijeenbrengen van expertise rond een casus (001 §5.3).

"Direct betrokkenen vormen als casusteam een binnenkring rond een concrete casus en het open
netwerk jeugd en opvoeding vormt een buitenkring die het casusteam observeert." Een vissenkom
legt vast: de casus (alleen zijn code), de observatiepunten, wie in de buiten- en binnenkring
zaten (rollen en expertise), de elf stappen als afvinklijst met notities, de expertise die
gemist werd en die overlappend of overbodig was (stap 9), waar het handelingsplan staat (stap 7)
en de aandachtspunten van de plenaire afronding (stap 11). Zo'n aandachtspunt kan een cel van de
stelselmatrix krijgen (``positie/element``, bijv. ``sociaal-wijkteam/ondersteuning``), zodat het
in de matrix en het programma van activiteiten terechtkomt.

Een vissenkom gaat over een gezin en is dus, net als een casus, nooit openbaar en zonder
persoonsgegevens (zie :mod:`stelselkit.model.casus`).
"""

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field, create_model

from stelselkit import methode
from stelselkit.model.basis import (
    Datum,
    Definitie,
    Id,
    Loc,
    Model,
    TekstLijst,
    TekstOfModel,
    Verwijzing,
    lege_lijst,
)
from stelselkit.model.casus import Casusbestand
from stelselkit.model.programma import Cel, onbekend_element


class Deelnemer(TekstOfModel):
    """Iemand in de buiten- of binnenkring, als rol met expertise; geen naam."""

    _tekstveld: ClassVar[str] = "rol"

    rol: str = Field(min_length=1, description="rol, functie of organisatie; nooit een naam")
    expertise: TekstLijst = Field(
        default_factory=lege_lijst, description="de expertise die deze deelnemer inbrengt"
    )


class Stap(TekstOfModel):
    """Eén van de elf stappen: gedaan of niet, met een notitie. Alleen tekst = gedaan + notitie."""

    _tekstveld: ClassVar[str] = "notitie"

    gedaan: bool = Field(default=True, description="is deze stap gezet?")
    notitie: str | None = Field(default=None, description="wat er bij deze stap gebeurde")


Stappen = create_model(  # type: ignore[call-overload]
    "VissenkomStappen",
    __base__=Model,
    **{
        s.id: (Stap | None, Field(default=None, description=f"{s.naam} ({s.uitleg})"))
        for s in methode.VISSENKOM_STAPPEN
    },
)


class Aandachtspunt(TekstOfModel):
    """Een aandachtspunt uit de plenaire afronding (stap 11), eventueel in een cel van de matrix."""

    id: Id | None = Field(
        default=None, description="vaste id, zodat een activiteit van het programma het oppakt"
    )
    tekst: str = Field(min_length=1, description="het aandachtspunt of onderwerp")
    cel: Cel | None = Field(
        default=None,
        description='cel van de stelselmatrix als "positie/element", bijv. '
        '"sociaal-wijkteam/ondersteuning" of "open-netwerk/netwerk"',
    )


class Vissenkom(Casusbestand):
    """Eén vissenkom rond één casus."""

    SOORT: ClassVar[str] = "vissenkom"
    TITEL: ClassVar[str] = "Vissenkom"
    DATUMSLEUTELS: ClassVar[frozenset[str]] = frozenset({"datum"})

    soort: Literal["vissenkom"] = Field(description="altijd 'vissenkom'")
    titel: str | None = Field(default=None, description="een korte titel voor de oefening")
    thema: Id | None = Field(default=None, description="id van het thema in dit dossier")
    datum: Datum | None = Field(default=None, description="de dag van de oefening")
    casus: Id = Field(description="de code van de casus (zie de casus), nooit een naam")
    observatiepunten: TekstLijst = Field(
        default_factory=lege_lijst, description="waar de buitenkring op let (stap 2)"
    )
    buitenkring: list[Deelnemer] = Field(
        default_factory=lege_lijst, description="het open netwerk dat observeert, als rollen"
    )
    binnenkring: list[Deelnemer] = Field(
        default_factory=lege_lijst, description="het casusteam rond de casus, als rollen"
    )
    stappen: Stappen = Field(  # type: ignore[valid-type]
        default_factory=Stappen, description="de elf stappen van 001 §5.3, met notities"
    )
    gemiste_expertise: TekstLijst = Field(
        default_factory=lege_lijst,
        description="expertise die je mist en toe zou willen voegen (stap 9)",
    )
    overlappende_expertise: TekstLijst = Field(
        default_factory=lege_lijst, description="expertise die overlappend of overbodig is (stap 9)"
    )
    handelingsplan: str | None = Field(
        default=None, description="waar het handelingsplan staat (verwijzing, niet de inhoud)"
    )
    aandachtspunten: list[Aandachtspunt] = Field(
        default_factory=lege_lijst,
        description="aandachtspunten uit de plenaire afronding (stap 11)",
    )

    def definities(self) -> Iterator[Definitie]:
        for i, punt in enumerate(self.aandachtspunten):
            if punt.id:
                yield Definitie("aandachtspunt", punt.id, ("aandachtspunten", i, "id"))

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        yield Verwijzing(("casus",), self.casus, ("casuscode",), "de casus (zijn code)")
        for i, punt in enumerate(self.aandachtspunten):
            if punt.cel:
                yield Verwijzing(
                    ("aandachtspunten", i, "cel"), punt.cel.split("/", 1)[0], ("positie",),
                    "de positie",
                )

    def interne_problemen(self) -> Iterator[tuple[Loc, str]]:
        for i, punt in enumerate(self.aandachtspunten):
            melding = onbekend_element(punt.cel) if punt.cel else None
            if melding:
                yield ("aandachtspunten", i, "cel"), melding
