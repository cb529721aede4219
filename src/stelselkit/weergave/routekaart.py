"""De routekaart als Markdown en als afdrukbare HTML-pagina (A4 of A3, liggend), één pagina per
buurt, in de vorm van seed 004."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from stelselkit.analyse.routekaart import Routekaartbeeld
from stelselkit.weergave.sjablonen import render, sjabloonmap


@cache
def _html_omgeving() -> jinja2.Environment:
    """Jinja met autoescape: alles uit het dossier wordt tekst, nooit HTML."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(sjabloonmap() / "routekaart")),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def markdown(kaarten: list[Routekaartbeeld], sjablonen: Path | None = None) -> str:
    return render("rapport/routekaart.md.j2", sjablonen, kaarten=kaarten)


def html(kaarten: list[Routekaartbeeld], papier: str = "A4") -> str:
    return _html_omgeving().get_template("routekaart.html.j2").render(
        kaarten=kaarten, papier=papier)
