"""Twee momentopnamen van een netwerk naast elkaar (``stelsel analyse netwerk --vergelijk``).

Een netwerkanalyse is een momentopname: "posities kunnen verschuiven, betrokkenheid kan groeien
of juist afnemen" (002 instr. 1 stap 5). Deze vergelijking zegt wie erbij kwam, wie vertrok, wie
naar de kern schoof of ervan af, wie er een positie bij nam, welke ingrediënten kwamen en gingen,
en of het netwerk na een vertrek in meer delen uiteenvalt (000 §7: verantwoordelijkheid kan
verdwijnen als schakels verdwijnen).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stelselkit.analyse import Bevinding, Kerncijfer, Resultaat, gesorteerd
from stelselkit.analyse.netwerk import analyseer_netwerk, citaat
from stelselkit.analyse.netwerkgraaf import POSITIE_VOLGORDE, Netwerk
from stelselkit.regels import regel
from stelselkit.taal import aantal, opsomming_kort


@dataclass(frozen=True)
class Verschuiving:
    """Een schakel die van positie veranderde (beste positie, oud → nieuw)."""

    schakel: str
    label: str
    van: str
    naar: str

    @property
    def richting(self) -> str:
        naar_kern = POSITIE_VOLGORDE.index(self.naar) < POSITIE_VOLGORDE.index(self.van)
        return "naar de kern" if naar_kern else "van de kern af"


@dataclass(frozen=True)
class PositieErbij:
    """Een schakel die een positie bij nam (of losliet) terwijl de beste positie bleef."""

    schakel: str
    label: str
    erbij: tuple[str, ...]
    eraf: tuple[str, ...]


@dataclass
class Vergelijking:
    """Twee momentopnamen van een netwerk naast elkaar."""

    oud: Netwerk
    nieuw: Netwerk
    bijgekomen: list[str]
    vertrokken: list[str]
    verschuivingen: list[Verschuiving]
    posities_erbij: list[PositieErbij]
    nieuwe_ingredienten: list[str]
    verdwenen_ingredienten: list[str]
    verweesd: list[str]  # ingrediënten die een vertrokken schakel had en nu geen schakel meer
    delen_oud: list[tuple[str, ...]]  # de delen zonder het thema (ingrediënten per deel)
    delen_nieuw: list[tuple[str, ...]]

    def kerncijfers(self) -> tuple[Kerncijfer, ...]:
        naar = sum(v.richting == "naar de kern" for v in self.verschuivingen)
        rijen: tuple[tuple[str, str, int], ...] = (
            ("schakels-oud", "schakels eerst", len(self.oud.schakels)),
            ("schakels-nieuw", "schakels nu", len(self.nieuw.schakels)),
            ("bijgekomen", "schakels bijgekomen", len(self.bijgekomen)),
            ("vertrokken", "schakels vertrokken", len(self.vertrokken)),
            ("naar-de-kern", "naar de kern", naar),
            ("van-de-kern-af", "van de kern af", len(self.verschuivingen) - naar),
            ("positie-erbij", "een positie erbij of eraf", len(self.posities_erbij)),
            ("nieuwe-ingredienten", "nieuwe ingrediënten", len(self.nieuwe_ingredienten)),
            ("verdwenen-ingredienten", "verdwenen ingrediënten",
             len(self.verdwenen_ingredienten)),
            ("delen-oud", "delen zonder het thema, eerst", len(self.delen_oud)),
            ("delen-nieuw", "delen zonder het thema, nu", len(self.delen_nieuw)),
        )
        return tuple(Kerncijfer(id=i, label=label, waarde=w) for i, label, w in rijen)

    def als_dict(self) -> dict[str, Any]:
        return {
            "oud": [k.als_dict() for k in self.oud.kleden],
            "nieuw": [k.als_dict() for k in self.nieuw.kleden],
            "bijgekomen": [{"id": s, "label": self.nieuw.schakel_label(s)}
                           for s in self.bijgekomen],
            "vertrokken": [{"id": s, "label": self.oud.schakel_label(s)}
                           for s in self.vertrokken],
            "verschuivingen": [{"id": v.schakel, "label": v.label, "van": v.van,
                                "naar": v.naar, "richting": v.richting}
                               for v in self.verschuivingen],
            "posities_erbij": [{"id": p.schakel, "label": p.label, "erbij": list(p.erbij),
                                "eraf": list(p.eraf)} for p in self.posities_erbij],
            "nieuwe_ingredienten": [{"id": i, "tekst": self.nieuw.ingredient_tekst(i)}
                                    for i in self.nieuwe_ingredienten],
            "verdwenen_ingredienten": [{"id": i, "tekst": self.oud.ingredient_tekst(i)}
                                       for i in self.verdwenen_ingredienten],
            "verweesd": self.verweesd,
            "delen_oud": [list(d) for d in self.delen_oud],
            "delen_nieuw": [list(d) for d in self.delen_nieuw],
        }


def vergelijk(oud: Netwerk, nieuw: Netwerk) -> Resultaat[Vergelijking]:
    """Wie kwam erbij, wie vertrok, wie schoof op, welke ingrediënten kwamen en gingen."""
    bijgekomen = [s for s in nieuw.schakels if s not in oud.schakels]
    vertrokken = [s for s in oud.schakels if s not in nieuw.schakels]
    verschuivingen = []
    erbij = []
    for sleutel, schakel in nieuw.schakels.items():
        vroeger = oud.schakels.get(sleutel)
        if not (vroeger and vroeger.beste_positie and schakel.beste_positie):
            continue
        if vroeger.beste_positie != schakel.beste_positie:
            verschuivingen.append(Verschuiving(sleutel, schakel.label, vroeger.beste_positie,
                                               schakel.beste_positie))
        # Een positie erbij (of eraf), ook als de nieuwe dichter bij de kern ligt: wie
        # schakel bleef en ook partner werd, neemt er een positie bij (002 instr. 1 stap 5).
        if vroeger.posities != schakel.posities and (
                vroeger.beste_positie == schakel.beste_positie
                or vroeger.beste_positie in schakel.posities):
            erbij.append(PositieErbij(
                sleutel, schakel.label,
                tuple(p for p in schakel.posities if p not in vroeger.posities),
                tuple(p for p in vroeger.posities if p not in schakel.posities),
            ))
    nu_gekoppeld = {i for s in nieuw.schakels.values() for i in s.ingredienten}
    verweesd = [i for i in nieuw.ingredienten if i not in nu_gekoppeld and any(
        i in oud.schakels[s].ingredienten for s in vertrokken)]
    uitkomst = Vergelijking(
        oud, nieuw, bijgekomen, vertrokken, verschuivingen, erbij,
        [i for i in nieuw.ingredienten if i not in oud.ingredienten],
        [i for i in oud.ingredienten if i not in nieuw.ingredienten],
        verweesd,
        [c for c in analyseer_netwerk(oud).details.clusters if c],
        [c for c in analyseer_netwerk(nieuw).details.clusters if c],
    )
    return Resultaat(
        analyse="netwerk-vergelijk",
        peildatum=None,
        kerncijfers=uitkomst.kerncijfers(),
        bevindingen=tuple(_bevindingen(uitkomst)),
        details=uitkomst,
    )


def _bevindingen(v: Vergelijking) -> list[Bevinding]:
    uit: list[Bevinding] = []
    weg_namen = [v.oud.schakel_label(s) for s in v.vertrokken]
    # 000 §7: verantwoordelijkheid kan verdwijnen als schakels verdwijnen.
    if v.vertrokken:
        wezen = opsomming_kort([citaat(v.nieuw.ingredient_tekst(i)) for i in v.verweesd])
        weesd = f" Daarmee hangen {wezen} aan geen schakel meer." if v.verweesd else ""
        uit.append(Bevinding(
            code="schakels-vertrokken",
            titel="Schakels verdwenen",
            tekst=f"Niet meer op het tafelkleed: {opsomming_kort(weg_namen)}.{weesd} Is hun "
            "betrokkenheid afgenomen, of zijn ze vergeten?",
            regel=regel("netwerk-kwetsbaar"),
            over=(*v.vertrokken, *v.verweesd),
            gewicht="actie" if v.verweesd else "aandacht",
        ))
    # 002 instr. 1: zonder wat het samenhoudt valt het netwerk uiteen.
    if len(v.delen_nieuw) > len(v.delen_oud):
        oorzaak = (f" sinds {opsomming_kort(weg_namen)} van het tafelkleed verdween"
                   if v.vertrokken else "")
        uit.append(Bevinding(
            code="netwerk-valt-uiteen",
            titel="Het netwerk valt in meer delen uiteen",
            tekst="Zonder het thema hing het netwerk eerst in "
            f"{aantal(len(v.delen_oud), 'deel', 'delen')} samen, nu in {len(v.delen_nieuw)}"
            f"{oorzaak}. Zoek wie de delen weer verbindt, liefst iemand uit de buurt die in meer "
            "delen betrokken is.",
            regel=regel("netwerk-uiteen"),
            over=tuple(v.vertrokken),
            gewicht="actie" if v.vertrokken else "aandacht",
        ))
    # 002 instr. 1 stap 5: betrokkenheid kan groeien of juist afnemen. Eén bevinding op deze
    # regel (#15): wie van de kern af schoof (aandacht) vóór wie naar de kern schoof.
    verschuiving = _kern_verschuiving(v)
    if verschuiving:
        uit.append(verschuiving)
    # 002 instr. 1 stap 5: mensen kunnen ook meerdere posities innemen.
    if v.posities_erbij:
        uit.append(Bevinding(
            code="positie-erbij",
            titel="Een positie erbij of eraf",
            tekst="; ".join(
                f"{p.label}: " + ", ".join(
                    [f"nu ook {e}" for e in p.erbij] + [f"niet meer {e}" for e in p.eraf])
                for p in v.posities_erbij
            ) + ". Vraag wat die nieuwe rol vraagt, en wie ermee kan helpen.",
            regel=regel("netwerk-posities"),
            over=tuple(p.schakel for p in v.posities_erbij),
            gewicht="info",
        ))
    # 002 instr. 1 stap 4: netwerken groeien uit netwerken.
    if v.bijgekomen:
        uit.append(Bevinding(
            code="schakels-bijgekomen",
            titel="Nieuwe schakels",
            tekst="Nieuw op het tafelkleed: "
            f"{opsomming_kort([v.nieuw.schakel_label(s) for s in v.bijgekomen])}.",
            regel=regel("netwerk-uitnodigen"),
            over=tuple(v.bijgekomen),
            gewicht="info",
        ))
    # 002 instr. 1 stap 5: alles wat betrokken is, ordent zich steeds opnieuw (ingrediënten).
    # Eén bevinding op deze regel: wat erbij kwam en wat verdween.
    ingredienten = _ingredienten_geordend(v)
    if ingredienten:
        uit.append(ingredienten)
    return gesorteerd(uit)


def _kern_verschuiving(v: Vergelijking) -> Bevinding | None:
    """Wie van de kern af en wie naar de kern schoof, in één bevinding (002 instr. 1 stap 5)."""
    weg = [s for s in v.verschuivingen if s.richting == "van de kern af"]
    naar = [s for s in v.verschuivingen if s.richting == "naar de kern"]
    if not weg and not naar:
        return None

    def rij(verschuivingen: list[Verschuiving]) -> str:
        return "; ".join(f"{s.label}: van {s.van} naar {s.naar}" for s in verschuivingen) + "."

    delen = []
    if weg:
        delen.append(("Van de kern af: " if naar else "") + rij(weg)
                     + " Vraag wat er veranderd is in hun betrokkenheid.")
    if naar:
        delen.append(("Naar de kern: " if weg else "") + rij(naar))
    return Bevinding(
        code="van-de-kern-af" if weg else "naar-de-kern",
        titel="Van de kern af" if weg else "Naar de kern",
        tekst=" ".join(delen),
        regel=regel("netwerk-momentopname"),
        over=tuple(s.schakel for s in (*weg, *naar)),
        gewicht="aandacht" if weg else "info",
    )


def _ingredienten_geordend(v: Vergelijking) -> Bevinding | None:
    """Nieuwe en verdwenen ingrediënten in één bevinding (002 instr. 1 stap 5)."""
    nieuw = [citaat(v.nieuw.ingredient_tekst(i)) for i in v.nieuwe_ingredienten]
    weg = [citaat(v.oud.ingredient_tekst(i)) for i in v.verdwenen_ingredienten]
    if not nieuw and not weg:
        return None
    if nieuw and weg:
        titel = "Nieuwe en verdwenen ingrediënten"
        tekst = f"Nieuw: {opsomming_kort(nieuw)}. Verdwenen: {opsomming_kort(weg)}."
    else:
        titel = "Nieuwe ingrediënten" if nieuw else "Verdwenen ingrediënten"
        tekst = opsomming_kort(nieuw or weg) + "."
    return Bevinding(
        code="ingredienten-nieuw" if nieuw else "ingredienten-verdwenen",
        titel=titel,
        tekst=tekst,
        regel=regel("netwerk-ingredienten-ordenen"),
        over=(*v.nieuwe_ingredienten, *v.verdwenen_ingredienten),
        gewicht="info",
    )
