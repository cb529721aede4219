"""Bijna-dubbele ingrediënten: "er mag ook best een paar keer hetzelfde staan" (002, hoofdstuk 6,
instrument 1, stap 2); zo'n groep telt als één ingrediënt.

Teksten zijn dubbel als ze na normaliseren (kleine letters, zonder accenten, leestekens en
lidwoorden/voorzetsels uit :data:`STOPWOORDEN`) gelijk zijn, dezelfde woorden hebben, of dezelfde
getallen en een difflib-gelijkenis van minstens :data:`DUBBEL_DREMPEL`. Groepen volgen uit de
samenhangende delen van de gelijkenisgraaf. Zie :func:`bijna_dubbelen` voor hoe grote kleden
begrensd blijven.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

DUBBEL_DREMPEL = 0.85
DUBBEL_VENSTER = 40  # buren per tekst bij het zoeken naar bijna-dubbelen (zie bijna_dubbelen)
DUBBEL_MAX_TEKENS = 1000  # langer: alleen dubbel bij dezelfde woorden (difflib is kwadratisch)
STOPWOORDEN: frozenset[str] = frozenset(
    {"de", "het", "een", "t", "van", "voor", "en", "in", "op", "met", "aan", "bij", "naar", "te"}
)


def normaliseer(tekst: str) -> str:
    """Kleine letters, zonder accenten, leestekens en :data:`STOPWOORDEN`."""
    zonder_accent = "".join(
        t for t in unicodedata.normalize("NFKD", tekst.casefold()) if not unicodedata.combining(t)
    )
    woorden = re.findall(r"[a-z0-9]+", zonder_accent)
    return " ".join(w for w in woorden if w not in STOPWOORDEN)


def lijkt_op(a: str, b: str) -> bool:
    """Twee genormaliseerde teksten zeggen (bijna) hetzelfde; andere getallen nooit."""
    # Zonder difflib wat niet kan lijken: een te groot lengteverschil (de bovengrens van de
    # gelijkenis), of een tekst te lang voor een ingrediënt (difflib is kwadratisch; zulke
    # teksten tellen alleen als dubbel met precies dezelfde woorden, zie bijna_dubbelen).
    if max(len(a), len(b)) > DUBBEL_MAX_TEKENS or \
            2 * min(len(a), len(b)) < DUBBEL_DREMPEL * (len(a) + len(b)):
        return False
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return (matcher.real_quick_ratio() >= DUBBEL_DREMPEL
            and matcher.quick_ratio() >= DUBBEL_DREMPEL
            and matcher.ratio() >= DUBBEL_DREMPEL)


def bijna_dubbelen(teksten: dict[str, str]) -> list[tuple[str, ...]]:
    """Groepen ids waarvan de teksten (bijna) hetzelfde zeggen, in volgorde van eerste id.

    Gelijke woorden (in welke volgorde ook) zijn altijd dubbel. Voor de difflib-gelijkenis
    wordt elke tekst vergeleken met zijn :data:`DUBBEL_VENSTER` buren in alfabetische volgorde
    en in volgorde van de achterstevoren gelezen tekst (*sorted neighbourhood*): tot zoveel
    ingrediënten is dat elk paar, daarboven blijft het rekenwerk lineair.
    """
    import networkx as nx

    genormaliseerd = {k: vorm for k, t in teksten.items() if (vorm := normaliseer(t))}
    gelijkenis = nx.Graph()
    per_woorden: dict[frozenset[str], list[str]] = {}
    for sleutel, tekst in genormaliseerd.items():
        per_woorden.setdefault(frozenset(tekst.split()), []).append(sleutel)
    for groep in per_woorden.values():
        nx.add_path(gelijkenis, groep)
    for volgorde_sleutel in (lambda k: (genormaliseerd[k], k),
                             lambda k: (genormaliseerd[k][::-1], k)):
        rij = sorted(genormaliseerd, key=volgorde_sleutel)
        for n, a in enumerate(rij):
            for b in rij[n + 1:n + 1 + DUBBEL_VENSTER]:
                if not gelijkenis.has_edge(a, b) and lijkt_op(genormaliseerd[a],
                                                                genormaliseerd[b]):
                    gelijkenis.add_edge(a, b)
    volgorde = {k: i for i, k in enumerate(teksten)}
    groepen = [tuple(sorted(c, key=volgorde.__getitem__))
               for c in nx.connected_components(gelijkenis) if len(c) > 1]
    return sorted(groepen, key=lambda g: volgorde[g[0]])
