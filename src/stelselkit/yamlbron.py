"""YAML lezen: snel waar het kan, met regel en kolom waar het moet.

Een bestand wordt eerst met de C-lader van libyaml gelezen (PyYAML ``CSafeLoader``), zonder
posities: dat is vele malen sneller dan een lader in puur Python. Alleen als er iets mis is, wordt
de tekst opnieuw gelezen met ruamel.yaml in round-trip-modus om bij elk pad de regel en kolom te
vinden (:meth:`Bron.plek`). Bewerken van bestanden gaat ook via ruamel (commentaar blijft staan).

Vijandige invoer krijgt een nette Nederlandse melding in plaats van een crash of een hangende
opdracht: te grote bestanden, ongeldige UTF-8, dubbele sleutels, tags, alias-bommen en diepe
nesting (de C-lader crasht bij extreme diepte, daarom eerst een goedkope schatting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from stelselkit.fouten import Probleem

MAX_BYTES = 10 * 1024 * 1024  # een dossierbestand is tekst die mensen typen
MAX_DIEPTE = 100  # geen dossierbestand is dieper genest
MAX_KNOPEN = 1_000_000  # uitgeklapt, na het volgen van aliassen

_HAAKJES = re.compile(r"[\[\]{}]")

_Laadbasis: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlProbleem(Exception):
    """Het bestand is geen bruikbare YAML; draagt één :class:`Probleem`."""

    def __init__(self, probleem: Probleem) -> None:
        super().__init__(probleem.melding)
        self.probleem = probleem


class _DubbeleSleutel(yaml.MarkedYAMLError):
    pass


class _Lader(_Laadbasis):  # type: ignore[misc,valid-type]
    """SafeLoader die dubbele sleutels weigert (PyYAML houdt anders stil de laatste)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        gezien: dict[Any, yaml.Node] = {}
        for sleutel_knoop, _ in node.value:
            sleutel = self.construct_object(sleutel_knoop, deep=deep)
            try:
                eerder = gezien.get(sleutel)
            except TypeError:  # onhashbare sleutel: de constructor meldt dat zelf
                break
            if eerder is not None:
                raise _DubbeleSleutel(
                    problem=(
                        f"de sleutel '{sleutel}' staat twee keer in dezelfde lijst "
                        f"(eerst op regel {eerder.start_mark.line + 1}); laat er één over"
                    ),
                    problem_mark=sleutel_knoop.start_mark,
                )
            gezien[sleutel] = sleutel_knoop
        return super().construct_mapping(node, deep=deep)




def _datum_of_tekst(lader: yaml.SafeLoader, knoop: yaml.ScalarNode) -> Any:
    """Een onmogelijke datum (2014-13-01) blijft tekst; het model meldt hem dan met plek."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(lader, knoop)
    except ValueError:
        return lader.construct_scalar(knoop)


_Lader.add_constructor("tag:yaml.org,2002:timestamp", _datum_of_tekst)

_VERTALINGEN: tuple[tuple[str, str], ...] = (
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
    ("found unexpected end of stream", "het bestand houdt midden in een waarde op; staat er een "
     "aanhalingsteken of haakje open?"),
    ("found undefined alias", "een alias (*naam) verwijst naar een anker (&naam) dat niet bestaat"),
    ("could not determine a constructor for the tag", "tags zoals '!!python/…' of '!iets' zijn "
     "niet toegestaan in een dossier; schrijf de waarde gewoon uit"),
    ("found unknown escape character", "onbekende escape in tekst tussen dubbele aanhalingstekens;"
     " gebruik enkele aanhalingstekens"),
    ("found unexpected ':'", "hier mag geen ':' staan; zet de tekst tussen aanhalingstekens"),
    ("while parsing a flow", "een lijst [..] of verzameling {..} is niet goed afgesloten"),
)


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

    def _boom(self) -> yaml.Node | None:
        if self._knopen is None:
            self._knopen = yaml.compose(self.tekst, Loader=_Laadbasis)
        return self._knopen

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
                paar = next((p for p in knoop.value if str(p[0].value) == str(deel)), None)
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
    """Lees met ruamel round-trip (commentaar en posities blijven bewaard)."""
    from ruamel.yaml import YAML

    rt = YAML(typ="rt")
    rt.allow_duplicate_keys = False
    return rt.load(tekst)


def _probleem(naam: str, regel: int, kolom: int, melding: str, code: str) -> YamlProbleem:
    return YamlProbleem(Probleem(naam, regel, kolom, melding, code=code))


def _diepte_grens(tekst: str) -> int:
    """Een goedkope schatting van de nestingsdiepte, zonder te parsen.

    Haakjes van flow-verzamelingen tellen we met een lopende teller over alleen de haakjes;
    blokken begrenzen we met de diepste inspringing (elk niveau kost minstens één teken).
    """
    diepte = hoogste = 0
    for teken in _HAAKJES.findall(tekst):
        diepte = diepte + 1 if teken in "[{" else max(diepte - 1, 0)
        hoogste = max(hoogste, diepte)
    inspringing = max((len(r) - len(r.lstrip(" -?")) for r in tekst.splitlines()), default=0)
    return hoogste + inspringing


def _echte_diepte(tekst: str, naam: str) -> None:
    """Meet de diepte met de event-stroom (geen recursie) en stop netjes bij te diep."""
    diepte = 0
    for gebeurtenis in yaml.parse(tekst, Loader=_Laadbasis):
        if isinstance(gebeurtenis, yaml.CollectionStartEvent):
            diepte += 1
            if diepte > MAX_DIEPTE:
                mark = gebeurtenis.start_mark
                raise _probleem(
                    naam,
                    mark.line + 1,
                    mark.column + 1,
                    f"te diep genest (meer dan {MAX_DIEPTE} niveaus); een dossierbestand "
                    "heeft hooguit enkele niveaus",
                    "te-diep",
                )
        elif isinstance(gebeurtenis, yaml.CollectionEndEvent):
            diepte -= 1


def _tel_knopen(data: Any, naam: str) -> None:
    """Tel de uitgeklapte grootte (aliassen meegeteld) zonder alles uit te klappen."""
    grootte: dict[int, int] = {}

    def tel(obj: Any) -> int:
        if not isinstance(obj, dict | list):
            return 1
        sleutel = id(obj)
        if sleutel in grootte:
            return grootte[sleutel]
        grootte[sleutel] = 1  # breekt kringen
        kinderen = obj.values() if isinstance(obj, dict) else obj
        totaal = 1 + sum(tel(k) for k in kinderen)
        grootte[sleutel] = totaal
        return totaal

    if tel(data) > MAX_KNOPEN:
        raise _probleem(
            naam,
            1,
            1,
            "aliassen (*naam) klappen uit tot meer dan een miljoen waarden (een 'alias-bom'); "
            "schrijf de waarden uit in plaats van ze te herhalen met aliassen",
            "alias-bom",
        )


def lees_tekst(pad: Path, naam: str) -> str:
    """Lees een bestand als UTF-8, met een nette melding bij te groot of ongeldige tekens."""
    try:
        grootte = pad.stat().st_size
        if grootte > MAX_BYTES:
            raise _probleem(
                naam,
                0,
                0,
                f"het bestand is {grootte // (1024 * 1024)} MB; een dossierbestand mag hooguit "
                f"{MAX_BYTES // (1024 * 1024)} MB zijn. Splits het in kleinere bestanden",
                "te-groot",
            )
        ruw = pad.read_bytes()
    except OSError as fout:
        raise _probleem(naam, 0, 0, f"kan het bestand niet lezen ({fout.strerror})", "lezen") \
            from None
    try:
        tekst = ruw.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = ruw.count(b"\n", 0, fout.start) + 1
        kolom = fout.start - (ruw.rfind(b"\n", 0, fout.start) + 1) + 1
        raise _probleem(
            naam,
            regel,
            kolom,
            "dit is geen geldige UTF-8-tekst; sla het bestand op als UTF-8",
            "utf8",
        ) from None
    return tekst.removeprefix("\ufeff")


def laad_yaml(tekst: str, naam: str) -> Any:
    """Zet YAML-tekst om in gewone Python-waarden, of geef een :class:`YamlProbleem`."""
    if _diepte_grens(tekst) > MAX_DIEPTE:
        try:
            _echte_diepte(tekst, naam)
        except yaml.MarkedYAMLError:
            pass  # de syntaxfout komt hieronder met een betere melding
    try:
        documenten = list(yaml.load_all(tekst, Loader=_Lader))  # noqa: S506 - SafeLoader
    except _DubbeleSleutel as fout:
        mark = fout.problem_mark
        raise _probleem(naam, mark.line + 1, mark.column + 1, str(fout.problem), "dubbele-sleutel")\
            from None
    except yaml.MarkedYAMLError as fout:
        mark = fout.problem_mark or fout.context_mark
        regel, kolom = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise _probleem(naam, regel, kolom, _vertaal(str(fout.problem or fout.context)), "yaml") \
            from None
    except yaml.YAMLError as fout:
        raise _probleem(naam, 0, 0, _vertaal(str(fout)), "yaml") from None
    except (ValueError, TypeError, OverflowError, RecursionError) as fout:
        raise _probleem(naam, 0, 0, f"kan de YAML niet omzetten ({fout})", "yaml") from None
    if len(documenten) > 1:
        raise _probleem(
            naam, 0, 0, "het bestand bevat meer dan één YAML-document ('---'); één per bestand",
            "documenten",
        )
    data = documenten[0] if documenten else None
    if "*" in tekst:
        _tel_knopen(data, naam)
    return data


def lees(pad: Path, naam: str | None = None) -> Bron:
    """Lees een YAML-bestand tot een :class:`Bron`."""
    naam = naam or str(pad)
    tekst = lees_tekst(pad, naam)
    return Bron(pad=pad, naam=naam, tekst=tekst, data=laad_yaml(tekst, naam))


def schema_regel(soort: str, relatief: str = ".schema") -> str:
    """De eerste regel van elk dossierbestand, zodat editors de sleutels aanvullen."""
    return f"# yaml-language-server: $schema={relatief}/{soort}.schema.json"

