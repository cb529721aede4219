"""Het rapport van ``stelsel analyse netwerkprogramma`` in Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stelselkit.analyse import Resultaat
from stelselkit.weergave.sjablonen import render


def _ids(ids: tuple[str, ...]) -> str:
    return ", ".join(f"`{i}`" for i in ids)


def markdown(resultaat: Resultaat[Any], sjablonen: Path | None = None) -> str:
    return render("rapport/netwerkprogramma.md.j2", sjablonen, resultaat=resultaat,
                  r=resultaat.details, ids=_ids)
