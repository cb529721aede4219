"""De netwerkanalyse over betrokkenheid: de kern, de posities en de lokale gemeenschap.

Op elk van deze regels (002, hoofdstuk 6, instrument 1, stappen 3 en 5) geeft de netwerkanalyse
hooguit één bevinding (#15): wat bij één regel hoort, staat in één tekst, het zwaarste voorop, en
de code is die van dat zwaarste deel. Zie :mod:`stelselkit.analyse.netwerk` voor de begrippen
(kern, dichtst bij de kern).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stelselkit.analyse import Bevinding
from stelselkit.regels import regel
from stelselkit.taal import aantal, opsomming, opsomming_kort

if TYPE_CHECKING:
    from stelselkit.analyse.netwerk import Netwerkanalyse

# Zoveel onderwerpen noemt een bevinding in haar tekst; de volledige lijst staat in 'over'.
IN_TEKST = 5


def kort(teksten: list[str]) -> str:
    return opsomming_kort(teksten, IN_TEKST)


def ww(n: int, enkelvoud: str, meervoud: str) -> str:
    """Het werkwoord dat bij een aantal hoort (``heeft``/``hebben``)."""
    return enkelvoud if n == 1 else meervoud


def lokaal_bevinding(a: Netwerkanalyse) -> Bevinding | None:
    """002 instr. 1 stap 3: schakels "vooral in de lokale gemeenschap en niet alleen bij
    professionals" (methode.ACHTERGROND_LOKAAL / ACHTERGROND_PROFESSIONEEL).

    Eén bevinding op deze regel: de verhouding lokaal–professional en wiens achtergrond onbekend
    is. Zijn de schakels niet vooral lokaal, dan is dat de kop (``weinig-lokale-schakels``);
    anders gaat een onbekende achtergrond voor (``achtergrond-onbekend``); zijn ze vooral lokaal
    en is alles bekend, dan is het informatie (``vooral-lokale-schakels``).
    """
    schakels = list(a.netwerk.schakels.values())
    lokaal = [s.id for s in schakels if s.kant == "lokaal"]
    professioneel = [s.id for s in schakels if s.kant == "professioneel"]
    onbekend = [s for s in schakels if s.kant == "onbekend"]
    verhouding = f"{len(lokaal)} uit de lokale gemeenschap, {len(professioneel)} professional"
    weinig = bool(lokaal or professioneel) and len(lokaal) <= len(professioneel)
    vooral = len(lokaal) > len(professioneel)
    over_onbekend = tuple(s.id for s in onbekend)
    onbekend_zin = (f"Van {kort([s.label for s in onbekend])} is niet bekend of de schakel uit "
                    "de lokale gemeenschap komt of professional is; vul 'achtergrond' in."
                    if onbekend else "")
    if weinig:
        return Bevinding(
            code="weinig-lokale-schakels",
            titel="Schakels niet vooral lokaal",
            tekst=f"Van de schakels met bekende achtergrond zijn er {verhouding}. Zoek "
            "schakels onder bewoners, ondernemers, verenigingen en scholen."
            + (f" {onbekend_zin}" if onbekend else ""),
            regel=regel("lokale-gemeenschap"),
            over=(*professioneel, *over_onbekend),
            gewicht="aandacht",
        )
    geworteld = (f"Van de schakels met bekende achtergrond zijn er {verhouding}: het netwerk "
                 "is geworteld in de lokale gemeenschap." if vooral else "")
    if onbekend:
        return Bevinding(
            code="achtergrond-onbekend",
            titel="Achtergrond onbekend",
            tekst=onbekend_zin + (f" {geworteld}" if vooral else ""),
            regel=regel("lokale-gemeenschap"),
            over=(*over_onbekend, *(lokaal if vooral else ())),
            gewicht="aandacht",
        )
    if vooral:
        return Bevinding(
            code="vooral-lokale-schakels",
            titel="Schakels vooral lokaal",
            tekst=geworteld,
            regel=regel("lokale-gemeenschap"),
            over=tuple(lokaal),
            gewicht="info",
        )
    return None


def _dichtbij_zinnen(a: Netwerkanalyse) -> str:
    """Wie buiten de kern het dichtst erbij staat, en per persoon de volgende stap."""
    netwerk = a.netwerk

    def stand(sleutel: str) -> str:
        s = netwerk.schakels[sleutel]
        return (f"{s.label} ({s.beste_positie}, "
                f"{aantal(len(s.ingredienten), 'ingrediënt', 'ingrediënten')})")

    klaar = [netwerk.schakel_label(s) for s in a.dichtbij_kern if netwerk.schakels[s].voorbereid]
    niet_klaar = [netwerk.schakel_label(s) for s in a.dichtbij_kern
                  if not netwerk.schakels[s].voorbereid]
    # Wie nog geen benadering of eigen verhaal heeft, krijgt eerst dat (stap 4), dan pas de
    # uitnodiging naar de kern.
    zinnen = [f"Dichtst bij de kern {ww(len(a.dichtbij_kern), 'staat', 'staan')} "
              f"{opsomming([stand(s) for s in a.dichtbij_kern])}."]
    if klaar:
        zinnen.append(f"Het contact met {opsomming(klaar)} is voorbereid: nodig "
                      f"{ww(len(klaar), 'hem of haar', 'hen')} uit om een stap naar de kern "
                      "te zetten.")
    if niet_klaar:
        zinnen.append(f"Bereid eerst het contact met {opsomming(niet_klaar)} voor (een "
                      "benadering en een eigen verhaal), en nodig dan uit.")
    return " ".join(zinnen)


def kern_bevinding(a: Netwerkanalyse) -> Bevinding | None:
    """002 instr. 1 stap 5: "Het maakt duidelijk welke stappen nodig zijn om tot de kern te
    komen."

    Eén bevinding op deze regel: de kern (of dat er nog geen is: ``geen-kern``, actie) en wie
    er buiten de kern het dichtst bij staat, met de volgende stap per persoon.
    """
    netwerk = a.netwerk
    if not netwerk.schakels:
        return None
    dichtbij = _dichtbij_zinnen(a) if a.dichtbij_kern else ""
    if not a.kern:
        return Bevinding(
            code="geen-kern",
            titel="Nog geen kern",
            tekst="Niemand heeft de positie initiatiefnemer of partner. Wie zet de schouders "
            "onder het thema? "
            + (dichtbij or "Nodig de schakels die het dichtst bij de kern staan daarvoor uit."),
            regel=regel("netwerk-kern"),
            over=tuple(a.dichtbij_kern or netwerk.schakels),
            gewicht="actie",
        )
    return Bevinding(
        code="kern",
        titel="De kern" + (" en wie er het dichtst bij staat" if dichtbij else ""),
        tekst="De kern (initiatiefnemers en partners) bestaat uit "
        f"{kort([netwerk.schakel_label(s) for s in a.kern])}."
        + (f" {dichtbij}" if dichtbij else ""),
        regel=regel("netwerk-kern"),
        over=(*a.kern, *a.dichtbij_kern),
        gewicht="info",
    )


def posities_bevinding(a: Netwerkanalyse) -> Bevinding | None:
    """002 instr. 1 stap 5: vijf posities van betrokkenheid; "mensen kunnen ook meerdere
    posities innemen"; "het gaat erom steeds te weten vanuit welke positie betrokkenen
    acteren".

    Eén bevinding op deze regel, het zwaarste voorop: schakels zonder positie
    (``geen-positie``, aandacht), dan posities die niemand inneemt (``lege-posities``), dan
    schakels met meer posities (``meerdere-posities``); de code is die van het eerste deel.
    """
    schakels = list(a.netwerk.schakels.values())
    if not schakels:
        return None
    zonder = [s for s in schakels if not s.posities]
    leeg = [p for p, wie in a.per_positie().items() if not wie]
    meerdere = [s for s in schakels if len(s.posities) > 1]
    delen: list[tuple[str, str, str, tuple[str, ...]]] = []  # (code, titel, zin, over)
    if zonder:
        delen.append(("geen-positie", "Positie van betrokkenheid onbekend",
                      f"{kort([s.label for s in zonder])} "
                      f"{ww(len(zonder), 'heeft', 'hebben')} nog geen positie van "
                      "betrokkenheid. Vanuit welke positie wordt er geacteerd?",
                      tuple(s.id for s in zonder)))
    if leeg:
        delen.append(("lege-posities", "Posities die niemand inneemt",
                      f"Niemand is (nog) {opsomming(leeg)}. Is dat zo, of ontbreekt er iemand?",
                      tuple(leeg)))
    if meerdere:
        delen.append(("meerdere-posities", "Meerdere posities",
                      "Meer dan één positie: "
                      + "; ".join(f"{s.label}: {opsomming(s.posities)}"
                                  for s in meerdere[:IN_TEKST])
                      + (f"; en {len(meerdere) - IN_TEKST} meer" if len(meerdere) > IN_TEKST
                         else "") + ".",
                      tuple(s.id for s in meerdere)))
    if not delen:
        return None
    code, titel, _, _ = delen[0]
    return Bevinding(
        code=code,
        titel=titel,
        tekst=" ".join(zin for _, _, zin, _ in delen),
        regel=regel("netwerk-posities"),
        over=tuple(o for *_, over in delen for o in over),
        gewicht="aandacht" if zonder else "info",
    )

