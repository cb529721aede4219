"""Meet ``--openbaar`` op een vrij-tekstveld van 1 MB en schrijf ``benchmarks/OPENBAAR.md``.

    python benchmarks/openbaar.py

Doel (issue 14): ``stelsel analyse netwerk DOSSIER --openbaar`` met een ``verhaal`` van 1 MB
(gewone zinnen met namen van privé-personen, e-mailadressen, telefoonnummers, adressen, en één
woord van 40 kB zonder spatie) is binnen 2 s klaar. Daarnaast de contactpatronen op vijandige
invoer van 40 kB (het oude e-mailpatroon deed 49 s over één woord van 40 kB).

Dit is een benchmark, geen test: er faalt niets als de machine traag is.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTATEN = Path(__file__).resolve().parent / "OPENBAAR.md"
DOEL = 2.0  # seconden voor --openbaar op een veld van 1 MB
RUNS = 5

ZIN = ("Op de markt sprak Jan de Vries met Anna Weiß over de buurtbus; bel hem op 06-12345678 "
       "of mail jan@devries.example, hij woont aan de Kerkstraat 12, 6865 AB Doorwerth. ")


def _dossier(map_: Path, grootte: int) -> None:
    (map_ / "tafelkleden").mkdir(parents=True)
    (map_ / "dossier.yaml").write_text(
        "soort: dossier\nbuurt: De Weerd\ngemeente: Renkum\nthemas: [buurtkracht]\n")
    (map_ / "thema.yaml").write_text("soort: thema\nid: buurtkracht\nnaam: Buurtkracht\n")
    verhaal = (ZIN * (grootte // len(ZIN) + 1))[: grootte - 40_000] + "x" * 40_000
    (map_ / "tafelkleden" / "markt.yaml").write_text(
        "soort: tafelkleed\ntitel: Markt\nthema: buurtkracht\ndatum: 2013-05-01\n"
        "ingredienten:\n  bus: Buurtbus\n"
        "schakels:\n"
        "  jan:\n    naam: Jan de Vries\n    prive: true\n    ingredienten: [bus]\n"
        "  anna:\n    naam: Anna Weiß\n    prive: true\n    ingredienten: [bus]\n"
        f"  platform:\n    rol: dorpsplatform\n    ingredienten: [bus]\n    verhaal: '{verhaal}'\n",
        encoding="utf-8",
    )


def _meet(argumenten: list[str]) -> tuple[float, int, str]:
    tijden = []
    code, uit = 0, ""
    for _ in range(RUNS):
        begin = time.perf_counter()
        proces = subprocess.run(argumenten, capture_output=True, text=True, check=False)
        tijden.append(time.perf_counter() - begin)
        code, uit = proces.returncode, proces.stdout
    return statistics.median(tijden), code, uit


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


def main() -> None:
    stelsel = str(Path(sys.executable).parent / "stelsel")
    belasting = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tijdelijk:
        map_ = Path(tijdelijk) / "buurt"
        _dossier(map_, 1_000_000)
        gewoon, _, _ = _meet([stelsel, "analyse", "netwerk", str(map_), "--format", "json"])
        openbaar, code, uit = _meet(
            [stelsel, "analyse", "netwerk", str(map_), "--format", "json", "--openbaar"])
    schoon = code == 0 and "Jan de Vries" not in uit and "06-12345678" not in uit
    regels = [
        "# Meting: --openbaar op een vrij-tekstveld van 1 MB",
        "",
        f"Geschreven door `python benchmarks/openbaar.py` op {dt.date.today().isoformat()}; "
        f"mediaan van {RUNS} runs, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}; belasting van de machine (1 min) bij het begin: "
        f"{belasting:.2f} (andere processen delen de 2 kernen: vergelijk de verhouding).",
        "",
        "| meting | streefwaarde | gemeten |  |",
        "| --- | ---: | ---: | --- |",
        f"| `analyse netwerk --format json` (zonder --openbaar) | — | {gewoon:.2f} s | |",
        f"| `analyse netwerk --format json --openbaar` | ≤ {DOEL:.0f} s | {openbaar:.2f} s | "
        f"{'✓ gehaald' if openbaar <= DOEL else '✗ gemist'} |",
        f"| uitvoer zonder naam en contact, exitcode 0 | ja | {'ja' if schoon else 'nee'} | |",
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
