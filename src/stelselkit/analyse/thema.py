"""Thema-analyse: vakken, naam, tijdlijn, netwerkje en knooppunten (002, hoofdstuk 6, instrument 2;
001, §4.2).

Een thema-analyse ordent het eigen verhaal en alles wat de lokale gemeenschap over een thema
weet. De analyse leest het thema-analysebestand en, als het in een dossier ligt, de
dorpsgesprekken, brainstormborden, gesprekstafels, tafelkleden en patroononderzoeken die het onder
``bronnen`` noemt. Voor het netwerkje kijkt ze in alle tafelkleden van het dossier. De
knooppunten (het nodale netwerk) komen uit :mod:`stelselkit.analyse.knooppunten`, de tijdlijn en
haar controles uit :mod:`stelselkit.analyse.tijdlijn`, de woorden uit :mod:`stelselkit.woorden`.

Elke bevinding noemt in ``over`` eerst de id van de thema-analyse en daarna de items waar ze
over gaat (vakken, momenten, initiatieven, personen, vragen). Over meer thema-analyses samen is
er één bevinding per code (:func:`stelselkit.analyse.een_per_code`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from stelselkit.analyse import (
    Analyse,
    Bevinding,
    Bron,
    Kerncijfer,
    Resultaat,
    een_per_code,
    gesorteerd,
)
from stelselkit.analyse.knooppunten import (
    VAKKEN,
    Knooppunt,
    Labels,
    Nodaal,
    bekende_namen,
    bronlabels,
    midden_van,
    vakken_van_analyse,
    vakken_van_bron,
    zelfde_bronnen,
    zoek_knooppunten,
)
from stelselkit.analyse.tijdlijn import (
    Tijdmoment,
    Tussenpoos,
    tijdlijn_bevindingen,
    tijdmomenten,
    tussenpozen,
)
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Brainstormbord, Dorpsgesprek, Gesprekstafel, Tafelkleed, ThemaAnalyse
from stelselkit.model.thema_analyse import BRONSOORTEN, Betrokkene
from stelselkit.regels import regel
from stelselkit.taal import aantal, opsomming
from stelselkit.woorden import genormaliseerd, kernwoorden, probleemwoorden_in, slug

DUN_GRENS = 2

# Welke vakken van bronnen materiaal leveren voor welk vak van de thema-analyse (001 §4.2).
VOEDING: dict[str, tuple[tuple[str, str], ...]] = {
    "ideeen": (("brainstormbord", "wensen"), ("brainstormbord", "mogelijkheden"),
               ("dorpsgesprek", "signalen")),
    "voorbeelden": (("brainstormbord", "voorbeelden"),),
    "initiatieven": (("gesprekstafel", "tafels"), ("dorpsgesprek", "signalen")),
    "uitspraken": (("dorpsgesprek", "reacties"),),
    "netwerkje": (("tafelkleed", "schakels"), ("gesprekstafel", "wie")),
}


def _naam_bevinding(bestand: str, analyse: ThemaAnalyse) -> Bevinding | None:
    problemen = probleemwoorden_in(analyse.naam)
    if not problemen:
        return None
    # 002 hfst. 4 stap 1: "'overlast' buigen we ... om naar een aantrekkelijk thema waaraan we
    # kunnen bouwen, bijvoorbeeld 'ontdek de ruimte'"; 002 instr. 2: kies een uitnodigende naam.
    bouwstenen = [w for w in analyse.woorden if not probleemwoorden_in(w)]
    if analyse.woorden:
        herkomst = "De naam komt uit de woorden: " + ", ".join(analyse.woorden) + "."
        if bouwstenen:
            herkomst += " Woorden om op te bouwen: " + ", ".join(bouwstenen) + "."
    else:
        herkomst = "Er staan geen woorden bij waaruit de naam gekozen is; begin met een brainstorm."
    return Bevinding(
        code="naam-probleemwoord",
        titel=f"De naam '{analyse.naam}' is gebouwd op een probleem: " + ", ".join(problemen),
        tekst=(
            "Buig het probleem om naar een aantrekkelijke, uitnodigende naam waaraan iedereen kan "
            "bouwen, zoals 'overlast' → 'ontdek de ruimte' (ruimte in de eigen buurt voor oud en "
            f"jong). {herkomst}"
        ),
        regel=regel("thema-naam"),
        over=(bestand, analyse.naam, *problemen),
        gewicht="actie",
    )



@dataclass(frozen=True)
class Vakstand:
    """Hoeveel er in een vak van de thema-analyse staat."""

    sleutel: str
    naam: str
    aantal: int

    def als_dict(self) -> dict[str, object]:
        return {"vak": self.sleutel, "naam": self.naam, "aantal": self.aantal}


@dataclass(frozen=True)
class Netwerkpersoon:
    """Iemand uit het netwerkje, en het tafelkleed waarop hij of zij al staat."""

    label: str
    tafelkleed: str | None

    def als_dict(self) -> dict[str, object]:
        return {"wie": self.label, "tafelkleed": self.tafelkleed}


@dataclass
class ThemaUitkomst:
    """De analyse van één thema-analysebestand."""

    id: str
    bestand: str
    naam: str
    woorden: list[str]
    bronnen: list[tuple[str, str]]  # (id, label) van de gelezen bronnen
    vakken: list[Vakstand]
    knooppunten: tuple[Knooppunt, ...]
    woorden_terug: tuple[Knooppunt, ...]  # terugkerende woorden (geen knooppunten)
    tijdlijn: list[Tijdmoment]
    tussenpozen: list[Tussenpoos]
    netwerkje: list[Netwerkpersoon]
    bevindingen: list[Bevinding]
    # vragen van de brainstormborden zonder antwoord, waar ook nog geen idee of initiatief aan
    # raakt (het kerncijfer 'open vragen'); ze staan ook in de bevinding open-vraag
    open_vragen: list[str] = field(default_factory=list)

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "bestand": self.bestand,
            "naam": self.naam,
            "woorden": self.woorden,
            "bronnen": [{"id": i, "naam": label} for i, label in self.bronnen],
            "vakken": [v.als_dict() for v in self.vakken],
            "knooppunten": [k.als_dict() for k in self.knooppunten],
            "terugkerende_woorden": [k.als_dict() for k in self.woorden_terug],
            "tijdlijn": [m.als_dict() for m in self.tijdlijn],
            "voorbereiding": [p.als_dict() for p in self.tussenpozen],
            "netwerkje": [p.als_dict() for p in self.netwerkje],
            "bevindingen": [b.als_dict() for b in self.bevindingen],
        }


def _zoek_bronnen(
    analyse: ThemaAnalyse, dossier: Dossier | None
) -> tuple[list[Ingelezen], list[str]]:
    gevonden: list[Ingelezen] = []
    onbekend: list[str] = []
    for bron in analyse.bronnen:
        ingelezen = dossier.zoek(bron, BRONSOORTEN) if dossier is not None else None
        if ingelezen is None:
            onbekend.append(bron)
        elif ingelezen not in gevonden:
            gevonden.append(ingelezen)
    return gevonden, onbekend


def _vakstanden(analyse: ThemaAnalyse) -> list[Vakstand]:
    aantallen = {
        "woorden": len(analyse.woorden),
        "verhaal": 1 if analyse.verhaal else 0,
        "ideeen": len(analyse.ideeen),
        "voorbeelden": len(analyse.voorbeelden),
        "initiatieven": len(analyse.initiatieven),
        "uitspraken": len(analyse.uitspraken),
        "netwerkje": len(analyse.netwerkje),
    }
    return [Vakstand(s, n, aantallen[s]) for s, n in VAKKEN]


def _voeding(vak: str, bronnen: list[Ingelezen], labels: Labels) -> list[str]:
    """Materiaal in de bronnen dat in een leeg of dun vak past, als 'aantal vaknaam in bron'."""
    regels = []
    for ingelezen in bronnen:
        model = ingelezen.model
        assert model is not None
        for soort, bronvak in VOEDING.get(vak, ()):
            if soort != model.SOORT:
                continue
            if bronvak == "wie" and isinstance(model, Gesprekstafel):
                aantal = sum(len(t.wie) for t in model.tafels)
            else:
                aantal = len(getattr(model, bronvak))
            if aantal:
                regels.append(f"{aantal} {bronvak} in {labels[(ingelezen.soort, ingelezen.id)]}")
    return regels


def _vak_bevindingen(
    bestand: str, analyse: ThemaAnalyse, standen: list[Vakstand], bronnen: list[Ingelezen]
) -> list[Bevinding]:
    bevindingen = []
    vakregel = regel("thema-vakken")
    labels = bronlabels(bronnen)
    leeg: list[tuple[Vakstand, list[str]]] = []
    dun: list[tuple[Vakstand, list[str]]] = []
    for stand in standen:
        if stand.aantal >= DUN_GRENS or (stand.sleutel == "verhaal" and stand.aantal):
            continue
        (leeg if stand.aantal == 0 else dun).append(
            (stand, _voeding(stand.sleutel, bronnen, labels)))
    # 002 instr. 2: de vakken van de thema-analyse (zie ``regel``). Eén bevinding op deze regel
    # (#15): eerst de lege vakken (aandacht), dan de dunne; de code is die van het eerste deel.
    vakken = leeg + dun
    if vakken:
        titels = []
        delen = []
        if leeg:
            namen = [f"'{stand.naam}'" for stand, _ in leeg]
            titels.append(f"{aantal(len(leeg), 'leeg vak', 'lege vakken')}: {opsomming(namen)}")
            delen.append(f"Leeg: {opsomming(namen)}.")
        if dun:
            namen = [f"'{stand.naam}'" for stand, _ in dun]
            titels.append(f"{aantal(len(dun), 'dun vak', 'dunne vakken')}: {opsomming(namen)}")
            delen.append("Maar één item in " + opsomming(namen) + ".")
        tekst = " ".join(delen)
        materiaal = [f"voor '{stand.naam}': " + "; ".join(m) for stand, m in vakken if m]
        if materiaal:
            tekst += " In de bronnen staat materiaal dat past, " + "; ".join(materiaal) + "."
        if len(materiaal) < len(vakken):
            tekst += (
                " Vraag in gesprekken door en schrijf associatief aan, wisselend tussen de vakken."
            )
        bevindingen.append(Bevinding(
            code="leeg-vak" if leeg else "dun-vak",
            titel="; ".join(titels),
            tekst=tekst,
            regel=vakregel,
            over=(bestand, *(stand.sleutel for stand, _ in vakken)),
            gewicht="aandacht" if leeg else "info",
        ))
    if analyse.initiatieven and not any(i.eigen for i in analyse.initiatieven):
        # 002 instr. 2: "welke initiatieven er al zijn en welke initiatieven je zelf wilt nemen".
        bevindingen.append(Bevinding(
            code="geen-eigen-initiatief",
            titel="Alleen bestaande initiatieven, geen eigen initiatief",
            tekst=(
                "Naast wat er al is, hoort in een thema-analyse ook wat je zelf wilt beginnen. "
                "Voeg een initiatief toe met 'eigen: true'."
            ),
            regel=regel("thema-eigen-initiatief"),
            over=(bestand,),
            gewicht="info",
        ))
    return bevindingen


def _initiatief_bevindingen(
    bestand: str, analyse: ThemaAnalyse, bronnen: list[Ingelezen], dossier: Dossier | None
) -> list[Bevinding]:
    alle_tafels = [
        tafel
        for _, gesprek in (dossier.van_soort(Gesprekstafel) if dossier is not None else [])
        for tafel in gesprek.tafels
    ]
    zonder: list[tuple[str, str]] = []  # (id, naam)
    for initiatief in analyse.initiatieven:
        if initiatief.wie:
            continue
        eigen_naam = genormaliseerd(initiatief.naam)
        tafel_met_wie = any(
            t.wie and (t.id == initiatief.tafel or genormaliseerd(t.initiatief) == eigen_naam)
            for t in alle_tafels
        )
        if not tafel_met_wie:
            zonder.append((initiatief.id, initiatief.naam))
    for ingelezen in bronnen:
        if isinstance(ingelezen.model, Gesprekstafel):
            zonder += [(t.id, t.initiatief) for t in ingelezen.model.tafels if not t.wie]
    if not zonder:
        return []
    # 001 §4.2 (gesprekstafels): "Aan betrokken bewoners en professionals wordt gevraagd om zich
    # daadwerkelijk te verbinden met het initiatief" — wie verbindt zich eraan en op welke wijze.
    return [Bevinding(
        code="initiatief-zonder-wie",
        titel=aantal(len(zonder), "initiatief", "initiatieven")
        + " zonder iemand die zich eraan verbindt",
        tekst=(
            "Niemand heeft zich (nog) verbonden aan: "
            + ", ".join(f"'{naam}'" for _, naam in zonder)
            + ". Nodig initiatiefnemers en betrokkenen uit aan een gesprekstafel en vraag wie "
            "zich eraan verbindt en op welke wijze."
        ),
        regel=regel("np-tafelkaart"),
        over=(bestand, *(i for i, _ in zonder)),
        gewicht="actie",
    )]


def _antwoorders(analyse: ThemaAnalyse, bronnen: list[Ingelezen]) -> list[tuple[str, str]]:
    """Ideeën en initiatieven die een vraag kunnen beantwoorden: (omschrijving, tekst)."""
    kandidaten = [(f"idee '{i.tekst}'", i.tekst) for i in analyse.ideeen]
    kandidaten += [
        (f"initiatief '{i.naam}'", f"{i.naam} {i.omschrijving or ''}") for i in analyse.initiatieven
    ]
    for ingelezen in bronnen:
        model = ingelezen.model
        if isinstance(model, Brainstormbord):
            kandidaten += [(f"mogelijkheid '{m.tekst}'", m.tekst) for m in model.mogelijkheden]
        elif isinstance(model, Gesprekstafel):
            kandidaten += [
                (f"tafel '{t.initiatief}'", " ".join([t.initiatief, *t.ambities]))
                for t in model.tafels
            ]
        elif isinstance(model, Dorpsgesprek):
            kandidaten += [(f"signaal '{s.tekst}'", s.tekst) for s in model.signalen]
    return kandidaten


def _vragen(
    analyse: ThemaAnalyse, bronnen: list[Ingelezen], midden: frozenset[str]
) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """De vragen van de brainstormborden zonder antwoord: die waar nog niets aan raakt, en die
    waar al een idee of initiatief aan raakt (met wat eraan raakt)."""
    kandidaten = [
        (label, kernwoorden(tekst) - midden) for label, tekst in _antwoorders(analyse, bronnen)
    ]
    open_vragen: list[str] = []
    mogelijk: list[tuple[str, list[str]]] = []
    for ingelezen in bronnen:
        if not isinstance(ingelezen.model, Brainstormbord):
            continue
        for vraag in ingelezen.model.vragen:
            if vraag.antwoord:
                continue
            # Een idee of initiatief raakt een vraag als het er twee inhoudswoorden mee deelt
            # (één, als de vraag er maar één heeft).
            eigen = kernwoorden(vraag.tekst) - midden
            nodig = min(2, len(eigen))
            raakt = [
                label for label, woorden in kandidaten if nodig and len(eigen & woorden) >= nodig
            ]
            if raakt:
                mogelijk.append((vraag.tekst, raakt))
            else:
                open_vragen.append(vraag.tekst)
    return open_vragen, mogelijk


def _vraag_bevinding(
    bestand: str, open_vragen: list[str], mogelijk: list[tuple[str, list[str]]]
) -> Bevinding | None:
    """001 §4.2: een vraag zonder antwoord is een aanknopingspunt voor een nieuw initiatief.

    Eén bevinding op deze regel voor alle vragen zonder antwoord: eerst die waar nog niets aan
    raakt (aandacht), dan die waar al een idee of initiatief aan raakt (alleen die: info).
    """
    if not open_vragen and not mogelijk:
        return None
    titel = (aantal(len(open_vragen) + len(mogelijk), "vraag", "vragen")
             + " van het brainstormbord nog zonder antwoord")
    delen = []
    if open_vragen:
        delen.append("Geen idee of initiatief beantwoordt nog: "
                     + "; ".join(f"'{v}'" for v in open_vragen)
                     + ". Zoek wie het antwoord weet, of stimuleer een initiatief dat het "
                     "oppakt.")
    if mogelijk:
        titel += (f"; aan {len(mogelijk)} daarvan raakt al een idee of initiatief"
                  if open_vragen else "; er raakt al een idee of initiatief aan")
        delen.append(f"Aan {'deze vraag' if len(mogelijk) == 1 else 'deze vragen'} raakt al "
                     "een idee of initiatief: "
                     + "; ".join(f"'{v}' ← {', '.join(r)}" for v, r in mogelijk)
                     + ". Ga na of dat het antwoord is.")
    return Bevinding(
        code="open-vraag",
        titel=titel,
        tekst=" ".join(delen) + " Noteer het antwoord op het bord ('antwoord:').",
        regel=regel("np-signaal-opvolgen"),
        over=(bestand, *open_vragen, *(v for v, _ in mogelijk)),
        gewicht="aandacht" if open_vragen else "info",
    )


def _zelfde_persoon(
    persoon: Betrokkene, sleutel: str | None, naam: str | None, rol: str | None
) -> bool:
    if persoon.schakel and persoon.schakel == sleutel:
        return True
    if persoon.naam and sleutel and slug(persoon.naam) == sleutel:
        return True
    if persoon.naam and naam:
        return genormaliseerd(persoon.naam) == genormaliseerd(naam)
    return bool(persoon.rol and rol and genormaliseerd(persoon.rol) == genormaliseerd(rol))


def netwerkje_in_tafelkleden(
    netwerkje: list[Betrokkene], tafelkleden: list[tuple[Ingelezen, Tafelkleed]]
) -> list[Netwerkpersoon]:
    """Per persoon uit het netwerkje: het eerste tafelkleed waarop hij of zij staat.

    Vergeleken wordt op schakel-id (``schakel:`` of de naam als id), op naam, en als een van
    beiden geen naam heeft op rol; alles zonder hoofdletters, accenten en leestekens.
    """
    uitkomst = []
    for persoon in netwerkje:
        gevonden = None
        for ingelezen, kleed in tafelkleden:
            kandidaten: list[tuple[str | None, str | None, str | None]] = [
                (k, s.naam, s.rol) for k, s in kleed.schakels.items()]
            kandidaten += [(None, p.naam, p.rol) for p in kleed.gemaakt_door]
            if any(_zelfde_persoon(persoon, *k) for k in kandidaten):
                gevonden = ingelezen.id
                break
        uitkomst.append(Netwerkpersoon(persoon.label, gevonden))
    return uitkomst


def _netwerkje_bevinding(
    bestand: str, netwerkje: list[Netwerkpersoon], aantal_tafelkleden: int
) -> Bevinding | None:
    nog_niet = [p.label for p in netwerkje if p.tafelkleed is None]
    if not nog_niet:
        return None
    waar = (
        "op geen enkel tafelkleed van dit dossier" if aantal_tafelkleden
        else "nog niet op een tafelkleed (het dossier heeft er nog geen)"
    )
    # 002 instr. 2: het netwerkje geeft zicht op mensen die je kunt uitnodigen voor een
    # netwerkanalyse; 002 instr. 1 stap 4: schakels uitnodigen voor een eigen netwerkanalyse.
    return Bevinding(
        code="netwerkje-uitnodigen",
        titel=(
            f"{aantal(len(nog_niet), 'persoon', 'personen')} uit het netwerkje uitnodigen "
            "voor een netwerkanalyse"
        ),
        tekst=(
            f"Staan {waar}: " + ", ".join(nog_niet) + ". Nodig ze uit om samen een tafelkleed te "
            "maken; zo groeit het netwerk vanuit het netwerk."
        ),
        regel=regel("thema-netwerkje"),
        over=(bestand, *nog_niet),
        gewicht="actie",
    )


def _knooppunt_bevinding(bestand: str, nodaal: Nodaal) -> Bevinding:
    # 002 instr. 2: "Een nodaal netwerk heeft niet één kern, maar een geheel van knooppunten.
    # Door te communiceren komen knooppunten (nodes) in beeld."
    vakregel = regel("thema-knooppunten")
    woorden = ", ".join(f"'{w.term}'" for w in nodaal.woorden[:5])
    if not nodaal.knooppunten:
        return Bevinding(
            code="geen-knooppunten",
            titel="Nog geen knooppunten: geen persoon, plek of initiatief komt in twee bronnen "
            "terug",
            tekst=(
                (f"Alleen woorden komen terug ({woorden}); dat zijn nog geen knooppunten. "
                 if woorden else "")
                + "Een knooppunt is een persoon, plek of initiatief waar verschillende mensen "
                "over spreken: verzamel uitspraken in gesprekken en noem de bronnen "
                "(dorpsgesprekken, brainstormborden, gesprekstafels) onder 'bronnen'."
            ),
            regel=vakregel,
            over=(bestand,),
        )
    top = nodaal.knooppunten[:5]
    return Bevinding(
        code="knooppunten",
        titel=f"{aantal(len(nodaal.knooppunten), 'knooppunt', 'knooppunten')}; het sterkst: "
        + ", ".join(k.term for k in top[:3]),
        tekst=(
            "; ".join(f"'{k.term}' ({k.soort}) in {aantal(len(k.bronnen), 'bron', 'bronnen')}"
                      for k in top)
            + ". Gebruik ze als aanknopingspunten voor communicatie en nodig de mensen, plekken "
            "en initiatieven erachter uit."
            + (f" Terugkerende woorden: {woorden}." if woorden else "")
        ),
        regel=vakregel,
        over=(bestand, *(k.term for k in top)),
        gewicht="info",
    )


def _bron_bevinding(bestand: str, onbekend: list[str], in_dossier: bool) -> Bevinding | None:
    if not onbekend:
        return None
    waarom = (
        "staan niet in dit dossier" if in_dossier
        else "zijn niet te lezen: het bestand ligt niet in een dossier"
    )
    # 002 instr. 2: de thema-analyse verzamelt alles wat bekend is; 001 §4.2: dorpsgesprekken,
    # brainstormborden en gesprekstafels voeden haar.
    return Bevinding(
        code="bron-onbekend",
        titel=f"{len(onbekend)} bron(nen) niet gevonden",
        tekst=f"De bronnen {', '.join(onbekend)} {waarom}; hun materiaal telt niet mee.",
        regel=regel("thema-bronnen"),
        over=(bestand, *onbekend),
    )


def _met_herkomst(bevindingen: list[Bevinding], analyse: ThemaAnalyse, id: str,
                  bronnen: list[Ingelezen]) -> list[Bevinding]:
    """Elke bevinding over een gereconstrueerde thema-analyse of bron zegt dat (herkomst)."""
    vermeldingen = [f"'{id}' ({analyse.herkomst.vermelding})"] if (
        analyse.herkomst and analyse.herkomst.vermelding) else []
    for bron in bronnen:
        herkomst = getattr(bron.model, "herkomst", None)
        if herkomst is not None and herkomst.vermelding:
            vermeldingen.append(f"'{bron.id}' ({herkomst.vermelding})")
    if not vermeldingen:
        return bevindingen
    let_op = " Let op: dit rust (deels) op " + opsomming(vermeldingen) + "."
    return [replace(b, tekst=b.tekst + let_op) for b in bevindingen]


def analyseer_een(
    analyse: ThemaAnalyse,
    dossier: Dossier | None,
    vandaag: dt.date,
    *,
    id: str,
    bestand: str,
) -> ThemaUitkomst:
    """Analyseer één thema-analyse (met de bronnen uit het dossier, als dat er is)."""
    bronnen, onbekend = _zoek_bronnen(analyse, dossier)
    midden = midden_van(analyse, dossier)
    labels = bronlabels(bronnen)
    vakken = vakken_van_analyse(analyse, id)
    for bron in bronnen:
        vakken += vakken_van_bron(bron, labels)
    nodaal = zoek_knooppunten(vakken, bekende_namen(analyse, bronnen), midden, id,
                              zelfde_bronnen(bronnen))
    standen = _vakstanden(analyse)
    momenten = tijdmomenten(analyse)
    tafelkleden = dossier.van_soort(Tafelkleed) if dossier is not None else []
    netwerkje = netwerkje_in_tafelkleden(analyse.netwerkje, tafelkleden)

    bevindingen: list[Bevinding] = [_knooppunt_bevinding(id, nodaal)]
    naam = _naam_bevinding(id, analyse)
    if naam:
        bevindingen.append(naam)
    bevindingen += _vak_bevindingen(id, analyse, standen, bronnen)
    bevindingen += _initiatief_bevindingen(id, analyse, bronnen, dossier)
    open_vragen, mogelijk = _vragen(analyse, bronnen, midden)
    vragen = _vraag_bevinding(id, open_vragen, mogelijk)
    if vragen:
        bevindingen.append(vragen)
    bevindingen += tijdlijn_bevindingen(id, momenten, vandaag)
    netwerk = _netwerkje_bevinding(id, netwerkje, len(tafelkleden))
    if netwerk:
        bevindingen.append(netwerk)
    onvindbaar = _bron_bevinding(id, onbekend, dossier is not None)
    if onvindbaar:
        bevindingen.append(onvindbaar)

    return ThemaUitkomst(
        id=id,
        bestand=bestand,
        naam=analyse.naam,
        woorden=list(analyse.woorden),
        bronnen=[(b.id, labels[(b.soort, b.id)]) for b in bronnen],
        vakken=standen,
        knooppunten=nodaal.knooppunten,
        woorden_terug=nodaal.woorden,
        tijdlijn=momenten,
        tussenpozen=tussenpozen(momenten),
        netwerkje=netwerkje,
        bevindingen=gesorteerd(_met_herkomst(bevindingen, analyse, id, bronnen)),
        open_vragen=open_vragen,
    )



@dataclass(frozen=True)
class Thema:
    """De details van de thema-analyse: per thema-analysebestand wat erin en eromheen staat."""

    vandaag: dt.date
    analyses: tuple[ThemaUitkomst, ...]

    def als_dict(self) -> dict[str, Any]:
        return {"analyses": [a.als_dict() for a in self.analyses]}


def _telling(analyses: Sequence[ThemaUitkomst], code: str) -> int:
    # ``over`` begint met de id van de thema-analyse; daarna de items zelf.
    return sum(len(b.over) - 1 for a in analyses for b in a.bevindingen if b.code == code)


def _kerncijfers(analyses: Sequence[ThemaUitkomst]) -> tuple[Kerncijfer, ...]:
    return (
        Kerncijfer(id="thema-analyses", label="thema-analyses", waarde=len(analyses),
                   uitleg="Zoveel thema-analyses zijn gelezen."),
        Kerncijfer(id="knooppunten", label="knooppunten",
                   waarde=sum(len(a.knooppunten) for a in analyses),
                   uitleg="Namen en woorden die in meer vakken of bronnen terugkomen."),
        Kerncijfer(id="lege-vakken", label="lege vakken",
                   waarde=sum(1 for a in analyses for v in a.vakken if v.aantal == 0),
                   uitleg="Vakken van de thema-analyse waar nog niets in staat."),
        Kerncijfer(id="momenten", label="momenten op de tijdlijn",
                   waarde=sum(len(a.tijdlijn) for a in analyses),
                   uitleg="Start, ontmoetingsmomenten en manifestatiemoment samen."),
        Kerncijfer(id="momenten-zonder-uitkomst", label="momenten zonder uitkomst",
                   waarde=_telling(analyses, "moment-zonder-uitkomst"),
                   uitleg="Voorbije momenten waarvan niet is opgeschreven wat ze opleverden."),
        Kerncijfer(id="open-vragen", label="open vragen",
                   waarde=sum(len(a.open_vragen) for a in analyses),
                   uitleg="Vragen van het brainstormbord zonder antwoord of initiatief."),
        Kerncijfer(id="netwerkje-uitnodigen", label="netwerkje uit te nodigen",
                   waarde=_telling(analyses, "netwerkje-uitnodigen"),
                   uitleg="Mensen uit het netwerkje die nog op geen tafelkleed staan."),
    )


def analyseer(bronnen: Sequence[Bron[ThemaAnalyse]], vandaag: dt.date) -> Resultaat[Thema]:
    """Thema-analyses, elk met het dossier eromheen (voor bronnen en tafelkleden)."""
    analyses = tuple(
        analyseer_een(model, dossier, vandaag, id=ingelezen.id, bestand=ingelezen.naam)
        for ingelezen, model, dossier in bronnen
    )
    return Resultaat(
        analyse=ANALYSE.naam,
        peildatum=vandaag,
        kerncijfers=_kerncijfers(analyses),
        bevindingen=tuple(gesorteerd(een_per_code(
            [(a.naam, a.bevindingen) for a in analyses],
            ("andere thema-analyse", "andere thema-analyses")))),
        details=Thema(vandaag, analyses),
    )


ANALYSE = Analyse(
    naam="thema",
    titel="Thema-analyse",
    soort=ThemaAnalyse,
    analyseer=analyseer,
)
