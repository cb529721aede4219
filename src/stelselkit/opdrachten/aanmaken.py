"""Nieuwe dossiers en nieuwe bestanden maken (``stelsel init`` en ``stelsel nieuw``).

Nieuwe bestanden komen uit de sjablonen in ``templates/dossier``; elk begint met een
``yaml-language-server``-regel die naar de JSON Schema's in ``.schema/`` van het dossier wijst,
zodat een editor de sleutels aanvult; die regel wordt bij elk nieuw of verplaatst bestand opnieuw
uitgerekend. Een sjabloon is geldig zoals het er staat én nadat de gebruiker een voorbeeld erin
aanzet: een lege verzameling staat er niet als ``sleutel: {}`` met voorbeelden eronder (dan
zou het weghalen van de ``#`` een fout geven), maar als een uitgecommentarieerd blok mét sleutel.

``--van`` begint een bestand vanuit een vorig bestand van dezelfde soort (de volgende
momentopname): commentaar en volgorde van de gebruiker blijven staan, en wat in een dossier een
eigen id moet hebben (een praktijkafspraak, een gebeurtenis, een leervraag) krijgt een nieuwe id,
met de verwijzingen ernaar in hetzelfde bestand.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from stelselkit import methode
from stelselkit.fouten import GebruiksFout, InhoudsFout
from stelselkit.lezen.dossier import (
    DOSSIERBESTAND,
    Ingelezen,
    casusmap,
    dossiermap_van,
    laad_dossier,
    lees_bestand,
)
from stelselkit.lezen.yamlbron import lees_rt, schema_regel
from stelselkit.model import SOORTEN, Casus, Programma, Tafelkleed
from stelselkit.model.basis import Bestand, Datum
from stelselkit.opdrachten.schemas import alle_schemas
from stelselkit.uitvoer.schrijven import schrijf_atomisch
from stelselkit.weergave.sjablonen import render

SCHEMAMAP = ".schema"
EEN_PER_DOSSIER = ("dossier", "posities")
# Waar een nieuw bestand van een soort komt als de gebruiker de dossiermap zelf noemt (README,
# "Het dossier"); andere soorten komen in de dossiermap.
SUBMAP = {
    "tafelkleed": "tafelkleden",
    "dorpsgesprek": "gesprekken",
    "brainstormbord": "gesprekken",
    "gesprekstafel": "gesprekken",
}
_VOLGNUMMER = re.compile(r"(.+)-\d{1,2}")


def maak_id(tekst: str) -> str:
    """Een id uit vrije tekst: 'Gezond Doorwerth!' → 'gezond-doorwerth'."""
    zonder_accent = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode()
    id_ = re.sub(r"[^a-z0-9]+", "-", zonder_accent.lower()).strip("-")
    return id_[:60].rstrip("-") or "naamloos"


def _is_ons_schema(pad: Path, schema: dict[str, Any]) -> bool:
    """Een bestaand bestand dat een eerder schema van stelsel voor dezelfde soort is."""
    try:
        eerder = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(eerder, dict) and eerder.get("title") == schema.get("title") and (
        eerder.get("$schema") == schema.get("$schema"))


def schrijf_schemas(map_: Path, *, overschrijven: bool = False) -> list[Path]:
    """Schrijf de JSON Schema's van alle soorten naar ``map_``.

    Een eerder schema van stelsel wordt bijgewerkt; elk ander bestaand bestand is van de
    gebruiker en blijft staan (tenzij ``overschrijven``). Eerst wordt alles gecontroleerd, dan
    pas geschreven.
    """
    schemas = {map_ / f"{soort}.schema.json": schema for soort, schema in alle_schemas().items()}
    for pad, schema in schemas.items():
        if pad.is_dir() or (pad.exists() and not overschrijven
                            and not _is_ons_schema(pad, schema)):
            raise GebruiksFout(
                f"'{pad}' bestaat al en is geen schema van stelsel; ik overschrijf het niet "
                "(gebruik --overschrijven, of kies een andere map)"
            )
    for pad, schema in schemas.items():
        schrijf_atomisch(pad, json.dumps(schema, ensure_ascii=False, indent=2) + "\n",
                         overschrijven=True)
    return list(schemas)


@dataclass
class Aangemaakt:
    """Wat ``init`` of ``nieuw`` schreef, voor de melding aan de gebruiker."""

    bestanden: list[Path]
    vervolg: list[str]


def schemaregel_voor(soort: str, bestand: Path, dossiermap: Path) -> str:
    """De ``yaml-language-server``-regel van een bestand op deze plek in het dossier."""
    relatief = os.path.relpath(dossiermap.resolve() / SCHEMAMAP, bestand.parent.resolve())
    return schema_regel(soort, Path(relatief).as_posix())


def zet_schemaregel(tekst: str, soort: str, bestand: Path, dossiermap: Path) -> str:
    """Herschrijf de ``yaml-language-server``-regel bovenaan voor de (nieuwe) plek van het bestand.

    Een bestand zonder zo'n regel blijft zonder: dat koos de gebruiker.
    """
    eerste, _, rest = tekst.partition("\n")
    if not eerste.startswith("# yaml-language-server:"):
        return tekst
    return schemaregel_voor(soort, bestand, dossiermap) + "\n" + rest


_MODELINE = re.compile(r"# yaml-language-server: \$schema=(?:.*/)?([a-z-]+)\.schema\.json\s*")


def herstel_schemaregels(dossiermap: Path) -> list[Path]:
    """Zet de ``yaml-language-server``-regel van elk bestand in het dossier goed voor zijn plek.

    Na een verplaatsing met de hand (``git mv tafelkleed.yaml tafelkleden/``) wijst de regel
    anders naar een schema dat daar niet ligt. Alleen die eerste regel verandert; bestanden van
    een dossier dieper in de map en bestanden zonder zo'n regel blijven staan.
    """
    wortel = dossiermap.resolve()
    hersteld = []
    for pad in sorted(dossiermap.rglob("*.y*ml")):
        if any(deel.startswith(".") for deel in pad.relative_to(dossiermap).parts[:-1]) \
                or dossiermap_van(pad) != wortel:
            continue
        try:
            tekst = pad.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # valideer meldt het; hier valt niets te herstellen
        regel = _MODELINE.fullmatch(tekst.partition("\n")[0])
        if regel is None or regel.group(1) not in SOORTEN:
            continue
        nieuw = zet_schemaregel(tekst, regel.group(1), pad, dossiermap)
        if nieuw != tekst:
            schrijf_atomisch(pad, nieuw, overschrijven=True)
            hersteld.append(pad)
    return hersteld


def _vanuit_sjabloon(soort: str, bestand: Path, dossiermap: Path, **waarden: Any) -> str:
    """Een nieuw bestand uit het sjabloon van zijn soort; elk sjabloon krijgt dezelfde waarden."""
    alle = {"posities": methode.POSITIES_KETEN, **waarden}
    return render(f"dossier/{soort}.yaml.j2", schema=schemaregel_voor(soort, bestand, dossiermap),
                  **alle)


def init(map_: Path, *, buurt: str, gemeente: str, thema: str, vandaag: dt.date,
         overschrijven: bool = False) -> Aangemaakt:
    """Maak een nieuw, geldig dossier in ``map_``."""
    if (map_ / DOSSIERBESTAND).exists() and not overschrijven:
        raise GebruiksFout(
            f"in '{map_}' staat al een dossier ({DOSSIERBESTAND}); ik overschrijf het niet "
            "(gebruik --overschrijven als je opnieuw wilt beginnen)"
        )
    if map_.exists() and not map_.is_dir():
        raise GebruiksFout(f"'{map_}' is een bestand, geen map")
    thema_id = maak_id(thema)
    datum = vandaag.isoformat()
    waarden: dict[str, Any] = {
        "buurt": buurt, "gemeente": gemeente, "thema": thema_id, "datum": datum,
    }
    tafelkleed = f"{SUBMAP['tafelkleed']}/tafelkleed-{datum}.yaml"
    plan = [
        ("dossier", DOSSIERBESTAND, {"id": "dossier", "titel": buurt}),
        ("thema", f"thema-{thema_id}.yaml", {"id": thema_id, "titel": thema}),
        ("posities", "posities.yaml", {"id": "posities", "titel": buurt}),
        ("tafelkleed", tafelkleed, {"id": f"tafelkleed-{datum}", "titel": thema}),
        ("stelselmatrix", "stelselmatrix.yaml", {"id": "stelselmatrix"}),
        ("programma", f"programma-{vandaag.year}.yaml",
         {"id": f"programma-{vandaag.year}", "titel": f"Regieprogramma {thema}"}),
    ]
    geschreven = []
    for soort, naam, extra in plan:
        pad = map_ / naam
        tekst = _vanuit_sjabloon(soort, pad, map_, **waarden, **extra)
        schrijf_atomisch(pad, tekst, overschrijven=overschrijven)
        geschreven.append(pad)
    schrijf_schemas(map_ / SCHEMAMAP)
    return Aangemaakt(
        geschreven,
        [
            f"stelsel valideer {map_}",
            f"vul het tafelkleed in: {map_ / tafelkleed}",
            f"stelsel nieuw thema-analyse {map_}",
        ],
    )


def _vrij_pad(map_: Path, basis: str) -> Path:
    pad = map_ / f"{basis}.yaml"
    teller = 2
    while pad.exists():
        pad = map_ / f"{basis}-{teller}.yaml"
        teller += 1
    return pad


def rt_dump(data: Any) -> str:
    from ruamel.yaml import YAML

    rt = YAML(typ="rt")
    rt.indent(mapping=2, sequence=4, offset=2)
    rt.width = 4096  # regels van de gebruiker niet opnieuw afbreken
    rt.preserve_quotes = True
    buffer = io.StringIO()
    rt.dump(data, buffer)
    return buffer.getvalue()


def _plus_maanden(dag: dt.date, maanden: int) -> dt.date:
    jaar, maand = divmod(dag.month - 1 + maanden, 12)
    return dag.replace(year=dag.year + jaar, month=maand + 1)


def volgende_periode(van: dt.date, tot: dt.date) -> tuple[dt.date, dt.date]:
    """De periode direct na ``van``–``tot`` en even lang.

    Beslaat de periode hele maanden (1 januari – 30 juni), dan ook de volgende (1 juli –
    31 december); anders schuift ze even veel dagen op.
    """
    na = tot + dt.timedelta(days=1)
    if van.day == 1 and na.day == 1:
        maanden = (na.year - van.year) * 12 + na.month - van.month
        return na, _plus_maanden(na, maanden) - dt.timedelta(days=1)
    return na, na + (tot - van)


def volgende_datums(van: Datum, tot: Datum) -> tuple[Datum, Datum]:
    """Als :func:`volgende_periode`, ook voor datums die alleen een maand of jaar noemen.

    Tot op de dag: zie :func:`volgende_periode`. Twee jaren (2013–2014): de volgende even lange
    jaren (2015–2016). Anders in hele maanden, als maanden (2013-04 – 2014-06 → 2014-07 –
    2015-09): een datum wordt niet preciezer dan hij was.
    """
    if van.is_dag and tot.is_dag:
        begin, eind = volgende_periode(van.begin, tot.eind)
        return Datum.van_dag(begin), Datum.van_dag(eind)
    if van.precisie == tot.precisie == "jaar":
        return Datum(tot.jaar + 1), Datum(2 * tot.jaar + 1 - van.jaar)
    na = tot.eind + dt.timedelta(days=1)
    maanden = (na.year - van.begin.year) * 12 + na.month - van.begin.month
    laatste = _plus_maanden(na, maanden) - dt.timedelta(days=1)
    return Datum(na.year, na.month), Datum(laatste.year, laatste.month)


def als_yaml_datum(datum: Datum) -> dt.date | str:
    """Een datum zoals ruamel hem schrijft: een dag als datum, anders als ``2014-07``."""
    return datum.begin if datum.is_dag else datum.isoformat()


def lees_datum(waarde: Any) -> Datum | None:
    """Een datum uit een round-trip-bestand, of ``None`` als er geen (geldige) staat."""
    try:
        return Datum.lees(waarde)
    except ValueError:
        return None


def _volgende_periode(periode: Any, vandaag: dt.date) -> None:
    """Schuif een periode (rt-mapping met van/tot) door naar de volgende, even lang."""
    van, tot = lees_datum(periode.get("van")), lees_datum(periode.get("tot"))
    if van is not None and tot is not None:
        periode["van"], periode["tot"] = (als_yaml_datum(d) for d in volgende_datums(van, tot))
    elif van is not None and vandaag <= van.eind:
        raise GebruiksFout(
            f"de periode van het vorige bestand begint op {van.nl()} en heeft geen einde; de "
            f"nieuwe zou dan op {vandaag.isoformat()} beginnen, niet erna. Zet eerst 'tot' in die "
            "periode (of geef een latere dag met --vandaag)"
        )
    else:
        periode["van"] = vandaag
        if "tot" in periode:
            del periode["tot"]


def bezette_ids(bestanden: list[Ingelezen]) -> set[str]:
    """Elke id die in een dossier al bestaat: van de bestanden en van alles erin."""
    bezet = set()
    for bestand in bestanden:
        if bestand.model is not None:
            bezet.add(bestand.id)
            bezet.update(d.id for d in bestand.model.definities())
    return bezet


def vrij_id(oud: str, bezet: set[str]) -> str:
    """Een nieuwe id naast ``oud``: ``schakels-opzoeken`` → ``schakels-opzoeken-2`` (of -3, …)."""
    gevonden = _VOLGNUMMER.fullmatch(oud)
    basis = (gevonden.group(1) if gevonden else oud)[:76].rstrip("-")
    teller = 2
    while f"{basis}-{teller}" in bezet:
        teller += 1
    bezet.add(f"{basis}-{teller}")
    return f"{basis}-{teller}"


def _in(data: Any, loc: tuple[str | int, ...]) -> Any:
    """De waarde op ``loc`` in round-trip-gegevens, of None als die er niet (zo) staat."""
    for deel in loc:
        in_lijst = isinstance(data, list) and isinstance(deel, int) and 0 <= deel < len(data)
        if not (in_lijst or (isinstance(data, dict) and deel in data)):
            return None
        data = data[deel]
    return data


def verse_ids(data: Any, model: Bestand, bezet: set[str]) -> dict[str, str]:
    """Geef elk item dat in het dossier een eigen id moet hebben een nieuwe id (oud → nieuw).

    Een id staat als veld (``id: x``) of als sleutel (``gebeurtenissen: {x: …}``); een sleutel
    houdt zijn plek en zijn commentaar. Verwijzingen in hetzelfde bestand gaan mee: die het model
    noemt, en elk lijstitem dat precies een oude id is (zoals ``items: [beeld-x]`` in een
    portfolio). Een losse waarde die toevallig zo heet (``soort: nieuwsflits``) blijft staan.
    """
    nieuw: dict[str, str] = {}
    for definitie in model.definities():
        if not definitie.uniek or not definitie.loc or definitie.id in nieuw:
            continue
        ouder, laatste = _in(data, definitie.loc[:-1]), definitie.loc[-1]
        if isinstance(ouder, dict) and ouder.get(laatste) == definitie.id:
            nieuw[definitie.id] = ouder[laatste] = vrij_id(definitie.id, bezet)
        elif isinstance(ouder, CommentedMap) and laatste == definitie.id and laatste in ouder:
            nieuw[definitie.id] = vrij_id(definitie.id, bezet)
            hernoem(ouder, definitie.id, nieuw[definitie.id])
    for verwijzing in model.verwijzingen():
        if verwijzing.id in nieuw and verwijzing.loc:
            ouder, laatste = _in(data, verwijzing.loc[:-1]), verwijzing.loc[-1]
            if _in(ouder, (laatste,)) == verwijzing.id:  # dan is ouder een mapping of lijst
                ouder[laatste] = nieuw[verwijzing.id]
    if nieuw:
        _vervang_in_lijsten(data, nieuw)
    return nieuw


def _vervang_in_lijsten(data: Any, nieuw: dict[str, str]) -> None:
    """Vervang elk lijstitem dat precies een sleutel van ``nieuw`` is, overal in ``data``."""
    if isinstance(data, dict):
        for waarde in data.values():
            _vervang_in_lijsten(waarde, nieuw)
    elif isinstance(data, list):
        for i, waarde in enumerate(data):
            if isinstance(waarde, str) and waarde in nieuw:
                data[i] = nieuw[waarde]
            else:
                _vervang_in_lijsten(waarde, nieuw)


def hernoem(mapping: CommentedMap, oud: str, nieuw: str) -> None:
    """Geef een sleutel een nieuwe naam op dezelfde plek, met zijn commentaar."""
    plaats = list(mapping).index(oud)
    commentaar = mapping.ca.items.pop(oud, None)
    waarde = mapping[oud]
    del mapping[oud]
    mapping.insert(plaats, nieuw, waarde)
    if commentaar is not None:
        mapping.ca.items[nieuw] = commentaar


def vanuit_vorige(vorig: Path, nieuw_id: str, vandaag: dt.date, *,
                  bezet: set[str] | None = None, soort: str | None = None) -> tuple[str, str]:
    """De tekst van een nieuw bestand vanuit een vorig bestand van dezelfde soort (``soort``,
    als die gegeven is: een ander is een gebruiksfout).

    Met ``bezet`` (de ids van het dossier) krijgt elk item dat een eigen id moet hebben een
    nieuwe; zonder regelt de aanroeper dat zelf (``programma nieuw``).
    """
    ingelezen, problemen = lees_bestand(vorig)
    if ingelezen.model is None:
        eerste = problemen[0].als_regel() if problemen else str(vorig)
        raise InhoudsFout(f"het vorige bestand is niet geldig: {eerste}", problemen)
    assert ingelezen.bron is not None
    if soort is not None and soort != ingelezen.model.SOORT:
        raise GebruiksFout(f"'{vorig}' is een {ingelezen.model.SOORT}, geen {soort}")
    data = lees_rt(ingelezen.bron.tekst)
    soort = ingelezen.model.SOORT
    if bezet is not None:
        verse_ids(data, ingelezen.model, bezet)
    if "id" in data:
        data["id"] = nieuw_id
    else:
        data.insert(2, "id", nieuw_id)
    velden = SOORTEN[soort].model_fields
    if "vorige" in velden:
        if "vorige" in data:
            data["vorige"] = ingelezen.id
        else:
            data.insert(list(data).index("id") + 1, "vorige", ingelezen.id)
    if "datum" in data:
        data["datum"] = vandaag
    for sleutel in ("periode", "ontwikkelperiode"):
        if sleutel in data and hasattr(data[sleutel], "get"):
            _volgende_periode(data[sleutel], vandaag)
    return soort, rt_dump(data)


def _laatste_id(bestanden: list[tuple[Ingelezen, Any]]) -> str | None:
    """De id van het laatste bestand van een soort (voor de voorbeelden in een sjabloon)."""
    return bestanden[-1][0].id if bestanden else None


def nieuw(soort: str, doel: Path, *, vandaag: dt.date, van: Path | None = None,
          overschrijven: bool = False) -> Aangemaakt:
    """Voeg één nieuw bestand van ``soort`` toe aan een dossier."""
    if soort not in SOORTEN or soort == "dossier":
        keuzes = [s for s in SOORTEN if s != "dossier"]
        tip = difflib.get_close_matches(soort.lower(), keuzes, n=1)
        raise GebruiksFout(f"onbekende soort '{soort}'"
                           + (f"; bedoelde je '{tip[0]}'? Kies" if tip else "; kies")
                           + f" uit: {', '.join(keuzes)}")
    if doel.suffix in (".yaml", ".yml"):
        map_, pad = doel.parent, doel
    else:
        map_, pad = doel, None
    if not map_.is_dir():
        raise GebruiksFout(f"de map '{map_}' bestaat niet")
    dossiermap = dossiermap_van(map_)
    if dossiermap is None:
        raise GebruiksFout(
            f"'{map_}' ligt niet in een dossier (geen {DOSSIERBESTAND}); begin met 'stelsel init'"
        )
    bestaand = laad_dossier(dossiermap)
    basis = f"{soort}-{vandaag.isoformat()}"
    if pad is None and soort in SUBMAP and map_.resolve() == dossiermap:
        map_ = map_ / SUBMAP[soort]
    if pad is None and not SOORTEN[soort].OPENBAAR:
        # Een casus of vissenkom komt in de casusmap, die nooit gepubliceerd wordt; zijn code
        # draagt geen volledige datum (die zou een geboortedatum kunnen zijn).
        basis = f"{soort}-{vandaag:%Y-%m}"
        map_ = casusmap(bestaand)
    if pad is None:
        pad = _vrij_pad(map_, basis)
    nieuw_id = maak_id(pad.stem)
    if van is not None:
        if not van.is_file():
            raise GebruiksFout(f"het vorige bestand '{van}' bestaat niet")
        bezet = bezette_ids(bestaand.bestanden) | {nieuw_id}
        _, tekst = vanuit_vorige(van, nieuw_id, vandaag, bezet=bezet, soort=soort)
        tekst = zet_schemaregel(tekst, soort, pad, dossiermap)
    else:
        if soort in EEN_PER_DOSSIER and any(b.soort == soort for b in bestaand.bestanden):
            raise GebruiksFout(
                f"dit dossier heeft al een {soort}-bestand; een dossier heeft er één (pas dat aan)"
            )
        casussen = bestaand.van_soort(Casus)
        if soort == "vissenkom" and not casussen:
            raise GebruiksFout(
                "een vissenkom oefent met een casus van het dossier, en dit dossier heeft er nog "
                "geen; begin met 'stelsel nieuw casus'"
            )
        kop = bestaand.kop
        thema = kop.themas[0] if kop and kop.themas else "thema"
        tekst = _vanuit_sjabloon(
            soort, pad, dossiermap, id=nieuw_id, titel=kop.buurt if kop else nieuw_id,
            thema=thema, datum=vandaag.isoformat(), buurt=kop.buurt if kop else "",
            casus=casussen[-1][1].code if casussen else None,
            programma=_laatste_id(bestaand.van_soort(Programma)),
            bewijs=_laatste_id(bestaand.van_soort(Tafelkleed)),
        )
    schrijf_atomisch(pad, tekst, overschrijven=overschrijven)
    if not (dossiermap / SCHEMAMAP).is_dir():
        schrijf_schemas(dossiermap / SCHEMAMAP)
    return Aangemaakt([pad], [f"vul {pad} in", f"stelsel valideer {pad}"])
