"""``stelsel valideer``: één bestand, één dossier of een map vol dossiers controleren.

Zoals bij check-jsonschema verzamelt een :class:`Resultaat` alle problemen van alle bestanden;
de CLI zet het om in tekst of JSON en een exitcode. Dossiers worden één voor één gelezen en weer
losgelaten, zodat het geheugen begrensd blijft door het grootste dossier, niet door het geheel.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from stelselkit.fouten import Probleem, Uitgang
from stelselkit.lezen.cache import Validatiecache, inhoudssleutel
from stelselkit.lezen.dossier import (
    NA_LEZEN,
    YAML_ACHTERVOEGSELS,
    dossiermap_van,
    lees_bestand,
    moet_bestaan,
    onleesbare_map,
    openbaar_toegestaan,
    problemen_van_dossier,
    samenvatting,
    vind_dossiers,
    vind_yaml,
    weergave,
)
from stelselkit.lezen.samenhang import Samenvatting
from stelselkit.model import SOORTEN
from stelselkit.verwijzing import Loc

if TYPE_CHECKING:
    from stelselkit.lezen.yamlbron import Bron

MAX_DOSSIERS_GENOEMD = 5  # daarboven noemt de slotregel alleen het aantal (een heel land)
DOSSIERS_PER_WERKER = 20  # minder dossiers per proces: een tweede proces loont niet


@dataclass
class Resultaat:
    """Wat een validatie opleverde: welke bestanden gelezen zijn en alle problemen."""

    bestanden: list[str] = field(default_factory=list)
    dossiers: list[str] = field(default_factory=list)
    problemen: list[Probleem] = field(default_factory=list)
    opmerkingen: list[str] = field(default_factory=list)  # over de cache, voor stderr

    @property
    def fouten(self) -> int:
        return sum(1 for p in self.problemen if p.niveau == "fout")

    @property
    def uitgang(self) -> Uitgang:
        return Uitgang.ONGELDIG if self.fouten else Uitgang.GOED

    def als_dict(self) -> dict[str, object]:
        return {
            "geldig": not self.fouten,
            "dossiers": self.dossiers,
            "bestanden": len(self.bestanden),
            "fouten": self.fouten,
            "waarschuwingen": len(self.problemen) - self.fouten,
            "problemen": [p.als_dict() for p in self.problemen],
        }

    def als_tekst(self) -> str:
        regels = [p.als_regel() for p in self.problemen]
        aantal = len(self.bestanden)
        if self.fouten:
            met_fout = len({p.bestand for p in self.problemen if p.niveau == "fout"})
            samen = f"✗ {self.fouten} {'fout' if self.fouten == 1 else 'fouten'}"
            if 0 < met_fout <= aantal:  # niet "in 1 van 0 bestanden" (geen dossier gevonden)
                samen += f" in {met_fout} van {aantal} {'bestand' if aantal == 1 else 'bestanden'}"
            regels.append(samen)
        else:
            if len(self.dossiers) > MAX_DOSSIERS_GENOEMD:
                waar = f"{len(self.dossiers)} dossiers"
            else:
                waar = ", ".join(self.dossiers) if self.dossiers else "de bestanden"
            regels.append(
                f"✓ {waar}: {aantal} {'bestand' if aantal == 1 else 'bestanden'}, geen fouten"
            )
        return "\n".join(regels)


@dataclass
class _Dossiercontrole:
    """Eén gecontroleerd dossier: de weergavenamen van zijn bestanden en alle problemen."""

    map: Path
    bestanden: list[str]
    problemen: list[Probleem]
    opmerkingen: list[str]
    gelezen: int  # bestanden die gelezen moesten worden (niet uit de cache)


def _controleer_dossier(map_: Path, *, cache: bool) -> _Dossiercontrole:
    """Controleer een dossiermap; ongewijzigde bestanden komen uit de validatiecache.

    Alleen een gewijzigd bestand wordt gelezen en tegen zijn model gecontroleerd (en alleen dan
    wordt dat model gebouwd); de samenhang tussen de bestanden draait altijd opnieuw.
    """
    # Met --openbaar komt elk bestand openbaar uit lees_bestand (NA_LEZEN); de cache bewaart de
    # gewone lezing en wordt dan dus niet gebruikt.
    opslag = Validatiecache.open(map_) if cache and NA_LEZEN.get() is None else None
    basis = Path(weergave(map_))
    samenvattingen: list[Samenvatting] = []
    paden: dict[str, Path] = {}
    onleesbaar: list[OSError] = []
    gelezen = 0
    for pad in vind_yaml(map_, onleesbaar):
        relatief = pad.relative_to(map_).as_posix()
        naam = str(basis / pad.relative_to(map_))
        paden[naam] = pad
        sleutel = inhoudssleutel(pad) if opslag is not None else None
        gevonden = opslag.zoek(relatief, sleutel, naam) if opslag and sleutel else None
        if gevonden is None:
            gelezen += 1
            ingelezen, problemen = lees_bestand(pad, naam)
            if NA_LEZEN.get() is not None and not openbaar_toegestaan(ingelezen):
                continue  # --openbaar: een casus of vissenkom komt niet in de openbare kopie
            gevonden = samenvatting(ingelezen, problemen, relatief)
            # Alleen bewaren als het bestand tijdens het lezen niet veranderde.
            if opslag is not None and sleutel and inhoudssleutel(pad) == sleutel:
                opslag.bewaar(relatief, sleutel, gevonden)
        samenvattingen.append(gevonden)

    bronnen: dict[str, Bron | None] = {}

    def plek(naam: str, loc: Loc) -> tuple[int, int]:
        """Regel en kolom van een kapotte verwijzing: pas dan wordt de YAML (één keer) gelezen."""
        if not loc:
            return (1, 1)
        from stelselkit.lezen.yamlbron import YamlProbleem, lees

        if naam not in bronnen:
            try:
                bronnen[naam] = lees(paden[naam], naam)
            except (YamlProbleem, KeyError):
                bronnen[naam] = None
        bron = bronnen[naam]
        return bron.plek(loc) if bron is not None else (0, 0)

    problemen = problemen_van_dossier(map_, samenvattingen, plek, onleesbaar)
    if opslag is not None:
        opslag.schrijf()
    return _Dossiercontrole(
        map_, [s.naam for s in samenvattingen], problemen,
        opslag.opmerkingen if opslag is not None else [], gelezen,
    )


def werkers(dossiers: int) -> int:
    """Hoeveel processen een map met dossiers controleren.

    Eén per beschikbare kern, maar pas vanaf :data:`DOSSIERS_PER_WERKER` dossiers per proces:
    een tweede proces kost wat (de modellen bouwen, de uitkomsten terugsturen), wat pas loont bij
    een regio of een land. ``STELSEL_WERKERS`` (een getal) zet het vast, bijv. ``1`` voor één
    proces.
    """
    vast = os.environ.get("STELSEL_WERKERS", "")
    if vast.isdigit() and int(vast) > 0:
        return min(int(vast), max(dossiers, 1))
    kernen = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(kernen or 1, dossiers // DOSSIERS_PER_WERKER))


def _begin_werker() -> None:
    """In een nieuw werkproces: wat het van de ouder erfde hoeft de GC nooit meer te bekijken.

    Anders loopt een volledige GC-ronde in het werkproces ook alle geërfde objecten (modules,
    modellen) langs, en raakt hij hun pagina's aan, die het systeem dan moet kopiëren.
    """
    gc.freeze()


def _per_dossier(map_: Path, *, cache: bool) -> Iterator[_Dossiercontrole]:
    """Elk dossier onder ``map_``, in volgorde; bij veel dossiers verdeeld over processen.

    Eén dossier tegelijk per proces: het vorige is losgelaten voor het volgende wordt gelezen,
    zodat het geheugen per proces begrensd blijft door het grootste dossier. De uitkomsten komen
    in de volgorde van de dossiers terug (``map`` wacht zo nodig op een trager proces), dus de
    uitvoer is byte voor byte dezelfde als met één proces.
    """
    mappen = vind_dossiers(map_)
    aantal = werkers(len(mappen))
    # Met --openbaar (NA_LEZEN) blijft alles in dit proces: de openbaar-context hoort bij de run.
    if aantal <= 1 or NA_LEZEN.get() is not None:
        for dossiermap in mappen:
            yield _controleer_dossier(dossiermap, cache=cache)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Het eerste dossier in dit proces, vóór het splitsen (fork). Moest het daarvoor bestanden
    # lezen (niet alles kwam uit de cache), dan bouwt dit proces meteen de modellen van alle
    # soorten: pydantic doet ±0,2 s over alle soorten samen, en zo gebeurt dat één keer en erft
    # elk werkproces ze gebouwd, in plaats van dat elk werkproces ze opnieuw bouwt. Komt alles
    # uit de cache, dan wordt er niets gebouwd (en pydantic niet eens geïmporteerd).
    eerste = _controleer_dossier(mappen[0], cache=cache)
    yield eerste
    if eerste.gelezen:
        for soort in SOORTEN:
            SOORTEN[soort]
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(aantal, mp_context=context, initializer=_begin_werker) as poel:
        yield from poel.map(partial(_controleer_dossier, cache=cache), mappen[1:], chunksize=4)


def valideer(pad: Path, *, cache: bool = True) -> Resultaat:
    """Controleer een bestand, een dossiermap of een map met dossiers.

    Met ``cache`` (standaard) komen ongewijzigde bestanden uit de validatiecache van hun dossier
    (:mod:`stelselkit.lezen.cache`); het resultaat is hetzelfde als zonder.
    """
    moet_bestaan(pad)
    resultaat = Resultaat()
    if pad.is_file():
        map_ = dossiermap_van(pad)
        if map_ is None:
            ingelezen, problemen = lees_bestand(pad)
            resultaat.bestanden.append(ingelezen.naam)
            resultaat.problemen.extend(problemen)
            return resultaat
        controle = _controleer_dossier(map_, cache=cache)
        naam = weergave(pad)
        resultaat.dossiers.append(weergave(map_))
        resultaat.bestanden.append(naam)
        resultaat.problemen.extend(p for p in controle.problemen if p.bestand == naam)
        resultaat.opmerkingen.extend(controle.opmerkingen)
        return resultaat

    binnen: set[Path] = set()
    for controle in _per_dossier(pad, cache=cache):
        binnen.add(controle.map)
        resultaat.dossiers.append(weergave(controle.map))
        resultaat.bestanden.extend(controle.bestanden)
        resultaat.problemen.extend(controle.problemen)
        resultaat.opmerkingen.extend(controle.opmerkingen)
    # YAML buiten elk dossier: elk bestand apart, zodat ook een map zonder dossier iets zegt. In
    # de dossiers zelf daalt dit niet af: hun bestanden en onleesbare mappen zijn al gemeld (en
    # een land vol dossiers nog eens doorlopen kost tijd na het werk van de werkprocessen).
    # vind_dossiers en vind_yaml bouwen hun paden allebei vanaf ``pad``, dus ze zijn gelijk.
    onleesbaar: list[OSError] = []
    for los in [] if pad in binnen else vind_yaml(pad, onleesbaar, behalve=binnen):
        ingelezen, problemen = lees_bestand(los)
        resultaat.bestanden.append(ingelezen.naam)
        resultaat.problemen.extend(problemen)
    resultaat.problemen.extend(onleesbare_map(fout) for fout in onleesbaar)
    if not resultaat.bestanden:
        resultaat.problemen.append(Probleem(
            weergave(pad), 0, 0,
            "geen dossier en geen YAML-bestanden gevonden; maak een dossier met 'stelsel init'",
            code="leeg",
        ))
    elif not resultaat.dossiers:
        resultaat.problemen.append(Probleem(
            weergave(pad), 0, 0,
            "geen dossier.yaml gevonden: dit is (nog) geen dossier; maak er een met "
            "'stelsel init'", code="geen-dossier",
        ))
    return resultaat


# Een bestand van stelsel noemt zijn soort bovenaan: ``soort: tafelkleed`` op de eerste kolom.
_SOORT_REGEL = re.compile(
    rb"^soort:[ \t]*[\"']?(" + b"|".join(re.escape(s.encode()) for s in SOORTEN) + rb")\b",
    re.MULTILINE,
)


def noemt_soort(pad: Path) -> bool:
    """Noemt dit bestand een soort van stelsel (``soort: dossier``, ``soort: tafelkleed``, …)?

    Zo laat de pre-commit-hook ``mkdocs.yml``, een CI-werkstroom en andere YAML van de
    repository met rust.
    """
    try:
        return _SOORT_REGEL.search(pad.read_bytes()) is not None
    except OSError:
        return False


def valideer_bestanden(
    paden: Iterable[Path], *, alleen_met_soort: bool = False, cache: bool = True
) -> Resultaat:
    """Meerdere paden in één resultaat. Een bestand in een dossier laat het hele dossier
    controleren (een wijziging kan een verwijzing in een ander bestand breken); elk dossier
    maar één keer. Met ``alleen_met_soort`` tellen alleen bestanden die een soort noemen."""
    totaal = Resultaat()
    gezien: set[Path] = set()
    for pad in paden:
        if alleen_met_soort and pad.is_file() and not (
            pad.suffix in YAML_ACHTERVOEGSELS and noemt_soort(pad)
        ):
            continue
        map_ = dossiermap_van(pad) if pad.is_file() and alleen_met_soort else None
        doel = map_ if map_ is not None else pad
        if doel.resolve() in gezien:
            continue
        gezien.add(doel.resolve())
        deel = valideer(doel, cache=cache)
        totaal.opmerkingen.extend(deel.opmerkingen)
        # Met alleen_met_soort: problemen in YAML die geen soort noemt (mkdocs.yml) tellen niet.
        totaal.bestanden.extend(deel.bestanden)
        totaal.dossiers.extend(d for d in deel.dossiers if d not in totaal.dossiers)
        totaal.problemen.extend(
            p for p in deel.problemen
            if not alleen_met_soort or not Path(p.bestand).is_file() or noemt_soort(
                Path(p.bestand))
        )
    return totaal
