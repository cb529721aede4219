"""Fouten in het gebruik van de opdrachtregel: Nederlands, exitcode 2, geen traceback."""

from __future__ import annotations

import sys

import pytest

from stelselkit.cli import main


@pytest.mark.parametrize(("argumenten", "melding"), [
    (["valideer", "--format", "xml"], "ongeldige waarde voor --format: 'xml' kan niet; kies uit"),
    (["vallideer"], "onbekende opdracht 'vallideer'; bedoelde je 'valideer'?"),
    (["valideer", "--formaat", "json"], "onbekende optie '--formaat'; bedoelde je '--format'?"),
    (["vergelijk"], "het argument DOSSIERS ontbreekt"),
    (["init", "a", "b"], "te veel argumenten (b)"),
    (["analyse", "netwerk", "--vergelijk", "a"], "de optie '--vergelijk' vraagt 2 waarden"),
    (["ci"], "de optie '--platform' ontbreekt"),
    (["rapport", ".", "--vandaag", "gisteren"], "'--vandaag gisteren' is geen datum"),
])
def test_gebruiksfout_in_het_nederlands(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    argumenten: list[str], melding: str,
) -> None:
    monkeypatch.setattr(sys, "argv", ["stelsel", *argumenten])
    with pytest.raises(SystemExit) as uitgang:
        main()
    assert uitgang.value.code == 2
    fout = capsys.readouterr().err
    assert melding in fout
    assert "Traceback" not in fout and "Error:" not in fout


def test_geslaagde_opdracht_geeft_nul(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["stelsel", "--versie"])
    with pytest.raises(SystemExit) as uitgang:
        main()
    assert uitgang.value.code == 0
    assert capsys.readouterr().out.startswith("stelsel ")
