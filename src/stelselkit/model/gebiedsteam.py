"""``soort: gebiedsteam`` — het sociaal gebiedsteam: kern, schil en open netwerk (001 §1.2, §5.4).

"Een teamcoach vormt samen met een vraagconsulent de kern van het gebiedsteam met daar om heen
een schil van professionals die casusteams vormen rond concrete casussen met zo nodig een
casusregisseur." (001 §1.2). Daaromheen het **open netwerk** van bewoners, professionals en
gemeente, "een belangrijke schakel in het sociaal stelsel in de buurt" (000 §10), waaruit het team
expertise put. Elk lid kan naar de tafelkleden wijzen waarop het staat, zodat het team en de
netwerkanalyses van hetzelfde dossier bij elkaar blijven.

Een gebiedsteam beschrijft professionals en rollen, geen casussen; het is dus openbaar zoals
ieder ander bestand (een lid met ``prive: true`` krijgt er een pseudoniem).
"""

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from stelselkit.model.basis import (
    Bestand,
    Datum,
    Id,
    IdLijst,
    Loc,
    Persoon,
    TekstLijst,
    Verwijzing,
    lege_dict,
    lege_lijst,
)
from stelselkit.model.omgevingsanalyse import Lijn

KRINGEN_TEAM: tuple[str, ...] = ("kern", "schil", "open_netwerk")


class Lid(Persoon):
    """Een lid van het gebiedsteam of van het open netwerk eromheen."""

    expertise: TekstLijst = Field(
        default_factory=lege_lijst, description="eigen expertise naast de generalistische houding"
    )
    lijn: Lijn | None = Field(default=None, description="nulde, eerste of tweede lijn")
    tafelkleden: IdLijst = Field(
        default_factory=lege_lijst, description="ids van de tafelkleden waarop deze persoon staat"
    )


class Gebiedsteam(Bestand):
    """Een sociaal gebiedsteam: kern, schil van professionals en het open netwerk."""

    SOORT: ClassVar[str] = "gebiedsteam"
    TITEL: ClassVar[str] = "Gebiedsteam"

    soort: Literal["gebiedsteam"] = Field(description="altijd 'gebiedsteam'")
    titel: str = Field(description='de naam van het team, bijv. "Sociaal gebiedsteam Oosterbeek"')
    gebied: str | None = Field(default=None, description='bijv. "Oosterbeek en Wolfheze"')
    thema: Id | None = Field(default=None, description="id van het thema in dit dossier")
    datum: Datum | None = Field(default=None, description="de stand van het team op deze dag")
    kern: dict[Id, Lid] = Field(
        default_factory=lege_dict, description="de kern: teamcoach en vraagconsulent (001 §1.2)"
    )
    schil: dict[Id, Lid] = Field(
        default_factory=lege_dict,
        description="de schil van professionals die casusteams vormen (001 §1.2, §5.4)",
    )
    open_netwerk: dict[Id, Lid] = Field(
        default_factory=lege_dict, description="het open netwerk eromheen (000 §10)"
    )

    def leden(self) -> Iterator[tuple[str, str, Lid]]:
        """Alle leden als (kring, sleutel, lid), van kern naar open netwerk."""
        for kring in KRINGEN_TEAM:
            for sleutel, lid in getattr(self, kring).items():
                yield kring, sleutel, lid

    def verwijzingen(self) -> Iterator[Verwijzing]:
        yield from super().verwijzingen()
        for kring, sleutel, lid in self.leden():
            for i, kleed in enumerate(lid.tafelkleden):
                yield Verwijzing(
                    (kring, sleutel, "tafelkleden", i), kleed, ("tafelkleed",), "het tafelkleed"
                )

    def interne_problemen(self) -> Iterator[tuple[Loc, str]]:
        gezien: dict[str, str] = {}
        for kring, sleutel, _ in self.leden():
            if sleutel in gezien:
                yield (
                    (kring, sleutel),
                    f"'{sleutel}' staat al in '{gezien[sleutel]}'; iemand zit in één kring van "
                    "het team (de kring die het dichtst bij de kern ligt)",
                )
            else:
                gezien[sleutel] = kring
