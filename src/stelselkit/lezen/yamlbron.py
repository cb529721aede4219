"""YAML lezen: snel waar het kan, met regel en kolom waar het moet.

Een bestand wordt gelezen met de C-lader van libyaml (PyYAML ``CSafeLoader``), zonder posities en
met de garbage collector even uit: dat is vele malen sneller dan een lader in puur Python. Alleen
als er iets mis is, wordt de tekst nog eens tot een knopenboom gemaakt (ook in C) om bij elk pad de
regel en kolom te vinden (:meth:`Bron.plek`). Bewerken van bestanden gaat via ruamel (commentaar
blijft staan).

Vijandige invoer krijgt een nette Nederlandse melding met bestand (en regel:kolom waar de parser
die kent) in plaats van een traceback, een crash of een hangende opdracht:

- te grote bestanden (:data:`MAX_BYTES`), ongeldige UTF-8, UTF-16, stuurtekens;
- te diepe nesting (:data:`MAX_DIEPTE`): de C-lader crasht het proces bij extreme diepte, daarom
  eerst een goedkope bovengrens en zo nodig een telling over de event-stroom (zonder recursie);
- te veel waarden of een alias-bom (:data:`MAX_KNOPEN`), ook via aliassen, en aliassen in een kring;
- dubbele sleutels, onhashbare sleutels, samenvoegen met ``<<``, tags (``!!python/object``,
  ``!!set``, ``!iets``), reusachtige getallen, meer dan één document.

Snel pad: is yaml-rs (een lader in Rust) geïnstalleerd, dan leest die het gewone bestand; dat is
zo'n zeven keer sneller dan de C-lader met de constructors van PyYAML (met de voorzorgen hieronder
twee à drie keer). Hij kent YAML 1.2, wij YAML 1.1 (``yes`` is waar, ``012`` is acht plus twee);
daarom gaat alles waar de twee kunnen verschillen naar het strenge pad van hierboven: vooraf een
goedkope blik op de tekst (:func:`_riskant`), elke fout van yaml-rs, en daarna een blik op de
gelezen waarden (:func:`_gewoon`). Een bestand met een fout krijgt dus altijd de melding van het
strenge pad. ``benchmarks/verschil.py`` vergelijkt beide paden op tienduizenden documenten
(``benchmarks/VERSCHIL.md``).
"""

from __future__ import annotations

import datetime
import errno
import functools
import gc
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:
    import yaml_rs
except ImportError:  # geen wheel voor dit platform: dan alleen het strenge pad
    yaml_rs = None  # type: ignore[assignment]

from stelselkit.fouten import Probleem

MAX_BYTES = 10 * 1024 * 1024  # een dossierbestand is tekst die mensen typen
MAX_DIEPTE = 100  # geen dossierbestand is dieper genest
MAX_KNOPEN = 1_000_000  # waarden in een bestand, ook uitgeklapt na het volgen van aliassen

_TELGRENS = 256 * 1024  # boven deze grootte tellen we de waarden vooraf (goedkoop, in C)
_MAX_GETAL = 100  # tekens in een geheel getal; int() en rekenen worden daarboven traag
_YAML_TAG = "tag:yaml.org,2002:"

_Laadbasis: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlProbleem(Exception):
    """Het bestand is geen bruikbare YAML; draagt één :class:`Probleem`."""

    def __init__(self, probleem: Probleem) -> None:
        super().__init__(probleem.melding)
        self.probleem = probleem


class _Weigering(yaml.MarkedYAMLError):
    """Een fout van de lader zelf, al in het Nederlands, met een eigen code."""

    def __init__(self, melding: str, knoop: yaml.Node, code: str) -> None:
        super().__init__(problem=melding, problem_mark=knoop.start_mark)
        self.code = code


def _tag_tekst(tag: str) -> str:
    kort = "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag
    return kort if len(kort) <= 60 else kort[:57] + "…"


def _kort(tekst: str) -> str:
    return tekst if len(tekst) <= 40 else tekst[:37] + "…"


class _Lader(_Laadbasis):  # type: ignore[misc,valid-type]
    """SafeLoader die dubbele en onhashbare sleutels, ``<<`` en tags met een plek weigert."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, yaml.MappingNode):  # '!!map tekst': de basis geeft de fout
            return super().construct_mapping(node, deep=deep)
        gezien: dict[Any, yaml.Node] = {}
        for sleutel_knoop, _ in node.value:
            if sleutel_knoop.tag == _YAML_TAG + "merge":
                raise _Weigering(
                    "samenvoegen met '<<' is niet toegestaan in een dossier; schrijf de sleutels "
                    "gewoon uit", sleutel_knoop, "samenvoegen",
                )
            sleutel = self.construct_object(sleutel_knoop, deep=deep)
            try:
                eerder = gezien.get(sleutel)
            except TypeError:
                raise _Weigering(
                    "een lijst of verzameling kan geen sleutel zijn (zoals '? [a]: b'); een "
                    "sleutel is een woord, bijv. 'naam:'", sleutel_knoop, "onhashbare-sleutel",
                ) from None
            if eerder is not None:
                tekst, eerste = _kort(str(sleutel_knoop.value)), _kort(str(eerder.value))
                zelfde = f"als '{eerste}' " if tekst != eerste else ""  # 1 en true, 1 en 1.0
                raise _Weigering(
                    f"de sleutel '{tekst}' staat twee keer in dezelfde lijst (eerst {zelfde}op "
                    f"regel {eerder.start_mark.line + 1}); laat er één over",
                    sleutel_knoop, "dubbele-sleutel",
                )
            gezien[sleutel] = sleutel_knoop
        return super().construct_mapping(node, deep=deep)


def _weiger_tag(lader: yaml.SafeLoader, knoop: yaml.Node) -> Any:
    """Alleen gewone YAML-waarden: geen Python-objecten, verzamelingen, bytes of eigen tags."""
    raise _Weigering(
        f"de tag '{_tag_tekst(knoop.tag)}' is niet toegestaan in een dossier; schrijf de waarde "
        "gewoon uit, zonder '!'", knoop, "tag",
    )


def _geheel_getal(lader: yaml.SafeLoader, knoop: yaml.ScalarNode) -> Any:
    tekst = knoop.value if isinstance(knoop, yaml.ScalarNode) else ""
    if len(tekst) > _MAX_GETAL:
        raise _Weigering(
            f"een getal van {len(tekst)} tekens is te lang (hooguit {_MAX_GETAL}); zet het tussen "
            "aanhalingstekens als het tekst is", knoop, "getal",
        )
    try:
        return yaml.SafeLoader.construct_yaml_int(lader, knoop)
    except (ValueError, IndexError):  # IndexError: een lege '!!int'
        raise _Weigering(f"'{_kort(tekst)}' is geen geheel getal", knoop, "getal") from None


def _getal(lader: yaml.SafeLoader, knoop: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_float(lader, knoop)
    except (ValueError, IndexError):  # IndexError: een lege '!!float'
        raise _Weigering(f"'{_kort(str(knoop.value))}' is geen getal", knoop, "getal") from None


def _ja_nee(lader: yaml.SafeLoader, knoop: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_bool(lader, knoop)
    except KeyError:
        raise _Weigering(
            f"'{_kort(str(knoop.value))}' is geen true of false", knoop, "ja-nee"
        ) from None


def _datum_of_tekst(lader: yaml.SafeLoader, knoop: yaml.ScalarNode) -> Any:
    """Een onmogelijke datum (2014-13-01) blijft tekst; het model meldt hem dan met plek."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(lader, knoop)
    except (ValueError, AttributeError, OverflowError):  # AttributeError: '!!timestamp iets'
        return lader.construct_scalar(knoop)


for _tag in ("binary", "set", "omap", "pairs"):
    _Lader.add_constructor(_YAML_TAG + _tag, _weiger_tag)
_Lader.add_constructor(None, _weiger_tag)
_Lader.add_constructor(_YAML_TAG + "int", _geheel_getal)
_Lader.add_constructor(_YAML_TAG + "float", _getal)
_Lader.add_constructor(_YAML_TAG + "bool", _ja_nee)
_Lader.add_constructor(_YAML_TAG + "timestamp", _datum_of_tekst)

_VERTALINGEN: tuple[tuple[str, str], ...] = (
    ("mapping keys are not allowed", "hier mag geen '? ' (een samengestelde sleutel) staan; zet "
     "de tekst tussen aanhalingstekens"),
    ("mapping values are not allowed", "hier mag geen ':' staan; zet tekst met een dubbele punt "
     "tussen aanhalingstekens"),
    ("found character '\\t'", "een tab gevonden; spring in met spaties, niet met tabs"),
    ("found a tab character", "een tab gevonden; spring in met spaties, niet met tabs"),
    ("could not find expected ':'", "verwachtte 'sleutel: waarde'; er ontbreekt een ':'"),
    ("expected <block end>", "de inspringing klopt niet; lijn dit item uit met de items erboven"),
    ("did not find expected key", "de inspringing klopt niet; lijn deze sleutel uit met de "
     "sleutels erboven"),
    ("did not find expected '-'", "de inspringing klopt niet; lijn dit lijstitem uit met de "
     "items erboven"),
    ("block sequence entries are not allowed", "hier mag geen lijstitem ('- ') beginnen; zet "
     "het op een eigen regel onder een sleutel"),
    ("found unexpected end of stream", "het bestand houdt midden in een waarde op; staat er een "
     "aanhalingsteken of haakje open?"),
    ("found undefined alias", "een alias (*naam) verwijst naar een anker (&naam) dat niet bestaat"),
    ("found duplicate anchor", "hetzelfde anker (&naam) staat twee keer in het bestand"),
    ("found unknown escape character", "onbekende escape in tekst tussen dubbele aanhalingstekens;"
     " gebruik enkele aanhalingstekens"),
    ("expected hexdecimal number", "onbekende escape in tekst tussen dubbele aanhalingstekens;"
     " gebruik enkele aanhalingstekens"),
    ("found invalid Unicode character escape code", "een \\u- of \\U-escape die geen bestaand "
     "teken is; schrijf het teken zelf of gebruik enkele aanhalingstekens"),
    ("found unexpected ':'", "hier mag geen ':' staan; zet de tekst tussen aanhalingstekens"),
    ("did not find expected ',' or ']'", "een lijst [..] is niet goed afgesloten; ontbreekt er "
     "een ',' of ']'?"),
    ("did not find expected ',' or '}'", "een verzameling {..} is niet goed afgesloten; ontbreekt "
     "er een ',' of '}'?"),
    ("while parsing a flow", "een lijst [..] of verzameling {..} is niet goed afgesloten"),
    ("found character that cannot start any token", "dit teken kan hier niet staan (zoals '@', "
     "'`' of '%' aan het begin van een waarde); zet de tekst tussen aanhalingstekens"),
    ("did not find expected node content", "hier ontbreekt een waarde, of er staat een teken dat "
     "niet mag; zet tekst tussen aanhalingstekens"),
    ("did not find expected alphabetic or numeric character", "na '&' (anker) of '*' (alias) "
     "hoort een naam; zet tekst met '&' of '*' aan het begin tussen aanhalingstekens"),
    ("did not find expected comment or line break", "na deze waarde hoort de regel te eindigen; "
     "zet de hele tekst tussen aanhalingstekens"),
    ("found unexpected document indicator", "'---' of '...' aan het begin van een regel in een "
     "tekst; spring de regel in of zet de tekst tussen aanhalingstekens"),
    ("did not find expected <document start>", "na het einde van het document ('...') staat nog "
     "tekst; haal '...' of de tekst erna weg"),
    ("expected a comment or a line break", "na dit teken hoort de regel te eindigen"),
    ("found an indentation indicator equal to 0", "een blok-tekst ('|' of '>') met inspringing 0;"
     " gebruik '|' zonder getal"),
    ("while scanning a tag", "een tag ('!…') die niet klopt; tags zijn niet toegestaan in een "
     "dossier"),
    ("did not find expected tag URI", "een tag ('!…') die niet klopt; tags zijn niet toegestaan "
     "in een dossier"),
    ("found undefined tag handle", "een tag ('!…') die niet klopt; tags zijn niet toegestaan "
     "in een dossier"),
    ("did not find URI escaped octet", "een tag ('!…') die niet klopt; tags zijn niet toegestaan "
     "in een dossier"),
    ("found an incorrect", "een tag ('!…') die niet klopt; tags zijn niet toegestaan in een "
     "dossier"),
    ("directive", "een regel die met '%' begint (een YAML-richtlijn) hoort niet in een dossier; "
     "haal hem weg of zet de tekst tussen aanhalingstekens"),
    ("found incompatible YAML document", "een regel die met '%' begint (een YAML-richtlijn) hoort"
     " niet in een dossier; haal hem weg"),
    ("expected a mapping node", "hier horen sleutels met waarden"),
    ("expected a sequence node", "hier hoort een lijst"),
    ("expected a scalar node", "hier hoort een enkele waarde, geen lijst of verzameling"),
)


_LEEG_MET_UITLEG = re.compile(r"(\s*)(?:- )?([^\s#:][^#:]*):\s*(\{\}|\[\])\s*(?:#.*)?")


def _leeg_erboven(tekst: str, regel: int) -> str | None:
    """De melding als regel ``regel`` (0-based) onder een ``sleutel: {}`` of ``sleutel: []`` staat.

    Zo'n lege verzameling staat in sjablonen; wie er sleutels of items onder zet zonder de
    ``{}``/``[]`` weg te halen, krijgt anders alleen "de inspringing klopt niet".
    """
    regels = tekst.splitlines()
    if not 0 < regel < len(regels):
        return None
    hier = regels[regel]
    for vorige in range(regel - 1, -1, -1):
        boven = regels[vorige]
        if not boven.strip() or boven.lstrip().startswith("#"):
            continue
        treffer = _LEEG_MET_UITLEG.fullmatch(boven)
        if treffer is None:
            return None
        sleutel, leeg = treffer.group(2).strip(), treffer.group(3)
        inspringing, boven_in = len(hier) - len(hier.lstrip()), len(treffer.group(1))
        # Onder een lijst mag een item ook even ver inspringen als de sleutel ('sleutel:' en
        # dan '- item' eronder); onder een verzameling hoort een sleutel dieper.
        item_erbij = leeg == "[]" and hier.lstrip().startswith("-")
        if inspringing < boven_in or (inspringing == boven_in and not item_erbij):
            return None
        soort, wat = ("lege verzameling", "sleutels") if leeg == "{}" else ("lege lijst", "items")
        return (f"'{sleutel}' staat op regel {vorige + 1} als {soort} ({leeg}); verwijder de "
                f"'{leeg}' als je er {wat} onder zet")
    return None


def _vertaal(probleem: str) -> str:
    for engels, nederlands in _VERTALINGEN:
        if engels in probleem:
            return nederlands
    return f"de YAML klopt niet ({probleem.strip()})"


@dataclass
class Bron:
    """Eén ingelezen YAML-bestand: tekst, gegevens, en op verzoek de posities."""

    pad: Path
    naam: str  # zoals de gebruiker het ziet (relatief pad)
    tekst: str
    data: Any
    _knopen: yaml.Node | None = field(default=None, repr=False)
    _sleutels: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = field(
        default_factory=dict, repr=False
    )

    def _boom(self) -> yaml.Node | None:
        if self._knopen is None:
            with _zonder_gc():
                self._knopen = yaml.compose(self.tekst, Loader=_Laadbasis)
        return self._knopen

    def _paar(self, knoop: yaml.MappingNode, deel: str | int) -> tuple[yaml.Node, yaml.Node] | None:
        """Sleutel en waarde bij ``deel``, via een index per verzameling (snel bij veel fouten)."""
        index = self._sleutels.get(id(knoop))
        if index is None:
            index = {}
            for paar in knoop.value:
                if isinstance(paar[0], yaml.ScalarNode):
                    index.setdefault(str(paar[0].value), paar)
            self._sleutels[id(knoop)] = index
        return index.get(str(deel))

    def plek(self, loc: tuple[str | int, ...], *, sleutel: bool = False) -> tuple[int, int]:
        """Regel en kolom (1-based) van het diepste deel van ``loc`` dat in het bestand staat.

        Gebruikt de knopenboom van de parser (zonder waarden te bouwen): elke sleutel en waarde
        heeft daar een plek. Met ``sleutel=True`` wijst de plek naar de sleutel zelf (voor
        onbekende sleutels), anders naar de waarde; een verzameling wordt bij haar sleutel
        aangewezen.
        """
        knoop = self._boom()
        if knoop is None:
            return (1, 1)
        plek = (knoop.start_mark.line + 1, knoop.start_mark.column + 1)
        for i, deel in enumerate(loc):
            op_sleutel = sleutel and i == len(loc) - 1
            if isinstance(knoop, yaml.MappingNode):
                paar = self._paar(knoop, deel)
                if paar is None:
                    break
                sleutel_knoop, knoop = paar
                wijs = sleutel_knoop if op_sleutel or not isinstance(knoop, yaml.ScalarNode) \
                    else knoop
            elif isinstance(knoop, yaml.SequenceNode) and isinstance(deel, int) \
                    and 0 <= deel < len(knoop.value):
                knoop = wijs = knoop.value[deel]
            else:
                break
            plek = (wijs.start_mark.line + 1, wijs.start_mark.column + 1)
        return plek


def lees_rt(tekst: str) -> Any:
    """Lees met ruamel round-trip (commentaar en posities blijven bewaard).

    Alleen voor tekst die :func:`laad_yaml` al goedkeurde: ruamel in puur Python is traag en
    loopt bij diepe nesting tegen de recursiegrens aan.
    """
    from ruamel.yaml import YAML

    rt = YAML(typ="rt")
    rt.allow_duplicate_keys = False
    rt.preserve_quotes = True  # bij bewerken blijven de aanhalingstekens van de gebruiker staan
    return rt.load(tekst)


@contextmanager
def _zonder_gc() -> Iterator[None]:
    """De C-lader maakt veel kleine objecten en geen kringen: de GC kost dan alleen tijd (2×)."""
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aan:
            gc.enable()


def _probleem(naam: str, regel: int, kolom: int, melding: str, code: str) -> YamlProbleem:
    return YamlProbleem(Probleem(naam, regel, kolom, melding, code=code))


def _diepte_grens(tekst: str) -> int:
    """Een goedkope bovengrens van de nestingsdiepte, zonder te parsen.

    Elk niveau van een flow-verzameling kost een openingshaakje; we tellen ze allemaal, want een
    sluithaakje kan in een tekst tussen aanhalingstekens staan en telt dan niet. Een blok kost
    inspringing: per teken inspringing (spaties, '- ', '? ') hooguit één niveau, plus de lijst op
    dezelfde inspringing als haar sleutel.
    """
    haakjes = tekst.count("[") + tekst.count("{")
    inspringing = max((len(r) - len(r.lstrip(" -?")) for r in tekst.splitlines()), default=0)
    return haakjes + inspringing + 2


def _loop_na(tekst: str, naam: str) -> None:
    """Meet diepte en aantal waarden met de event-stroom (in C, zonder recursie, zonder waarden
    te bouwen) en stop netjes bij te diep of te veel. Een syntaxfout laten we over aan de lader,
    die hem met een betere melding geeft.

    De C-lader heeft (sinds libyaml 0.2.5, in PyYAML 6.0.4 meegeleverd) een eigen nestingsgrens
    die al afgaat terwijl hij vooruit leest, vóór wij een gebeurtenis zien. Daarom: gaat de
    C-stroom mis, dan tellen we de tekst tot aan die plek nog eens met de parser in puur Python,
    die geen eigen grens heeft. Zo geeft onze eigen grens de melding, welke versie van de lader er
    ook is; alleen een echte syntaxfout blijft voor de lader.
    """
    try:
        _tel_gebeurtenissen(yaml.parse(tekst, Loader=_Laadbasis), naam)
    except yaml.YAMLError as fout:
        mark = getattr(fout, "problem_mark", None) or getattr(fout, "context_mark", None)
        einde = mark.index + 1 if mark is not None else len(tekst)
        try:
            _tel_gebeurtenissen(yaml.parse(tekst[:einde], Loader=yaml.SafeLoader), naam)
        except yaml.YAMLError:
            return


def _tel_gebeurtenissen(gebeurtenissen: Iterator[yaml.Event], naam: str) -> None:
    """Tel waarden en diepte in een event-stroom; :class:`YamlProbleem` bij te veel of te diep."""
    diepte = aantal = 0
    with _zonder_gc():
        for gebeurtenis in gebeurtenissen:
            if isinstance(gebeurtenis, yaml.NodeEvent):
                aantal += 1
                if aantal > MAX_KNOPEN:
                    mark = gebeurtenis.start_mark
                    raise _probleem(
                        naam, mark.line + 1, mark.column + 1,
                        "het bestand bevat meer dan een miljoen waarden; een dossierbestand is "
                        "veel kleiner. Splits het in kleinere bestanden", "te-veel",
                    )
            if isinstance(gebeurtenis, yaml.CollectionStartEvent):
                diepte += 1
                if diepte > MAX_DIEPTE:
                    mark = gebeurtenis.start_mark
                    raise _probleem(
                        naam, mark.line + 1, mark.column + 1,
                        f"te diep genest (meer dan {MAX_DIEPTE} niveaus); een dossierbestand "
                        "heeft hooguit enkele niveaus", "te-diep",
                    )
            elif isinstance(gebeurtenis, yaml.CollectionEndEvent):
                diepte -= 1


def _tel_knopen(data: Any, naam: str) -> None:
    """Tel grootte en diepte na het volgen van aliassen, zonder iets uit te klappen.

    Elke gedeelde lijst of verzameling wordt één keer bekeken (iteratief, dus zonder
    recursiegrens); een alias naar een verzameling waar hij zelf in staat, is een kring.
    """
    maat: dict[int, tuple[int, int]] = {}  # id → (waarden, diepte)
    bezig: set[int] = set()
    stapel: list[tuple[Any, bool]] = [(data, False)]
    while stapel:
        obj, klaar = stapel.pop()
        if not isinstance(obj, dict | list):
            continue
        kinderen = obj.values() if isinstance(obj, dict) else obj
        if klaar:
            bezig.discard(id(obj))
            waarden, diepte = 1, 0
            for kind in kinderen:
                if isinstance(kind, dict | list):
                    n, d = maat[id(kind)]
                    waarden, diepte = waarden + n, max(diepte, d)
                else:
                    waarden += 1
            maat[id(obj)] = (waarden, diepte + 1)
            if waarden > MAX_KNOPEN:
                raise _probleem(
                    naam, 0, 0,
                    "aliassen (*naam) klappen uit tot meer dan een miljoen waarden (een "
                    "'alias-bom'); schrijf de waarden uit in plaats van ze te herhalen met "
                    "aliassen", "alias-bom",
                )
            if diepte + 1 > MAX_DIEPTE:
                raise _probleem(
                    naam, 0, 0,
                    f"via aliassen (*naam) te diep genest (meer dan {MAX_DIEPTE} niveaus); "
                    "schrijf de waarden uit", "te-diep",
                )
            continue
        if id(obj) in maat:
            continue
        if id(obj) in bezig:
            raise _probleem(
                naam, 0, 0,
                "een alias (*naam) verwijst naar de lijst of verzameling waar hij zelf in staat; "
                "zo ontstaat een kring zonder einde. Schrijf de waarde uit", "alias-kring",
            )
        bezig.add(id(obj))
        stapel.append((obj, True))
        stapel.extend((k, False) for k in kinderen if isinstance(k, dict | list))


_LEESFOUTEN = {
    errno.EACCES: "geen toestemming om het bestand te lezen",
    errno.EPERM: "geen toestemming om het bestand te lezen",
    errno.ENOENT: "het bestand bestaat niet (meer)",
    errno.EISDIR: "dit is een map, geen bestand",
}


def _mb(grootte: int) -> str:
    return f"{grootte / (1024 * 1024):.1f}".replace(".", ",")


def lees_tekst(pad: Path, naam: str) -> str:
    """Lees een bestand als UTF-8, met een nette melding bij te groot of ongeldige tekens.

    Er wordt nooit meer dan :data:`MAX_BYTES` (+1) gelezen, ook niet als het bestandssysteem een
    verkeerde grootte opgeeft; een apparaat of pijp (geen gewoon bestand) wordt niet geopend.
    """
    try:
        info = pad.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            raise _probleem(naam, 0, 0, "dit is geen gewoon bestand (een apparaat of pijp); "
                            "geef een YAML-bestand", "lezen")
        with pad.open("rb") as bestand:
            ruw = bestand.read(MAX_BYTES + 1)
    except OSError as fout:
        uitleg = _LEESFOUTEN.get(fout.errno or 0, f"kan het bestand niet lezen ({fout.strerror})")
        raise _probleem(naam, 0, 0, uitleg, "lezen") from None
    if len(ruw) > MAX_BYTES:
        grootte = max(info.st_size, len(ruw))
        raise _probleem(
            naam, 0, 0,
            f"het bestand is {_mb(grootte)} MB; een dossierbestand mag hooguit "
            f"{MAX_BYTES // (1024 * 1024)} MB zijn. Splits het in kleinere bestanden",
            "te-groot",
        )
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise _probleem(naam, 1, 1, "het bestand is opgeslagen als UTF-16 of UTF-32; sla het op "
                        "als UTF-8", "utf8")
    try:
        tekst = ruw.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = ruw.count(b"\n", 0, fout.start) + 1
        begin = ruw.rfind(b"\n", 0, fout.start) + 1
        kolom = len(ruw[begin:fout.start].decode("utf-8", errors="replace")) + 1
        raise _probleem(
            naam, regel, kolom,
            "dit is geen geldige UTF-8-tekst; sla het bestand op als UTF-8",
            "utf8",
        ) from None
    return tekst.removeprefix("\ufeff")


def _leesfout(fout: yaml.reader.ReaderError, tekst: str, naam: str) -> YamlProbleem:
    """Een verboden teken; de C-lader geeft een byte-positie, wij maken er regel:kolom van."""
    voor = tekst.encode("utf-8")[: fout.position].decode("utf-8", errors="ignore")
    regel = voor.count("\n") + 1
    kolom = len(voor) - (voor.rfind("\n") + 1) + 1
    teken = fout.character if isinstance(fout.character, int) else ord(str(fout.character)[:1])
    return _probleem(
        naam, regel, kolom,
        f"een onzichtbaar stuurteken (#x{teken:04X}) dat niet in YAML mag; haal het weg",
        "teken",
    )


def _teken_op(tekst: str, regel: int, kolom: int) -> str:
    """Het teken op een plek van de parser (0-based), of '' als die buiten de tekst valt."""
    regels = tekst.splitlines()
    return regels[regel][kolom : kolom + 1] if regel < len(regels) else ""


def _tweede_document(tekst: str) -> tuple[int, int]:
    """Regel en kolom (1-based) waar het tweede document begint."""
    begonnen = 0
    for gebeurtenis in yaml.parse(tekst, Loader=_Laadbasis):
        if isinstance(gebeurtenis, yaml.DocumentStartEvent):
            begonnen += 1
            if begonnen == 2:
                return gebeurtenis.start_mark.line + 1, gebeurtenis.start_mark.column + 1
    return 0, 0


def laad_yaml(tekst: str, naam: str) -> Any:
    """Zet YAML-tekst om in gewone Python-waarden, of geef een :class:`YamlProbleem`.

    Eerst het snelle pad als dat kan en zeker hetzelfde geeft, anders (en bij elke fout) het
    strenge pad.
    """
    if yaml_rs is not None and not _riskant(tekst) and not _mogelijk_te_diep(tekst):
        data = _snel(tekst)
        if data is not _TWIJFEL:
            return data
    return _laad_streng(tekst, naam)


def _laad_streng(tekst: str, naam: str) -> Any:
    """Het strenge pad: PyYAML met de eigen constructors en grenzen."""
    if len(tekst) > _TELGRENS or _diepte_grens(tekst) > MAX_DIEPTE:
        _loop_na(tekst, naam)
    try:
        with _zonder_gc():
            documenten = list(yaml.load_all(tekst, Loader=_Lader))
    except _Weigering as fout:
        mark = fout.problem_mark
        raise _probleem(naam, mark.line + 1, mark.column + 1, str(fout.problem), fout.code) \
            from None
    except yaml.MarkedYAMLError as fout:
        mark = fout.problem_mark or fout.context_mark
        regel, kolom = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        melding = _vertaal(f"{fout.problem or ''} {fout.context or ''}")
        if mark and _teken_op(tekst, mark.line, mark.column) == "\t":
            melding = _vertaal("found a tab character")
        elif mark:
            melding = _leeg_erboven(tekst, mark.line) or melding
        raise _probleem(naam, regel, kolom, melding, "yaml") from None
    except yaml.reader.ReaderError as fout:
        raise _leesfout(fout, tekst, naam) from None
    except yaml.YAMLError as fout:
        raise _probleem(naam, 0, 0, _vertaal(str(fout)), "yaml") from None
    except (ValueError, TypeError, OverflowError, RecursionError, IndexError, KeyError,
            AttributeError) as fout:  # vangnet voor de constructors van PyYAML; de fuzzer telt het
        raise _probleem(naam, 0, 0, f"kan de YAML niet omzetten ({fout})", "yaml") from None
    if len(documenten) > 1:
        regel, kolom = _tweede_document(tekst)
        raise _probleem(
            naam, regel, kolom,
            "het bestand bevat meer dan één YAML-document ('---'); één per bestand", "documenten",
        )
    data = documenten[0] if documenten else None
    if "*" in tekst:
        _tel_knopen(data, naam)
    return data

# --- het snelle pad -------------------------------------------------------------------------------

# Tekst waarin yaml-rs (YAML 1.2) en de strenge lader (YAML 1.1, libyaml) kunnen verschillen: dan
# meteen het strenge pad (:func:`_riskant`). Vals alarm kost alleen snelheid. Elk patroon begint
# met een vast teken of een tekenklasse, zodat re er snel doorheen zoekt.
# Tabs (libyaml en yaml-rs staan ze op andere plekken toe), escapes in "…", tekens die libyaml
# weigert of als regeleinde leest (NEL, LS, PS), een BOM midden in de tekst:
_RAAR = re.compile(r"[\t\\\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff"
                   r"\ufffe\uffff]")
_LOSSE_CR = re.compile(r"\r(?!\n)")  # een regeleinde van alleen CR (CRLF is gewoon)
# Aan het begin van een waarde (na een regelbegin, ':', '- ', '[', '{', ',' of '?'): een tag (!),
# anker (&), alias (*) of samengestelde sleutel (?). Midden in tekst ('Wat nu ?') telt niet.
_TEKEN_KANDIDAAT = re.compile(r"[!&*?](?<![^\s\[\]{},:?-].)")
_TEKEN = re.compile(r"(?:\A|[\n\[{,:?-])[ \t]*[!&*?]")
_BLOKGETAL = tuple(re.compile(patroon) for patroon in (  # blok-tekst met inspringgetal (|2)
    r"\|(?<![^\s\[\]{},:]\|)[-+]?[0-9]", r">(?<![^\s\[\]{},:]>)[-+]?[0-9]"))
_RICHTLIJN = re.compile(r"\n(?:%|---|\.\.\.)")  # richtlijn of documentgrens aan een regelbegin
# Een getal met een 0 of _ ervoor (012 is in YAML 1.1 acht plus twee, 0o12 en _1 zijn daar
# tekst). Eerst snel de kandidaten (elk patroon met een vast eerste teken), dan per kandidaat of
# het een hele waarde is (:func:`_nul_waarde`): '000 §9' of 'seed 001' in een zin telt niet.
_NUL_KANDIDATEN = tuple(re.compile(patroon) for patroon in (
    r"0(?<![^\s\[{,:]0)[0-9a-zA-Z_]", r"_(?<![^\s\[{,:]_)[0-9a-zA-Z_]",
    r"-(?<![^\s\[{,:]-)[0_]", r"\+(?<![^\s\[{,:]\+)[0_]"))
_NUL_TOT_EIND = re.compile(r"[-+]?[0_][0-9a-zA-Z_.:+-]*[ \t]*(?:\r?\n|\Z|#|[,\]}]|:\s)")
_TERUG = 1000  # zoveel spaties vóór een waarde kijken we terug; meer telt als begin van een waarde


def _nul_waarde(tekst: str) -> bool:
    """Staat er een hele waarde die een getal met een 0 of _ ervoor is? Een waarde begint aan het
    begin van de tekst of een regel, na '[', '{' of ',', na ': ', '? ' of '- ', of na '":'."""
    for kandidaat in _NUL_KANDIDATEN:
        for treffer in kandidaat.finditer(tekst):
            begin = treffer.start()
            if _NUL_TOT_EIND.match(tekst, begin) is None:
                continue
            k = begin - 1
            while k >= 0 and begin - k <= _TERUG and tekst[k] in " \t":
                k -= 1
            if k < 0 or begin - k > _TERUG or tekst[k] in "\n[{,":
                return True
            if tekst[k] in ":?-" and k < begin - 1:  # met een spatie erna
                return True
            if tekst[k] == ":" and k > 0 and tekst[k - 1] in "\"'":
                return True
    return False


# Een lijst [..] of verzameling {..}: van het haakje tot het eind van de regel. Over meer regels,
# of met een teken dat libyaml daarin anders leest aan het begin van een waarde ('[|]', '{a: >}',
# '[@x]', '[:x]', '[x :]', '[?x]'), lezen de twee het anders.
_FLOW = re.compile(r"[\[{][^\n]*")
_FLOW_TEKEN = re.compile(r"[|>%@`:?](?<![^\s\[\]{},].)")
# ':' vlak voor ',', ']' of '}' ('[a:]') of vlak na een aanhalingsteken ('{"a":b}'): libyaml en
# yaml-rs lezen dat anders.
_FLOW_PUNT = re.compile(r":(?:(?=[,\[\]{}])|(?<=[\"']:))")
# Een kommagetal dat in YAML 1.1 tekst is of anders: met een exponent zonder punt of teken (1e3,
# 1.0e3, 7_E56), met een teken voor de punt (-.5, -.nan), een andere schrijfwijze van oneindig of
# nan (.Nan, .iNF), of een '_' naast een cijfer of punt (yaml-rs laat die overal weg). Alleen
# nodig als yaml-rs een kommagetal gaf.
_KOMMAGETAL = re.compile(r"[eE](?<=[0-9._][eE])[-+_]?[0-9_]|[-+]\.(?:[0-9]|(?i:nan))"
                         r"|\.(?!inf|Inf|INF|nan|NaN|NAN)(?i:inf|nan)|[0-9.]_|_[0-9.]")
# Een datum die niet kaal staat: yaml-rs maakt ook van '2014-03-01' (tussen aanhalingstekens) en
# van een blok-tekst met alleen een datum een datum, de strenge lader niet. Een datum aan het begin
# van een regel (blok-tekst) of direct na een aanhalingsteken. Alleen nodig als yaml-rs een datum
# gaf.
_DATUM_NIET_KAAL = tuple(re.compile(patroon) for patroon in (
    r"\n[ ]*[0-9]{4}-[0-9]", r"\"[0-9]{4}-[0-9]", r"'[0-9]{4}-[0-9]"))


def _riskant(tekst: str) -> bool:
    """Kan yaml-rs deze tekst anders lezen dan de strenge lader? Goedkoop, en liever te vaak ja."""
    return (
        _RAAR.search(tekst) is not None
        or ("\r" in tekst and _LOSSE_CR.search(tekst) is not None)
        or tekst.startswith(("%", "---", "..."))
        or _RICHTLIJN.search(tekst) is not None
        or (_TEKEN_KANDIDAAT.search(tekst) is not None and _TEKEN.search(tekst) is not None)
        or (("|" in tekst or ">" in tekst)
            # een blok-tekst aan het eind zonder regeleinde: yaml-rs zet er een regeleinde achter
            and (not tekst.endswith("\n") or any(blok.search(tekst) for blok in _BLOKGETAL)))
        or _nul_waarde(tekst)
        or "_____" in tekst
        or (("[" in tekst or "{" in tekst) and _flow_riskant(tekst))
    )


def _mogelijk_te_diep(tekst: str) -> bool:
    """``_diepte_grens(tekst) > MAX_DIEPTE``, maar zonder Python-lus over de regels (yaml-rs
    heeft geen eigen grens: zijn stack loopt over). Alleen voor tekst die niet :func:`_riskant`
    is: daarin zijn '\\n' en CRLF de enige regeleinden."""
    ruimte = MAX_DIEPTE - 2 - tekst.count("[") - tekst.count("{")  # toegestane inspringing
    if ruimte < 0:
        return True
    patroon = f"[ ?-]{{{ruimte + 1}}}"
    return re.match(patroon, tekst) is not None or re.search("\n" + patroon, tekst) is not None


def _flow_riskant(tekst: str) -> bool:
    for treffer in _FLOW.finditer(tekst):
        stuk = treffer.group()
        if (stuk.count("[") + stuk.count("{") != stuk.count("]") + stuk.count("}")
                or _FLOW_TEKEN.search(stuk) is not None
                or (":" in stuk and _FLOW_PUNT.search(stuk) is not None)):
            return True
    return False


# Tekst die de strenge lader als iets anders zou lezen als hij zonder aanhalingstekens staat (ja,
# nee, getallen, datums, null, '<<', '='): precies de patronen van de resolver van PyYAML, voor
# een hele regel. yaml-rs geeft zulke waarden soms als tekst (``yes``, ``1:20``, ``2014-02-30``);
# dan het strenge pad, tenzij yaml-rs die tekst zonder aanhalingstekens zelf als getal, datum of
# null leest: dan stond hij tussen aanhalingstekens (``'2014'``) en is hij voor beide lezers
# tekst (:func:`_plat_geen_tekst`). Een lege regel telt niet: lege tekst komt alleen uit
# aanhalingstekens of een blok.
_RESOLVER = sorted({regex.pattern for lijst in yaml.resolver.Resolver.yaml_implicit_resolvers
                    .values() for _, regex in lijst})
assert all(patroon.startswith("^") and patroon.endswith("$") for patroon in _RESOLVER)
_EERSTE = "".join(sorted(filter(None, yaml.resolver.Resolver.yaml_implicit_resolvers)))
_VERDACHT = re.compile(  # (?=[…]): snel langs regels die met een ander teken beginnen
    r"\n(?=[" + re.escape(_EERSTE) + "])("
    + "|".join(patroon[1:-1] for patroon in _RESOLVER) + r")(?=\n)",
    re.VERBOSE,
)


@functools.lru_cache(maxsize=256)
def _plat_geen_tekst(waarde: str) -> bool:
    """Leest yaml-rs ``waarde`` zonder aanhalingstekens als iets anders dan tekst?"""
    data = _yaml_rs(waarde)
    return data is not _TWIJFEL and not isinstance(data, str)


_TWIJFEL = object()  # het snelle pad weet het niet zeker: het strenge pad beslist
# Een geheel getal vanaf hier kan in de tekst meer dan _MAX_GETAL tekens hebben (de strenge lader
# weigert dat); kleiner kan alleen met vijf '_' op een rij, en die ziet :func:`_riskant`.
_GROOT = 10**18


def _yaml_rs(tekst: str) -> Any:
    """``yaml_rs.loads``, met :data:`_TWIJFEL` bij elke fout (ook een dubbele sleutel)."""
    assert yaml_rs is not None
    try:
        with _zonder_gc():
            return yaml_rs.loads(tekst, duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.Error)
    except Exception:  # elke fout: het strenge pad geeft de melding met regel en kolom
        return _TWIJFEL
    except BaseException as fout:  # een paniek in Rust (PanicException) is geen Exception
        if type(fout).__name__ == "PanicException":
            return _TWIJFEL
        raise


def _snel(tekst: str) -> Any:
    """Lees met yaml-rs; :data:`_TWIJFEL` bij een fout of als het strenge pad anders kan lezen."""
    data = _yaml_rs(tekst)
    return data if data is not _TWIJFEL and _gewoon(data, tekst) else _TWIJFEL


def _gewoon(data: Any, tekst: str) -> bool:
    """Zou de strenge lader precies deze waarden geven? Alleen tekst als sleutel, alleen gewone
    waarden, geen tijdstip, geen tekst die in YAML 1.1 iets anders is (:data:`_VERDACHT`), geen
    kommagetal of datum die de strenge lader als tekst leest (:data:`_KOMMAGETAL`,
    :data:`_DATUM_NIET_KAAL`), en niet meer dan :data:`MAX_KNOPEN` waarden (dan geeft het strenge
    pad de melding)."""
    teksten: list[str] = [""]
    stapel: list[Any] = [[data]]  # alleen lijsten en verzamelingen; de buitenste telt niet mee
    aantal = -1
    kommagetal = datum = False
    while stapel:
        obj = stapel.pop()
        if type(obj) is dict:
            try:
                teksten.append("\n".join(obj))  # TypeError: een sleutel die geen tekst is
            except TypeError:
                return False
            aantal += 2 * len(obj) + 1
            waarden = obj.values()
        else:
            aantal += len(obj) + 1
            waarden = obj
        try:  # vaak is elke waarde tekst: dan in één keer (in C)
            teksten.append("\n".join(waarden))
            continue
        except TypeError:
            pass
        for waarde in waarden:
            soort = type(waarde)
            if soort is str:
                teksten.append(waarde)
            elif soort is dict or soort is list:
                stapel.append(waarde)
            elif soort is int:
                if not -_GROOT < waarde < _GROOT:  # misschien meer dan _MAX_GETAL tekens
                    return False
            elif soort is float:
                kommagetal = True
            elif soort is datetime.date:
                datum = True
            elif soort is not bool and waarde is not None:  # ook een tijdstip: yaml-rs kent er
                return False  # meer dan de strenge lader ('2014-03-01 10:00')
    teksten.append("")
    alle = "\n".join(teksten)
    return (
        aantal <= MAX_KNOPEN
        # een tekst van alleen regeleinden: een lege blok-tekst is bij libyaml '', bij yaml-rs '\n'
        and "\n\n\n" not in alle
        and all(_plat_geen_tekst(treffer.group(1)) for treffer in _VERDACHT.finditer(alle))
        and not (kommagetal and _KOMMAGETAL.search(tekst) is not None)
        and not (datum and any(patroon.search(tekst) for patroon in _DATUM_NIET_KAAL))
    )


def lees(pad: Path, naam: str | None = None) -> Bron:
    """Lees een YAML-bestand tot een :class:`Bron`."""
    naam = naam or str(pad)
    tekst = lees_tekst(pad, naam)
    return Bron(pad=pad, naam=naam, tekst=tekst, data=laad_yaml(tekst, naam))


def schema_regel(soort: str, relatief: str = ".schema") -> str:
    """De eerste regel van elk dossierbestand, zodat editors de sleutels aanvullen."""
    return f"# yaml-language-server: $schema={relatief}/{soort}.schema.json"
