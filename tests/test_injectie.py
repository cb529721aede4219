"""Injectie: tekst uit het dossier kan in geen uitvoerkanaal code of structuur worden (issue 14,
punt 6). Per soort één test, en elke test leest de uitvoer terug met een echte lezer:

- CSV en xlsx: een cel die met ``= + - @``, tab of CR begint, is tekst (csv-lezer, openpyxl);
- XML (GEXF, GraphML, SVG): stuurtekens die XML 1.0 verbiedt zijn weg (lxml parseert);
- iCalendar: een regeleinde in een bestandsnaam of tekst maakt geen ``ATTENDEE:``-regel
  (de icalendar-bibliotheek leest precies de eigenschappen die stelsel schrijft);
- Mermaid: aanhalingstekens, regeleinden, ``%%``, ``click``, backticks en haken breken niet uit
  een label, in elk diagram (netwerk, kruis, knooppunten, gantt) van de rapporten van een
  aangevallen dossier (mermaid-cli tekent ze; zonder ``mmdc`` alleen de structuurcontrole);
- Markdown (en JSON en de afdrukbare HTML): een rapport uit een dossier met vijandige tekst in elk
  vrij-tekstveld, opnieuw gelezen met markdown-it zoals de CI-site het leest (HTML aan): geen
  HTML, geen link of beeld uit de gegevens, geen codeblok of kop uit de gegevens;
- ``--sjablonen``: een huisstijlsjabloon dat naar Python-internals grijpt, stopt met een
  Nederlandse melding en exitcode 2 (de sandbox van Jinja).

Alle vijandige waarden staan in :data:`VIJANDIG`; elke test plant ze in een klein dossier.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from icalendar import Calendar
from lxml import etree
from markdown_it import MarkdownIt
from markdown_it.token import Token
from openpyxl import load_workbook
from typer.testing import CliRunner

from mermaidcontrole import fouten_in, mermaid_blokken, teken
from stelselkit.analyse.netwerkgraaf import voeg_samen
from stelselkit.cli import app
from stelselkit.lezen.netwerkbron import lees_kleed
from stelselkit.model import SOORTEN
from stelselkit.uitvoer.netwerk import spreadsheetcel
from stelselkit.weergave.mermaid import label
from stelselkit.weergave.netwerk import mermaid

runner = CliRunner()

FORMULES = ['=HYPERLINK("http://example.org/x","klik")', "+31 cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A9)"]
STUURTEKENS = "Markt\x01met\x08stuur\x0btekens\x1f en \x7f"
MERMAID = ['Jan "de bakker"] --> click t href "javascript:alert(1)"',
           "regel één\nclick s1 call alert()\n```\n# kop",
           "%%{init: {'theme':'dark'}}%% en 50%", "`**vet**` <img src=x onerror=alert(1)>",
           "haken [a] (b) {c} |d| #35; &amp; ;"]


def _invoke(*argumenten: str) -> str:
    uitkomst = runner.invoke(app, list(argumenten))
    assert uitkomst.exit_code == 0, uitkomst.output
    return uitkomst.output


def _kleed(pad: Path, namen: list[str], ingredienten: list[str]) -> Path:
    """Een tafelkleed met een schakel per naam (als naam én rol) en deze ingrediënten."""
    data = {
        "soort": "tafelkleed", "versie": 1, "titel": namen[0], "datum": "2014-03-01",
        "ingredienten": {f"i{n}": tekst for n, tekst in enumerate(ingredienten)},
        "schakels": {f"s{n}": {"naam": naam, "rol": naam, "posities": "partner",
                               "ingredienten": [f"i{n % len(ingredienten)}"]}
                     for n, naam in enumerate(namen)},
    }
    pad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return pad


# --- CSV en xlsx ---------------------------------------------------------------------------------


def test_csv_en_xlsx_maken_nooit_een_formule(tmp_path: Path) -> None:
    kleed = _kleed(tmp_path / "k.yaml", FORMULES, FORMULES)
    _invoke("export", "netwerk", str(kleed), "--format", "csv", "--uit", str(tmp_path / "k.csv"))
    tekst = (tmp_path / "k-knopen.csv").read_text(encoding="utf-8-sig")
    rijen = list(csv.reader(io.StringIO(tekst, newline=""), delimiter=";"))
    labels = {r[1] for r in rijen[1:]}
    # Elke formule staat er, met een ' ervoor: een spreadsheet leest tekst.
    for formule in FORMULES:
        assert f"'{formule}" in labels, formule
        assert f"'{formule} ({formule})" in labels
    cellen = [c for r in rijen for c in r]
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cellen)

    _invoke("export", "netwerk", str(kleed), "--format", "xlsx", "--uit", str(tmp_path / "k.xlsx"))
    blad = load_workbook(tmp_path / "k.xlsx")["knopen"]
    per_label = {r[1].value: r[1] for r in blad.iter_rows(min_row=2)}
    for formule in FORMULES:
        cel = per_label[formule]  # precies de tekst uit het dossier, geen '
        assert cel.data_type == "s", formule
    assert not any(c.data_type == "f" for r in blad.iter_rows() for c in r)
    # Tab en CR vooraan haalt het model al weg (witruimte rond een naam); de cel zou ze ook
    # neutraliseren.
    assert [spreadsheetcel(t) for t in ("\tx", "\rx", "x=1", "")] == ["'\tx", "'\rx", "x=1", ""]


# --- XML: GEXF, GraphML, SVG --------------------------------------------------------------------


@pytest.mark.parametrize("formaat", ["gexf", "graphml", "svg"])
def test_xml_zonder_verboden_stuurtekens(formaat: str, tmp_path: Path) -> None:
    kleed = _kleed(tmp_path / "k.yaml", [STUURTEKENS, "Ans <b>&amp;</b>"],
                   [STUURTEKENS, "x\x00y"])
    uit = tmp_path / f"k.{formaat}"
    _invoke("export", "netwerk", str(kleed), "--format", formaat, "--uit", str(uit))
    boom = etree.parse(str(uit), etree.XMLParser(recover=False))  # faalt bij een verboden teken
    tekst = " ".join(boom.getroot().itertext()) + " ".join(
        v for e in boom.iter() for v in e.attrib.values())
    assert "Markt met stuur tekens" in " ".join(tekst.split())
    assert "Ans <b>&amp;</b>" in tekst  # als tekst, niet als element
    assert not any(e.tag in ("b", "{http://www.w3.org/2000/svg}b") for e in boom.iter())


# --- iCalendar ----------------------------------------------------------------------------------

EIGENSCHAPPEN = {"UID", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "DTSTART", "DTEND", "SUMMARY",
                 "LOCATION", "DESCRIPTION", "CATEGORIES", "TRANSP"}


def test_ics_regeleinde_maakt_geen_nieuwe_eigenschap(tmp_path: Path) -> None:
    dossier = tmp_path / "dossier"
    dossier.mkdir()
    (dossier / "dossier.yaml").write_text(
        "soort: dossier\nversie: 1\nbuurt: Dorp\ngemeente: Renkum\n", encoding="utf-8")
    wat = "Overleg\r\nATTENDEE;CN=x:mailto:x@example.org\nEND:VEVENT"
    plaats = "Zaal 1; achter\\om, links\x0bATTENDEE:mailto:y@example.org\u2028BEGIN:VALARM"
    programma = {
        "soort": "programma", "versie": 1, "titel": "Titel\nX-INJECTIE:ja",
        "ontwikkelperiode": {"van": "2014-01-01"},
        "activiteiten": {"a": {"wat": wat, "datum": "2014-04-12", "plaats": plaats,
                               "resultaat": "klaar\r\nATTENDEE:mailto:z@example.org",
                               "status": "gedaan"}},
    }
    # Ook de bestandsnaam heeft een regeleinde met een eigenschap erachter.
    bestand = dossier / "programma\nATTENDEE:mailto:b@example.org.yaml"
    bestand.write_text(yaml.safe_dump(programma, allow_unicode=True), encoding="utf-8")
    uit = tmp_path / "dorp.ics"
    runner.invoke(app, ["export", "agenda", str(dossier), "--uit", str(uit)])
    ruw = uit.read_bytes().decode("utf-8")
    # Elke fysieke regel begint met een eigenschap die stelsel schrijft, of is een vouw.
    namen = {r.split(":", 1)[0].split(";", 1)[0] for r in ruw.split("\r\n") if r and r[0] != " "}
    assert namen <= EIGENSCHAPPEN | {"BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD",
                                     "X-WR-CALNAME", "STATUS"}
    agenda = Calendar.from_ical(ruw)
    events = list(agenda.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert set(event) == EIGENSCHAPPEN
    assert not list(agenda.walk("VALARM"))
    assert str(event["SUMMARY"]) == "Overleg\nATTENDEE;CN=x:mailto:x@example.org\nEND:VEVENT"
    assert str(event["LOCATION"]) == (
        "Zaal 1; achter\\om, links\nATTENDEE:mailto:y@example.org\nBEGIN:VALARM")
    assert "klaar\nATTENDEE:mailto:z@example.org" in str(event["DESCRIPTION"])


# --- Mermaid ------------------------------------------------------------------------------------


def test_mermaid_label_breekt_niet_uit(aanvalsrapporten: dict[str, str], tmp_path: Path) -> None:
    kleed = _kleed(tmp_path / "k.yaml", MERMAID, MERMAID)
    diagram, _ = mermaid(voeg_samen([lees_kleed(kleed)]))
    # De gantt van een programma met dezelfde namen als activiteit, titel en sectie.
    dossier = tmp_path / "dossier"
    dossier.mkdir()
    (dossier / "dossier.yaml").write_text(
        "soort: dossier\nversie: 1\nbuurt: Dorp\ngemeente: Renkum\n", encoding="utf-8")
    namen = [*MERMAID, "click a-1 call alert()", "section Nep", "2014-01-01 opening",
             "title: x; y # z"]
    programma = {
        "soort": "programma", "versie": 1, "titel": MERMAID[1],
        "ontwikkelperiode": {"van": "2014-01-01", "tot": "2014-12-31"},
        "activiteiten": {f"a{n}": {"wat": wat, "datum": f"2014-0{n % 9 + 1}-01",
                                   "status": "gepland"} for n, wat in enumerate(namen)},
    }
    (dossier / "programma.yaml").write_text(yaml.safe_dump(programma, allow_unicode=True),
                                            encoding="utf-8")
    rapport = _invoke("programma", str(dossier), "--vandaag", "2014-01-01")
    gantts = [b for b in mermaid_blokken(rapport) if b.lstrip().startswith(("gantt", "%%"))]
    assert len(gantts) == 1
    blokken = [diagram + "\n", gantts[0]]
    for blok in blokken:
        assert fouten_in(blok) == [], blok
        regels = [r.strip() for r in blok.splitlines()]
        assert not any(r.startswith(("click", "%%{init: {'theme'", "```", "# kop"))
                       for r in regels)
    # Elke naam staat op één regel, als één label (in de flowchart met entiteiten).
    for naam in MERMAID:
        assert f'["{label(naam)}"]' in diagram or f'(("{label(naam)}"))' in diagram
    gantt_taken = [r.strip() for r in gantts[0].splitlines() if ":" in r and "a-a" in r]
    assert len(gantt_taken) == len(namen)
    assert any(t.startswith(label("click a-1 call alert()", gantt=True)) for t in gantt_taken)
    # En elk diagram uit de rapporten van een dossier met de aanval in elk veld: netwerk,
    # knooppunten, kruis en gantt.
    uit_rapporten = [b for tekst in aanvalsrapporten.values() for b in mermaid_blokken(tekst)]
    soorten = {b.lstrip().split(None, 1)[0] for b in uit_rapporten if not b.startswith("%%")}
    assert len(uit_rapporten) >= 4, soorten
    for blok in uit_rapporten:
        assert fouten_in(blok) == [], blok
    _mermaid_cli(blokken + uit_rapporten, tmp_path)


def _mermaid_cli(blokken: list[str], tmp_path: Path) -> None:
    """mermaid-cli tekent elk blok zonder syntaxfout, en de tekening heeft geen link of script
    uit de gegevens; zonder mmdc of Chromium zichtbaar overgeslagen."""
    svgs = teken(blokken, tmp_path)
    assert len(svgs) == len(blokken)
    for svg in svgs:
        assert "Syntax error" not in svg
        boom = etree.fromstring(svg.encode(), etree.XMLParser(recover=True, huge_tree=True))
        html = "{http://www.w3.org/1999/xhtml}"
        assert not [e for e in boom.iter() if e.tag in (
            "{http://www.w3.org/2000/svg}a", "a", f"{html}a", "script", f"{html}script",
            "img", f"{html}img")]
        assert "javascript:" not in "".join(
            v for e in boom.iter() for v in e.attrib.values())
    # De naam met de klik staat als tekst in de flowchart.
    assert 'click t href "javascript:alert(1)"' in " ".join(svgs[0].split()).replace(
        "&quot;", '"')


# --- huisstijlsjablonen -------------------------------------------------------------------------


@pytest.mark.parametrize("sjabloon", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ kop.__class__.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.system('id') }}",
])
def test_huisstijlsjabloon_draait_in_de_sandbox(sjabloon: str, tmp_path: Path) -> None:
    huisstijl = tmp_path / "huisstijl" / "rapport"
    huisstijl.mkdir(parents=True)
    (huisstijl / "index.md.j2").write_text(f"# {{{{ kop.buurt }}}}\n\n{sjabloon}\n",
                                           encoding="utf-8")
    voorbeeld = Path(__file__).parents[1] / "examples" / "doorwerth"
    uitkomst = runner.invoke(app, ["rapport", str(voorbeeld), "--uit", str(tmp_path / "r"),
                                   "--sjablonen", str(huisstijl.parent)])
    assert uitkomst.exit_code == 2, uitkomst.output
    assert "Traceback" not in uitkomst.output
    assert f"{huisstijl / 'index.md.j2'}:3: het huisstijlsjabloon vraagt '__" in uitkomst.output
    assert "en dat mag niet" in uitkomst.output
    assert not (tmp_path / "r" / "index.md").exists()


# --- Markdown en HTML ---------------------------------------------------------------------------

VOORBEELD = Path(__file__).parents[1] / "examples" / "doorwerth"
AANVAL = ("<script>alert(1)</script> <img src=x onerror=alert(1)> [klik](javascript:alert(1)) "
          "![b](data:image/png;base64,AAAA) <javascript:alert(2)> [x][y] a\\|b\n```\n# kop\n"
          "[y]: javascript:alert(3)\n| c | d |\n<!-- -->")


def _teksten(data: Any, pad: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _teksten(v, (*pad, k))]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _teksten(v, (*pad, i))]
    # niet in soort, id en het pad van een beeld (dat moet een bestaand beeld blijven)
    return ([pad] if isinstance(data, str) and pad and pad[0] not in ("soort", "id")
            and pad[-1] != "pad" else [])


def _haal(data: Any, pad: tuple[Any, ...]) -> Any:
    for deel in pad:
        data = data[deel]
    return data


def _plant_aanval(doel: Path) -> int:
    """Kopieer Doorwerth en zet :data:`AANVAL` achter elke tekst die dat verdraagt (het model
    blijft geldig); geeft het aantal velden."""
    shutil.copytree(VOORBEELD, doel, ignore=shutil.ignore_patterns(".schema", "README.md"))
    geplant = 0
    for bestand in sorted(doel.rglob("*.yaml")):
        data = yaml.safe_load(bestand.read_text(encoding="utf-8"))
        for pad in _teksten(data):
            ouder = _haal(data, pad[:-1])
            oud = ouder[pad[-1]]
            ouder[pad[-1]] = f"{oud} {AANVAL}"
            try:
                SOORTEN[data["soort"]].model_validate(data)
            except ValueError:
                ouder[pad[-1]] = oud
                continue
            geplant += 1
        bestand.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                           encoding="utf-8")
    return geplant


@pytest.fixture(scope="module")
def aanval(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Doorwerth met :data:`AANVAL` in elk tekstveld (één keer per module)."""
    d = tmp_path_factory.mktemp("aanval") / "doorwerth"
    assert _plant_aanval(d) > 100
    return d


@pytest.fixture(scope="module")
def aanvalsrapporten(aanval: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Elk Markdown-rapport van het aangevallen dossier: ``stelsel rapport`` en de opdrachten
    daarbuiten (netwerkprogramma, routekaart, vergelijk, privacy, portfolio-analyse)."""
    uit = tmp_path_factory.mktemp("rapport")
    runner.invoke(app, ["rapport", str(aanval), "--uit", str(uit), "--vandaag", "2014-12-31"])
    kanalen = {p.name: p.read_text(encoding="utf-8") for p in sorted(uit.glob("*.md"))}
    assert len(kanalen) >= 8
    for opdracht in (["analyse", "netwerkprogramma", str(aanval)], ["routekaart", str(aanval)],
                     ["vergelijk", str(aanval), str(VOORBEELD)], ["privacy", str(aanval)],
                     ["analyse", "portfolio", str(aanval)]):
        uitkomst = runner.invoke(app, [*opdracht, "--vandaag", "2014-12-31"]
                                 if opdracht[0] != "privacy" else opdracht)
        assert uitkomst.exit_code in (0, 1), (opdracht, uitkomst.output[-2000:])
        kanalen[" ".join(opdracht[:2])] = uitkomst.stdout
    return kanalen


def _strings(data: Any) -> list[str]:
    if isinstance(data, dict):
        return [t for v in data.values() for t in _strings(v)]
    if isinstance(data, list):
        return [t for v in data for t in _strings(v)]
    return [data] if isinstance(data, str) else []


def _tokens(tokens: list[Token]) -> list[Token]:
    return [t for token in tokens for t in (token, *_tokens(token.children or []))]


def _controleer_markdown(tekst: str, kanaal: str) -> bool:
    """Geen HTML, link, beeld, codeblok of kop uit de gegevens; ``True`` als de aanval er als
    tekst in staat (dus wel getoond, niet weggelaten)."""
    tokens = _tokens(MarkdownIt("commonmark").enable("table").parse(tekst))
    for token in tokens:
        assert token.type not in ("html_block", "image"), (kanaal, token)
        if token.type == "html_inline":  # alleen de regeleinden van de sjablonen zelf
            assert token.content in ("<br>", "<br/>"), (kanaal, token.content)
        if token.type == "link_open":
            doel = str(token.attrGet("href"))
            assert doel.endswith(".md") and ":" not in doel, (kanaal, doel)
        if token.type == "fence":
            assert token.info.strip() == "mermaid", (kanaal, token.content[:200])
            assert fouten_in(token.content) == [], (kanaal, token.content)
    koppen = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert "kop" not in koppen, kanaal
    return any("<script>alert(1)</script>" in t.content for t in tokens if t.type == "text")


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.gevaarlijk: list[str] = []
        self.tekst: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("iframe", "object", "embed"):
            self.gevaarlijk.append(tag)
        for naam, waarde in attrs:
            if naam.startswith("on") or (waarde or "").strip().lower().startswith(
                    ("javascript:", "data:")):
                self.gevaarlijk.append(f"{tag} {naam}={waarde}")
        if tag == "img" and not str(dict(attrs).get("src", "")).startswith("beelden/"):
            self.gevaarlijk.append("img")
        # scripts alleen uit js/ van de site, of de gegevens van het kleed als JSON (waar
        # de gegevens niet uit kunnen: anders volgen hier hun eigen tags)
        if tag == "script" and not str(dict(attrs).get("src", "")).endswith(".js") \
                and dict(attrs).get("type") != "application/json":
            self.gevaarlijk.append("script")

    def handle_data(self, data: str) -> None:
        self.tekst.append(data)


def test_markdown_en_html_tonen_gegevens_als_tekst(
    aanval: Path, aanvalsrapporten: dict[str, str], tmp_path: Path
) -> None:
    d, uit, kanalen = aanval, tmp_path, aanvalsrapporten
    getoond = [naam for naam, tekst in kanalen.items() if _controleer_markdown(tekst, naam)]
    # De aanval staat zichtbaar als tekst in (bijna) elk rapport.
    assert len(getoond) >= len(kanalen) - 2, sorted(set(kanalen) - set(getoond))
    # JSON (de envelop van elke analyse, en Kumu) leest terug met precies de tekst.
    envelop = runner.invoke(app, ["analyse", "netwerk", str(d), "--format", "json",
                                  "--vandaag", "2014-12-31"])
    assert any(AANVAL in tekst for tekst in _strings(json.loads(envelop.stdout)))
    _invoke("export", "netwerk", str(d), "--format", "kumu", "--uit", str(uit / "k.json"))
    kumu = json.loads((uit / "k.json").read_text(encoding="utf-8"))
    assert any(AANVAL in e["label"] for e in kumu["elements"])
    # De afdrukbare routekaart is HTML met autoescape.
    html = runner.invoke(app, ["routekaart", str(d), "--format", "html", "--vandaag",
                               "2014-12-31"]).stdout
    lezer = _Html()
    lezer.feed(html)
    assert lezer.gevaarlijk == []
    assert "<script>alert(1)</script>" in "".join(lezer.tekst)


def test_portfolio_maakt_geen_link_of_script_uit_gegevens(aanval: Path, tmp_path: Path) -> None:
    """De site (HTML met autoescape) uit een dossier met de aanval in elk tekstveld en een
    portfolio zonder id in het bestand ``javascript:alert(1).yaml``: geen script, beeld of
    event-attribuut uit de gegevens, geen ``javascript:``-link; de mappen zijn slugs."""
    d = tmp_path / "doorwerth"
    shutil.copytree(aanval, d)
    portfolio = d / "portfolio-nieuw-wonen.yaml"
    data = yaml.safe_load(portfolio.read_text(encoding="utf-8"))
    del data["id"]
    (d / "javascript:alert(1).yaml").write_text(yaml.safe_dump(data, allow_unicode=True),
                                                encoding="utf-8")
    portfolio.unlink()
    site = tmp_path / "site"
    uitkomst = runner.invoke(app, ["portfolio", str(d), "--uit", str(site), "--vandaag",
                                   "2014-12-31"])
    assert uitkomst.exit_code == 0, uitkomst.output[-2000:]
    paginas = sorted(site.rglob("*.html"))
    assert len(paginas) >= 4
    assert len(list(site.glob("*/javascript-alert-1/index.html"))) == 1
    getoond = False
    for pagina in paginas:
        lezer = _Html()
        lezer.feed(pagina.read_text(encoding="utf-8"))
        # beelden van de site zelf hebben een src in beelden/; scripts alleen uit js/
        gevaarlijk = [g for g in lezer.gevaarlijk if g != "img"]
        assert gevaarlijk == [], (pagina, gevaarlijk)
        getoond |= "<script>alert(1)</script>" in "".join(lezer.tekst)
    assert getoond
