"""Tekst uit het dossier in XML (GEXF, GraphML, SVG): de ene escape voor elke XML-schrijver.

XML 1.0 verbiedt de meeste stuurtekens (``\\x00``–``\\x1f`` behalve tab en regeleinden), losse
surrogaten en ``\\ufffe``/``\\uffff``: een parser weigert dan het hele bestand. De tekens
``\\x7f``–``\\x9f`` mogen wel, maar horen niet in tekst ("discouraged", XML 1.0 §2.2). Een
YAML-bestand kan ze bevatten (``"\\x01"`` in een string tussen dubbele aanhalingstekens), dus
elke tekst krijgt op hun plek een spatie.
"""

from __future__ import annotations

import re

_VERBODEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_ENTITEITEN = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_BIJZONDER = re.compile('[&<>"]')


def schoon(tekst: str) -> str:
    """Tekst zonder tekens die XML 1.0 niet toelaat (elk wordt een spatie)."""
    return _VERBODEN.sub(" ", tekst)


def escape(tekst: str) -> str:
    """Tekst veilig in XML-inhoud of een attribuut tussen dubbele aanhalingstekens."""
    return _BIJZONDER.sub(lambda t: _ENTITEITEN[t.group()], schoon(tekst))
