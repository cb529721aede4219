"""``stelsel vergelijk`` in Markdown: de bevindingen, de buurten naast elkaar, de leervragen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stelselkit.analyse import Resultaat
from stelselkit.weergave.sjablonen import render


def markdown(resultaat: Resultaat[Any], sjablonen: Path | None = None) -> str:
    vergelijking = resultaat.details
    tekst = render("rapport/vergelijk.md.j2", sjablonen, resultaat=resultaat, v=vergelijking,
                   zip=zip)
    leren = vergelijking.leervragen
    if leren.leeg:
        return tekst
    return tekst + render("rapport/vergelijk-leervragen.md.j2", sjablonen, v=leren,
                          paren=list(zip(leren.buurten, leren.vragen, strict=True)))
