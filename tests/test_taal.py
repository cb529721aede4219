"""Nederlands proza: enkelvoud en meervoud, opsommingen."""

from __future__ import annotations

import pytest

from stelselkit.taal import aantal, opsomming


@pytest.mark.parametrize(("n", "verwacht"), [
    (0, "0 initiatieven"), (1, "1 initiatief"), (2, "2 initiatieven"),
])
def test_aantal(n: int, verwacht: str) -> None:
    assert aantal(n, "initiatief", "initiatieven") == verwacht


@pytest.mark.parametrize(("delen", "verwacht"), [
    ([], ""), (["a"], "a"), (["a", "b"], "a en b"), (["a", "b", "c"], "a, b en c"),
])
def test_opsomming(delen: list[str], verwacht: str) -> None:
    assert opsomming(delen) == verwacht
    assert opsomming(["x", "y"], "of") == "x of y"


def test_geen_halve_meervouden_in_de_code() -> None:
    """Nergens "positie(s)" of "initiatief/initiatieven": taal.aantal kiest de vorm."""
    import re
    from pathlib import Path

    bron = Path(__file__).parents[1] / "src" / "stelselkit"
    patroon = re.compile(r"\{[^}]*\}\}? [a-zë]+\((?:s|en)\)|initiatief/initiatieven")
    gevonden = [
        f"{pad.name}: {regel.strip()}"
        for pad in [*bron.rglob("*.py"), *bron.rglob("*.j2")] if pad.name != "taal.py"
        for regel in pad.read_text(encoding="utf-8").splitlines()
        if patroon.search(regel)
    ]
    assert gevonden == []
