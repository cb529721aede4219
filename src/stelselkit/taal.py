"""Nederlands proza voor meldingen en bevindingen: tellen en opsommen.

Een mens schrijft "1 initiatief" en "2 initiatieven", nooit "initiatief/initiatieven" of
"positie(s)"; en "a, b en c", niet "a, b, c".
"""

from __future__ import annotations

from collections.abc import Sequence


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """``aantal(1, "initiatief", "initiatieven")`` → ``"1 initiatief"``; 0 en 2 → meervoud."""
    return f"{n} {enkelvoud if n == 1 else meervoud}"


def getal(waarde: object) -> str:
    """Een getal zoals een Nederlandse lezer het schrijft: ``1.500`` en ``2,5``; tekst blijft
    tekst, niets blijft leeg."""
    if isinstance(waarde, bool) or not isinstance(waarde, int | float):
        return "" if waarde is None else str(waarde)
    tekst = f"{waarde:,.2f}".rstrip("0").rstrip(".")
    return tekst.translate(str.maketrans(",.", ".,"))


def opsomming(delen: Sequence[str], voegwoord: str = "en") -> str:
    """``["a", "b", "c"]`` → ``"a, b en c"``; één deel blijft zichzelf, geen delen is leeg."""
    if len(delen) <= 1:
        return "".join(delen)
    return f"{', '.join(delen[:-1])} {voegwoord} {delen[-1]}"


def opsomming_kort(delen: Sequence[str], hoogstens: int = 5, voegwoord: str = "en") -> str:
    """Een opsomming van hooguit ``hoogstens`` delen; de rest als "en 3 meer".

    Een bevinding noemt in haar tekst de belangrijkste; de volledige lijst staat in ``over``
    (en dus in ``--format json``).
    """
    if len(delen) <= hoogstens:
        return opsomming(delen, voegwoord)
    return f"{', '.join(delen[:hoogstens])} {voegwoord} {len(delen) - hoogstens} meer"


def inkorten(tekst: str, lengte: int) -> str:
    """De eerste woorden van een tekst, hooguit ``lengte`` tekens, met '…' als er meer is."""
    tekst = " ".join(tekst.split())
    if len(tekst) <= lengte:
        return tekst
    afgekapt = tekst[:lengte].rsplit(" ", 1)[0] if " " in tekst[:lengte] else tekst[:lengte]
    return afgekapt.rstrip(" ,.;:") + "…"
