"""De lagen van het pakket (ARCHITECTURE.md), afgedwongen op de imports zelf.

``cli → opdrachten → uitvoer → weergave → analyse → lezen → model → {fouten, methode, regels,
taal, woorden}``: een module importeert alleen uit haar eigen laag of een laag eronder. De imports
worden met ``ast`` gelezen, ook die binnen een functie (de CLI importeert lui) en die onder
``TYPE_CHECKING``. Daarnaast: ``weergave/`` leest geen bestanden (importeert ``lezen/`` niet) en
geen analyse importeert een andere analyse.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PAKKET = Path(__file__).parents[1] / "src" / "stelselkit"
LAGEN: tuple[frozenset[str], ...] = (
    frozenset({"__main__", "start"}),
    frozenset({"cli"}),
    frozenset({"opdrachten"}),
    frozenset({"uitvoer"}),
    frozenset({"weergave"}),
    frozenset({"analyse"}),
    frozenset({"lezen"}),
    frozenset({"model"}),
    frozenset({"fouten", "methode", "regels", "codes", "taal", "woorden", "kleuren",
               "verwijzing", "__init__"}),
)
# De analyses zelf; gedeelde hulpmodules (netwerkgraaf, knooppunten, …) mogen door meerdere
# analyses gebruikt worden, een analyse niet.
ANALYSES = frozenset(f"analyse.{naam}" for naam in (
    "netwerk", "thema", "omgeving", "vermogen", "patroon", "matrix", "programma", "casus",
    "portfolio", "netwerkprogramma", "routekaart",
))


def laag(module: str) -> int:
    """De laag van ``stelselkit.<module>`` (0 is de bovenste)."""
    eerste = module.split(".")[0]
    return next(i for i, namen in enumerate(LAGEN) if eerste in namen)


def imports_van(bron: str, module: str) -> set[str]:
    """De stelselkit-modules die een bron importeert, zonder ``stelselkit.`` ervoor."""
    gevonden: set[str] = set()
    pakket = module.rsplit(".", 1)[0] if "." in module else ""
    for knoop in ast.walk(ast.parse(bron)):
        if isinstance(knoop, ast.Import):
            namen = [a.name for a in knoop.names]
        elif isinstance(knoop, ast.ImportFrom):
            if knoop.level:
                basis = ".".join(["stelselkit", *pakket.split(".")][: 1 + len(pakket.split("."))
                                                                     - (knoop.level - 1)])
                namen = [f"{basis}.{knoop.module}" if knoop.module else basis]
            else:
                namen = [knoop.module or ""]
            # ``from stelselkit.analyse import patroon`` importeert de module patroon
            namen += [f"{namen[0]}.{a.name}" for a in knoop.names
                      if (PAKKET / Path(*namen[0].split(".")[1:]) / f"{a.name}.py").exists()]
        else:
            continue
        gevonden.update(n.removeprefix("stelselkit.") for n in namen
                        if n == "stelselkit" or n.startswith("stelselkit."))
    return {n for n in gevonden if n and n != "stelselkit"}


def modules() -> dict[str, str]:
    uit = {}
    for pad in sorted(PAKKET.rglob("*.py")):
        delen = pad.relative_to(PAKKET).with_suffix("").parts
        if delen[-1] == "__init__" and len(delen) > 1:
            delen = delen[:-1]
        uit[".".join(delen)] = pad.read_text(encoding="utf-8")
    return uit


def overtredingen(bronnen: dict[str, str]) -> set[tuple[str, str]]:
    """Elke import die een laag omhoog gaat, of van de ene analyse naar een andere."""
    fout = set()
    for module, bron in bronnen.items():
        for doel in imports_van(bron, module):
            if laag(doel) < laag(module):
                fout.add((module, doel))
            elif module.startswith("weergave") and doel.split(".")[0] == "lezen":
                fout.add((module, doel))  # weergave rendert waarden, nooit bestanden
            elif module in ANALYSES and doel in ANALYSES and module != doel:
                fout.add((module, doel))
    return fout


def test_de_lagen_kloppen() -> None:
    assert overtredingen(modules()) == set()


@pytest.mark.parametrize(
    ("module", "bron", "overtreding"),
    [
        ("analyse.patroon", "from stelselkit.weergave.sjablonen import render\n",
         ("analyse.patroon", "weergave.sjablonen")),
        ("lezen.dossier", "def f():\n    from stelselkit.analyse import Bevinding\n",
         ("lezen.dossier", "analyse")),
        ("weergave.mermaid", "import stelselkit.lezen.dossier\n",
         ("weergave.mermaid", "lezen.dossier")),
        ("analyse.omgeving", "from stelselkit.analyse import patroon\n",
         ("analyse.omgeving", "analyse.patroon")),
        ("model.basis", "from ..analyse import Bevinding\n", ("model.basis", "analyse")),
    ],
)
def test_een_verboden_import_faalt(module: str, bron: str, overtreding: tuple[str, str]) -> None:
    assert overtredingen({module: bron}) == {overtreding}


def test_een_toegestane_import_mag() -> None:
    assert overtredingen({
        "cli.patroon": "from stelselkit.opdrachten.analyse import draai\n",
        "weergave.rapporten": "from stelselkit.analyse import Resultaat\n",
        "analyse.patroon": (
            "from stelselkit.analyse import Bevinding\nfrom stelselkit import regels\n"
        ),
    }) == set()
