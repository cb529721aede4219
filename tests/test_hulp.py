"""Eén taal: elke hulptekst, gebruiksregel en optie-uitleg is Nederlands, ook wat Click en Typer
zelf schrijven ("Usage:", "Options:", "Show this message and exit.")."""

from __future__ import annotations

import re

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from stelselkit.cli import app

runner = CliRunner()

# Engelse woorden die in een Nederlandse hulptekst niet voorkomen (namen van opties en
# bestandsformaten tellen niet mee; die worden eerst weggehaald).
ENGELS = re.compile(
    r"\b(Usage|Options|Arguments|Commands|Show|this|message|exit|the|and|to|default|"
    r"required|Try|for|env|var|dynamic|Aborted|Missing|command|path|str|int|float|list|"
    r"TEXT|PATH|INTEGER|FILE|DIRECTORY|OPTIONS|COMMAND|ARGS|with|from|file|files|output|"
    r"write|show|print|directory)\b"
)
OPTIENAAM = re.compile(r"(?<![\w-])--?[a-z][a-z-]*|\w+://\S*")


def _opdrachten() -> list[list[str]]:
    """Elk pad in de opdrachtboom: [], ["valideer"], ["analyse"], ["analyse", "netwerk"], …"""
    paden: list[list[str]] = []
    stapel: list[tuple[list[str], object]] = [([], get_command(app))]
    while stapel:
        pad, opdracht = stapel.pop()
        paden.append(pad)
        for naam, sub in getattr(opdracht, "commands", {}).items():
            stapel.append(([*pad, naam], sub))
    return sorted(paden)


def test_elke_opdracht_staat_in_de_scan() -> None:
    paden = [" ".join(p) for p in _opdrachten()]
    assert {"", "valideer", "analyse netwerk", "export agenda", "programma nieuw"} <= set(paden)


@pytest.mark.parametrize("pad", _opdrachten(), ids=lambda p: " ".join(p) or "stelsel")
def test_hulp_is_nederlands(pad: list[str]) -> None:
    uitkomst = runner.invoke(app, [*pad, "--help"])
    assert uitkomst.exit_code == 0, uitkomst.output
    tekst = uitkomst.output
    assert tekst.startswith("Gebruik: stelsel")
    assert "toon deze hulp en stop" in tekst
    engels = sorted({m[1] for m in ENGELS.finditer(OPTIENAAM.sub("", tekst))})
    assert engels == [], tekst
