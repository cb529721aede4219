"""Stelselmatrix: posities × elementen met de aandachtspunten per cel (000 §3–§7).

De matrix toont horizontaal de posities in de keten van verantwoordelijkheid (standaard de acht
van 000 §4, of de keten uit het ``posities``-bestand) en verticaal de vier elementen van
zelforganisatie en de vier van participatie (000, §5). "De aandachtspunten die uit de
stelselmatrix naar voren komen zijn de basis voor een programma van activiteiten" (000, §8,
fase 2). Deze analyse laat daarom zien:

- welke cellen, posities en elementen nog geen aandachtspunt hebben;
- welke aandachtspunten door geen enkele activiteit van het programma worden opgepakt;
- welke activiteiten naar geen cel wijzen, of naar een cel zonder aandachtspunt.

Op elke regel geeft ze hooguit één bevinding (#15): wat bij één regel hoort, staat in één tekst,
het zwaarste voorop, en de code is die van dat zwaarste deel.

Een activiteit pakt een aandachtspunt op als ze het bij zijn id noemt (``aandachtspunten``) of
als ze zijn cel noemt (``cellen: [positie/element]``). Een vervallen activiteit pakt niets op.

Aandachtspunten uit de plenaire afronding van een vissenkom (001 §5.3, stap 11) met een ``cel``
staan in de matrix naast die van de stelselmatrix, met de vissenkom als bron.

Heeft een dossier meer stelselmatrices, dan telt per thema de nieuwste momentopname (``datum``,
niet na ``vandaag``); die van verschillende thema's vormen samen de matrix van de buurt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from stelselkit import methode
from stelselkit.analyse import Analyse, Bevinding, Bron, Kerncijfer, Resultaat, gesorteerd
from stelselkit.analyse.bronnen import ProgrammaBron, bestandsnaam, dossier_van
from stelselkit.lezen.dossier import Dossier, Ingelezen
from stelselkit.model import Programma, Stelselmatrix, Vissenkom
from stelselkit.model.basis import Datum
from stelselkit.regels import regel
from stelselkit.taal import opsomming_kort

MatrixBron = tuple[Ingelezen, Stelselmatrix]

ELEMENT_IDS: tuple[str, ...] = methode.ids(methode.ELEMENTEN)
ZELFORGANISATIE_IDS: tuple[str, ...] = methode.ids(methode.ELEMENTEN_ZELFORGANISATIE)


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

    def kerncijfers(self) -> tuple[Kerncijfer, ...]:
        gevuld = sum(1 for cel in self.cellen.values() if cel.punten)
        punten = self.punten()
        return (
            Kerncijfer(id="gevulde-cellen", label="gevulde cellen", waarde=gevuld,
                       uitleg="cellen (positie × element) met minstens één aandachtspunt"),
            Kerncijfer(id="lege-cellen", label="lege cellen", waarde=len(self.cellen) - gevuld,
                       uitleg="cellen waar de stelselmatrix nog niets over zegt"),
            Kerncijfer(id="aandachtspunten", label="aandachtspunten", waarde=len(punten),
                       uitleg="aandachtspunten in de stelselmatrix (en uit een vissenkom)"),
            Kerncijfer(id="opgepakte-aandachtspunten", label="opgepakte aandachtspunten",
                       waarde=sum(1 for p in punten if p.opgepakt_door),
                       uitleg="aandachtspunten die een activiteit van het programma oppakt"),
        )

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
        }


def _dag(datum: Datum | None) -> dt.date:
    return datum.begin if datum is not None else dt.date.min


def actuele_matrices(matrices: Sequence[MatrixBron], vandaag: dt.date) -> list[MatrixBron]:
    """Per thema de nieuwste stelselmatrix die niet na ``vandaag`` gedateerd is.

    Een stelselmatrix met een datum is een momentopname; een nieuwere vervangt een oudere van
    hetzelfde thema. Zonder datum telt het bestand als oudste.
    """
    per_thema: dict[str | None, MatrixBron] = {}
    for ingelezen, matrix in matrices:
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
) -> tuple[Matrixanalyse, list[Bevinding]]:
    """De stelselmatrix uit ``matrices`` naast de activiteiten van ``programmas``."""
    keten = _keten(dossier, matrices)
    activiteiten = _actief(programmas)
    per_cel: dict[str, list[str]] = {}
    per_punt: dict[str, list[str]] = {}
    for sleutel, celsleutels, punt_ids in activiteiten:
        for celsleutel in celsleutels:
            per_cel.setdefault(celsleutel, []).append(sleutel)
        for punt_id in punt_ids:
            per_punt.setdefault(punt_id, []).append(sleutel)

    ruw: dict[tuple[str, str], list[tuple[str, str | None, str]]] = {}
    for ingelezen, matrix in matrices:
        for positie_id, element, _, punt in matrix.aandachtspunten():
            ruw.setdefault((positie_id, element), []).append((punt.tekst, punt.id, ingelezen.id))
    # De plenaire afronding van een vissenkom (001 §5.3, stap 11) levert aandachtspunten met een
    # cel; zo komen ze in de matrix en het programma. Niet openbaar: de openbare kopie van het
    # dossier heeft geen vissenkom.
    for ingelezen, kom in dossier.van_soort(Vissenkom):
        for vk_punt in kom.aandachtspunten:
            if vk_punt.cel:
                positie_id, element = vk_punt.cel.split("/", 1)
                ruw.setdefault((positie_id, element), []).append(
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
    )
    bevindingen = gesorteerd(
        _lege_bevindingen(resultaat) + _programma_bevindingen(resultaat, activiteiten)
    )
    return resultaat, bevindingen


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
            regel=regel("matrix-posities"),
            over=tuple(lege_posities),
            gewicht="aandacht",
        ))
    # 000 §5 en §7: de vier elementen van zelforganisatie en vier van participatie horen bij
    # elke positie. Eén bevinding op deze regel (#15): eerst de elementen die bij geen enkele
    # positie een aandachtspunt hebben (die worden nergens opgebouwd), dan de overige lege
    # cellen, per positie gebundeld; de code is die van het eerste deel.
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
    delen = []
    if lege_elementen:
        delen.append("Geen enkele positie heeft een aandachtspunt voor: "
                     + ", ".join(methode.naam_van(methode.ELEMENTEN, e) for e in lege_elementen)
                     + ". Vraag per positie wat dit element voor het thema betekent.")
    if per_positie:
        delen.append("Nog geen aandachtspunt: "
                     + "; ".join(f"{positie.naam} voor "
                                 + ", ".join(methode.naam_van(methode.ELEMENTEN, e) for e in leeg)
                                 for positie, leeg in per_positie)
                     + ". Een lege cel is een vraag: wat vraagt dit element van deze positie?")
    if delen:
        bevindingen.append(Bevinding(
            code="element-zonder-aandachtspunt" if lege_elementen else "lege-cellen",
            titel="Elementen zonder aandachtspunt" if lege_elementen else "Lege cellen",
            tekst=" ".join(delen),
            regel=regel("matrix-elementen"),
            over=(*lege_elementen,
                  *(f"{positie.id}/{e}" for positie, leeg in per_positie for e in leeg)),
            gewicht="aandacht" if lege_elementen else "info",
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
            regel=regel("matrix-programma"),
            over=(),
            gewicht="actie",
        )]
    # 000, §8 (fase 2): elk aandachtspunt hoort ergens in het programma terug te komen.
    niet_opgepakt = [p for p in punten if not p.opgepakt_door]
    bekende_punten = {p.id for p in punten if p.id}
    # 000 §3: het programma zet de aandachtspunten om; een activiteit zonder cel is niet te
    # herleiden tot de matrix.
    zonder_cel = [
        sleutel for sleutel, cellen, ids in activiteiten
        if not cellen and not any(i in bekende_punten for i in ids)
    ]
    # 000 §3: een activiteit in een cel zonder aandachtspunt rust niet op de matrix; of de
    # matrix mist een aandachtspunt, of de activiteit staat in de verkeerde cel.
    op_lege_cel = [
        f"{sleutel} → {cel}"
        for sleutel, cellen, _ in activiteiten
        for cel in cellen
        if not _cel_heeft_punten(resultaat, cel)
    ]
    # Eén bevinding op deze regel (#15), het zwaarste voorop; de code is die van het eerste deel.
    delen: list[tuple[str, str, str]] = []  # (code, titel, zin)
    if niet_opgepakt:
        delen.append((
            "aandachtspunt-niet-opgepakt", "Aandachtspunten die geen activiteit oppakt",
            f"{len(niet_opgepakt)} van de {len(punten)} aandachtspunten komen in geen activiteit "
            "van het programma terug. Plan er een activiteit voor (met 'cellen' of "
            "'aandachtspunten'), of bespreek met betrokkenen waarom het nu niet aan de orde is."))
    if zonder_cel:
        delen.append((
            "activiteit-zonder-cel", "Activiteiten die naar geen cel wijzen",
            f"{'Deze activiteit noemt' if len(zonder_cel) == 1 else 'Deze activiteiten noemen'}"
            f" geen cel en geen aandachtspunt van de stelselmatrix: {opsomming_kort(zonder_cel)}. "
            "Geef met 'cellen: [positie/element]' aan aan welk deel van het stelsel ze bouwen."))
    if op_lege_cel:
        delen.append((
            "activiteit-op-lege-cel", "Activiteiten in een cel zonder aandachtspunt",
            "Naar een cel waar de stelselmatrix geen aandachtspunt heeft, wijst: "
            f"{opsomming_kort(op_lege_cel)}. Voeg het aandachtspunt toe dat de activiteit "
            "oppakt, of kies de juiste cel."))
    if not delen:
        return []
    code, titel, _ = delen[0]
    return [Bevinding(
        code=code,
        titel=titel,
        tekst=" ".join(zin for _, _, zin in delen),
        regel=regel("matrix-programma"),
        over=(*(p.label for p in niet_opgepakt), *zonder_cel, *op_lege_cel),
        gewicht="actie" if niet_opgepakt else "aandacht",
    )]


def _cel_heeft_punten(resultaat: Matrixanalyse, cel: str) -> bool:
    positie, _, element = cel.partition("/")
    gevonden = resultaat.cellen.get((positie, element))
    return gevonden is not None and bool(gevonden.punten)


def analyseer(bronnen: Sequence[Bron[Stelselmatrix]],
              vandaag: dt.date) -> Resultaat[Matrixanalyse]:
    """De stelselmatrix van de bronnen naast alle programma's van hun dossier.

    Per thema telt de nieuwste momentopname die niet na ``vandaag`` gedateerd is; liggen alle
    gegeven bestanden na ``vandaag``, dan tellen ze zoals ze gegeven zijn.
    """
    dossier = dossier_van(bronnen)
    gegeven = [(i, m) for i, m, _ in bronnen]
    matrices = actuele_matrices(gegeven, vandaag) or gegeven
    matrix, bevindingen = matrix_analyse(dossier, matrices, dossier.van_soort(Programma))
    return Resultaat(
        analyse="matrix",
        peildatum=vandaag,
        kerncijfers=matrix.kerncijfers(),
        bevindingen=tuple(bevindingen),
        details=matrix,
    )


ANALYSE: Analyse[Stelselmatrix] = Analyse(
    naam="matrix",
    titel="Stelselmatrix",
    soort=Stelselmatrix,
    analyseer=analyseer,
)
