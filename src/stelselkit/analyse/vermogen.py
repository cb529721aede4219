"""Vermogensanalyse: hoe ver de gemeenschap een zelforganiserend geheel vormt (002 instr. 4).

Per periode het verhaal van netwerken, bewustzijn, omgeving en voorbeelden met bewijs uit het
dossier (het verhaal is verplicht). Een score op de schaal
:data:`stelselkit.methode.VERMOGEN_SCHAAL` mag erbij, maar is een eigen oordeel en geen meting:
de methode definieert geen schaal, en seed 004 vraagt minder indicatoren en het verhaal achter
elk getal. Deze analyse laat zien:

- elk verhaal zonder bewijs ("tellen én vertellen", seed 004);
- bewijs dat naar iets verwijst dat niet in het dossier staat, met bestand en regel (dezelfde
  controle als ``stelsel valideer``);
- de verandering per onderdeel sinds de vorige periode, in woorden (een score als eigen oordeel);
- bij de laatste vaststelling van elke reeks (de stand van nu, 002 stap 5): onderdelen zonder
  score, de drie vragen (organisatorisch geheel, regie, overbodig worden), de vijf vragen van
  stap 5, faciliteiten zonder plan voor hun middelen en praktijkafspraken die verlopen zijn.

Geen "verantwoordelijkheidsverschuiving" uit gemiddelde scores: vermogen is geen
verantwoordelijkheid (000 §7–§8), en een gemiddelde van eigen oordelen is geen meting.

Perioden komen op volgorde van ``periode.van``. Een reeks volgt ``vorige``; zonder ``vorige`` is
de vorige periode de laatste eerdere vermogensanalyse met hetzelfde thema. Een ``vorige`` die in
het dossier staat maar niet is meegegeven, wordt erbij gelezen.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from stelselkit import methode
from stelselkit.analyse import (
    Analyse,
    Bevinding,
    Kerncijfer,
    Resultaat,
    een_per_code,
    een_per_regel,
    gesorteerd,
    herkomst,
)
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Vermogensanalyse
from stelselkit.model.basis import Datum
from stelselkit.model.vermogensanalyse import Beoordeling
from stelselkit.regels import regel
from stelselkit.taal import opsomming

Bron = tuple[Ingelezen, Vermogensanalyse, Dossier | None]

ELEMENT_IDS: tuple[str, ...] = methode.ids(methode.VERMOGEN_ELEMENTEN)
EIGEN_OORDEEL = "eigen oordeel, geen meting"

REGEL_BEWIJS = regel("vermogen-bewijs")
REGEL_VERANDERING = regel("vermogen-verandering")
REGEL_STAP5 = regel("stap5-vragen")
REGEL_FACILITEITEN = regel("stap5-faciliteiten")
REGEL_AFSPRAKEN = regel("stap5-praktijkafspraken")
REGEL_OVERBODIG = regel("vermogen-overbodig")
REGEL_DRIE_VRAGEN = regel("vermogen-geheel-en-regie")


def score_tekst(score: int) -> str:
    """``3`` → ``3 (groeiend)``; een rapport zegt erbij dat het een eigen oordeel is."""
    return f"{score} ({methode.VERMOGEN_SCHAAL[score]})"


def _beantwoord(tekst: str | None) -> bool:
    return bool(tekst and tekst.strip())


@dataclass(frozen=True)
class Periodebeeld:
    """Eén vermogensanalyse: één periode van één reeks."""

    id: str
    bestand: str
    model: Vermogensanalyse
    herkomst: str | None = None  # van het bestand: "reconstructie" of "plaatshouder" (…)
    # bewijs-id → herkomst, voor bewijs dat zelf een reconstructie of plaatshouder is
    bewijsherkomst: tuple[tuple[str, str], ...] = ()

    def herkomst_van_bewijs(self, id_: str) -> str | None:
        """De herkomst van één bewijs-id, als het een reconstructie of plaatshouder is."""
        return dict(self.bewijsherkomst).get(id_)

    @property
    def genoemd(self) -> list[str]:
        """Het bestand, als een bevinding over deze periode het als niet-bron moet noemen."""
        return [f"'{self.id}' ({self.herkomst})"] if self.herkomst else []

    @property
    def genoemd_met_bewijs(self) -> list[str]:
        """Het bestand en het bewijs dat reconstructie of plaatshouder is: waar een oordeel
        over de verhalen op rust."""
        return self.genoemd + [f"bewijs '{i}' ({h})" for i, h in self.bewijsherkomst]

    @property
    def van(self) -> Datum:
        return self.model.periode.van

    @property
    def label(self) -> str:
        periode = self.model.periode
        if periode.tot is None:
            return f"vanaf {periode.van.isoformat()}"
        return f"{periode.van.isoformat()} t/m {periode.tot.isoformat()}"

    def beoordelingen(self) -> list[tuple[str, Beoordeling]]:
        """Alle verhalen: eerst de onderdelen, dan de posities (als ``posities.<id>``)."""
        uit = [(e, b) for e in ELEMENT_IDS if (b := getattr(self.model.elementen, e))]
        uit += [(f"posities.{p}", b) for p, b in self.model.posities.items()]
        return uit

    def score(self, element: str) -> int | None:
        beoordeling: Beoordeling | None = getattr(self.model.elementen, element)
        return beoordeling.score if beoordeling else None

    def als_dict(self, vorige: str | None) -> dict[str, object]:
        def beoordeling(b: Beoordeling) -> dict[str, object]:
            return {"score": b.score, "verhaal": b.verhaal, "bewijs": list(b.bewijs)}

        m = self.model
        return {
            "id": self.id,
            "bestand": self.bestand,
            "thema": m.thema,
            "van": m.periode.van.isoformat(),
            "tot": m.periode.tot.isoformat() if m.periode.tot else None,
            "vorige": vorige,
            "herkomst": self.herkomst,
            "bewijsherkomst": dict(self.bewijsherkomst),
            "elementen": {e: beoordeling(b) for e in ELEMENT_IDS
                          if (b := getattr(m.elementen, e))},
            "posities": {p: beoordeling(b) for p, b in m.posities.items()},
            "vragen": m.vragen.model_dump(),
            "stap5": m.stap5.model_dump(),
            "faciliteiten": [f.model_dump() for f in m.faciliteiten],
            "praktijkafspraken": [
                {"id": a.id, "afspraak": a.afspraak, "van": a.van.isoformat(),
                 "tot": a.tot.isoformat() if a.tot else None}
                for a in m.praktijkafspraken
            ],
        }


@dataclass(frozen=True)
class Verandering:
    """De score van één onderdeel of positie in twee opeenvolgende perioden."""

    wat: str
    oud: int | None
    nieuw: int | None

    @property
    def tekst(self) -> str:
        if self.oud is None and self.nieuw is not None:
            return f"{self.wat}: nu {score_tekst(self.nieuw)}, de vorige periode zonder score"
        if self.nieuw is None and self.oud is not None:
            return f"{self.wat}: geen score meer (was {score_tekst(self.oud)})"
        if self.oud == self.nieuw and self.oud is not None:
            return f"{self.wat}: bleef {score_tekst(self.oud)}"
        assert self.oud is not None and self.nieuw is not None
        return f"{self.wat}: van {score_tekst(self.oud)} naar {score_tekst(self.nieuw)}"

    @property
    def verschil(self) -> int | None:
        if self.oud is None or self.nieuw is None:
            return None
        return self.nieuw - self.oud

    def als_dict(self) -> dict[str, object]:
        return {"wat": self.wat, "oud": self.oud, "nieuw": self.nieuw, "tekst": self.tekst}


@dataclass(frozen=True)
class Vergelijking:
    """Twee opeenvolgende perioden van een reeks naast elkaar."""

    van: Periodebeeld
    naar: Periodebeeld
    elementen: tuple[Verandering, ...]
    posities: tuple[Verandering, ...]

    def als_dict(self) -> dict[str, object]:
        return {
            "van": self.van.id,
            "naar": self.naar.id,
            "elementen": [v.als_dict() for v in self.elementen],
            "posities": [v.als_dict() for v in self.posities],
        }


@dataclass(frozen=True)
class Vermogen:
    """De details van de vermogensanalyse: perioden, reeksen en hun vergelijkingen."""

    perioden: list[Periodebeeld]
    vorige: dict[str, str]  # id → id van de vorige periode in zijn reeks
    reeksen: list[list[Periodebeeld]]
    vergelijkingen: list[Vergelijking]
    vandaag: dt.date

    @property
    def laatste(self) -> Periodebeeld:
        return self.perioden[-1]

    def als_dict(self) -> dict[str, object]:
        return {
            "perioden": [p.als_dict(self.vorige.get(p.id)) for p in self.perioden],
            "reeksen": [[p.id for p in reeks] for reeks in self.reeksen],
            "vergelijkingen": [v.als_dict() for v in self.vergelijkingen],
        }


def _kerncijfers(vermogen: Vermogen) -> tuple[Kerncijfer, ...]:
    """Het aantal perioden en, waar gegeven, het eigen oordeel per onderdeel."""
    laatste = vermogen.laatste
    cijfers = [
        Kerncijfer(id="perioden", label="perioden", waarde=len(vermogen.perioden),
                   uitleg="Hoe vaak het vermogen is vastgesteld (002 stap 5)."),
        Kerncijfer(id="laatste-periode", label="laatste periode", waarde=laatste.label,
                   uitleg="De periode van de laatste vaststelling."),
    ]
    for element in ELEMENT_IDS:
        score = laatste.score(element)
        if score is not None:
            cijfers.append(Kerncijfer(
                id=f"oordeel-{element}", label=f"{element} ({EIGEN_OORDEEL})", waarde=score,
                uitleg=f"{methode.VERMOGEN_SCHAAL[score]}; het verhaal staat in het rapport.",
            ))
    return tuple(cijfers)


def _met_voorgangers(bronnen: list[Bron]) -> list[Bron]:
    """Lees de ``vorige`` keten uit het dossier erbij, zodat er iets te vergelijken is."""
    uit = {(b[0].pad.resolve(), b[0].id): b for b in bronnen}
    gezien = {b[0].id for b in bronnen}
    te_doen = list(bronnen)
    while te_doen:
        _, model, dossier = te_doen.pop()
        if model.vorige is None or model.vorige in gezien or dossier is None:
            continue
        vorig = dossier.zoek(model.vorige, ("vermogensanalyse",))
        if vorig is not None and isinstance(vorig.model, Vermogensanalyse):
            bron = (vorig, vorig.model, dossier)
            gezien.add(vorig.id)
            uit[(vorig.pad.resolve(), vorig.id)] = bron
            te_doen.append(bron)
    return list(uit.values())


def _periodebeeld(ingelezen: Ingelezen, model: Vermogensanalyse,
                  dossier: Dossier | None) -> Periodebeeld:
    bewijs = dict.fromkeys(i for b in (model.elementen.netwerken, model.elementen.bewustzijn,
                                       model.elementen.omgeving, model.elementen.voorbeelden,
                                       *model.posities.values()) if b for i in b.bewijs)
    bewijsherkomst = tuple((i, h) for i in bewijs if (h := herkomst.van_id(dossier, i)))
    return Periodebeeld(ingelezen.id, ingelezen.naam, model, herkomst.vermelding(model),
                        bewijsherkomst)


def _reeksen(perioden: list[Periodebeeld]) -> tuple[dict[str, str], list[Bevinding]]:
    """Bepaal per periode de vorige: ``vorige`` als die eerder ligt, anders op volgorde."""
    vorige: dict[str, str] = {}
    bevindingen = []
    for i, periode in enumerate(perioden):
        eerder = perioden[:i]
        gevraagd = periode.model.vorige
        if gevraagd is not None:
            if any(p.id == gevraagd for p in eerder):
                vorige[periode.id] = gevraagd
                continue
            later = next((p for p in perioden[i + 1:] if p.id == gevraagd), None)
            if later is not None:
                # 002 stap 5: perioden volgen elkaar op; een vorige die later begint, klopt niet.
                bevindingen.append(Bevinding(
                    code="vorige-ligt-later",
                    titel=f"{periode.id}: de vorige periode begint later",
                    tekst=(
                        f"'{periode.id}' ({periode.label}) noemt '{gevraagd}' ({later.label}) als "
                        "vorige, maar die begint niet eerder. Controleer 'vorige' en 'periode'; "
                        "de vergelijking volgt nu de volgorde van de perioden."
                    ),
                    regel=REGEL_AFSPRAKEN,
                    over=(periode.id, gevraagd),
                ))
        zelfde = [p for p in eerder if p.model.thema == periode.model.thema]
        if zelfde:
            vorige[periode.id] = zelfde[-1].id
    return vorige, bevindingen


def _vergelijk(van: Periodebeeld, naar: Periodebeeld) -> Vergelijking:
    elementen = tuple(
        Verandering(e, van.score(e), naar.score(e))
        for e in ELEMENT_IDS if van.score(e) is not None or naar.score(e) is not None
    )
    posities = tuple(
        Verandering(p, oud.score, naar.model.posities[p].score)
        for p, oud in van.model.posities.items() if p in naar.model.posities
    )
    return Vergelijking(van, naar, elementen, posities)


def _kwaliteit(periode: Periodebeeld) -> list[Bevinding]:
    bevindingen = []
    beoordelingen = periode.beoordelingen()
    # 002 instr. 4: het vermogen wordt zichtbaar in wat er in het dossier staat.
    zonder_bewijs = [w for w, b in beoordelingen if not b.bewijs]
    if zonder_bewijs:
        werkwoord = "verwijst" if len(zonder_bewijs) == 1 else "verwijzen"
        bevindingen.append(Bevinding(
            code="verhaal-zonder-bewijs",
            titel=f"{periode.id}: verhaal zonder bewijs",
            tekst=(
                f"{opsomming(zonder_bewijs)} {werkwoord} niet naar bewijs in het dossier. "
                "Noem in 'bewijs' de ids van tafelkleden, uitspraken, initiatieven of "
                "activiteiten die het verhaal dragen."
            ),
            regel=REGEL_BEWIJS,
            over=tuple(zonder_bewijs),
        ))
    return bevindingen


def _veranderingsbevinding(v: Vergelijking) -> Bevinding:
    gedaald = [x.wat for x in v.elementen if (x.verschil or 0) < 0]
    veranderd = [x.wat for x in v.elementen if x.oud != x.nieuw]
    oordeel = (
        f" Bij {opsomming(gedaald)} daalt het eigen oordeel: vraag wat er wegviel (bijvoorbeeld "
        "een schakel die verdween, 000 §7) en wat er nodig is."
        if gedaald else ""
    )
    regels = "; ".join(x.tekst for x in v.elementen)
    return Bevinding(
        code="verandering-vermogen",
        titel=f"Van {v.van.id} naar {v.naar.id}: verandering per onderdeel",
        tekst=f"Sinds {v.van.label} ({EIGEN_OORDEEL}): {regels}.{oordeel}",
        regel=REGEL_VERANDERING,
        over=tuple(veranderd or [x.wat for x in v.elementen]),
        gewicht="aandacht" if gedaald else "info",
    )


def _stand(periode: Periodebeeld, vandaag: dt.date) -> list[Bevinding]:
    """De stand van nu: bevindingen over de laatste vaststelling van een reeks (002 stap 5)."""
    m = periode.model
    bevindingen = []
    # 002 instr. 4: het geheel van netwerken, bewustzijn, omgeving en voorbeelden.
    zonder = [e for e in ELEMENT_IDS if getattr(m.elementen, e) is None]
    if zonder:
        bevindingen.append(Bevinding(
            code="onderdeel-zonder-verhaal",
            titel=f"{periode.id}: onderdelen zonder verhaal",
            tekst=(
                f"Van {opsomming(zonder)} staat nog geen verhaal. "
                "Het vermogen is het geheel van netwerken, bewustzijn, omgeving en voorbeelden."
            ),
            regel=regel("vermogen-geheel"),
            over=tuple(zonder),
        ))
    # 002 instr. 4 (c) en 002:100-102: maken regievoerder en professionals zich overbodig?
    if not _beantwoord(m.vragen.overbodig):
        bevindingen.append(Bevinding(
            code="overbodig-onbeantwoord",
            titel=f"{periode.id}: niet gezegd of regievoerder en professionals overbodig worden",
            tekst=(
                "De vraag 'Maken regievoerder en professionals zich overbodig?' (vragen.overbodig)"
                " is niet beantwoord. Laat hen zelf zeggen wat de buurt nu zonder hen doet."
            ),
            regel=REGEL_OVERBODIG,
            over=("vragen.overbodig",),
            gewicht="actie",
        ))
    open_vragen = [f"vragen.{v}" for v in ("geheel", "regie")
                   if not _beantwoord(getattr(m.vragen, v))]
    if open_vragen:
        bevindingen.append(Bevinding(
            code="vraag-onbeantwoord",
            titel=f"{periode.id}: vragen over het geheel en de regie open",
            tekst=(
                f"Niet beantwoord: {opsomming(open_vragen)}. Zeg of de gemeenschap een "
                "organisatorisch geheel vormt en regie kan nemen over vraagstukken rond het thema."
            ),
            regel=REGEL_DRIE_VRAGEN,
            over=tuple(open_vragen),
        ))
    # 002 stap 5: de vijf vragen om de stand op te maken.
    stap5 = [f"stap5.{v}" for v in ("zijn", "weten", "willen", "kunnen", "doen")
             if not _beantwoord(getattr(m.stap5, v))]
    if stap5:
        bevindingen.append(Bevinding(
            code="stap5-onvolledig",
            titel=f"{periode.id}: stap 5 niet helemaal beantwoord",
            tekst=f"Niet beantwoord: {opsomming(stap5)}.",
            regel=REGEL_STAP5,
            over=tuple(stap5),
        ))
    # 002 stap 5 (002:879-883): faciliteiten met hun middelen en hoe die te genereren.
    zonder_plan = [f for f in m.faciliteiten
                   if not _beantwoord(f.middelen) or not _beantwoord(f.genereren)]
    if zonder_plan:
        delen = []
        for f in zonder_plan:
            mist = [d for d, w in (("middelen", f.middelen), ("genereren", f.genereren))
                    if not _beantwoord(w)]
            delen.append(f"{f.naam} (mist: {' en '.join(mist)})")
        bevindingen.append(Bevinding(
            code="faciliteit-zonder-plan",
            titel=f"{periode.id}: faciliteiten zonder plan voor hun middelen",
            tekst=(
                f"{opsomming(delen)}. Zeg welke middelen erbij horen en hoe die er komen, "
                "liefst uit de gemeenschap zelf."
            ),
            regel=REGEL_FACILITEITEN,
            over=tuple(f.naam for f in zonder_plan),
        ))
    bevindingen.extend(_afspraken(periode, vandaag))
    return bevindingen


def _afspraken(periode: Periodebeeld, vandaag: dt.date) -> list[Bevinding]:
    afspraken = periode.model.praktijkafspraken
    # 002 stap 5: de vaststelling eindigt in praktijkafspraken voor een periode.
    if not afspraken:
        return [Bevinding(
            code="geen-praktijkafspraken",
            titel=f"{periode.id}: nog geen praktijkafspraken",
            tekst=(
                "Stap 5 eindigt in praktijkafspraken voor een periode: wie doet wat, tot wanneer."
            ),
            regel=REGEL_AFSPRAKEN,
            over=(periode.id,),
        )]
    bevindingen = []
    verlopen = [a for a in afspraken if a.tot is not None and a.tot.voorbij(vandaag)]
    if verlopen:
        delen = [f"'{a.afspraak}' (tot {a.tot.isoformat()})" for a in verlopen if a.tot]
        bevindingen.append(Bevinding(
            code="praktijkafspraak-verlopen",
            titel=f"{periode.id}: verlopen praktijkafspraken",
            tekst=(
                f"Verlopen op {vandaag.isoformat()}: {opsomming(delen)}. Stel vast wat ze "
                "opleverden en maak nieuwe afspraken (een nieuwe vermogensanalyse met "
                "'stelsel nieuw vermogensanalyse --van')."
            ),
            regel=REGEL_AFSPRAKEN,
            over=tuple(a.id for a in verlopen),
            gewicht="actie",
        ))
    zonder_einde = [a for a in afspraken if a.tot is None]
    if zonder_einde:
        namen = [f"'{a.afspraak}'" for a in zonder_einde]
        bevindingen.append(Bevinding(
            code="praktijkafspraak-zonder-einde",
            titel=f"{periode.id}: praktijkafspraken zonder einde",
            tekst=(
                f"{opsomming(namen)} "
                f"{'heeft' if len(zonder_einde) == 1 else 'hebben'} geen 'tot'. Een "
                "praktijkafspraak geldt voor een periode; zet een einddatum om hem te evalueren."
            ),
            regel=REGEL_AFSPRAKEN,
            over=tuple(a.id for a in zonder_einde),
            gewicht="info",
        ))
    return bevindingen


def analyseer(bronnen: Sequence[Bron], vandaag: dt.date) -> Resultaat[Vermogen]:
    """Analyseer een of meer vermogensanalyses (elk met zijn dossier, als dat er is)."""
    bronnen = _met_voorgangers(list(bronnen))
    perioden = sorted((_periodebeeld(i, m, d) for i, m, d in bronnen),
                      key=lambda p: (p.van, p.id, p.bestand))
    vorige, bevindingen = _reeksen(perioden)
    per_id = {p.id: p for p in perioden}
    opgevolgd = set(vorige.values())
    koppen = [p for p in perioden if p.id not in opgevolgd]
    reeksen = []
    for kop in koppen:
        reeks = [kop]
        while reeks[0].id in vorige:
            reeks.insert(0, per_id[vorige[reeks[0].id]])
        reeksen.append(reeks)
    vergelijkingen = [_vergelijk(a, b) for reeks in reeksen
                      for a, b in itertools.pairwise(reeks)]
    # Bewijs is een verwijzing naar het dossier; buiten een dossier is het niet na te gaan.
    los = sorted(i.id for i, m, d in bronnen
                 if d is None and any(b.bewijs for _, b in _periodebeeld(i, m, d).beoordelingen()))
    if los:
        bevindingen.append(Bevinding(
            code="bewijs-niet-gecontroleerd",
            titel="Bewijs niet gecontroleerd: geen dossier",
            tekst=(
                f"{opsomming(los)} {'ligt' if len(los) == 1 else 'liggen'} niet in een "
                "dossiermap (een map met dossier.yaml), dus of het bewijs bestaat is niet na te "
                "gaan. Zet het bestand in zijn dossier."
            ),
            regel=REGEL_BEWIJS,
            over=tuple(los),
            gewicht="info",
        ))
    # Wat op een gereconstrueerde periode of gereconstrueerd bewijs rust, zegt dat (herkomst).
    # Per periode (een vergelijking hoort bij haar latere periode) de eigen bevindingen; met meer
    # perioden één bevinding per regel, die per periode zegt wat er speelt (#15 punt 4). Wat al
    # gevonden is (vorige-ligt-later, bewijs-niet-gecontroleerd) noemt zijn periode eerst.
    per_periode: list[tuple[str, list[Bevinding]]] = [(b.over[0], [b]) for b in bevindingen]
    for periode in perioden:
        per_periode.append((periode.id, [herkomst.met_herkomst(b, periode.genoemd)
                                         for b in _kwaliteit(periode)]))
    for v in vergelijkingen:
        per_periode.append((v.naar.id, [herkomst.met_herkomst(
            _veranderingsbevinding(v),
            list(dict.fromkeys(v.van.genoemd + v.naar.genoemd + v.van.genoemd_met_bewijs
                               + v.naar.genoemd_met_bewijs)))]))
    for kop in koppen:
        per_periode.append((kop.id, [herkomst.met_herkomst(b, kop.genoemd)
                                     for b in _stand(kop, vandaag)]))
    # en daarna één per regel: op stap 5 bijvoorbeeld verlopen afspraken, afspraken zonder einde
    # en een vorige die later ligt samen, de zwaarste voorop
    bevindingen = een_per_regel(een_per_code(per_periode, ("andere periode", "andere perioden")))
    details = Vermogen(perioden, vorige, reeksen, vergelijkingen, vandaag)
    return Resultaat(
        analyse=ANALYSE.naam,
        peildatum=vandaag,
        kerncijfers=_kerncijfers(details),
        bevindingen=tuple(gesorteerd(bevindingen)),
        details=details,
    )


def posities_in(reeks: list[Periodebeeld]) -> list[str]:
    """Alle posities die in een reeks een verhaal kregen, in volgorde van eerste voorkomen."""
    return list(dict.fromkeys(pos for p in reeks for pos in p.model.posities))


def afspraakstatus(van: Datum, tot: Datum | None, vandaag: dt.date) -> str:
    if tot is not None and tot.voorbij(vandaag):
        return "verlopen"
    return "nog niet begonnen" if van.nog_niet(vandaag) else "loopt"


ANALYSE = Analyse(
    naam="vermogen", titel="Vermogensanalyse", soort=Vermogensanalyse, analyseer=analyseer
)
