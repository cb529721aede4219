"""Eén Jinja2-omgeving voor alle rapporten en nieuwe bestanden.

Sjablonen staan in ``stelselkit/templates/`` (meegeleverd in het pakket). Een gemeente kan elk
sjabloon vervangen door een eigen map mee te geven (``--sjablonen``, de huisstijl); die gaat
voor. ``StrictUndefined``: een tikfout in een sjabloon is een fout, geen lege plek in een
rapport.

Een huisstijlsjabloon is code van buiten. Daarom draait elk sjabloon in Jinja's
``SandboxedEnvironment``: geen ``__class__``, ``__globals__``, ``mro`` of andere interne
attributen, dus geen weg naar Python zelf. Ook de meegeleverde sjablonen draaien zo, zodat een
gemeente die er een kopieert nooit iets gebruikt wat de sandbox weigert. Een fout in een
huisstijlsjabloon (syntax, onbekende naam, wat de sandbox weigert) is een gebruiksfout met
bestand:regel, nooit een traceback.

Gegevens in Markdown: elke ``{{ … }}`` in een ``.md.j2``-sjabloon gaat door :func:`md`, de ene
escape voor Markdown (Jinja's autoescape met :func:`md` als ``finalize``; ook in een
huisstijlsjabloon, ook in macro's). Zo wordt tekst uit het dossier nooit HTML, nooit een link en
nooit een codeblok, wat het sjabloon ook doet. Wat al Markdown is, komt er ongewijzigd door:
de uitvoer van een macro, van :func:`cel` en :func:`md` zelf, en een Mermaid-diagram dat met
:func:`stelselkit.weergave.mermaid.label` gemaakt is (filter ``mermaid``).
"""

from __future__ import annotations

import re
import traceback
from functools import cache
from pathlib import Path

import jinja2
import markupsafe
from jinja2.nodes import EvalContext
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from stelselkit.fouten import GebruiksFout
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
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(mappen),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=jinja2.select_autoescape(enabled_extensions=("md.j2",),
                                            default_for_string=False),
        finalize=_finalize,
    )
    env.filters["aantal"] = aantal
    env.filters["opsomming"] = opsomming
    env.filters["cel"] = cel
    env.filters["getal"] = getal
    env.filters["md"] = md
    env.filters["mermaid"] = mermaid
    env.filters["tekstblok"] = tekstblok
    return env


# Wat van tekst in Markdown iets anders maakt dan tekst: ``<`` (HTML en autolinks als
# ``<javascript:…>``), een ``]`` vlak voor ``(``, ``[`` of ``:`` (een link, beeld of
# linkdefinitie; ``[4]`` alleen blijft staan), ``|`` (een tabelcel) en de backslash (die een ``|``
# of het volgende teken van het sjabloon zou ontsnappen). Een ``\|`` is al een ontsnapte ``|``
# (van een tabelcel uit een analyse) en blijft staan. Backticks blijven: met alles op één regel
# kan een backtick geen codeblok beginnen, en in code wordt niets HTML of een link.
_MARKDOWN = re.compile(r"\\\||\](?=[(\[:])|[\\<|]")
_MARKDOWN_ENTITEIT = {"\\|": "\\|", "|": "\\|", "\\": "&#92;", "<": "&lt;", "]": "&#93;"}
_WITRUIMTE = re.compile(r"\s+")


def md(tekst: object) -> markupsafe.Markup:
    """Tekst uit het dossier als Markdown die precies die tekst toont, zie :data:`_MARKDOWN`.

    Alle witruimte wordt één spatie (geen nieuwe alinea, kop, lijst, tabelrij of codeblok). Wat
    al Markdown is (:class:`markupsafe.Markup`), blijft wat het is; twee keer :func:`md` is één
    keer."""
    if isinstance(tekst, markupsafe.Markup):
        return tekst
    regel = _WITRUIMTE.sub(" ", str(tekst))
    return markupsafe.Markup(_MARKDOWN.sub(lambda t: _MARKDOWN_ENTITEIT[t.group()], regel))


# Wat aan het begin van een regel een blok begint: kop, citaat, codeblok, lijst, lijn.
_REGELBEGIN = re.compile(r"[#>`~=+*-]|\d+[.)]")


def tekstblok(tekst: object) -> markupsafe.Markup:
    """Tekst met regels (een bevinding met een opsomming eronder) als Markdown: elke regel
    door :func:`md`; een regel die met ``- `` begint wordt een lijstpunt, en wat verder aan het
    begin van een regel een blok zou beginnen (``#``, ``>``, een codeblok, ``1.``) wordt een
    entiteit. Zo blijft de opsomming staan en kan geen regel een kop of codeblok worden. De
    eerste regel loopt door op de regel van het sjabloon (``*aandacht* — {{ b.tekst |
    tekstblok }}``)."""
    if isinstance(tekst, markupsafe.Markup):
        return tekst
    regels: list[str] = []
    for regel in str(tekst).splitlines():
        regel = regel.strip()
        punt = regel.startswith("- ")
        inhoud = str(md(regel[2:].strip() if punt else regel))
        if regels and _REGELBEGIN.match(inhoud):
            inhoud = f"&#{ord(inhoud[0])};{inhoud[1:]}"
        if inhoud:
            regels.append(("- " if punt else "") + inhoud)
    return markupsafe.Markup("\n".join(regels))


@jinja2.pass_eval_context
def _finalize(context: EvalContext, waarde: object) -> object:
    """Elke ``{{ … }}`` in een Markdown-sjabloon gaat door :func:`md`; andere sjablonen (YAML,
    CI) laten hun waarden zoals ze zijn."""
    return md(waarde) if context.autoescape else waarde


def mermaid(diagram: object) -> markupsafe.Markup:
    """Een Mermaid-diagram (of een regel ervan) zoals :mod:`stelselkit.weergave.mermaid` het
    maakte: elk label is daar al geëscapet, dus het gaat ongewijzigd het codeblok in."""
    return markupsafe.Markup(str(diagram))


def cel(tekst: object) -> markupsafe.Markup:
    """Tekst veilig in een cel van een Markdown-tabel (:func:`md`, zonder witruimte aan de
    randen; leeg voor ``None``)."""
    return md("" if tekst is None else str(tekst).strip())


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
    try:
        tekst = omgeving(eigen_map).get_template(sjabloon).render(**waarden)
    except jinja2.TemplateError as fout:
        plek = _plek_in_huisstijl(fout, eigen_map) if eigen_map is not None else None
        if plek is None:
            raise  # een fout in een meegeleverd sjabloon is een fout in stelsel
        raise GebruiksFout(f"{plek}: {_uitleg(fout)}") from None
    return met_palet(tekst) if "```mermaid" in tekst else tekst


def _plek_in_huisstijl(fout: jinja2.TemplateError, eigen_map: Path) -> str | None:
    """``bestand:regel`` in de huisstijlmap waar de fout zit, of ``None`` als ze niet daar zit.

    Een syntaxfout kent haar bestand; bij een fout tijdens het renderen zet Jinja de regels van
    het sjabloon in de traceback."""
    map_ = eigen_map.resolve()
    if isinstance(fout, jinja2.TemplateSyntaxError) and fout.filename:
        plekken = [(fout.filename, fout.lineno)]
    else:
        plekken = [(f.filename, f.lineno or 0)
                   for f in reversed(traceback.extract_tb(fout.__traceback__))]
    for bestand, regel in plekken:
        pad = Path(bestand).resolve()
        if pad.is_relative_to(map_):
            return f"{pad}:{regel}"
    return None


_ONVEILIG = re.compile(r"attribute '([^']*)'")


def _uitleg(fout: jinja2.TemplateError) -> str:
    """Wat er mis is in een huisstijlsjabloon, in het Nederlands."""
    if isinstance(fout, SecurityError):
        treffer = _ONVEILIG.search(str(fout))
        wat = f"'{treffer.group(1)}'" if treffer else "een intern attribuut van Python"
        return (f"het huisstijlsjabloon vraagt {wat} op, en dat mag niet: een sjabloon gebruikt "
                "alleen de waarden die het rapport meegeeft (zie de meegeleverde sjablonen)")
    if isinstance(fout, jinja2.UndefinedError):
        return (f"het huisstijlsjabloon gebruikt iets wat het rapport niet meegeeft ({fout}); "
                "vergelijk met het meegeleverde sjabloon van dezelfde naam")
    if isinstance(fout, jinja2.TemplateSyntaxError):
        return f"syntaxfout in het huisstijlsjabloon: {fout.message}"
    return f"het huisstijlsjabloon kan niet gemaakt worden: {fout}"
