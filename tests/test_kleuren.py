"""Het palet haalt WCAG 2.1 AA: tekst ≥ 4,5:1 op zijn achtergrond, lijnen ≥ 3:1 op wit; elk
Mermaid-blok in de rapporten draagt het palet; en de echte Mermaid (mermaid-cli) tekent elk blok
van de voorbeeldrapporten, als ``mmdc`` er is."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mermaidcontrole import fouten_in, mermaid_blokken, teken
from stelselkit import kleuren
from stelselkit.cli import app
from stelselkit.kleuren import MERMAID, PAGINA, POSITIES, REEKSEN, contrast

runner = CliRunner()
VOORBEELDEN = Path(__file__).resolve().parents[1] / "examples"
WIT, ZWART = "#ffffff", "#000000"
TEKST, LIJN = 4.5, 3.0  # WCAG 2.1 AA: 1.4.3 tekst, 1.4.11 grafische objecten


def test_contrast_rekent_zoals_wcag() -> None:
    assert contrast(ZWART, WIT) == pytest.approx(21.0)
    assert contrast("#777777", "#777777") == pytest.approx(1.0)
    assert contrast("#767676", WIT) == pytest.approx(4.54, abs=0.01)  # de bekende AA-grens
    assert contrast("#ececff", WIT) < 1.2  # de oude lijnkleur van de vermogensgrafiek


def test_palet_haalt_aa() -> None:
    for positie, kleur in POSITIES.items():
        assert contrast(kleuren.TEKST_OP_POSITIE, kleur) >= TEKST, positie
        assert contrast(kleur, PAGINA) >= LIJN, positie
    assert contrast(kleuren.TEKST_OP_THEMA, kleuren.THEMA) >= TEKST
    for kleur in REEKSEN:
        assert contrast(kleur, PAGINA) >= LIJN, kleur
    assert contrast(MERMAID["tekst"], PAGINA) >= TEKST
    assert contrast(MERMAID["lijn"], PAGINA) >= LIJN
    assert contrast(MERMAID["primair_tekst"], MERMAID["primair"]) >= TEKST
    for vlak in ("secundair", "tertiair"):
        assert contrast(MERMAID["tekst"], MERMAID[vlak]) >= TEKST, vlak


def test_gantt_kleuren_en_tekst_haalt_aa() -> None:
    t = kleuren.MERMAID_THEMA["themeVariables"]
    assert isinstance(t, dict)
    paren = [("taskTextColor", "taskBkgColor"), ("taskTextDarkColor", "doneTaskBkgColor"),
             ("taskTextDarkColor", "activeTaskBkgColor"), ("taskTextOutsideColor", "background"),
             ("textColor", "sectionBkgColor"), ("textColor", "sectionBkgColor2"),
             ("primaryTextColor", "primaryColor")]
    for voor, achter in paren:
        assert contrast(t[voor], t[achter]) >= TEKST, (voor, achter)


def _rapporten(tmp_path: Path) -> list[str]:
    blokken: list[str] = []
    for naam in ("doorwerth", "oosterbeek"):
        uit = tmp_path / naam
        uitkomst = runner.invoke(app, ["rapport", str(VOORBEELDEN / naam), "--uit", str(uit),
                                       "--vandaag", "2030-01-01"])
        assert uitkomst.exit_code == 0, uitkomst.output
        for pad in sorted(uit.glob("*.md")):
            blokken += mermaid_blokken(pad.read_text(encoding="utf-8"))
    return blokken


@pytest.fixture(scope="module")
def blokken(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return _rapporten(tmp_path_factory.mktemp("rapporten"))


def _init(blok: str) -> dict[str, object]:
    gevonden = re.search(r"^%%\{init: (.*)\}%%$", blok, re.MULTILINE)
    assert gevonden, blok[:80]
    return json.loads(gevonden.group(1))  # type: ignore[no-any-return]


def test_elk_blok_draagt_het_palet_en_blijft_geldig(blokken: list[str]) -> None:
    soorten = {b.splitlines()[0] for b in blokken}
    assert "gantt" in soorten and any(s.startswith("flowchart") for s in soorten)
    for blok in blokken:
        assert fouten_in(blok) == []
        init = _init(blok)
        assert init["themeVariables"] == kleuren.MERMAID_THEMA["themeVariables"]
        # Eigen kleuren in een blok (classDef/style): tekst op vlak haalt AA.
        for fill, color in re.findall(r"fill:(#[0-9a-fA-F]{6}),color:(#[0-9a-fA-F]{6})", blok):
            assert contrast(fill, color) >= TEKST, (fill, color)


def test_gantt_heeft_plaats_voor_de_sectienamen(blokken: list[str]) -> None:
    gantts = [b for b in blokken if b.startswith("gantt")]
    assert gantts
    for blok in gantts:
        langste = max(len(r.strip()[len("section "):]) for r in blok.splitlines()
                      if r.strip().startswith("section "))
        marge = _init(blok)["gantt"]["leftPadding"]  # type: ignore[index]
        assert marge >= langste * kleuren.GANTT_TEKEN_PX


def test_mermaid_cli_tekent_elk_blok(blokken: list[str], tmp_path: Path) -> None:
    """De echte Mermaid (mermaid-cli in Chromium) tekent elk blok; zonder ``mmdc`` en een
    browser overgeslagen met een melding."""
    svgs = teken(blokken, tmp_path)
    assert len(svgs) == len(blokken)
    assert all("Syntax error" not in s for s in svgs)
