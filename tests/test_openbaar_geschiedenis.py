"""``--openbaar`` over de git-geschiedenis: wie ooit privé was, blijft verborgen.

# verwacht: in commit 1 staat Jan de Vries als privé-schakel op het tafelkleed; in commit 2 is
# hij eruit gehaald en noemt het verhaal van een andere schakel hem in gewone tekst ("Jan de
# Vries verhuisde"). Het commitonderwerp en de auteur noemen hem ook. Geen openbare uitvoer mag
# hem tonen.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen.openbaar import normaliseer

runner = CliRunner()
DOSSIER = Path(__file__).parent / "formaat" / "dossier"
GEHEIM = ("jan de vries", "jan-de-vries", "devries")


def _git(map_: Path, *argumenten: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Jan de Vries", "-c", "user.email=jan@devries.example",
         "-c", "init.defaultBranch=main", *argumenten],
        cwd=map_, check=True, capture_output=True,
    )


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wortel = tmp_path_factory.mktemp("repo")
    buurt = wortel / "buurt"
    shutil.copytree(DOSSIER, buurt)
    kleed = buurt / "tafelkleden" / "eerste.yaml"
    origineel = kleed.read_text(encoding="utf-8")
    kleed.write_text(origineel + (
        "  jan-de-vries:\n"
        "    naam: Jan de Vries\n"
        "    achtergrond: bewoner\n"
        "    prive: true\n"
        "    ingredienten: [weerd]\n"
    ), encoding="utf-8")
    _git(wortel, "init", "-q")
    _git(wortel, "add", ".")
    _git(wortel, "commit", "-q", "-m", "Jan de Vries toegevoegd", "--date=2013-05-01T12:00")
    kleed.write_text(origineel.replace(
        "    rol: dorpsplatform\n",
        "    rol: dorpsplatform\n    verhaal: Jan de Vries verhuisde naar Arnhem.\n",
    ), encoding="utf-8")
    _git(wortel, "commit", "-q", "-am", "Jan de Vries vertrokken", "--date=2014-05-01T12:00")
    return buurt


def _schoon(tekst: str) -> None:
    genormaliseerd = normaliseer(tekst)
    for geheim in GEHEIM:
        assert geheim not in genormaliseerd, geheim


@pytest.mark.parametrize("formaat", ["md", "json"])
def test_verloop_toont_geen_namen_uit_de_geschiedenis(repo: Path, formaat: str) -> None:
    gewoon = runner.invoke(app, ["verloop", str(repo), "--format", formaat])
    assert gewoon.exit_code == 0, gewoon.output
    assert "Jan de Vries vertrokken" in gewoon.output  # zonder --openbaar: het onderwerp
    uitkomst = runner.invoke(app, ["verloop", str(repo), "--format", formaat, "--openbaar"])
    assert uitkomst.exit_code == 0, uitkomst.output
    _schoon(uitkomst.output)


@pytest.mark.parametrize("formaat", ["md", "json"])
def test_vergelijk_met_een_revisie_noemt_het_pseudoniem(repo: Path, formaat: str) -> None:
    kleed = repo / "tafelkleden" / "eerste.yaml"
    argumenten = ["analyse", "netwerk", "--vergelijk", f"{kleed}@HEAD~1", str(kleed),
                  "--format", formaat]
    gewoon = runner.invoke(app, argumenten)
    assert "Jan de Vries" in gewoon.output
    uitkomst = runner.invoke(app, [*argumenten, "--openbaar"])
    assert uitkomst.exit_code == 0, uitkomst.output
    _schoon(uitkomst.output)
    assert "Persoon 1" in uitkomst.output


def test_huidige_stand_verbergt_wie_alleen_in_de_geschiedenis_prive_was(repo: Path) -> None:
    uitkomst = runner.invoke(app, ["rapport", str(repo), "--format", "json", "--openbaar"])
    assert uitkomst.exit_code == 0, uitkomst.output
    _schoon(uitkomst.output)
    assert "Persoon 1 verhuisde naar Arnhem." in uitkomst.output
