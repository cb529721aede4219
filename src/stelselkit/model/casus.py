"""``soort: casus`` — één concrete casus van sociale ondersteuning, privacy eerst (001 §1.2, §5.2).

"Dan staat niet de casus in het zorgnetwerk centraal, maar de daadwerkelijke betrokkenheid bij
een bepaalde jongere, zijn gezin en het netwerk dat we vanuit de eigen kracht van de jongere weten
op te bouwen" (002, hoofdstuk 3). Een casus legt daarom vast:

- alleen een **code** of pseudoniem, nooit een naam, adres of geboortedatum: het model weigert
  sleutels en waarden die daarop lijken (:mod:`stelselkit.model.persoonsgegevens`), en ``prive``
  kan niet uit;
- de vier **casusvragen** (001 §5.2, punt 12), beantwoord met tekst, niet met een score;
- de **casusregisseur**, als rol: "Deze staat dicht bij het gezin" (001 §5.2, punt 11);
- de **lijnen** die in de tijd betrokken zijn (nulde, eerste, tweede), met de datum van
  opschalen en terugschakelen: "Terugschakelen: zo snel mogelijk vanuit de tweede lijn terug naar
  de eerste en de nulde lijn" (punt 16);
- **één plan**: of er één handelingsplan is en waar het staat, niet de inhoud ("Eén gezin ‐ één
  plan", punt 13);
- het eigen **netwerk** van het gezin, en eventueel een omgevingsanalyse met de eigen kracht van
  het gezin in het midden (002 instrument 3).

Een casus is nooit openbaar: de openbare kopie van een dossier laat hem weg, en hij hoort in de
casusmap van het dossier (standaard ``casussen/``).
"""

from collections.abc import Iterator
from typing import Any, ClassVar, Literal, Self

from pydantic import Field, create_model, model_validator

from stelselkit import methode
from stelselkit.model.basis import (
    Bestand,
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
from stelselkit.model.omgevingsanalyse import Lijn
from stelselkit.model.persoonsgegevens import persoonsgegevens

# Een code: kort, zonder spaties, zodat hij geen zin over het gezin kan worden.
CODE_PATROON = r"^[a-z0-9][a-z0-9-]*$"


class Casusbestand(Bestand):
    """Basis van de soorten over concrete casussen: nooit openbaar, geen persoonsgegevens."""

    OPENBAAR: ClassVar[bool] = False
    # De velden waar een datum hoort; een datum elders kan een geboortedatum zijn.
    DATUMSLEUTELS: ClassVar[frozenset[str]] = frozenset()

    prive: Literal[True] = Field(
        default=True,
        description="altijd true: een casus is nooit openbaar (AVG); kan niet uitgezet worden",
    )

    @classmethod
    def geweigerde_persoonsgegevens(cls, data: object) -> Iterator[tuple[Loc, str, bool]]:
        if not isinstance(data, dict):
            return
        if "prive" in data and data["prive"] is not True:
            waarde = str(data["prive"]).lower() if isinstance(data["prive"], bool) else "…"
            yield (
                ("prive",),
                f"een {cls.SOORT} is altijd privé; 'prive: {waarde}' kan niet, want "
                "gegevens over een gezin worden nooit gepubliceerd (AVG). Haal de regel weg of "
                "schrijf 'prive: true'",
                False,
            )
        yield from persoonsgegevens(data, cls.DATUMSLEUTELS)

    @model_validator(mode="before")
    @classmethod
    def _geen_persoonsgegevens(cls, data: Any) -> Any:
        """Ook wie het model direct gebruikt (niet via een dossier), krijgt de weigering."""
        for loc, melding, _ in cls.geweigerde_persoonsgegevens(data):
            plek = ".".join(str(d) for d in loc)
            raise ValueError(f"{plek}: {melding}")
        return data


Casusvragen = create_model(  # type: ignore[call-overload]
    "Casusvragen",
    __base__=Model,
    **{
        v.id: (str | None, Field(default=None, description=v.uitleg))
        for v in methode.CASUSVRAGEN
    },
)


class Casusregisseur(TekstOfModel):
    """De casusregisseur, als rol: "Het dient helder te zijn wie de casusregisseur is. Deze staat
    dicht bij het gezin." (001 §5.2, punt 11)"""

    _tekstveld: ClassVar[str] = "rol"

    rol: str = Field(min_length=1, description="de rol of functie, nooit een naam")
    lijn: Lijn | None = Field(
        default=None, description="uit welke lijn de regisseur komt: nulde, eerste of tweede"
    )
    positie: Id | None = Field(
        default=None, description="de positie in de keten van het dossier, bijv. casusteam"
    )


class Lijninzet(Model):
    """Eén lijn die bij de casus betrokken is, van opschalen tot terugschakelen."""

    lijn: Lijn = Field(description="nulde, eerste of tweede lijn")
    opgeschaald: Datum = Field(description="de dag waarop deze lijn erbij kwam")
    teruggeschakeld: Datum | None = Field(
        default=None, description="de dag waarop deze lijn weer losliet (leeg: nog betrokken)"
    )
    wie: TekstLijst = Field(
        default_factory=lege_lijst,
        description="de rollen of voorzieningen in deze lijn, geen namen",
    )
    afbouw: str | None = Field(
        default=None,
        description="het plan om terug te schakelen: wanneer en hoe deze lijn weer loslaat",
    )

    @model_validator(mode="after")
    def _volgorde(self) -> Self:
        if self.teruggeschakeld is not None and self.teruggeschakeld.eind < self.opgeschaald.begin:
            raise ValueError(
                f"'teruggeschakeld' ({self.teruggeschakeld}) ligt vóór 'opgeschaald' "
                f"({self.opgeschaald}); draai ze om"
            )
        return self


class Plan(Model):
    """Eén gezin, één plan: of er één handelingsplan is, en waar het staat (niet de inhoud)."""

    een_plan: bool = Field(description="is er één gezamenlijk handelingsplan? (001 §5.2, 13)")
    waar: str | None = Field(
        default=None,
        description="waar het plan staat (systeem of map), een verwijzing, nooit de inhoud",
    )


class Netwerklid(TekstOfModel):
    """Iemand uit het eigen netwerk van het gezin, als rol ("oma", "buurvrouw", "trainer")."""

    _tekstveld: ClassVar[str] = "rol"

    rol: str = Field(min_length=1, description="de rol ten opzichte van het gezin, geen naam")
    wat: str | None = Field(default=None, description="wat deze persoon voor het gezin doet")


class Casus(Casusbestand):
    """Eén concrete casus rond een jongere en zijn gezin."""

    SOORT: ClassVar[str] = "casus"
    TITEL: ClassVar[str] = "Casus"
    DATUMSLEUTELS: ClassVar[frozenset[str]] = frozenset(
        {"start", "einde", "opgeschaald", "teruggeschakeld"}
    )

    soort: Literal["casus"] = Field(description="altijd 'casus'")
    code: str = Field(
        pattern=CODE_PATROON,
        max_length=30,
        description="code of pseudoniem van de casus (bijv. ob-2014-03); nooit een naam",
    )
    thema: Id | None = Field(default=None, description="id van het thema in dit dossier")
    gebiedsteam: Id | None = Field(
        default=None, description="id van het gebiedsteam dat de casus oppakt"
    )
    start: Datum | None = Field(default=None, description="begin van de casus")
    einde: Datum | None = Field(default=None, description="einde van de casus (afgesloten)")
    vragen: Casusvragen = Field(  # type: ignore[valid-type]
        default_factory=Casusvragen,
        description="de vier casusvragen (001 §5.2, 12), beantwoord met tekst",
    )
    casusregisseur: Casusregisseur | None = Field(
        default=None, description="wie de casus regisseert, als rol"
    )
    lijnen: list[Lijninzet] = Field(
        default_factory=lege_lijst, description="de lijnen die in de tijd betrokken zijn"
    )
    plan: Plan | None = Field(default=None, description="één gezin, één plan")
    netwerk: list[Netwerklid] = Field(
        default_factory=lege_lijst, description="het eigen netwerk van het gezin, als rollen"
    )
    omgevingsanalyse: Id | None = Field(
        default=None,
        description="id van een omgevingsanalyse met de eigen kracht van het gezin in het midden",
    )

    @model_validator(mode="after")
    def _volgorde(self) -> Self:
        if self.start and self.einde and self.einde.eind < self.start.begin:
            raise ValueError(f"'einde' ({self.einde}) ligt vóór 'start' ({self.start})")
        return self

    def definities(self) -> Iterator[Definitie]:
        yield Definitie("casuscode", self.code, ("code",))

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        if self.gebiedsteam:
            yield Verwijzing(
                ("gebiedsteam",), self.gebiedsteam, ("gebiedsteam",), "het gebiedsteam"
            )
        if self.omgevingsanalyse:
            yield Verwijzing(
                ("omgevingsanalyse",),
                self.omgevingsanalyse,
                ("omgevingsanalyse",),
                "de omgevingsanalyse van het gezin",
            )
        if self.casusregisseur is not None and self.casusregisseur.positie:
            yield Verwijzing(
                ("casusregisseur", "positie"),
                self.casusregisseur.positie,
                ("positie",),
                "de positie van de casusregisseur",
            )

    def interne_problemen(self) -> Iterator[tuple[Loc, str]]:
        if self.plan is not None and self.plan.een_plan and not self.plan.waar:
            yield (
                ("plan",),
                "zeg met 'waar' waar het ene plan staat (een verwijzing, niet de inhoud)",
            )
