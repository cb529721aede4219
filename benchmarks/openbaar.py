"""Meet ``--openbaar`` op een vrij-tekstveld van 1 MB en schrijf ``benchmarks/OPENBAAR.md``.

    python benchmarks/openbaar.py

Doel (issues 14 en 21): ``stelsel analyse netwerk … --openbaar --format json`` met 1 MB vrije
tekst is binnen 2 s klaar, ook op een belaste machine. Drie gevallen:

- **verhaal**: een eigen dossier met een ``verhaal`` van 1 MB (gewone zinnen met namen van
  privé-personen, e-mailadressen, telefoonnummers, adressen, en één woord van 40 kB zonder
  spatie);
- **zoals meet.py**: een kopie van het voorbeeld Doorwerth met een ingrediënt van 1 MB vol namen,
  e-mailadressen, telefoonnummers en adresdelen (precies de tekst van ``meet_openbaar`` in
  ``benchmarks/meet.py``);
- **100 privé-personen**: het verhaal, met 100 privé-schakels die er allemaal in genoemd worden
  (het oude patroon deed per plek in de tekst werk voor elke naam).

Per geval de mediaan van :data:`RUNS` runs, wandklok en processortijd (user + sys van het
proces: die hangt minder af van wat de machine verder doet). Daarnaast de contactpatronen op
vijandige invoer van 40 kB (het oude e-mailpatroon deed 49 s over één woord van 40 kB).

Dit is een benchmark, geen test: er faalt niets als de machine traag is.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
RESULTATEN = Path(__file__).resolve().parent / "OPENBAAR.md"
DOEL = 2.0  # seconden voor --openbaar op een veld van 1 MB
RUNS = 5

ZIN = ("Op de markt sprak Jan de Vries met Anna Weiß over de buurtbus; bel hem op 06-12345678 "
       "of mail jan@devries.example, hij woont aan de Kerkstraat 12, 6865 AB Doorwerth. ")
# de tekst van meet_openbaar in benchmarks/meet.py
MEET_WOORDEN = ("buurt", "Marieke", "jan.de.vries@example.nl", "06-12345678", "Dorpsstraat",
                "12", "6865", "AB", "koffie", "ß")


@dataclass
class Meting:
    wand: float  # mediaan, seconden
    cpu: float  # mediaan, seconden user + sys
    code: int
    uit: str


def _verhaal(grootte: int) -> str:
    return (ZIN * (grootte // len(ZIN) + 1))[: grootte - 40_000] + "x" * 40_000


def _dossier(map_: Path, grootte: int, extra_personen: int = 0) -> Path:
    (map_ / "tafelkleden").mkdir(parents=True)
    (map_ / "dossier.yaml").write_text(
        "soort: dossier\nbuurt: De Weerd\ngemeente: Renkum\nthemas: [buurtkracht]\n")
    (map_ / "thema.yaml").write_text("soort: thema\nid: buurtkracht\nnaam: Buurtkracht\n")
    personen = [f"Bewoner{chr(97 + i // 26)}{chr(97 + i % 26)} Achternaam{i}"
                for i in range(extra_personen)]
    verhaal = _verhaal(grootte)
    if personen:
        # elke naam een paar keer in de tekst, verspreid
        stukken = [verhaal[i : i + 5000] for i in range(0, len(verhaal), 5000)]
        verhaal = "".join(f"{stuk} {personen[i % len(personen)]} "
                          for i, stuk in enumerate(stukken))
    data = {
        "soort": "tafelkleed", "titel": "Markt", "thema": "buurtkracht", "datum": "2013-05-01",
        "ingredienten": {"bus": "Buurtbus"},
        "schakels": {
            "jan": {"naam": "Jan de Vries", "prive": True, "ingredienten": ["bus"]},
            "anna": {"naam": "Anna Weiß", "prive": True, "ingredienten": ["bus"]},
            **{f"p{i}": {"naam": naam, "prive": True, "ingredienten": ["bus"]}
               for i, naam in enumerate(personen)},
            "platform": {"rol": "dorpsplatform", "ingredienten": ["bus"], "verhaal": verhaal},
        },
    }
    kleed = map_ / "tafelkleden" / "markt.yaml"
    kleed.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**7),
                     encoding="utf-8")
    return map_


def _zoals_meet(map_: Path) -> Path:
    """Zoals ``meet_openbaar`` in benchmarks/meet.py: Doorwerth met een ingrediënt van 1 MB."""
    shutil.copytree(REPO / "examples" / "doorwerth", map_,
                    ignore=shutil.ignore_patterns(".stelsel-cache"))
    kleed = sorted((map_ / "tafelkleden").glob("*.yaml"))[0]
    tekst = " ".join(MEET_WOORDEN[i % len(MEET_WOORDEN)] for i in range(140_000))[:1_000_000]
    data = yaml.safe_load(kleed.read_text(encoding="utf-8"))
    data["ingredienten"]["een-groot-veld"] = tekst
    kleed.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**7),
                     encoding="utf-8")
    return kleed


def _meet(argumenten: list[str]) -> Meting:
    wand, cpu = [], []
    code, uit = 0, ""
    for _ in range(RUNS):
        voor = resource.getrusage(resource.RUSAGE_CHILDREN)
        begin = time.perf_counter()
        proces = subprocess.run(argumenten, capture_output=True, text=True, check=False)
        wand.append(time.perf_counter() - begin)
        na = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(na.ru_utime - voor.ru_utime + na.ru_stime - voor.ru_stime)
        code, uit = proces.returncode, proces.stdout
    return Meting(statistics.median(wand), statistics.median(cpu), code, uit)


def _vijandig() -> list[tuple[str, float]]:
    sys.path.insert(0, str(REPO / "src"))
    from stelselkit.lezen.contactgegevens import vind

    gevallen = {
        "één woord van 40 kB": "a" * 40_000,
        "40 kB en dan @": "a" * 40_000 + "@",
        "x@ en 40 kB": "x@" + "a" * 40_000,
        "a@ × 20 000": "a@" * 20_000,
        "a. × 20 000 en @": "a." * 20_000 + "@",
        "40 000 cijfers": "1" * 40_000,
        "+1 1 1 … (40 kB)": "+" + "1 " * 20_000,
    }
    uitkomst = []
    for naam, tekst in gevallen.items():
        begin = time.perf_counter()
        vind(tekst)
        uitkomst.append((naam, time.perf_counter() - begin))
    return uitkomst


def _regels(naam: str, gewoon: Meting, openbaar: Meting, geheimen: tuple[str, ...]) -> list[str]:
    schoon = openbaar.code == 0 and not any(g in openbaar.uit for g in geheimen)
    gehaald = "✓ gehaald" if openbaar.wand <= DOEL else "✗ gemist"
    return [
        f"| {naam} | zonder --openbaar | — | {gewoon.wand:.2f} s | {gewoon.cpu:.2f} s | |",
        f"| {naam} | --openbaar | ≤ {DOEL:.0f} s | {openbaar.wand:.2f} s | {openbaar.cpu:.2f} s "
        f"| {gehaald}; uitvoer {'schoon' if schoon else 'NIET schoon'}, exitcode "
        f"{openbaar.code} |",
    ]


def main() -> None:
    stelsel = str(Path(sys.executable).parent / "stelsel")
    belasting = os.getloadavg()[0]
    tabel: list[str] = []
    with tempfile.TemporaryDirectory() as tijdelijk:
        gevallen = [
            ("verhaal", _dossier(Path(tijdelijk) / "buurt", 1_000_000),
             ("Jan de Vries", "06-12345678")),
            ("zoals meet.py", _zoals_meet(Path(tijdelijk) / "doorwerth"),
             ("jan.de.vries@example.nl", "06-12345678", "6865 AB")),
            ("100 privé-personen", _dossier(Path(tijdelijk) / "veel", 1_000_000, 100),
             ("Jan de Vries", "Achternaam7 ", "06-12345678")),
        ]
        for naam, pad, geheimen in gevallen:
            opdracht = [stelsel, "analyse", "netwerk", str(pad), "--format", "json"]
            print(f"{naam} …", file=sys.stderr)
            tabel += _regels(naam, _meet(opdracht), _meet([*opdracht, "--openbaar"]), geheimen)
    belasting_eind = os.getloadavg()[0]
    regels = [
        "# Meting: --openbaar op een vrij-tekstveld van 1 MB",
        "",
        f"Geschreven door `python benchmarks/openbaar.py` op {dt.date.today().isoformat()}; "
        f"mediaan van {RUNS} runs, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} kernen, Python {platform.python_version()}; belasting van de machine "
        f"(1 min) bij het begin {belasting:.2f}, aan het eind {belasting_eind:.2f} (andere "
        "processen delen de kernen: de wandklok hangt daarvan af, de processortijd minder).",
        "",
        "`stelsel analyse netwerk … --format json`, met en zonder `--openbaar` (zie de docstring "
        "van het script voor de drie gevallen).",
        "",
        "| geval | opdracht | streefwaarde | wandklok | processortijd |  |",
        "| --- | --- | ---: | ---: | ---: | --- |",
        *tabel,
        "",
        "## Contactpatronen op vijandige invoer",
        "",
        "| invoer | tijd |",
        "| --- | ---: |",
        *(f"| {naam} | {tijd * 1000:.1f} ms |" for naam, tijd in _vijandig()),
        "",
    ]
    RESULTATEN.write_text("\n".join(regels), encoding="utf-8")
    print("\n".join(regels))


if __name__ == "__main__":
    main()
