"""De volgende cyclus van een regieprogramma (``stelsel programma nieuw``).

"Door een regieprogramma rond een bepaald thema cyclisch, bijvoorbeeld elke drie jaar te
herhalen, maken we het thema steeds weer actueel" en "zodra deze praktijkafspraken zijn
vastgesteld en gaan lopen, kunnen we met het regieprogramma alweer opnieuw starten" (002 ch. 4,
002:193-199). De nieuwe cyclus begint vanuit de huidige:

- een nieuwe id, ``vorige`` wijst naar het huidige programma;
- de ontwikkelperiode schuift door naar de volgende periode van gelijke lengte;
- de stappen beginnen opnieuw (``nog-niet``; introduceren ``loopt`` vanaf het begin);
- open activiteiten (gepland, loopt) en lopende praktijkafspraken gaan mee; wat gedaan of
  vervallen is, blijft als geschiedenis in het huidige programma staan;
- een activiteit die meegaat, houdt haar datum als die in de nieuwe periode ligt; een datum
  ervóór vervalt (ze staat dan zonder datum, om opnieuw te plannen), zodat ze niet meteen
  "te laat" is;
- in het huidige programma krijgt elke activiteit die meeging ``doorgeschoven_naar`` met haar
  nieuwe id (als het nieuwe bestand in hetzelfde dossier komt; anders zou die verwijzing nergens
  heen wijzen). Dat is één ingevoegde regel per activiteit: de rest van het bestand blijft
  letterlijk staan. Een activiteit die al is doorgeschoven, gaat niet nog eens mee.

Ids zijn uniek in een dossier, en het huidige programma blijft bestaan; wat meegaat krijgt daarom
een id met het jaar van de nieuwe periode (``tafels`` → ``tafels-2014``, ``x-2013`` → ``x-2014``).
Het bestand wordt bewerkt met ruamel.yaml (round-trip): het commentaar en de volgorde van de
gebruiker blijven staan; commentaar boven iets wat achterblijft, schuift mee naar wat ervoor staat.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

from stelselkit.analyse.bronnen import lopende
from stelselkit.fouten import GebruiksFout
from stelselkit.lezen.dossier import Dossier, dossiermap_van, laad_dossier, laad_model, moet_bestaan
from stelselkit.lezen.yamlbron import lees_rt
from stelselkit.model import Programma
from stelselkit.model.basis import ID_PATROON, Datum
from stelselkit.opdrachten.aanmaken import (
    als_yaml_datum,
    bezette_ids,
    hernoem,
    lees_datum,
    rt_dump,
    vanuit_vorige,
    zet_schemaregel,
)
from stelselkit.uitvoer.schrijven import schrijf_atomisch

OPEN = ("gepland", "loopt")
_JAARTAL = re.compile(r"(.+)-(?:19|20)\d\d")
_TWEE_JAREN = re.compile(r"(.+)-(?:19|20)\d\d-(?:19|20)\d\d")
MAX_BASIS = 70  # een id is hooguit 80 tekens; ruimte voor "-jjjj-n"


@dataclass
class NieuweCyclus:
    """Wat ``programma nieuw`` schreef en wat er meeging."""

    pad: Path
    id: str
    vorige: str
    van: Datum
    tot: Datum | None
    activiteiten: list[tuple[str, str]]  # (oude id, nieuwe id)
    achtergelaten: list[str]
    afspraken: list[tuple[str, str]]
    afspraken_achtergelaten: list[str]
    ontdateerd: list[str]  # meegenomen activiteiten waarvan de oude datum vóór de periode lag
    gemarkeerd: Path | None  # het huidige programma, met doorgeschoven_naar bij wat meeging


def volgend_id(oud: str, jaar: int, bezet: set[str], tot_jaar: int | None = None) -> str:
    """``programma-2013`` → ``programma-2014``; ``tafels`` → ``tafels-2014``; vrij in ``bezet``.

    Een id die op twee jaren eindigt (``programma-2013-2014``), krijgt de jaren van de nieuwe
    periode: ``programma-2014-2015``, of ``programma-2015`` als die in één jaar (``tot_jaar``)
    valt.
    """
    twee = _TWEE_JAREN.fullmatch(oud)
    gevonden = twee or _JAARTAL.fullmatch(oud)
    jaren = f"{jaar}-{tot_jaar}" if twee and tot_jaar not in (None, jaar) else str(jaar)
    basis = (gevonden.group(1) if gevonden else oud)[:MAX_BASIS + 4 - len(jaren)].rstrip("-")
    kandidaat, teller = f"{basis}-{jaren}", 2
    while kandidaat in bezet:
        kandidaat, teller = f"{basis}-{jaren}-{teller}", teller + 1
    bezet.add(kandidaat)
    return kandidaat


# --- round-trip bewerken met behoud van commentaar -------------------------------------------
# ruamel hangt een commentaarregel boven een item aan het einde van het item ervóór (aan het
# diepste laatste blad). Wie een item weghaalt, haalt dat commentaar dus mee weg; deze functies
# verhuizen het naar het item dat blijft staan.


def _blad(verzameling: Any, sleutel: Any) -> tuple[Any, Any]:
    """Het diepste laatste blad onder ``verzameling[sleutel]`` (waar ruamel commentaar hangt)."""
    while True:
        waarde = verzameling[sleutel]
        if isinstance(waarde, CommentedMap) and waarde:
            verzameling, sleutel = waarde, list(waarde)[-1]
        elif isinstance(waarde, CommentedSeq) and waarde:
            verzameling, sleutel = waarde, len(waarde) - 1
        else:
            return verzameling, sleutel


def _plek(verzameling: Any) -> int:
    """Waar ruamel het commentaar na een item bewaart: bij een mapping index 2, in een lijst 0."""
    return 2 if isinstance(verzameling, CommentedMap) else 0


def _na_commentaar(verzameling: Any, sleutel: Any) -> CommentToken | None:
    items = verzameling.ca.items.get(sleutel)
    return items[_plek(verzameling)] if items else None


def _haal_aan(verzameling: CommentedMap | CommentedSeq, voor: Any | None, regels: str) -> None:
    """Zet commentaarregels na het item ``voor`` (diepste blad), of bovenaan de verzameling."""
    if voor is not None:
        blad, blad_sleutel = _blad(verzameling, voor)
        vorig = _na_commentaar(blad, blad_sleutel)
        if vorig is not None:
            vorig.value += regels
        else:
            leeg = [None, None, None, None] if isinstance(blad, CommentedMap) else [None, None]
            items = blad.ca.items.setdefault(blad_sleutel, leeg)
            items[_plek(blad)] = CommentToken("\n" + regels, CommentMark(0), None)
        return
    if verzameling.ca.comment is None:
        verzameling.ca.comment = [None, []]
    if verzameling.ca.comment[1] is None:
        verzameling.ca.comment[1] = []
    verzameling.ca.comment[1].append(CommentToken(regels, CommentMark(0), None))


def verwijder(verzameling: CommentedMap | CommentedSeq, sleutel: Any) -> None:
    """Haal een item weg; commentaarregels die erna staan, blijven bewaard.

    Een commentaar op dezelfde regel als het einde van het item gaat mee weg; de regels erna
    horen bij wat volgt en komen na het vorige item, of bovenaan de verzameling.
    """
    sleutels = list(verzameling) if isinstance(verzameling, CommentedMap) \
        else list(range(len(verzameling)))
    plaats = sleutels.index(sleutel)
    token = _na_commentaar(*_blad(verzameling, sleutel))
    rest = token.value.split("\n", 1)[1] if token is not None and "\n" in token.value else ""
    del verzameling[sleutel]
    if rest.strip():
        _haal_aan(verzameling, sleutels[plaats - 1] if plaats > 0 else None, rest)


def leeg_commentaar(ouder: CommentedMap, sleutel: str) -> None:
    """Commentaar in een verzameling die leeg is geworden, komt boven ``sleutel: {}``.

    Anders zet ruamel het tussen de sleutel en de lege ``{}`` of ``[]``, en dat is geen geldige
    YAML. (Alleen voor sleutels bovenaan het bestand: de regels komen zonder inspringing.)
    """
    verzameling = ouder[sleutel]
    tokens = verzameling.ca.comment[1] if verzameling.ca.comment else None
    if verzameling or not tokens:
        return
    regels = [r.strip().removeprefix("#").strip() for t in tokens
              for r in t.value.splitlines() if r.strip()]
    verzameling.ca.comment = None
    if sleutel in ouder.ca.items:
        ouder.ca.items[sleutel][3] = None
    ouder.yaml_set_comment_before_after_key(sleutel, before="\n".join(regels))


def _zet(mapping: CommentedMap, sleutel: str, waarde: Any, plaats: int) -> None:
    if sleutel in mapping:
        mapping[sleutel] = waarde
    else:
        mapping.insert(min(plaats, len(mapping)), sleutel, waarde)


# --- de cyclus -------------------------------------------------------------------------------


def _huidig_bestand(pad: Path) -> tuple[Path, str, Dossier | None]:
    """Het programma-bestand om vanuit te beginnen, zijn id en het dossier eromheen."""
    moet_bestaan(pad)
    if pad.is_file():
        _, ingelezen, dossier = laad_model(pad, Programma)
        return pad, ingelezen.id, dossier
    map_ = dossiermap_van(pad)
    if map_ is None:
        raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen dossier.yaml)")
    dossier = laad_dossier(map_)
    kandidaten = lopende(dossier.van_soort(Programma))
    if not kandidaten:
        raise GebruiksFout(
            f"het dossier {map_} heeft geen programma; begin er een met 'stelsel nieuw programma'"
        )
    if len(kandidaten) > 1:
        namen = ", ".join(ingelezen.naam for ingelezen, _ in kandidaten)
        raise GebruiksFout(
            f"dit dossier heeft meer lopende programma's ({namen}); geef het bestand waarmee de "
            "nieuwe cyclus begint"
        )
    ingelezen = kandidaten[0][0]
    return ingelezen.pad, ingelezen.id, dossier


def _stappen_opnieuw(data: CommentedMap, van: Datum) -> None:
    """Alle stappen terug naar nog-niet; introduceren loopt vanaf het begin van de periode."""
    if not isinstance(data.get("stappen"), CommentedMap):
        plaats = list(data).index("ontwikkelperiode") + 1
        _zet(data, "stappen", CommentedMap(), plaats)
    stappen = data["stappen"]
    for sleutel in list(stappen):
        stap = stappen[sleutel]
        if not isinstance(stap, CommentedMap):
            continue
        _zet(stap, "status", "nog-niet", 0)
        for datum in ("van", "tot"):
            if datum in stap:
                verwijder(stap, datum)
    if not isinstance(stappen.get("introduceren"), CommentedMap):
        _zet(stappen, "introduceren", CommentedMap(), 0)
    introduceren = stappen["introduceren"]
    _zet(introduceren, "status", "loopt", 0)
    # Een eigen datumobject: hetzelfde object twee keer zou ruamel als anker (&id) schrijven.
    _zet(introduceren, "van", als_yaml_datum(van), list(introduceren).index("status") + 1)


def _open(activiteit: CommentedMap) -> bool:
    return activiteit.get("status", "gepland") in OPEN and "doorgeschoven_naar" not in activiteit


def _datum_in_periode(activiteit: CommentedMap, van: Datum) -> bool:
    """Houd de datum van een meegenomen activiteit als die niet vóór de nieuwe periode ligt."""
    datum = lees_datum(activiteit.get("datum"))
    if datum is None or datum.begin >= van.begin:
        return True
    for sleutel in ("datum", "tot"):
        if sleutel in activiteit:
            verwijder(activiteit, sleutel)
    return False


def markeer_doorgeschoven(tekst: str, doorgeschoven: dict[str, str]) -> str:
    """Zet ``doorgeschoven_naar: nieuw`` bij elke activiteit ``oud`` in de tekst van het programma.

    Eén regel boven de eerste sleutel van de activiteit, met haar inspringing; verder blijft
    het bestand letterlijk staan. Een activiteit in flow-stijl (``{wat: …}``) krijgt de sleutel
    erin.
    """
    activiteiten = lees_rt(tekst)["activiteiten"]
    plekken = sorted(
        ((activiteiten[oud].lc.line, activiteiten[oud].lc.col, activiteiten[oud].fa.flow_style(),
          f"doorgeschoven_naar: {nieuw}") for oud, nieuw in doorgeschoven.items()),
        reverse=True,  # van onder naar boven, zodat de regelnummers kloppen
    )
    regels = tekst.splitlines(keepends=True)
    for regel, kolom, flow, stuk in plekken:
        if flow:  # de kolom wijst naar de '{'
            regels[regel] = f"{regels[regel][:kolom + 1]}{stuk}, {regels[regel][kolom + 1:]}"
        else:  # de kolom wijst naar de eerste sleutel
            regels.insert(regel, " " * kolom + stuk + "\n")
    return "".join(regels)


def _loopt_door(afspraak: CommentedMap, van: Datum) -> bool:
    tot = lees_datum(afspraak.get("tot"))
    return tot is None or tot.eind >= van.begin


def nieuwe_cyclus(
    pad: Path,
    *,
    vandaag: dt.date,
    uit: Path | None = None,
    nieuw_id: str | None = None,
    overschrijven: bool = False,
) -> NieuweCyclus:
    """Schrijf de volgende cyclus van het programma in ``pad`` (een bestand of een dossiermap)."""
    bestand, oud_id, dossier = _huidig_bestand(pad)
    oorspronkelijk = bestand.read_text(encoding="utf-8")
    bezet = bezette_ids(dossier.bestanden if dossier else []) | {oud_id}
    _, tekst = vanuit_vorige(bestand, oud_id, vandaag)
    data = lees_rt(tekst)
    periode = data["ontwikkelperiode"]
    van = lees_datum(periode["van"])
    tot = lees_datum(periode.get("tot"))
    assert van is not None  # het vorige bestand is geldig, en de nieuwe periode komt uit Datum
    if nieuw_id is not None and not re.fullmatch(ID_PATROON, nieuw_id):
        raise GebruiksFout(
            f"'{nieuw_id}' is geen geldige id; gebruik kleine letters, cijfers en koppeltekens"
        )
    if nieuw_id is not None and nieuw_id in bezet:
        raise GebruiksFout(f"de id '{nieuw_id}' bestaat al in dit dossier; kies een andere")
    data["id"] = nieuw_id or volgend_id(oud_id, van.jaar, bezet, tot.jaar if tot else None)
    bezet.add(data["id"])
    _stappen_opnieuw(data, van)

    meegenomen: list[tuple[str, str]] = []
    achtergelaten: list[str] = []
    ontdateerd: list[str] = []
    activiteiten = data.get("activiteiten")
    if isinstance(activiteiten, CommentedMap):
        for sleutel in reversed(list(activiteiten)):
            if _open(activiteiten[sleutel]):
                meegenomen.append((sleutel, volgend_id(sleutel, van.jaar, bezet)))
                if not _datum_in_periode(activiteiten[sleutel], van):
                    ontdateerd.append(meegenomen[-1][1])
            else:
                achtergelaten.append(sleutel)
                verwijder(activiteiten, sleutel)
        for oud, nieuw in meegenomen:
            hernoem(activiteiten, oud, nieuw)
        leeg_commentaar(data, "activiteiten")

    afspraken_mee: list[tuple[str, str]] = []
    afspraken_weg: list[str] = []
    afspraken = data.get("praktijkafspraken")
    if isinstance(afspraken, CommentedSeq):
        for i in reversed(range(len(afspraken))):
            afspraak = afspraken[i]
            if _loopt_door(afspraak, van):
                nieuw_afspraak_id = volgend_id(afspraak["id"], van.jaar, bezet)
                afspraken_mee.append((afspraak["id"], nieuw_afspraak_id))
                afspraak["id"] = afspraken_mee[-1][1]
            else:
                afspraken_weg.append(afspraak["id"])
                verwijder(afspraken, i)
        leeg_commentaar(data, "praktijkafspraken")

    doel = uit or bestand.parent / f"{data['id']}.yaml"
    dossiermap = dossiermap_van(doel.parent) or (dossier.map if dossier else bestand.parent)
    tekst = zet_schemaregel(rt_dump(data), "programma", doel, dossiermap)
    schrijf_atomisch(doel, tekst, overschrijven=overschrijven)
    gemarkeerd = None
    if meegenomen and dossier is not None and dossiermap_van(doel.parent) == dossier.map.resolve():
        schrijf_atomisch(bestand, markeer_doorgeschoven(oorspronkelijk, dict(meegenomen)),
                         overschrijven=True)
        gemarkeerd = bestand
    return NieuweCyclus(
        pad=doel,
        id=data["id"],
        vorige=oud_id,
        van=van,
        tot=tot,
        activiteiten=meegenomen[::-1],
        achtergelaten=achtergelaten[::-1],
        afspraken=afspraken_mee[::-1],
        afspraken_achtergelaten=afspraken_weg[::-1],
        ontdateerd=ontdateerd[::-1],
        gemarkeerd=gemarkeerd,
    )
