"""De analyses van de methode, en het ene contract dat ze delen.

Elke analyse is puur: modellen erin, een :class:`Resultaat` eruit. Ze rendert niets, schrijft
niets en kent de opdrachtregel niet (zie ``weergave/``, ``uitvoer/``, ``opdrachten/``).

Het contract:

- een :class:`Bevinding` is inzicht waar een regievoerder iets mee kan: ze noemt de items waar ze
  over gaat (``over``), zegt wat eraan te doen is (``tekst``) en rust op een :class:`Regel` uit
  de catalogus :mod:`stelselkit.regels`. Tellingen alleen zijn geen analyse. Een bevinding wordt
  altijd met sleutelwoorden gebouwd (``Bevinding(code=…, titel=…, …)``);
- een :class:`Kerncijfer` is één getal met een id, een label, een eenheid en een zin uitleg;
- een :class:`Resultaat` heeft de naam van de analyse, de peildatum, kerncijfers, bevindingen en
  de details van die ene analyse (``details.als_dict()`` voor JSON);
- een :class:`Analyse` beschrijft één analyse voor het register: naam, titel, de soort bestanden
  die ze leest en haar functie ``analyseer(bronnen, vandaag)``. Het register zelf staat in
  :mod:`stelselkit.analyse.register` (een eigen module, zodat een analyse dit contract kan
  importeren zonder alle andere analyses te laden).

De JSON van elk resultaat is één envelop (:meth:`Resultaat.als_dict`), beschreven door het
meegeleverde schema ``schemas/resultaat.schema.json``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar

from stelselkit.regels import Regel, regel
from stelselkit.taal import aantal

if TYPE_CHECKING:
    from stelselkit.fouten import Probleem
    from stelselkit.lezen.dossier import Dossier, Ingelezen
    from stelselkit.model.basis import Bestand

Gewicht = Literal["actie", "aandacht", "info"]
GEWICHT_VOLGORDE: dict[str, int] = {"actie": 0, "aandacht": 1, "info": 2}


@dataclass(frozen=True)
class Bevinding:
    """Eén bevinding van een analyse.

    ``regel`` is een :class:`Regel` uit de catalogus (:func:`stelselkit.regels.regel`).
    """

    code: str  # vaste machine-id, bijv. "ingredient-zonder-schakel"
    titel: str  # korte kop in het Nederlands
    tekst: str  # wat het betekent en wat je kunt doen
    regel: Regel  # de regel van de methode waarop ze rust
    over: tuple[str, ...] = field(default=())  # de items (namen, ids) waar ze over gaat
    gewicht: Gewicht = "aandacht"

    @property
    def regeltekst(self) -> str:
        """De regel zoals een mens hem leest: ``tekst (bron)``."""
        return self.regel.citaat

    def als_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "gewicht": self.gewicht,
            "titel": self.titel,
            "tekst": self.tekst,
            "over": list(self.over),
            "regel": self.regel.als_dict(),
        }


@dataclass(frozen=True, kw_only=True)
class Kerncijfer:
    """Eén kerncijfer: een getal (of korte tekst) met wat het is en hoe je het leest."""

    id: str  # vaste machine-id, bijv. "associaties"
    label: str  # zoals een mens het leest, bijv. "associaties"
    waarde: int | float | str | None
    eenheid: str = ""  # bijv. "uur", "%"; leeg voor een aantal
    uitleg: str = ""  # één zin: wat het getal zegt

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "label": self.label,
            "waarde": self.waarde,
            "eenheid": self.eenheid,
            "uitleg": self.uitleg,
        }


class Details(Protocol):
    """Wat alleen deze analyse weet; ``als_dict`` is het ``details``-deel van de JSON."""

    def als_dict(self) -> dict[str, Any]: ...


D = TypeVar("D", bound=Details, covariant=True)


@dataclass(frozen=True, kw_only=True)
class Resultaat(Generic[D]):
    """De uitkomst van één analyse: het contract tussen analyse, weergave en uitvoer."""

    analyse: str  # de naam in het register, bijv. "patroon"
    peildatum: dt.date | None  # de datum waarop de stand bepaald is; None: hangt er niet van af
    kerncijfers: tuple[Kerncijfer, ...]
    bevindingen: tuple[Bevinding, ...]
    details: D

    def kerncijfer(self, id_: str) -> Kerncijfer:
        return next(k for k in self.kerncijfers if k.id == id_)

    def met_dossierfouten(self, problemen: Sequence[Probleem]) -> Resultaat[D]:
        """Hetzelfde resultaat met vooraan de bevinding over de fouten in het dossier."""
        if not problemen:
            return self
        return dataclasses.replace(
            self, bevindingen=(dossierfouten(problemen), *self.bevindingen)
        )

    def als_dict(self) -> dict[str, object]:
        """De ene JSON-envelop (zie ``schemas/resultaat.schema.json``)."""
        return {
            "analyse": self.analyse,
            "peildatum": self.peildatum.isoformat() if self.peildatum else None,
            "kerncijfers": [k.als_dict() for k in self.kerncijfers],
            "bevindingen": [b.als_dict() for b in self.bevindingen],
            "details": self.details.als_dict(),
        }


M = TypeVar("M", bound="Bestand")
# Eén bestand zoals de analyse het krijgt: hoe het gelezen is, het model, en het dossier eromheen
# (None voor een los bestand of een oude git-revisie).
Bron = tuple["Ingelezen", M, "Dossier | None"]


@dataclass(frozen=True)
class Analyse(Generic[M]):
    """Eén analyse in het register."""

    naam: str  # de naam in ``stelsel analyse NAAM``, de rapportnaam en ``analyse`` in JSON
    titel: str  # de kop voor mensen, bijv. "Patroononderzoek"
    soort: type[M]  # het model van de bestanden die ze analyseert
    analyseer: Callable[[Sequence[Bron[M]], dt.date], Resultaat[Any]]

    def op_dossier(self, dossier: Dossier, vandaag: dt.date) -> Resultaat[Any] | None:
        """Alle bestanden van de soort in een dossier; ``None`` als er geen zijn."""
        gevonden = dossier.van_soort(self.soort)
        if not gevonden:
            return None
        return self.analyseer([(i, m, dossier) for i, m in gevonden], vandaag)


def gesorteerd(bevindingen: Sequence[Bevinding]) -> list[Bevinding]:
    """Eerst wat om actie vraagt, dan aandacht, dan informatie; binnen een gewicht stabiel."""
    return sorted(bevindingen, key=lambda b: GEWICHT_VOLGORDE[b.gewicht])


def een_per_code(per_onderwerp: Sequence[tuple[str, Sequence[Bevinding]]],
                 andere: tuple[str, str], *, per_regel: bool = False) -> list[Bevinding]:
    """Eén bevinding per regel (code) over meerdere onderwerpen heen (thema-analyses,
    programma's, perioden; #15 punt 4).

    Komt een code bij meer onderwerpen voor, dan wordt het één bevinding: de zwaarste (en bij
    gelijk gewicht die met de meeste onderwerpen) voorop, de tekst per onderwerp
    (``In 'naam': …``), ``over`` alle onderwerpen samen in die volgorde, het zwaarste gewicht.
    ``andere`` is enkelvoud en meervoud voor de titel, bijv. ``("andere periode", "andere
    perioden")``. Met ``per_regel`` gaat het om de regel in plaats van de code: geef dan per
    onderwerp al hooguit één bevinding per regel (:func:`een_per_regel`), dan zegt de tekst ook
    hier per onderwerp wat er speelt.
    """
    per_code: dict[str, list[tuple[str, Bevinding]]] = {}
    for naam, bevindingen in per_onderwerp:
        for b in bevindingen:
            per_code.setdefault(b.regel.id if per_regel else b.code, []).append((naam, b))
    uit = []
    for paren in per_code.values():
        if len(paren) == 1:
            uit.append(paren[0][1])
            continue
        paren.sort(key=lambda p: (GEWICHT_VOLGORDE[p[1].gewicht], -len(p[1].over)))
        eerste = paren[0][1]
        uit.append(Bevinding(
            code=eerste.code,
            titel=f"{eerste.titel} (en in {aantal(len(paren) - 1, *andere)})",
            tekst=" ".join(f"In '{naam}': {b.tekst}" for naam, b in paren),
            regel=eerste.regel,
            over=tuple(dict.fromkeys(o for _, b in paren for o in b.over)),
            gewicht=eerste.gewicht,
        ))
    return uit


def een_per_regel(bevindingen: Sequence[Bevinding]) -> list[Bevinding]:
    """Hooguit één bevinding per regel (#15): wat op dezelfde regel rust, wordt één bevinding.

    De zwaarste voorop (bij gelijk gewicht in de volgorde van ``bevindingen``); die geeft code
    en gewicht. De titels samen (``; ``), de teksten achter elkaar, ``over`` alle onderwerpen in
    die volgorde. De bevinding staat op de plek van de eerste op haar regel.
    """
    per_regel: dict[str, list[Bevinding]] = {}
    for b in bevindingen:
        per_regel.setdefault(b.regel.id, []).append(b)
    uit = []
    for delen in per_regel.values():
        if len(delen) == 1:
            uit.append(delen[0])
            continue
        delen = sorted(delen, key=lambda b: GEWICHT_VOLGORDE[b.gewicht])
        eerste = delen[0]
        uit.append(Bevinding(
            code=eerste.code,
            titel="; ".join(b.titel for b in delen),
            tekst=" ".join(b.tekst for b in delen),
            regel=eerste.regel,
            over=tuple(dict.fromkeys(o for b in delen for o in b.over)),
            gewicht=eerste.gewicht,
        ))
    return uit


# De code van de bevinding over de fouten in het dossier (het ene dossierfoutbeleid).
DOSSIERFOUT = "dossierfout"


def dossierfouten(problemen: Sequence[Probleem]) -> Bevinding:
    """De fouten die ``stelsel valideer`` in het dossier vindt, als één bevinding."""
    return Bevinding(
        code=DOSSIERFOUT,
        titel="Het dossier heeft fouten",
        tekst=(
            "Deze fouten staan in het dossier; herstel ze (controleer met 'stelsel valideer'), "
            "want de analyse hieronder rekent met wat wel te lezen was:\n"
            + "\n".join(f"- {p.als_regel()}" for p in problemen)
        ),
        regel=regel("dossier-geldig"),
        over=tuple(f"{p.bestand}:{p.regel}" for p in problemen),
        gewicht="actie",
    )
