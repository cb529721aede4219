"""Gedeelde bouwstenen van alle soorten dossierbestanden.

Ontwerpregels, zodat een regievoerder een bestand met de hand kan typen:
- korte Nederlandse sleutels zonder accenten (``ingredienten``, ``ideeen``);
- een gewone tekst waar een tekst genoeg is: een item dat meer velden kan hebben, mag ook als
  alleen tekst geschreven worden (``- Winkelcentrum De Weerd``);
- een enkele waarde waar een lijst mag (``posities: schakel`` of ``posities: [schakel, partner]``);
- datums als ISO 8601, zo precies als bekend: ``2014-02-14``, ``2014-02`` of ``2014``
  (:class:`Datum`);
- onbekende sleutels zijn een fout, zodat een tikfout opvalt.

Verwijzingen tussen bestanden zijn gewone ids (tekst). Elk model beschrijft welke ids het
*aanbiedt* (:meth:`Bestand.definities`) en naar welke het *verwijst* (:meth:`Bestand.verwijzingen`);
:mod:`stelselkit.lezen.dossier` controleert ze voor het hele dossier.
"""

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Self

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
    model_validator,
)
from pydantic_core import CoreSchema, core_schema

from stelselkit.verwijzing import Definitie, Loc, Verwijzing

SCHEMA_VERSIE = 1

# Een id: kleine letters, cijfers en koppeltekens, zoals in een bestandsnaam. StringConstraints
# en niet Field: hetzelfde schema, maar pydantic hoeft bij elk id-veld geen twee FieldInfo's
# samen te voegen (iets minder werk bij het bouwen van de modellen).
ID_PATROON = r"^[a-z0-9][a-z0-9-]*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATROON, max_length=80)]


def _als_lijst(waarde: Any) -> Any:
    """Een enkele waarde mag waar een lijst verwacht wordt."""
    if waarde is None:
        return []
    if isinstance(waarde, str | int | dict):
        return [waarde]
    return waarde


def lege_lijst() -> list[Any]:
    """``default_factory`` van een lijstveld. Een eigen functie in plaats van ``list``: pydantic
    leest bij het bouwen van elk model de signatuur van de fabriek, en die van een ingebouwde
    functie kost veel (inspect ontleedt dan haar tekst-signatuur)."""
    return []


def lege_dict() -> dict[Any, Any]:
    """``default_factory`` van een dict-veld; zie :func:`lege_lijst`."""
    return {}


def lijst_of_een(item: Any) -> Any:
    """Een lijst van ``item`` waar ook één losse ``item`` mag staan (ook in het JSON Schema)."""
    return Annotated[
        list[item],
        BeforeValidator(_als_lijst, json_schema_input_type=item | list[item] | None),
    ]



if TYPE_CHECKING:  # mypy kent geen Literal of lijst uit een functie; pydantic wel
    IdLijst = list[Id]
    TekstLijst = list[str]
else:
    IdLijst = lijst_of_een(Id)
    TekstLijst = lijst_of_een(str)


# ---------------------------------------------------------------------------------------------
# Datums, zo precies als bekend

MAANDEN: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
# Datums in een dossier liggen in een mensenleven rond nu; 9999-12-31 is een tikfout, en zo'n
# datum zou verderop (agenda, programma, rapport) over de grens van de kalender rekenen.
EERSTE_JAAR = 1900
LAATSTE_JAAR = 2100
_DATUM = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
Precisie = Literal["dag", "maand", "jaar"]


@functools.total_ordering
@dataclass(frozen=True, eq=True)
class Datum:
    """Een datum zo precies als de bron hem geeft: een dag, een maand of een jaar.

    ISO 8601 met verminderde precisie: ``2014-03-14``, ``2014-03`` of ``2014``. Veel bronnen
    noemen alleen een maand ("in maart 2014"); dan schrijf je ``2014-03`` in plaats van een
    verzonnen eerste van de maand. Een ``Datum`` is een tijdvak van :attr:`begin` tot en met
    :attr:`eind`; datums sorteren op begin (bij gelijk begin de kortste eerst), en
    :meth:`nl` schrijft ze in het Nederlands ("maart 2014").
    """

    jaar: int
    maand: int | None = None
    dag: int | None = None

    @classmethod
    def lees(cls, waarde: Any) -> "Datum":
        """Uit YAML: een datum, een jaartal of een tekst ``JJJJ[-MM[-DD]]``; anders ValueError."""
        if isinstance(waarde, Datum):
            return waarde
        if isinstance(waarde, dt.datetime):
            waarde = waarde.date()
        if isinstance(waarde, dt.date):
            return cls._binnen(waarde.year, waarde.month, waarde.day, waarde.isoformat())
        if isinstance(waarde, int) and not isinstance(waarde, bool):
            return cls._binnen(waarde, None, None, str(waarde))
        if isinstance(waarde, str):
            treffer = _DATUM.fullmatch(waarde.strip())
            if treffer:
                jaar, maand, dag = (int(g) if g else None for g in treffer.groups())
                assert jaar is not None
                return cls._binnen(jaar, maand, dag, waarde.strip())
        raise ValueError(
            f"verwacht een datum als JJJJ-MM-DD, JJJJ-MM of JJJJ (bijv. 2014-03-14, 2014-03 of "
            f"2014), maar hier staat {_beschrijf_waarde(waarde)}"
        )

    @classmethod
    def _binnen(cls, jaar: int, maand: int | None, dag: int | None, tekst: str) -> "Datum":
        if not EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
            raise ValueError(
                f"'{tekst}' ligt buiten de jaren {EERSTE_JAAR}–{LAATSTE_JAAR}; is het jaartal een "
                "tikfout?"
            )
        if maand is not None and not 1 <= maand <= 12:
            raise ValueError(f"'{tekst}' heeft geen bestaande maand; een maand is 01 tot en met 12")
        if dag is not None:
            assert maand is not None
            laatste = calendar.monthrange(jaar, maand)[1]
            if not 1 <= dag <= laatste:
                raise ValueError(
                    f"'{tekst}' bestaat niet: {MAANDEN[maand - 1]} {jaar} heeft {laatste} dagen"
                )
        return cls(jaar, maand, dag)

    @classmethod
    def van_dag(cls, dag: dt.date) -> "Datum":
        return cls(dag.year, dag.month, dag.day)

    @property
    def precisie(self) -> Precisie:
        if self.dag is not None:
            return "dag"
        return "maand" if self.maand is not None else "jaar"

    @property
    def is_dag(self) -> bool:
        return self.dag is not None

    @property
    def begin(self) -> dt.date:
        """De eerste dag van het tijdvak."""
        return dt.date(self.jaar, self.maand or 1, self.dag or 1)

    @property
    def eind(self) -> dt.date:
        """De laatste dag van het tijdvak."""
        if self.dag is not None:
            return self.begin
        maand = self.maand or 12
        return dt.date(self.jaar, maand, calendar.monthrange(self.jaar, maand)[1])

    def voorbij(self, vandaag: dt.date) -> bool:
        """Het hele tijdvak ligt vóór ``vandaag``."""
        return self.eind < vandaag

    def nog_niet(self, vandaag: dt.date) -> bool:
        """Het hele tijdvak ligt ná ``vandaag``."""
        return self.begin > vandaag

    def dagen_tot(self, later: "Datum") -> int | None:
        """Het aantal dagen tot een latere datum, als beide tot op de dag bekend zijn."""
        if not (self.is_dag and later.is_dag):
            return None
        return (later.begin - self.begin).days

    def isoformat(self) -> str:
        if self.maand is None:
            return f"{self.jaar:04d}"
        if self.dag is None:
            return f"{self.jaar:04d}-{self.maand:02d}"
        return f"{self.jaar:04d}-{self.maand:02d}-{self.dag:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    def nl(self) -> str:
        """In het Nederlands: "14 maart 2014", "maart 2014" of "2014"."""
        if self.maand is None:
            return str(self.jaar)
        maand = f"{MAANDEN[self.maand - 1]} {self.jaar}"
        return f"{self.dag} {maand}" if self.dag is not None else maand

    @classmethod
    def __get_pydantic_core_schema__(cls, bron: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Als veldtype: lezen met :meth:`lees`, schrijven als ISO-tekst."""
        return core_schema.no_info_plain_validator_function(
            cls.lees,
            serialization=core_schema.plain_serializer_function_ser_schema(
                cls.isoformat, return_schema=core_schema.str_schema()
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        return {
            "type": ["string", "integer"],
            "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "minimum": EERSTE_JAAR,
            "maximum": LAATSTE_JAAR,
            "description": "datum als JJJJ-MM-DD, of minder precies als JJJJ-MM of JJJJ",
        }

    def _sleutel(self) -> tuple[dt.date, dt.date]:
        return (self.begin, self.eind)

    def __lt__(self, ander: "Datum") -> bool:
        if not isinstance(ander, Datum):
            return NotImplemented
        return self._sleutel() < ander._sleutel()


def _beschrijf_waarde(waarde: Any) -> str:
    if isinstance(waarde, str):
        return f"de tekst '{waarde[:40]}'"
    if waarde is None:
        return "niets"
    return f"'{waarde}'"


def volgorde_fout(van: Datum, tot: Datum | None) -> str | None:
    """De melding als ``tot`` helemaal vóór ``van`` ligt; anders ``None``."""
    if tot is not None and tot.eind < van.begin:
        return f"'tot' ({tot}) ligt voor 'van' ({van}); draai ze om"
    return None


# Vrije tekst van een privé-item die toch openbaar mag (AVG; zie stelselkit.lezen.openbaar): zonder
# deze toestemming wordt een rol de categorie (achtergrond), en verdwijnen groep en verhaal.
if TYPE_CHECKING:
    OpenbareVelden = list[Literal["rol", "groep", "verhaal"]]
else:
    OpenbareVelden = lijst_of_een(Literal["rol", "groep", "verhaal"])


class Model(BaseModel):
    """Basis van elk deel van een dossierbestand: onbekende sleutels zijn fout."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        validate_default=False,
        populate_by_name=False,
        # Een deelmodel wordt meegebouwd in de validator van de soort die het gebruikt; een eigen
        # validator (pas gebouwd als iets het deelmodel rechtstreeks valideert) is zelden nodig.
        # Wat meer soorten delen, bouwt wel meteen (defer_build=False), zodat elke soort het
        # kant-en-klare schema hergebruikt in plaats van het opnieuw te maken.
        defer_build=True,
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

    model_config = ConfigDict(defer_build=False)  # gedeeld door meer soorten; zie Model

    _tekstveld: ClassVar[str] = "rol"

    naam: str | None = Field(default=None, description="naam van de persoon (alleen als bekend)")
    rol: str | None = Field(default=None, description="rol, functie of organisatie")
    prive: bool = Field(default=False, description="naam niet tonen in openbare uitvoer")
    contact: str | None = Field(
        default=None, description="e-mail, telefoon of adres; nooit in openbare uitvoer"
    )
    openbaar: OpenbareVelden = Field(
        default_factory=lege_lijst,
        description="bij prive: velden die toch openbaar mogen, bijv. [rol]",
    )

    @model_validator(mode="after")
    def _naam_of_rol(self) -> Self:
        if not self.naam and not self.rol:
            raise ValueError("geef een 'naam' of een 'rol' (een functie mag, als er geen naam is)")
        return self

    @property
    def label(self) -> str:
        if self.naam and self.rol:
            return f"{self.naam} ({self.rol})"
        return self.naam or self.rol or ""


if TYPE_CHECKING:  # mypy kent geen Literal of lijst uit een functie; pydantic wel
    PersoonLijst = list[Persoon]
else:
    PersoonLijst = lijst_of_een(Persoon)


class Periode(Model):
    """Een periode met begin en (eventueel) einde."""

    model_config = ConfigDict(defer_build=False)  # gedeeld door meer soorten; zie Model

    van: Datum = Field(
        description="eerste dag, maand of jaar van de periode, bijv. 2013-04 of 2013-04-01",
    )
    tot: Datum | None = Field(
        default=None,
        description="laatste dag, maand of jaar; leeg als de periode nog loopt",
    )

    @model_validator(mode="after")
    def _volgorde(self) -> Self:
        fout = volgorde_fout(self.van, self.tot)
        if fout:
            raise ValueError(fout)
        return self


HerkomstSoort = Literal["bron", "reconstructie", "plaatshouder"]


class Herkomst(TekstOfModel):
    """Waar inhoud vandaan komt: uit een bron, gereconstrueerd, of een plaatshouder.

    ``herkomst: reconstructie`` mag als losse tekst; met ``bron`` (bijv. "001 §4.2") en
    ``toelichting`` zeg je waarop de reconstructie rust of wat de plaatshouder vervangt. Elke
    rapportregel die op een reconstructie of plaatshouder rust, zegt dat.
    """

    model_config = ConfigDict(defer_build=False)  # gedeeld door meer soorten; zie Model

    _tekstveld: ClassVar[str] = "soort"

    soort: HerkomstSoort = Field(description="bron, reconstructie of plaatshouder")
    bron: str | None = Field(default=None, description="waarop het rust, bijv. '001 §4.2'")
    toelichting: str | None = Field(default=None, description="wat gereconstrueerd is of "
                                    "wat de plaatshouder vervangt")

    @property
    def vermelding(self) -> str | None:
        """"reconstructie" of "plaatshouder" (met de toelichting); ``None`` voor een bron."""
        if self.soort == "bron":
            return None
        return f"{self.soort}: {self.toelichting}" if self.toelichting else self.soort


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
    herkomst: Herkomst | None = Field(
        default=None, description="bron, reconstructie of plaatshouder (met verwijzing)"
    )

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

    def waarschuwingen(self) -> Iterator[tuple[Loc, str]]:
        """Wat geldig is maar waarschijnlijk niet bedoeld; het bestand doet gewoon mee."""
        return iter(())


class Praktijkafspraak(Model):
    """Een afspraak voor de praktijk, voor een periode (002 stap 5)."""

    model_config = ConfigDict(defer_build=False)  # gedeeld door meer soorten; zie Model

    id: Id = Field(
        description="vaste id van de afspraak, om ernaar te verwijzen",
    )
    afspraak: str = Field(
        description="wat is afgesproken over het werken in de praktijk, bijv. 'de wijkagent "
        "schuift maandelijks aan bij het dorpsgesprek'",
    )
    van: Datum = Field(
        description="vanaf wanneer de afspraak geldt",
    )
    tot: Datum | None = Field(
        default=None,
        description="tot wanneer de afspraak geldt; leeg als hij doorloopt",
    )
    wie: PersoonLijst = Field(
        description="wie de afspraak maakten of uitvoeren (naam en rol, of alleen een rol)",
        default_factory=lege_lijst,
    )

    @model_validator(mode="after")
    def _volgorde(self) -> Self:
        fout = volgorde_fout(self.van, self.tot)
        if fout:
            raise ValueError(fout)
        return self
