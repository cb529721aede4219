"""Stelselmatrix: posities × elementen met de aandachtspunten per cel (000 §3–§7).

De matrix toont horizontaal de posities in de keten van verantwoordelijkheid (standaard de acht
van 000 §4, of de keten uit het ``posities``-bestand) en verticaal de vier elementen van
zelforganisatie en de vier van participatie (000 §5). "De aandachtspunten die uit de
stelselmatrix naar voren komen zijn de basis voor een programma van activiteiten" (000 §8, fase 2,
000:772-773). Deze analyse laat daarom zien:

- welke cellen, posities en elementen nog geen aandachtspunt hebben;
- welke aandachtspunten door geen enkele activiteit van het programma worden opgepakt;
- welke activiteiten naar geen cel wijzen, of naar een cel zonder aandachtspunt.

Een activiteit pakt een aandachtspunt op als ze het bij zijn id noemt (``aandachtspunten``) of
als ze zijn cel noemt (``cellen: [positie/element]``). Een vervallen activiteit pakt niets op.

Aandachtspunten uit de plenaire afronding van een vissenkom (001 §5.3, stap 11) met een ``cel``
staan in de matrix naast die van de stelselmatrix, met de vissenkom als bron.

Heeft een dossier meer stelselmatrices, dan telt per thema de nieuwste momentopname (``datum``,
niet na ``vandaag``); die van verschillende thema's vormen samen de matrix van de buurt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from stelselkit import methode
from stelselkit.analyse import Bevinding, gesorteerd
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Programma, Stelselmatrix, Vissenkom
from stelselkit.model.basis import Datum
from stelselkit.weergave.sjablonen import render

MatrixBron = tuple[Ingelezen, Stelselmatrix]
ProgrammaBron = tuple[Ingelezen, Programma]

# Hoe lang een aandachtspunt in de tabel mag zijn; de volledige tekst staat eronder.
KORT = 40

ELEMENT_IDS: tuple[str, ...] = methode.ids(methode.ELEMENTEN)
ZELFORGANISATIE_IDS: tuple[str, ...] = methode.ids(methode.ELEMENTEN_ZELFORGANISATIE)

REGEL_BASIS = (
    "000 §3 en §8 (fase 2, 000:772-773): de aandachtspunten uit de stelselmatrix zijn de basis "
    "voor het programma van activiteiten"
)
REGEL_POSITIES = (
    "000 §4: alle posities in de keten van verantwoordelijkheid zitten in een continu leerproces "
    "van zelforganisatie en verantwoordelijkheidsverschuiving"
)
REGEL_ELEMENTEN = (
    "000 §5 en §7: elke positie wordt bekeken vanuit de vier elementen van zelforganisatie en de "
    "vier van participatie"
)


@dataclass(frozen=True)
class Punt:
    """Eén aandachtspunt in een cel, met zijn nummer in het rapport."""

    nummer: int
    positie: str
    element: str
    tekst: str
    id: str | None
    bron: str  # de id van het stelselmatrix-bestand
    opgepakt_door: tuple[str, ...]  # ids van activiteiten

    @property
    def label(self) -> str:
        """Hoe een bevinding het punt noemt: zijn id, anders cel en nummer."""
        return self.id or f"{self.positie}/{self.element} [{self.nummer}]"

    def als_dict(self) -> dict[str, object]:
        return {
            "nummer": self.nummer,
            "id": self.id,
            "tekst": self.tekst,
            "bron": self.bron,
            "opgepakt_door": list(self.opgepakt_door),
        }


@dataclass(frozen=True)
class Cel:
    """Eén cel van de matrix: een positie en een element."""

    positie: str
    element: str
    punten: tuple[Punt, ...]
    activiteiten: tuple[str, ...]  # activiteiten die deze cel noemen (niet vervallen)

    @property
    def sleutel(self) -> str:
        return f"{self.positie}/{self.element}"

    @property
    def opgepakt(self) -> bool:
        return any(p.opgepakt_door for p in self.punten)

    @property
    def kort(self) -> str:
        """De celtekst voor de tabel: nummer(s) en het begin van het eerste aandachtspunt."""
        if not self.punten:
            return "—"
        eerste, laatste = self.punten[0].nummer, self.punten[-1].nummer
        nummers = f"[{eerste}]" if eerste == laatste else f"[{eerste}–{laatste}]"
        tekst = f"{nummers} {inkorten(self.punten[0].tekst)}"
        if len(self.punten) > 1:
            tekst += f" (+{len(self.punten) - 1})"
        if self.opgepakt:
            tekst += " ✓"
        return tabelveilig(tekst)

    def als_dict(self) -> dict[str, object]:
        return {
            "positie": self.positie,
            "element": self.element,
            "aandachtspunten": [p.als_dict() for p in self.punten],
            "activiteiten": list(self.activiteiten),
        }


@dataclass
class Matrixanalyse:
    """De stelselmatrix van een dossier met haar bevindingen."""

    naam: str
    bronnen: list[str]
    posities: list[methode.Term]
    cellen: dict[tuple[str, str], Cel]
    programmas: list[str]
    bevindingen: list[Bevinding]

    def punten(self) -> list[Punt]:
        """Alle aandachtspunten in de volgorde van hun nummer."""
        return sorted(
            (p for cel in self.cellen.values() for p in cel.punten), key=lambda p: p.nummer
        )

    def rijen(self) -> list[tuple[methode.Term, bool, list[Cel]]]:
        """Per element (in de volgorde van de methode) de cellen van alle posities."""
        return [
            (
                element,
                element.id in ZELFORGANISATIE_IDS,
                [self.cellen[(p.id, element.id)] for p in self.posities],
            )
            for element in methode.ELEMENTEN
        ]

    def kerncijfers(self) -> dict[str, int | float | str]:
        gevuld = sum(1 for cel in self.cellen.values() if cel.punten)
        punten = self.punten()
        return {
            "gevulde_cellen": gevuld,
            "lege_cellen": len(self.cellen) - gevuld,
            "aandachtspunten": len(punten),
            "opgepakte_aandachtspunten": sum(1 for p in punten if p.opgepakt_door),
        }

    def als_dict(self) -> dict[str, object]:
        return {
            "dossier": self.naam,
            "bronnen": self.bronnen,
            "programmas": self.programmas,
            "posities": [{"id": p.id, "naam": p.naam} for p in self.posities],
            "elementen": [
                {
                    "id": e.id,
                    "naam": e.naam,
                    "groep": "zelforganisatie" if e.id in ZELFORGANISATIE_IDS else "participatie",
                }
                for e in methode.ELEMENTEN
            ],
            "cellen": [cel.als_dict() for cel in self.cellen.values()],
            "kerncijfers": self.kerncijfers(),
            "bevindingen": [b.als_dict() for b in self.bevindingen],
        }


def inkorten(tekst: str, lengte: int = KORT) -> str:
    """De eerste woorden van een tekst, hooguit ``lengte`` tekens, met '…' als er meer is."""
    tekst = " ".join(tekst.split())
    if len(tekst) <= lengte:
        return tekst
    afgekapt = tekst[:lengte].rsplit(" ", 1)[0] if " " in tekst[:lengte] else tekst[:lengte]
    return afgekapt.rstrip(" ,.;:") + "…"


def tabelveilig(tekst: str) -> str:
    """Tekst die in een Markdown-tabelcel past: geen regeleinden, '|' ontsnapt."""
    return " ".join(tekst.split()).replace("|", "\\|")


def bestandsnaam(dossier: Dossier, ingelezen: Ingelezen) -> str:
    """Het pad van een bestand binnen zijn dossier (hetzelfde vanuit elke werkmap)."""
    try:
        return ingelezen.pad.resolve().relative_to(dossier.map.resolve()).as_posix()
    except ValueError:
        return ingelezen.pad.name


def _dag(datum: Datum | None) -> dt.date:
    return datum.begin if datum is not None else dt.date.min


def actuele_matrices(dossier: Dossier, vandaag: dt.date) -> list[MatrixBron]:
    """Per thema de nieuwste stelselmatrix die niet na ``vandaag`` gedateerd is.

    Een stelselmatrix met een datum is een momentopname; een nieuwere vervangt een oudere van
    hetzelfde thema. Zonder datum telt het bestand als oudste.
    """
    per_thema: dict[str | None, MatrixBron] = {}
    for ingelezen, matrix in dossier.van_soort(Stelselmatrix):
        if matrix.datum is not None and matrix.datum.nog_niet(vandaag):
            continue
        eerder = per_thema.get(matrix.thema)
        if eerder is None or _dag(matrix.datum) >= _dag(eerder[1].datum):
            per_thema[matrix.thema] = (ingelezen, matrix)
    return sorted(per_thema.values(), key=lambda bron: bron[0].naam)


def _keten(dossier: Dossier, matrices: list[MatrixBron]) -> list[methode.Term]:
    """De posities van het dossier, plus posities die alleen in een matrix staan (achteraan)."""
    keten = dossier.posities()
    bekend = {p.id for p in keten}
    for _, matrix in matrices:
        for positie in matrix.cellen:
            if positie not in bekend:
                keten.append(methode.Term(positie, positie))
                bekend.add(positie)
    return keten


def _actief(programmas: list[ProgrammaBron]) -> list[tuple[str, list[str], list[str]]]:
    """Elke activiteit die iets oppakt: (id, cellen, aandachtspunt-ids); vervallen telt niet."""
    return [
        (sleutel, list(activiteit.cellen), list(activiteit.aandachtspunten))
        for _, programma in programmas
        for sleutel, activiteit in programma.activiteiten.items()
        if activiteit.status != "vervallen"
    ]


def matrix_analyse(
    dossier: Dossier, matrices: list[MatrixBron], programmas: list[ProgrammaBron]
) -> Matrixanalyse:
    """De stelselmatrix uit ``matrices`` naast de activiteiten van ``programmas``."""
    keten = _keten(dossier, matrices)
    activiteiten = _actief(programmas)
    per_cel: dict[str, list[str]] = {}
    per_punt: dict[str, list[str]] = {}
    for sleutel, cellen, punten in activiteiten:
        for cel in cellen:
            per_cel.setdefault(cel, []).append(sleutel)
        for punt in punten:
            per_punt.setdefault(punt, []).append(sleutel)

    ruw: dict[tuple[str, str], list[tuple[str, str | None, str]]] = {}
    for ingelezen, matrix in matrices:
        for positie, element, _, punt in matrix.aandachtspunten():
            ruw.setdefault((positie, element), []).append((punt.tekst, punt.id, ingelezen.id))
    # De plenaire afronding van een vissenkom (001 §5.3, stap 11) levert aandachtspunten met een
    # cel; zo komen ze in de matrix en het programma. Niet openbaar: de openbare kopie van het
    # dossier heeft geen vissenkom.
    for ingelezen, kom in dossier.van_soort(Vissenkom):
        for vk_punt in kom.aandachtspunten:
            if vk_punt.cel:
                positie, element = vk_punt.cel.split("/", 1)
                ruw.setdefault((positie, element), []).append(
                    (vk_punt.tekst, vk_punt.id, ingelezen.id))

    cellen: dict[tuple[str, str], Cel] = {}
    nummer = 0
    # Nummering zoals de volledige tekst eronder: per positie, dan per element.
    for positie in keten:
        for element in ELEMENT_IDS:
            sleutel = f"{positie.id}/{element}"
            punten = []
            for tekst, id_, bron in ruw.get((positie.id, element), []):
                nummer += 1
                door = per_cel.get(sleutel, []) + (per_punt.get(id_, []) if id_ else [])
                punten.append(Punt(nummer, positie.id, element, tekst, id_, bron,
                                   tuple(dict.fromkeys(door))))
            cellen[(positie.id, element)] = Cel(
                positie.id, element, tuple(punten), tuple(per_cel.get(sleutel, []))
            )
    # De rijen van de tabel zijn elementen; bewaar de cellen in die volgorde.
    geordend = {(p.id, e): cellen[(p.id, e)] for e in ELEMENT_IDS for p in keten}
    programma_ids = [ingelezen.id for ingelezen, _ in programmas]
    resultaat = Matrixanalyse(
        naam=dossier.naam,
        bronnen=[bestandsnaam(dossier, ingelezen) for ingelezen, _ in matrices],
        posities=keten,
        cellen=geordend,
        programmas=programma_ids,
        bevindingen=[],
    )
    resultaat.bevindingen = gesorteerd(
        _lege_bevindingen(resultaat) + _programma_bevindingen(resultaat, activiteiten)
    )
    return resultaat


def _lege_bevindingen(resultaat: Matrixanalyse) -> list[Bevinding]:
    """Lege plekken: hele posities, hele elementen, en losse cellen per positie."""
    bevindingen: list[Bevinding] = []
    namen = {p.id: p.naam for p in resultaat.posities}
    lege_posities = [
        p.id for p in resultaat.posities
        if not any(resultaat.cellen[(p.id, e)].punten for e in ELEMENT_IDS)
    ]
    lege_elementen = [
        e for e in ELEMENT_IDS
        if not any(resultaat.cellen[(p.id, e)].punten for p in resultaat.posities)
    ]
    # 000 §4: elke positie in de keten neemt verantwoordelijkheid; een positie zonder
    # aandachtspunt staat buiten het leerproces van de matrix.
    if lege_posities:
        bevindingen.append(Bevinding(
            code="positie-zonder-aandachtspunt",
            titel="Posities zonder aandachtspunt",
            tekst="Voor deze posities staat nog niets in de stelselmatrix: "
            + ", ".join(namen[p] for p in lege_posities)
            + ". Ga met wie deze posities inneemt na waar zij aan kunnen werken, of haal de "
            "positie uit de keten als zij voor dit thema niet meedoet.",
            regel=REGEL_POSITIES,
            over=tuple(lege_posities),
            gewicht="aandacht",
        ))
    # 000 §5: de vier elementen van zelforganisatie en vier van participatie horen bij elke
    # positie; een element dat nergens een aandachtspunt heeft, wordt nergens opgebouwd.
    if lege_elementen:
        bevindingen.append(Bevinding(
            code="element-zonder-aandachtspunt",
            titel="Elementen zonder aandachtspunt",
            tekst="Geen enkele positie heeft een aandachtspunt voor: "
            + ", ".join(methode.naam_van(methode.ELEMENTEN, e) for e in lege_elementen)
            + ". Vraag per positie wat dit element voor het thema betekent.",
            regel=REGEL_ELEMENTEN,
            over=tuple(lege_elementen),
            gewicht="aandacht",
        ))
    # 000 §5 en §7: de overige lege cellen, in één bevinding, per positie gebundeld.
    per_positie = []
    for positie in resultaat.posities:
        if positie.id in lege_posities:
            continue
        leeg = [
            e for e in ELEMENT_IDS
            if e not in lege_elementen and not resultaat.cellen[(positie.id, e)].punten
        ]
        if leeg:
            per_positie.append((positie, leeg))
    if per_positie:
        bevindingen.append(Bevinding(
            code="lege-cellen",
            titel="Lege cellen",
            tekst="Nog geen aandachtspunt: "
            + "; ".join(f"{positie.naam} voor "
                        + ", ".join(methode.naam_van(methode.ELEMENTEN, e) for e in leeg)
                        for positie, leeg in per_positie)
            + ". Een lege cel is een vraag: wat vraagt dit element van deze positie?",
            regel=REGEL_ELEMENTEN,
            over=tuple(f"{positie.id}/{e}" for positie, leeg in per_positie for e in leeg),
            gewicht="info",
        ))
    return bevindingen


def _programma_bevindingen(
    resultaat: Matrixanalyse, activiteiten: list[tuple[str, list[str], list[str]]]
) -> list[Bevinding]:
    """De brug naar het programma van activiteiten."""
    punten = resultaat.punten()
    if not resultaat.programmas:
        if not punten:
            return []
        # 000 §8 fase 2: de aandachtspunten worden omgezet in een programma van activiteiten.
        return [Bevinding(
            code="geen-programma",
            titel="Nog geen programma van activiteiten",
            tekst=f"De stelselmatrix heeft {len(punten)} aandachtspunten, maar het dossier heeft "
            "geen "
            "programma. Zet de aandachtspunten met betrokkenen om in activiteiten "
            "('stelsel nieuw programma').",
            regel=REGEL_BASIS,
            over=(),
            gewicht="actie",
        )]
    bevindingen: list[Bevinding] = []
    # 000 §8 fase 2 (000:772-773): elk aandachtspunt hoort ergens in het programma terug te komen.
    niet_opgepakt = [p for p in punten if not p.opgepakt_door]
    if niet_opgepakt:
        bevindingen.append(Bevinding(
            code="aandachtspunt-niet-opgepakt",
            titel="Aandachtspunten die geen activiteit oppakt",
            tekst=f"{len(niet_opgepakt)} van de {len(punten)} aandachtspunten komen in geen "
            "activiteit "
            "van het programma terug. Plan er een activiteit voor (met 'cellen' of "
            "'aandachtspunten'), of bespreek met betrokkenen waarom het nu niet aan de orde is.",
            regel=REGEL_BASIS,
            over=tuple(p.label for p in niet_opgepakt),
            gewicht="actie",
        ))
    bekende_punten = {p.id for p in punten if p.id}
    zonder_cel = [
        sleutel for sleutel, cellen, ids in activiteiten
        if not cellen and not any(i in bekende_punten for i in ids)
    ]
    # 000 §3: het programma zet de aandachtspunten om; een activiteit zonder cel is niet te
    # herleiden tot de matrix.
    if zonder_cel:
        bevindingen.append(Bevinding(
            code="activiteit-zonder-cel",
            titel="Activiteiten die naar geen cel wijzen",
            tekst="Deze activiteiten noemen geen cel en geen aandachtspunt van de stelselmatrix. "
            "Geef met 'cellen: [positie/element]' aan aan welk deel van het stelsel ze bouwen.",
            regel=REGEL_BASIS,
            over=tuple(zonder_cel),
            gewicht="aandacht",
        ))
    op_lege_cel = [
        f"{sleutel} → {cel}"
        for sleutel, cellen, _ in activiteiten
        for cel in cellen
        if not _cel_heeft_punten(resultaat, cel)
    ]
    # 000 §3: een activiteit in een cel zonder aandachtspunt rust niet op de matrix; of de
    # matrix mist een aandachtspunt, of de activiteit staat in de verkeerde cel.
    if op_lege_cel:
        bevindingen.append(Bevinding(
            code="activiteit-op-lege-cel",
            titel="Activiteiten in een cel zonder aandachtspunt",
            tekst="Deze activiteiten wijzen naar een cel waar de stelselmatrix geen aandachtspunt "
            "heeft. Voeg het aandachtspunt toe dat de activiteit oppakt, of kies de juiste cel.",
            regel=REGEL_BASIS,
            over=tuple(op_lege_cel),
            gewicht="aandacht",
        ))
    return bevindingen


def _cel_heeft_punten(resultaat: Matrixanalyse, cel: str) -> bool:
    positie, _, element = cel.partition("/")
    gevonden = resultaat.cellen.get((positie, element))
    return gevonden is not None and bool(gevonden.punten)


def dossier_analyse(dossier: Dossier, vandaag: dt.date) -> Matrixanalyse | None:
    """De stelselmatrix van het dossier (None zonder stelselmatrix), naast alle programma's."""
    matrices = actuele_matrices(dossier, vandaag)
    if not matrices:
        return None
    return matrix_analyse(dossier, matrices, dossier.van_soort(Programma))


def markdown(resultaat: Matrixanalyse, sjablonen: Path | None = None) -> str:
    return render(
        "rapport/matrix.md.j2",
        sjablonen,
        r=resultaat,
        kerncijfers=resultaat.kerncijfers(),
        elementnaam={e.id: e.naam for e in methode.ELEMENTEN},
        tabelveilig=tabelveilig,
    )
