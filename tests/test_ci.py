"""``stelsel ci``: de werkstromen zijn geldige YAML en roepen alleen bestaande opdrachten aan."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from stelselkit.cli import app

runner = CliRunner()
REPO = Path(__file__).resolve().parents[1]


def _stelsel_regels(werkstroom: dict) -> list[str]:
    regels: list[str] = []

    def zoek(waarde: object) -> None:
        if isinstance(waarde, dict):
            for sleutel, kind in waarde.items():
                if sleutel in ("run", "script") and isinstance(kind, str):
                    regels.append(kind)
                elif sleutel == "script" and isinstance(kind, list):
                    regels.extend(str(k) for k in kind)
                else:
                    zoek(kind)
        elif isinstance(waarde, list):
            for kind in waarde:
                zoek(kind)

    zoek(werkstroom)
    return [r for r in regels if r.startswith("stelsel ")]


def _controleer_opdracht(regel: str) -> None:
    woorden = shlex.split(regel)[1:]
    opdracht = woorden[0]
    hulp = runner.invoke(app, [opdracht, "--help"])
    assert hulp.exit_code == 0, f"'stelsel {opdracht}' bestaat niet"
    for optie in (w for w in woorden if w.startswith("--")):
        assert optie in hulp.output, f"'{optie}' is geen optie van 'stelsel {opdracht}'"


@pytest.mark.parametrize(("platform", "bestand"), [
    ("github", ".github/workflows/stelsel.yml"),
    ("gitlab", ".gitlab-ci.yml"),
])
def test_werkstroom_is_geldig_en_roept_bestaande_opdrachten_aan(
    tmp_path: Path, platform: str, bestand: str
) -> None:
    uitkomst = runner.invoke(app, ["ci", "--platform", platform, str(tmp_path),
                                   "--dossier", "buurt"])
    assert uitkomst.exit_code == 0, uitkomst.output
    werkstroom = yaml.safe_load((tmp_path / bestand).read_text(encoding="utf-8"))
    regels = _stelsel_regels(werkstroom)
    assert [shlex.split(r)[1] for r in regels] == ["valideer", "rapport"]
    assert all(" buurt" in r for r in regels)
    for regel in regels:
        _controleer_opdracht(regel)


def test_github_werkstroom_heeft_jobs_en_stappen(tmp_path: Path) -> None:
    runner.invoke(app, ["ci", "--platform", "github", str(tmp_path)])
    werkstroom = yaml.safe_load(
        (tmp_path / ".github/workflows/stelsel.yml").read_text(encoding="utf-8")
    )
    stappen = werkstroom["jobs"]["dossier"]["steps"]
    assert stappen[0]["uses"].startswith("actions/checkout@")
    assert any(s.get("uses", "").startswith("actions/upload-artifact@") for s in stappen)


def test_gitlab_werkstroom_publiceert_pages(tmp_path: Path) -> None:
    runner.invoke(app, ["ci", "--platform", "gitlab", str(tmp_path)])
    werkstroom = yaml.safe_load((tmp_path / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert werkstroom["pages"]["artifacts"]["paths"] == ["public"]
    assert set(werkstroom["stages"]) == {"valideren", "rapport"}


def test_ci_overschrijft_niet(tmp_path: Path) -> None:
    (tmp_path / ".gitlab-ci.yml").write_text("mijn: werk\n")
    uitkomst = runner.invoke(app, ["ci", "--platform", "gitlab", str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert (tmp_path / ".gitlab-ci.yml").read_text() == "mijn: werk\n"


def test_onbekend_platform_is_gebruiksfout(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["ci", "--platform", "bitbucket", str(tmp_path)])
    assert uitkomst.exit_code == 2


def test_pre_commit_hook_roept_valideer_aan() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "stelsel-valideer"
    assert re.fullmatch(r"stelsel valideer", hooks[0]["entry"])
    _controleer_opdracht(hooks[0]["entry"])
