"""``stelsel verloop``: wat er in een buurt gebeurde, uit de git-geschiedenis van haar dossier.

"Resultaten die we meten zijn de mate van zelforganisatie en de verantwoordelijkheidsverschuiving
in het stelsel" (000, §8). Een dossier staat in git; elke commit is een stand. Tussen twee
standen zoekt deze opdracht de **gebeurtenissen** die iets zeggen over de buurt:

- een schakel kwam erbij, vertrok, of kreeg een andere positie van betrokkenheid;
- een ingrediënt kreeg een schakel (het is nu verbonden met het thema);
- een tafelkleed kwam erbij;
- in een vermogensanalyse veranderde een verhaal of een score (eigen oordeel), of kwam een nieuwe
  vaststelling;
- een activiteit van het programma werd gedaan.

De eerste stand is het **begin**: wat daar staat, is ingevoerd, niet gebeurd. Een commit zonder
gebeurtenissen (een tikfout, een bron erbij, een bestand dat alleen gegevens invoert zoals een
stelselmatrix) telt niet als moment van verandering. Per stand blijven de kerncijfers van alle
analyses bewaard voor de tabel en de JSON; de grafiek tekent alleen de maten die veranderden,
met de datums op de as.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stelselkit import methode
from stelselkit.analyse import Bevinding, Kerncijfer, Resultaat
from stelselkit.analyse.netwerkgraaf import voeg_samen
from stelselkit.fouten import GebruiksFout
from stelselkit.lezen.dossier import DOSSIERBESTAND, Dossier, dossiermap_van, laad_dossier
from stelselkit.lezen.git import kort
from stelselkit.lezen.openbaar import actief
from stelselkit.model import Programma, Tafelkleed, Vermogensanalyse
from stelselkit.regels import regel
from stelselkit.taal import aantal, opsomming, opsomming_kort

REGEL_MOMENTEN = regel("verloop-momenten")
REGEL_SCHAKEL_WEG = regel("verloop-schakel-weg")
REGEL_VERHAAL = regel("verloop-verhaal-bij-getal")
GROOTSTE = 5  # zoveel perioden noemt de bevinding over de grootste veranderingen
ELEMENTNAMEN: dict[str, str] = {e.id: e.naam.lower() for e in methode.VERMOGEN_ELEMENTEN}


@dataclass(frozen=True)
class Momentopname:
    """Wat in één stand telt voor gebeurtenissen (ids → hoe een mens het leest)."""

    schakels: dict[str, tuple[str, tuple[str, ...]]]  # id → (label, posities)
    gekoppeld: dict[str, str]  # ingrediënt-id → tekst, voor ingrediënten met een schakel
    schakel_ingredienten: dict[str, tuple[str, ...]]  # schakel-id → ingrediënt-ids
    kleden: dict[str, str]  # tafelkleed-id → titel
    vermogen: dict[str, dict[str, tuple[int | None, str]]]  # analyse → element → (score, verhaal)
    gedaan: dict[str, str]  # activiteit-id → wat


@dataclass(frozen=True)
class Gebeurtenis:
    """Eén gebeurtenis tussen twee standen."""

    soort: str  # schakel-erbij, schakel-weg, positie, gekoppeld, tafelkleed, vermogen, score,
    # verhaal, gedaan
    tekst: str
    over: str

    def als_dict(self) -> dict[str, str]:
        return {"soort": self.soort, "tekst": self.tekst, "over": self.over}


@dataclass
class Stand:
    """Het dossier zoals het was in één commit."""

    commit: str
    datum: dt.date
    onderwerp: str
    tags: list[str]
    cijfers: dict[str, Any]  # "analyse: maat" → waarde
    geldig: bool
    gebeurtenissen: tuple[Gebeurtenis, ...] = ()

    def als_dict(self) -> dict[str, Any]:
        return {"commit": self.commit, "datum": self.datum.isoformat(),
                "onderwerp": self.onderwerp, "tags": self.tags, "geldig": self.geldig,
                "cijfers": self.cijfers,
                "gebeurtenissen": [g.als_dict() for g in self.gebeurtenissen]}


@dataclass
class Verloop:
    """De details van ``stelsel verloop``: de standen met hun gebeurtenissen."""

    dossier: str
    standen: list[Stand] = field(default_factory=list)

    @property
    def maten(self) -> list[str]:
        gezien: dict[str, None] = {}
        for stand in self.standen:
            gezien.update(dict.fromkeys(stand.cijfers))
        return list(gezien)

    def reeks(self, maat: str) -> list[float | None]:
        return [
            float(w) if isinstance(w := s.cijfers.get(maat), int | float)
            and not isinstance(w, bool) else None
            for s in self.standen
        ]

    def veranderd(self) -> list[str]:
        """De maten waarvan de waarde tussen twee opeenvolgende standen veranderde."""
        def verandert(reeks: list[float | None]) -> bool:
            return any(a is not None and b is not None and a != b
                       for a, b in itertools.pairwise(reeks))

        return [m for m in self.maten if verandert(self.reeks(m))]

    @property
    def perioden(self) -> list[tuple[Stand, Stand]]:
        """(vorige, stand) voor elke stand met gebeurtenissen."""
        return [(v, s) for v, s in itertools.pairwise(self.standen)
                if s.gebeurtenissen]

    def als_dict(self) -> dict[str, Any]:
        return {"dossier": self.dossier, "standen": [s.als_dict() for s in self.standen]}


def _git(repo: Path, *args: str, bij_fout: str | None = None) -> str:
    """Eén git-opdracht; mislukt hij, dan ``bij_fout`` (of wat git zegt) als gebruiksfout."""
    try:
        uitkomst = subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise GebruiksFout(
            "git is niet geïnstalleerd; 'stelsel verloop' leest de git-geschiedenis"
        ) from None
    if uitkomst.returncode != 0:
        if bij_fout is not None:
            raise GebruiksFout(bij_fout)
        melding = uitkomst.stderr.strip().splitlines()
        raise GebruiksFout(
            f"git kon de geschiedenis van '{repo}' niet lezen"
            + (f" ({melding[-1]})" if melding else "")
        )
    return uitkomst.stdout


def _git_wortel(map_: Path) -> Path:
    """De map van de git-repository waar het dossier in staat; buiten git een gebruiksfout."""
    return Path(_git(map_, "rev-parse", "--show-toplevel", bij_fout=(
        f"het dossier {map_} staat niet in een git-repository; 'stelsel verloop' leest de "
        "geschiedenis uit git. Begin er een met 'git init' in de dossiermap en commit het "
        "dossier ('git add . && git commit -m \"dossier\"')")).strip())


def momentopname(dossier: Dossier) -> Momentopname:
    """Wat in deze stand van het dossier telt voor gebeurtenissen."""
    kleden = dossier.van_soort(Tafelkleed)
    schakels: dict[str, tuple[str, tuple[str, ...]]] = {}
    gekoppeld: dict[str, str] = {}
    schakel_ingredienten: dict[str, tuple[str, ...]] = {}
    if kleden:
        netwerk = voeg_samen([(i.naam, m) for i, m in kleden])
        for s in netwerk.schakels.values():
            schakels[s.id] = (s.label, tuple(s.posities))
            schakel_ingredienten[s.id] = tuple(s.ingredienten)
        gekoppeld = {i: netwerk.ingredient_tekst(i) for i in netwerk.ingredienten
                     if netwerk.schakels_van(i)}
    vermogen = {
        ingelezen.id: {
            e.id: (b.score, b.verhaal) for e in methode.VERMOGEN_ELEMENTEN
            if (b := getattr(analyse.elementen, e.id)) is not None
        }
        for ingelezen, analyse in dossier.van_soort(Vermogensanalyse)
    }
    gedaan = {
        sleutel: activiteit.wat
        for _, programma in dossier.van_soort(Programma)
        for sleutel, activiteit in programma.activiteiten.items() if activiteit.status == "gedaan"
    }
    return Momentopname(
        schakels=schakels, gekoppeld=gekoppeld, schakel_ingredienten=schakel_ingredienten,
        kleden={i.id: m.titel for i, m in kleden}, vermogen=vermogen, gedaan=gedaan,
    )


def _kern(verhaal: str) -> str:
    """Het verhaal zonder bronverwijzingen tussen haakjes en zonder verschil in witruimte: een
    andere schrijfwijze van "(001 §4.2)" is geen nieuw verhaal."""
    return " ".join(re.sub(r"\([^()]*\)", " ", verhaal).split())


def _positietekst(posities: tuple[str, ...]) -> str:
    return opsomming(list(posities)) if posities else "geen positie"


def _vermogensgebeurtenissen(oud: Momentopname, nieuw: Momentopname) -> Iterator[Gebeurtenis]:
    for analyse, elementen in nieuw.vermogen.items():
        if analyse not in oud.vermogen:
            yield Gebeurtenis("vermogen", f"vermogensanalyse '{analyse}' vastgesteld", analyse)
            continue
        for element, (score, verhaal) in elementen.items():
            vorig_score, vorig_verhaal = oud.vermogen[analyse].get(element, (None, ""))
            naam = ELEMENTNAMEN[element]
            if score != vorig_score and score is not None and vorig_score is not None:
                yield Gebeurtenis("score", f"{naam} in '{analyse}' van {vorig_score} naar "
                                  f"{score} (eigen oordeel)", f"{analyse}/{element}")
            if _kern(verhaal) != _kern(vorig_verhaal):
                yield Gebeurtenis("verhaal", f"het verhaal van {naam} in '{analyse}' is "
                                  "bijgewerkt", f"{analyse}/{element}")


def gebeurtenissen(oud: Momentopname, nieuw: Momentopname) -> tuple[Gebeurtenis, ...]:
    """Wat er tussen twee standen gebeurde, in vaste volgorde."""
    uit: list[Gebeurtenis] = []
    uit += [Gebeurtenis("tafelkleed", f"tafelkleed '{titel}' erbij", k)
            for k, titel in nieuw.kleden.items() if k not in oud.kleden]
    for s, (label, posities) in nieuw.schakels.items():
        if s not in oud.schakels:
            uit.append(Gebeurtenis("schakel-erbij", f"{label} is erbij gekomen als "
                                   f"{_positietekst(posities)}", s))
        elif oud.schakels[s][1] != posities:
            uit.append(Gebeurtenis("positie", f"{label}: van {_positietekst(oud.schakels[s][1])} "
                                   f"naar {_positietekst(posities)}", s))
    for s, (label, _) in oud.schakels.items():
        if s in nieuw.schakels:
            continue
        los = [oud.gekoppeld[i] for i in oud.schakel_ingredienten[s]
               if i in oud.gekoppeld and i not in nieuw.gekoppeld]
        uit.append(Gebeurtenis(
            "schakel-weg", f"{label} is vertrokken" + (
                f"; {opsomming([repr(i) for i in los])} "
                f"{'heeft' if len(los) == 1 else 'hebben'} nu geen schakel meer" if los else ""),
            s))
    uit += [Gebeurtenis("gekoppeld", f"'{tekst}' heeft nu een schakel", i)
            for i, tekst in nieuw.gekoppeld.items() if i not in oud.gekoppeld]
    uit += _vermogensgebeurtenissen(oud, nieuw)
    uit += [Gebeurtenis("gedaan", f"activiteit '{wat}' gedaan", a)
            for a, wat in nieuw.gedaan.items() if a not in oud.gedaan]
    return tuple(uit)


def _stand(map_: Path, vandaag: dt.date) -> tuple[dict[str, Any], bool, Momentopname]:
    from stelselkit.opdrachten.rapport import analyseer

    dossier = laad_dossier(map_)
    cijfers: dict[str, Any] = {}
    for uitkomst in analyseer(dossier, vandaag):
        for maat, waarde in uitkomst.kerncijfers().items():
            cijfers[f"{uitkomst.onderdeel.naam}: {maat.replace('_', ' ')}"] = waarde
    opname = momentopname(dossier)
    # de scores (eigen oordeel) van de laatste vermogensanalyse als maat, voor de grafiek
    if opname.vermogen:
        laatste = opname.vermogen[max(opname.vermogen)]
        for element, (score, _) in laatste.items():
            if score is not None:
                cijfers[f"vermogen: {ELEMENTNAMEN[element]} (eigen oordeel)"] = score
    return cijfers, dossier.geldig, opname


def _haal_uit(wortel: Path, commit: str, dossier_rel: str, doel: Path) -> None:
    """Zet de YAML-bestanden van het dossier zoals ze in ``commit`` waren in ``doel``."""
    namen = _git(wortel, "ls-tree", "-r", "--name-only", commit, "--", dossier_rel).splitlines()
    for naam in namen:
        if not naam.endswith((".yaml", ".yml")):
            continue
        inhoud = subprocess.run(
            ["git", "-C", str(wortel), "show", f"{commit}:{naam}"],
            capture_output=True, check=True,
        ).stdout
        bestand = doel / naam
        bestand.parent.mkdir(parents=True, exist_ok=True)
        bestand.write_bytes(inhoud)


def _standen(pad: Path) -> Verloop:
    if not pad.exists():
        raise GebruiksFout(f"'{pad}' bestaat niet; geef een dossiermap of een bestand")
    map_ = dossiermap_van(pad)
    if map_ is None:
        raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen {DOSSIERBESTAND})")
    wortel = _git_wortel(map_)
    dossier_rel = map_.resolve().relative_to(wortel.resolve()).as_posix() or "."
    volg_rel = pad.resolve().relative_to(wortel.resolve()).as_posix() or "."
    log = _git(wortel, "log", "--reverse", "--format=%H%x09%ad%x09%s", "--date=short", "--",
               volg_rel)
    verloop_ = Verloop(dossier=map_.name)
    # Openbaar: een commitonderwerp is vrije tekst van een ander (git), niet uit het dossier;
    # het kan een naam dragen die nergens als privé staat. Het blijft dus weg.
    openbaar = actief()
    vorige: Momentopname | None = None
    for regel_ in log.splitlines():
        commit, datum, onderwerp = regel_.split("\t", 2)
        onderwerp = "" if openbaar is not None else onderwerp
        tags = _git(wortel, "tag", "--points-at", commit).split()
        if openbaar is not None:
            tags = [openbaar.tekst(tag) for tag in tags]
        with tempfile.TemporaryDirectory(prefix="stelsel-verloop-") as tijdelijk:
            doel = Path(tijdelijk)
            _haal_uit(wortel, commit, dossier_rel, doel)
            stand_map = doel / dossier_rel
            if not (stand_map / DOSSIERBESTAND).is_file():
                continue
            datum_ = dt.date.fromisoformat(datum)
            cijfers, geldig, opname = _stand(stand_map, datum_)
        # de eerste stand is het begin: wat daar staat is ingevoerd, niet gebeurd
        nieuw = gebeurtenissen(vorige, opname) if vorige is not None else ()
        verloop_.standen.append(Stand(kort(commit), datum_, onderwerp, tags, cijfers, geldig,
                                      nieuw))
        vorige = opname
    if not verloop_.standen:
        raise GebruiksFout(f"geen commits gevonden met '{volg_rel}' als dossier")
    return verloop_


def _momentnaam(stand: Stand) -> str:
    return (f"{stand.datum.isoformat()} (commit {stand.commit}"
            + (f", '{stand.onderwerp}'" if stand.onderwerp else "") + ")")


def _grootste(verloop_: Verloop) -> Bevinding | None:
    """De perioden met de meeste gebeurtenissen; het begin en commits zonder gebeurtenissen
    tellen niet."""
    perioden = sorted(verloop_.perioden, key=lambda p: (-len(p[1].gebeurtenissen), p[1].datum))
    if not perioden:
        return None
    delen = [
        f"van {vorige.datum.isoformat()} tot {_momentnaam(stand)}: "
        f"{opsomming_kort([g.tekst for g in stand.gebeurtenissen], 4)}"
        for vorige, stand in perioden[:GROOTSTE]
    ]
    return Bevinding(
        code="grootste-veranderingen",
        titel="Waar het meest gebeurde",
        tekst=(
            "; ".join(d[:1].upper() + d[1:] for d in delen) + ". Wat speelde er toen in de "
            "buurt? Leg het verhaal erbij vast, bijvoorbeeld in de vermogensanalyse."
        ),
        regel=REGEL_MOMENTEN,
        over=tuple(stand.commit for _, stand in perioden[:GROOTSTE]),
        gewicht="info",
    )


def _vertrokken(verloop_: Verloop) -> Bevinding | None:
    """Schakels die vertrokken, met de ingrediënten die nu geen schakel meer hebben."""
    weg = [(stand, g) for stand in verloop_.standen for g in stand.gebeurtenissen
           if g.soort == "schakel-weg"]
    if not weg:
        return None
    delen = [f"{stand.datum.isoformat()}: {g.tekst}" for stand, g in weg]
    return Bevinding(
        code="schakel-vertrokken",
        titel=f"{aantal(len(weg), 'schakel', 'schakels')} vertrokken",
        tekst=(
            f"{'. '.join(delen)}. Verantwoordelijkheid kan verdwijnen als schakels verdwijnen: "
            "ga na wie hun ingrediënten nu met het thema verbindt, en nodig een opvolger uit de "
            "lokale gemeenschap uit."
        ),
        regel=REGEL_SCHAKEL_WEG,
        over=tuple(g.over for _, g in weg),
    )


def _score_zonder_verhaal(verloop_: Verloop) -> Bevinding | None:
    """Een score (eigen oordeel) die veranderde terwijl het verhaal erbij gelijk bleef."""
    kaal = [
        (stand, g) for stand in verloop_.standen for g in stand.gebeurtenissen
        if g.soort == "score" and not any(
            h.soort == "verhaal" and h.over == g.over for h in stand.gebeurtenissen)
    ]
    if not kaal:
        return None
    return Bevinding(
        code="score-zonder-verhaal",
        titel="Een score veranderde zonder nieuw verhaal",
        tekst=(
            f"{opsomming([f'{g.tekst} op {stand.datum.isoformat()}' for stand, g in kaal])}; "
            "het verhaal erbij bleef gelijk. Een getal zonder verhaal zegt weinig: vertel wat er "
            "veranderde waardoor het oordeel anders werd (tellen én vertellen)."
        ),
        regel=REGEL_VERHAAL,
        over=tuple(g.over for _, g in kaal),
    )


def verloop(pad: Path) -> Resultaat[Verloop]:
    """Het verloop van het dossier waar ``pad`` (een dossiermap of een bestand) in ligt."""
    verloop_ = _standen(pad)
    kandidaten = [_vertrokken(verloop_), _score_zonder_verhaal(verloop_), _grootste(verloop_)]
    totaal = sum(len(s.gebeurtenissen) for s in verloop_.standen)
    kerncijfers = (
        Kerncijfer(id="standen", label="standen", waarde=len(verloop_.standen),
                   uitleg="commits met het dossier; de eerste is het begin"),
        Kerncijfer(id="gebeurtenissen", label="gebeurtenissen", waarde=totaal,
                   uitleg="schakels erbij of weg, posities, gekoppelde ingrediënten, "
                   "tafelkleden, vermogen en gedane activiteiten na het begin"),
        Kerncijfer(id="perioden", label="perioden met gebeurtenissen",
                   waarde=len(verloop_.perioden),
                   uitleg="commits die iets over de buurt zeggen; de rest is invoer of "
                   "correctie"),
    )
    return Resultaat(
        analyse="verloop",
        peildatum=verloop_.standen[-1].datum,
        kerncijfers=kerncijfers,
        bevindingen=tuple(b for b in kandidaten if b is not None),
        details=verloop_,
    )
