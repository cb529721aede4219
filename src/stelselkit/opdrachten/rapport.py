"""Het dossier als geheel: alle analyses waar materiaal voor is, en een overzicht.

``stelsel rapport`` draait elke analyse waarvoor het dossier materiaal heeft, schrijft per analyse
één Markdown-rapport en een ``index.md``: de buurt in één oogopslag (thema, fase, kerncijfers, de
belangrijkste bevindingen uit alle analyses, links naar de rest). Dezelfde invoer geeft
byte-voor-byte dezelfde bestanden, zodat rapporten gecommit en vergeleken kunnen worden.

Elke analysemodule volgt dezelfde afspraak: ``dossier_analyse(dossier, vandaag)`` geeft een
resultaat (of ``None`` zonder materiaal) met ``bevindingen``, ``kerncijfers()`` en ``als_dict()``;
``markdown(resultaat, sjablonen)`` maakt het rapport.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stelselkit import methode
from stelselkit.analyse import GEWICHT_VOLGORDE, Bevinding
from stelselkit.fouten import GebruiksFout, InhoudsFout
from stelselkit.lezen.dossier import Dossier, laad_dossier
from stelselkit.taal import aantal
from stelselkit.uitvoer.schrijven import schrijf_uitvoer
from stelselkit.weergave.sjablonen import render

MAX_BEVINDINGEN_INDEX = 12


@dataclass(frozen=True)
class Onderdeel:
    """Een analyse van de methode, zoals het rapport haar kent."""

    naam: str  # bestandsnaam van het rapport en sleutel in JSON
    module: str
    titel: str

    def laad(self) -> Any:
        return importlib.import_module(self.module)


ONDERDELEN: tuple[Onderdeel, ...] = (
    Onderdeel("netwerk", "stelselkit.analyse.netwerk", "Netwerkanalyse"),
    Onderdeel("thema", "stelselkit.analyse.thema", "Thema-analyse"),
    Onderdeel("omgeving", "stelselkit.analyse.omgeving", "Omgevingsanalyse"),
    Onderdeel("vermogen", "stelselkit.analyse.vermogen", "Vermogensanalyse"),
    Onderdeel("patroon", "stelselkit.analyse.patroon", "Patroononderzoek"),
    Onderdeel("matrix", "stelselkit.analyse.matrix", "Stelselmatrix"),
    Onderdeel("programma", "stelselkit.analyse.programma", "Programma van activiteiten"),
)


@dataclass
class Uitkomst:
    """Het resultaat van één analyse op één dossier."""

    onderdeel: Onderdeel
    resultaat: Any

    @property
    def bevindingen(self) -> list[Bevinding]:
        return list(self.resultaat.bevindingen)

    def kerncijfers(self) -> dict[str, Any]:
        return dict(self.resultaat.kerncijfers())


def geldig_dossier(map_: Path) -> Dossier:
    """Lees een dossier; een ongeldig dossier krijgt geen rapport maar een duidelijke melding."""
    dossier = laad_dossier(map_)
    if not dossier.geldig:
        fouten = [p for p in dossier.problemen if p.niveau == "fout"]
        raise InhoudsFout(
            f"het dossier {map_} heeft {aantal(len(fouten), 'fout', 'fouten')}; "
            f"eerst: {fouten[0].als_regel()}\n"
            f"(zie alle problemen met 'stelsel valideer {map_}')",
            fouten,
        )
    return dossier


def analyseer(dossier: Dossier, vandaag: dt.date) -> Iterator[Uitkomst]:
    """Elke analyse waarvoor het dossier materiaal heeft, in vaste volgorde."""
    for onderdeel in ONDERDELEN:
        resultaat = onderdeel.laad().dossier_analyse(dossier, vandaag)
        if resultaat is not None:
            yield Uitkomst(onderdeel, resultaat)


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


def belangrijkste(
    uitkomsten: list[Uitkomst], aantal: int = MAX_BEVINDINGEN_INDEX
) -> list[tuple[Onderdeel, Bevinding]]:
    """De belangrijkste bevindingen over alle analyses heen.

    Om beurten uit elke analyse de zwaarste die nog over is (actie vóór aandacht vóór info), zodat
    één analyse met veel bevindingen het overzicht niet vult; daarna op gewicht gesorteerd.
    """
    rijen = [
        sorted(u.bevindingen, key=lambda b: GEWICHT_VOLGORDE[b.gewicht]) for u in uitkomsten
    ]
    gekozen: list[tuple[int, int, Onderdeel, Bevinding]] = []
    ronde = 0
    while len(gekozen) < aantal and any(ronde < len(r) for r in rijen):
        for i, rij in enumerate(rijen):
            if ronde < len(rij) and len(gekozen) < aantal:
                gekozen.append((ronde, i, uitkomsten[i].onderdeel, rij[ronde]))
        ronde += 1
    gekozen.sort(key=lambda g: (GEWICHT_VOLGORDE[g[3].gewicht], g[0], g[1]))
    return [(onderdeel, bevinding) for _, _, onderdeel, bevinding in gekozen]


def index_markdown(dossier: Dossier, uitkomsten: list[Uitkomst],
                   sjablonen: Path | None = None) -> str:
    """Het overzicht: de buurt in één oogopslag, met links naar elk analyserapport."""
    paren = belangrijkste(uitkomsten)
    return render(
        "rapport/index.md.j2",
        sjablonen,
        kop=kop_van(dossier),
        uitkomsten=uitkomsten,
        belangrijkst=paren,
        aantal_bevindingen=sum(len(u.bevindingen) for u in uitkomsten),
    )


def schrijf_rapport(
    map_: Path,
    uit: Path,
    *,
    vandaag: dt.date,
    sjablonen: Path | None = None,
    overschrijven: bool = False,
) -> list[Path]:
    """Schrijf de rapporten van één dossier naar ``uit``; geeft de geschreven paden."""
    dossier = geldig_dossier(map_)
    uitkomsten = list(analyseer(dossier, vandaag))
    geschreven = []
    for uitkomst in uitkomsten:
        tekst = uitkomst.onderdeel.laad().markdown(uitkomst.resultaat, sjablonen)
        pad = uit / f"{uitkomst.onderdeel.naam}.md"
        schrijf_uitvoer(pad, tekst, overschrijven=overschrijven)
        geschreven.append(pad)
    pad = uit / "index.md"
    schrijf_uitvoer(pad, index_markdown(dossier, uitkomsten, sjablonen),
                    overschrijven=overschrijven)
    geschreven.append(pad)
    return geschreven


def als_dict(map_: Path, vandaag: dt.date) -> dict[str, Any]:
    """Alle analyses van een dossier als data (``stelsel rapport --format json``)."""
    dossier = geldig_dossier(map_)
    uitkomsten = list(analyseer(dossier, vandaag))
    return {
        "dossier": kop_van(dossier),
        "analyses": {
            u.onderdeel.naam: {
                "kerncijfers": u.kerncijfers(),
                "resultaat": u.resultaat.als_dict(),
            }
            for u in uitkomsten
        },
    }


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
    doelen: list[tuple[Path, Path]],
    uit: Path,
    sjablonen: Path | None,
    overschrijven: bool = False,
) -> Path:
    """Een ``index.md`` boven de rapporten van meerdere dossiers."""
    dossiers = [
        (kop_van(laad_dossier(map_)), doel.relative_to(uit).as_posix()) for map_, doel in doelen
    ]
    pad = uit / "index.md"
    schrijf_uitvoer(pad, render("rapport/overzicht.md.j2", sjablonen, dossiers=dossiers),
                    overschrijven=overschrijven)
    return pad
