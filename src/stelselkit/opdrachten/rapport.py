"""Het dossier als geheel: alle analyses waar materiaal voor is, en een overzicht.

``stelsel rapport`` draait elke analyse waarvoor het dossier materiaal heeft, schrijft per analyse
één Markdown-rapport en een ``index.md``: de buurt in één oogopslag (thema, fase, kerncijfers, de
belangrijkste bevindingen uit alle analyses, links naar de rest). Dezelfde invoer geeft
byte-voor-byte dezelfde bestanden, zodat rapporten gecommit en vergeleken kunnen worden.

De analyses komen uit het register (:data:`stelselkit.analyse.register.ANALYSES`) en volgen het
contract van :mod:`stelselkit.analyse`; :mod:`stelselkit.weergave.rapporten` maakt er het rapport
van. Een dossier zonder bestanden van de soort van een analyse krijgt van die analyse geen rapport.

Een dossier met fouten volgt hetzelfde beleid als elke analyse-opdracht
(:mod:`stelselkit.opdrachten.analyse`): de rapporten komen er, met vooraan de bevinding over de
fouten (in elk analyserapport en één keer bovenaan de index), en de opdracht eindigt met exitcode 1.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from stelselkit import methode
from stelselkit.analyse import (
    DOSSIERFOUT,
    GEWICHT_VOLGORDE,
    Analyse,
    Bevinding,
    Resultaat,
    dossierfouten,
)
from stelselkit.analyse.register import ANALYSES
from stelselkit.fouten import GebruiksFout, Probleem
from stelselkit.lezen.dossier import Dossier, laad_dossier
from stelselkit.uitvoer.schrijven import schrijf_alles, schrijf_uitvoer
from stelselkit.weergave.rapporten import markdown
from stelselkit.weergave.sjablonen import render

# De werkagenda bovenaan de index: de belangrijkste volgende stappen over alle analyses heen.
WERKAGENDA_MIN = 5
WERKAGENDA_MAX = 7

# De kerncijfers van de index (hooguit acht), elk met een zin die zegt wat het getal betekent.
# (analyse, kerncijfer, zin met {waarde} en eventueel andere kerncijfers van dezelfde analyse)
KERNCIJFERS_INDEX: tuple[tuple[str, str, str], ...] = (
    ("netwerk", "schakels",
     "{waarde} schakels verbinden ingrediënten met het thema; {lokaal} komen uit de lokale "
     "gemeenschap, {professioneel} zijn professional."),
    ("netwerk", "kwetsbare-schakels",
     "{waarde} schakels zijn de enige verbinding voor een deel van het netwerk: valt er een weg, "
     "dan raakt het thema iets kwijt."),
    ("netwerk", "losse-ingredienten",
     "{waarde} van de {ingredienten} ingrediënten hangen nog aan geen enkele schakel."),
    ("thema", "open-vragen",
     "{waarde} vragen van het brainstormbord hebben nog geen antwoord."),
    ("matrix", "opgepakte-aandachtspunten",
     "{waarde} van de {aandachtspunten} aandachtspunten van de stelselmatrix worden door een "
     "activiteit opgepakt."),
    ("programma", "gedaan",
     "{waarde} van de {activiteiten} activiteiten van het programma zijn gedaan."),
    ("vermogen", "perioden",
     "{waarde} perioden van de vermogensanalyse liggen naast elkaar."),
    ("patroon", "deelnemers",
     "{waarde} deelnemers schreven {associaties} associaties in het kruis van het "
     "patroononderzoek."),
)


# De analyses van het rapport, in de volgorde van het register (het netwerk eerst).
ONDERDELEN: tuple[Analyse[Any], ...] = ANALYSES


@dataclass(frozen=True)
class Uitkomst:
    """Het resultaat van één analyse op één dossier."""

    onderdeel: Analyse[Any]
    resultaat: Resultaat[Any]

    @property
    def bevindingen(self) -> list[Bevinding]:
        return list(self.resultaat.bevindingen)

    def kerncijfers(self) -> dict[str, Any]:
        """De kerncijfers zoals een mens ze leest (label → waarde)."""
        return {k.label: k.waarde for k in self.resultaat.kerncijfers}

    def cijfers(self) -> dict[str, Any]:
        """De kerncijfers op id (voor de zinnen van de index)."""
        return {k.id: k.waarde for k in self.resultaat.kerncijfers}

    def markdown(self, sjablonen: Path | None) -> str:
        return markdown(self.resultaat, sjablonen)

    def als_dict(self) -> dict[str, Any]:
        return self.resultaat.als_dict()


def analyseer(dossier: Dossier, vandaag: dt.date) -> Iterator[Uitkomst]:
    """Elke analyse waarvoor het dossier materiaal heeft, in vaste volgorde; heeft het dossier
    fouten, dan staat in elk resultaat vooraan de bevinding daarover."""
    fouten = dossier.fouten
    for onderdeel in ONDERDELEN:
        resultaat = onderdeel.op_dossier(dossier, vandaag)
        if resultaat is not None:
            yield Uitkomst(onderdeel, resultaat.met_dossierfouten(fouten))


def kop_van(dossier: Dossier) -> dict[str, Any]:
    """De buurt in een paar regels: naam, gemeente, thema's, fase."""
    kop = dossier.kop
    themas = []
    for thema_id in kop.themas if kop else []:
        bestand = dossier.zoek(thema_id, ("thema",))
        naam = getattr(bestand.model, "naam", thema_id) if bestand else thema_id
        themas.append(naam)
    fase = kop.fase if kop else None
    return {
        "buurt": dossier.naam,
        "gemeente": kop.gemeente if kop else "",
        "gebied": (kop.gebied or "") if kop else "",
        "themas": themas,
        "fase": fase,
        "fase_naam": methode.naam_van(methode.FASEN, str(fase)) if fase else "",
        "omgeving": (kop.omgeving or "") if kop else "",
    }


def werkagenda(uitkomsten: list[Uitkomst]) -> list[tuple[Analyse[Any], Bevinding]]:
    """De volgende stappen: vijf tot zeven bevindingen over alle analyses heen.

    Alles wat om actie vraagt eerst (hooguit :data:`WERKAGENDA_MAX`), aangevuld met aandacht tot
    :data:`WERKAGENDA_MIN`; informatie is geen stap. Binnen een gewicht om beurten uit elke
    analyse de eerste die nog over is, in de volgorde van de analyses (het netwerk eerst), zodat
    één analyse met veel bevindingen de agenda niet vult. De fouten van het dossier staan niet in
    de agenda maar erboven (:func:`index_markdown`), één keer.
    """
    rijen = [
        sorted(eigen_bevindingen(u), key=lambda b: GEWICHT_VOLGORDE[b.gewicht])
        for u in uitkomsten
    ]
    volgorde: list[tuple[int, int, int, Bevinding]] = [
        (GEWICHT_VOLGORDE[b.gewicht], ronde, i, b)
        for i, rij in enumerate(rijen) for ronde, b in enumerate(rij) if b.gewicht != "info"
    ]
    volgorde.sort(key=lambda v: v[:3])
    acties = [v for v in volgorde if v[3].gewicht == "actie"]
    gekozen = acties[:WERKAGENDA_MAX]
    if len(gekozen) < WERKAGENDA_MIN:
        gekozen += [v for v in volgorde if v[3].gewicht != "actie"][
            : WERKAGENDA_MIN - len(gekozen)]
    return [(uitkomsten[i].onderdeel, b) for _, _, i, b in gekozen]


def eigen_bevindingen(uitkomst: Uitkomst) -> list[Bevinding]:
    """De bevindingen van een analyse zelf, zonder die over de fouten van het dossier."""
    return [b for b in uitkomst.bevindingen if b.code != DOSSIERFOUT]


def kerncijfers_index(uitkomsten: list[Uitkomst]) -> list[tuple[Analyse[Any], str]]:
    """Hooguit acht kerncijfers, elk uitgelegd in een zin (:data:`KERNCIJFERS_INDEX`)."""
    per_naam = {u.onderdeel.naam: u for u in uitkomsten}
    zinnen = []
    for naam, sleutel, zin in KERNCIJFERS_INDEX:
        uitkomst = per_naam.get(naam)
        cijfers = uitkomst.cijfers() if uitkomst else {}
        if sleutel not in cijfers:
            continue
        try:
            tekst = zin.format(waarde=cijfers[sleutel], **cijfers)
        except KeyError:  # een analyse die haar kerncijfers anders noemt: dan niet in de index
            continue
        assert uitkomst is not None
        zinnen.append((uitkomst.onderdeel, tekst))
    return zinnen


def herkomst_van(dossier: Dossier) -> list[tuple[str, str]]:
    """(pad in het dossier, vermelding) van elk bestand dat reconstructie of plaatshouder is."""
    uit = []
    for ingelezen in dossier.bestanden:
        herkomst = getattr(ingelezen.model, "herkomst", None)
        if herkomst is not None and herkomst.vermelding:
            uit.append((ingelezen.pad.relative_to(dossier.map).as_posix(), herkomst.vermelding))
    return sorted(uit)


def index_markdown(dossier: Dossier, uitkomsten: list[Uitkomst],
                   sjablonen: Path | None = None) -> str:
    """Het overzicht: de buurt in één oogopslag, met links naar elk analyserapport; de fouten van
    het dossier, als die er zijn, vooraan."""
    fouten = dossier.fouten
    return render(
        "rapport/index.md.j2",
        sjablonen,
        kop=kop_van(dossier),
        dossierfouten=dossierfouten(fouten) if fouten else None,
        uitkomsten=uitkomsten,
        werkagenda=werkagenda(uitkomsten),
        herkomst=herkomst_van(dossier),
        kerncijfers=kerncijfers_index(uitkomsten),
        aantal_bevindingen=sum(len(eigen_bevindingen(u)) for u in uitkomsten),
    )


@dataclass(frozen=True)
class Geschreven:
    """Wat het rapport van één dossier schreef, met de kop voor het overzicht erboven en de
    fouten van het dossier (dan eindigt de opdracht met exitcode 1)."""

    paden: list[Path]
    kop: dict[str, Any]
    problemen: tuple[Probleem, ...] = ()


def schrijf_rapport(
    map_: Path,
    uit: Path,
    *,
    vandaag: dt.date,
    sjablonen: Path | None = None,
    overschrijven: bool = False,
) -> Geschreven:
    """Schrijf de rapporten van één dossier naar ``uit``; geeft de geschreven paden, de kop en de
    fouten van het dossier."""
    dossier = laad_dossier(map_)
    uitkomsten = list(analyseer(dossier, vandaag))
    bestanden = [(uit / f"{u.onderdeel.naam}.md", u.markdown(sjablonen)) for u in uitkomsten]
    bestanden.append((uit / "index.md", index_markdown(dossier, uitkomsten, sjablonen)))
    schrijf_alles(bestanden, overschrijven=overschrijven)
    return Geschreven([pad for pad, _ in bestanden], kop_van(dossier), dossier.fouten)


def _schrijf_een(
    doel: tuple[Path, Path], vandaag: dt.date, sjablonen: Path | None, overschrijven: bool
) -> Geschreven:
    map_, uit = doel
    return schrijf_rapport(map_, uit, vandaag=vandaag, sjablonen=sjablonen,
                           overschrijven=overschrijven)


def schrijf_rapporten(
    doelen: list[tuple[Path, Path]],
    *,
    vandaag: dt.date,
    sjablonen: Path | None = None,
    overschrijven: bool = False,
) -> Iterator[Geschreven]:
    """De rapporten van elk dossier, in volgorde; bij een regio of land over processen verdeeld.

    Net als ``stelsel valideer`` (:func:`stelselkit.opdrachten.valideren.werkers`): één proces per
    kern vanaf genoeg dossiers, één dossier tegelijk per proces, zodat het geheugen begrensd blijft
    door het grootste dossier. Met ``--openbaar`` blijft alles in dit proces: de openbaar-context
    en de lekcontrole horen bij de run.
    """
    from stelselkit.lezen.openbaar import NA_LEZEN
    from stelselkit.opdrachten.valideren import werkers

    een = partial(_schrijf_een, vandaag=vandaag, sjablonen=sjablonen, overschrijven=overschrijven)
    aantal_werkers = werkers(len(doelen))
    if aantal_werkers <= 1 or NA_LEZEN.get() is not None:
        yield from map(een, doelen)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(aantal_werkers, mp_context=context) as poel:
        yield from poel.map(een, doelen, chunksize=4)


def als_dict(map_: Path, vandaag: dt.date) -> tuple[dict[str, Any], tuple[Probleem, ...]]:
    """Alle analyses van een dossier als data (``stelsel rapport --format json``), en de fouten
    van het dossier."""
    dossier = laad_dossier(map_)
    uitkomsten = list(analyseer(dossier, vandaag))
    data = {
        "dossier": kop_van(dossier),
        "analyses": {u.onderdeel.naam: u.als_dict() for u in uitkomsten},
    }
    return data, dossier.fouten


def uitvoermappen(mappen: list[Path], uit: Path) -> list[Path]:
    """Eén eigen uitvoermap per dossier, naar zijn pad vanaf de gemeenschappelijke map.

    ``gemeente-a/de-weerd`` en ``gemeente-b/de-weerd`` krijgen zo ``gemeente-a-de-weerd`` en
    ``gemeente-b-de-weerd``: dossiers met dezelfde naam overschrijven elkaar niet.
    """
    from stelselkit.opdrachten.aanmaken import maak_id

    volledig = [m.resolve() for m in mappen]
    basis = Path(os.path.commonpath(volledig))
    namen = [maak_id("-".join(p.relative_to(basis).parts) or p.name) for p in volledig]
    if len(set(namen)) < len(namen):
        raise GebruiksFout("hetzelfde dossier staat meer dan eens tussen de argumenten")
    return [uit / naam for naam in namen]


def schrijf_overzicht(
    koppen: list[tuple[dict[str, Any], Path]],
    uit: Path,
    sjablonen: Path | None,
    overschrijven: bool = False,
) -> Path:
    """Een ``index.md`` boven de rapporten van meerdere dossiers (kop en uitvoermap van elk)."""
    dossiers = [(kop, doel.relative_to(uit).as_posix()) for kop, doel in koppen]
    pad = uit / "index.md"
    schrijf_uitvoer(pad, render("rapport/overzicht.md.j2", sjablonen, dossiers=dossiers),
                    overschrijven=overschrijven)
    return pad
