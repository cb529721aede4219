"""Fuzzen van ``stelsel valideer``: duizenden kapotte en vijandige bestanden, nul tracebacks.

Start van de voorbeelddossiers (``examples/``), de bestanden van het dossierformaat
(``tests/formaat/``) en de vijandige verzameling (``tests/vijandig/``). Elke invoer is zo'n bestand
met één tot vier mutaties: bytes omdraaien, stukken weghalen, regels verdubbelen, inspringing
veranderen, tabs, ankers en aliassen (ook alias-bommen), tags (``!!python/object/apply`` …), zeer
lange regels, diepe nesting (tot 100.000 niveaus), willekeurige unicode, twee bestanden door
elkaar, YAML-tekens, reusachtige getallen, afkappen, of een waarde of sleutel van het verkeerde
soort (geldige YAML die de modellen en de Nederlandse meldingen raakt).

Elke invoer gaat in een werkproces door de validatie
(``stelselkit.lezen.dossier.lees_bestand`` en de controle van verwijzingen binnen een
voorbeelddossier), met een tijdsbudget per invoer (``signal.alarm``) en een geheugengrens. De
uitkomst is goed als er een lijst problemen terugkomt
(leeg of niet); elke andere uitzondering telt als *traceback*, het budget overschrijden als
*hang*, en een werkproces dat sterft (signaal 11) als *crash*. Een deel van de invoer (standaard
300) gaat daarna ook door de echte CLI in een eigen proces (``python -m stelselkit valideer``), de
helft als bestand binnen een kopie van een voorbeelddossier; daar telt exitcode 0 of 1 zonder
``Traceback`` als goed.

Het resultaat komt in ``benchmarks/FUZZ.md``; invoer die misging wordt bewaard in
``benchmarks/fuzz-fouten/`` (met de reden ernaast). Exitcode 0 als alles goed ging, anders 1.
Niet voor CI (duurt enkele minuten)::

    python benchmarks/fuzz.py --aantal 10000 --zaad 1
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing
import multiprocessing.connection
import platform
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FOUTENMAP = ROOT / "benchmarks" / "fuzz-fouten"
VERSLAG = ROOT / "benchmarks" / "FUZZ.md"
GEHEUGEN = 2 * 1024 * 1024 * 1024  # adresruimte per werkproces en per CLI-proces
# De terugvalmeldingen met Engelse tekst: van de parser (yamlbron) en van Pydantic (pydantic_nl).
ONVERTAALD = ("de YAML klopt niet", "ongeldige waarde:", "kan de YAML niet omzetten")


# --- invoer maken ---------------------------------------------------------------------------------

def zaden() -> list[tuple[str, bytes]]:
    """Alle startbestanden: voorbeelden, het dossierformaat en de vijandige verzameling."""
    bronnen = [ROOT / "examples", ROOT / "tests" / "formaat", ROOT / "tests" / "vijandig"]
    gevonden = []
    for bron in bronnen:
        for pad in sorted(bron.rglob("*")):
            if pad.suffix in (".yaml", ".yml") and pad.is_file():
                gevonden.append((str(pad.relative_to(ROOT)), pad.read_bytes()))
    return gevonden


UNICODE_BEREIKEN = [
    (0x00, 0x1F), (0x7F, 0x9F), (0xA0, 0xFF), (0x300, 0x36F), (0x200B, 0x200F), (0x2028, 0x202E),
    (0xFEFF, 0xFEFF), (0xE000, 0xE0FF), (0x1F300, 0x1F64F), (0xFFF0, 0xFFFF), (0x10FFF0, 0x10FFFF),
    (0x0600, 0x06FF), (0x4E00, 0x4E80),
]
TAGS = [
    "!!python/object/apply:os.system ['echo gehackt']", "!!python/object:os.system {}",
    "!!python/name:os.system", "!!python/tuple [1, 2]", "!!set {a, b}", "!!binary aGFsbG8=",
    "!!omap [a: 1]", "!!pairs [a: 1]", "!!int", "!!int abc", "!!bool", "!!bool misschien",
    "!!float x", "!!timestamp gisteren", "!!str", "!!map", "!!seq", "!!null", "!!merge",
    "!geheim", "!<tag:yaml.org,2002:str>", "!<!>", "!e!x", "!!", "!",
]
TOKENS = [
    "---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:", "? ", ": ", "- ", "|", ">", "|-", ">+2",
    '"', "'", "#", "{", "}", "[", "]", ",", "<<: *a", "&", "*", "@", "`", "%", "\\", "\\u",
    "\\x", "\\U0011FFFF", "\r", "\r\n", "\x85", "\u2028", "\ufeff", "~", "null", "yes", "no",
    ".inf", ".nan", "0x1F", "0o17", "1:30:00", "2014-13-45", "2014-02-29", "1e400", "-0",
]
GETALLEN = ["9" * 5000, "1" + ":59" * 3000, "0x" + "f" * 4000, "0b" + "1" * 10000,
            "1e99999", "-" + "9" * 200, "1_000_000" * 50, "0." + "1" * 5000]


def _regels(tekst: str) -> list[str]:
    return tekst.split("\n")


def m_bytes_omdraaien(rng: random.Random, data: bytes) -> bytes:
    ruw = bytearray(data or b"\x00")
    for _ in range(rng.randint(1, 8)):
        ruw[rng.randrange(len(ruw))] ^= 1 << rng.randrange(8)
    return bytes(ruw)


def m_weghalen(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    begin = rng.randrange(len(data))
    return data[:begin] + data[begin + rng.randint(1, min(200, len(data) - begin)):]


def m_afkappen(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _tekst(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")


def _bytes(tekst: str) -> bytes:
    return tekst.encode("utf-8", errors="surrogateescape")


def m_regels_verdubbelen(rng: random.Random, data: bytes) -> bytes:
    regels = _regels(_tekst(data))
    i = rng.randrange(len(regels))
    aantal = rng.choice([1, 1, 2, 5, 50])
    lengte = rng.randint(1, 4)
    blok = regels[i:i + lengte]
    return _bytes("\n".join(regels[:i] + blok * aantal + regels[i:]))


def m_inspringing(rng: random.Random, data: bytes) -> bytes:
    regels = _regels(_tekst(data))
    for _ in range(rng.randint(1, 5)):
        i = rng.randrange(len(regels))
        if rng.random() < 0.5:
            regels[i] = " " * rng.randint(1, 6) + regels[i]
        else:
            regels[i] = regels[i][rng.randint(1, 4):] if regels[i].startswith(" ") \
                else regels[i].lstrip()
    return _bytes("\n".join(regels))


def _invoegen(rng: random.Random, data: bytes, stuk: str) -> bytes:
    tekst = _tekst(data)
    plek = rng.randrange(len(tekst) + 1)
    return _bytes(tekst[:plek] + stuk + tekst[plek:])


def _op_regel(rng: random.Random, data: bytes, stuk: str) -> bytes:
    """Zet ``stuk`` na de dubbele punt van een willekeurige regel (als waarde), of ervoor."""
    regels = _regels(_tekst(data))
    i = rng.randrange(len(regels))
    regel = regels[i]
    if ": " in regel and rng.random() < 0.7:
        sleutel, _, waarde = regel.partition(": ")
        regels[i] = f"{sleutel}: {stuk} {waarde}" if rng.random() < 0.5 else f"{sleutel}: {stuk}"
    else:
        regels[i] = stuk + regel
    return _bytes("\n".join(regels))


def m_tab(rng: random.Random, data: bytes) -> bytes:
    if rng.random() < 0.5:
        return _invoegen(rng, data, "\t" * rng.randint(1, 3))
    regels = _regels(_tekst(data))
    i = rng.randrange(len(regels))
    regels[i] = "\t" + regels[i]
    return _bytes("\n".join(regels))


def m_anker_alias(rng: random.Random, data: bytes) -> bytes:
    keuze = rng.random()
    if keuze < 0.4:
        return _op_regel(rng, data, rng.choice(["&a", "&b", "*a", "*b", "&a [*a]", "*onbekend"]))
    if keuze < 0.7:
        anker = _op_regel(rng, data, "&a")
        return _op_regel(rng, anker, "*a")
    # een alias-bom onder een eigen sleutel, of een kring
    niveaus = rng.randint(3, 10)
    bom = "bom0: &b0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"bom{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 9) + "]\n" for i in range(1, niveaus))
    tekst = _tekst(data)
    return _bytes(tekst.rstrip("\n") + "\n" + bom)


def m_tag(rng: random.Random, data: bytes) -> bytes:
    return _op_regel(rng, data, rng.choice(TAGS))


def m_lange_regel(rng: random.Random, data: bytes) -> bytes:
    lengte = rng.choice([1000, 10_000, 100_000, 1_000_000])
    stuk = rng.choice(["a", "ab ", "é", "[", "x: ", "- ", "\\", "'", " "]) * lengte
    return _op_regel(rng, data, stuk[:lengte])


def m_diepe_nesting(rng: random.Random, data: bytes) -> bytes:
    diepte = rng.choice([50, 98, 99, 100, 101, 500, 5000, 100_000])
    vorm = rng.choice(["flow", "open", "mapping", "blok", "sleutels", "verstopt"])
    if vorm == "flow":
        stuk = "[" * diepte + "]" * diepte
    elif vorm == "open":
        stuk = "[" * diepte
    elif vorm == "mapping":
        stuk = "{a: " * diepte + "}" * diepte
    elif vorm == "blok":
        stuk = "\n" + "  " + "- " * diepte + "x\n"
    elif vorm == "verstopt":
        stuk = '["]", ' * diepte + "x" + "]" * diepte
    else:
        diepte = min(diepte, 3000)  # 3000 niveaus inspringing kost al 4,5 MB
        stuk = "\n" + "".join(" " * (i + 2) + f"n{i}:\n" for i in range(diepte))
    return _op_regel(rng, data, stuk)


def m_unicode(rng: random.Random, data: bytes) -> bytes:
    tekens = []
    for _ in range(rng.randint(1, 20)):
        laag, hoog = rng.choice(UNICODE_BEREIKEN)
        tekens.append(chr(rng.randint(laag, hoog)))
    stuk = "".join(tekens)
    if rng.random() < 0.2:  # ook ongeldige UTF-8: een losse surrogaat of een afgekapte reeks
        return _invoegen(rng, data, "") + rng.choice([b"\xed\xa0\x80", b"\xe2\x82", b"\xc0\xaf"])
    return _invoegen(rng, data, stuk)


def m_token(rng: random.Random, data: bytes) -> bytes:
    if rng.random() < 0.5:
        return _invoegen(rng, data, rng.choice(TOKENS))
    return _op_regel(rng, data, rng.choice(TOKENS))


def m_getal(rng: random.Random, data: bytes) -> bytes:
    return _op_regel(rng, data, rng.choice(GETALLEN))


WAARDEN = [
    "[]", "{}", "[a, [b, [c]]]", "{x: 1, y: [2]}", "null", "~", "true", "no", "0", "-1", "12",
    "1.5", "1e3", ".nan", "-.inf", "2014-13-01", "2014-02-29", "2014-01-01 10:00:00",
    "2014-01-01T10:00:00Z", "''", '"   "', "x" * 300, "Ab Cd", "buurt/gesprek", "schakel",
    "a/b/c", "'*'", "[partner, partner]", "[[]]", "{a: {b: {c: d}}}", "0o777", "-",
]
SLEUTELS = ["1", "true", "null", "~", "2014-01-01", "1.5", "''", "'a b'", "id", "soort",
            "versie", "schakels", "posities", "naam", "prive", "contact", "x" * 200, "Ünïcode"]


def m_waarde_vervangen(rng: random.Random, data: bytes) -> bytes:
    """Geldige YAML met een waarde van het verkeerde soort: raakt de modellen, niet de parser."""
    regels = _regels(_tekst(data))
    kandidaten = [i for i, r in enumerate(regels) if ": " in r or r.rstrip().endswith(":")]
    for _ in range(rng.randint(1, 3)):
        if not kandidaten:
            break
        i = rng.choice(kandidaten)
        sleutel = regels[i].partition(":")[0]
        regels[i] = f"{sleutel}: {rng.choice(WAARDEN)}"
    return _bytes("\n".join(regels))


def m_sleutel_vervangen(rng: random.Random, data: bytes) -> bytes:
    regels = _regels(_tekst(data))
    kandidaten = [i for i, r in enumerate(regels) if ":" in r and not r.lstrip().startswith("#")]
    if kandidaten:
        i = rng.choice(kandidaten)
        sleutel, _, rest = regels[i].partition(":")
        inspringing = sleutel[: len(sleutel) - len(sleutel.lstrip(" -"))]
        regels[i] = f"{inspringing}{rng.choice(SLEUTELS)}:{rest}"
    return _bytes("\n".join(regels))


MUTATIES: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "bytes-omdraaien": m_bytes_omdraaien,
    "weghalen": m_weghalen,
    "afkappen": m_afkappen,
    "regels-verdubbelen": m_regels_verdubbelen,
    "inspringing": m_inspringing,
    "tab": m_tab,
    "anker-alias": m_anker_alias,
    "tag": m_tag,
    "lange-regel": m_lange_regel,
    "diepe-nesting": m_diepe_nesting,
    "unicode": m_unicode,
    "yaml-teken": m_token,
    "getal": m_getal,
    "waarde-vervangen": m_waarde_vervangen,
    "sleutel-vervangen": m_sleutel_vervangen,
}
# Dure mutaties (grote invoer) minder vaak, zodat 10.000 invoeren in enkele minuten gaan.
GEWICHTEN = {"lange-regel": 0.3, "diepe-nesting": 0.5}


@dataclass
class Invoer:
    nr: int
    zaad: str
    mutaties: list[str]
    data: bytes


def invoeren(aantal: int, zaad: int) -> Iterator[Invoer]:
    """Een vaste reeks invoeren: dezelfde ``zaad`` geeft dezelfde bestanden."""
    rng = random.Random(zaad)
    start = zaden()
    namen = list(MUTATIES)
    gewichten = [GEWICHTEN.get(n, 1.0) for n in namen]
    for nr in range(aantal):
        bron, data = rng.choice(start)
        if rng.random() < 0.05:  # twee bestanden door elkaar
            _, ander = rng.choice(start)
            data = data[: rng.randrange(len(data) + 1)] + ander[rng.randrange(len(ander) + 1):]
            gedaan = ["mengen"]
        else:
            gedaan = []
        for naam in rng.choices(namen, gewichten, k=rng.randint(1, 4)):
            data = MUTATIES[naam](rng, data)
            gedaan.append(naam)
        yield Invoer(nr, bron, gedaan, data)


# --- in een werkproces valideren ----------------------------------------------------------------

class _TeLang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _TeLang


def _werker(verbinding: multiprocessing.connection.Connection, budget: int, tmp: Path) -> None:
    """Valideer invoer na invoer; stuur per invoer (status, detail, duur, codes) terug."""
    resource.setrlimit(resource.RLIMIT_AS, (GEHEUGEN, GEHEUGEN))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGALRM, _alarm)
    from stelselkit.lezen.dossier import (
        Dossier,
        controleer_verwijzingen,
        laad_dossier,
        lees_bestand,
    )

    basis = ROOT / "examples" / "doorwerth"
    if not basis.is_dir():
        basis = ROOT / "tests" / "formaat" / "dossier"
    voorbeeld = laad_dossier(basis)
    pad = Path(tempfile.mkdtemp(dir=tmp)) / "fuzz.yaml"
    while True:
        bericht = verbinding.recv()
        if bericht is None:
            break
        pad.write_bytes(bericht)
        begin = time.perf_counter()
        status, detail, codes = "goed", "", []
        signal.alarm(budget)
        try:
            ingelezen, problemen = lees_bestand(pad, "fuzz.yaml")
            dossier = Dossier(map=basis, bestanden=[*voorbeeld.bestanden, ingelezen])
            problemen += controleer_verwijzingen(dossier)
            signal.alarm(0)
            codes = sorted({p.code or "?" for p in problemen})
            vreemd = [f"{p.code}: {p.melding}" for p in problemen
                      if any(p.melding.startswith(t) or f"({t}" in p.melding for t in ONVERTAALD)]
            if vreemd:
                detail = vreemd[0]
        except _TeLang:
            status, detail = "hang", f"langer dan {budget} s"
        except BaseException:  # precies wat we zoeken: alles wat geen nette melding is
            signal.alarm(0)
            status, detail = "traceback", traceback.format_exc()
        verbinding.send((status, detail, time.perf_counter() - begin, codes))


@dataclass
class _Werkproces:
    proces: multiprocessing.process.BaseProcess
    verbinding: multiprocessing.connection.Connection
    bezig: Invoer | None = None
    sinds: float = 0.0


@dataclass
class Uitslag:
    aantal: int = 0
    uitkomsten: collections.Counter[str] = field(default_factory=collections.Counter)
    codes: collections.Counter[str] = field(default_factory=collections.Counter)
    mutaties: collections.Counter[str] = field(default_factory=collections.Counter)
    onvertaald: collections.Counter[str] = field(default_factory=collections.Counter)
    fouten: list[tuple[str, Invoer, str]] = field(default_factory=list)
    traagste: tuple[float, int, list[str]] = (0.0, -1, [])
    duur: float = 0.0
    cli: collections.Counter[str] = field(default_factory=collections.Counter)
    cli_traagste: float = 0.0
    cli_duur: float = 0.0


def _start(ctx: Any, budget: int, tmp: Path) -> _Werkproces:
    ouder, kind = ctx.Pipe()
    proces = ctx.Process(target=_werker, args=(kind, budget, tmp), daemon=True)
    proces.start()
    kind.close()
    return _Werkproces(proces, ouder)


def in_proces(bron: Iterator[Invoer], uitslag: Uitslag, werkers: int, budget: int,
              bewaar: Callable[[Invoer], None]) -> None:
    """Alle invoer door de werkprocessen; een dood of vastgelopen werkproces wordt vervangen."""
    ctx = multiprocessing.get_context("fork")
    tmp = Path(tempfile.mkdtemp(prefix="stelsel-fuzz-"))  # ook een gestorven werker ruimt zo op
    pool = [_start(ctx, budget, tmp) for _ in range(werkers)]
    wachtrij = iter(bron)
    op = False
    begin = time.perf_counter()

    def geef(werk: _Werkproces) -> None:
        nonlocal op
        if op:
            return
        invoer = next(wachtrij, None)
        if invoer is None:
            op = True
            return
        bewaar(invoer)
        werk.bezig, werk.sinds = invoer, time.perf_counter()
        werk.verbinding.send(invoer.data)

    def noteer(invoer: Invoer, status: str, detail: str, duur: float, codes: list[str]) -> None:
        uitslag.aantal += 1
        uitslag.uitkomsten[status] += 1
        uitslag.mutaties.update(set(invoer.mutaties))
        uitslag.codes.update(codes)
        if status == "goed" and detail:
            uitslag.onvertaald[detail[:100]] += 1
        if status != "goed":
            uitslag.fouten.append((status, invoer, detail))
        if duur > uitslag.traagste[0]:
            uitslag.traagste = (duur, invoer.nr, invoer.mutaties)
        if uitslag.aantal % 1000 == 0:
            print(f"  {uitslag.aantal} invoeren, {dict(uitslag.uitkomsten)}", file=sys.stderr)

    for werk in pool:
        geef(werk)
    while any(w.bezig for w in pool):
        bezig = [w for w in pool if w.bezig]
        klaar = multiprocessing.connection.wait(
            [w.verbinding for w in bezig] + [w.proces.sentinel for w in bezig], timeout=1.0
        )
        for i, werk in enumerate(pool):
            if werk.bezig is None:
                continue
            invoer = werk.bezig
            if werk.verbinding in klaar and werk.verbinding.poll():
                try:
                    status, detail, duur, codes = werk.verbinding.recv()
                except EOFError:
                    werk.proces.join()
                    code = werk.proces.exitcode
                    status, detail, duur, codes = "crash", f"werkproces gestopt ({code})", 0.0, []
                    pool[i] = werk = _start(ctx, budget, tmp)
                noteer(invoer, status, detail, duur, codes)
            elif werk.proces.sentinel in klaar or not werk.proces.is_alive():
                werk.proces.join()
                code = werk.proces.exitcode
                noteer(invoer, "crash", f"werkproces gestopt ({code})", 0.0, [])
                pool[i] = werk = _start(ctx, budget, tmp)
            elif time.perf_counter() - werk.sinds > budget + 10:  # vast in C, alarm helpt niet
                werk.proces.kill()
                werk.proces.join()
                noteer(invoer, "hang", f"geen antwoord na {budget + 10} s", budget + 10.0, [])
                pool[i] = werk = _start(ctx, budget, tmp)
            else:
                continue
            werk.bezig = None
            geef(werk)
    for werk in pool:
        werk.verbinding.send(None)
        werk.proces.join(timeout=10)
    shutil.rmtree(tmp, ignore_errors=True)
    uitslag.duur = time.perf_counter() - begin


# --- door de echte CLI --------------------------------------------------------------------------

def _grenzen() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (GEHEUGEN, GEHEUGEN))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _cli_een(invoer: Invoer, in_dossier: bool, tijd: float) -> tuple[str, str, float]:
    with tempfile.TemporaryDirectory(prefix="stelsel-fuzz-cli-") as tmp:
        if in_dossier:
            doel = Path(tmp) / "dossier"
            basis = ROOT / "examples" / "doorwerth"
            if not basis.is_dir():
                basis = ROOT / "tests" / "formaat" / "dossier"
            shutil.copytree(basis, doel)
            (doel / "fuzz.yaml").write_bytes(invoer.data)
        else:
            doel = Path(tmp) / "fuzz.yaml"
            doel.write_bytes(invoer.data)
        begin = time.perf_counter()
        try:
            klaar = subprocess.run(
                [sys.executable, "-m", "stelselkit", "valideer", str(doel)],
                capture_output=True, text=True, errors="replace", timeout=tijd,
                preexec_fn=_grenzen, check=False,
            )
        except subprocess.TimeoutExpired:
            return "hang", f"geen antwoord na {tijd} s", tijd
        duur = time.perf_counter() - begin
    if klaar.returncode < 0:
        return "crash", f"signaal {-klaar.returncode}\n{klaar.stderr[-3000:]}", duur
    if "Traceback" in klaar.stderr or klaar.returncode not in (0, 1):
        return "traceback", f"exitcode {klaar.returncode}\n{klaar.stderr[-3000:]}", duur
    return f"exitcode {klaar.returncode}", "", duur


def via_cli(gekozen: list[Invoer], uitslag: Uitslag, werkers: int, tijd: float) -> None:
    begin = time.perf_counter()
    with ThreadPoolExecutor(max_workers=werkers) as pool:
        uitkomsten = pool.map(lambda paar: _cli_een(paar[1], paar[0] % 2 == 1, tijd),
                              enumerate(gekozen))
        for invoer, (status, detail, duur) in zip(gekozen, uitkomsten, strict=True):
            uitslag.cli[status] += 1
            uitslag.cli_traagste = max(uitslag.cli_traagste, duur)
            if status in ("crash", "traceback", "hang"):
                uitslag.fouten.append((f"cli-{status}", invoer, detail))
    uitslag.cli_duur = time.perf_counter() - begin


# --- verslag ------------------------------------------------------------------------------------

def bewaar_fouten(uitslag: Uitslag) -> None:
    if FOUTENMAP.exists():
        shutil.rmtree(FOUTENMAP)
    if not uitslag.fouten:
        return
    FOUTENMAP.mkdir(parents=True)
    for status, invoer, detail in uitslag.fouten:
        stam = f"{status}-{invoer.nr:06d}"
        (FOUTENMAP / f"{stam}.yaml").write_bytes(invoer.data)
        (FOUTENMAP / f"{stam}.txt").write_text(
            f"zaad: {invoer.zaad}\nmutaties: {', '.join(invoer.mutaties)}\n\n{detail}\n",
            encoding="utf-8",
        )


def verslag(uitslag: Uitslag, args: argparse.Namespace) -> str:
    import yaml

    fout = uitslag.uitkomsten["traceback"] + uitslag.uitkomsten["hang"] \
        + uitslag.uitkomsten["crash"]
    cli = uitslag.cli
    cli_fout = cli["traceback"] + cli["hang"] + cli["crash"]
    oordeel = "Nul tracebacks, nul hangs, nul crashes." if not fout + cli_fout \
        else "MIS: zie benchmarks/fuzz-fouten/."
    regels = [
        "# Fuzz-resultaat van `stelsel valideer`",
        "",
        "Gemaakt met `benchmarks/fuzz.py` (uitleg in de docstring van dat bestand):",
        "",
        "```",
        f"python benchmarks/fuzz.py --aantal {args.aantal} --zaad {args.zaad} "
        f"--cli {args.cli} --budget {args.budget}",
        "```",
        "",
        f"Python {platform.python_version()}, PyYAML {yaml.__version__} "
        f"(C-lader: {'ja' if hasattr(yaml, 'CSafeLoader') else 'nee'}), "
        f"{args.werkers} werkprocessen, geheugengrens {GEHEUGEN // 2**30} GiB per proces.",
        "",
        "## Uitkomst",
        "",
        "| | aantal |",
        "|---|---:|",
        f"| invoeren in het proces (`lees_bestand` + verwijzingen) | {uitslag.aantal} |",
        f"| — met een nette uitkomst | {uitslag.uitkomsten['goed']} |",
        f"| — tracebacks | {uitslag.uitkomsten['traceback']} |",
        f"| — hangs (> {args.budget} s) | {uitslag.uitkomsten['hang']} |",
        f"| — crashes (werkproces gestorven) | {uitslag.uitkomsten['crash']} |",
        f"| invoeren door de echte CLI (`python -m stelselkit valideer`) | {sum(cli.values())} |",
        f"| — exitcode 0 (geldig) | {uitslag.cli['exitcode 0']} |",
        f"| — exitcode 1 (nette foutmelding) | {uitslag.cli['exitcode 1']} |",
        f"| — tracebacks | {uitslag.cli['traceback']} |",
        f"| — hangs (> {args.cli_tijd:g} s) | {uitslag.cli['hang']} |",
        f"| — crashes (signaal) | {uitslag.cli['crash']} |",
        "",
        f"**{oordeel}**",
        "",
        f"Duur: {uitslag.duur:.0f} s in het proces (traagste invoer {uitslag.traagste[0]:.2f} s: "
        f"nr. {uitslag.traagste[1]}, {', '.join(uitslag.traagste[2])}); "
        f"{uitslag.cli_duur:.0f} s via de CLI (traagste {uitslag.cli_traagste:.2f} s).",
        "",
        "## Mutaties (invoeren waarin ze voorkwamen)",
        "",
        "| mutatie | invoeren |",
        "|---|---:|",
        *(f"| {naam} | {aantal} |" for naam, aantal in sorted(uitslag.mutaties.items())),
        "",
        "## Meldingen (code van het probleem, invoeren waarin ze voorkwamen)",
        "",
        "| code | invoeren |",
        "|---|---:|",
        *(f"| {code} | {aantal} |" for code, aantal in sorted(
            uitslag.codes.items(), key=lambda p: (-p[1], p[0]))),
        "",
        "## Meldingen die nog Engelse tekst bevatten (terugval van parser of Pydantic)",
        "",
    ]
    if uitslag.onvertaald:
        regels += ["| code: melding | invoeren |", "|---|---:|"]
        regels += [f"| `{tekst.strip()}` | {aantal} |"
                   for tekst, aantal in uitslag.onvertaald.most_common(20)]
    else:
        regels.append("Geen: elke melding was Nederlands.")
    return "\n".join(regels) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aantal", type=int, default=10_000, help="aantal invoeren")
    parser.add_argument("--zaad", type=int, default=1, help="seed van de toevalsgenerator")
    parser.add_argument("--cli", type=int, default=300, help="invoeren ook door de echte CLI")
    parser.add_argument("--budget", type=int, default=10, help="seconden per invoer (hang)")
    parser.add_argument("--cli-tijd", type=float, default=30.0, help="seconden per CLI-aanroep")
    parser.add_argument("--werkers", type=int, default=2, help="parallelle werkprocessen")
    args = parser.parse_args(argv)

    keuze = random.Random(args.zaad + 1)
    cli_nrs = set(keuze.sample(range(args.aantal), min(args.cli, args.aantal)))
    gekozen: list[Invoer] = []

    def bewaar(invoer: Invoer) -> None:
        if invoer.nr in cli_nrs:
            gekozen.append(invoer)

    uitslag = Uitslag()
    print(f"fuzz: {args.aantal} invoeren in het proces …", file=sys.stderr)
    in_proces(invoeren(args.aantal, args.zaad), uitslag, args.werkers, args.budget, bewaar)
    print(f"fuzz: {len(gekozen)} invoeren door de CLI …", file=sys.stderr)
    via_cli(sorted(gekozen, key=lambda i: i.nr), uitslag, args.werkers, args.cli_tijd)
    bewaar_fouten(uitslag)
    tekst = verslag(uitslag, args)
    VERSLAG.write_text(tekst, encoding="utf-8")
    print(tekst)
    return 1 if uitslag.fouten else 0


if __name__ == "__main__":
    sys.exit(main())
