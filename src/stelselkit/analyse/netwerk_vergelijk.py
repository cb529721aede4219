"""Twee momentopnamen van een netwerk naast elkaar (``stelsel analyse netwerk --vergelijk``).

Een netwerkanalyse is een momentopname: "posities kunnen verschuiven, betrokkenheid kan groeien
of juist afnemen" (002 instr. 1 stap 5). Deze vergelijking zegt wie erbij kwam, wie vertrok, wie
naar de kern schoof of ervan af, wie er een positie bij nam, welke ingrediënten kwamen en gingen,
en of het netwerk na een vertrek in meer delen uiteenvalt (000 §7: verantwoordelijkheid kan
verdwijnen als schakels verdwijnen).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stelselkit.analyse import Bevinding, gesorteerd
from stelselkit.analyse.netwerk import (
    R_MOMENT,
    R_POSITIES,
    R_UITEEN,
    R_UITNODIGEN,
    R_VERDWIJNEN,
    analyseer,
    cel,
    citaat,
)
from stelselkit.analyse.netwerkgraaf import POSITIE_VOLGORDE, Netwerk
from stelselkit.taal import aantal, opsomming_kort
from stelselkit.weergave.sjablonen import render


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
    bevindingen: list[Bevinding] = field(default_factory=list)

    def kerncijfers(self) -> dict[str, int | float | str]:
        return {
            "schakels_oud": len(self.oud.schakels),
            "schakels_nieuw": len(self.nieuw.schakels),
            "bijgekomen": len(self.bijgekomen),
            "vertrokken": len(self.vertrokken),
            "naar_de_kern": sum(v.richting == "naar de kern" for v in self.verschuivingen),
            "van_de_kern_af": sum(v.richting == "van de kern af" for v in self.verschuivingen),
            "positie_erbij": len(self.posities_erbij),
            "nieuwe_ingredienten": len(self.nieuwe_ingredienten),
            "verdwenen_ingredienten": len(self.verdwenen_ingredienten),
            "delen_oud": len(self.delen_oud),
            "delen_nieuw": len(self.delen_nieuw),
        }

    def als_dict(self) -> dict[str, Any]:
        return {
            "oud": [k.als_dict() for k in self.oud.kleden],
            "nieuw": [k.als_dict() for k in self.nieuw.kleden],
            "kerncijfers": self.kerncijfers(),
            "bevindingen": [b.als_dict() for b in self.bevindingen],
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


def vergelijk(oud: Netwerk, nieuw: Netwerk) -> Vergelijking:
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
        elif vroeger.posities != schakel.posities:
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
        [c for c in analyseer(oud).clusters if c],
        [c for c in analyseer(nieuw).clusters if c],
    )
    uitkomst.bevindingen = _bevindingen(uitkomst)
    return uitkomst


def _bevindingen(v: Vergelijking) -> list[Bevinding]:
    uit: list[Bevinding] = []
    weg_namen = [v.oud.schakel_label(s) for s in v.vertrokken]
    # 000 §7: verantwoordelijkheid kan verdwijnen als schakels verdwijnen.
    if v.vertrokken:
        wezen = opsomming_kort([citaat(v.nieuw.ingredient_tekst(i)) for i in v.verweesd])
        weesd = f" Daarmee hangen {wezen} aan geen schakel meer." if v.verweesd else ""
        uit.append(Bevinding(
            "schakels-vertrokken", "Schakels verdwenen",
            f"Niet meer op het tafelkleed: {opsomming_kort(weg_namen)}.{weesd} Is hun "
            "betrokkenheid afgenomen, of zijn ze vergeten?",
            R_VERDWIJNEN, (*v.vertrokken, *v.verweesd), "actie" if v.verweesd else "aandacht"))
    # 002 instr. 1: zonder wat het samenhoudt valt het netwerk uiteen.
    if len(v.delen_nieuw) > len(v.delen_oud):
        oorzaak = (f" sinds {opsomming_kort(weg_namen)} van het tafelkleed verdween"
                   if v.vertrokken else "")
        uit.append(Bevinding(
            "netwerk-valt-uiteen", "Het netwerk valt in meer delen uiteen",
            "Zonder het thema hing het netwerk eerst in "
            f"{aantal(len(v.delen_oud), 'deel', 'delen')} samen, nu in {len(v.delen_nieuw)}"
            f"{oorzaak}. Zoek wie de delen weer verbindt, liefst iemand uit de buurt die in meer "
            "delen betrokken is.",
            R_UITEEN, tuple(v.vertrokken), "actie" if v.vertrokken else "aandacht"))
    # 002 instr. 1 stap 5: betrokkenheid kan groeien of juist afnemen.
    weg = [s for s in v.verschuivingen if s.richting == "van de kern af"]
    if weg:
        uit.append(Bevinding(
            "van-de-kern-af", "Van de kern af",
            "; ".join(f"{s.label}: van {s.van} naar {s.naar}" for s in weg)
            + ". Vraag wat er veranderd is in hun betrokkenheid.",
            R_MOMENT, tuple(s.schakel for s in weg), "aandacht"))
    naar = [s for s in v.verschuivingen if s.richting == "naar de kern"]
    if naar:
        uit.append(Bevinding(
            "naar-de-kern", "Naar de kern",
            "; ".join(f"{s.label}: van {s.van} naar {s.naar}" for s in naar) + ".",
            R_MOMENT, tuple(s.schakel for s in naar), "info"))
    # 002 instr. 1 stap 5: mensen kunnen ook meerdere posities innemen.
    if v.posities_erbij:
        uit.append(Bevinding(
            "positie-erbij", "Een positie erbij of eraf",
            "; ".join(
                f"{p.label}: " + ", ".join(
                    [f"nu ook {e}" for e in p.erbij] + [f"niet meer {e}" for e in p.eraf])
                for p in v.posities_erbij
            ) + ". Vraag wat die nieuwe rol vraagt, en wie ermee kan helpen.",
            R_POSITIES, tuple(p.schakel for p in v.posities_erbij), "info"))
    # 002 instr. 1 stap 4: netwerken groeien uit netwerken.
    if v.bijgekomen:
        uit.append(Bevinding(
            "schakels-bijgekomen", "Nieuwe schakels",
            "Nieuw op het tafelkleed: "
            f"{opsomming_kort([v.nieuw.schakel_label(s) for s in v.bijgekomen])}.",
            R_UITNODIGEN, tuple(v.bijgekomen), "info"))
    # 002 instr. 1 stap 5: alles wat betrokken is, ordent zich steeds opnieuw (ingrediënten).
    if v.nieuwe_ingredienten:
        uit.append(Bevinding(
            "ingredienten-nieuw", "Nieuwe ingrediënten",
            opsomming_kort([citaat(v.nieuw.ingredient_tekst(i))
                            for i in v.nieuwe_ingredienten]) + ".",
            R_MOMENT, tuple(v.nieuwe_ingredienten), "info"))
    if v.verdwenen_ingredienten:
        uit.append(Bevinding(
            "ingredienten-verdwenen", "Verdwenen ingrediënten",
            opsomming_kort([citaat(v.oud.ingredient_tekst(i))
                            for i in v.verdwenen_ingredienten]) + ".",
            R_MOMENT, tuple(v.verdwenen_ingredienten), "info"))
    return gesorteerd(uit)


def markdown(resultaat: Vergelijking, sjablonen: Path | None = None) -> str:
    """Het rapport van twee momentopnamen naast elkaar (``rapport/netwerk-vergelijk.md.j2``)."""
    return render(
        "rapport/netwerk-vergelijk.md.j2",
        eigen_map=sjablonen,
        oud=resultaat.oud,
        nieuw=resultaat.nieuw,
        kerncijfers=resultaat.kerncijfers(),
        bevindingen=resultaat.bevindingen,
        bijgekomen=[cel(resultaat.nieuw.schakel_label(s)) for s in resultaat.bijgekomen],
        vertrokken=[cel(resultaat.oud.schakel_label(s)) for s in resultaat.vertrokken],
        verschuivingen=[{"label": cel(v.label), "van": v.van, "naar": v.naar,
                         "richting": v.richting} for v in resultaat.verschuivingen],
        nieuwe_ingredienten=[cel(resultaat.nieuw.ingredient_tekst(i))
                             for i in resultaat.nieuwe_ingredienten],
        verdwenen_ingredienten=[cel(resultaat.oud.ingredient_tekst(i))
                                for i in resultaat.verdwenen_ingredienten],
    )
