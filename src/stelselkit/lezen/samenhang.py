"""De samenhang van een dossier: ids en verwijzingen tussen bestanden.

Werkt op een :class:`Samenvatting` per bestand (soort, id, de ids die het aanbiedt, de ids waar
het naar verwijst, en de problemen in het bestand zelf), niet op de modellen. Zo draait dezelfde
controle na een volledige lezing (:mod:`stelselkit.lezen.dossier`) en uit de validatiecache
(:mod:`stelselkit.lezen.cache`), zonder één pydantic-model te bouwen. Deze module importeert
daarom niets zwaars.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from stelselkit import methode
from stelselkit.fouten import Probleem, pad_tekst
from stelselkit.taal import aantal
from stelselkit.verwijzing import Definitie, Loc, Verwijzing

MAX_MELDINGEN = 100  # meldingen per bestand; daarboven één regel "en nog N"

# Geeft de plek (regel, kolom) van een pad in een bestand; alleen nodig als er iets mis is.
Plekker = Callable[[str, Loc], tuple[int, int]]


@dataclass
class Samenvatting:
    """Wat de samenhang van één bestand nodig heeft; ook zo bewaard in de cache."""

    naam: str  # zoals de gebruiker het pad ziet
    relatief: str = ""  # het pad binnen de dossiermap, met '/'
    soort: str | None = None
    id: str = ""
    geldig: bool = False  # het model is gebouwd (geen fouten in het bestand zelf)
    eigen_id: bool = False  # de id staat in het bestand (anders: de bestandsnaam)
    openbaar: bool = True  # False: een soort die nooit gepubliceerd wordt (casus, vissenkom)
    casusmap: str | None = None  # alleen bij het dossierbestand: de map voor casussen
    leesbaar: bool = True  # False: het bestand kon niet eens als YAML gelezen worden
    mogelijke_ids: list[str] = field(default_factory=list)  # alleen bij een ongeldig bestand
    definities: list[Definitie] = field(default_factory=list)
    verwijzingen: list[Verwijzing] = field(default_factory=list)
    problemen: list[Probleem] = field(default_factory=list)

    def als_dict(self) -> dict[str, Any]:
        return {
            "naam": self.naam,
            "relatief": self.relatief,
            "soort": self.soort,
            "id": self.id,
            "geldig": self.geldig,
            "eigen_id": self.eigen_id,
            "openbaar": self.openbaar,
            "casusmap": self.casusmap,
            "leesbaar": self.leesbaar,
            "mogelijke_ids": self.mogelijke_ids,
            "definities": [[d.soort, d.id, list(d.loc), d.uniek] for d in self.definities],
            "verwijzingen": [[list(v.loc), v.id, list(v.soorten), v.omschrijving]
                             for v in self.verwijzingen],
            "problemen": [[p.bestand, p.regel, p.kolom, p.melding, p.pad, p.niveau, p.code]
                          for p in self.problemen],
        }

    @classmethod
    def uit_dict(cls, data: dict[str, Any]) -> Samenvatting:
        """Terug uit de cache; een onverwachte vorm geeft een ``KeyError``/``TypeError``/
        ``ValueError``, en de cache wordt dan niet vertrouwd."""
        return cls(
            naam=str(data["naam"]),
            relatief=str(data["relatief"]),
            soort=None if data["soort"] is None else str(data["soort"]),
            id=str(data["id"]),
            geldig=bool(data["geldig"]),
            eigen_id=bool(data["eigen_id"]),
            openbaar=bool(data["openbaar"]),
            casusmap=None if data["casusmap"] is None else str(data["casusmap"]),
            leesbaar=bool(data["leesbaar"]),
            mogelijke_ids=[str(i) for i in data["mogelijke_ids"]],
            definities=[Definitie(str(s), str(i), tuple(loc), bool(uniek))
                        for s, i, loc, uniek in data["definities"]],
            verwijzingen=[Verwijzing(tuple(loc), str(i), tuple(soorten), str(omschrijving))
                          for loc, i, soorten, omschrijving in data["verwijzingen"]],
            problemen=[Probleem(str(b), int(r), int(k), str(m), str(pad), str(niveau),
                                code=str(code))
                       for b, r, k, m, pad, niveau, code in data["problemen"]],
        )


def _probleem(naam: str, plek: Plekker, loc: Loc, melding: str, code: str) -> Probleem:
    regel, kolom = plek(naam, loc)
    return Probleem(naam, regel, kolom, melding, pad=pad_tekst(loc), code=code)


def _ongeldige_bronnen(
    bestanden: list[Samenvatting],
) -> tuple[dict[str, str], list[Samenvatting]]:
    """De ids die ongeldige bestanden waarschijnlijk aanbieden (id → naam), en de onleesbare.

    Een ongeldig bestand biedt geen ids aan; een verwijzing ernaar is dan een gevolg van die
    ene fout, niet een tweede fout (en "bedoelde je …?" zou de gebruiker een goed bestand laten
    breken).
    """
    mogelijk: dict[str, str] = {}
    onleesbaar: list[Samenvatting] = []
    for bestand in bestanden:
        if bestand.geldig:
            continue
        if not bestand.leesbaar:
            onleesbaar.append(bestand)
            continue
        for id_ in (bestand.id, *bestand.mogelijke_ids):
            mogelijk.setdefault(id_, bestand.naam)
    return mogelijk, onleesbaar


def controleer(bestanden: Iterable[Samenvatting], plek: Plekker) -> list[Probleem]:
    """Dubbele ids, dubbele dossier- en positiesbestanden, verwijzingen die nergens heen wijzen.

    Een verwijzing die niet klopt omdat het bestand met die id zelf ongeldig is, telt niet als
    eigen fout: de oorzaak wordt één keer gemeld (bij dat bestand), met hoeveel verwijzingen
    ervan afhangen.
    """
    bestanden = list(bestanden)
    problemen: list[Probleem] = []
    ongeldig, onleesbaar = _ongeldige_bronnen(bestanden)
    gevolgen: dict[str, int] = {}
    index: dict[tuple[str, str], str] = {}  # (soort, id) → naam van het bestand
    for bestand in bestanden:
        if not bestand.geldig or bestand.soort is None:
            continue
        eigen = Definitie(bestand.soort, bestand.id, ("id",) if bestand.eigen_id else ())
        for definitie in (eigen, *bestand.definities):
            sleutel = (definitie.soort, definitie.id)
            eerder = index.get(sleutel)
            if eerder is not None and definitie.uniek:
                problemen.append(_probleem(
                    bestand.naam, plek, definitie.loc,
                    f"de id '{definitie.id}' ({definitie.soort}) bestaat al in {eerder}; "
                    "geef elk item een eigen id", "dubbele-id",
                ))
                continue
            index[sleutel] = bestand.naam
    if not any(b.geldig and b.soort == "posities" for b in bestanden):
        for term in methode.POSITIES_KETEN:
            index[("positie", term.id)] = "(standaard)"
    per_id: dict[str, list[str]] = {}
    for soort, id_ in index:
        per_id.setdefault(id_, []).append(soort)

    for soort in ("dossier", "posities"):
        van_soort = [b for b in bestanden if b.geldig and b.soort == soort]
        for extra in van_soort[1:]:
            problemen.append(Probleem(
                extra.naam, 1, 1,
                f"een dossier heeft één bestand van soort '{soort}'; "
                f"er is er al een: {van_soort[0].naam}", code="dubbel-bestand",
            ))

    kandidaten_per: dict[tuple[str, ...], list[str]] = {}
    for bestand in bestanden:
        if not bestand.geldig:
            continue
        gemeld = 0
        eerste_overige: Verwijzing | None = None
        for verwijzing in bestand.verwijzingen:
            if any((s, verwijzing.id) in index for s in verwijzing.soorten):
                continue
            oorzaak = ongeldig.get(verwijzing.id)
            if oorzaak is not None:
                gevolgen[oorzaak] = gevolgen.get(oorzaak, 0) + 1
                continue
            gemeld += 1
            # Begrensd: duizenden kapotte verwijzingen kosten anders minuten aan suggesties.
            if gemeld > MAX_MELDINGEN:
                if eerste_overige is None:
                    eerste_overige = verwijzing
                continue
            if verwijzing.soorten not in kandidaten_per:
                kandidaten_per[verwijzing.soorten] = sorted(
                    {i for s, i in index if s in verwijzing.soorten}
                )
            kandidaten = kandidaten_per[verwijzing.soorten]
            tip = difflib.get_close_matches(verwijzing.id, kandidaten, n=1, cutoff=0.6)
            andere = per_id.get(verwijzing.id)
            if andere:
                uitleg = (f"'{verwijzing.id}' is een {', '.join(sorted(andere))}, "
                          f"geen {' of '.join(verwijzing.soorten)}")
            else:
                uitleg = f"'{verwijzing.id}' bestaat niet in dit dossier"
            if onleesbaar:
                hint = (f"; misschien staat '{verwijzing.id}' in {onleesbaar[0].naam}, dat niet "
                        "gelezen kon worden: verbeter dat eerst")
            elif tip:
                hint = f"; bedoelde je '{tip[0]}'?"
            elif kandidaten:
                hint = "; bekend zijn: " + ", ".join(kandidaten[:8]) + (
                    ", …" if len(kandidaten) > 8 else "")
            else:
                hint = f"; maak eerst een bestand of item met id '{verwijzing.id}'"
            problemen.append(_probleem(
                bestand.naam, plek, verwijzing.loc,
                f"verwijzing naar {verwijzing.omschrijving}: {uitleg}{hint}", "verwijzing",
            ))
        if eerste_overige is not None:
            problemen.append(_probleem(
                bestand.naam, plek, eerste_overige.loc,
                f"hier en verder nog {gemeld - MAX_MELDINGEN} verwijzingen die niet kloppen; "
                f"alleen de eerste {MAX_MELDINGEN} worden getoond", "meer-fouten",
            ))
    for naam, aantal_gevolgen in sorted(gevolgen.items()):
        problemen.append(Probleem(
            naam, 0, 0,
            f"{aantal(aantal_gevolgen, 'verwijzing', 'verwijzingen')} uit andere bestanden "
            "naar dit bestand worden pas gecontroleerd als het geldig is; verbeter eerst de "
            "fout in dit bestand", niveau="waarschuwing", code="gevolg",
        ))
    return problemen
