"""Het rapport van ``stelsel analyse netwerkprogramma`` in Markdown."""

from __future__ import annotations

from pathlib import Path

from stelselkit.analyse.netwerkprogramma import Netwerkprogrammastand
from stelselkit.weergave.sjablonen import render


def _cel(tekst: str) -> str:
    """Tekst die in een Markdown-tabelcel past: op één regel, zonder losse ``|``."""
    return " ".join(tekst.split()).replace("|", "\\|")


def _ids(ids: tuple[str, ...]) -> str:
    return ", ".join(f"`{i}`" for i in ids)


def markdown(stand: Netwerkprogrammastand, sjablonen: Path | None = None) -> str:
    return render("rapport/netwerkprogramma.md.j2", sjablonen, r=stand,
                  kerncijfers=stand.kerncijfers(), cel=_cel, ids=_ids)
