"""De netwerkanalyse: het tafelkleed als echt netwerk (002 instr. 1; 000 bijlage 2).

Een papieren tafelkleed eindigt als foto in een la. Deze analyse maakt er bevindingen van waar
een regievoerder iets mee doet, en bereidt de volgende sessie voor. De maten komen van networkx
(articulatiepunten, bruggen, samenhangende delen, betweenness) over de graaf van
:mod:`stelselkit.analyse.netwerkgraaf`: thema — schakels — ingrediënten.

Begrippen zoals deze module ze gebruikt:

- **los ingrediënt**: een ingrediënt dat geen enkele schakel met het thema verbindt.
- **kwetsbare schakel**: een schakel waarvan het wegvallen ingrediënten van het thema losmaakt.
  Gevonden als articulatiepunt van de graaf; welke ingrediënten loskomen, volgt uit de
  blok-snijpuntboom (biconnected components) met het thema als wortel.
- **cluster**: een groep ingrediënten die via gedeelde schakels samenhangt, ook zonder het thema
  ("Wordt het initiatief/thema losgelaten dan valt het netwerk … weer uiteen", 002 instr. 1): de
  samenhangende delen van de graaf zonder de themaknoop.
- **makelaar**: een schakel die in de graaf zonder thema clusters verbindt die zonder hem los van
  elkaar staan (een articulatiepunt waarvan minstens twee afgesplitste delen nog een andere
  schakel hebben); de delen komen uit de blok-snijpuntboom (:class:`Blokboom`). Makelaars
  staan op volgorde van betweenness in die graaf. Boven
  :data:`BETWEENNESS_GRENS` knopen is betweenness een benadering met een vaste steekproef.
- **kern**: de schakels met positie initiatiefnemer of partner (:data:`methode.KERN`).
- **dichtst bij de kern**: de schakels buiten de kern met een positie, gerangschikt op (1) hun
  beste positie in de volgorde van :data:`methode.POSITIES_BETROKKENHEID` (schakel vóór
  leverancier vóór gebruiker), (2) het aantal ingrediënten dat ze verbinden, (3) of hun contact
  is voorbereid (benadering én eigen verhaal), (4) of ze zijn uitgenodigd voor een eigen
  netwerkanalyse; de eerste :data:`KANDIDATEN_KERN`.
- **bijna-dubbele ingrediënten**: zie :mod:`stelselkit.analyse.dubbelen`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from stelselkit import methode
from stelselkit.analyse import Analyse, Bevinding, Bron, Kerncijfer, Resultaat, gesorteerd
from stelselkit.analyse.dubbelen import bijna_dubbelen, normaliseer
from stelselkit.analyse.netwerk_betrokkenheid import (
    IN_TEKST,
    kern_bevinding,
    lokaal_bevinding,
    posities_bevinding,
)
from stelselkit.analyse.netwerk_betrokkenheid import kort as _kort
from stelselkit.analyse.netwerk_betrokkenheid import ww as _ww
from stelselkit.analyse.netwerkgraaf import (
    POSITIE_VOLGORDE,
    THEMA,
    Netwerk,
    NetwerkSchakel,
    bouw_blokboom,
    bouw_graaf,
    knoop_schakel,
    uit_knoop,
    voeg_samen,
)
from stelselkit.model.tafelkleed import Tafelkleed
from stelselkit.regels import regel
from stelselkit.taal import aantal, opsomming, opsomming_kort

if TYPE_CHECKING:
    import networkx as nx

    from stelselkit.lezen.dossier import Dossier

# Betweenness kost O(knopen × verbindingen): exact is dat bij 600 knopen ongeveer een seconde,
# bij 2.000 al een halve minuut. Boven BETWEENNESS_GRENS knopen (in de graaf zonder thema) rekent
# networkx met een steekproef van BETWEENNESS_STEEKPROEF bronknopen en een vaste seed: een
# benadering, die het rapport en de JSON ook zo noemen.
BETWEENNESS_GRENS = 600
BETWEENNESS_STEEKPROEF = 150
BETWEENNESS_SEED = 2012

KANDIDATEN_KERN = 3


# ---------------------------------------------------------------------------------------------
# Resultaat


@dataclass(frozen=True)
class Kwetsbaar:
    """Een schakel en wat zonder hem verloren gaat.

    ``ingredienten``: wat los van het thema raakt (zonder ingrediënten die de schakel zelf, of
    een andere schakel, zijn); ``afgesneden``: ingrediënten die zonder hem niet meer via
    schakels met de rest samenhangen (als hij een makelaar is).
    """

    schakel: str
    ingredienten: tuple[str, ...]
    afgesneden: tuple[str, ...] = ()

    @property
    def verlies(self) -> int:
        return len(self.ingredienten) + len(self.afgesneden)


@dataclass(frozen=True)
class Makelaar:
    """Een schakel die clusters van ingrediënten verbindt die anders los staan: zonder hem
    blijft het grootste deel over (``grootste`` ingrediënten) en raken de kleinere los."""

    schakel: str
    betweenness: float
    grootste: int
    kleinere: tuple[tuple[str, ...], ...]


@dataclass
class Netwerkanalyse:
    """De uitkomst van de netwerkanalyse van één of meer samengevoegde tafelkleden."""

    netwerk: Netwerk
    losse_ingredienten: list[str]
    kwetsbaar: list[Kwetsbaar]
    clusters: list[tuple[str, ...]]
    makelaars: list[Makelaar]
    betweenness: dict[str, float]
    benadering: bool
    bruggen: list[tuple[str, str]]
    dubbelen: list[tuple[str, ...]]
    kern: list[str]
    dichtbij_kern: list[str]

    def telling(self, kant: str) -> int:
        return sum(1 for s in self.netwerk.schakels.values() if s.kant == kant)

    def per_positie(self) -> dict[str, list[str]]:
        """Per positie van betrokkenheid de schakels (iemand kan er meer hebben)."""
        uitkomst: dict[str, list[str]] = {p: [] for p in POSITIE_VOLGORDE}
        for schakel in self.netwerk.schakels.values():
            for positie in schakel.posities:
                uitkomst[positie].append(schakel.id)
        return uitkomst

    @property
    def overdragen(self) -> list[str]:
        """Kwetsbare schakels met een regierol die enige schakel zijn voor meer ingrediënten."""
        return [k.schakel for k in self.kwetsbaar
                if len(k.ingredienten) >= 2 and draagt_regie(self.netwerk.schakels[k.schakel])]

    @property
    def aantal_ingredienten(self) -> int:
        """Ingrediënten, waarbij een groep bijna-dubbelen als één telt."""
        return len(self.netwerk.ingredienten) - sum(len(g) - 1 for g in self.dubbelen)

    def als_dict(self) -> dict[str, Any]:
        netwerk = self.netwerk
        return {
            "titel": netwerk.titel,
            "kleden": [k.als_dict() for k in netwerk.kleden],
            "schakels": [
                {
                    "id": s.id,
                    "label": s.label,
                    "naam": s.naam,
                    "rol": s.rol,
                    "achtergrond": s.achtergrond,
                    "kant": s.kant,
                    "posities": s.posities,
                    "ingredienten": s.ingredienten,
                    "benadering": s.benadering,
                    "groep": s.groep,
                    "verhaal": s.verhaal,
                    "uitgenodigd": s.is_uitgenodigd,
                    "netwerkanalyse": s.netwerkanalyse,
                    "betweenness": self.betweenness.get(s.id, 0.0),
                    "kleden": s.kleden,
                }
                for s in netwerk.schakels.values()
            ],
            "ingredienten": [
                {"id": i.id, "tekst": i.tekst, "soort": i.soort,
                 "schakels": netwerk.schakels_van(i.id), "kleden": i.kleden}
                for i in netwerk.ingredienten.values()
            ],
            "posities": self.per_positie(),
            "kern": self.kern,
            "dichtbij_kern": self.dichtbij_kern,
            "kwetsbaar": [{"schakel": k.schakel, "ingredienten": list(k.ingredienten),
                           "afgesneden": list(k.afgesneden),
                           "overdragen": k.schakel in self.overdragen}
                          for k in self.kwetsbaar],
            "makelaars": [{"schakel": m.schakel, "betweenness": m.betweenness,
                           "grootste_deel": m.grootste,
                           "kleinere_delen": [list(c) for c in m.kleinere]}
                          for m in self.makelaars],
            "clusters": [list(c) for c in self.clusters],
            "bruggen": [list(b) for b in self.bruggen],
            "dubbelen": [list(g) for g in self.dubbelen],
            "betweenness": {
                "benadering": self.benadering,
                "steekproef": BETWEENNESS_STEEKPROEF if self.benadering else None,
                "grens": BETWEENNESS_GRENS,
            },
            "bijdragen": [
                {"kleed": b.kleed.naam, "nieuwe_schakels": list(b.nieuwe_schakels),
                 "nieuwe_ingredienten": list(b.nieuwe_ingredienten)}
                for b in netwerk.bijdragen
            ],
            "opgevolgd": [{"oud": oud, "nieuw": nieuw} for oud, nieuw in netwerk.opgevolgd],
        }


# ---------------------------------------------------------------------------------------------
# Graafmaten


def _is_ingredient(knoop: str) -> bool:
    return knoop.startswith("ingredient:")


def _kwetsbaar(graaf: nx.Graph, netwerk: Netwerk) -> list[Kwetsbaar]:
    """Per schakel-articulatiepunt de ingrediënten die zonder hem het thema niet meer bereiken:
    wat in de blok-snijpuntboom (met het thema als wortel) onder hem hangt."""
    boom = bouw_blokboom(graaf, _is_ingredient, THEMA)
    uitkomst = []
    for schakel in netwerk.schakels:
        if knoop_schakel(schakel) not in boom.punten:
            continue
        ingredienten = _ingredienten_in(
            set(boom.knopen_onder(("punt", knoop_schakel(schakel)))), netwerk)
        if ingredienten:
            uitkomst.append(Kwetsbaar(schakel, ingredienten))
    return uitkomst


def _zonder_thema(graaf: nx.Graph) -> nx.Graph:
    """De graaf zonder het thema en zonder losse knopen: wat samenhangt via schakels."""
    rest = graaf.copy()
    rest.remove_node(THEMA)
    rest.remove_nodes_from([n for n, graad in dict(rest.degree()).items() if graad == 0])
    return rest


def _ingredienten_in(knopen: set[str], netwerk: Netwerk) -> tuple[str, ...]:
    """De ingrediënten onder deze knopen, in de volgorde van het netwerk."""
    gevonden = [sleutel for soort, sleutel in map(uit_knoop, knopen) if soort == "ingredient"]
    return tuple(sorted(gevonden, key=netwerk.volgorde_ingredient))


def _clusters_en_makelaars(
    rest: nx.Graph, netwerk: Netwerk
) -> tuple[list[tuple[str, ...]], list[Makelaar], dict[str, float], bool]:
    import networkx as nx

    clusters = sorted(
        (_ingredienten_in(c, netwerk) for c in nx.connected_components(rest)),
        key=lambda c: (-len(c), c),
    )
    benadering = rest.number_of_nodes() > BETWEENNESS_GRENS
    if benadering:
        waarden = nx.betweenness_centrality(rest, k=BETWEENNESS_STEEKPROEF, seed=BETWEENNESS_SEED)
    else:
        waarden = nx.betweenness_centrality(rest)
    betweenness = {s: round(waarden.get(knoop_schakel(s), 0.0), 4) for s in netwerk.schakels}
    # Makelaars uit de blok-snijpuntboom van de graaf zonder thema: de delen waarin die
    # zonder een schakel uiteenvalt, zonder voor elk articulatiepunt opnieuw te zoeken.
    boom = bouw_blokboom(rest, _is_ingredient)
    makelaars = []
    for punt in sorted(boom.punten):
        # Alleen een schakel met minstens twee ingrediënten die ook een andere schakel heeft,
        # kan delen verbinden waar nog een andere schakel in zit.
        soort, schakel = uit_knoop(punt)
        gedeeld = [n for n in rest.neighbors(punt) if rest.degree(n) > 1]
        if soort != "schakel" or len(gedeeld) < 2:
            continue
        delen = boom.delen_zonder(punt, gedeeld)
        if len(delen) < 2:
            continue
        # Alleen de kleinere delen worden opgesomd; het grootste alleen geteld (bij gelijke
        # grootte wint, zoals bij de clusters, de eerste in de volgorde van het netwerk).
        aantallen = [boom.aantal(d) for d in delen]
        grootste = max(aantallen)
        kandidaten = sorted(_ingredienten_in(set(boom.knopen(d)), netwerk)
                            for d, n in zip(delen, aantallen, strict=True) if n == grootste)
        kleinere = sorted(
            [*kandidaten[1:], *(_ingredienten_in(set(boom.knopen(d)), netwerk)
                                for d, n in zip(delen, aantallen, strict=True) if n < grootste)],
            key=lambda c: (-len(c), c))
        makelaars.append(Makelaar(schakel, betweenness[schakel], grootste, tuple(kleinere)))
    makelaars.sort(key=lambda m: (-m.betweenness, m.schakel))
    return clusters, makelaars, betweenness, benadering


def _bruggen(graaf: nx.Graph) -> list[tuple[str, str]]:
    import networkx as nx

    labels = nx.get_node_attributes(graaf, "label")
    return sorted(tuple(sorted((labels[a], labels[b]))) for a, b in nx.bridges(graaf))


def _kern_en_kandidaten(netwerk: Netwerk) -> tuple[list[str], list[str]]:
    """De kern, en de schakels die er het dichtst bij staan (zie de moduletekst)."""
    kern = [s.id for s in netwerk.schakels.values() if methode.KERN & set(s.posities)]
    buiten = [s for s in netwerk.schakels.values() if s.posities and s.id not in kern]
    buiten.sort(key=lambda s: (
        POSITIE_VOLGORDE.index(s.posities[0]), -len(s.ingredienten), not s.voorbereid,
        not s.is_uitgenodigd, s.id,
    ))
    return kern, [s.id for s in buiten[:KANDIDATEN_KERN]]


# ---------------------------------------------------------------------------------------------
# Bevindingen


def citaat(tekst: str) -> str:
    return f"‘{tekst}’"


def is_professional(schakel: NetwerkSchakel) -> bool:
    """Een professional of de regievoerder: van hen vraagt de methode overdragen (002 hfst. 2)."""
    rol = f"{schakel.naam or ''} {schakel.rol or ''}".casefold()
    return schakel.kant == "professioneel" or "regievoerder" in rol


def draagt_regie(schakel: NetwerkSchakel) -> bool:
    """Een regievoerder, een professional of iemand uit de kern (initiatiefnemer, partner).

    Van hen vraagt de methode dat ze zichzelf overbodig maken en overdragen aan de lokale
    gemeenschap (002 hfst. 2; 002 instr. 4); zij horen niet de enige verbinding te zijn.
    """
    return is_professional(schakel) or bool(methode.KERN & set(schakel.posities))


def ingredienten_die_schakel_zijn(netwerk: Netwerk) -> dict[str, str]:
    """Ingrediënten die zelf een schakel van het netwerk zijn: ingrediënt → schakel.

    Dezelfde id, of dezelfde tekst als naam, rol of label van de schakel (na
    :func:`normaliseer`). Zo'n ingrediënt raakt niet los als een andere schakel wegvalt (het is
    er zelf nog), en een schakel is niet kwetsbaar voor zichzelf.
    """
    vormen: dict[str, str] = {}
    for schakel in netwerk.schakels.values():
        for tekst in (schakel.naam, schakel.rol, schakel.label):
            if tekst and (vorm := normaliseer(tekst)):
                vormen.setdefault(vorm, schakel.id)
    uitkomst = {}
    for ingredient in netwerk.ingredienten.values():
        if ingredient.id in netwerk.schakels:
            uitkomst[ingredient.id] = ingredient.id
        elif (vorm := normaliseer(ingredient.tekst)) in vormen:
            uitkomst[ingredient.id] = vormen[vorm]
    return uitkomst


def _wat_verloren_gaat(kandidaten: list[Kwetsbaar], makelaars: list[Makelaar],
                       netwerk: Netwerk) -> list[Kwetsbaar]:
    """De kwetsbare schakels, gerangschikt op wat er met hen verloren gaat.

    Ingrediënten die zelf een schakel zijn tellen niet; wat een makelaar met de rest verbindt
    (alles buiten het grootste deel) telt mee. Volgorde: het meeste verlies, dan de meeste losse
    ingrediënten, dan de volgorde van het tafelkleed.
    """
    zelf = ingredienten_die_schakel_zijn(netwerk)
    afgesneden = {m.schakel: tuple(i for c in m.kleinere for i in c) for m in makelaars}
    volgorde = {s: n for n, s in enumerate(netwerk.schakels)}
    uitkomst = [
        Kwetsbaar(k.schakel, los, afgesneden.get(k.schakel, ()))
        for k in kandidaten
        if (los := tuple(i for i in k.ingredienten if i not in zelf))
    ]
    return sorted(uitkomst, key=lambda k: (-k.verlies, -len(k.ingredienten),
                                           volgorde[k.schakel]))


def _kort_label(schakel: NetwerkSchakel) -> str:
    """De naam, anders de rol: kort genoeg voor een titel."""
    return schakel.naam or schakel.rol or schakel.id


def _kwetsbaar_bevinding(a: Netwerkanalyse) -> Bevinding | None:
    """000 §7: "verantwoordelijkheid kan ook weer verdwijnen als bepaalde schakels verdwijnen".

    Eén bevinding voor alle kwetsbare schakels, het grootste verlies eerst. Een actie als een
    regievoerder, professional of kernlid de enige schakel is voor meer ingrediënten: draag over
    aan een lokale schakel (002 hfst. 2; 002 instr. 4).
    """
    if not a.kwetsbaar:
        return None
    netwerk = a.netwerk
    overdragen = set(a.overdragen)
    delen = []
    for k in a.kwetsbaar[:IN_TEKST]:
        schakel = netwerk.schakels[k.schakel]
        zin = (f"{schakel.label} is de enige schakel voor "
               f"{aantal(len(k.ingredienten), 'ingrediënt', 'ingrediënten')} ("
               + opsomming_kort([citaat(netwerk.ingredient_tekst(i)) for i in k.ingredienten],
                                3) + ")")
        if k.afgesneden:
            anderen = aantal(len(k.afgesneden), "ander ingrediënt", "andere ingrediënten")
            zin += f" en houdt {anderen} met de rest verbonden"
        if k.schakel in overdragen and is_professional(schakel):
            zin += ": draag dit over aan een lokale schakel"
        elif k.schakel in overdragen:
            zin += ": betrek er een tweede schakel uit de buurt bij"
        delen.append(zin)
    meer = len(a.kwetsbaar) - IN_TEKST
    tekst = ("Valt een van deze schakels weg, dan raakt het thema kwijt wat alleen via hen "
             "verbonden is; het grootste verlies eerst. " + "; ".join(delen) + "."
             + (f" En {aantal(meer, 'schakel', 'schakels')} met minder verlies "
                "(zie --format json)." if meer > 0 else "")
             + " Zoek voor elk een tweede schakel, liefst uit de lokale gemeenschap.")
    over = (*(k.schakel for k in a.kwetsbaar),
            *dict.fromkeys(i for k in a.kwetsbaar for i in k.ingredienten))
    return Bevinding(
        code="kwetsbare-schakel",
        titel=f"{aantal(len(a.kwetsbaar), 'schakel is', 'schakels zijn')} de enige verbinding voor "
        "een deel van het netwerk"
        + (f"; eerst {opsomming([_kort_label(netwerk.schakels[s]) for s in a.overdragen[:2]])}: "
           "overdragen aan een lokale schakel" if overdragen else ""),
        tekst=tekst,
        regel=regel("netwerk-kwetsbaar"),
        over=over,
        gewicht="actie" if overdragen else "aandacht",
    )


def _makelaar_bevinding(a: Netwerkanalyse) -> Bevinding | None:
    """002 instr. 1 stap 5 en 002 hfst. 3: schakels leggen relaties tussen netwerken.

    Eén bevinding, de schakel die het meeste met de rest verbindt eerst. Een professional draagt
    die verbinding over aan een lokale schakel (002 hfst. 2: zichzelf overbodig maken).
    """
    if not a.makelaars:
        return None
    netwerk = a.netwerk
    rij = sorted(a.makelaars, key=lambda m: (-sum(len(c) for c in m.kleinere),
                                             -m.betweenness, m.schakel))
    delen = []
    professionals = []
    for m in rij[:IN_TEKST]:
        schakel = netwerk.schakels[m.schakel]
        kleiner = [i for c in m.kleinere for i in c]
        zin = (f"{schakel.label} verbindt "
               + (f"{aantal(len(kleiner), 'ingrediënt', 'ingrediënten')} ("
                  + opsomming_kort([citaat(netwerk.ingredient_tekst(i)) for i in kleiner], 2)
                  + ")" if kleiner else "schakels")
               + " met de rest")
        if is_professional(schakel):
            professionals.append(m.schakel)
            zin += ": draag die verbinding over aan een lokale schakel"
        delen.append(zin)
    meer = len(rij) - IN_TEKST
    lokaal = len(rij) > len(professionals)
    tekst = ("Zonder deze schakels vallen delen van het netwerk van elkaar los; wie het meeste "
             "verbindt eerst. " + "; ".join(delen) + "."
             + (f" En {aantal(meer, 'schakel', 'schakels')} meer (zie --format json)."
                if meer > 0 else "")
             + (" Een regievoerder of professional maakt zich overbodig: zoek iemand uit de buurt "
                "die dezelfde delen kent en laat hem of haar de verbinding overnemen."
                if professionals else "")
             + (" Houd de schakels uit de buurt betrokken en zoek een tweede verbinding tussen de "
                "delen." if lokaal else ""))
    return Bevinding(
        code="makelaar",
        titel="Schakels die delen van het netwerk verbinden",
        tekst=tekst,
        regel=regel("netwerk-makelaar"),
        over=tuple(m.schakel for m in rij),
        gewicht="aandacht",
    )


def _delen_bevinding(a: Netwerkanalyse) -> Bevinding | None:
    """002 instr. 1: zonder het thema valt het netwerk uiteen — in hoeveel delen nu al?"""
    delen = [c for c in a.clusters if c]
    if len(delen) < 2:
        return None
    ing = a.netwerk.ingredient_tekst
    beschrijving = "; ".join(
        f"deel {n}: " + opsomming_kort([citaat(ing(i)) for i in deel], 2)
        for n, deel in enumerate(delen[:3], 1)
    )
    meer = len(delen) - 3
    return Bevinding(
        code="netwerk-in-delen",
        titel=f"Zonder het thema valt het netwerk uiteen in {len(delen)} delen",
        tekst=f"Deze groepen ingrediënten delen geen schakel met elkaar; alleen het thema houdt ze "
        f"bijeen. {beschrijving}"
        + (f"; en {aantal(meer, 'deel', 'delen')} meer" if meer > 0 else "")
        + ". Zoek wie in meer delen betrokken is, of breng schakels uit verschillende delen "
        "samen, zodat het netwerk ook zonder dit thema blijft bestaan.",
        regel=regel("netwerk-uiteen"),
        over=tuple(i for deel in delen for i in deel),
        gewicht="aandacht",
    )


def _bevindingen(a: Netwerkanalyse) -> list[Bevinding]:
    netwerk = a.netwerk
    schakels = list(netwerk.schakels.values())
    ing = netwerk.ingredient_tekst
    uit: list[Bevinding] = []

    # 002 instr. 1 stap 2: aan de buitenranden alles wat betrokken is bij het thema.
    if not netwerk.ingredienten:
        uit.append(Bevinding(
            code="geen-ingredienten",
            titel="Nog geen ingrediënten",
            tekst="Op dit tafelkleed staan nog geen ingrediënten. Begin aan de buitenrand: schrijf "
            "alles op wat bij het thema betrokken is (ideeën, mensen, gebouwen, middelen, "
            "beelden) en zoek pas daarna de schakels.",
            regel=regel("netwerk-ingredienten"),
            over=tuple(k.id for k in netwerk.kleden),
            gewicht="actie",
        ))

    # 000 §7 en 002 hfst. 2: wie is de enige verbinding, en wie draagt over.
    kwetsbaar = _kwetsbaar_bevinding(a)
    if kwetsbaar:
        uit.append(kwetsbaar)

    # 002 instr. 1 stap 3: "Verbind via schakels de ingrediënten met het initiatief/thema".
    if a.losse_ingredienten:
        uit.append(Bevinding(
            code="ingredient-zonder-schakel",
            titel="Ingrediënten zonder schakel",
            tekst=f"{aantal(len(a.losse_ingredienten), 'ingrediënt hangt', 'ingrediënten hangen')} "
            f"nog aan geen enkele schakel: {_kort([citaat(ing(i)) for i in a.losse_ingredienten])}"
            ". Zoek wie deze feitelijk met het thema verbindt, liefst iemand uit de buurt.",
            regel=regel("netwerk-verbinden"),
            over=tuple(a.losse_ingredienten),
            gewicht="actie",
        ))

    # 002 instr. 1 stap 5: een momentopname; twee momentopnamen van één kleed tellen niet op.
    if netwerk.opgevolgd:
        uit.append(Bevinding(
            code="momentopname-opgevolgd",
            titel="Een eerdere momentopname telt niet mee",
            tekst="; ".join(
                f"'{oud}' is een eerdere momentopname van '{nieuw}'"
                + (" (zelfde titel en thema, een andere datum; leg het vast met 'vorige' in het "
                   "nieuwe kleed, of geef ze een eigen titel als het twee tafelkleden zijn)"
                   if (oud, nieuw) in netwerk.afgeleid else "")
                for oud, nieuw in netwerk.opgevolgd)
            + ". Alleen de nieuwste telt mee in dit netwerk: wie sindsdien vertrok, is weg en "
            "dus ook niet kwetsbaar. Zet ze naast elkaar met 'stelsel analyse netwerk "
            "--vergelijk OUD NIEUW'.",
            regel=regel("netwerk-momentopname"),
            over=tuple(n for paar in netwerk.opgevolgd for n in paar),
            gewicht="aandacht",
        ))

    # 002 instr. 1 stap 3: "Maak de schakels concreet, liefst met namen."
    zonder_naam = [s for s in schakels if not s.naam]
    if zonder_naam:
        uit.append(Bevinding(
            code="schakel-zonder-naam",
            titel="Schakels zonder naam",
            tekst=f"{aantal(len(zonder_naam), 'schakel staat', 'schakels staan')} er als functie, "
            f"niet als persoon: {_kort([s.label for s in zonder_naam])}. Wie is het feitelijk? "
            "Kijk naar betrokkenheid, niet naar functie.",
            regel=regel("netwerk-namen"),
            over=tuple(s.id for s in zonder_naam),
            gewicht="aandacht",
        ))

    # 002 instr. 1 stap 3: schakels vooral in de lokale gemeenschap.
    lokaal = lokaal_bevinding(a)
    if lokaal:
        uit.append(lokaal)

    # 002 instr. 1 stap 4: individueel of in een groep benaderen.
    zonder_benadering = [s for s in schakels if not s.benadering]
    if zonder_benadering:
        uit.append(Bevinding(
            code="geen-benadering",
            titel="Contact nog niet voorbereid",
            tekst=f"Voor {_kort([s.label for s in zonder_benadering])} is nog niet gekozen hoe je "
            "contact maakt: individueel of in een groep.",
            regel=regel("netwerk-benadering"),
            over=tuple(s.id for s in zonder_benadering),
            gewicht="aandacht",
        ))
    # 002 instr. 1 stap 4: "Benader elke schakel met een eigen verhaal."
    zonder_verhaal = [s for s in schakels if not s.verhaal]
    if zonder_verhaal:
        uit.append(Bevinding(
            code="geen-eigen-verhaal",
            titel="Nog geen eigen verhaal",
            tekst=f"Voor {_kort([s.label for s in zonder_verhaal])} is nog geen eigen verhaal. De "
            "ingrediënten waar de schakel bij betrokken is, geven inspiratie.",
            regel=regel("netwerk-verhaal"),
            over=tuple(s.id for s in zonder_verhaal),
            gewicht="aandacht",
        ))

    # 002 hfst. 3 / instr. 1 stap 5: schakels geven toegang tot andere netwerken.
    for bevinding in (_makelaar_bevinding(a), _delen_bevinding(a)):
        if bevinding:
            uit.append(bevinding)

    # 002 instr. 1 stap 4: schakels uitnodigen voor een eigen netwerkanalyse.
    niet_uitgenodigd = [s for s in schakels if not s.is_uitgenodigd]
    if niet_uitgenodigd:
        uit.append(Bevinding(
            code="niet-uitgenodigd",
            titel="Nog niet uitgenodigd voor een eigen netwerkanalyse",
            tekst=f"{_kort([s.label for s in niet_uitgenodigd])} "
            f"{_ww(len(niet_uitgenodigd), 'is', 'zijn')} nog niet uitgenodigd om zelf een "
            "netwerkanalyse te maken. Zo groeien netwerken uit netwerken.",
            regel=regel("netwerk-uitnodigen"),
            over=tuple(s.id for s in niet_uitgenodigd),
            gewicht="info",
        ))

    # 002 instr. 1 stap 5: de kern, en welke stappen nodig zijn om er te komen.
    kern = kern_bevinding(a)
    if kern:
        uit.append(kern)

    # 002 instr. 1 stap 5: vanuit welke positie wordt er geacteerd?
    posities = posities_bevinding(a)
    if posities:
        uit.append(posities)

    # 002 instr. 1 stap 2: "Er mag ook best een paar keer hetzelfde staan."
    if a.dubbelen:
        uit.append(Bevinding(
            code="bijna-dubbel",
            titel="Hetzelfde ingrediënt, verschillend geschreven",
            tekst="Deze ingrediënten lijken hetzelfde te zeggen en tellen als één: "
            + _kort([" = ".join(citaat(ing(i)) for i in groep) for groep in a.dubbelen]) + ".",
            regel=regel("netwerk-dubbel"),
            over=tuple(i for groep in a.dubbelen for i in groep),
            gewicht="info",
        ))
    return gesorteerd(uit)


# ---------------------------------------------------------------------------------------------
# Analyse


def analyseer_netwerk(
    netwerk: Netwerk, peildatum: dt.date | None = None
) -> Resultaat[Netwerkanalyse]:
    """De netwerkanalyse van een (samengevoegd) netwerk."""
    graaf = bouw_graaf(netwerk)
    gekoppeld = {i for s in netwerk.schakels.values() for i in s.ingredienten}
    rest = _zonder_thema(graaf)
    clusters, makelaars, betweenness, benadering = _clusters_en_makelaars(rest, netwerk)
    kern, dichtbij = _kern_en_kandidaten(netwerk)
    analyse = Netwerkanalyse(
        netwerk=netwerk,
        losse_ingredienten=[i for i in netwerk.ingredienten if i not in gekoppeld],
        kwetsbaar=_wat_verloren_gaat(_kwetsbaar(graaf, netwerk), makelaars, netwerk),
        clusters=clusters,
        makelaars=makelaars,
        betweenness=betweenness,
        benadering=benadering,
        bruggen=_bruggen(graaf),
        dubbelen=bijna_dubbelen({k: i.tekst for k, i in netwerk.ingredienten.items()}),
        kern=kern,
        dichtbij_kern=dichtbij,
    )
    return Resultaat(
        analyse="netwerk",
        peildatum=peildatum,
        kerncijfers=_kerncijfers(analyse),
        bevindingen=tuple(_met_herkomst(_bevindingen(analyse), netwerk)),
        details=analyse,
    )


def _kerncijfers(a: Netwerkanalyse) -> tuple[Kerncijfer, ...]:
    def cijfer(id_: str, label: str, waarde: int, uitleg: str) -> Kerncijfer:
        return Kerncijfer(id=id_, label=label, waarde=waarde, uitleg=uitleg)

    return (
        cijfer("kleden", "tafelkleden", len(a.netwerk.kleden),
               "Zoveel tafelkleden zijn samengevoegd tot dit netwerk."),
        cijfer("schakels", "schakels", len(a.netwerk.schakels),
               "Mensen en groepen die ingrediënten met het thema verbinden."),
        cijfer("ingredienten", "ingrediënten", a.aantal_ingredienten,
               "Ingrediënten, met bijna-dubbelen als één geteld."),
        cijfer("ingredienten-geschreven", "ingrediënten zoals geschreven",
               len(a.netwerk.ingredienten), "Ingrediënten zoals ze op het tafelkleed staan."),
        cijfer("losse-ingredienten", "ingrediënten zonder schakel", len(a.losse_ingredienten),
               "Ingrediënten die nog aan geen enkele schakel hangen."),
        cijfer("lokaal", "schakels uit de lokale gemeenschap", a.telling("lokaal"),
               "Schakels met een achtergrond in de buurt (bewoner, vereniging, ondernemer …)."),
        cijfer("professioneel", "schakels die professional zijn", a.telling("professioneel"),
               "Schakels die er vanuit hun werk zijn."),
        cijfer("achtergrond-onbekend", "schakels met onbekende achtergrond",
               a.telling("onbekend"), "Van hen staat niet vast of ze lokaal of professional zijn."),
        cijfer("kern", "kern (initiatiefnemers en partners)", len(a.kern),
               "Wie het thema draagt."),
        cijfer("kwetsbare-schakels", "schakels die de enige verbinding zijn", len(a.kwetsbaar),
               "Valt een van hen weg, dan raakt het thema ingrediënten kwijt."),
        cijfer("makelaars", "schakels die delen van het netwerk verbinden", len(a.makelaars),
               "Zonder hen vallen delen van het netwerk van elkaar los."),
        cijfer("delen", "delen zonder het thema", len(a.clusters),
               "Groepen ingrediënten die zonder het thema geen schakel met elkaar delen."),
    )


def _met_herkomst(bevindingen: list[Bevinding], netwerk: Netwerk) -> list[Bevinding]:
    """Elke bevinding over een gereconstrueerd tafelkleed zegt dat (herkomst)."""
    gereconstrueerd = [k for k in netwerk.kleden if k.herkomst]
    if not gereconstrueerd:
        return bevindingen
    let_op = (" Let op: dit rust op " + opsomming(
        [f"'{k.naam}' ({k.herkomst})" for k in gereconstrueerd]) + ".")
    return [replace(b, tekst=b.tekst + let_op) for b in bevindingen]


def analyseer_kleden(
    kleden: list[tuple[str, Tafelkleed]], midden: str | None = None,
    peildatum: dt.date | None = None,
) -> Resultaat[Netwerkanalyse]:
    """Voeg tafelkleden (weergavenaam, model) samen en analyseer het netwerk."""
    return analyseer_netwerk(voeg_samen(kleden, midden), peildatum)


def actuele_kleden(
    bronnen: Sequence[Bron[Tafelkleed]], vandaag: dt.date
) -> tuple[list[tuple[str, Tafelkleed]], str | None]:
    """De tafelkleden die meedoen, met het midden.

    Een bron zonder dossier doet mee zoals ze is. Uit een dossier doet per keten van
    momentopnamen (``vorige``) de nieuwste mee die op ``vandaag`` bestond, met haar pad in het
    dossier als naam, rond het actuele thema van het dossier (zie
    :mod:`stelselkit.lezen.netwerkbron`).
    """
    from stelselkit.lezen.netwerkbron import kleden_van_dossier, midden_van_dossier

    kleden: list[tuple[str, Tafelkleed]] = []
    midden: str | None = None
    gedaan: set[int] = set()
    for ingelezen, model, dossier in bronnen:
        if dossier is None:
            kleden.append((ingelezen.naam, model))
            continue
        if id(dossier) in gedaan:
            continue
        gedaan.add(id(dossier))
        gegeven = {i.pad.resolve() for i, _, d in bronnen if d is dossier}
        uit_dossier = [(naam, kleed) for naam, kleed in kleden_van_dossier(dossier, vandaag)
                       if (dossier.map / naam).resolve() in gegeven]
        midden = midden or midden_van_dossier(dossier, uit_dossier)
        kleden.extend(uit_dossier)
    return kleden, midden


def analyseer(bronnen: Sequence[Bron[Tafelkleed]], vandaag: dt.date) -> Resultaat[Netwerkanalyse]:
    """Het contract: tafelkleden (elk met het dossier eromheen) als één netwerk."""
    kleden, midden = actuele_kleden(bronnen, vandaag)
    return analyseer_kleden(kleden, midden, vandaag)


@dataclass(frozen=True)
class _Netwerkanalyse(Analyse[Tafelkleed]):
    """De netwerkanalyse in het register: geen rapport als er op de peildatum nog geen
    tafelkleed was."""

    def op_dossier(self, dossier: Dossier, vandaag: dt.date) -> Resultaat[Any] | None:
        from stelselkit.lezen.netwerkbron import kleden_van_dossier

        if not kleden_van_dossier(dossier, vandaag):
            return None
        return super().op_dossier(dossier, vandaag)


ANALYSE = _Netwerkanalyse(
    naam="netwerk",
    titel="Netwerkanalyse",
    soort=Tafelkleed,
    analyseer=analyseer,
)
