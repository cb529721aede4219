"""Meet alles van issues 9 en 21 in één keer, naast elkaar, en schrijf ``benchmarks/RESULTS.md``.

    python benchmarks/meet.py                  # standaard: corpus op schaal 0.4 (±15 minuten)
    python benchmarks/meet.py --landelijk      # ook het hele landelijke corpus (350 × 10 buurten)
    python benchmarks/meet.py --alleen opstart # één deel opnieuw; het verslag naar stdout

1. Opstarten (``opstart``): ``stelsel --help`` en ``stelsel valideer examples/doorwerth`` warm
   (uit de validatiecache) en koud (``--geen-cache``) tegen ``python -c "import typer,
   pydantic, ruamel.yaml"``; afwisselend, mediaan van ``--herhalingen`` runs.
2. Doorvoer (``doorvoer``), op twee maten gemeten: ``stelsel valideer --geen-cache`` met de
   processen die het zelf kiest en met één, tegen check-jsonschema met de geëxporteerde JSON
   Schemas (per soort het bijpassende schema) op dezelfde bestanden, en tegen de vloer (alleen
   parsen met PyYAML's C-lader, GC uit). Daarbij (``foutplek``): een fout achterin het
   grootste bestand houdt regel en kolom.
3. Schaal (``schaal``, ``rapport``): ``stelsel valideer`` en ``stelsel rapport`` over het corpus
   op ¼, ½ en 1 × de schaal (1×, 2×, 4×), met de piek van het geheugen per run (``wait4``).
4. Met ``--landelijk`` (``landelijk``): het hele landelijke corpus koud (met de processen die
   stelsel kiest en met één) en warm valideren, en er een rapport van maken.
5. ``--openbaar`` (``openbaar``) op een tekstveld van 1 MB.

Bij elk verslag: de machine (CPU, kernen, Python, versies van de pakketten) en de belasting
tijdens de meting. Gemiste doelen krijgen een profiel (cProfile) en een verklaring. Dit zijn
benchmarks, geen tests: er faalt niets als de machine traag is. Alleen Linux en macOS
(``os.wait4``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import genereer_corpus as corpus

REPO = Path(__file__).resolve().parent.parent
RESULTATEN = Path(__file__).resolve().parent / "RESULTS.md"
VANDAAG = "2015-06-01"  # vaste dag voor 'te laat' en 'verlopen' in de rapporten

DOEL_OPSTART = 1.3  # × de kale imports, voor --help
DOEL_WARM = 0.5  # × de kale imports: valideer met alles uit de validatiecache
DOEL_KOUD = 1.5  # × de kale imports: valideer zonder cache (--geen-cache)
DOEL_DOORVOER = 20.0  # × sneller dan check-jsonschema
DOEL_VLOER = 3.0  # hooguit × de tijd van alleen parsen met PyYAML's C-lader (GC uit)
DOEL_LAND = 60.0  # s: het landelijke corpus valideren
DOEL_LAND_RAPPORT = 600.0  # s: het landelijke corpus rapporteren
DOEL_EXPONENT = 1.15  # tijd ~ grootte^exponent; 1 is lineair
DOEL_GEHEUGEN = 1.2  # piek bij 4× ≤ 1,2 × de piek van het grootste dossier alleen

BASIS_IMPORTS = "import typer, pydantic, ruamel.yaml"


# --------------------------------------------------------------------------- processen meten


@dataclass
class Run:
    seconden: float
    piek_mb: float
    code: int
    cpu: float = 0.0  # s gebruiker + systeem, met de werkprocessen die het proces opruimde
    belasting: float = 0.0  # belasting van de machine (1 min) bij het begin


# GNU time meet het piekgeheugen van het proces zelf. ru_maxrss uit wait4 kan dat niet: Linux
# geeft een kind bij fork en exec de piek van zijn ouder mee, en deze meting heeft na het
# genereren van het corpus zelf tientallen MB's in gebruik (dan zou `python -c pass` 57 MB zijn).
GNU_TIME = Path("/usr/bin/time")


def draai(cmd: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
          uitvoer: Path | None = None) -> Run:
    """Draai één proces; tijd met perf_counter, CPU-tijd uit wait4, piekgeheugen van GNU time.

    De piek is die van het grootste proces (het proces zelf of een van zijn werkprocessen), niet
    hun som; de CPU-tijd telt de werkprocessen wel mee. Zonder GNU time komt de piek uit wait4
    (en is ze minstens die van dit meetproces).
    """
    doel = open(uitvoer, "wb") if uitvoer else subprocess.DEVNULL  # noqa: SIM115
    belasting = os.getloadavg()[0]
    with tempfile.NamedTemporaryFile("r", suffix=".piek") as piek:
        voor = ([str(GNU_TIME), "-q", "-f", "%M", "-o", piek.name]
                if GNU_TIME.exists() else [])
        try:
            begin = time.perf_counter()
            proces = subprocess.Popen([*voor, *cmd], cwd=cwd, env=env, stdout=doel,
                                      stderr=subprocess.STDOUT if uitvoer else subprocess.DEVNULL)
            _, status, gebruik = os.wait4(proces.pid, 0)
            seconden = time.perf_counter() - begin
        finally:
            if uitvoer:
                doel.close()  # type: ignore[union-attr]
        gemeten = piek.read().strip().splitlines()
    proces.returncode = os.waitstatus_to_exitcode(status)
    eenheid = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes op macOS, kB op Linux
    kb = int(gemeten[-1]) if voor and gemeten and gemeten[-1].isdigit() else None
    return Run(seconden, kb / 1024 if kb is not None else gebruik.ru_maxrss / eenheid,
               proces.returncode, gebruik.ru_utime + gebruik.ru_stime, belasting)


def afwisselend(opdrachten: dict[str, Callable[[], Run]], herhalingen: int) -> dict[str, list[Run]]:
    """Draai elke opdracht ``herhalingen`` keer, om en om, na één opwarmronde."""
    for maak in opdrachten.values():
        maak()
    runs: dict[str, list[Run]] = {naam: [] for naam in opdrachten}
    for _ in range(herhalingen):
        for naam, maak in opdrachten.items():
            runs[naam].append(maak())
    return runs


def mediaan(runs: list[Run]) -> float:
    return statistics.median(r.seconden for r in runs)


def ms(seconden: float) -> str:
    return f"{seconden * 1000:.0f}"


def belasting(runs: list[Run]) -> str:
    """De belasting van de machine bij het begin van deze runs: één getal of van–tot."""
    laag, hoog = min(r.belasting for r in runs), max(r.belasting for r in runs)
    return f"{laag:.1f}" if f"{laag:.1f}" == f"{hoog:.1f}" else f"{laag:.1f}–{hoog:.1f}"


# --------------------------------------------------------------------------- omgeving


def stelsel_cmd() -> list[str]:
    naast = Path(sys.executable).parent / "stelsel"
    if naast.exists():
        return [str(naast)]
    gevonden = shutil.which("stelsel")
    return [gevonden] if gevonden else [sys.executable, "-m", "stelselkit"]


def check_jsonschema_cmd(venv: Path) -> list[str]:
    """check-jsonschema uit een eigen venv (zo nodig aangemaakt met pip)."""
    gevonden = venv / "bin" / "check-jsonschema"
    if not gevonden.exists():
        print(f"check-jsonschema installeren in {venv} …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "check-jsonschema"],
                       check=True)
    return [str(gevonden)]


def versie(pakket: str) -> str:
    try:
        return importlib.metadata.version(pakket)
    except importlib.metadata.PackageNotFoundError:
        return "niet geïnstalleerd"


def machine(cjs: list[str] | None) -> dict[str, str]:
    """De machine en de versies; check-jsonschema alleen als de doorvoer gemeten is."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for regel in cpuinfo.read_text().splitlines():
            if regel.startswith("model name"):
                cpu = regel.split(":", 1)[1].strip()
                break
    import yaml

    return {
        "CPU": cpu,
        "kernen": str(kernen()),
        "systeem": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "libyaml (PyYAML CSafeLoader)": "ja" if yaml.__with_libyaml__ else "nee",
        # voor de gemeten processen (main haalt PYTHONDONTWRITEBYTECODE weg)
        "bytecode (.pyc) bewaard": "nee" if "PYTHONDONTWRITEBYTECODE" in os.environ else "ja",
        **{p: versie(p) for p in ("stelselkit", "typer", "pydantic", "pydantic-core",
                                  "ruamel.yaml", "PyYAML", "rich", "Jinja2", "networkx")},
    } | ({} if cjs is None else {"check-jsonschema": subprocess.run(
        [*cjs, "--version"], capture_output=True, text=True).stdout.strip().rsplit(" ", 1)[-1]})


# --------------------------------------------------------------------------- corpus


@dataclass
class Corpus:
    map: Path
    gemeenten: int
    dossiers: list[Path]
    bestanden: int
    bytes: int

    @property
    def mb(self) -> float:
        return self.bytes / 1e6


def gemeente_map(index: int) -> str:
    return corpus._slug(corpus.gemeentenaam(index))


def maak_corpora(werkmap: Path, gemeenten: list[int], seed: int) -> dict[int, Corpus]:
    """Het grootste corpus genereren; de kleinere zijn hardlinks naar de eerste gemeenten."""
    grootste = max(gemeenten)
    bron = werkmap / f"corpus-{grootste}"
    corpus.genereer(bron, grootste / corpus.GEMEENTEN, seed)
    uit: dict[int, Corpus] = {}
    for aantal in sorted(gemeenten):
        map_ = werkmap / f"corpus-{aantal}"
        if aantal != grootste:
            if map_.exists():
                shutil.rmtree(map_)
            for g in range(aantal):
                shutil.copytree(bron / gemeente_map(g), map_ / gemeente_map(g),
                                copy_function=os.link)
        bestanden = sorted(map_.rglob("*.yaml"))
        uit[aantal] = Corpus(map_, aantal, sorted(p.parent for p in map_.rglob("dossier.yaml")),
                             len(bestanden), sum(p.stat().st_size for p in bestanden))
    return uit


def per_soort(map_: Path) -> dict[str, list[Path]]:
    soorten: dict[str, list[Path]] = {}
    for pad in sorted(map_.rglob("*.yaml")):
        gevonden = re.search(r"^soort: (\S+)$", pad.read_text(encoding="utf-8"), re.M)
        if gevonden:
            soorten.setdefault(gevonden.group(1), []).append(pad)
    return soorten


# --------------------------------------------------------------------------- profielen


_PROFIEL = r"""
import cProfile, json, pstats, sys
opdracht = json.loads(sys.argv[1])
profiel = cProfile.Profile()
profiel.enable()
sys.argv = ["stelsel", *opdracht]
from stelselkit.cli import app
try:
    app(standalone_mode=False)
except SystemExit:
    pass
profiel.disable()
rijen = []
for (bestand, regel, functie), (_, n, eigen, totaal, _) in pstats.Stats(profiel).stats.items():
    rijen.append((totaal, eigen, n, bestand, regel, functie))
print(json.dumps(rijen))
"""


def profiel(opdracht: list[str], cwd: Path, top: int = 12) -> list[str]:
    """De duurste functies (cumulatief en eigen tijd) van één opdracht, in een vers proces.

    Met één werkproces (``STELSEL_WERKERS=1``): cProfile ziet alleen zijn eigen proces, en bij
    meer processen zou het alleen het wachten op de werkprocessen tonen.
    """
    uitkomst = subprocess.run([sys.executable, "-c", _PROFIEL, json.dumps(opdracht)], cwd=cwd,
                              capture_output=True, text=True,
                              env={**os.environ, "STELSEL_WERKERS": "1"})
    regels = [r for r in uitkomst.stdout.splitlines() if r.startswith("[")]
    if not regels:
        return [f"(profiel mislukt: {uitkomst.stderr.strip()[-300:]})"]
    rijen = json.loads(regels[-1])

    def naam(rij: list[Any]) -> str:
        bestand = re.sub(r".*/(site-packages|src)/", "", rij[3])
        return f"{rij[5]} ({bestand}:{rij[4]})" if rij[4] else rij[5]

    overslaan = ("<frozen", "<string>", "builtins.exec", "cli/__init__", "typer/", "_click/",
                 "cProfile")
    nuttig = [r for r in rijen if not any(o in naam(r) or o in r[3] for o in overslaan)]
    cumulatief = sorted(nuttig, key=lambda r: -r[0])[:top]
    eigen = sorted(nuttig, key=lambda r: -r[1])[:top]
    uit = ["| cumulatief (s) | functie | | eigen tijd (s) | functie |", "|---:|---|---|---:|---|"]
    for c, e in zip(cumulatief, eigen, strict=True):
        uit.append(f"| {c[0]:.3f} | `{naam(c)}` | | {e[1]:.3f} | `{naam(e)}` ({e[2]}×) |")
    return uit


# ``stelsel valideer --geen-cache`` in één proces met de werkprocessen die het zelf kiest, met
# per proces de CPU-tijd: elk gecontroleerd dossier meldt zijn proces en diens CPU-tijd tot dan.
# Het langste pad (hoofdproces plus het drukste werkproces) is wat de run op vrije kernen duurt,
# hoe druk de machine ook is.
_PER_PROCES = r"""
import json, os, resource, sys, time
from pathlib import Path
from stelselkit.opdrachten import valideren

controleer = valideren._controleer_dossier

def met_tijd(map_, *, cache):
    controle = controleer(map_, cache=cache)
    controle.opmerkingen.append(f"{os.getpid()} {time.process_time()}")
    return controle

valideren._controleer_dossier = met_tijd
uitkomst = valideren.valideer(Path(sys.argv[1]), cache=False)
werkers = {}
for opmerking in uitkomst.opmerkingen:
    pid, cpu = opmerking.split()
    if int(pid) != os.getpid():
        werkers[pid] = max(werkers.get(pid, 0.0), float(cpu))
eigen = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"hoofd": eigen.ru_utime + eigen.ru_stime,
                  "werkers": sorted(werkers.values())}))
"""


_LADERS = r"""
import gc, json, sys, time
from pathlib import Path
import yaml
from stelselkit.lezen.yamlbron import laad_yaml
teksten = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).rglob("*.yaml"))]

def zonder_gc(lader):
    def lees(tekst):
        gc.disable()
        try:
            return list(yaml.load_all(tekst, Loader=lader))
        finally:
            gc.enable()
    return lees

tijden = {}
for naam, lees in (("yamlbron", lambda t: laad_yaml(t, "x")),
                   ("kaal", zonder_gc(yaml.CSafeLoader))) * 3:
    begin = time.perf_counter()
    for tekst in teksten:
        lees(tekst)
    tijden.setdefault(naam, []).append(time.perf_counter() - begin)
print(json.dumps({naam: min(t) for naam, t in tijden.items()}))
"""


# --------------------------------------------------------------------------- het verslag


@dataclass
class Verslag:
    regels: list[str] = field(default_factory=list)
    doelen: list[tuple[str, str, str, bool]] = field(default_factory=list)

    def __call__(self, *regels: str) -> None:
        self.regels.extend(regels)

    def doel(self, naam: str, doel: str, gemeten: str, gehaald: bool) -> None:
        self.doelen.append((naam, doel, gemeten, gehaald))


def tabel(kop: Sequence[str], rijen: Sequence[Sequence[Any]]) -> list[str]:
    uitlijning = ["---" if i == 0 else "---:" for i in range(len(kop))]
    return ["| " + " | ".join(kop) + " |", "| " + " | ".join(uitlijning) + " |",
            *("| " + " | ".join(str(c) for c in rij) + " |" for rij in rijen)]


def exponent(punten: list[tuple[float, float]]) -> float:
    """Helling van log(tijd) tegen log(grootte), kleinste kwadraten; 1 is lineair."""
    xs = [math.log(x) for x, _ in punten]
    ys = [math.log(y) for _, y in punten]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


# --------------------------------------------------------------------------- de metingen


def meet_opstart(v: Verslag, stelsel: list[str], voorbeeld: Path, herhalingen: int) -> float:
    """Meet het opstarten; geeft de mediaan van ``stelsel valideer`` zonder cache (koud)."""
    py = sys.executable
    pad = str(voorbeeld.relative_to(REPO))
    opdrachten = {
        "`python -c pass`": lambda: draai([py, "-c", "pass"]),
        f'`python -c "{BASIS_IMPORTS}"` (basis)': lambda: draai([py, "-c", BASIS_IMPORTS]),
        "`stelsel --help`": lambda: draai([*stelsel, "--help"]),
        f"`stelsel valideer {pad}` (warm: alles uit de cache)":
            lambda: draai([*stelsel, "valideer", pad], cwd=REPO),
        f"`stelsel valideer {pad} --geen-cache` (koud)":
            lambda: draai([*stelsel, "valideer", pad, "--geen-cache"], cwd=REPO),
    }
    print(f"opstarten: {herhalingen} × {len(opdrachten)} opdrachten …", file=sys.stderr)
    runs = afwisselend(opdrachten, herhalingen)
    namen = list(opdrachten)
    basis = mediaan(runs[namen[1]])
    v("## 1. Opstarten", "",
      f"Mediaan van {herhalingen} runs per opdracht, om en om gedraaid (na één opwarmronde, die "
      "ook de validatiecache vult); tijd van het hele proces, van starten tot afsluiten.", "")
    rijen = []
    for naam in namen:
        m = mediaan(runs[naam])
        rijen.append([naam, ms(m), ms(min(r.seconden for r in runs[naam])),
                      f"{m / basis:.2f}×", f"{max(r.piek_mb for r in runs[naam]):.0f}"])
    v(*tabel(["opdracht", "mediaan (ms)", "snelste (ms)", "t.o.v. basis", "piek (MB)"], rijen),
      "")
    for naam, doel in zip(namen[2:], (DOEL_OPSTART, DOEL_WARM, DOEL_KOUD), strict=True):
        ratio = mediaan(runs[naam]) / basis
        v.doel(f"opstarten {naam}", f"≤ {doel}× de basis", f"{ratio:.2f}×", ratio <= doel)
    kaal, warm, koud = (mediaan(runs[namen[i]]) for i in (0, 3, 4))
    bestanden = len(list(voorbeeld.rglob("*.yaml")))
    v("Warm draait `stelsel valideer` zonder Typer, Rich, Jinja2, networkx en pydantic "
      "(`stelselkit.start`, `lezen/snelweg.py` en `lezen/cache.py`); koud bouwt het alleen "
      "de modellen van de soorten die in het dossier staan "
      f"({len(per_soort(voorbeeld))} soorten hier).", "")
    if warm / basis > DOEL_WARM:
        v(f"**Warm gemist: wat het zou vragen.** Python zelf start in {ms(kaal)} ms "
          f"({kaal / basis:.2f}× de basis); daarboven leest de warme weg de cache, leest en hasht "
          f"hij alle {bestanden} bestanden en draait hij de controle van verwijzingen tussen "
          f"bestanden opnieuw, samen {ms(warm - kaal)} ms. Minder kan op twee manieren, beide "
          "nog niet gedaan: (1) alleen hashen wat volgens grootte, inode en wijzigingstijd "
          "veranderde, met de 'racy git'-regel van git (een bestand dat niet ouder is dan de "
          "cache zelf wordt toch gehasht), zodat een wijziging binnen dezelfde tel niet gemist "
          "wordt; (2) de warme weg zonder `dataclasses`/`inspect`, `pathlib` en `re`, samen "
          "±20–30 ms importtijd (`python -X importtime -m stelselkit.start valideer .`).", "")
    if koud / basis > DOEL_KOUD:
        v("**Koud gemist: wat het zou vragen.** Al gedaan: alleen de modellen van de soorten "
          f"in het dossier ({len(per_soort(voorbeeld))} hier), geen tekst-annotaties in "
          "`model/` (pydantic hoeft niets te evalueren), deelmodellen met `defer_build` (ze "
          "worden in de validator van hun soort gebouwd), kleine fabrieken in plaats van "
          "`list`/`dict` als standaardwaarde; samen −25% instructies voor de modellen. Wat "
          "overblijft, eenmalig geteld met cachegrind bij het schrijven van deze uitleg "
          "(instructies; de basis is ±425 miljoen): Python "
          "starten plus `from pydantic import BaseModel` is al 0,92× de basis voordat er één "
          "model bestaat; pydantic zelf ±445 M, het zoeken naar pydantic-plugins ±87 M, PyYAML "
          "importeren ±125 M, de modelklassen van de soorten maken en hun validators bouwen "
          "±369 M, de bestanden lezen en controleren ±155 M. Onder 1,5× komen kan dus niet "
          "zolang de koude weg pydantic-modellen bouwt; de gegenereerde schema's tussen runs "
          "bewaren (geprobeerd, met pickle) scheelt maar ±10% en leunt op private attributen van "
          "pydantic. Wat wel werkt, is de koude weg vermijden: de warme weg hierboven (elke run "
          "waarin niets of weinig veranderde: pre-commit, CI met cache, de editor) of een proces "
          "dat blijft draaien (een `--volg`-modus of een taalserver voor de editor).", "",
          f"### Profiel van {namen[4]}", "",
          "cProfile van de hele opdracht (imports inbegrepen; profileren maakt alles trager, "
          "het gaat om de verhoudingen):", "",
          *profiel(["valideer", str(voorbeeld), "--geen-cache"], REPO), "")
    return koud


def meet_doorvoer(v: Verslag, stelsel: list[str], cjs: list[str], maten: list[Corpus],
                  schemas: Path, herhalingen: int) -> float:
    """``stelsel valideer`` (koud) tegen check-jsonschema en tegen alleen parsen, op twee maten.

    Geeft de verhouding met check-jsonschema op de grootste maat."""
    py = sys.executable
    env_een = {**os.environ, "STELSEL_WERKERS": "1"}
    v("## 2. Doorvoer: valideren tegen check-jsonschema en tegen alleen parsen", "",
      "check-jsonschema draait per soort met het geëxporteerde schema van die soort (processen "
      "opgeteld); `stelsel valideer --geen-cache` in één opdracht over de hele map, en controleert "
      "daarbij ook de verwijzingen tussen bestanden. Bij veel dossiers verdeelt stelsel ze over "
      f"de kernen (hier {kernen()}); de rij *één proces* zet dat uit (`STELSEL_WERKERS=1`). "
      "CPU is de tijd die alle processen samen rekenden; belasting die van de machine (1 min) "
      "bij het begin van de runs. De vloer is alleen parsen: elke tekst door PyYAML's "
      "`CSafeLoader` met de GC uit, in één proces, zonder opstarten (beste van 3). Beide maten "
      "zijn gemeten, niets is geëxtrapoleerd.", "")
    rijen: list[list[str]] = []
    ratio = vloer_ratio = 0.0
    twee: tuple[list[Run], list[Run]] = ([], [])
    for i, c in enumerate(maten):
        soorten = per_soort(c.map)

        def check_jsonschema(soorten: dict[str, list[Path]] = soorten) -> Run:
            totaal = Run(0.0, 0.0, 0, belasting=os.getloadavg()[0])
            for soort, paden in soorten.items():
                run = draai([*cjs, "--schemafile", str(schemas / f"{soort}.schema.json"),
                             *map(str, paden)])
                totaal = Run(totaal.seconden + run.seconden, max(totaal.piek_mb, run.piek_mb),
                             max(totaal.code, run.code), totaal.cpu + run.cpu,
                             totaal.belasting)
            return totaal

        keer = herhalingen if i == 0 else 1
        print(f"doorvoer: {c.mb:.1f} MB, {keer} × …", file=sys.stderr)
        runs = afwisselend({
            "stelsel": lambda c=c: draai([*stelsel, "valideer", str(c.map), "--geen-cache"]),
            "een": lambda c=c: draai([*stelsel, "valideer", str(c.map), "--geen-cache"],
                                     env=env_een),
            "check-jsonschema": check_jsonschema,
        }, keer)
        lader = json.loads(subprocess.run([py, "-c", _LADERS, str(c.map)], capture_output=True,
                                          text=True, check=True).stdout)
        st, cj = mediaan(runs["stelsel"]), mediaan(runs["check-jsonschema"])
        ratio, vloer_ratio = cj / st, st / lader["kaal"]
        twee = (runs["een"], runs["stelsel"])
        for naam, sleutel in (("`stelsel valideer --geen-cache`", "stelsel"),
                              ("… één proces", "een"),
                              ("check-jsonschema (per soort)", "check-jsonschema")):
            t = mediaan(runs[sleutel])
            rijen.append([f"{c.mb:.1f} MB, {c.bestanden} bestanden", naam, f"{t:.2f}",
                          f"{statistics.median(r.cpu for r in runs[sleutel]):.2f}",
                          f"{c.mb / t:.2f}", f"{max(r.piek_mb for r in runs[sleutel]):.0f}",
                          belasting(runs[sleutel]), str(sorted({r.code for r in runs[sleutel]}))])
        rijen.append([f"{c.mb:.1f} MB", "vloer: alleen parsen (C-lader, GC uit)",
                      f"{lader['kaal']:.2f}", "", f"{c.mb / lader['kaal']:.2f}", "", "", ""])
        rijen.append([f"{c.mb:.1f} MB", f"**{ratio:.1f}× sneller dan check-jsonschema; "
                      f"{vloer_ratio:.2f}× de vloer**", "", "", "", "", "", ""])
    v(*tabel(["corpus", "validator", "s", "CPU (s)", "MB/s", "piek (MB)", "belasting",
              "exitcode"], rijen), "", *over_processen("Op de grootste maat", *twee), "",
      per_proces(maten[-1].map)[1], "")
    v.doel("valideren tegen check-jsonschema (grootste maat)", f"≥ {DOEL_DOORVOER:.0f}× sneller",
           f"{ratio:.1f}×", ratio >= DOEL_DOORVOER)
    v.doel("valideren tegen alleen parsen (grootste maat)", f"≤ {DOEL_VLOER:.0f}× de vloer",
           f"{vloer_ratio:.2f}×", vloer_ratio <= DOEL_VLOER)
    if ratio < DOEL_DOORVOER or vloer_ratio > DOEL_VLOER:
        v("**Gemist: wat het zou vragen.** Al gedaan: YAML die zeker hetzelfde oplevert als de "
          "strikte lezer, leest `yaml-rs` (Rust); al het andere, en elke fout, gaat door de "
          "strikte PyYAML-weg (differentiële fuzz-run van 30.000 documenten zonder verschil: "
          "`benchmarks/VERSCHIL.md`). Werkprocessen erven de gebouwde modellen van het "
          "hoofdproces. Wat overblijft staat in het profiel hieronder: pydantic (de modellen "
          "valideren), de samenhang tussen bestanden, de bestanden die naar de strikte weg gaan "
          "(ankers, datums, tabs) en het opstarten. Meer processen delen het werk (zie "
          "hierboven) maar winnen niets op een machine waarvan de kernen al bezet zijn. Voorbij "
          "dit punt vraagt het valideren zonder pydantic-modellen voor de grote, eenvoudige "
          "soorten (een eigen controle per veld), of de cache: een tweede run leest alleen wat "
          "veranderde.", "",
          "### Profiel van `stelsel valideer --geen-cache` op de kleinste maat", "",
          *profiel(["valideer", str(maten[0].map), "--geen-cache"], REPO), "")
    return ratio


def kernen() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def per_proces(map_: Path) -> tuple[float, str]:
    """Een extra koude run met de CPU-tijd per proces: wat ze op vrije kernen zou duren."""
    gemeten = json.loads(subprocess.run([sys.executable, "-c", _PER_PROCES, str(map_)],
                                        capture_output=True, text=True, check=True).stdout)
    werkers, hoofd = gemeten["werkers"], gemeten["hoofd"]
    vrij: float = hoofd + max(werkers, default=0.0)
    return vrij, (
        f"CPU-tijd per proces in een extra koude run: hoofdproces {hoofd:.1f} s (opstarten, het "
        "eerste dossier, de modellen, de dossiers zoeken, de uitkomsten verzamelen), "
        f"werkprocessen {' en '.join(f'{w:.1f} s' for w in werkers) or 'geen'}. Op "
        f"{len(werkers) or 1} vrije kernen duurt de koude run dus ongeveer **{vrij:.1f} s** "
        "(hoofdproces plus het drukste werkproces); op een drukke machine is de CPU-tijd zelf "
        "ook wat hoger (gedeelde caches), dus dit is eerder te hoog dan te laag.")


def over_processen(waar: str, een: list[Run], meer: list[Run]) -> list[str]:
    """Wat de verdeling over processen oplevert: tijd en CPU-tijd tegen die van één proces."""
    t1, t2 = mediaan(een), mediaan(meer)
    c1, c2 = (statistics.median(r.cpu for r in runs) for runs in (een, meer))
    return [f"{waar} verdeeld over {kernen()} processen tegen één: **{t1 / t2:.2f}× zo snel**, "
            f"met {c2 / c1:.2f}× de CPU-tijd ({c2 - c1:+.2f} s: wat de extra processen samen "
            f"meer rekenden). Belasting van de machine bij deze runs: {belasting(een + meer)}. "
            f"Op {kernen()} vrije kernen is het hoogst haalbare {kernen()}× zo snel. Linux "
            "verdeelt de CPU per sessie (autogroup): rekenen er in andere sessies ook processen, "
            "dan krijgt deze meting samen alleen haar deel van de kernen, hoeveel processen ze "
            "ook start; vergelijk dan de CPU-tijd."]


def meet_openbaar(v: Verslag, stelsel: list[str], voorbeeld: Path, werkmap: Path) -> None:
    """``--openbaar`` op een tafelkleed met één vrij tekstveld van 1 MB (lineair, < 2 s)."""
    map_ = werkmap / "openbaar-1mb"
    if map_.exists():
        shutil.rmtree(map_)
    shutil.copytree(voorbeeld, map_, ignore=shutil.ignore_patterns(".stelsel-cache"))
    kleed = sorted((map_ / "tafelkleden").glob("*.yaml"))[0]
    woorden = ("buurt", "Marieke", "jan.de.vries@example.nl", "06-12345678", "Dorpsstraat",
               "12", "6865", "AB", "koffie", "ß")
    tekst = " ".join(woorden[i % len(woorden)] for i in range(140_000))[:1_000_000]
    import yaml

    data = yaml.safe_load(kleed.read_text(encoding="utf-8"))
    data["ingredienten"]["een-groot-veld"] = tekst  # een ingrediënt van 1 MB vrije tekst
    kleed.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**7),
                     encoding="utf-8")
    runs = [draai([*stelsel, "analyse", "netwerk", str(kleed), "--openbaar", "--format",
                   "json"]) for _ in range(3)]
    m = mediaan(runs)
    v("## 5. `--openbaar` op een tekstveld van 1 MB", "",
      f"`stelsel analyse netwerk {kleed.name} --openbaar --format json` op een kopie van het "
      "voorbeeld met één vrij tekstveld van 1 MB vol namen, e-mailadressen, telefoonnummers en "
      f"adresdelen (mediaan van 3 runs, exitcodes {sorted({r.code for r in runs})}): "
      f"**{m:.2f} s**, piek {max(r.piek_mb for r in runs):.0f} MB.", "")
    v.doel("`--openbaar` op 1 MB vrije tekst", "< 2 s", f"{m:.2f} s", m < 2.0)
    if m >= 2.0:
        v("**Gemist: waar de tijd heen gaat.** Het profiel hieronder; de tekst gaat door het "
          "openbaar maken (`lezen/openbaar.py`, per gelezen bestand), door het normaliseren voor "
          "de bijna-dubbele ingrediënten (`analyse/dubbelen.py`; difflib slaat teksten langer "
          "dan een ingrediënt al over) en door de lekcontrole van de uitvoer "
          "(`uitvoer/lekcontrole.py`). Het bestand wordt één keer gelezen (uit het dossier). "
          "Op een rustige machine haalt dezelfde meting het doel: zie `benchmarks/OPENBAAR.md`.",
          "",
          *profiel(["analyse", "netwerk", str(kleed), "--openbaar", "--format", "json"], REPO),
          "")


def meet_landelijk(v: Verslag, stelsel: list[str], land: Corpus, werkmap: Path) -> None:
    """Het hele landelijke corpus: valideren koud en warm, en het rapport van elk dossier."""
    print(f"landelijk: {land.mb:.0f} MB …", file=sys.stderr)
    koud = draai([*stelsel, "valideer", str(land.map), "--geen-cache"])
    een = draai([*stelsel, "valideer", str(land.map), "--geen-cache"],
                env={**os.environ, "STELSEL_WERKERS": "1"})
    vrij, over_vrij = per_proces(land.map)
    vullen = draai([*stelsel, "valideer", str(land.map)])
    warm = draai([*stelsel, "valideer", str(land.map)])
    print("landelijk: rapport …", file=sys.stderr)
    rapport = draai(rapport_cmd(stelsel, land.dossiers, werkmap / "rapport-land"),
                    uitvoer=werkmap / "rapport-land.txt")
    zwaarste = max(land.dossiers, key=dossiergrootte)
    alleen = draai(rapport_cmd(stelsel, [zwaarste], werkmap / "rapport-zwaarste"))
    v("## 4. Het landelijke corpus", "",
      f"{land.gemeenten} gemeenten, {len(land.dossiers)} dossiers, {land.bestanden} bestanden, "
      f"{land.mb:.0f} MB; één run per regel.", "",
      *tabel(["opdracht", "s", "CPU (s)", "piek (MB)", "belasting", "exitcode"], [
          [naam, f"{run.seconden:.1f}", f"{run.cpu:.1f}", f"{run.piek_mb:.0f}",
           f"{run.belasting:.1f}", str(run.code)] for naam, run in (
              ("`stelsel valideer --geen-cache` (koud)", koud),
              ("… één proces (`STELSEL_WERKERS=1`)", een),
              ("`stelsel valideer` (vult de cache)", vullen),
              ("`stelsel valideer` (warm)", warm),
              (f"`stelsel rapport` (alle {len(land.dossiers)} dossiers)", rapport),
              (f"`stelsel rapport` (alleen het zwaarste dossier, {zwaarste.name})", alleen))
      ]), "", *over_processen("Landelijk", [een], [koud]), "")
    v(over_vrij, "")
    v.doel("landelijk corpus rapporteren", f"< {DOEL_LAND_RAPPORT / 60:.0f} min",
           f"{rapport.seconden / 60:.1f} min",
           rapport.seconden < DOEL_LAND_RAPPORT and rapport.code == 0)
    v.doel("geheugen bij het landelijke rapport", f"piek ≤ {DOEL_GEHEUGEN}× het zwaarste dossier",
           f"{rapport.piek_mb:.0f} MB / {alleen.piek_mb:.0f} MB = "
           f"{rapport.piek_mb / alleen.piek_mb:.2f}×",
           rapport.piek_mb <= DOEL_GEHEUGEN * alleen.piek_mb)
    v.doel("landelijk corpus valideren (koud)", f"< {DOEL_LAND:.0f} s", f"{koud.seconden:.1f} s",
           koud.seconden < DOEL_LAND)
    v.doel("… op vrije kernen (berekend uit de CPU-tijd per proces, deel 4)",
           f"< {DOEL_LAND:.0f} s", f"{vrij:.1f} s", vrij < DOEL_LAND)
    if koud.seconden >= DOEL_LAND:
        v(f"**Gemist: wat het zou vragen.** Koud is dit {land.mb / koud.seconden:.1f} MB/s met "
          f"{kernen()} processen; het werk is hetzelfde als in deel 2 (zie het profiel daar). "
          f"Met één proces kost het {een.cpu:.0f} s CPU-tijd; op vrije kernen zou het "
          f"±{vrij:.0f} s duren (hierboven), dus zie de belasting in de tabel. Met de cache is "
          f"een tweede run {koud.seconden / warm.seconden:.0f}× zo snel. Meer kernen (de "
          "verdeling over processen schaalt met het aantal kernen) of een machine die niet "
          "al bezet is, brengt de koude run onder een minuut.", "")


def meet_foutplek(v: Verslag, stelsel: list[str], heel: Corpus, werkmap: Path) -> None:
    """Fouten komen nog steeds met regel en kolom, ook in het grootste bestand."""
    grootste = max(heel.map.rglob("*.yaml"), key=lambda p: p.stat().st_size)
    kapot = werkmap / "kapot"
    if kapot.exists():
        shutil.rmtree(kapot)
    shutil.copytree(grootste.parent, kapot)
    bestand = kapot / grootste.name
    regels = bestand.read_text(encoding="utf-8").splitlines()
    laatste = max(i for i, r in enumerate(regels) if r.strip().startswith("- ")
                  and r.lstrip().startswith("- ") and "posities" in regels[i - 1])
    regels[laatste] = regels[laatste].replace("- ", "- baas  # tikfout: ", 1)
    bestand.write_text("\n".join(regels) + "\n", encoding="utf-8")
    goed = [draai([*stelsel, "valideer", str(grootste.parent)]) for _ in range(3)]
    uit = werkmap / "kapot.txt"
    fout = [draai([*stelsel, "valideer", str(kapot)], uitvoer=uit) for _ in range(3)]
    eerste = next((r for r in uit.read_text(encoding="utf-8").splitlines() if ": fout:" in r),
                  "(geen fout gemeld)")
    plek = re.match(r"\S+:(\d+):(\d+): fout:", eerste)
    v.doel("een fout achterin het grootste bestand", "bestand:regel:kolom",
           f"regel {plek.group(1)}, kolom {plek.group(2)}" if plek else "zonder plek",
           plek is not None and int(plek.group(1)) == laatste + 1)
    v("### Fouten houden hun regel en kolom", "",
      f"Het grootste bestand ({grootste.stat().st_size / 1e3:.0f} kB) met één ongeldige positie "
      f"van betrokkenheid op regel {laatste + 1}: `stelsel valideer` geeft exitcode "
      f"{fout[0].code} en meldt", "", "```", eerste.replace(str(werkmap) + "/", ""), "```", "",
      f"Het dossier valideren duurt {ms(statistics.median(r.seconden for r in goed))} ms als "
      f"het klopt en {ms(statistics.median(r.seconden for r in fout))} ms met de fout (de "
      "round-trip-lezer van de plek draait alleen voor het bestand met de fout).", "")


def meet_schaal(v: Verslag, stelsel: list[str], corpora: dict[int, Corpus],
                herhalingen: int, opstart: float) -> None:
    print("schaal: valideren …", file=sys.stderr)
    werk = corpora[max(corpora)].map
    zwaar = zware_dossiers(corpora[max(corpora)])
    apart, zwaarste = alleen(stelsel, lambda d: ["valideer", str(d), "--geen-cache"], zwaar)
    rijen, punten, pieken = [], [], []
    kleinste = min(corpora)
    for aantal, c in sorted(corpora.items()):
        runs = [draai([*stelsel, "valideer", str(c.map), "--geen-cache"])
                for _ in range(herhalingen)]
        m = mediaan(runs)
        piek = max(r.piek_mb for r in runs)
        netto = max(m - opstart, 1e-3)
        marginaal = "" if not punten else \
            f"{(m - punten[-1][2]) / (c.bytes - punten[-1][0]) * 1e9:.0f}"
        punten.append((c.bytes, netto, m))
        pieken.append(piek)
        rijen.append([f"{aantal / kleinste:g}×", aantal, len(c.dossiers), c.bestanden,
                      f"{c.mb:.1f}", f"{m:.2f}", f"{netto / c.mb * 1000:.0f}", marginaal,
                      f"{piek:.0f}", sorted({r.code for r in runs})])
    e = exponent([(b, n) for b, n, _ in punten])
    v("## 3. Schaal", "", f"### `stelsel valideer` over 1×, 2× en 4× het corpus ({herhalingen} "
      "runs per grootte, mediaan)", "",
      *tabel(["", "gemeenten", "dossiers", "bestanden", "MB", "s", "ms/MB (zonder opstart)",
              "ms per extra MB", "piek (MB)", "exitcode"], rijen), "",
      f"Netto tijd (min de opstarttijd van {ms(opstart)} ms uit deel 1) ∝ grootte^{e:.2f} "
      "(kleinste kwadraten op log-log; 1,00 is lineair). Piekgeheugen: elk van de "
      f"{len(zwaar)} dossiers met een groot tafelkleed apart gevalideerd, hoogste piek "
      f"{apart.piek_mb:.0f} MB (`{zwaarste.relative_to(werk)}`, "
      f"{dossiergrootte(zwaarste) / 1e3:.0f} kB); het hele corpus bij 4×: "
      f"{pieken[-1]:.0f} MB.", "")
    v.doel("valideren schaalt lineair", f"exponent ≤ {DOEL_EXPONENT}", f"{e:.2f}",
           e <= DOEL_EXPONENT)
    v.doel("geheugen bij valideren", f"piek 4× ≤ {DOEL_GEHEUGEN}× het zwaarste dossier",
           f"{pieken[-1]:.0f} MB / {apart.piek_mb:.0f} MB = {pieken[-1] / apart.piek_mb:.2f}×",
           pieken[-1] <= DOEL_GEHEUGEN * apart.piek_mb)
    if e > DOEL_EXPONENT:
        v("Profiel bij 4×:", "", *profiel(["valideer", str(corpora[max(corpora)].map)], REPO),
          "")


def grote_tafelkleden(c: Corpus) -> int:
    return sum(1 for i in range(len(c.dossiers)) if i % corpus.GROOT_ELKE == 0)


def dossiergrootte(map_: Path) -> int:
    return sum(p.stat().st_size for p in map_.glob("*.yaml"))


def zware_dossiers(c: Corpus) -> list[Path]:
    """De dossiers met een groot tafelkleed (meer dan 4 × de mediane grootte), zwaarste eerst.

    Welke het meeste geheugen vraagt hangt af van de analyses, niet alleen van de bytes; daarom
    draaien ze allemaal apart en telt de hoogste piek.
    """
    grootte = {d: dossiergrootte(d) for d in c.dossiers}
    grens = 4 * statistics.median(grootte.values())
    return sorted((d for d, g in grootte.items() if g > grens), key=lambda d: -grootte[d])


def alleen(stelsel: list[str], opdracht: Callable[[Path], list[str]], dossiers: list[Path]
           ) -> tuple[Run, Path]:
    """Elk zwaar dossier apart; de run met de hoogste piek en welk dossier dat was."""
    runs = [(draai([*stelsel, *opdracht(d)]), d) for d in dossiers]
    return max(runs, key=lambda rd: rd[0].piek_mb)


def rapport_cmd(stelsel: list[str], dossiers: Sequence[Path], uit: Path) -> list[str]:
    if uit.exists():
        shutil.rmtree(uit)
    return [*stelsel, "rapport", *map(str, dossiers), "--uit", str(uit), "--vandaag", VANDAAG]


def meet_rapport(v: Verslag, stelsel: list[str], corpora: dict[int, Corpus], werkmap: Path
                 ) -> None:
    print("schaal: rapport …", file=sys.stderr)
    kleinste, grootste = min(corpora), max(corpora)
    zwaar = zware_dossiers(corpora[grootste])
    log = werkmap / "rapport-proef.txt"
    proef = draai(rapport_cmd(stelsel, zwaar[:1], werkmap / "rapport-proef"), uitvoer=log)
    v("### `stelsel rapport` over 1×, 2× en 4× het corpus", "",
      f"`stelsel rapport DOSSIER… --uit MAP --vandaag {VANDAAG}` met alle dossiers van het "
      "corpus als argumenten, in één proces (elke analyse waarvoor een dossier materiaal heeft, "
      "Markdown per analyse, een index per dossier en een overzicht). Eén run per grootte.", "")
    if proef.code != 0:
        melding = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        v(f"`stelsel rapport` werkt nog niet op het grootste corpusdossier (exitcode "
          f"{proef.code}: `{melding[-1] if melding else ''}`); niet gemeten.", "")
        v.doel("rapport schaalt lineair", f"exponent ≤ {DOEL_EXPONENT}", "niet gemeten", False)
        return
    apart, zwaarste = alleen(
        [], lambda d: rapport_cmd(stelsel, [d], werkmap / "rapport-apart"), zwaar)
    rijen, punten, pieken = [], [], []
    for aantal, c in sorted(corpora.items()):
        run = draai(rapport_cmd(stelsel, c.dossiers, werkmap / f"rapport-{aantal}"))
        punten.append((len(c.dossiers), run.seconden))
        pieken.append(run.piek_mb)
        rijen.append([f"{aantal / kleinste:g}×", len(c.dossiers), f"{c.mb:.1f}",
                      f"{run.seconden:.1f}", f"{run.seconden / len(c.dossiers) * 1000:.0f}",
                      f"{run.piek_mb:.0f}", run.code])
    e = exponent(punten)
    v(*tabel(["", "dossiers", "MB", "s", "ms/dossier", "piek (MB)", "exitcode"], rijen), "",
      f"Tijd ∝ aantal dossiers^{e:.2f}. Elk van de {len(zwaar)} dossiers met een groot "
      f"tafelkleed apart: hoogste piek {apart.piek_mb:.0f} MB "
      f"(`{zwaarste.relative_to(corpora[grootste].map)}`, {apart.seconden:.1f} s); het hele "
      f"corpus bij 4×: {pieken[-1]:.0f} MB.", "")
    uitvoer = werkmap / f"rapport-{grootste}"
    mappen = sum(1 for d in uitvoer.iterdir() if (d / "index.md").is_file())
    if mappen < len(corpora[grootste].dossiers):
        v(f"**Let op:** bij 4× schreef het rapport {len(corpora[grootste].dossiers)} dossiers "
          f"naar maar {mappen} mappen: `stelsel rapport` noemt de map van elk dossier naar de "
          "laatste mapnaam (`01-de-weerd`), dus dossiers met dezelfde naam in verschillende "
          "gemeenten overschrijven elkaars rapporten (en een oud rapport van een analyse die "
          "het volgende dossier niet heeft, blijft staan). De tijden kloppen (al het werk wordt "
          "gedaan en geschreven), de uitvoer niet.", "")
    meet_rapport_winst(v, stelsel, corpora[kleinste], werkmap)
    v.doel("rapport schaalt lineair", f"exponent ≤ {DOEL_EXPONENT}", f"{e:.2f}",
           e <= DOEL_EXPONENT)
    v.doel("geheugen bij rapport", f"piek 4× ≤ {DOEL_GEHEUGEN}× het zwaarste dossier",
           f"{pieken[-1]:.0f} MB / {apart.piek_mb:.0f} MB = {pieken[-1] / apart.piek_mb:.2f}×",
           pieken[-1] <= DOEL_GEHEUGEN * apart.piek_mb)
    if e > DOEL_EXPONENT or pieken[-1] > DOEL_GEHEUGEN * apart.piek_mb:
        v("Profiel van het rapport over het grootste dossier:", "",
          *profiel(rapport_cmd([], [zwaarste], werkmap / "rapport-profiel"), REPO), "")


def meet_rapport_winst(v: Verslag, stelsel: list[str], c: Corpus, werkmap: Path) -> None:
    """Waar de tijd van het rapport heen gaat, en wat een tweede proces oplevert."""
    monster = c.dossiers[:60]
    een = dict(os.environ, STELSEL_WERKERS="1")
    runs = afwisselend({
        "één proces": lambda: draai(rapport_cmd(stelsel, monster, werkmap / "rapport-een"),
                                    env=een),
        "standaard": lambda: draai(rapport_cmd(stelsel, monster, werkmap / "rapport-twee")),
    }, 2)
    enkel, standaard = mediaan(runs["één proces"]), mediaan(runs["standaard"])
    tabel_profiel = profiel(rapport_cmd([], monster, werkmap / "rapport-profiel"), REPO)
    v(f"#### Waar de tijd van het rapport heen gaat ({len(monster)} dossiers, één proces)", "",
      *tabel_profiel, "",
      f"Over processen verdeeld (zoals `valideer`: één per kern vanaf 20 dossiers per proces, "
      f"hier {kernen()} kernen), 2 runs om en om: **{enkel:.1f} s met één proces → "
      f"{standaard:.1f} s** ({enkel / standaard:.1f}×). Elk proces doet één dossier tegelijk, "
      "dus het geheugen per proces blijft begrensd door het grootste dossier; met meer kernen "
      "schaalt dit tot de schijf de grens wordt (uitvoer wordt niet ge-fsynct: een rapport "
      "is opnieuw te maken).", "")


# --------------------------------------------------------------------------- samen


def voorbeelddossier() -> Path:
    """Het dossier voor de opstartmeting en ``--openbaar``: examples/doorwerth (of een ander)."""
    doorwerth = REPO / "examples" / "doorwerth"
    if (doorwerth / "dossier.yaml").is_file():
        return doorwerth
    andere = sorted(p.parent for p in (REPO / "examples").glob("*/dossier.yaml"))
    if not andere:
        raise SystemExit("meet.py: geen voorbeelddossier in examples/")
    return andere[0]


# De delen van de meting, in de volgorde van het verslag; --alleen kiest er een of meer.
DELEN = ("opstart", "doorvoer", "foutplek", "schaal", "rapport", "openbaar", "landelijk")


def koude_start(stelsel: list[str], voorbeeld: Path, herhalingen: int) -> float:
    """Mediaan van ``stelsel valideer VOORBEELD --geen-cache``, voor de schaal zonder deel 1."""
    return mediaan([draai([*stelsel, "valideer", str(voorbeeld), "--geen-cache"])
                    for _ in range(herhalingen)])


def corpustekst(seed: int, corpora: dict[int, Corpus]) -> list[str]:
    """Wat het corpus is, als het verslag er een gebruikte."""
    if not corpora:
        return []
    return [
        "## Het corpus", "",
        f"`benchmarks/genereer_corpus.py`, seed {seed}: per gemeente {corpus.BUURTEN} "
        "buurten, elk een volledig dossier (dossier, thema's, posities, 1–3 tafelkleden, "
        "stelselmatrix, programma, en naar toeval dorpsgesprek, brainstormbord, gesprekstafel, "
        "thema-analyse, omgevingsanalyse, vermogensanalyse, patroononderzoek). Eén dossier op "
        f"de {corpus.GROOT_ELKE} heeft een groot tafelkleed "
        f"({corpus.GROOT_INGREDIENTEN[0]}–{corpus.GROOT_INGREDIENTEN[1]} ingrediënten, "
        f"{corpus.GROOT_SCHAKELS[0]}–{corpus.GROOT_SCHAKELS[1]} schakels). Het hele landelijke "
        f"corpus ({corpus.GEMEENTEN} gemeenten) meet `--landelijk` (deel 4).", "",
    ]


def opties() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Meet opstarten, doorvoer, schaal en het landelijke corpus (issues 9 en 21) "
                    "en schrijf benchmarks/RESULTS.md.")
    parser.add_argument("--schaal", type=float, default=0.4,
                        help="grootste corpus als deel van 350 gemeenten (4×); 1× en 2× zijn "
                             "een kwart en de helft (standaard 0.4: 140 gemeenten)")
    parser.add_argument("--herhalingen", type=int, default=15, help="runs per opstartmeting")
    parser.add_argument("--doorvoer-gemeenten", type=int, default=12,
                        help="gemeenten voor de kleinste maat van de doorvoer (de vergelijking "
                             "met check-jsonschema); de grootste maat is het grootste corpus")
    parser.add_argument("--werkmap", type=Path,
                        default=Path(tempfile.gettempdir()) / "stelsel-meting",
                        help="map voor de corpora en alle uitvoer")
    parser.add_argument("--venv", type=Path,
                        default=Path(tempfile.gettempdir()) / "stelsel-meting-venv",
                        help="venv voor check-jsonschema (wordt zo nodig aangemaakt)")
    parser.add_argument("--landelijk", action="store_true",
                        help="meet ook het hele landelijke corpus (350 gemeenten, ±125 MB)")
    parser.add_argument("--alleen", action="append", choices=DELEN, metavar="DEEL",
                        help="meet alleen dit deel (mag vaker): " + ", ".join(DELEN) + "; het "
                             "verslag gaat dan naar stdout, of naar --uit als die gegeven is")
    parser.add_argument("--uit", type=Path,
                        help="waar het verslag heen gaat (standaard benchmarks/RESULTS.md; met "
                             "--alleen stdout)")
    parser.add_argument("--seed", type=int, default=corpus.SEED, help="seed van het corpus")
    return parser


def main(argv: list[str] | None = None) -> int:
    argumenten = sys.argv[1:] if argv is None else argv
    args = opties().parse_args(argumenten)
    # Gemeten wordt zoals stelsel bij een gebruiker draait: Python bewaart de bytecode van elke
    # module (.pyc). Een omgeving met PYTHONDONTWRITEBYTECODE (zoals sommige containers) laat
    # elke run alle ±130 modules van stelselkit opnieuw compileren; dat meten we niet mee.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    delen = set(args.alleen or DELEN[:-1]) | ({"landelijk"} if args.landelijk else set())

    args.werkmap.mkdir(parents=True, exist_ok=True)
    begin = time.perf_counter()
    belasting_voor = os.getloadavg()
    stelsel = stelsel_cmd()
    cjs = check_jsonschema_cmd(args.venv) if "doorvoer" in delen else None
    grootste = max(4, round(corpus.GEMEENTEN * args.schaal))
    schaalmaten = (grootste // 4, grootste // 2, grootste)
    nodig = {  # welke corpora (in gemeenten) elk deel leest
        "doorvoer": {args.doorvoer_gemeenten, grootste}, "foutplek": {grootste // 4},
        "schaal": set(schaalmaten), "rapport": set(schaalmaten), "landelijk": {corpus.GEMEENTEN},
    }
    gemeenten = sorted(set().union(*(nodig.get(d, set()) for d in delen)))
    corpora: dict[int, Corpus] = {}
    if gemeenten:
        # Eén keer genereren (het grootste); de kleinere zijn de eerste gemeenten daarvan.
        print(f"corpus genereren ({max(gemeenten)} gemeenten) …", file=sys.stderr)
        corpora = maak_corpora(args.werkmap, gemeenten, args.seed)
    schaal = {g: corpora[g] for g in schaalmaten if g in corpora}
    voorbeeld = voorbeelddossier()

    v = Verslag()
    opstart = 0.0
    if "opstart" in delen:
        opstart = meet_opstart(v, stelsel, voorbeeld, args.herhalingen)
    if "doorvoer" in delen and cjs is not None:
        schemas = args.werkmap / "schemas"
        subprocess.run([*stelsel, "schema", "--uit", str(schemas)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        meet_doorvoer(v, stelsel, cjs, [corpora[args.doorvoer_gemeenten], corpora[grootste]],
                      schemas, 3)
    if "foutplek" in delen:
        meet_foutplek(v, stelsel, corpora[grootste // 4], args.werkmap)
    if "schaal" in delen:
        opstart = opstart or koude_start(stelsel, voorbeeld, 5)
        meet_schaal(v, stelsel, schaal, 3, opstart)
    if "rapport" in delen:
        meet_rapport(v, stelsel, schaal, args.werkmap)
    if "openbaar" in delen:
        meet_openbaar(v, stelsel, voorbeeld, args.werkmap)
    if "landelijk" in delen:
        meet_landelijk(v, stelsel, corpora[corpus.GEMEENTEN], args.werkmap)

    duur = time.perf_counter() - begin
    belasting_na = os.getloadavg()
    opdracht = " ".join(["python benchmarks/meet.py", *argumenten])
    kop = [
        "# Metingen: opstarten, doorvoer, schaal", "",
        f"Geschreven door `{opdracht}` op {dt.date.today().isoformat()} in {duur / 60:.1f} "
        "minuten. Alle getallen zijn van deze ene run, naast elkaar gemeten; absolute tijden "
        "verschillen per machine en per run (±15%), vergelijk de verhoudingen. Belasting van de "
        f"machine (1 min) bij begin en eind: {belasting_voor[0]:.2f} en {belasting_na[0]:.2f}.",
        "",
        "## Samenvatting", "",
        *tabel(["doel", "streefwaarde", "gemeten", ""],
               [[n, d, g, "✓ gehaald" if ok else "✗ gemist (zie verklaring)"]
                for n, d, g, ok in v.doelen]), "",
        "## De machine", "",
        *tabel(["", ""], list(machine(cjs).items())), "",
        *corpustekst(args.seed, corpora),
    ]
    tekst = "\n".join([*kop, *v.regels]).rstrip() + "\n"
    uit = args.uit or (None if args.alleen else RESULTATEN)
    if uit is None:
        sys.stdout.write(tekst)
    else:
        uit.write_text(tekst, encoding="utf-8")
        print(f"geschreven: {uit} ({duur / 60:.1f} min)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
