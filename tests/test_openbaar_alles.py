"""Niets lekt in ``--openbaar``, via geen enkele opdracht en geen enkel formaat (issue 14).

Eigenschap-gebaseerd (hypothesis): een privé-naam (met letters buiten ASCII, ß, İ, aanhalingstekens,
``&``, dubbele spaties, soms langer dan 60 tekens) en een contactgegeven (e-mail, 06/…, +32…,
+49…, postcode in kleine letters, straat met huisnummer) worden geplant in **elk** vrij-tekstveld
van een echt dossier (het voorbeeld Oosterbeek), met de persoon als privé-schakel, privé-ingrediënt
en contact van een dorpsgesprek. Daarna haalt een tweede commit de privé-items weer weg (de
vermeldingen blijven) met de naam in het commitonderwerp. Elke opdracht in elk formaat draait met
``--openbaar``; in geen uitvoer (stdout en elk geschreven bestand, gelezen zoals de lekcontrole
leest: ontvouwen, ontsnapt, zonder tags, genormaliseerd) staat de naam of het contactgegeven.

De test controleert zelf, los van de lekcontrole in de opdrachten (die zou met exitcode 1 stoppen).
Het aantal voorbeelden is klein (het lastigste als vast voorbeeld, plus één gegenereerd): elk
voorbeeld draait ruim dertig opdrachten.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.lezen.openbaar import normaliseer
from stelselkit.model import SOORTEN
from stelselkit.uitvoer.lekcontrole import leesvormen

runner = CliRunner()
VOORBEELD = Path(__file__).resolve().parents[1] / "examples" / "oosterbeek"
KLEED = Path("tafelkleden") / "netwerk-jeugd-en-opvoeding-2014.yaml"
MARKERING = "Zq9"  # om vrije-tekstvelden te vinden

# --- namen en contactgegevens ------------------------------------------------------------------

_letters = "abcdefghijklmnopqrstuvwxyzéëüóçñøåßğşı"
_deel = st.text(alphabet=_letters, min_size=3, max_size=12).map(str.capitalize)
_tussen = st.sampled_from([" ", "  ", " & ", " 'd' ", ' "de" ', "-"])
namen = st.builds(
    lambda voor, tussen, achter, extra: f"{voor}{tussen}{achter}{extra}",
    st.one_of(_deel, st.just("İlkay"), st.just("Weiß")),
    _tussen,
    _deel,
    st.one_of(st.just(""), st.just(" von Hohenzollern-Sigmaringen-Weißenfels-Lößnitz"),
              st.builds(lambda d: f" {d}", _deel)),
).filter(lambda n: len(normaliseer(n)) >= 5)
contacten = st.one_of(
    st.builds(lambda a, b: f"{a}.{b}@example.nl", st.text("abcdefgh", min_size=2, max_size=8),
              st.text("abcdefgh", min_size=2, max_size=8)),
    st.builds(lambda n: f"06/{n:08d}", st.integers(10_000_000, 99_999_999)),
    st.builds(lambda n: f"+32 470 {n // 10000:02d} {n % 10000 // 100:02d} {n % 100:02d}",
              st.integers(0, 999_999)),
    st.builds(lambda n: f"+49 30 {n:08d}", st.integers(10_000_000, 99_999_999)),
    st.builds(lambda n, a: f"{n} {a}", st.integers(1000, 9999),
              st.sampled_from(["ab", "xk", "rt", "gh"])),
    st.builds(lambda s, n: f"{s}straat {n}", st.sampled_from(["Kerk", "Dorps", "Hoog"]),
              st.integers(1, 250)),
)

# --- het dossier -------------------------------------------------------------------------------


def _teksten(data: Any, pad: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """De paden in de ruwe gegevens van elke tekst (kandidaten voor een vrij-tekstveld)."""
    if isinstance(data, dict):
        for sleutel, waarde in data.items():
            yield from _teksten(waarde, (*pad, sleutel))
    elif isinstance(data, list):
        for i, waarde in enumerate(data):
            yield from _teksten(waarde, (*pad, i))
    elif isinstance(data, str) and pad and pad[0] not in ("soort", "id"):
        yield pad


def _zet(data: Any, pad: tuple[Any, ...], waarde: str) -> None:
    for deel in pad[:-1]:
        data = data[deel]
    data[pad[-1]] = waarde


def _haal(data: Any, pad: tuple[Any, ...]) -> Any:
    for deel in pad:
        data = data[deel]
    return data


_VELDEN: dict[str, list[tuple[Any, ...]]] = {}


def _velden(naam: str, data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Per bestand één keer: welke teksten een toevoeging verdragen zonder ongeldig te worden."""
    if naam not in _VELDEN:
        model = SOORTEN[data["soort"]]
        goed = []
        for pad in _teksten(data):
            kopie = yaml.safe_load(yaml.safe_dump(data, allow_unicode=True))
            _zet(kopie, pad, f"{_haal(kopie, pad)} {MARKERING}")
            try:
                model.model_validate(kopie)
            except ValueError:
                continue
            goed.append(pad)
        _VELDEN[naam] = goed
    return _VELDEN[naam]


def _plant(doel: Path, naam: str, contact: str) -> int:
    """Kopieer het voorbeeld en plant naam en contact; geeft het aantal beplante velden."""
    # casussen en het gebiedsteam weigeren persoonsgegevens zelf (model/casus.py): daar niet
    shutil.copytree(VOORBEELD, doel, ignore=shutil.ignore_patterns(
        ".schema", "README.md", "casussen", "gebiedsteam.yaml"))
    geplant = 0
    for pad in sorted(doel.rglob("*.yaml")):
        data = yaml.safe_load(pad.read_text(encoding="utf-8"))
        for veld in _velden(pad.relative_to(doel).as_posix(), data):
            _zet(data, veld, f"{_haal(data, veld)} — {naam} ({contact})")
            geplant += 1
        if pad.relative_to(doel) == KLEED:
            data["ingredienten"]["bijzondere-bewoner"] = {"tekst": naam, "prive": True}
            data["schakels"]["bijzondere-schakel"] = {
                "naam": naam, "rol": f"vrijwilliger veerpont, {contact}", "prive": True,
                "contact": contact, "achtergrond": "bewoner",
                "ingredienten": ["bijzondere-bewoner"], "verhaal": f"{naam} woont er al lang",
            }
        pad.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                       encoding="utf-8")
    return geplant


def _git(map_: Path, *argumenten: str) -> None:
    subprocess.run(["git", "-c", "user.name=Buurtteam", "-c", "user.email=team@example.org",
                    "-c", "init.defaultBranch=main", *argumenten],
                   cwd=map_, check=True, capture_output=True)


def _geschiedenis(doel: Path, naam: str) -> None:
    """Commit 1: met de privé-items; commit 2: zonder, met de naam in het onderwerp."""
    _git(doel, "init", "-q")
    _git(doel, "add", ".")
    _git(doel, "commit", "-q", "-m", "begin")
    pad = doel / KLEED
    data = yaml.safe_load(pad.read_text(encoding="utf-8"))
    del data["schakels"]["bijzondere-schakel"]
    del data["ingredienten"]["bijzondere-bewoner"]
    pad.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _git(doel, "commit", "-q", "-am", f"{naam} vertrokken")


# --- de opdrachten -----------------------------------------------------------------------------


def _opdrachten(d: Path, uit: Path) -> list[list[str]]:
    kleed = str(d / KLEED)
    md_json: list[list[str]] = []
    for opdracht in (["analyse", "netwerk", str(d)], ["analyse", "thema", str(d)],
                     ["analyse", "omgeving", str(d)], ["analyse", "vermogen", str(d)],
                     # geen 'analyse netwerkprogramma': Oosterbeek heeft geen netwerkprogramma
                     # (--openbaar daarvan: tests/test_netwerkprogramma.py)
                     ["analyse", "patroon", str(d)],
                     ["matrix", str(d)], ["programma", str(d)],
                     ["vergelijk", str(d), str(VOORBEELD.parent / "doorwerth")],
                     ["verloop", str(d)], ["privacy", str(d)],
                     ["analyse", "netwerk", "--vergelijk", f"{kleed}@HEAD~1", kleed],
                     ["rapport", str(d)]):
        for formaat in ("md", "json"):
            if opdracht[0] == "rapport" and formaat == "md":
                md_json.append([*opdracht, "--uit", str(uit / "rapport")])
            else:
                md_json.append([*opdracht, "--format", formaat])
    exports = [["export", "netwerk", str(d), "--format", f, "--uit", str(uit / f"netwerk.{f}")]
               for f in ("gexf", "graphml", "csv", "kumu", "svg")]
    return [*md_json, *exports, ["export", "agenda", str(d), "--uit", str(uit / "agenda.ics")]]


@functools.cache
def _kent_vandaag(opdracht: tuple[str, ...]) -> bool:
    hulp = runner.invoke(app, [*(o for o in opdracht if not o.startswith("/")), "--help"])
    return "--vandaag" in hulp.output


def _schoon(tekst: str, naam: str, contact: str, kanaal: str) -> None:
    for vorm in leesvormen(tekst):
        gelezen = normaliseer(vorm)
        assert normaliseer(naam) not in gelezen, f"{kanaal}: naam"
        assert normaliseer(contact) not in gelezen, f"{kanaal}: contact"


@example(naam='İlkay  "de" Weiß & von Hohenzollern-Sigmaringen-Weißenfels-Lößnitz',
         contact="6865 ab")
@settings(max_examples=1, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(naam=namen, contact=contacten)
def test_niets_lekt_in_welke_opdracht_of_welk_formaat_ook(
    tmp_path_factory: pytest.TempPathFactory, naam: str, contact: str
) -> None:
    d = tmp_path_factory.mktemp("repo") / "oosterbeek"
    assert _plant(d, naam, contact) > 100
    assert not [p for p in laad_dossier(d).problemen if p.niveau == "fout"]
    _geschiedenis(d, naam)
    uit = tmp_path_factory.mktemp("uit")
    gewoon = runner.invoke(app, ["rapport", str(d), "--format", "json"])
    # het planten werkte: zonder --openbaar staat de naam er wel
    assert any(normaliseer(naam) in normaliseer(v) for v in leesvormen(gewoon.output))
    for opdracht in _opdrachten(d, uit):
        dag = ["--vandaag", "2014-12-31"] if _kent_vandaag(tuple(opdracht[:2])) else []
        uitkomst = runner.invoke(app, [*opdracht, "--openbaar", *dag])
        assert uitkomst.exit_code == 0, (opdracht, uitkomst.output)
        _schoon(uitkomst.stdout, naam, contact, f"{' '.join(opdracht[:2])}: stdout")
    bestanden = [p for p in uit.rglob("*") if p.is_file()]
    assert len(bestanden) > 10
    for pad in bestanden:
        _schoon(pad.read_text(encoding="utf-8"), naam, contact, str(pad))
