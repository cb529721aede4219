"""Gedeelde bouwstenen van alle soorten dossierbestanden.

Ontwerpregels, zodat een regievoerder een bestand met de hand kan typen:
- korte Nederlandse sleutels zonder accenten (``ingredienten``, ``ideeen``);
- een gewone tekst waar een tekst genoeg is: een item dat meer velden kan hebben, mag ook als
  alleen tekst geschreven worden (``- Winkelcentrum De Weerd``);
- een enkele waarde waar een lijst mag (``posities: schakel`` of ``posities: [schakel, partner]``);
- datums als ISO (``2014-02-14``);
- onbekende sleutels zijn een fout, zodat een tikfout opvalt.

Verwijzingen tussen bestanden zijn gewone ids (tekst). Elk model beschrijft welke ids het
*aanbiedt* (:meth:`Bestand.definities`) en naar welke het *verwijst* (:meth:`Bestand.verwijzingen`);
:mod:`stelselkit.lezen.dossier` controleert ze voor het hele dossier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

Loc = tuple[str | int, ...]

SCHEMA_VERSIE = 1

# Een id: kleine letters, cijfers en koppeltekens, zoals in een bestandsnaam.
ID_PATROON = r"^[a-z0-9][a-z0-9-]*$"
Id = Annotated[str, Field(pattern=ID_PATROON, max_length=80)]


def _als_lijst(waarde: Any) -> Any:
    """Een enkele waarde mag waar een lijst verwacht wordt."""
    if waarde is None:
        return []
    if isinstance(waarde, str | int | dict):
        return [waarde]
    return waarde


def lijst_of_een(item: Any) -> Any:
    """Een lijst van ``item`` waar ook één losse ``item`` mag staan (ook in het JSON Schema)."""
    return Annotated[
        list[item],
        BeforeValidator(_als_lijst, json_schema_input_type=item | list[item] | None),
    ]


# Datums in een dossier liggen in een mensenleven rond nu; 9999-12-31 is een tikfout, en zo'n
# datum zou verderop (agenda, programma, rapport) over de grens van de kalender rekenen.
EERSTE_JAAR = 1900
LAATSTE_JAAR = 2100


def _binnen_bereik(datum: dt.date) -> dt.date:
    if not EERSTE_JAAR <= datum.year <= LAATSTE_JAAR:
        raise ValueError(
            f"{datum.isoformat()} ligt buiten de jaren {EERSTE_JAAR}–{LAATSTE_JAAR}; "
            "is het jaartal een tikfout?"
        )
    return datum


Datum = Annotated[dt.date, AfterValidator(_binnen_bereik)]

IdLijst = lijst_of_een(Id)
TekstLijst = lijst_of_een(str)

# Vrije tekst van een privé-item die toch openbaar mag (AVG; zie stelselkit.lezen.openbaar): zonder
# deze toestemming wordt een rol de categorie (achtergrond), en verdwijnen groep en verhaal.
OpenbareVelden = lijst_of_een(Literal["rol", "groep", "verhaal"])


class Model(BaseModel):
    """Basis van elk deel van een dossierbestand: onbekende sleutels zijn fout."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        validate_default=False,
        populate_by_name=False,
    )


class TekstOfModel(Model):
    """Een item dat ook als losse tekst geschreven mag worden; die tekst komt in ``_tekstveld``."""

    _tekstveld: ClassVar[str] = "tekst"

    @model_validator(mode="before")
    @classmethod
    def _uit_tekst(cls, waarde: Any) -> Any:
        if isinstance(waarde, str):
            return {cls._tekstveld: waarde}
        return waarde

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> dict[str, Any]:
        """In het JSON Schema mag zo'n item ook een losse tekst zijn, net als bij het lezen."""
        schema = handler(core_schema)
        return {"anyOf": [{"type": "string"}, schema]}


class Persoon(TekstOfModel):
    """Iemand die in een dossier genoemd wordt: een bewoner, een professional, een rol.

    Waar de bron geen naam geeft, schrijf je de rol ("ouderenadviseur vitaliteitscentrum") en laat
    je ``naam`` weg. ``prive: true`` houdt de naam uit openbare rapporten (AVG); ``contact`` wordt
    nooit openbaar getoond.
    """

    _tekstveld: ClassVar[str] = "rol"

    naam: str | None = Field(default=None, description="naam van de persoon (alleen als bekend)")
    rol: str | None = Field(default=None, description="rol, functie of organisatie")
    prive: bool = Field(default=False, description="naam niet tonen in openbare uitvoer")
    contact: str | None = Field(
        default=None, description="e-mail, telefoon of adres; nooit in openbare uitvoer"
    )
    openbaar: OpenbareVelden = Field(  # type: ignore[valid-type]
        default_factory=list,
        description="bij prive: velden die toch openbaar mogen, bijv. [rol]",
    )

    @model_validator(mode="after")
    def _naam_of_rol(self) -> Persoon:
        if not self.naam and not self.rol:
            raise ValueError("geef een 'naam' of een 'rol' (een functie mag, als er geen naam is)")
        return self

    @property
    def label(self) -> str:
        if self.naam and self.rol:
            return f"{self.naam} ({self.rol})"
        return self.naam or self.rol or ""


PersoonLijst = lijst_of_een(Persoon)


class Periode(Model):
    """Een periode met begin en (eventueel) einde."""

    van: Datum
    tot: Datum | None = None

    @model_validator(mode="after")
    def _volgorde(self) -> Periode:
        if self.tot is not None and self.tot < self.van:
            raise ValueError(f"'tot' ({self.tot}) ligt voor 'van' ({self.van}); draai ze om")
        return self


@dataclass(frozen=True)
class Definitie:
    """Een id dat een bestand aanbiedt om naar te verwijzen."""

    soort: str  # bijv. "tafelkleed", "activiteit", "initiatief"
    id: str
    loc: Loc


@dataclass(frozen=True)
class Verwijzing:
    """Een verwijzing vanuit een bestand naar een id elders in het dossier."""

    loc: Loc
    id: str
    soorten: tuple[str, ...]  # welke soorten definities passen
    omschrijving: str  # voor de melding, bijv. "het thema"


class Bestand(Model):
    """Basis van elk dossierbestand: zelfbeschrijvend met ``soort`` en ``versie``."""

    SOORT: ClassVar[str] = ""
    TITEL: ClassVar[str] = ""
    # False voor soorten die nooit in openbare uitvoer mogen (casus, vissenkom): de openbare
    # kopie van een dossier laat ze weg (zie stelselkit.lezen.openbaar).
    OPENBAAR: ClassVar[bool] = True

    versie: int = Field(
        default=SCHEMA_VERSIE,
        ge=1,
        le=SCHEMA_VERSIE,
        description="schemaversie van dit bestand",
    )
    id: Id | None = Field(default=None, description="vaste id; standaard de bestandsnaam")

    @classmethod
    def geweigerde_persoonsgegevens(cls, data: object) -> Iterator[tuple[Loc, str, bool]]:
        """Persoonsgegevens die deze soort weigert, in de ruwe gegevens vóór het model ze leest:
        (plek, melding, op_sleutel), zodat elke weigering op haar eigen regel en kolom staat.

        Standaard geen; een casus en een vissenkom weigeren namen, adressen en geboortedatums.
        """
        return iter(())

    def definities(self) -> Iterator[Definitie]:
        """Ids die dit bestand aanbiedt (naast zijn eigen id)."""
        return iter(())

    def verwijzingen(self) -> Iterator[Verwijzing]:
        """Ids elders in het dossier waar dit bestand naar verwijst (standaard: het thema)."""
        thema = getattr(self, "thema", None)
        if isinstance(thema, str):
            yield Verwijzing(("thema",), thema, ("thema",), "het thema")

    def interne_problemen(self) -> Iterator[tuple[Loc, str]]:
        """Fouten binnen het bestand die pas na het lezen te zien zijn (bijv. interne ids)."""
        return iter(())


class Praktijkafspraak(Model):
    """Een afspraak voor de praktijk, voor een periode (002 stap 5)."""

    id: Id
    afspraak: str
    van: Datum
    tot: Datum | None = None
    wie: PersoonLijst = Field(default_factory=list)

    @model_validator(mode="after")
    def _volgorde(self) -> Praktijkafspraak:
        if self.tot is not None and self.tot < self.van:
            raise ValueError(f"'tot' ({self.tot}) ligt voor 'van' ({self.van}); draai ze om")
        return self
