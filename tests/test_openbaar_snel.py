"""De snelle paden van ``--openbaar`` vinden precies wat de eenvoudige vinden (issues 14 en 21).

Eigenschap-gebaseerd (hypothesis), tegen de eenvoudige vorm als referentie:

- :func:`~stelselkit.lezen.openbaar.woordpatroon` (sleutels gegroepeerd op hun eerste teken)
  tegen één alternatief per sleutel, de langste eerst;
- :func:`~stelselkit.lezen.openbaar.normaliseer` en ``_vlak`` (witruimte via ``str.split``)
  tegen de stukken van ``_normaal``, en de kaart terug naar het origineel;
- de contactpatronen in vensters rond @ en cijfers tegen een zoektocht door de hele tekst.

Een snel pad dat iets mist, is een lek; daarom deze vergelijking naast de tests op echte
schrijfwijzen (``tests/test_contactgegevens.py``, ``tests/test_privacy.py``).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from stelselkit.lezen import contactgegevens
from stelselkit.lezen.openbaar import _kaart, _normaal, _vlak, normaliseer, woordpatroon


def _referentie(sleutels: list[str], grens: bool) -> re.Pattern[str]:
    """Eén alternatief per sleutel, de langste eerst (zoals vóór het woordpatroon)."""
    def rand(teken: str) -> bool:
        return teken.isalnum() or (grens and teken == "_")

    return re.compile("|".join(
        (r"(?<!\w)" if rand(s[0]) else "") + re.escape(s) + (r"(?!\w)" if rand(s[-1]) else "")
        for s in sorted(set(sleutels), key=lambda s: (-len(s), s))
    ))


_teken = st.sampled_from(list("ab _-.+@1\nßé\u0308(İ"))
_sleutel = st.lists(_teken, min_size=1, max_size=6).map("".join)


@settings(max_examples=300, deadline=None)
@given(tekst=st.lists(_teken, max_size=40).map("".join),
       sleutels=st.lists(_sleutel, min_size=1, max_size=8), grens=st.booleans())
def test_woordpatroon_vindt_wat_een_alternatief_per_sleutel_vindt(
    tekst: str, sleutels: list[str], grens: bool
) -> None:
    patroon = woordpatroon(sleutels, (lambda t: t.isalnum() or t == "_") if grens else str.isalnum)
    assert patroon is not None
    verwacht = [(t.span(), t.group()) for t in _referentie(sleutels, grens).finditer(tekst)]
    assert [(t.span(), t.group()) for t in patroon.finditer(tekst)] == verwacht


def test_woordpatroon_heel_woord_en_de_langste() -> None:
    patroon = woordpatroon(["jan", "jan de vries", "anna", "+31 6 1234"])
    assert patroon is not None
    tekst = "jan de vries, jansen, anna; x+31 6 1234. +31 6 12345"
    assert [t.group() for t in patroon.finditer(tekst)] == ["jan de vries", "anna", "+31 6 1234"]
    assert woordpatroon([]) is None


_tekens = st.one_of(
    st.characters(),
    st.sampled_from(list(" \t\n\u00a0\u2003\x85aZßİı\u0308\u00a8é\uff21\ufb01-_.'\"")),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_tekens, max_size=30).map("".join))
def test_normaliseren_snel_en_met_kaart_geven_dezelfde_vorm(tekst: str) -> None:
    norm, stukken, vormen = _normaal(tekst)
    assert _vlak(tekst) == norm
    assert normaliseer(tekst) == norm.strip()
    assert "".join(stukken) == tekst
    kaart = _kaart(stukken, vormen)
    for plek in range(len(norm)):
        # een teken van de vorm komt uit een stuk van het origineel dat het bevat
        assert kaart.begin(plek) <= kaart.einde(plek + 1) <= len(tekst)
    for stuk, vorm in zip(stukken[0::2], vormen[0::2], strict=True):
        assert vorm == stuk.lower() and stuk.isascii()


_stukje = st.sampled_from([
    *"aZ0123456789 @.-+/(),:'%_\u00a0\nß", "straat", "weg ", "06", "+31", "0031", "(0)",
    "(026) ", "str.", "Kerkstraat ", " en", "@ex.nl", "a" * 63, "d" * 64 + ".", "b.", "0" * 9,
    "x" * 700, "٣",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_stukje, max_size=40).map("".join))
def test_contactpatronen_in_vensters_vinden_wat_de_hele_tekst_geeft(tekst: str) -> None:
    for soort, patroon in contactgegevens.CONTACTPATRONEN:
        verwacht = [t.span() for t in patroon.finditer(tekst)]
        assert [t.span() for t in contactgegevens._treffers(soort, patroon, tekst)] == verwacht
        if soort in contactgegevens._VENSTERS:
            gevonden = contactgegevens._in_vensters(soort, patroon, tekst)
            assert [t.span() for t in gevonden] == verwacht
