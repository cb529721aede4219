"""Een structuurcontrole voor Mermaid-blokken in Markdown (flowchart, gantt, xychart-beta).

Geen volledige Mermaid-parser, wel de regels die rapporten in de praktijk breken: een onbekend
diagramtype, een regel die niet in de grammatica van dat type past, ongesloten haakjes of
aanhalingstekens in labels, ongeldige datums in een gantt.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

_LABEL = r'(?:\["[^"]*"\]|\(\["[^"]*"\]\)|\(\("[^"]*"\)\)|\("[^"]*"\)|\{"[^"]*"\}|\[\["[^"]*"\]\])'
_ID = r"[A-Za-z][\w-]*"
_KNOOP = rf"{_ID}(?:{_LABEL})?(?::::{_ID})?"
_PIJL = r'(?:-->|---|-.->|==>|--o|--x|<-->)(?:\|"?[^|"]*"?\|)?'
FLOWCHART_REGELS = (
    re.compile(rf"^{_KNOOP}$"),
    re.compile(rf"^{_KNOOP}(?:\s*{_PIJL}\s*{_KNOOP})+$"),
    re.compile(rf"^{_KNOOP}\s*--\s*\"[^\"]*\"\s*-->\s*{_KNOOP}$"),
    re.compile(rf"^classDef {_ID} [\w:#,.;% -]+$"),
    re.compile(rf"^class {_ID}(?:,{_ID})* {_ID}$"),
    re.compile(rf"^style {_ID} [\w:#,.;% -]+$"),
    re.compile(rf'^subgraph {_ID}(?:\["[^"]*"\])?$'),
    re.compile(r"^end$"),
    re.compile(r"^direction (?:TB|TD|LR|RL|BT)$"),
    re.compile(r"^linkStyle [\d,]+ [\w:#,.;% -]+$"),
    re.compile(r"^%%.*$"),
)
GANTT_TAAK = re.compile(
    r"^[^:#;]+\s*:\s*(?:(?:done|active|crit|milestone),\s*)*[\w-]+,\s*"
    r"(\d{4}-\d{2}-\d{2}),\s*(\d{4}-\d{2}-\d{2}|\d+d)$"
)
XY_REGELS = (
    re.compile(r'^title "[^"]*"$'),
    re.compile(r'^x-axis (?:"[^"]*" )?\[(?:"[^"]*"(?:, ?"[^"]*")*)\]$'),
    re.compile(r'^y-axis (?:"[^"]*" )?-?\d+(?:\.\d+)? --> -?\d+(?:\.\d+)?$'),
    re.compile(r"^(?:line|bar) \[-?\d+(?:\.\d+)?(?:, ?-?\d+(?:\.\d+)?)*\]$"),
)


def mermaid_blokken(markdown: str) -> list[str]:
    """De inhoud van elk ```mermaid-blok, via een echte Markdown-parser."""
    return [
        token.content
        for token in MarkdownIt("commonmark").parse(markdown)
        if token.type == "fence" and token.info.strip() == "mermaid"
    ]


def fouten_in(blok: str) -> list[str]:
    """Wat er in één Mermaid-blok niet klopt (leeg als alles klopt)."""
    # Een init-regel (%%{init: …}%%) of commentaar vóór het diagramtype hoort erbij.
    regels = [r.strip() for r in blok.strip().splitlines()
              if r.strip() and not r.strip().startswith("%%")]
    if not regels:
        return ["leeg blok"]
    kop, rest = regels[0], regels[1:]
    if re.fullmatch(r"(?:flowchart|graph) (?:TB|TD|LR|RL|BT)", kop):
        return [f"flowchart: {r}" for r in rest if not any(p.match(r) for p in FLOWCHART_REGELS)]
    if kop == "gantt":
        return _gantt(rest)
    if kop == "xychart-beta":
        return [f"xychart: {r}" for r in rest if not any(p.match(r) for p in XY_REGELS)]
    return [f"onbekend diagramtype: {kop}"]


def _gantt(regels: list[str]) -> list[str]:
    fouten = []
    secties = 0
    for regel in regels:
        if regel.startswith(("title ", "dateFormat ", "axisFormat ", "excludes ", "todayMarker ")):
            continue
        if regel.startswith("section "):
            secties += 1
            continue
        gevonden = GANTT_TAAK.match(regel)
        if not gevonden:
            fouten.append(f"gantt: {regel}")
            continue
        begin = dt.date.fromisoformat(gevonden.group(1))
        einde = gevonden.group(2)
        if not einde.endswith("d") and dt.date.fromisoformat(einde) < begin:
            fouten.append(f"gantt: einde voor begin: {regel}")
    if not secties:
        fouten.append("gantt: geen sections")
    return fouten


def teken(blokken: list[str], map_: Path) -> list[str]:
    """Laat de echte Mermaid (mermaid-cli in Chromium) elk blok tekenen en geef de SVG's, in
    de volgorde van de blokken. Zonder ``mmdc`` of een browser slaat de test zichtbaar over
    (``npm install -g @mermaid-js/mermaid-cli``)."""
    mmdc = shutil.which("mmdc")
    browser = next((p for n in ("chromium", "chromium-browser", "google-chrome")
                    if (p := shutil.which(n))), None)
    if mmdc is None or browser is None:
        reden = "mmdc ontbreekt" if mmdc is None else "geen Chromium"
        print(f"\nMERMAID NIET GERENDERD: {reden}", file=sys.stderr)
        pytest.skip(f"{reden}: Mermaid-blokken niet met mermaid-cli gerenderd")
    (map_ / "puppeteer.json").write_text(json.dumps(
        {"executablePath": browser, "args": ["--no-sandbox", "--disable-gpu"]}))
    alle = map_ / "alle.md"
    alle.write_text("".join(f"```mermaid\n{b}```\n\n" for b in blokken), encoding="utf-8")
    uit = subprocess.run([mmdc, "-q", "-p", str(map_ / "puppeteer.json"), "-i", str(alle),
                          "-o", str(map_ / "uit.md")], capture_output=True, text=True,
                         timeout=300, check=False)
    assert uit.returncode == 0, uit.stderr[-2000:]
    svgs = sorted(map_.glob("uit-*.svg"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [p.read_text(encoding="utf-8") for p in svgs]
