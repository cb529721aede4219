"""Verschilfuzz: leest het snelle pad (yaml-rs) precies wat het strenge pad (PyYAML) leest?

``stelselkit.lezen.yamlbron`` leest een gewoon bestand met yaml-rs (YAML 1.2, in Rust) en valt
terug op het strenge pad (PyYAML met eigen constructors, YAML 1.1) waar de twee kunnen
verschillen. Dit script zet beide paden naast elkaar op tienduizenden documenten en eist dezelfde
uitkomst: dezelfde waarden (vergeleken via ``repr``, dus ook ``True`` tegen ``1``, ``1`` tegen
``1.0`` en datum tegen tekst), of dezelfde melding met hetzelfde bestand, regel, kolom, tekst en
code. Voor dossierbestanden vergelijkt het ook de hele controle van het bestand
(``lees_bestand``: model, meldingen en plekken).

Het strenge pad is hier ``laad_yaml`` met yaml-rs uitgezet (``yamlbron.yaml_rs = None``): dat is
de lader van vóór het snelle pad, ongewijzigd.

Soorten invoer (elk met een vaste ``--zaad``):

- ``corpus``: geldige dossierbestanden uit ``genereer_corpus.py``, ongewijzigd;
- ``gemuteerd``: die bestanden en de zaden van ``fuzz.py`` (voorbeelden, dossierformaat,
  vijandige verzameling) met één tot vier mutaties van ``fuzz.py``;
- ``valkuil-in-dossier``: een dossierbestand waarin sleutels en waarden vervangen zijn door
  valkuilen uit de verschillen tussen YAML 1.1 en 1.2 (``yes``/``no``/``on``/``off``/``y``/``n``,
  ``~``, ``null``, ``012``, ``0o12``, ``1:20``, ``.inf``, ``1e3``, ``-.5``, ``2014-03``,
  ``2014-02-30``, tijdstippen, ``=``, ``<<``, tags, ankers en aliassen, dubbele sleutels …), op
  allerlei plekken: kaal, tussen aanhalingstekens, in een lijst, als sleutel, in ``[..]`` en
  ``{..}``, in een blok-tekst;
- ``valkuil-document``: een willekeurig opgebouwd document vol valkuilen;
- en bij een deel van alle invoer nog een laag bytes: BOM, CRLF, een los CR, tabs, NEL, ongeldige
  UTF-8, een reusachtige waarde.

Daarnaast telt het hoe vaak yaml-rs *zonder* de voorzorgen iets anders zou geven (``rauw``): zo
is te zien wat de voorzorgen tegenhouden. Het verslag komt in ``benchmarks/VERSCHIL.md``; een
invoer met een verschil wordt bewaard in ``benchmarks/verschil-fouten/``. Exitcode 0 als er geen
enkel verschil is, anders 1. Niet voor CI::

    python benchmarks/verschil.py --aantal 30000 --zaad 1
"""

from __future__ import annotations

import argparse
import collections
import platform
import random
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fuzz
import genereer_corpus
import yaml

from stelselkit.lezen import dossier, yamlbron

ROOT = Path(__file__).resolve().parent.parent
FOUTENMAP = ROOT / "benchmarks" / "verschil-fouten"
VERSLAG = ROOT / "benchmarks" / "VERSCHIL.md"
YAML_RS = yamlbron.yaml_rs
MET_DE_HAND = "<!-- Hieronder met de hand; verschil.py laat dit staan. -->"

# --- valkuilen ------------------------------------------------------------------------------------

VALKUILEN = [
    # ja/nee: YAML 1.1 kent er veel meer dan 1.2
    "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n",
    "N", "ja", "nee", "Ja", "Nee", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE",
    # null
    "~", "null", "Null", "NULL", "nULL", "None", "",
    # gehele getallen
    "0", "-0", "+0", "00", "012", "-012", "+012", "09", "0o12", "0O12", "-0o12", "0x1F", "0X1F",
    "-0x1F", "+0x1f", "0x_1F", "0b101", "-0b101", "0B101", "0b", "0x", "0o", "1_000", "1__0",
    "_1", "1_", "12_", "0_12", "99999999999999999999", "-9223372036854775809",
    "18446744073709551616", "1" * 101,
    # zestigtallig en kommagetallen
    "1:20", "-1:20", "+1:20", "190:20:30", "1:20.5", "1:60", "01:20", "1:2:3:4", "1.5", "-1.5",
    "+1.5", "1.", "-1.", ".5", "-.5", "+.5", "0.", "1_0.5", "1.5_0", "1e3", "1E3", "-1e3",
    "1.0e3", "1.0e+3", "1.0E-3", "1.e3", ".5e3", ".5e+3", "1e+3", "1e", "e3", ".inf", "-.inf",
    "+.inf", ".Inf", ".INF", ".iNF", "inf", "-inf", ".nan", ".NaN", ".NAN", ".Nan", "nan", "NaN",
    "1e400", "-1e400", "0.1e-400",
    # datums en tijdstippen
    "2014-03", "2014-03-01", "2014-3-1", "2014-02-30", "2014-13-01", "0000-01-01", "9999-12-31",
    "2014-03-01T10:00:00Z", "2014-03-01t10:00:00z", "2014-03-01 10:00:00", "2014-03-01  10:00:00",
    "2014-03-01T10:00:00.123456789+05:30", "2014-03-01 10:00:00 -5", "2014-03-01 10:00:00 +05",
    "2014-3-1 1:02:03", "2014-03-01T25:00:00", "2014-03-01T10:60:00", "2014-03-01 10:00",
    "2001-12-14 21:59:43.10 -5", "2014-03-01T10:00:00+14:00", "2014-03-01T10:00:00-00:30",
    "20140301", "2014/03/01", "01-03-2014",
    # tekens en vormen
    "=", "<<", "!", "&", "*", "?", "-", "--", "---", "...", "%", "@", "`", "|", ">", ":", "::",
    "a:b", "a: b", "#", "a #b", "a#b", "'", '"', "\\", "\\n", "\\t", "\\x41", "\\u00e9", "\\/",
    "!!str 1", "!!int 1", "!!python/object/apply:os.system ['x']", "!!binary aGFsbG8=",
    "!!set {a}", "!iets x", "&a 1", "*a", "{}", "[]", "[1, 2]", "{a: 1}", "[a: b]", "{a, b}",
    "? a", "a\u00a0b", "café", "ij", "\u00a0", "\u200b", "x" * 300,
]
PLAATSEN = ["kaal", "enkel", "dubbel", "lijst", "flow-lijst", "flow-map", "sleutel", "blok",
            "meerregelig"]
WOORDEN = ["naam", "soort", "tekst", "id", "waarde", "lijst", "a", "b", "sleutel", "datum"]


def getalachtig(rng: random.Random) -> str:
    """Een willekeurige reeks tekens waaruit getallen bestaan (ook onzin)."""
    return "".join(rng.choice("0123456789._:+-eExXoObB") for _ in range(rng.randint(1, 8)))


def datumachtig(rng: random.Random) -> str:
    """Een datum of tijdstip in allerlei vormen, soms onmogelijk."""
    jaar = f"{rng.randint(0, 9999):04d}"
    maand, dag = rng.randint(0, 13), rng.randint(0, 32)
    tekst = f"{jaar}-{maand:0{rng.choice([1, 2])}d}-{dag:0{rng.choice([1, 2])}d}"
    if rng.random() < 0.6:
        tekst += rng.choice(["T", "t", " ", "  ", "\u00a0"])
        tekst += f"{rng.randint(0, 25):0{rng.choice([1, 2])}d}:{rng.randint(0, 61):02d}"
        if rng.random() < 0.9:
            tekst += f":{rng.randint(0, 61):02d}"
        if rng.random() < 0.4:
            tekst += "." + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 10)))
        tekst += rng.choice(["", "", "Z", "z", " Z", "+1", "-5", "+05:30", "-00:00", "+14",
                             " -05:00", "+5:3", "+24:00"])
    return tekst


def _stil(waarde: str) -> bool:
    """Gaat ``waarde`` ongemerkt langs de blik vooraf op de tekst (en dus naar yaml-rs)?"""
    return not yamlbron._riskant(f"a: {waarde}\n- {waarde}\n[{waarde}]\n'{waarde}'\n")


STIL = [waarde for waarde in VALKUILEN if _stil(waarde)]


def valkuil(rng: random.Random, stil: bool = False) -> str:
    """Een valkuil; ``stil``: alleen een die de blik vooraf op de tekst niet ziet, zodat de rest
    van het snelle pad (yaml-rs en de blik op de waarden) hem moet afhandelen."""
    keuze = rng.random()
    if keuze < 0.55:
        waarde = rng.choice(STIL if stil else VALKUILEN)
    elif keuze < 0.75:
        waarde = getalachtig(rng)
    elif keuze < 0.9:
        waarde = datumachtig(rng)
    else:
        waarde = rng.choice(VALKUILEN) + rng.choice([" ", "", "  "]) + rng.choice(VALKUILEN)
    return valkuil(rng, stil) if stil and not _stil(waarde) else waarde


def geplaatst(rng: random.Random, waarde: str, inspringing: str, stil: bool) -> str:
    """``waarde`` als YAML-waarde na 'sleutel:' (kaal, tussen aanhalingstekens, in een lijst…)."""
    def v() -> str:
        return valkuil(rng, stil)

    plaats = rng.choice(PLAATSEN)
    if plaats == "enkel":
        return "'" + waarde.replace("'", "''") + "'"
    if plaats == "dubbel":
        return '"' + waarde.replace('"', '\\"') + '"'
    if plaats == "lijst":
        return "\n" + "".join(f"{inspringing}- {v()}\n" for _ in range(rng.randint(1, 3)))
    if plaats == "flow-lijst":
        return "[" + ", ".join([waarde] + [v() for _ in range(rng.randint(0, 2))]) + "]"
    if plaats == "flow-map":
        return "{" + f"{rng.choice(WOORDEN)}: {waarde}, {v()}: {v()}" + "}"
    if plaats == "sleutel":
        return f"\n{inspringing}  {waarde}: {v()}\n{inspringing}  {v()}: x"
    if plaats == "blok":
        kop = rng.choice(["|", ">", "|-", ">-", "|+", ">+"])
        regels = [v() for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.3:
            regels.insert(rng.randrange(len(regels) + 1), "")
        return kop + "\n" + "".join(f"{inspringing}  {r}\n" for r in regels)
    if plaats == "meerregelig":
        return f"{waarde}\n{inspringing}  {v()}"
    return waarde


def valkuil_document(rng: random.Random, stil: bool, diepte: int = 0, inspringing: str = "") -> str:
    """Een willekeurig document: verzamelingen en lijsten, vol valkuilen op allerlei plekken."""
    regels = []
    dieper = inspringing + "  "
    for _ in range(rng.randint(1, 8 if diepte else 15)):
        keuze = rng.random()
        sleutel = rng.choice(WOORDEN) if rng.random() < 0.7 else valkuil(rng, stil)
        if keuze < 0.15 and diepte < 4:
            regels.append(f"{inspringing}{sleutel}:\n"
                          + valkuil_document(rng, stil, diepte + 1, dieper))
        elif keuze < 0.25 and diepte < 4:
            items = "".join(
                f"{inspringing}- {geplaatst(rng, valkuil(rng, stil), dieper, stil)}\n"
                for _ in range(rng.randint(1, 4)))
            regels.append(f"{inspringing}{sleutel}:\n{items}")
        elif keuze < 0.3:
            regels.append(f"{inspringing}{sleutel}:\n")
        else:
            opmerking = rng.choice(["", "", "", " # opmerking", "  #x"])
            regels.append(f"{inspringing}{sleutel}: "
                          f"{geplaatst(rng, valkuil(rng, stil), inspringing, stil)}{opmerking}\n")
    return "".join(regels)


def valkuil_in_dossier(rng: random.Random, tekst: str, stil: bool) -> str:
    """Vervang een tot vijf sleutels of waarden in een dossierbestand door een valkuil."""
    regels = tekst.split("\n")
    kandidaten = [i for i, r in enumerate(regels) if ": " in r and not r.lstrip().startswith("#")]
    for _ in range(rng.randint(1, 5)):
        if not kandidaten:
            break
        i = rng.choice(kandidaten)
        sleutel, _, waarde = regels[i].partition(": ")
        inspringing = sleutel[: len(sleutel) - len(sleutel.lstrip(" -"))]
        if rng.random() < 0.25:
            regels[i] = f"{inspringing}{valkuil(rng, stil)}: {waarde}"
        else:
            regels[i] = f"{sleutel}: {geplaatst(rng, valkuil(rng, stil), inspringing, stil)}"
    return "\n".join(regels)


def bytes_laag(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """Een laag bytes over een invoer: BOM, CRLF, los CR, tab, NEL, ongeldige UTF-8, heel groot."""
    soort = rng.choice(["bom", "crlf", "crlf", "cr", "tab", "nel", "utf8", "groot", "ls"])
    if soort == "bom":
        return b"\xef\xbb\xbf" + data, soort
    if soort == "crlf":
        return data.replace(b"\n", b"\r\n"), soort
    if soort == "cr":
        return data.replace(b"\n", b"\r", rng.randint(1, 3)), soort
    if soort == "tab":
        return fuzz.m_tab(rng, data), soort
    if soort in ("nel", "ls"):
        teken = "\x85" if soort == "nel" else "\u2028"
        return fuzz._invoegen(rng, data, teken), soort
    if soort == "utf8":
        plek = rng.randrange(len(data) + 1)
        return data[:plek] + rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80"]) + data[plek:], soort
    lang = rng.choice(["x", "ab ", "é"]) * rng.choice([100_000, 1_000_000])
    return data.rstrip(b"\n") + b"\nreus: " + lang.encode() + b"\n", soort


# --- invoer ---------------------------------------------------------------------------------------

@dataclass
class Invoer:
    nr: int
    soort: str
    herkomst: str
    data: bytes
    lagen: list[str] = field(default_factory=list)


def invoeren(aantal: int, zaad: int, corpus: list[tuple[str, bytes]]) -> Iterator[Invoer]:
    """Een vaste reeks invoeren: dezelfde ``zaad`` geeft dezelfde documenten."""
    rng = random.Random(zaad)
    zaden = fuzz.zaden() + corpus
    mutaties = list(fuzz.MUTATIES)
    gewichten = [fuzz.GEWICHTEN.get(n, 1.0) for n in mutaties]
    for nr in range(aantal):
        keuze = rng.random()
        if keuze < 0.15:
            herkomst, data = rng.choice(corpus)
            invoer = Invoer(nr, "corpus", herkomst, data)
        elif keuze < 0.4:
            herkomst, data = rng.choice(zaden)
            gedaan = rng.choices(mutaties, gewichten, k=rng.randint(1, 4))
            for naam in gedaan:
                data = fuzz.MUTATIES[naam](rng, data)
            invoer = Invoer(nr, "gemuteerd", f"{herkomst} ({', '.join(gedaan)})", data)
        elif keuze < 0.7:
            herkomst, data = rng.choice(corpus)
            stil = rng.random() < 0.5
            tekst = valkuil_in_dossier(rng, data.decode(), stil)
            invoer = Invoer(nr, "valkuil-in-dossier" + " (stil)" * stil, herkomst, tekst.encode())
        else:
            stil = rng.random() < 0.5
            tekst = valkuil_document(rng, stil)
            invoer = Invoer(nr, "valkuil-document" + " (stil)" * stil, "", tekst.encode())
        if rng.random() < 0.15:
            invoer.data, laag = bytes_laag(rng, invoer.data)
            invoer.lagen.append(laag)
        yield invoer


# --- vergelijken ----------------------------------------------------------------------------------

class _TeLang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _TeLang


def uitkomst(pad: Path, naam: str, snel: bool) -> tuple[str, str]:
    """Wat ``lees`` geeft: de waarden (als repr) of de melding (alle velden)."""
    yamlbron.yaml_rs = YAML_RS if snel else None
    try:
        bron = yamlbron.lees(pad, naam)
    except yamlbron.YamlProbleem as fout:
        return "melding", repr(fout.probleem)
    finally:
        yamlbron.yaml_rs = YAML_RS
    return "waarden", repr(bron.data)


def controle(pad: Path, naam: str, snel: bool) -> str:
    """Wat ``lees_bestand`` over een dossierbestand meldt (model, meldingen, plekken)."""
    yamlbron.yaml_rs = YAML_RS if snel else None
    try:
        _, problemen = dossier.lees_bestand(pad, naam)
    finally:
        yamlbron.yaml_rs = YAML_RS
    return repr(problemen)


def route(tekst: str) -> str:
    """Welke weg het snelle pad neemt (zelfde keuzes als ``laad_yaml``)."""
    if yamlbron._riskant(tekst):
        return "streng: tekst riskant"
    if yamlbron._mogelijk_te_diep(tekst):
        if yamlbron._diepte_grens(tekst) <= yamlbron.MAX_DIEPTE:
            return "FOUT: _mogelijk_te_diep wijkt af van _diepte_grens"
        return "streng: mogelijk te diep"
    data = yamlbron._yaml_rs(tekst)
    if data is yamlbron._TWIJFEL:
        return "streng: yaml-rs gaf een fout"
    return "snel" if yamlbron._gewoon(data, tekst) else "streng: waarden verdacht"


def rauw(tekst: str, streng: tuple[str, str]) -> str | None:
    """Zou yaml-rs zonder voorzorgen iets anders geven? Dan de soort verschil."""
    if yamlbron._diepte_grens(tekst) > yamlbron.MAX_DIEPTE:
        return None  # te diep voor yaml-rs zonder grens (de Rust-stack loopt over)
    data = yamlbron._yaml_rs(tekst)  # ook een paniek in Rust telt als weigeren
    if data is yamlbron._TWIJFEL:
        return None if streng[0] == "melding" else "yaml-rs weigert wat streng leest"
    if streng[0] == "melding":
        return "yaml-rs leest wat streng weigert"
    return None if repr(data) == streng[1] else "andere waarden"


@dataclass
class Uitslag:
    aantal: int = 0
    soorten: collections.Counter[str] = field(default_factory=collections.Counter)
    lagen: collections.Counter[str] = field(default_factory=collections.Counter)
    routes: collections.Counter[str] = field(default_factory=collections.Counter)
    routes_per_soort: collections.Counter[tuple[str, str]] = field(
        default_factory=collections.Counter)
    uitkomsten: collections.Counter[str] = field(default_factory=collections.Counter)
    controles: int = 0
    verschillen: list[tuple[Invoer, str, str, str]] = field(default_factory=list)
    rauw: collections.Counter[str] = field(default_factory=collections.Counter)
    rauw_voorbeelden: dict[str, list[str]] = field(default_factory=dict)
    te_lang: int = 0
    duur: float = 0.0


def vergelijk(invoer: Invoer, pad: Path, uitslag: Uitslag, budget: int) -> None:
    pad.write_bytes(invoer.data)
    naam = "dossier/invoer.yaml"
    signal.alarm(budget)
    try:
        streng = uitkomst(pad, naam, snel=False)
        snel = uitkomst(pad, naam, snel=True)
        if streng != snel:
            uitslag.verschillen.append((invoer, "lees", streng[1], snel[1]))
        uitslag.uitkomsten[streng[0]] += 1
        try:
            tekst = yamlbron.lees_tekst(pad, naam)
        except yamlbron.YamlProbleem:
            uitslag.routes["streng: geen tekst (lees_tekst)"] += 1
            uitslag.routes_per_soort[(invoer.soort, "streng")] += 1
        else:
            weg = route(tekst)
            uitslag.routes[weg] += 1
            uitslag.routes_per_soort[(invoer.soort, weg.partition(":")[0])] += 1
            verschil = rauw(tekst, streng)
            if verschil:
                uitslag.rauw[verschil] += 1
                voorbeelden = uitslag.rauw_voorbeelden.setdefault(verschil, [])
                if len(voorbeelden) < 40 and len(tekst) < 400:
                    voorbeelden.append(tekst)
        if streng[0] == "waarden" and "'soort'" in streng[1]:
            uitslag.controles += 1
            a, b = controle(pad, naam, snel=False), controle(pad, naam, snel=True)
            if a != b:
                uitslag.verschillen.append((invoer, "lees_bestand", a, b))
    except _TeLang:
        uitslag.te_lang += 1
    finally:
        signal.alarm(0)


def kortste_voorbeelden(teksten: list[str], aantal: int = 6) -> list[str]:
    return sorted(set(teksten), key=len)[:aantal]


def verslag(uitslag: Uitslag, args: argparse.Namespace) -> str:
    import yaml_rs

    libyaml = "ja" if getattr(yaml, "__with_libyaml__", False) else "nee"
    r = [
        "# Verschilfuzz: snel pad (yaml-rs) tegen strenge lader (PyYAML)",
        "",
        "Gemaakt met `benchmarks/verschil.py` (uitleg in de docstring van dat bestand):",
        "",
        "```",
        f"python benchmarks/verschil.py --aantal {args.aantal} --zaad {args.zaad}",
        "```",
        "",
        f"Python {platform.python_version()}, PyYAML {yaml.__version__} (libyaml: {libyaml}), "
        f"yaml-rs {yaml_rs.__version__}, {platform.machine()} {platform.system()}.",
        "",
        "## Uitkomst",
        "",
        "| | aantal |",
        "|---|---:|",
        f"| invoeren | {uitslag.aantal} |",
    ]
    r += [f"| — {soort} | {n} |" for soort, n in sorted(uitslag.soorten.items())]
    r += [f"| — waarvan met een laag bytes: {laag} | {n} |"
          for laag, n in sorted(uitslag.lagen.items())]
    r += [
        f"| uitkomst van het strenge pad: waarden | {uitslag.uitkomsten['waarden']} |",
        f"| uitkomst van het strenge pad: melding | {uitslag.uitkomsten['melding']} |",
        f"| ook vergeleken met `lees_bestand` (model, meldingen, plekken) | {uitslag.controles} |",
        f"| te lang (> {args.budget} s) | {uitslag.te_lang} |",
        f"| **verschillen** | **{len(uitslag.verschillen)}** |",
        "",
        f"Duur: {uitslag.duur:.0f} s.",
        "",
        "## Welke weg het snelle pad nam",
        "",
        "| weg | invoeren |",
        "|---|---:|",
    ]
    r += [f"| {weg} | {n} |" for weg, n in uitslag.routes.most_common()]
    r += ["", "Per soort invoer:", "", "| soort | snel | streng |", "|---|---:|---:|"]
    for soort in sorted(uitslag.soorten):
        r.append(f"| {soort} | {uitslag.routes_per_soort[(soort, 'snel')]} | "
                 f"{uitslag.routes_per_soort[(soort, 'streng')]} |")
    r += [
        "",
        "## Wat yaml-rs zonder voorzorgen anders zou doen",
        "",
        "Dezelfde invoeren rechtstreeks door `yaml_rs.loads` (alleen waar de nesting binnen de",
        "grens blijft). Deze verschillen houden de voorzorgen van `yamlbron` tegen; ze tellen niet",
        "als verschil hierboven.",
        "",
        "| soort verschil | invoeren |",
        "|---|---:|",
    ]
    r += [f"| {soort} | {n} |" for soort, n in uitslag.rauw.most_common()]
    for soort, teksten in sorted(uitslag.rauw_voorbeelden.items()):
        r += ["", f"Kortste voorbeelden van '{soort}':", ""]
        for tekst in kortste_voorbeelden(teksten):
            r += ["```yaml", tekst.rstrip("\n"), "```"]
    if uitslag.verschillen:
        r += ["", "## Verschillen", ""]
        for invoer, waar, a, b in uitslag.verschillen[:20]:
            r += [f"- nr. {invoer.nr} ({invoer.soort}, {invoer.herkomst}, {waar}): streng "
                  f"`{a[:200]}`, snel `{b[:200]}`"]
    return "\n".join(r) + "\n"


def _corpus(map_: Path, schaal: float) -> list[tuple[str, bytes]]:
    genereer_corpus.genereer(map_, schaal=schaal)
    return [(str(p.relative_to(map_)), p.read_bytes()) for p in sorted(map_.rglob("*.yaml"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=30_000)
    parser.add_argument("--zaad", type=int, default=1)
    parser.add_argument("--budget", type=int, default=20, help="seconden per invoer")
    parser.add_argument("--schaal", type=float, default=0.01, help="schaal van het corpus")
    parser.add_argument("--uit", type=Path, default=VERSLAG)
    args = parser.parse_args(argv)
    if YAML_RS is None:
        print("yaml-rs is niet geïnstalleerd: er is geen snel pad om te vergelijken")
        return 2
    signal.signal(signal.SIGALRM, _alarm)
    uitslag = Uitslag()
    begin = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = _corpus(Path(tmp) / "corpus", args.schaal)
        pad = Path(tmp) / "invoer.yaml"
        for invoer in invoeren(args.aantal, args.zaad, corpus):
            uitslag.aantal += 1
            uitslag.soorten[invoer.soort] += 1
            for laag in invoer.lagen:
                uitslag.lagen[laag] += 1
            vergelijk(invoer, pad, uitslag, args.budget)
            if invoer.nr % 2000 == 1999:
                print(f"{invoer.nr + 1} invoeren, {len(uitslag.verschillen)} verschillen",
                      flush=True)
    uitslag.duur = time.perf_counter() - begin
    shutil.rmtree(FOUTENMAP, ignore_errors=True)
    if uitslag.verschillen:
        FOUTENMAP.mkdir()
        for invoer, waar, a, b in uitslag.verschillen:
            (FOUTENMAP / f"{invoer.nr}.yaml").write_bytes(invoer.data)
            (FOUTENMAP / f"{invoer.nr}-{waar}.txt").write_text(
                f"{invoer.soort} {invoer.herkomst} {invoer.lagen} {waar}\nstreng: {a}\n"
                f"snel:   {b}\n", encoding="utf-8")
    # Wat onder MET_DE_HAND staat (metingen, afweging), blijft bij een nieuwe run staan.
    eerder = args.uit.read_text(encoding="utf-8") if args.uit.exists() else ""
    hand = eerder[eerder.index(MET_DE_HAND):] if MET_DE_HAND in eerder else ""
    args.uit.write_text(verslag(uitslag, args) + ("\n" + hand if hand else ""), encoding="utf-8")
    print(f"{uitslag.aantal} invoeren, {len(uitslag.verschillen)} verschillen; verslag in "
          f"{args.uit}")
    return 1 if uitslag.verschillen else 0


if __name__ == "__main__":
    sys.exit(main())
