"""De analyses van de methode. Elke analyse eindigt in *bevindingen*.

Een bevinding is inzicht waar een regievoerder iets mee kan: ze noemt de items waar ze over
gaat (``over``), zegt wat eraan te doen is (``tekst``) en rust op een regel van de methode
(``regel``, met bronverwijzing). Tellingen alleen zijn geen analyse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from stelselkit.fouten import Probleem

Gewicht = Literal["actie", "aandacht", "info"]
GEWICHT_VOLGORDE: dict[str, int] = {"actie": 0, "aandacht": 1, "info": 2}


@dataclass(frozen=True)
class Bevinding:
    """Eén bevinding van een analyse."""

    code: str  # vaste machine-id, bijv. "ingredient-zonder-schakel"
    titel: str  # korte kop in het Nederlands
    tekst: str  # wat het betekent en wat je kunt doen
    regel: str  # de regel van de methode waarop ze rust, met bron (bijv. "002 instr. 1 stap 3")
    over: tuple[str, ...] = field(default=())  # de items (namen, ids) waar ze over gaat
    gewicht: Gewicht = "aandacht"

    def als_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "gewicht": self.gewicht,
            "titel": self.titel,
            "tekst": self.tekst,
            "over": list(self.over),
            "regel": self.regel,
        }


def gesorteerd(bevindingen: list[Bevinding]) -> list[Bevinding]:
    """Eerst wat om actie vraagt, dan aandacht, dan informatie; binnen een gewicht stabiel."""
    return sorted(bevindingen, key=lambda b: GEWICHT_VOLGORDE[b.gewicht])


def dossierfouten(problemen: list[Probleem]) -> Bevinding:
    """De fouten die ``stelsel valideer`` in deze bestanden vindt, als één bevinding."""
    return Bevinding(
        code="dossierfout",
        titel="Verwijzingen die niet kloppen",
        tekst=(
            "Deze verwijzingen wijzen naar iets dat niet in het dossier staat; herstel ze "
            "(controleer met 'stelsel valideer'):\n"
            + "\n".join(f"- {p.als_regel()}" for p in problemen)
        ),
        regel="Verwijzingen tussen dossierbestanden zijn ids die in het dossier bestaan",
        over=tuple(f"{p.bestand}:{p.regel}" for p in problemen),
        gewicht="actie",
    )
