"""``soort: dorpsgesprek`` — informeel gesprek rond een actueel thema (001 §4.2).

Stappen: thema benoemen, open en informeel in gesprek, betrokkenen uitnodigen voor een vervolg,
contactgegevens noteren en persoonlijk uitnodigen, nieuwe thema's en initiatieven signaleren.
Contactgegevens zijn persoonsgegevens: standaard privé.

Een bestand is één gesprek (met ``datum``) of een **reeks**: een terugkerende aanwezigheid op
een vaste plek en dag in een periode ("wekelijks aanwezig te zijn in het winkelcentrum of bij de
bibliotheek", 000 §9; "vanaf januari tot en met juni 2014 op vrijdagochtend in het winkelcentrum",
001 §4.2), met een notitie per bijeenkomst. Een bijeenkomst kan naar het bestand van haar eigen
gesprek wijzen.

Het vervolg wordt gevolgd: elk signaal kan naar het thema, initiatief of de gesprekstafel wijzen
waarin het is opgepakt (``opgepakt_in``), en elk contact heeft een status (uitgenodigd, gekomen,
betrokken, afgehaakt).
"""

from collections.abc import Iterator
from typing import ClassVar, Literal, Self

from pydantic import Field, model_validator

from stelselkit.model.basis import (
    Bestand,
    Datum,
    Id,
    Model,
    OpenbareVelden,
    Periode,
    TekstOfModel,
    Verwijzing,
    lege_lijst,
)

# Waar een signaal, wens of mogelijkheid in opgepakt kan zijn (001 §4.2: "Hieruit kunnen weer
# nieuwe thema's naar voren komen of initiatieven worden gestimuleerd").
OPGEPAKT_SOORTEN: tuple[str, ...] = ("thema", "initiatief", "gesprekstafel")
OPGEPAKT_OMSCHRIJVING = "waar dit is opgepakt (een thema, initiatief of gesprekstafel)"

ContactStatus = Literal["uitgenodigd", "gekomen", "betrokken", "afgehaakt"]
Weekdag = Literal["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


class Reactie(TekstOfModel):
    """Wat iemand zei, met een omschrijving in plaats van een naam."""

    tekst: str = Field(description="wat iemand zei of opmerkte")
    wie: str | None = Field(default=None, description='bijv. "een montere 91-jarige meneer"')
    prive: bool = Field(default=False, description="niet tonen in openbare uitvoer")


class Opvolgbaar(TekstOfModel):
    """Iets dat om een vervolg vraagt: een signaal, een wens of een mogelijkheid.

    Mag als losse tekst; ``opgepakt_in`` wijst naar het thema, het initiatief (een tafelkaart)
    of de gesprekstafel waarin het verder ging.
    """

    tekst: str = Field(min_length=1, description="wat er opkwam")
    opgepakt_in: Id | None = Field(default=None, description=OPGEPAKT_OMSCHRIJVING)


class Signaal(Opvolgbaar):
    """Een nieuw thema of initiatief dat in het gesprek opkwam (001 §4.2, laatste stap)."""


class Contact(Model):
    """Iemand die een vervolg wil; standaard privé."""

    naam: str | None = Field(default=None, description="naam (alleen als bekend en gewenst)")
    rol: str | None = Field(default=None, description="omschrijving of rol, als er geen naam is")
    contact: str | None = Field(default=None, description="nooit in openbare uitvoer")
    prive: bool = Field(default=True, description="naam niet tonen in openbare uitvoer")
    openbaar: OpenbareVelden = Field(  # type: ignore[valid-type]
        default_factory=lege_lijst,
        description="bij prive: velden die toch openbaar mogen, bijv. [rol]",
    )
    uitgenodigd_voor: Id | None = Field(
        default=None, description="id van de vervolgbijeenkomst waarvoor iemand is uitgenodigd"
    )
    status: ContactStatus = Field(
        default="uitgenodigd",
        description=(
            "uitgenodigd (nog niet gekomen), gekomen (was bij het vervolg), betrokken (doet "
            "mee aan een initiatief of thema), afgehaakt"
        ),
    )

    @property
    def label(self) -> str:
        return self.naam or self.rol or "(contact zonder naam)"


class Reeks(Model):
    """Een terugkerende aanwezigheid: vaste plek, vaste dag, een periode (001 §4.2)."""

    plek: str = Field(description='waar, bijv. "winkelcentrum De Weerd"')
    dag: Weekdag | None = Field(default=None, description="vaste dag van de week")
    dagdeel: Literal["ochtend", "middag", "avond"] | None = Field(
        default=None, description="ochtend, middag of avond"
    )
    hoe_vaak: Literal["wekelijks", "tweewekelijks", "maandelijks"] | None = Field(
        default=None, description="hoe vaak de aanwezigheid terugkomt"
    )
    periode: Periode = Field(description="van wanneer tot wanneer de reeks loopt")


class Bijeenkomst(Model):
    """Eén bijeenkomst van een reeks, met wat er te noteren viel."""

    datum: Datum = Field(description="de dag van deze bijeenkomst")
    thema: Id | None = Field(default=None, description="id van het thema van deze bijeenkomst")
    gesprek: Id | None = Field(
        default=None, description="id van het dorpsgesprek-bestand van deze bijeenkomst"
    )
    notitie: str | None = Field(default=None, description="wat opviel, wie er was, wat er kwam")
    signalen: list[Signaal] = Field(
        default_factory=lege_lijst, description="nieuwe thema's of initiatieven die opkwamen"
    )
    contacten: list[Contact] = Field(
        default_factory=lege_lijst, description="mensen die een vervolg willen (privé)"
    )


class Dorpsgesprek(Bestand):
    """Eén dorpsgesprek, of een reeks dorpsgesprekken op een vaste plek en dag."""

    SOORT: ClassVar[str] = "dorpsgesprek"
    TITEL: ClassVar[str] = "Dorpsgesprek"

    soort: Literal["dorpsgesprek"] = Field(
        description="wat voor bestand dit is; altijd 'dorpsgesprek'",
    )
    titel: str = Field(description="het thema of de naam van het gesprek")
    thema: Id | None = Field(default=None, description="id van het actuele thema")
    datum: Datum | None = Field(
        default=None, description="de dag van het gesprek (bij één gesprek verplicht)"
    )
    reeks: Reeks | None = Field(
        default=None, description="een terugkerende aanwezigheid in plaats van één gesprek"
    )
    bijeenkomsten: list[Bijeenkomst] = Field(
        default_factory=lege_lijst, description="de bijeenkomsten van de reeks, met notities"
    )
    plaats: str | None = Field(default=None, description="waar het gesprek was")
    reacties: list[Reactie] = Field(default_factory=lege_lijst, description="wat mensen zeiden")
    contacten: list[Contact] = Field(
        default_factory=lege_lijst, description="mensen die een vervolg willen (privé)"
    )
    signalen: list[Signaal] = Field(
        default_factory=lege_lijst, description="nieuwe thema's of initiatieven die opkwamen"
    )
    vervolg: str | None = Field(default=None, description="de vervolgbijeenkomst, in woorden")

    @model_validator(mode="after")
    def _datum_of_reeks(self) -> Self:
        if self.datum is None and self.reeks is None:
            raise ValueError(
                "de verplichte sleutel 'datum' ontbreekt; geef de 'datum' van het gesprek, of "
                "een 'reeks' (plek, dag, periode) voor terugkerende gesprekken"
            )
        if self.bijeenkomsten and self.reeks is None:
            raise ValueError("'bijeenkomsten' horen bij een 'reeks'; geef ook de 'reeks'")
        return self

    def alle_signalen(self) -> Iterator[tuple[Datum | None, Signaal]]:
        """Elk signaal met de dag waarop het opkwam (van het gesprek of de bijeenkomst)."""
        for signaal in self.signalen:
            yield self.datum or (self.reeks.periode.van if self.reeks else None), signaal
        for bijeenkomst in self.bijeenkomsten:
            for signaal in bijeenkomst.signalen:
                yield bijeenkomst.datum, signaal

    def alle_contacten(self) -> Iterator[tuple[Datum | None, Contact]]:
        """Elk contact met de dag waarop het genoteerd is."""
        for contact in self.contacten:
            yield self.datum or (self.reeks.periode.van if self.reeks else None), contact
        for bijeenkomst in self.bijeenkomsten:
            for contact in bijeenkomst.contacten:
                yield bijeenkomst.datum, contact

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        for i, signaal in enumerate(self.signalen):
            if signaal.opgepakt_in:
                yield Verwijzing(("signalen", i, "opgepakt_in"), signaal.opgepakt_in,
                                 OPGEPAKT_SOORTEN, OPGEPAKT_OMSCHRIJVING)
        for i, bijeenkomst in enumerate(self.bijeenkomsten):
            plek: tuple[str | int, ...] = ("bijeenkomsten", i)
            if bijeenkomst.thema:
                yield Verwijzing((*plek, "thema"), bijeenkomst.thema, ("thema",), "het thema")
            if bijeenkomst.gesprek:
                yield Verwijzing((*plek, "gesprek"), bijeenkomst.gesprek, ("dorpsgesprek",),
                                 "het dorpsgesprek van deze bijeenkomst")
            for j, signaal in enumerate(bijeenkomst.signalen):
                if signaal.opgepakt_in:
                    yield Verwijzing((*plek, "signalen", j, "opgepakt_in"), signaal.opgepakt_in,
                                     OPGEPAKT_SOORTEN, OPGEPAKT_OMSCHRIJVING)
