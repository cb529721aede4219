"""De pre-commit-hook met de echte pre-commit: het manifest en een gebruikersconfiguratie met
``rev: v0.2.0`` zijn geldig, en ``pre-commit run`` in een repository met ``mkdocs.yml`` en een
CI-werkstroom naast een dossier kijkt alleen naar de dossierbestanden."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from stelselkit import __version__

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}


def _pre_commit(tmp_path: Path, *argumenten: str, map_: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", *argumenten], cwd=map_,
                          env=_env(tmp_path), capture_output=True, text=True, check=False)


def test_manifest_en_vastgepinde_configuratie_zijn_geldig(tmp_path: Path) -> None:
    assert _pre_commit(tmp_path, "validate-manifest", ".pre-commit-hooks.yaml",
                       map_=REPO).returncode == 0
    config = tmp_path / ".pre-commit-config.yaml"
    config.write_text(
        "repos:\n  - repo: https://github.com/stelselkit/stelselkit\n"
        f"    rev: v{__version__}\n    hooks:\n      - id: stelsel-valideer\n",
        encoding="utf-8")
    assert _pre_commit(tmp_path, "validate-config", str(config), map_=tmp_path).returncode == 0
    # validate-manifest faalt echt: een hook zonder entry is geen hook.
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("- id: x\n  name: x\n  language: python\n", encoding="utf-8")
    assert _pre_commit(tmp_path, "validate-manifest", str(kapot), map_=tmp_path).returncode != 0


def _repository(tmp_path: Path) -> Path:
    """Een dossierrepository zoals in het echt: het dossier, mkdocs.yml (met een Python-tag die
    stelsel terecht weigert) en een CI-werkstroom. De hook uit het manifest staat erin als lokale
    hook (``language: unsupported``: stelsel staat al op PATH, er hoeft niets geïnstalleerd)."""
    map_ = tmp_path / "repo"
    shutil.copytree(REPO / "examples/doorwerth", map_)
    (map_ / "mkdocs.yml").write_text(
        "site_name: Buurt\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n", encoding="utf-8")
    (map_ / ".github/workflows").mkdir(parents=True)
    (map_ / ".github/workflows/docs.yml").write_text("on: push\njobs: {}\n", encoding="utf-8")
    hook = YAML(typ="safe", pure=True).load(REPO / ".pre-commit-hooks.yaml")[0]
    hook["language"] = "unsupported"
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    with (map_ / ".pre-commit-config.yaml").open("w", encoding="utf-8") as bestand:
        yaml.dump({"repos": [{"repo": "local", "hooks": [hook]}]}, bestand)
    subprocess.run([*GIT, "init", "-q", str(map_)], check=True)
    subprocess.run([*GIT, "add", "."], cwd=map_, check=True)
    return map_


def test_hook_laat_andere_yaml_met_rust_en_vindt_fouten_in_het_dossier(tmp_path: Path) -> None:
    map_ = _repository(tmp_path)
    goed = _pre_commit(tmp_path, "run", "--all-files", map_=map_)
    assert goed.returncode == 0, goed.stdout + goed.stderr
    assert "stelsel valideer" in goed.stdout and "Passed" in goed.stdout
    # Nu een echte fout in een dossierbestand: de hook faalt en noemt bestand en regel.
    kleed = map_ / "tafelkleden/buurtkracht-2014.yaml"
    kleed.write_text(kleed.read_text(encoding="utf-8").replace("soort: tafelkleed",
                                                               "soort: tafelkleed\nonzin: 1"),
                     encoding="utf-8")
    subprocess.run([*GIT, "add", "."], cwd=map_, check=True)
    fout = _pre_commit(tmp_path, "run", "--files", "tafelkleden/buurtkracht-2014.yaml",
                       "mkdocs.yml", map_=map_)
    assert fout.returncode == 1
    assert "tafelkleden/buurtkracht-2014.yaml:" in fout.stdout and "onzin" in fout.stdout
    assert "mkdocs.yml" not in fout.stdout


def test_versie_en_wijzigingen_horen_bij_elkaar() -> None:
    from importlib.metadata import version

    assert version("stelselkit") == __version__
    wijzigingen = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}]" in wijzigingen
    assert f"rev: v{__version__}" in (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
