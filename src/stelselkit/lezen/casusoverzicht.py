"""Wat er over casussen openbaar kan: alleen tellingen, en pas vanaf een drempel (k-anonimiteit).

Een casus of vissenkom komt nooit in openbare uitvoer (AVG). Wat een gemeenteraad, een aanbieder
of een ander dorp wél mag zien, zijn patronen over *veel* casussen: welke expertise steeds
gemist wordt, hoe vaak er in een periode naar de tweede lijn werd opgeschaald en weer
teruggeschakeld (000 §6 en §10: de inzet van nulde, eerste en tweede lijn en de verschuiving).
Dit overzicht bevat daarom alleen aantallen, geen code, geen datum van één casus en geen vrije
tekst behalve de namen van expertise die in minstens twee vissenkommen terugkomt.

**Drempel.** Het overzicht is openbaar als het over minstens ``casusdrempel`` casussen gaat
(``dossier.yaml``; standaard 5, minimaal 3). Daaronder is er geen openbaar overzicht: bij een
handvol casussen is een telling per halfjaar tot één gezin te herleiden. Dat is k-anonimiteit
over het geheel: elk getal gaat over een groep van minstens k casussen. Cellen per periode
kunnen kleiner zijn; ze zeggen dan iets over een moment, niet over wie.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stelselkit import methode
from stelselkit.lezen.dossier import Dossier
from stelselkit.model import Casus, Vissenkom
from stelselkit.model import Dossier as DossierModel
from stelselkit.model.basis import Datum

STANDAARD_DREMPEL: int = DossierModel.model_fields["casusdrempel"].default
# Expertise die in minstens zoveel vissenkommen terugkomt, is een patroon (001 §5.3, stap 9).
HERHAALD = 2


def periode_van(datum: Datum) -> str:
    """Het halfjaar van een datum, als label dat goed sorteert: ``2014-H1``; een datum die
    alleen een jaar is, telt bij dat jaar (``2014``)."""
    if datum.maand is None:
        return str(datum.jaar)
    return f"{datum.jaar}-H{1 if datum.maand <= 6 else 2}"


@dataclass(frozen=True)
class Lijnperiode:
    """Eén halfjaar: hoe vaak per lijn opgeschaald en teruggeschakeld werd."""

    periode: str
    opgeschaald: tuple[tuple[str, int], ...]  # (lijn, aantal) in de volgorde nulde-eerste-tweede
    teruggeschakeld: tuple[tuple[str, int], ...]

    def aantal(self, soort: str, lijn: str) -> int:
        return dict(getattr(self, soort)).get(lijn, 0)

    def als_dict(self) -> dict[str, object]:
        return {
            "periode": self.periode,
            "opgeschaald": dict(self.opgeschaald),
            "teruggeschakeld": dict(self.teruggeschakeld),
        }


@dataclass(frozen=True)
class Casusoverzicht:
    """Tellingen over alle casussen en vissenkommen van een dossier; niets over één casus."""

    casussen: int
    vissenkommen: int
    met_regisseur: int
    met_een_plan: int
    vragen_beantwoord: int  # casussen waarin alle vier de casusvragen beantwoord zijn
    gemist: tuple[tuple[str, int], ...]  # (expertise, in hoeveel vissenkommen), herhaald
    overlappend: tuple[tuple[str, int], ...]
    perioden: tuple[Lijnperiode, ...]

    def als_dict(self) -> dict[str, object]:
        return {
            "casussen": self.casussen,
            "vissenkommen": self.vissenkommen,
            "met_regisseur": self.met_regisseur,
            "met_een_plan": self.met_een_plan,
            "vragen_beantwoord": self.vragen_beantwoord,
            "gemiste_expertise": [{"expertise": e, "vissenkommen": n} for e, n in self.gemist],
            "overlappende_expertise": [
                {"expertise": e, "vissenkommen": n} for e, n in self.overlappend
            ],
            "perioden": [p.als_dict() for p in self.perioden],
        }


def expertisenaam(tekst: str) -> str:
    """De vorm waarin expertise vergeleken wordt: kleine letters, één spatie."""
    return " ".join(tekst.casefold().split())


def _herhaald(lijsten: Iterable[list[str]]) -> tuple[tuple[str, int], ...]:
    """Per expertise in hoeveel lijsten ze voorkomt, alleen vanaf :data:`HERHAALD`, meeste eerst."""
    teller: Counter[str] = Counter()
    for lijst in lijsten:
        teller.update({expertisenaam(e) for e in lijst if e.strip()})
    return tuple(
        sorted(((e, n) for e, n in teller.items() if n >= HERHAALD), key=lambda p: (-p[1], p[0]))
    )


def _perioden(casussen: Sequence[Casus]) -> tuple[Lijnperiode, ...]:
    op: dict[str, Counter[str]] = {}
    terug: dict[str, Counter[str]] = {}
    for casus in casussen:
        for inzet in casus.lijnen:
            op.setdefault(periode_van(inzet.opgeschaald), Counter())[inzet.lijn] += 1
            if inzet.teruggeschakeld is not None:
                terug.setdefault(periode_van(inzet.teruggeschakeld), Counter())[inzet.lijn] += 1
    lijnen = methode.ids(methode.LIJNEN)
    return tuple(
        Lijnperiode(
            periode,
            tuple((lijn, op.get(periode, Counter())[lijn]) for lijn in lijnen),
            tuple((lijn, terug.get(periode, Counter())[lijn]) for lijn in lijnen),
        )
        for periode in sorted({*op, *terug})
    )


def overzicht(casussen: Sequence[Casus], vissenkommen: Sequence[Vissenkom]) -> Casusoverzicht:
    """Het overzicht over deze casussen en vissenkommen (zonder drempel)."""
    vragen = methode.ids(methode.CASUSVRAGEN)
    return Casusoverzicht(
        casussen=len(casussen),
        vissenkommen=len(vissenkommen),
        met_regisseur=sum(1 for c in casussen if c.casusregisseur is not None),
        met_een_plan=sum(1 for c in casussen if c.plan is not None and c.plan.een_plan),
        vragen_beantwoord=sum(
            1 for c in casussen if all(getattr(c.vragen, v) for v in vragen)
        ),
        gemist=_herhaald(v.gemiste_expertise for v in vissenkommen),
        overlappend=_herhaald(v.overlappende_expertise for v in vissenkommen),
        perioden=_perioden(casussen),
    )


def drempel_van(dossier: Dossier) -> int:
    """De k van dit dossier (``casusdrempel`` in dossier.yaml)."""
    kop = dossier.kop
    return kop.casusdrempel if kop else STANDAARD_DREMPEL


def openbaar_overzicht(dossier: Dossier) -> Casusoverzicht | None:
    """Het overzicht dat gepubliceerd mag worden, of None onder de drempel van het dossier."""
    casussen = [c for _, c in dossier.van_soort(Casus)]
    if len(casussen) < drempel_van(dossier):
        return None
    return overzicht(casussen, [v for _, v in dossier.van_soort(Vissenkom)])
