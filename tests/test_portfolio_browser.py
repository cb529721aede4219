"""``stelsel portfolio`` in een echte browser: Playwright stuurt Debian's Chromium.

De site wordt geopend vanaf ``file://``. Getoetst: het tafelkleed wordt getekend (het canvas is
niet leeg, evenveel knopen als het kleed), zoeken vindt een schakel, met het toetsenbord is elke
pagina te bereiken, er gaat geen enkel verzoek naar een host, en geen privé-tekst van het geplante
dossier staat in de DOM. Per soort pagina komt een schermafdruk in ``test-artefacten/`` (of de
map in ``STELSEL_ARTEFACTEN``).

Chromium komt uit Debian (``apt-get install -y chromium``; ``.ci/run`` doet dat); Playwright haalt
hier geen eigen browser. Zonder ``/usr/bin/chromium`` worden deze tests overgeslagen, met reden.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageStat

from stelselkit.lezen.dossier import laad_dossier
from stelselkit.model import Portfolio
from stelselkit.opdrachten.portfolio import maak_site, schrijf_site

CHROMIUM = Path("/usr/bin/chromium")
ARGUMENTEN = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run"]
VOORBEELDEN = Path(__file__).resolve().parents[1] / "examples"
GEPLANT = Path(__file__).parent / "fixtures" / "portfolio" / "dorp"
PRIVE = ("Gerrit Geheim", "gerrit@example.org", "06-12345678", "Jannie Verborgen",
         "Kastanjelaan 12", "Nooit Zichtbaar")
ARTEFACTEN = Path(os.environ.get("STELSEL_ARTEFACTEN",
                                 Path(__file__).resolve().parents[1] / "test-artefacten"))

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="OVERGESLAGEN: geen /usr/bin/chromium; installeer met 'apt-get install -y chromium' "
    "(.ci/run doet dat) om de browsertests van het portfolio te draaien",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    map_ = tmp_path_factory.mktemp("site")
    dossiers = [VOORBEELDEN / "doorwerth", VOORBEELDEN / "oosterbeek", GEPLANT]
    schrijf_site(maak_site(dossiers, dt.date(2014, 7, 1)), map_)
    return map_


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGUMENTEN)
        yield chromium
        chromium.close()


@pytest.fixture
def pagina(browser: Any, site: Path) -> Iterator[tuple[Any, list[str]]]:
    """Een nieuwe pagina; elk verzoek wordt genoteerd, en alles buiten de site afgebroken."""
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  service_workers="block")
    verzoeken: list[str] = []

    def onderschep(route: Any) -> None:
        verzoeken.append(route.request.url)
        if route.request.url.startswith(site.as_uri()):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", onderschep)
    page = context.new_page()
    fouten: list[str] = []
    page.on("pageerror", lambda fout: fouten.append(str(fout)))
    yield page, verzoeken
    context.close()
    assert fouten == []
    buiten = [u for u in verzoeken if not u.startswith(site.as_uri())]
    assert buiten == [], f"verzoeken buiten de site: {buiten}"


def _themamap(site: Path, buurt: str) -> Path:
    return next(p for p in sorted((site / buurt).iterdir()) if (p / "tafelkleed.svg").is_file())


def _bewaar(page: Any, naam: str) -> None:
    ARTEFACTEN.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTEN / f"portfolio-{naam}.png"), full_page=True)


def _knopen_van_het_kleed(map_: Path) -> int:
    """Wat het netwerk volgens het dossier heeft: thema + schakels + ingrediënten."""
    from stelselkit.analyse.portfolio import verzamel

    dossier = laad_dossier(map_)
    ingelezen, portfolio = dossier.van_soort(Portfolio)[0]
    netwerk = verzamel(dossier, portfolio, ingelezen.naam, dt.date(2014, 7, 1)).netwerk
    assert netwerk is not None
    return 1 + len(netwerk.schakels) + len(netwerk.ingredienten)


def test_tafelkleed_wordt_getekend_met_alle_knopen(
        pagina: tuple[Any, list[str]], site: Path) -> None:
    page, verzoeken = pagina
    thema = _themamap(site, "doorwerth")
    page.goto((thema / "index.html").as_uri())
    kleed = page.locator("#kleed")
    kleed.wait_for()
    page.wait_for_function("document.getElementById('kleed').dataset.getekend === 'ja'")
    assert int(kleed.get_attribute("data-knopen")) == _knopen_van_het_kleed(
        VOORBEELDEN / "doorwerth") == 96
    page.wait_for_timeout(300)
    beeld = Image.open(io.BytesIO(kleed.screenshot())).convert("L")
    spreiding = ImageStat.Stat(beeld).stddev[0]
    kleuren = len(beeld.getcolors(maxcolors=256 * 256) or [])
    assert spreiding > 10 and kleuren > 20, (spreiding, kleuren)  # niet leeg, niet één vlak
    assert any(u.endswith("/js/sigma.min.js") for u in verzoeken)
    _bewaar(page, "thema")


def test_zoeken_vindt_een_schakel_en_toont_zijn_verhaal(
        pagina: tuple[Any, list[str]], site: Path) -> None:
    page, _ = pagina
    page.goto((_themamap(site, "doorwerth") / "index.html").as_uri())
    page.wait_for_function("document.getElementById('kleed').dataset.getekend === 'ja'")
    page.fill("#kleed-zoek", "gebiedsambassad")
    page.press("#kleed-zoek", "Enter")
    knop = page.locator("#kleed-resultaten button", has_text="gebiedsambassadeur")
    assert knop.count() == 1
    assert page.locator("#kleed-detail h3").inner_text() == "gebiedsambassadeur"
    assert "Schakel" in page.locator("#kleed-detail").inner_text()
    page.fill("#kleed-zoek", "bestaat-niet-in-dit-kleed")
    page.press("#kleed-zoek", "Enter")
    assert page.locator("#kleed-resultaten").inner_text() == "Niets gevonden."


def test_met_het_toetsenbord_is_elke_pagina_te_bereiken(
        pagina: tuple[Any, list[str]], site: Path) -> None:
    page, _ = pagina
    alle = {p.as_uri() for p in site.rglob("*.html")}
    start = (site / "index.html").as_uri()
    bezocht, rij = {start}, [start]
    while rij:
        hier = rij.pop(0)
        page.goto(hier)
        doelen: list[tuple[int, str]] = []
        for stap in range(1, 400):
            page.keyboard.press("Tab")
            doel = page.evaluate("document.activeElement && document.activeElement.href || ''")
            if page.evaluate("document.activeElement === document.body"):
                break
            if doel.endswith(".html") and doel not in bezocht and doel not in dict(doelen).values():
                doelen.append((stap, doel))
        for stap, doel in doelen:
            if doel in bezocht:
                continue
            page.goto(hier)
            for _ in range(stap):
                page.keyboard.press("Tab")
            page.keyboard.press("Enter")
            page.wait_for_url(doel)
            bezocht.add(doel)
            rij.append(doel)
    assert bezocht == alle


def test_geen_privetekst_in_de_dom(pagina: tuple[Any, list[str]], site: Path) -> None:
    page, _ = pagina
    for bestand in [*sorted((site / "het-plein").rglob("*.html")), site / "index.html"]:
        page.goto(bestand.as_uri())
        dom = page.content() + page.evaluate("document.body.innerText")
        for prive in PRIVE:
            assert prive.casefold() not in dom.casefold(), (bestand, prive)


def test_schermafdrukken_van_elke_soort_pagina(
        pagina: tuple[Any, list[str]], site: Path) -> None:
    page, _ = pagina
    thema = _themamap(site, "oosterbeek")
    for naam, pad in (("overzicht", site / "index.html"), ("buurt", site / "oosterbeek" /
                      "index.html"), ("poster-a4", thema / "poster-a4.html")):
        page.goto(pad.as_uri())
        assert page.locator("h1").count() == 1
        _bewaar(page, naam)
    assert len(list(ARTEFACTEN.glob("portfolio-*.png"))) >= 3
