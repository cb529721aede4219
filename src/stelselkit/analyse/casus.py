"""Casussen en vissenkommen: sociale ondersteuning vanuit eigen regie (001 §1.2, §5.2–§5.4).

Per casus kijkt de analyse naar wat de proeftuin Oosterbeek zelf belangrijk vond (001 §5.2):

- is helder **wie de casusregisseur** is, en staat die **dicht bij het gezin** (punt 11)? Een
  regisseur staat ver van het gezin als hij uit de tweede lijn komt, of een positie heeft in de
  achterste helft van de keten van het dossier (de keten loopt van bewoner naar bestuur);
- is de **tweede lijn** erbij gekomen zonder plan om weer terug te schakelen (punten 11 en
  16: "Terugschakelen: zo snel mogelijk vanuit de tweede lijn terug naar de eerste en de nulde
  lijn")? Gemeten op de peildatum: de tweede lijn is nog betrokken en ``afbouw`` is leeg;
- zijn de **vier casusvragen** beantwoord (punt 12)? Ze zijn een lens op het vermogen van het
  gezin (002, hoofdstuk 6, instrument 4);
- heeft een **vissenkom** vastgelegd welke expertise gemist werd en welke overlappend of
  overbodig was (001 §5.3, stap 9)?

Over alle casussen samen (het :class:`~stelselkit.lezen.casusoverzicht.Casusoverzicht`) zoekt ze
**patronen** voor fase 3 (000 §8, §11: afspraken met aanbieders over de beschikbaarheid van
expertise): expertise die in meer vissenkommen gemist wordt of overlapt, en hoe vaak er per
halfjaar naar de tweede lijn werd opgeschaald en weer teruggeschakeld. Dat is de eerlijke vorm van
het lijnendashboard (000 §6, §10): tellingen van geregistreerde casussen, geen uren of euro's.

**Openbaar.** Met ``--openbaar`` bevat het resultaat alleen het overzicht, en alleen vanaf de
drempel van het dossier (k-anonimiteit, ``casusdrempel``); geen code, geen bevinding over één
casus, geen vrije tekst uit een casus of vissenkom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from stelselkit import methode
from stelselkit.analyse import Analyse, Bevinding, Bron, Kerncijfer, Resultaat, gesorteerd
from stelselkit.lezen.casusoverzicht import Casusoverzicht, drempel_van, overzicht
from stelselkit.lezen.dossier import Dossier
from stelselkit.model import Casus, Vissenkom
from stelselkit.model.basis import Datum
from stelselkit.regels import regel
from stelselkit.taal import aantal, opsomming

NAAM = "casus"
TWEEDE = "tweede"


@dataclass(frozen=True)
class Casusregel:
    """Eén casus zoals de analyse hem ziet; alleen in niet-openbare uitvoer."""

    code: str
    regisseur: str | None  # de rol
    regisseur_ver: bool
    lijnen_nu: tuple[str, ...]  # de lijnen die op de peildatum betrokken zijn
    tweede_sinds: Datum | None  # sinds wanneer de tweede lijn (nog) betrokken is
    afbouw: bool  # is er een plan om de tweede lijn weer los te laten
    open_vragen: tuple[str, ...]
    een_plan: bool | None

    def als_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "casusregisseur": self.regisseur,
            "regisseur_ver_van_gezin": self.regisseur_ver,
            "lijnen_nu": list(self.lijnen_nu),
            "tweede_lijn_sinds": self.tweede_sinds.isoformat() if self.tweede_sinds else None,
            "afbouwplan": self.afbouw,
            "open_vragen": list(self.open_vragen),
            "een_plan": self.een_plan,
        }


@dataclass(frozen=True)
class Komregel:
    """Eén vissenkom zoals de analyse hem ziet; alleen in niet-openbare uitvoer."""

    id: str
    casus: str
    stappen_gezet: int
    gemist: tuple[str, ...]
    overlappend: tuple[str, ...]

    def als_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "casus": self.casus,
            "stappen_gezet": self.stappen_gezet,
            "gemiste_expertise": list(self.gemist),
            "overlappende_expertise": list(self.overlappend),
        }


@dataclass(frozen=True)
class Casusanalyse:
    """De details van de casusanalyse."""

    dossier: str
    drempel: int
    openbaar: bool
    casussen: tuple[Casusregel, ...]
    vissenkommen: tuple[Komregel, ...]
    overzicht: Casusoverzicht | None  # None: openbaar en onder de drempel

    def als_dict(self) -> dict[str, object]:
        return {
            "dossier": self.dossier,
            "drempel": self.drempel,
            "openbaar": self.openbaar,
            "casussen": [c.als_dict() for c in self.casussen],
            "vissenkommen": [v.als_dict() for v in self.vissenkommen],
            "overzicht": self.overzicht.als_dict() if self.overzicht else None,
        }


# --- per casus ---------------------------------------------------------------------------------


def _ver_van_gezin(casus: Casus, keten: list[str]) -> bool:
    regisseur = casus.casusregisseur
    if regisseur is None:
        return False
    if regisseur.lijn == TWEEDE:
        return True
    if regisseur.positie in keten:
        return keten.index(regisseur.positie) >= len(keten) / 2
    return False


def _casusregel(casus: Casus, keten: list[str], vandaag: dt.date) -> Casusregel:
    nu = [
        i for i in casus.lijnen
        if not i.opgeschaald.nog_niet(vandaag)
        and (i.teruggeschakeld is None or i.teruggeschakeld.nog_niet(vandaag))
    ]
    tweede = [i for i in nu if i.lijn == TWEEDE]
    return Casusregel(
        code=casus.code,
        regisseur=casus.casusregisseur.rol if casus.casusregisseur else None,
        regisseur_ver=_ver_van_gezin(casus, keten),
        lijnen_nu=tuple(lijn for lijn in methode.ids(methode.LIJNEN)
                        if any(i.lijn == lijn for i in nu)),
        tweede_sinds=min((i.opgeschaald for i in tweede), default=None),
        afbouw=any(i.afbouw for i in tweede),
        open_vragen=tuple(v for v in methode.ids(methode.CASUSVRAGEN)
                          if not getattr(casus.vragen, v)),
        een_plan=casus.plan.een_plan if casus.plan else None,
    )


def _komregel(id_: str, kom: Vissenkom) -> Komregel:
    gezet = sum(
        1 for s in methode.ids(methode.VISSENKOM_STAPPEN)
        if (stap := getattr(kom.stappen, s)) is not None and stap.gedaan
    )
    return Komregel(id_, kom.casus, gezet, tuple(kom.gemiste_expertise),
                    tuple(kom.overlappende_expertise))


def _vraagnamen(vragen: Sequence[str]) -> str:
    return opsomming([methode.naam_van(methode.CASUSVRAGEN, v).lower() for v in vragen])


def _casusbevindingen(
    casussen: Sequence[Casusregel], kommen: Sequence[Komregel], vandaag: dt.date
) -> list[Bevinding]:
    bevindingen: list[Bevinding] = []
    # Impact: een casus in de tweede lijn weegt zwaarder; daarna de volgorde in het dossier.
    zonder = sorted((c for c in casussen if c.regisseur is None),
                    key=lambda c: c.tweede_sinds is None)
    if zonder:
        bevindingen.append(Bevinding(
            code="casus-zonder-regisseur",
            titel="Casussen zonder casusregisseur",
            tekst=(
                f"{aantal(len(zonder), 'casus', 'casussen')} zonder casusregisseur. Spreek per "
                "casus af wie regisseert: iemand dicht bij het gezin, die samenbrengt wat op dat "
                "moment nodig is en betrokken blijft als de tweede lijn erbij komt."
            ),
            regel=regel("casusregisseur-helder"),
            over=tuple(c.code for c in zonder),
            gewicht="actie",
        ))
    ver = [c for c in casussen if c.regisseur_ver]
    if ver:
        bevindingen.append(Bevinding(
            code="regisseur-ver-van-gezin",
            titel="Casusregisseur ver van het gezin",
            tekst=(
                "Bij deze casussen komt de regisseur uit de tweede lijn of van een positie ver "
                "van het gezin in de keten: "
                + opsomming([f"{c.code} ({c.regisseur})" for c in ver])
                + ". Kijk of iemand dichter bij het gezin de regie kan nemen, uit de nulde of "
                "eerste lijn, die het beste aansluit bij de situatie."
            ),
            regel=regel("casusregisseur-dichtbij"),
            over=tuple(c.code for c in ver),
            gewicht="aandacht",
        ))
    tweede = sorted(
        (c for c in casussen if c.tweede_sinds is not None and not c.afbouw),
        key=lambda c: (c.tweede_sinds, c.code),
    )
    if tweede:
        bevindingen.append(Bevinding(
            code="tweede-lijn-zonder-afbouw",
            titel="Tweede lijn zonder plan om terug te schakelen",
            tekst=(
                "Hier is de tweede lijn betrokken zonder plan om weer terug te schakelen "
                "(langst eerst): "
                + opsomming([f"{c.code} (sinds {c.tweede_sinds.nl()}, "
                             f"{aantal((vandaag - c.tweede_sinds.begin).days, 'dag', 'dagen')})"
                             for c in tweede if c.tweede_sinds])
                + ". Leg met de casusregisseur vast wanneer en hoe de tweede lijn loslaat "
                "('afbouw'), terug naar de eerste en de nulde lijn."
            ),
            regel=regel("terugschakelen"),
            over=tuple(c.code for c in tweede),
            gewicht="actie",
        ))
    open_ = sorted((c for c in casussen if c.open_vragen), key=lambda c: -len(c.open_vragen))
    if open_:
        bevindingen.append(Bevinding(
            code="casusvragen-open",
            titel="Casusvragen zonder antwoord",
            tekst=(
                "De vier casusvragen zeggen of het gezin zelf de regie kan nemen. Nog open: "
                + opsomming([f"{c.code} ({_vraagnamen(c.open_vragen)})" for c in open_])
                + ". Beantwoord ze met het gezin, in woorden, niet met een score."
            ),
            regel=regel("casusvragen"),
            over=tuple(c.code for c in open_),
            gewicht="aandacht",
        ))
    stil = [k for k in kommen if not k.gemist and not k.overlappend]
    if stil:
        bevindingen.append(Bevinding(
            code="vissenkom-zonder-expertise",
            titel="Vissenkom zonder oordeel over expertise",
            tekst=(
                f"{aantal(len(stil), 'vissenkom', 'vissenkommen')} zonder gemiste of "
                "overlappende expertise: "
                + opsomming([f"{k.id} (casus {k.casus})" for k in stil])
                + ". Stap 9 vraagt de buitenkring welke expertise ze mist en welke overlappend "
                "of overbodig is; juist dat leert het gebiedsteam wat het nodig heeft. Leg het "
                "vast onder 'gemiste_expertise' en 'overlappende_expertise', ook als het "
                "antwoord 'geen' is."
            ),
            regel=regel("vissenkom-expertise"),
            over=tuple(k.id for k in stil),
            gewicht="aandacht",
        ))
    return bevindingen


# --- patronen over alle casussen ---------------------------------------------------------------


def _patroonbevindingen(o: Casusoverzicht) -> list[Bevinding]:
    bevindingen: list[Bevinding] = []
    if o.gemist:
        bevindingen.append(Bevinding(
            code="expertise-herhaald-gemist",
            titel="Expertise die steeds gemist wordt",
            tekst=(
                "In meer vissenkommen werd dezelfde expertise gemist: "
                + opsomming([f"{e} ({n} van de {o.vissenkommen})" for e, n in o.gemist])
                + ". Neem dit mee in de afspraken met aanbieders over de beschikbaarheid van "
                "expertise voor het gebiedsteam (fase 3), of zoek haar in het open netwerk."
            ),
            regel=regel("expertise-afspraken"),
            over=tuple(e for e, _ in o.gemist),
            gewicht="aandacht",
        ))
    if o.overlappend:
        bevindingen.append(Bevinding(
            code="expertise-herhaald-overlappend",
            titel="Expertise die steeds overlapt",
            tekst=(
                "In meer vissenkommen was dezelfde expertise overlappend of overbodig: "
                + opsomming([f"{e} ({n} van de {o.vissenkommen})" for e, n in o.overlappend])
                + ". Bespreek met de aanbieders wie wat doet, zodat er niet twee zijn waar één "
                "volstaat, en ruim oude werkwijzen op."
            ),
            regel=regel("verbrokkeling"),
            over=tuple(e for e, _ in o.overlappend),
            gewicht="aandacht",
        ))
    op = sum(p.aantal("opgeschaald", TWEEDE) for p in o.perioden)
    terug = sum(p.aantal("teruggeschakeld", TWEEDE) for p in o.perioden)
    if op > terug:
        achter = [p for p in o.perioden
                  if p.aantal("opgeschaald", TWEEDE) > p.aantal("teruggeschakeld", TWEEDE)]
        bevindingen.append(Bevinding(
            code="weinig-terugschakelen",
            titel="Meer naar de tweede lijn dan terug",
            tekst=(
                f"Over {aantal(o.casussen, 'casus', 'casussen')} werd "
                f"{aantal(op, 'keer', 'keer')} naar de tweede lijn opgeschaald en "
                f"{aantal(terug, 'keer', 'keer')} teruggeschakeld. Per halfjaar: "
                + opsomming([
                    f"{p.periode}: {p.aantal('opgeschaald', TWEEDE)} op, "
                    f"{p.aantal('teruggeschakeld', TWEEDE)} terug" for p in achter
                ])
                + ". Maak de verschuiving zichtbaar in het gesprek met aanbieders en het "
                "gebiedsteam: wat is nodig om eerder terug te schakelen?"
            ),
            regel=regel("lijnen-verschuiving"),
            over=tuple(p.periode for p in achter),
            gewicht="aandacht",
        ))
    return bevindingen


# --- samen -------------------------------------------------------------------------------------


def _kerncijfers_overzicht(o: Casusoverzicht) -> tuple[Kerncijfer, ...]:
    terug = sum(p.aantal("teruggeschakeld", TWEEDE) for p in o.perioden)
    return (
        Kerncijfer(id="casussen", label="casussen", waarde=o.casussen,
                   uitleg="concrete casussen in het dossier"),
        Kerncijfer(id="met-regisseur", label="met casusregisseur", waarde=o.met_regisseur,
                   uitleg="casussen waarin helder is wie de regie heeft"),
        Kerncijfer(id="met-een-plan", label="met één plan", waarde=o.met_een_plan,
                   uitleg="één gezin, één plan"),
        Kerncijfer(id="vragen-beantwoord", label="casusvragen beantwoord",
                   waarde=o.vragen_beantwoord,
                   uitleg="casussen waarin alle vier de casusvragen beantwoord zijn"),
        Kerncijfer(id="teruggeschakeld", label="teruggeschakeld uit de tweede lijn",
                   waarde=terug, uitleg="keren dat de tweede lijn weer losliet"),
        Kerncijfer(id="vissenkommen", label="vissenkommen", waarde=o.vissenkommen,
                   uitleg="oefeningen in het bijeenbrengen van expertise"),
    )


def _dossiers(bronnen: Sequence[Bron[Casus]]) -> list[Dossier]:
    gezien: dict[int, Dossier] = {}
    for _, _, dossier in bronnen:
        if dossier is not None:
            gezien.setdefault(id(dossier), dossier)
    return list(gezien.values())


def analyseer(bronnen: Sequence[Bron[Casus]], vandaag: dt.date) -> Resultaat[Casusanalyse]:
    """De casussen van ``bronnen`` met de vissenkommen van hun dossiers (niet openbaar)."""
    dossiers = _dossiers(bronnen)
    kommen: list[tuple[str, Vissenkom]] = [
        (ingelezen.id, kom) for d in dossiers for ingelezen, kom in d.van_soort(Vissenkom)
    ]
    casussen: list[Casusregel] = []
    for _, casus, dossier in bronnen:
        keten = [p.id for p in dossier.posities()] if dossier else list(
            methode.ids(methode.POSITIES_KETEN))
        casussen.append(_casusregel(casus, keten, vandaag))
    komregels = [_komregel(id_, kom) for id_, kom in kommen]
    o = overzicht([c for _, c, _ in bronnen], [k for _, k in kommen])
    bevindingen = _casusbevindingen(casussen, komregels, vandaag) + _patroonbevindingen(o)
    in_tweede = sum(1 for c in casussen if TWEEDE in c.lijnen_nu)
    return Resultaat(
        analyse=NAAM,
        peildatum=vandaag,
        kerncijfers=(
            *_kerncijfers_overzicht(o),
            Kerncijfer(id="tweede-lijn-nu", label="nu in de tweede lijn", waarde=in_tweede,
                       uitleg="casussen waarin de tweede lijn op de peildatum betrokken is"),
        ),
        bevindingen=tuple(gesorteerd(bevindingen)),
        details=Casusanalyse(
            dossier=dossiers[0].naam if dossiers else "",
            drempel=drempel_van(dossiers[0]) if dossiers else 0,
            openbaar=False,
            casussen=tuple(casussen),
            vissenkommen=tuple(komregels),
            overzicht=o,
        ),
    )


def openbaar_resultaat(
    dossiernaam: str, drempel: int, o: Casusoverzicht | None, vandaag: dt.date
) -> Resultaat[Casusanalyse]:
    """Het openbare resultaat: alleen het overzicht, en alleen vanaf de drempel."""
    return Resultaat(
        analyse=NAAM,
        peildatum=vandaag,
        kerncijfers=_kerncijfers_overzicht(o) if o else (),
        bevindingen=tuple(gesorteerd(_patroonbevindingen(o))) if o else (),
        details=Casusanalyse(
            dossier=dossiernaam, drempel=drempel, openbaar=True, casussen=(), vissenkommen=(),
            overzicht=o,
        ),
    )


ANALYSE: Analyse[Casus] = Analyse(
    naam=NAAM, titel="Casussen en vissenkom", soort=Casus, analyseer=analyseer
)
