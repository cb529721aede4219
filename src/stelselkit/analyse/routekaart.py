"""De routekaart van een buurt: een lerend stelsel op één pagina (004; 000 §8 fase 3–4).

Per dossier één routekaart in de vorm van seed 004: **Ambitie** (de ambitie van de routekaart en
het thema), **Actuele leervragen** (met eigenaar, cellen van de stelselmatrix en de lessen per
periode), **Aanpak** (de aanpak van de routekaart en de activiteiten van het programma zonder
datum), **Mijlpalen** (de mijlpalen van de routekaart en de activiteiten met een datum, met het
manifestatiemoment), **Betrokkenheid van de inwoner** (wat de routekaart zegt, en de schakels uit
de lokale gemeenschap op het laatste tafelkleed: wie, welke achtergrond), **Uitdagingen**,
**Resultaatdoelstellingen** en de **leerafspraken** met aanbieders.

Ook zonder routekaart-bestand maakt een dossier met een programma een routekaart uit wat het al
heeft; zonder programma is de routekaart alleen wat in het bestand staat.

Bevindingen (elk met de regel uit de bron): een leervraag zonder les over een afgelopen periode,
mijlpalen zonder betrokkenheid van inwoners, een dossier in fase 3 of later zonder leerafspraak.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from stelselkit import methode
from stelselkit.analyse import (
    Analyse,
    Bevinding,
    Bron,
    Kerncijfer,
    Resultaat,
    dossierfouten,
    gesorteerd,
)
from stelselkit.analyse.bronnen import dossier_van, lopende
from stelselkit.fouten import Probleem
from stelselkit.lezen.dossier import Dossier
from stelselkit.model import Programma, Routekaart, Tafelkleed, Thema
from stelselkit.model.basis import EERSTE_JAAR, Datum, Periode
from stelselkit.regels import regel
from stelselkit.taal import aantal, opsomming

# Hoeveel posities aan het begin van de keten aan de kant van de inwoner staan (000 §3–§4: in de
# standaardketen bewoner en buurt; Oosterbeek: gezin en buurt). Een activiteit met een cel op een
# van die posities betrekt inwoners.
INWONERKANT = 2


def _periode_tekst(van: Datum | None, tot: Datum | None) -> str:
    if van is None:
        return ""
    return f"{van.nl()} – {tot.nl() if tot else 'open'}"


@dataclass(frozen=True)
class Leervraagbeeld:
    id: str
    vraag: str
    eigenaar: str | None
    cellen: tuple[str, ...]
    lessen: tuple[tuple[str, str], ...]  # (periode, les)

    def als_dict(self) -> dict[str, object]:
        return {"id": self.id, "vraag": self.vraag, "eigenaar": self.eigenaar,
                "cellen": list(self.cellen),
                "lessen": [{"periode": p, "les": les} for p, les in self.lessen]}


@dataclass(frozen=True)
class Mijlpaalbeeld:
    wat: str
    datum: Datum | None
    manifestatiemoment: bool
    inwoners: tuple[str, ...]  # wie van de inwoners, of de cellen aan de kant van de inwoner
    bron: str  # "routekaart" of de id van de activiteit

    def als_dict(self) -> dict[str, object]:
        return {"wat": self.wat, "datum": self.datum.isoformat() if self.datum else None,
                "manifestatiemoment": self.manifestatiemoment, "inwoners": list(self.inwoners),
                "bron": self.bron}


@dataclass
class Routekaartbeeld:
    """De routekaart van één buurt, in de vorm van seed 004."""

    buurt: str
    gemeente: str | None
    titel: str
    periode: str
    fase: int | None
    ambitie: list[str]
    leervragen: list[Leervraagbeeld]
    aanpak: list[str]
    mijlpalen: list[Mijlpaalbeeld]
    betrokkenheid: list[str]
    tafelkleed: str | None  # waar de schakels uit de lokale gemeenschap op staan
    schakels: list[str]
    uitdagingen: list[str]
    resultaatdoelstellingen: list[str]
    leerafspraken: list[str]
    bevindingen: list[Bevinding] = field(default_factory=list)
    problemen: list[Probleem] = field(default_factory=list)

    def kerncijfers(self) -> dict[str, int]:
        return {
            "leervragen": len(self.leervragen),
            "leervragen met een les": sum(1 for v in self.leervragen if v.lessen),
            "mijlpalen": len(self.mijlpalen),
            "mijlpalen met inwoners": sum(1 for m in self.mijlpalen if m.inwoners),
            "leerafspraken": len(self.leerafspraken),
        }

    def als_dict(self) -> dict[str, object]:
        return {
            "buurt": self.buurt, "gemeente": self.gemeente, "titel": self.titel,
            "periode": self.periode, "fase": self.fase, "ambitie": self.ambitie,
            "leervragen": [v.als_dict() for v in self.leervragen],
            "aanpak": self.aanpak,
            "mijlpalen": [m.als_dict() for m in self.mijlpalen],
            "betrokkenheid": self.betrokkenheid,
            "tafelkleed": self.tafelkleed,
            "schakels": self.schakels,
            "uitdagingen": self.uitdagingen,
            "resultaatdoelstellingen": self.resultaatdoelstellingen,
            "leerafspraken": self.leerafspraken,
            "kerncijfers": self.kerncijfers(),
            "bevindingen": [b.als_dict() for b in self.bevindingen],
        }


def _thema(dossier: Dossier, thema_id: str | None) -> Thema | None:
    for ingelezen, thema in dossier.van_soort(Thema):
        if ingelezen.id == thema_id:
            return thema
    return None


def _betrokkenheid_uit_tafelkleden(dossier: Dossier) -> tuple[str | None, list[str]]:
    """Schakels uit de lokale gemeenschap op het laatste tafelkleed: wie, welke achtergrond."""
    kleden = sorted(dossier.van_soort(Tafelkleed), key=lambda b: (b[1].datum, b[0].id))
    if not kleden:
        return None, []
    kleed = kleden[-1][1]
    regels = []
    for schakel in kleed.schakels.values():
        if schakel.achtergrond in methode.ACHTERGROND_LOKAAL:
            posities = f"; {opsomming(list(schakel.posities))}" if schakel.posities else ""
            regels.append(f"{schakel.label} ({schakel.achtergrond}{posities})")
    bron = f"het tafelkleed '{kleed.titel}' ({kleed.datum.nl()})" if regels else None
    return bron, regels


def _overlapt(les: Periode, periode: Periode) -> bool:
    les_eind = les.tot.eind if les.tot else dt.date.max
    eind = periode.tot.eind if periode.tot else dt.date.max
    return les.van.begin <= eind and periode.van.begin <= les_eind


def _programma_van(dossier: Dossier, kaart: Routekaart | None) -> Programma | None:
    """Het programma dat de routekaart noemt, anders het nieuwste lopende programma."""
    if kaart is not None and kaart.programma:
        return next((p for i, p in dossier.van_soort(Programma) if i.id == kaart.programma), None)
    programmas = lopende(dossier.van_soort(Programma))
    if programmas:
        return sorted(programmas, key=lambda b: (b[1].ontwikkelperiode.van, b[0].id))[-1][1]
    return None


def routekaartbeeld(dossier: Dossier, vandaag: dt.date) -> Routekaartbeeld | None:
    """De routekaart van een dossier met vooraan de bevinding over fouten in het dossier;
    None als er geen routekaart en geen programma is."""
    kaarten = dossier.van_soort(Routekaart)
    kaart = kaarten[0][1] if kaarten else None
    programma = _programma_van(dossier, kaart)
    if kaart is None and programma is None:
        return None
    beeld = _beeld(dossier, kaart, programma, vandaag)
    fouten = [p for p in dossier.problemen if p.niveau == "fout"]
    if fouten:
        beeld.bevindingen.insert(0, dossierfouten(fouten))
    beeld.problemen = fouten
    return beeld


def _beeld(dossier: Dossier, kaart: Routekaart | None, programma: Programma | None,
           vandaag: dt.date) -> Routekaartbeeld:
    kop = dossier.kop
    periode = (kaart.periode if kaart and kaart.periode
               else programma.ontwikkelperiode if programma else None)
    thema_id = (kaart.thema if kaart and kaart.thema else programma.thema if programma
                else (kop.themas[0] if kop and kop.themas else None))
    thema = _thema(dossier, thema_id)
    ambitie = list(kaart.ambitie) if kaart else []
    if thema is not None:
        ambitie.append(f"{thema.naam}" + (f": {thema.omschrijving}" if thema.omschrijving else ""))

    inwonerkant = {t.id for t in dossier.posities()[:INWONERKANT]}
    activiteiten = [(s, a) for s, a in (programma.activiteiten.items() if programma else [])
                    if a.status != "vervallen"]
    aanpak = list(kaart.aanpak) if kaart else []
    aanpak += [a.wat for _, a in activiteiten if a.datum is None]
    mijlpalen = [Mijlpaalbeeld(m.wat, m.datum, m.manifestatiemoment, tuple(m.inwoners),
                               "routekaart") for m in (kaart.mijlpalen if kaart else [])]
    mijlpalen += [Mijlpaalbeeld(a.wat, a.datum, a.manifestatiemoment,
                                tuple(c for c in a.cellen if c.split("/", 1)[0] in inwonerkant),
                                s)
                  for s, a in activiteiten if a.datum is not None]
    mijlpalen.sort(key=lambda m: (m.datum is None, m.datum or Datum(EERSTE_JAAR), m.wat))

    betrokkenheid = [b.tekst + (f" ({b.wie})" if b.wie else "")
                     for b in (kaart.betrokkenheid if kaart else [])]
    tafelkleed, schakels = _betrokkenheid_uit_tafelkleden(dossier)

    beeld = Routekaartbeeld(
        buurt=dossier.naam,
        gemeente=kop.gemeente if kop else None,
        titel=kaart.titel if kaart else (programma.titel if programma else dossier.naam),
        periode=_periode_tekst(periode.van, periode.tot) if periode else "",
        fase=(programma.fase if programma and programma.fase else kop.fase if kop else None),
        ambitie=ambitie,
        leervragen=[
            Leervraagbeeld(v.id, v.vraag, v.eigenaar.label if v.eigenaar else None,
                           tuple(v.cellen),
                           tuple((_periode_tekst(les.periode.van, les.periode.tot), les.les)
                                 for les in sorted(v.lessen, key=lambda x: x.periode.van)))
            for v in (kaart.leervragen if kaart else [])
        ],
        aanpak=aanpak,
        mijlpalen=mijlpalen,
        betrokkenheid=betrokkenheid,
        tafelkleed=tafelkleed,
        schakels=schakels,
        uitdagingen=list(kaart.uitdagingen) if kaart else [],
        resultaatdoelstellingen=list(kaart.resultaatdoelstellingen) if kaart else [],
        leerafspraken=[
            f"{a.afspraak} — {a.aanbieder}, {_periode_tekst(a.van, a.tot)}"
            + (" (in het contract)" if a.contract else "")
            for a in (kaart.leerafspraken if kaart else [])
        ],
    )
    beeld.bevindingen = _bevindingen(beeld, kaart, periode, vandaag)
    return beeld


def _bevindingen(beeld: Routekaartbeeld, kaart: Routekaart | None, periode: Periode | None,
                 vandaag: dt.date) -> list[Bevinding]:
    bevindingen: list[Bevinding] = []
    if kaart is not None and periode is not None and periode.tot is not None \
            and periode.tot.voorbij(vandaag):
        zonder = [v for v in kaart.leervragen
                  if not any(_overlapt(les.periode, periode) for les in v.lessen)]
        if zonder:
            bevindingen.append(Bevinding(
                code="leervraag-zonder-les",
                titel="Leervragen zonder les over de afgelopen periode",
                tekst=f"De periode {_periode_tekst(periode.van, periode.tot)} is voorbij, maar bij "
                f"{aantal(len(zonder), 'leervraag', 'leervragen')} staat niet wat er geleerd "
                "is. Schrijf onder 'lessen' wat deze periode opleverde (ook: wat niet werkte), "
                "met de periode erbij; dan kan de volgende periode erop voortbouwen.\n"
                + "\n".join(f"- {v.vraag} (`{v.id}`)" for v in zonder),
                regel=regel("rk-leervraag-les"),
                over=tuple(v.id for v in zonder),
                gewicht="aandacht",
            ))
    zonder_inwoner = [m for m in beeld.mijlpalen if not m.inwoners]
    if zonder_inwoner:
        # Het manifestatiemoment eerst: daar hoort de oogst van de buurt zichtbaar te worden.
        zonder_inwoner.sort(key=lambda m: not m.manifestatiemoment)
        bevindingen.append(Bevinding(
            code="mijlpaal-zonder-inwoner", titel="Mijlpalen zonder betrokkenheid van inwoners",
            tekst=f"{len(zonder_inwoner)} van de "
            f"{aantal(len(beeld.mijlpalen), 'mijlpaal', 'mijlpalen')}"
            f" {'betrekt' if len(zonder_inwoner) == 1 else 'betrekken'} geen inwoners: geen cel "
            "aan de kant van de inwoner in de keten, en geen 'inwoners' op de routekaart. "
            "Vraag bij elke mijlpaal wie van de inwoners erbij is en wat zij "
            "ervan merken.\n"
            + "\n".join(f"- {m.datum.nl() if m.datum else 'zonder datum'}: {m.wat}"
                        + (" (manifestatiemoment)" if m.manifestatiemoment else "")
                        for m in zonder_inwoner),
            regel=regel("rk-inwoner-betrokken"),
            over=tuple(m.bron if m.bron != "routekaart" else m.wat for m in zonder_inwoner),
            gewicht="aandacht",
        ))
    if beeld.fase is not None and beeld.fase >= 3 and not beeld.leerafspraken:
        bevindingen.append(Bevinding(
            code="fase3-zonder-leerafspraak", titel="Fase 3 zonder leerafspraak",
            tekst=f"Dit dossier staat in fase {beeld.fase}, maar er is geen leerafspraak met een "
            "aanbieder. Leg onder 'leerafspraken' in de routekaart vast wat een organisatie deze "
            "periode wil leren over de expertise, diensten en voorzieningen die de buurt nodig "
            "heeft, en of het in het contract staat.",
            regel=regel("rk-leerafspraak"), over=(beeld.buurt,), gewicht="actie",
        ))
    return gesorteerd(bevindingen)


def analyseer(bronnen: Sequence[Bron[Routekaart]],
              vandaag: dt.date) -> Resultaat[Routekaartbeeld]:
    """Het contract: de routekaart van de eerste bron, met het dossier eromheen."""
    dossier = dossier_van(bronnen)
    kaart = bronnen[0][1]
    beeld = _beeld(dossier, kaart, _programma_van(dossier, kaart), vandaag)
    return Resultaat(
        analyse="routekaart",
        peildatum=vandaag,
        kerncijfers=tuple(
            Kerncijfer(id=label.replace(" ", "-"), label=label, waarde=waarde)
            for label, waarde in beeld.kerncijfers().items()
        ),
        bevindingen=tuple(beeld.bevindingen),
        details=beeld,
    )


ANALYSE: Analyse[Routekaart] = Analyse(
    naam="routekaart", titel="Routekaart", soort=Routekaart, analyseer=analyseer
)
