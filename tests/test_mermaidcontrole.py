"""De Mermaid-controle zelf moet fouten vinden, anders bewijzen de rapporttests niets."""

from __future__ import annotations

import pytest

from mermaidcontrole import fouten_in


@pytest.mark.parametrize("blok", [
    'flowchart LR\n  t(("Thema")) --> s1["Schakel"]\n  classDef kern fill:#f96\n  class s1 kern\n',
    "gantt\n  dateFormat YYYY-MM-DD\n  section Stap 1\n  Start :done, a1, 2013-04-01, 2013-05-01\n",
    'xychart-beta\n  title "Vermogen"\n  x-axis ["2013", "2014"]\n  y-axis "score" 1 --> 4\n'
    "  line [2, 3]\n",
])
def test_goede_blokken(blok: str) -> None:
    assert fouten_in(blok) == []


@pytest.mark.parametrize(("blok", "fout"), [
    ('flowchart LR\n  t(("Thema) --> s1\n', "flowchart"),
    ("flowchart LR\n  a[x [y]] --> b\n", "flowchart"),
    ("gantt\n  dateFormat YYYY-MM-DD\n  section S\n  Taak: met dubbele punt :a, 2013-04-01, 1d\n",
     "gantt"),
    ("gantt\n  section S\n  Taak :a1, 2013-05-01, 2013-04-01\n", "einde voor begin"),
    ("gantt\n  Taak :a1, 2013-04-01, 2013-05-01\n", "geen sections"),
    ("pie\n  a : 1\n", "onbekend diagramtype"),
])
def test_foute_blokken(blok: str, fout: str) -> None:
    assert any(fout in f for f in fouten_in(blok))
