"""Eén Jinja2-omgeving voor alle rapporten en nieuwe bestanden.

Sjablonen staan in ``stelselkit/templates/`` (meegeleverd in het pakket). Een gemeente kan elk
sjabloon vervangen door een eigen map mee te geven; die gaat voor. ``StrictUndefined``: een
tikfout in een sjabloon is een fout, geen lege plek in een rapport.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import jinja2

from stelselkit.taal import aantal, getal, opsomming


@cache
def sjabloonmap() -> Path:
    """De map met meegeleverde sjablonen: ``stelselkit/templates`` in het pakket."""
    return Path(__file__).resolve().parents[1] / "templates"


@cache
def omgeving(eigen_map: Path | None = None) -> jinja2.Environment:
    """De Jinja2-omgeving; ``eigen_map`` met huisstijl-sjablonen gaat voor de standaard.

    Eén omgeving per sjablonenmap, zodat elk sjabloon maar één keer gecompileerd wordt, ook als
    ``stelsel rapport`` honderden dossiers doet.
    """
    mappen = [str(eigen_map)] if eigen_map else []
    mappen.append(str(sjabloonmap()))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(mappen),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["aantal"] = aantal
    env.filters["opsomming"] = opsomming
    env.filters["cel"] = cel
    env.filters["getal"] = getal
    return env


def cel(tekst: object) -> str:
    """Tekst veilig in een cel van een Markdown-tabel: ``|`` geëscapet, op één regel."""
    if tekst is None:
        return ""
    return " ".join(str(tekst).split()).replace("|", "\\|")


_MERMAID = re.compile(r"^```mermaid\n(.*?)^```", re.MULTILINE | re.DOTALL)


def met_palet(markdown: str) -> str:
    """Elk Mermaid-blok krijgt de init-regel met het palet van stelselkit.kleuren (leesbaar
    contrast; bij een gantt ruimte voor de sectienamen), direct na het diagramtype: Mermaid
    leest een init-regel overal in het blok."""
    from stelselkit.kleuren import mermaid_init

    def blok(treffer: re.Match[str]) -> str:
        inhoud = treffer.group(1)
        if "%%{init" in inhoud:
            return treffer.group(0)
        kop, _, rest = inhoud.partition("\n")
        return f"```mermaid\n{kop}\n{mermaid_init(inhoud)}\n{rest}```"

    return _MERMAID.sub(blok, markdown)


def render(sjabloon: str, /, eigen_map: Path | None = None, **waarden: object) -> str:
    tekst = omgeving(eigen_map).get_template(sjabloon).render(**waarden)
    return met_palet(tekst) if "```mermaid" in tekst else tekst
