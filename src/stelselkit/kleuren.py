"""Eén kleurenpalet voor alles wat stelsel tekent: Mermaid in de rapporten, het SVG-tafelkleed,
GraphML voor yEd.

Elke kleur is gekozen op leesbaarheid volgens WCAG 2.1 niveau AA: tekst heeft een contrast van
ten minste 4,5:1 met zijn achtergrond, lijnen en randen ten minste 3:1 met het wit van de
pagina. ``tests/test_kleuren.py`` rekent dat na met :func:`contrast`.
"""

from __future__ import annotations

# Eén kleur per positie van betrokkenheid (002 instr. 1), met witte tekst erop.
POSITIES: dict[str, str] = {
    "initiatiefnemer": "#b03a2e",
    "partner": "#a04000",
    "schakel": "#1f618d",
    "leverancier": "#1e7041",
    "gebruiker": "#7d3c98",
    "onbekend": "#5d6666",
}
TEKST_OP_POSITIE = "#ffffff"

# Het thema in het midden: geel met zwarte tekst.
THEMA = "#f4d03f"
TEKST_OP_THEMA = "#000000"

# Voor Mermaid-grafieken (lijnen, staven, secties) op een witte pagina.
MERMAID: dict[str, str] = {
    "achtergrond": "#ffffff",
    "tekst": "#1b1b1b",
    "lijn": "#4d4d4d",
    "primair": "#1f618d",  # vlak met witte tekst
    "primair_tekst": "#ffffff",
    "secundair": "#dde8f0",  # licht vlak met donkere tekst
    "tertiair": "#f3f3f3",
    "rand": "#4d4d4d",
}
# Reeksen in een grafiek (xychart, gantt-secties): elk ≥ 3:1 tegen wit, onderling verschillend.
REEKSEN: tuple[str, ...] = ("#1f618d", "#b03a2e", "#1e7041", "#7d3c98", "#a04000", "#5d6666")

PAGINA = "#ffffff"


def _kanaal(waarde: int) -> float:
    c = waarde / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminantie(kleur: str) -> float:
    """De relatieve luminantie van een ``#rrggbb``-kleur (WCAG 2.1)."""
    h = kleur.lstrip("#")
    r, g, b = (_kanaal(int(h[i:i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """De contrastverhouding tussen twee kleuren, van 1 (gelijk) tot 21 (zwart op wit)."""
    licht, donker = sorted((luminantie(a), luminantie(b)), reverse=True)
    return (licht + 0.05) / (donker + 0.05)


# Mermaid: één init-regel bovenaan elk diagram, met het palet hierboven ("base"-thema; alleen de
# kleuren die we zetten, de rest volgt daaruit). Tekst en lijnen halen AA op wit.
MERMAID_THEMA: dict[str, object] = {
    "theme": "base",
    "themeVariables": {
        "background": PAGINA,
        "fontFamily": "Helvetica, Arial, sans-serif",
        "primaryColor": MERMAID["secundair"],
        "primaryTextColor": MERMAID["tekst"],
        "primaryBorderColor": MERMAID["rand"],
        "secondaryColor": MERMAID["tertiair"],
        "tertiaryColor": MERMAID["tertiair"],
        "lineColor": MERMAID["lijn"],
        "textColor": MERMAID["tekst"],
        # gantt
        "sectionBkgColor": MERMAID["tertiair"],
        "altSectionBkgColor": PAGINA,
        "sectionBkgColor2": MERMAID["secundair"],
        "taskBkgColor": MERMAID["primair"],
        "taskBorderColor": MERMAID["rand"],
        "taskTextColor": MERMAID["primair_tekst"],
        "taskTextLightColor": MERMAID["primair_tekst"],
        "taskTextOutsideColor": MERMAID["tekst"],
        "taskTextDarkColor": MERMAID["tekst"],
        "activeTaskBkgColor": MERMAID["secundair"],
        "activeTaskBorderColor": MERMAID["primair"],
        "doneTaskBkgColor": "#d5d8dc",
        "doneTaskBorderColor": MERMAID["rand"],
        "critBkgColor": REEKSEN[1],
        "critBorderColor": REEKSEN[1],
        "gridColor": "#8c8c8c",
        "todayLineColor": REEKSEN[1],
        "xyChart": {
            "backgroundColor": PAGINA,
            "titleColor": MERMAID["tekst"],
            "xAxisLabelColor": MERMAID["tekst"],
            "xAxisTitleColor": MERMAID["tekst"],
            "xAxisTickColor": MERMAID["lijn"],
            "xAxisLineColor": MERMAID["lijn"],
            "yAxisLabelColor": MERMAID["tekst"],
            "yAxisTitleColor": MERMAID["tekst"],
            "yAxisTickColor": MERMAID["lijn"],
            "yAxisLineColor": MERMAID["lijn"],
            "plotColorPalette": ", ".join(REEKSEN),
        },
    },
}
GANTT_TEKEN_PX = 7.5  # breedte van een teken in een sectienaam (px, 11px-letter)


def mermaid_init(blok: str) -> str:
    """De init-regel voor één Mermaid-blok: het palet, en bij een gantt een linkermarge waar de
    langste sectienaam in past (anders schuiven de namen over de balken)."""
    import json

    instelling: dict[str, object] = dict(MERMAID_THEMA)
    regels = [r.strip() for r in blok.splitlines()]
    if regels and regels[0] == "gantt":
        secties = [len(r[len("section "):]) for r in regels if r.startswith("section ")]
        marge = int(max(secties, default=0) * GANTT_TEKEN_PX) + 24
        instelling["gantt"] = {"leftPadding": max(75, marge), "sectionFontSize": 11,
                               "fontSize": 11, "barHeight": 22, "barGap": 6}
    return "%%{init: " + json.dumps(instelling, ensure_ascii=False) + "}%%"
