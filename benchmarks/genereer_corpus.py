"""Een synthetisch landelijk corpus van buurtdossiers, voor de benchmarks (issue 9).

Standaard 350 gemeenten × 10 buurten; elke buurt is een volledig, geldig dossier met de meeste
soorten van de methode: dossier, thema's, posities, tafelkleden (een reeks momentopnamen),
stelselmatrix, programma, en naar toeval dorpsgesprek, brainstormbord, gesprekstafel,
thema-analyse, omgevingsanalyse, vermogensanalyse en patroononderzoek. Sommige tafelkleden zijn
groot: duizenden ingrediënten en honderden schakels (één buurt op de ``GROOT_ELKE`` buurten).

Het corpus hangt alleen af van ``--seed``: elke buurt krijgt een eigen generator met de seed, de
gemeente en de buurt als sleutel. Een kleinere ``--schaal`` geeft daardoor precies de eerste
gemeenten van het grote corpus; 1×, 2× en 4× zijn geneste deelverzamelingen.

    python benchmarks/genereer_corpus.py --uit /tmp/corpus --schaal 0.1
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from stelselkit import methode

GEMEENTEN = 350
BUURTEN = 10
SEED = 2014
GROOT_ELKE = 40  # één buurt op de 40 heeft een groot tafelkleed
GROOT_INGREDIENTEN = (2000, 5000)
GROOT_SCHAKELS = (200, 600)

_Dumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

_BEGIN = ("Ooster", "Wester", "Noord", "Zuid", "Hoog", "Laag", "Nieuw", "Oud", "Groot", "Klein",
          "Heve", "Door", "Ren", "Wage", "Bennek", "Vel", "Ede", "Barne", "Lunte", "Zelhe")
_EIND = ("beek", "dorp", "veen", "hout", "wijk", "dam", "horst", "broek", "loo", "rade", "werth",
         "heim", "um", "ingen", "sum", "el")
_WIJK = ("De Weerd", "Het Dorp", "Kerkpad", "Het Hof", "De Bongerd", "Molenweg", "Het Zand",
         "De Brink", "Schoolbuurt", "Heidezoom", "Rijnoever", "Stationsbuurt", "De Kamp",
         "Bosrand", "Het Veld", "Lindenhof")
_THEMAS = ("Gezond", "Samen", "Vitaal", "Groen", "Veilig", "Zorgzaam", "Levendig", "Jong",
           "Sportief", "Duurzaam")
_VOORNAMEN = ("Anna", "Bram", "Carla", "Daan", "Els", "Femke", "Gert", "Hanna", "Ilse", "Joost",
              "Karin", "Lars", "Marijke", "Noor", "Otto", "Petra", "Ruud", "Sanne", "Tom", "Wim")
_ACHTERNAMEN = ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer")
_ROLLEN = ("ouderenadviseur vitaliteitscentrum", "buurtsportcoach", "wijkverpleegkundige",
           "huisarts", "voorzitter dorpsplatform", "beheerder dorpshuis", "jongerenwerker",
           "winkelier winkelcentrum", "directeur basisschool", "wijkagent",
           "medewerker woningcorporatie", "predikant", "trainer voetbalvereniging",
           "beleidsmedewerker gemeente", "mantelzorgconsulent", "vrijwilliger voedselbank")
_DINGEN = ("dorpshart", "ontmoetingsplek", "moestuin", "beweegtuin", "wandelroute", "buurtbus",
           "repair cafe", "koffieochtend", "jeu de boules", "buurtapp", "dorpsfeest",
           "sportveld", "bibliotheek", "speeltuin", "schoolplein", "kerkzaal", "dorpshuis",
           "buurtkrant", "zorgloket", "fietsenwerkplaats", "tuinclub", "kookgroep", "leesclub",
           "wijkpark", "bankjes", "verlichting", "AED-netwerk", "burenhulp", "kinderboerderij")
_BIJ = ("behoefte aan", "idee voor", "zorg over", "plan voor", "wens voor", "beeld van",
        "vraag naar", "initiatief rond")
_ZINNEN = ("Iedereen kent elkaar hier nog", "De jongeren hebben geen plek", "Samen kunnen we meer",
           "Het dorpshuis is het hart van het dorp", "Er is te weinig te doen voor ouderen",
           "Wij willen zelf aan de slag", "Bewegen moet weer gewoon worden",
           "De school wil graag meedoen", "Er gebeurt al heel veel, maar niemand weet het",
           "Wie neemt het voortouw?")


def _slug(tekst: str) -> str:
    uit = "".join(t if t.isalnum() else "-" for t in tekst.lower())
    return "-".join(d for d in uit.split("-") if d)


@dataclass
class Buurt:
    """Alles wat één te genereren dossier nodig heeft."""

    rng: random.Random
    gemeente: str
    naam: str
    groot: bool
    begin: dt.date
    bestanden: dict[str, dict[str, Any]] = field(default_factory=dict)

    def dag(self, na: int) -> dt.date:
        return self.begin + dt.timedelta(days=na)

    def persoon(self) -> str:
        return f"{self.rng.choice(_VOORNAMEN)} {self.rng.choice(_ACHTERNAMEN)}"

    def zin(self) -> str:
        return self.rng.choice(_ZINNEN)

    def ding(self) -> str:
        return f"{self.rng.choice(_BIJ)} {self.rng.choice(_DINGEN)}".capitalize()


def gemeentenaam(index: int) -> str:
    naam = _BEGIN[index % len(_BEGIN)] + _EIND[(index // len(_BEGIN)) % len(_EIND)]
    ronde = index // (len(_BEGIN) * len(_EIND))
    return naam if ronde == 0 else f"{naam} {ronde + 1}"


def _tafelkleed(b: Buurt, id_: str, thema: str, vorige: str | None, groot: bool) -> dict[str, Any]:
    n_ingr = b.rng.randint(*GROOT_INGREDIENTEN) if groot else b.rng.randint(15, 60)
    n_schak = b.rng.randint(*GROOT_SCHAKELS) if groot else b.rng.randint(5, 25)
    ingredienten: dict[str, Any] = {}
    for i in range(n_ingr):
        ingredient: dict[str, Any] = {"tekst": f"{b.ding()} ({i + 1})"}
        if b.rng.random() < 0.5:
            ingredient["soort"] = b.rng.choice(methode.INGREDIENT_SOORTEN)
        ingredienten[f"i{i + 1}"] = ingredient
    sleutels = list(ingredienten)
    schakels: dict[str, Any] = {}
    for s in range(n_schak):
        schakel: dict[str, Any] = {
            "naam": b.persoon(),
            "rol": b.rng.choice(_ROLLEN),
            "achtergrond": b.rng.choice(methode.ACHTERGRONDEN),
            "posities": b.rng.sample(methode.ids(methode.POSITIES_BETROKKENHEID),
                                     b.rng.randint(1, 2)),
            "ingredienten": b.rng.sample(sleutels, min(len(sleutels), b.rng.randint(1, 12))),
        }
        if b.rng.random() < 0.5:
            schakel["benadering"] = "individueel"
            schakel["verhaal"] = b.zin()
        if b.rng.random() < 0.2:
            schakel["prive"] = True
            schakel["contact"] = f"schakel{s + 1}@voorbeeld.nl"
        schakels[f"s{s + 1}"] = schakel
    data: dict[str, Any] = {
        "soort": "tafelkleed",
        "versie": 1,
        "id": id_,
        "titel": f"Netwerk rond {b.naam}",
        "thema": thema,
        "datum": b.dag(30 + 120 * int(id_.rsplit("-", 1)[1])),
        "plaats": f"dorpshuis {b.naam}",
        "gemaakt_door": [{"rol": f"regievoerder gemeente {b.gemeente}"}],
    }
    if vorige:
        data["vorige"] = vorige
    data["ingredienten"] = ingredienten
    data["schakels"] = schakels
    return data


def _stelselmatrix(b: Buurt, thema: str) -> dict[str, Any]:
    cellen: dict[str, Any] = {}
    nummer = 0
    for positie in b.rng.sample(methode.ids(methode.POSITIES_KETEN), b.rng.randint(3, 8)):
        kolom: dict[str, list[Any]] = {}
        for element in b.rng.sample(methode.ids(methode.ELEMENTEN), b.rng.randint(1, 5)):
            punten: list[Any] = []
            for _ in range(b.rng.randint(1, 3)):
                nummer += 1
                punten.append({"id": f"ap-{nummer}", "tekst": b.zin()} if nummer % 3 == 0
                              else {"tekst": b.ding()})
            kolom[element] = punten
        cellen[positie] = kolom
    return {"soort": "stelselmatrix", "versie": 1, "id": "stelselmatrix", "thema": thema,
            "datum": b.dag(20), "cellen": cellen}


def _programma(b: Buurt, thema: str) -> dict[str, Any]:
    activiteiten: dict[str, Any] = {}
    for a in range(b.rng.randint(5, 20)):
        cellen = [f"{b.rng.choice(methode.ids(methode.POSITIES_KETEN))}/"
                  f"{b.rng.choice(methode.ids(methode.ELEMENTEN))}"
                  for _ in range(b.rng.randint(1, 3))]
        activiteit: dict[str, Any] = {
            "wat": b.ding(),
            "wie": [{"naam": b.persoon(), "rol": b.rng.choice(_ROLLEN)}],
            "datum": b.dag(40 + 10 * a),
            "cellen": cellen,
            "stap": b.rng.choice(methode.ids(methode.STAPPEN)),
            "status": b.rng.choice(("gepland", "loopt", "gedaan")),
        }
        if activiteit["status"] == "gedaan":
            activiteit["resultaat"] = b.zin()
        activiteiten[f"activiteit-{a + 1}"] = activiteit
    stappen = {s: {"status": "gedaan", "van": b.dag(10 * i), "tot": b.dag(10 * i + 9)}
               for i, s in enumerate(methode.ids(methode.STAPPEN)[:2])}
    return {
        "soort": "programma", "versie": 1, "id": "programma-1",
        "titel": f"Regieprogramma {b.naam}", "thema": thema,
        "ontwikkelperiode": {"van": b.begin, "tot": b.dag(364)},
        "fase": b.rng.randint(1, 3),
        "stappen": stappen,
        "activiteiten": activiteiten,
        "praktijkafspraken": [{"id": "afspraak-1", "afspraak": b.zin(), "van": b.dag(300),
                               "wie": [{"rol": b.rng.choice(_ROLLEN)}]}],
    }


def _dorpsgesprek(b: Buurt, thema: str) -> dict[str, Any]:
    return {
        "soort": "dorpsgesprek", "versie": 1, "id": "dorpsgesprek-1", "titel": f"{b.naam} praat",
        "thema": thema, "datum": b.dag(15), "plaats": f"winkelcentrum {b.naam}",
        "reacties": [{"tekst": b.zin(), "wie": "een bewoner"} for _ in range(b.rng.randint(3, 12))],
        "contacten": [{"naam": b.persoon(), "contact": f"bewoner{i + 1}@voorbeeld.nl"}
                      for i in range(b.rng.randint(1, 5))],
        "signalen": [b.ding() for _ in range(b.rng.randint(1, 4))],
    }


def _brainstormbord(b: Buurt, thema: str) -> dict[str, Any]:
    return {
        "soort": "brainstormbord", "versie": 1, "id": "brainstormbord-1",
        "titel": f"Samen {b.naam}", "thema": thema, "datum": b.dag(25),
        "wensen": [b.ding() for _ in range(b.rng.randint(2, 8))],
        "voorbeelden": [b.ding() for _ in range(b.rng.randint(1, 5))],
        "mogelijkheden": [b.ding() for _ in range(b.rng.randint(1, 5))],
        "vragen": [{"tekst": b.zin() + "?"} for _ in range(b.rng.randint(1, 4))],
    }


def _gesprekstafel(b: Buurt, thema: str) -> dict[str, Any]:
    tafels = [{
        "id": f"tafel-{t + 1}", "initiatief": b.ding(),
        "ambities": [b.zin()],
        "wie": [{"naam": b.persoon(), "hoe": "denkt mee"} for _ in range(b.rng.randint(1, 4))],
        "vervolgafspraken": [b.ding()],
    } for t in range(b.rng.randint(2, 6))]
    return {"soort": "gesprekstafel", "versie": 1, "id": "gesprekstafel-1",
            "titel": f"Gesprekstafels {b.naam}", "thema": thema, "datum": b.dag(60),
            "tafels": tafels,
            "tijdlijn": [{"datum": b.dag(90 + 30 * i), "wat": b.ding()} for i in range(3)]}


def _netwerkprogramma(b: Buurt, thema: str, bewijs: list[str]) -> dict[str, Any]:
    stappen = {stap.id: {"status": b.rng.choice(("gepland", "loopt", "gedaan")),
                         "bewijs": bewijs[:1] if stap.id == "dorpsgesprek" else []}
               for stap in methode.NETWERKSTAPPEN}
    return {
        "soort": "netwerkprogramma", "versie": 1, "id": "netwerkprogramma-1",
        "titel": f"Netwerkprogramma {b.naam}", "themas": [thema],
        "periode": {"van": b.dag(0), "tot": b.dag(180)},
        "gebiedsambassadeur": {"rol": "gebiedsambassadeur"},
        "programma": "programma-1", "stappen": stappen,
        "kanalen": [f"prikbord {b.naam}", {"naam": "nieuwsflits", "door": b.persoon()}],
        "gebeurtenissen": {"markt": {"wat": f"markt in {b.naam}", "datum": b.dag(100)}},
        "tijdlijn": [{"datum": b.dag(100), "wat": b.ding(), "gebeurtenis": "markt"}],
        "slotbijeenkomst": {"datum": b.dag(180), "sleutelfiguren": ["s1"]},
    }


def _routekaart(b: Buurt) -> dict[str, Any]:
    return {
        "soort": "routekaart", "versie": 1, "id": "routekaart-1",
        "titel": f"Routekaart {b.naam}", "programma": "programma-1",
        "ambitie": [b.zin()],
        "leervragen": [{"id": f"lv-{i + 1}", "vraag": b.zin() + "?",
                        "eigenaar": {"rol": b.rng.choice(_ROLLEN)}, "cellen": ["buurt/gesprek"],
                        "lessen": [{"periode": {"van": b.dag(0), "tot": b.dag(180)},
                                    "les": b.zin()}]}
                       for i in range(b.rng.randint(1, 3))],
        "mijlpalen": [{"wat": b.ding(), "datum": b.dag(120), "inwoners": [b.persoon()]}],
        "uitdagingen": [b.zin()],
        "leerafspraken": [{"id": "leerafspraak-1", "afspraak": b.zin(), "aanbieder": b.ding(),
                           "van": b.dag(200), "leervragen": ["lv-1"]}],
    }


def _verschuivingen(b: Buurt) -> dict[str, Any]:
    return {
        "soort": "verschuivingen", "versie": 1, "id": "verschuivingen-1",
        "verschuivingen": {
            f"verschuiving-{i + 1}": {
                "wat": b.ding(), "van": b.rng.choice(["diensten", "regievoering"]),
                "naar": b.rng.choice(["buurt", "open-netwerk"]), "sinds": b.dag(60 * i),
                "element": "netwerk", "verhaal": b.zin(), "bewijs": ["tafelkleed-1"],
            }
            for i in range(b.rng.randint(1, 3))
        },
        "overbodig": [{"wie": {"rol": b.rng.choice(_ROLLEN)}, "positie": "diensten",
                       "wat": b.zin(), "sinds": b.dag(200)}],
    }


def _indicatoren(b: Buurt) -> dict[str, Any]:
    return {
        "soort": "indicatoren", "versie": 1, "id": "indicatoren-1",
        "indicatoren": {
            "ontmoetingen": {
                "naam": b.ding(), "gedefinieerd_door": ["bewoners", "professionals"],
                "definitie": b.zin(), "eenheid": "keer per maand",
                "waarden": [{"periode": b.dag(30 * i), "waarde": b.rng.randint(0, 12),
                             "verhaal": b.zin()} for i in range(b.rng.randint(1, 4))],
            },
        },
    }


def _thema_analyse(b: Buurt, thema: str, bronnen: list[str]) -> dict[str, Any]:
    return {
        "soort": "thema-analyse", "versie": 1, "id": "thema-analyse-1",
        "naam": f"{b.rng.choice(_THEMAS)} {b.naam}", "thema": thema, "datum": b.dag(50),
        "woorden": [b.rng.choice(_DINGEN) for _ in range(5)],
        "verhaal": b.zin(),
        "ideeen": [b.ding() for _ in range(b.rng.randint(2, 8))],
        "initiatieven": [{"id": f"initiatief-{i + 1}", "naam": b.ding(),
                          "wie": [{"rol": b.rng.choice(_ROLLEN)}]}
                         for i in range(b.rng.randint(1, 5))],
        "uitspraken": [{"tekst": b.zin(), "wie": "een oudere vrouw"} for _ in range(3)],
        "netwerkje": [{"naam": b.persoon(), "rol": b.rng.choice(_ROLLEN)} for _ in range(3)],
        "tijdlijn": {"start": {"naam": "start", "datum": b.dag(60)},
                     "manifestatiemoment": {"naam": "slotbijeenkomst", "datum": b.dag(200)}},
        "bronnen": bronnen,
    }


def _portfolio(b: Buurt, thema: str, analyse: dict[str, Any]) -> dict[str, Any]:
    initiatieven = [i["id"] for i in analyse["initiatieven"]]
    return {
        "soort": "portfolio", "versie": 1, "id": "portfolio-1", "titel": analyse["naam"],
        "thema": thema, "thema_analyse": analyse["id"], "initiatieven": initiatieven,
        "tafelkleden": [{"id": "tafelkleed-1",
                         "toestemming": {"wie": b.persoon(), "wanneer": b.dag(40)}}],
        "verhalen": [{"id": "verhaal-1", "titel": b.ding(), "tekst": b.zin(),
                      "maker": b.persoon()}],
        "communicatieplan": {"kanalen": [{"id": "prikbord", "soort": "prikbord",
                                          "plek": f"winkelcentrum {b.naam}",
                                          "items": ["verhaal-1", *initiatieven[:1]]}]},
    }


def _omgevingsanalyse(b: Buurt, thema: str) -> dict[str, Any]:
    kringen: dict[str, Any] = {}
    for kring in methode.ids(methode.KRINGEN):
        inhoud: dict[str, Any] = {}
        for invalshoek in methode.INVALSHOEKEN:
            inhoud[invalshoek.id] = {sleutel: b.zin() for sleutel, _ in invalshoek.vragen
                                     if b.rng.random() < 0.6}
        inhoud["besteding"] = [{"periode": str(b.begin.year), "lijn": lijn,
                                "uren": b.rng.randint(0, 400)}
                               for lijn in methode.ids(methode.LIJNEN)]
        kringen[kring] = inhoud
    return {"soort": "omgevingsanalyse", "versie": 1, "id": "omgevingsanalyse-1",
            "titel": f"Eigen kracht in {b.naam}", "thema": thema, "datum": b.dag(80),
            "eigen_kracht": {"wie": f"de gemeenschap van {b.naam}"}, "kringen": kringen}


def _vermogensanalyse(b: Buurt, thema: str, bewijs: list[str]) -> dict[str, Any]:
    def beoordeling() -> dict[str, Any]:
        return {"score": b.rng.randint(1, 4), "verhaal": b.zin(),
                "bewijs": b.rng.sample(bewijs, min(len(bewijs), 2))}

    return {
        "soort": "vermogensanalyse", "versie": 1, "id": "vermogensanalyse-1", "thema": thema,
        "periode": {"van": b.begin, "tot": b.dag(364)},
        "elementen": {e: beoordeling() for e in methode.ids(methode.VERMOGEN_ELEMENTEN)},
        "vragen": {"geheel": b.zin(), "regie": b.zin()},
        "faciliteiten": [{"naam": b.ding(), "middelen": "uren van de buurtsportcoach"}],
        "praktijkafspraken": [{"id": "afspraak-2", "afspraak": b.zin(), "van": b.dag(320)}],
        "posities": {p: beoordeling() for p in methode.ids(methode.POSITIES_KETEN)[:3]},
    }


def _patroononderzoek(b: Buurt, thema: str) -> dict[str, Any]:
    deelnemers = {f"d{i + 1}": {"naam": b.persoon(),
                                "achtergrond": b.rng.choice(methode.ACHTERGRONDEN)}
                  for i in range(b.rng.randint(3, 8))}
    associaties = {k: {d: [b.rng.choice(_DINGEN) for _ in range(3)] for d in deelnemers}
                   for k in methode.ids(methode.KWADRANTEN)}
    return {"soort": "patroononderzoek", "versie": 1, "id": "patroononderzoek-1",
            "titel": f"Het kruis van {b.naam}", "thema": thema, "datum": b.dag(100),
            "deelnemers": deelnemers, "associaties": associaties,
            "gesprek": {"verstaan": b.zin(), "meenemen": b.zin()}}


_ROLLEN = ("jeugdverpleegkundige", "schoolmaatschappelijk werker", "huisarts", "buurtwerker",
           "praktijkondersteuner", "jeugdhulp", "ouderenadviseur", "wijkverpleegkundige")
_ANTWOORDEN = ("Het gezin brengt de kern zelf onder woorden", "Contact loopt via de school",
               "Nog niet over de inzet van de tweede lijn", "Wil zelf verder met een cursus")


def _casussen(b: Buurt, thema: str) -> dict[str, dict[str, Any]]:
    """Gebiedsteam, casussen en een vissenkom, met rollen en codes (nooit namen)."""
    bestanden: dict[str, dict[str, Any]] = {
        "gebiedsteam.yaml": {
            "soort": "gebiedsteam", "versie": 1, "id": "gebiedsteam-1",
            "titel": f"Gebiedsteam {b.naam}", "thema": thema,
            "kern": {"teamcoach": "teamcoach", "vraagconsulent": "vraagconsulent"},
            "schil": {_slug(r): r for r in b.rng.sample(_ROLLEN, 3)},
        },
    }
    codes = [f"c-{i + 1}" for i in range(b.rng.randint(1, 6))]
    for code in codes:
        start = b.dag(b.rng.randint(0, 300))
        tweede = {"lijn": "tweede", "opgeschaald": start + dt.timedelta(days=30)}
        if b.rng.random() < 0.5:
            tweede["teruggeschakeld"] = start + dt.timedelta(days=120)
        bestanden[f"casussen/casus-{code}.yaml"] = {
            "soort": "casus", "versie": 1, "code": code, "thema": thema, "start": start,
            "vragen": {v: b.rng.choice(_ANTWOORDEN) for v in methode.ids(methode.CASUSVRAGEN)
                       if b.rng.random() < 0.8},
            "casusregisseur": {"rol": b.rng.choice(_ROLLEN),
                               "lijn": b.rng.choice(methode.ids(methode.LIJNEN))},
            "lijnen": [{"lijn": "eerste", "opgeschaald": start}, tweede],
        }
    bestanden["casussen/vissenkom-1.yaml"] = {
        "soort": "vissenkom", "versie": 1, "casus": codes[0], "thema": thema,
        "binnenkring": [{"rol": r} for r in b.rng.sample(_ROLLEN, 3)],
        "gemiste_expertise": b.rng.sample(_ROLLEN, 1),
    }
    return bestanden


def buurt_dossier(seed: int, gemeente_index: int, buurt_index: int) -> dict[str, dict[str, Any]]:
    """De bestanden (naam → inhoud) van één buurt; hangt alleen af van de drie getallen."""
    rng = random.Random(f"{seed}/{gemeente_index}/{buurt_index}")
    gemeente = gemeentenaam(gemeente_index)
    naam = f"{_WIJK[buurt_index % len(_WIJK)]}"
    volgnummer = gemeente_index * BUURTEN + buurt_index
    b = Buurt(rng=rng, gemeente=gemeente, naam=naam, groot=volgnummer % GROOT_ELKE == 0,
              begin=dt.date(2013, 1, 1) + dt.timedelta(days=rng.randint(0, 700)))
    themas = [_slug(f"{rng.choice(_THEMAS)} {naam}")]
    if rng.random() < 0.3:
        tweede = _slug(f"{rng.choice(_THEMAS)} {rng.choice(_DINGEN)}")
        if tweede != themas[0]:
            themas.append(tweede)
    thema = themas[0]
    bestanden: dict[str, dict[str, Any]] = {
        "dossier.yaml": {
            "soort": "dossier", "versie": 1, "buurt": naam, "gemeente": gemeente,
            "themas": themas, "fase": rng.randint(1, 4),
            "periode": {"van": b.begin},
            "omgeving": "vitale omgeving",
            "regievoerders": [{"rol": f"regievoerder gemeente {gemeente}"}],
        },
        "posities.yaml": {
            "soort": "posities", "versie": 1,
            "posities": {t.id: {"naam": t.naam, "omschrijving": t.uitleg}
                         for t in methode.POSITIES_KETEN},
        },
    }
    for t in themas:
        bestanden[f"thema-{t}.yaml"] = {
            "soort": "thema", "versie": 1, "id": t, "naam": t.replace("-", " ").capitalize(),
            "periode": {"van": b.begin}, "woorden": [rng.choice(_DINGEN) for _ in range(3)],
            "afstemming": [x for x in themas if x != t],
        }
    vorige = None
    for k in range(rng.randint(1, 3)):
        id_ = f"tafelkleed-{k + 1}"
        bestanden[f"{id_}.yaml"] = _tafelkleed(b, id_, thema, vorige, groot=b.groot and k == 0)
        vorige = id_
    bestanden["stelselmatrix.yaml"] = _stelselmatrix(b, thema)
    bestanden["programma.yaml"] = _programma(b, thema)
    bronnen: list[str] = []
    extra: tuple[tuple[str, float, Callable[[Buurt, str], dict[str, Any]]], ...] = (
        ("dorpsgesprek", 0.8, _dorpsgesprek),
        ("brainstormbord", 0.6, _brainstormbord),
        ("gesprekstafel", 0.5, _gesprekstafel),
        ("omgevingsanalyse", 0.4, _omgevingsanalyse),
        ("patroononderzoek", 0.3, _patroononderzoek),
    )
    for soort, kans, maak in extra:
        if rng.random() < kans:
            bestanden[f"{soort}.yaml"] = maak(b, thema)
            bronnen.append(f"{soort}-1")
    if rng.random() < 0.6:
        bestanden["thema-analyse.yaml"] = _thema_analyse(
            b, thema, [x for x in bronnen if x != "omgevingsanalyse-1"])
        bestanden["portfolio.yaml"] = _portfolio(b, thema, bestanden["thema-analyse.yaml"])
    if rng.random() < 0.4:
        bestanden["vermogensanalyse.yaml"] = _vermogensanalyse(
            b, thema, ["tafelkleed-1", *bronnen])
    # Een eigen toevalsbron, zodat de bestanden hierboven dezelfde blijven als vóór de casussen.
    casusbuurt = Buurt(rng=random.Random(f"{seed}/{gemeente_index}/{buurt_index}/casus"),
                       gemeente=gemeente, naam=naam, groot=False, begin=b.begin)
    if casusbuurt.rng.random() < 0.5:
        bestanden.update(_casussen(casusbuurt, thema))
    netwerkbuurt = Buurt(rng=random.Random(f"{seed}/{gemeente_index}/{buurt_index}/netwerk"),
                         gemeente=gemeente, naam=naam, groot=False, begin=b.begin)
    bestanden["netwerkprogramma.yaml"] = _netwerkprogramma(netwerkbuurt, thema, bronnen)
    bestanden["routekaart.yaml"] = _routekaart(netwerkbuurt)
    verantwoordingsbuurt = Buurt(
        rng=random.Random(f"{seed}/{gemeente_index}/{buurt_index}/verantwoording"),
        gemeente=gemeente, naam=naam, groot=False, begin=b.begin)
    bestanden["verschuivingen.yaml"] = _verschuivingen(verantwoordingsbuurt)
    bestanden["indicatoren.yaml"] = _indicatoren(verantwoordingsbuurt)
    return bestanden


def schrijf_yaml(pad: Path, data: dict[str, Any]) -> int:
    tekst = f"# Synthetisch dossierbestand (benchmarks/genereer_corpus.py); soort {data['soort']}\n"
    tekst += yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    pad.write_text(tekst, encoding="utf-8")
    return len(tekst.encode("utf-8"))


@dataclass
class Samenvatting:
    gemeenten: int = 0
    dossiers: int = 0
    bestanden: int = 0
    bytes: int = 0
    grootste: tuple[int, str] = (0, "")


def genereer(uit: Path, schaal: float = 1.0, seed: int = SEED) -> Samenvatting:
    """Schrijf het corpus naar ``uit`` (een bestaande map wordt eerst leeggemaakt)."""
    aantal = max(1, round(GEMEENTEN * schaal))
    if uit.exists():
        shutil.rmtree(uit)
    som = Samenvatting(gemeenten=aantal)
    for g in range(aantal):
        gemeente_map = uit / _slug(gemeentenaam(g))
        for buurt_index in range(BUURTEN):
            map_ = gemeente_map / f"{buurt_index + 1:02d}-{_slug(_WIJK[buurt_index % len(_WIJK)])}"
            map_.mkdir(parents=True)
            for naam, data in buurt_dossier(seed, g, buurt_index).items():
                (map_ / naam).parent.mkdir(exist_ok=True)
                grootte = schrijf_yaml(map_ / naam, data)
                som.bestanden += 1
                som.bytes += grootte
                som.grootste = max(som.grootste, (grootte, str(map_ / naam)))
            som.dossiers += 1
    return som


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uit", type=Path, required=True, help="map voor het corpus")
    parser.add_argument("--schaal", type=float, default=1.0,
                        help=f"deel van {GEMEENTEN} gemeenten (0.1 = {GEMEENTEN // 10})")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if args.schaal <= 0:
        parser.error("--schaal moet groter dan 0 zijn")
    som = genereer(args.uit, args.schaal, args.seed)
    print(f"{som.gemeenten} gemeenten, {som.dossiers} dossiers, {som.bestanden} bestanden, "
          f"{som.bytes / 1e6:.1f} MB; grootste bestand {som.grootste[0] / 1e3:.0f} kB "
          f"({som.grootste[1]})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
