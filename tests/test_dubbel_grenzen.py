"""Bijna-dubbele ingrediënten blijven lineair: difflib alleen waar gelijkenis kan."""

from __future__ import annotations

from stelselkit.analyse.dubbelen import DUBBEL_MAX_TEKENS, bijna_dubbelen
from stelselkit.analyse.dubbelen import lijkt_op as _lijkt_op


def test_groot_lengteverschil_lijkt_nooit() -> None:
    # 'markt' (5) tegen 29 tekens: hooguit 2·5/34 = 0,29 gelijk, onder de drempel van 0,85.
    assert not _lijkt_op("markt", "markt op zaterdag in de weerd")
    assert _lijkt_op("weekmarkt in de weerd", "weekmarkt in de weerdt")


def test_lange_tekst_alleen_dubbel_met_dezelfde_woorden() -> None:
    lang = " ".join(f"woord{i % 97}x" for i in range(DUBBEL_MAX_TEKENS // 4))
    assert len(lang) > DUBBEL_MAX_TEKENS
    bijna = lang + "y"  # één teken anders: difflib zou ze gelijk vinden, maar slaat ze over
    assert not _lijkt_op(lang, bijna)
    omgedraaid = " ".join(reversed(lang.split()))
    teksten = {"a": lang, "b": bijna, "c": omgedraaid, "d": "Winkelcentrum De Weerd"}
    assert bijna_dubbelen(teksten) == [("a", "c")]  # dezelfde woorden, andere volgorde
