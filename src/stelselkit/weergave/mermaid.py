"""Mermaid voor de rapporten: één escape en de diagrammen die de analyses tekenen.

:func:`label` is de enige escape voor tekst uit het dossier in een Mermaid-diagram; elk diagram
(netwerk, kruis, knooppunten, gantt) gebruikt haar. Wat ze afvangt:

- witruimte (ook regeleinden) wordt één spatie: een label kan geen nieuwe regel beginnen, dus
  geen ``click``-opdracht, ``classDef``, ``%%``-commentaar of einde van het codeblok (```) in
  de Markdown eromheen;
- in een label tussen ``["…"]`` (flowchart) wordt elk teken dat eruit kan breken een entiteit
  (``#quot;``, ``#35;``, ``#37;`` …) die Mermaid zelf terugzet: het aanhalingsteken (haken,
  ``|`` en ``:`` zijn binnen aanhalingstekens gewone tekst), ``#`` en ``&`` (geen eigen
  entiteit), ``%`` (geen ``%%{init}%%``), de backtick (geen Markdown-label), ``<`` en ``>``
  (geen HTML);
- een gantt kent geen aanhalingstekens en zet geen entiteiten terug (``gantt=True``): ``:``,
  ``#`` en ``;`` worden een spatie, ``%%`` één ``%``, een backtick een apostrof, en een tekst
  die met een sleutelwoord van de gantt begint (``click``, ``section``, ``title``, een datum,
  ``%`` …) krijgt een onzichtbare spatie ervoor, zodat Mermaid hem als naam leest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stelselkit.analyse.patroon import PatroonUitkomst

# Tekens die in een label een betekenis hebben, als Mermaid-entiteit (``#<code>;``); in één
# doorgang vervangen, zodat een entiteit zelf niet nog eens geëscapet wordt.
_ENTITEITEN = {teken: f"#{ord(teken)};" for teken in "#&\"<>`%"}
_ENTITEITEN.update({"&": "#amp;", '"': "#quot;", "<": "#lt;", ">": "#gt;"})
_LABEL_TEKENS = re.compile("[" + re.escape("".join(_ENTITEITEN)) + "]")
# Tekens die XML en de browser niet verdragen (C0 behalve tab/regeleinde, DEL, C1).
_STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_GANTT_WEG = re.compile("[:#;]")
_GANTT_SLEUTELWOORD = re.compile(
    r"(?i)(?:%|\d{4}-\d{2}-\d{2}|(?:click|call|href|gantt|dateformat|inclusiveenddates|topaxis|"
    r"axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|section|"
    r"accdescr\w*|acctitle)\b)")
ONZICHTBAAR = "\u200b"  # voor Mermaid geen witruimte, dus het begin van de naam
# Hoeveel woorden per kwadrant in het kruis staan.
KRUIS_WOORDEN = 6


def label(tekst: str, *, gantt: bool = False) -> str:
    """Tekst uit het dossier veilig in een Mermaid-diagram (zie de moduletekst): binnen
    ``["…"]`` van een flowchart, of met ``gantt=True`` als titel, sectie of taaknaam van een
    gantt."""
    tekst = " ".join(_STUURTEKENS.sub(" ", tekst).split())
    if not gantt:
        return _LABEL_TEKENS.sub(lambda t: _ENTITEITEN[t.group()], tekst)
    tekst = " ".join(_GANTT_WEG.sub(" ", tekst).replace("`", "'").split())
    tekst = re.sub("%+", "%", tekst)
    return ONZICHTBAAR + tekst if _GANTT_SLEUTELWOORD.match(tekst) else tekst


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
