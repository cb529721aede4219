"""``stelsel portfolio DOSSIER… --uit MAP``: het buurtportfolio als statische website.

Openbaar zonder uitzondering. De volgorde is vast:

1. elk dossier wordt gelezen en moet geldig zijn;
2. :func:`publiceerbaar` maakt er de publiceerbare versie van (privé-personen als pseudoniem,
   geen contactgegevens) — de enige plek waar dat gebeurt; alles daarna ziet alleen die versie;
3. per ``portfolio``-bestand verzamelt :func:`stelselkit.analyse.portfolio.verzamel` wat er
   openbaar in mag (wat over een persoon gaat alleen met toestemming; geen scores, geen
   checklists: de site toont verhalen, geen analyse);
4. de pagina's worden gemaakt, beelden opnieuw gecodeerd zonder metadata;
5. de lekcontrole loopt over elk bestand van de site; pas dan wordt er iets geschreven.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from stelselkit.analyse.portfolio import Index, Weggelaten, verzamel
from stelselkit.fouten import InhoudsFout
from stelselkit.lezen.dossier import Dossier, laad_dossier
from stelselkit.lezen.openbaar import Openbaar, maak_openbaar
from stelselkit.model import Portfolio
from stelselkit.taal import aantal
from stelselkit.uitvoer.beelden import FORMATEN, controleer_zonder_metadata, zonder_metadata
from stelselkit.uitvoer.lekcontrole import Controle, Lek
from stelselkit.uitvoer.netwerk import svg
from stelselkit.uitvoer.schrijven import controleer_uitvoer, schrijf_uitvoer
from stelselkit.weergave import portfolio as weergave
from stelselkit.woorden import slug

Bestanden = dict[str, str | bytes]


@dataclass
class Site:
    """De site in het geheugen: pad (relatief, met /) → inhoud; plus wat eruit bleef."""

    bestanden: Bestanden = field(default_factory=dict)
    weggelaten: list[tuple[str, Weggelaten]] = field(default_factory=list)  # (portfolio, item)
    zonder_portfolio: list[str] = field(default_factory=list)  # buurten die er nog geen hebben


# --- 2. de publiceerbare versie ----------------------------------------------------------------


def publiceerbaar(mappen: list[Path], dossiers: list[Dossier]) -> tuple[list[Dossier], Openbaar]:
    """De publiceerbare dossiers (:func:`stelselkit.lezen.openbaar.maak_openbaar`), met één
    gedeelde context zodat pseudoniemen over alle dossiers vast zijn; die context weet ook wat
    nergens in de site mag staan (voor de lekcontrole)."""
    openbaar = Openbaar.voor(mappen)
    return [maak_openbaar(d, openbaar) for d in dossiers], openbaar


# --- 5. de lekcontrole ---------------------------------------------------------------------


def lekcontrole(bestanden: Bestanden, openbaar: Openbaar) -> None:
    """Elk bestand van de site: tekst door :mod:`stelselkit.uitvoer.lekcontrole` (privé-namen,
    contactwaarden en -patronen, ook ontsnapt of gecodeerd), een beeld zonder enige metadata,
    een meegeleverd script gelijk aan het bestand in het pakket. Bij een treffer wordt niets
    geschreven."""
    controle = Controle(openbaar)
    for pad, inhoud in sorted(bestanden.items()):
        meegeleverd = pad.removeprefix("js/")
        if meegeleverd in weergave.VENDOR:
            # Een bestand uit het pakket, geen gegevens: het moet byte voor byte het
            # meegeleverde bestand zijn (sha256 in VERSIES.txt). Minified code lijkt soms op
            # een postcode; daarom geen patrooncontrole, wel deze vergelijking.
            if inhoud != weergave.vendorbestand(meegeleverd):
                raise Lek(f"openbare uitvoer tegengehouden: {pad} is niet het meegeleverde "
                          "bestand; er is niets geschreven")
        elif Path(pad).suffix.lower() in FORMATEN:
            assert isinstance(inhoud, bytes)
            controleer_zonder_metadata(inhoud, pad)
        else:
            tekst = inhoud.decode("utf-8") if isinstance(inhoud, bytes) else inhoud
            controle.controleer(tekst, pad)


# --- 3 en 4. de pagina's ----------------------------------------------------------------------


def _unieke_map(naam: str, gebruikt: set[str], standaard: str = "buurt") -> str:
    basis = slug(naam) or standaard
    kandidaat, teller = basis, 1
    while kandidaat in gebruikt:
        teller += 1
        kandidaat = f"{basis}-{teller}"
    gebruikt.add(kandidaat)
    return kandidaat


def geldig_dossier(map_: Path) -> Dossier:
    """Lees een dossier dat gepubliceerd wordt. Anders dan een analyse of ``stelsel rapport``
    (rapport met de fouten vooraan, exitcode 1) publiceert de site geen ongeldig dossier: wat de
    buurt te zien krijgt, klopt eerst."""
    dossier = laad_dossier(map_)
    if not dossier.geldig:
        fouten = dossier.fouten
        raise InhoudsFout(
            f"het dossier {map_} heeft {aantal(len(fouten), 'fout', 'fouten')} en wordt niet "
            f"gepubliceerd; eerst: {fouten[0].als_regel()}\n"
            f"(zie alle problemen met 'stelsel valideer {map_}')",
            list(fouten),
        )
    return dossier


def maak_site(mappen: list[Path], vandaag: dt.date, titel: str | None = None) -> Site:
    """De hele site in het geheugen (zie de moduletekst); schrijft niets."""
    dossiers = [geldig_dossier(m) for m in mappen]
    publiek, openbaar = publiceerbaar(mappen, dossiers)
    site = Site()
    buurten: list[weergave.Buurtpagina] = []
    gebruikt: set[str] = {"js", "index.html", "stijl.css"}
    for map_, dossier in zip(mappen, publiek, strict=True):
        kop = dossier.kop
        buurtmap = _unieke_map(dossier.naam, gebruikt)
        index = Index.van(dossier)
        themas = []
        # De map van een thema komt uit de id of de bestandsnaam: als slug, zodat een naam als
        # 'javascript:…' nooit een link of een vreemde map wordt.
        themamappen = {"index.html"}
        for ingelezen, portfolio in dossier.van_soort(Portfolio):
            materiaal = verzamel(dossier, portfolio, ingelezen.naam, vandaag, index)
            site.weggelaten += [(ingelezen.naam, w) for w in materiaal.weggelaten]
            themamap = _unieke_map(ingelezen.id, themamappen, "thema")
            pagina = weergave.Themapagina(materiaal, f"{buurtmap}/{themamap}")
            for beeld in materiaal.beelden:
                bestand = f"beelden/{beeld.id}{Path(beeld.pad).suffix.lower()}"
                site.bestanden[f"{pagina.map}/{bestand}"] = zonder_metadata(map_ / beeld.pad)
                pagina.beelden[beeld.id] = bestand
            netwerk = materiaal.netwerk
            if netwerk is not None:
                site.bestanden[f"{pagina.map}/tafelkleed.svg"] = svg(netwerk)
                pagina.tafelkleed_svg = True
            themas.append(pagina)
        buurten.append(weergave.Buurtpagina(
            dossier.naam, buurtmap, kop.gemeente if kop else "", kop.gebied if kop else None,
            kop.omgeving if kop else None, themas))
    site.zonder_portfolio = [b.naam for b in buurten if not b.themas]
    gemeenten = sorted({b.gemeente for b in buurten if b.gemeente})
    titel = titel or ("Buurtportfolio's" + (f" gemeente {', '.join(gemeenten)}"
                                            if gemeenten else ""))
    site.bestanden.update(weergave.site(titel, buurten))
    for naam in weergave.VENDOR:
        site.bestanden[f"js/{naam}"] = weergave.vendorbestand(naam)
    lekcontrole(site.bestanden, openbaar)
    return site


def schrijf_site(site: Site, uit: Path, *, overschrijven: bool = False) -> list[Path]:
    """Schrijf de site naar ``uit``; eerdere uitvoer van stelsel wordt vervangen."""
    for relatief in site.bestanden:  # eerst alles nagaan: geen halve site
        controleer_uitvoer(uit / relatief, overschrijven=overschrijven)
    geschreven = []
    for relatief, inhoud in sorted(site.bestanden.items()):
        pad = uit / relatief
        schrijf_uitvoer(pad, inhoud, overschrijven=overschrijven)
        geschreven.append(pad)
    return geschreven
