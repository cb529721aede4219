"""``soort: netwerkprogramma`` — het periodieke netwerkprogramma van de gebiedsambassadeur
(001 §4.3).

"De gebiedsambassadeur werkt met een periodiek netwerkprogramma. Door periodiek in gesprek te
gaan rond een actueel thema blijft de aandacht voor het gebied levend." Eén bestand is één
periode met een actueel thema: de zeven stappen van 001 §4.3 met hun stand en hun bewijs (ids van
gesprekken, tafelkleden, analyses, activiteiten), de kanalen waarlangs het thema zichtbaar wordt,
de **bestaande gebeurtenissen** die het programma benut (een dorpsfeest, een markt, een festival),
de tijdlijn met ontmoetings- en actiemomenten, en de slotbijeenkomst met haar sleutelfiguren
(ids van schakels op een tafelkleed). ``vorige`` wijst naar het netwerkprogramma van de periode
ervoor: zo wordt het thema periodiek vernieuwd (000 §8, fase 5).
"""

from collections.abc import Iterator
from typing import ClassVar, Literal, Self

from pydantic import Field, create_model, model_validator

from stelselkit import methode
from stelselkit.model.basis import (
    Bestand,
    Datum,
    Definitie,
    Id,
    IdLijst,
    Model,
    Periode,
    Persoon,
    TekstOfModel,
    Verwijzing,
    lege_dict,
    lege_lijst,
    volgorde_fout,
)

StapStatus = Literal["nog-niet", "gepland", "loopt", "gedaan"]

# Waar het bewijs van een stap kan staan: een bestand van het dossier of een item erin.
BEWIJS_SOORTEN: tuple[str, ...] = (
    "thema",
    "dorpsgesprek",
    "brainstormbord",
    "gesprekstafel",
    "initiatief",
    "tafelkleed",
    "thema-analyse",
    "omgevingsanalyse",
    "vermogensanalyse",
    "patroononderzoek",
    "programma",
    "activiteit",
    "gebeurtenis",
)


class Netwerkstap(Model):
    """De stand van één stap van het netwerkprogramma, met wat hem laat zien."""

    status: StapStatus = Field(default="nog-niet", description="nog-niet, gepland, loopt, gedaan")
    bewijs: IdLijst = Field(
        default_factory=lege_lijst,
        description="ids van wat deze stap laat zien: gesprekken, tafelkleden, analyses, "
        "activiteiten, gebeurtenissen",
    )
    notitie: str | None = Field(default=None, description="wat er in deze stap gebeurde")


Netwerkstappen = create_model(  # type: ignore[call-overload]
    "Netwerkstappen",
    __base__=Model,
    **{
        s.id: (Netwerkstap | None, Field(default=None, description=s.naam))
        for s in methode.NETWERKSTAPPEN
    },
)


class Kanaal(TekstOfModel):
    """Een kanaal waarlangs het thema zichtbaar wordt: prikbord, nieuwsflits, krant, website."""

    _tekstveld: ClassVar[str] = "naam"

    naam: str = Field(min_length=1, description='bijv. "prikbord in het winkelcentrum"')
    door: str | None = Field(
        default=None, description="wie het verzorgt (bijv. kunstenaars uit het gebied)"
    )
    notitie: str | None = Field(default=None, description="wat erop komt, hoe vaak")


class Gebeurtenis(Model):
    """Een activiteit die al plaatsvindt en die het programma kan benutten (001 §4.3)."""

    wat: str = Field(description='bijv. "dorpsfeest", "markt", "festival"')
    datum: Datum = Field(description="(begin)datum in deze periode")
    tot: Datum | None = Field(default=None, description="einddatum als het meer dagen duurt")
    plaats: str | None = Field(default=None, description="waar")
    notitie: str | None = Field(default=None, description="waarom deze gebeurtenis past")

    @model_validator(mode="after")
    def _volgorde(self) -> Self:
        fout = volgorde_fout(self.datum, self.tot)
        if fout:
            raise ValueError(fout)
        return self


class Moment(Model):
    """Een ontmoetings- of actiemoment op de tijdlijn van het netwerkprogramma."""

    datum: Datum = Field(description="wanneer")
    wat: str = Field(description="wat er gebeurt")
    soort: Literal["ontmoeting", "actie"] | None = Field(
        default=None, description="ontmoetingsmoment of actiemoment"
    )
    gebeurtenis: Id | None = Field(
        default=None, description="id van de bestaande gebeurtenis die hier benut wordt"
    )
    initiatieven: IdLijst = Field(
        default_factory=lege_lijst,
        description="ids van de initiatieven (tafelkaarten) rond dit moment",
    )


class Slotbijeenkomst(Model):
    """De slotbijeenkomst: de periode afronden, opbrengsten vieren, sleutelfiguren zichtbaar en
    toegankelijk maken (001 §4.3)."""

    wat: str | None = Field(default=None, description="wat er gebeurt")
    datum: Datum | None = Field(default=None, description="wanneer")
    plaats: str | None = Field(default=None, description="waar")
    status: Literal["gepland", "gedaan", "vervallen"] = Field(
        default="gepland", description="gepland, gedaan of vervallen"
    )
    sleutelfiguren: IdLijst = Field(
        default_factory=lege_lijst,
        description="ids van de schakels (op een tafelkleed) die zichtbaar gemaakt worden",
    )


class Netwerkprogramma(Bestand):
    """Eén periode van het netwerkprogramma van de gebiedsambassadeur."""

    SOORT: ClassVar[str] = "netwerkprogramma"
    TITEL: ClassVar[str] = "Netwerkprogramma"

    soort: Literal["netwerkprogramma"] = Field(
        description="wat voor bestand dit is; altijd 'netwerkprogramma'",
    )
    titel: str = Field(description="de naam van dit netwerkprogramma")
    themas: IdLijst = Field(
        default_factory=lege_lijst,
        description="een of meer ids van actuele thema's van deze periode (stap 1: "
        "benoemen)",
    )
    periode: Periode = Field(description="de periode van gerichte aandacht voor het thema")
    gebiedsambassadeur: Persoon | None = Field(
        default=None, description="wie het programma draagt (een rol mag, als er geen naam is)"
    )
    programma: Id | None = Field(
        default=None, description="id van het regieprogramma waar dit netwerkprogramma bij hoort"
    )
    vorige: Id | None = Field(
        default=None, description="id van het netwerkprogramma van de vorige periode"
    )
    stappen: Netwerkstappen = Field(  # type: ignore[valid-type]
        default_factory=Netwerkstappen,
        description="de zeven stappen van het netwerkprogramma (001 §4.3)",
    )
    kanalen: list[Kanaal] = Field(
        default_factory=lege_lijst, description="waarlangs alles rond het thema zichtbaar wordt"
    )
    gebeurtenissen: dict[Id, Gebeurtenis] = Field(
        default_factory=lege_dict,
        description="activiteiten die al plaatsvinden en benut kunnen worden (dorpsfeest, markt)",
    )
    tijdlijn: list[Moment] = Field(
        default_factory=lege_lijst, description="concrete ontmoetings- en actiemomenten"
    )
    slotbijeenkomst: Slotbijeenkomst | None = Field(
        default=None, description="de afsluiting van de periode"
    )

    def stap(self, stap_id: str) -> Netwerkstap | None:
        """De stand van één stap (None als hij niet is ingevuld)."""
        stap: Netwerkstap | None = getattr(self.stappen, stap_id)
        return stap

    def definities(self) -> Iterator[Definitie]:
        for sleutel in self.gebeurtenissen:
            yield Definitie("gebeurtenis", sleutel, ("gebeurtenissen", sleutel))

    def verwijzingen(self) -> Iterator[Verwijzing]:
        for i, thema in enumerate(self.themas):
            yield Verwijzing(("themas", i), thema, ("thema",), "het thema")
        if self.programma:
            yield Verwijzing(("programma",), self.programma, ("programma",), "het regieprogramma")
        if self.vorige:
            yield Verwijzing(("vorige",), self.vorige, ("netwerkprogramma",),
                             "het vorige netwerkprogramma")
        for term in methode.NETWERKSTAPPEN:
            stap = self.stap(term.id)
            for i, bewijs in enumerate(stap.bewijs if stap else []):
                yield Verwijzing(("stappen", term.id, "bewijs", i), bewijs, BEWIJS_SOORTEN,
                                 "het bewijs van deze stap")
        for i, moment in enumerate(self.tijdlijn):
            if moment.gebeurtenis:
                yield Verwijzing(("tijdlijn", i, "gebeurtenis"), moment.gebeurtenis,
                                 ("gebeurtenis",), "de bestaande gebeurtenis")
            for j, initiatief in enumerate(moment.initiatieven):
                yield Verwijzing(("tijdlijn", i, "initiatieven", j), initiatief,
                                 ("initiatief",), "het initiatief")
        if self.slotbijeenkomst:
            for i, schakel in enumerate(self.slotbijeenkomst.sleutelfiguren):
                yield Verwijzing(("slotbijeenkomst", "sleutelfiguren", i), schakel,
                                 ("schakel",), "de schakel (op een tafelkleed)")
