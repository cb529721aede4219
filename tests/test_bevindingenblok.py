"""Het ene blok dat bevindingen rendert (``templates/rapport/_bevindingen.md.j2``): een lange lijst
onderwerpen wordt in Markdown ingekort tot acht en "en N meer"; de JSON houdt de hele lijst."""

from __future__ import annotations

import datetime as dt

import pytest

from stelselkit.analyse import Bevinding, Resultaat
from stelselkit.analyse.matrix import Matrixanalyse
from stelselkit.regels import regel
from stelselkit.weergave.rapporten import markdown
from stelselkit.weergave.sjablonen import omgeving

BLOK = '{% import "rapport/_bevindingen.md.j2" as blok %}{{ blok.bevindingen(lijst) }}'


def _bevinding(aantal: int) -> Bevinding:
    return Bevinding(code="lege-cellen", titel="Lege cellen", tekst="Een lege cel is een vraag.",
                     regel=regel("matrix-elementen"),
                     over=tuple(f"positie-{i}/netwerk" for i in range(1, aantal + 1)),
                     gewicht="info")


def _over(tekst: str) -> str:
    return next(r for r in tekst.splitlines() if r.startswith("Over: "))


@pytest.mark.parametrize(("aantal", "verwacht"), [
    (8, "Over: " + ", ".join(f"`positie-{i}/netwerk`" for i in range(1, 9)) + "."),
    (11, "Over: " + ", ".join(f"`positie-{i}/netwerk`" for i in range(1, 9)) + " en 3 meer."),
])
def test_hooguit_acht_onderwerpen(aantal: int, verwacht: str) -> None:
    tekst = omgeving().from_string(BLOK).render(lijst=[_bevinding(aantal)])
    assert _over(tekst) == verwacht


def test_json_houdt_de_hele_lijst_en_elk_rapport_kort_in() -> None:
    matrix = Matrixanalyse(naam="Proefbuurt", bronnen=[], posities=[], cellen={}, programmas=[])
    resultaat = Resultaat(analyse="matrix", peildatum=dt.date(2014, 3, 1), kerncijfers=(),
                          bevindingen=(_bevinding(11),), details=matrix)
    assert len(resultaat.als_dict()["bevindingen"][0]["over"]) == 11
    assert _over(markdown(resultaat)).endswith("`positie-8/netwerk` en 3 meer.")
