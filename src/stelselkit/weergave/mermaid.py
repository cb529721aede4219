"""Mermaid voor de rapporten: één escape en de diagrammen die de analyses tekenen.

Een label staat in Mermaid tussen ``["…"]``; tekens met een betekenis worden entiteiten
(``#quot;`` enzovoort) en witruimte wordt één spatie. :func:`label` is de enige escape: elk
diagram gebruikt haar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stelselkit.analyse.patroon import PatroonUitkomst

_ENTITEITEN = (
    ("#", "#35;"), ("&", "#amp;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;"), ("`", "#96;"),
)
# Hoeveel woorden per kwadrant in het kruis staan.
KRUIS_WOORDEN = 6


def label(tekst: str) -> str:
    """Een label veilig binnen ``["…"]`` in Mermaid: entiteiten voor tekens met betekenis."""
    tekst = " ".join(tekst.split())
    for teken, entiteit in _ENTITEITEN:
        tekst = tekst.replace(teken, entiteit)
    return tekst


def kruis(sessie: PatroonUitkomst) -> list[str]:
    """Het kruis van het patroononderzoek: de vier delen om het thema in het midden
    (linksboven, rechtsboven, linksonder, rechtsonder in de volgorde van de methode).
    Een ★ staat bij woorden die ook in een ander kwadrant voorkomen."""
    regels = ["flowchart TB"]
    codes = ("O", "G", "M", "Z")
    for code, kwadrant in zip(codes, sessie.kwadranten, strict=True):
        woorden = [
            ("★ " if w in kwadrant.verbindend else "") + w
            for w, _ in kwadrant.woorden[:KRUIS_WOORDEN]
        ]
        delen = [kwadrant.naam.upper(), f"{kwadrant.associaties} associaties", *woorden]
        regels.append(f'    {code}["{"<br/>".join(label(d) for d in delen)}"]')
    regels.append(f'    T(("{label(sessie.titel)}"))')
    regels += ["    O --- T", "    G --- T", "    T --- M", "    T --- Z"]
    return regels
