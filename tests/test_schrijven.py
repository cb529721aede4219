"""Niets gaat verloren: :func:`schrijf_atomisch` onderbroken op elk moment.

Een schrijfactie die halverwege faalt (schijf vol, Ctrl-C, een crash van het proces) laat het
oorspronkelijke bestand heel. Bij een uitzondering blijft ook geen tijdelijk bestand achter; bij
een harde kill (SIGKILL, geen opruimen mogelijk) is het achtergebleven tijdelijke bestand verborgen
en geen ``.yaml``, zodat het nooit als dossierbestand gelezen wordt.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from stelselkit.fouten import GebruiksFout, Uitgang
from stelselkit.lezen.dossier import vind_yaml
from stelselkit.uitvoer import schrijven
from stelselkit.uitvoer.schrijven import schrijf_atomisch

ORIGINEEL = "soort: tafelkleed\ntitel: Doorwerth vitale omgeving\n# commentaar blijft\n"
NIEUW = "soort: tafelkleed\ntitel: Iets anders\n" * 10_000


@pytest.fixture
def bestaand(tmp_path: Path) -> Path:
    pad = tmp_path / "tafelkleed.yaml"
    pad.write_text(ORIGINEEL, encoding="utf-8")
    return pad


def _alleen(pad: Path) -> None:
    """Het bestand is heel en er staat niets anders naast."""
    assert pad.read_text(encoding="utf-8") == ORIGINEEL
    assert sorted(p.name for p in pad.parent.iterdir()) == [pad.name]


class _HalfSchrijven:
    """Een bestand dat na de helft van de tekst een fout geeft (schijf vol, Ctrl-C)."""

    def __init__(self, echt: Any, fout: BaseException) -> None:
        self.echt = echt
        self.fout = fout

    def write(self, tekst: str) -> int:
        self.echt.write(tekst[: len(tekst) // 2])
        self.echt.flush()
        raise self.fout

    def __enter__(self) -> _HalfSchrijven:
        return self

    def __exit__(self, *args: object) -> None:
        self.echt.close()


@pytest.mark.parametrize(
    "fout", [KeyboardInterrupt(), OSError(28, "No space left on device")], ids=["ctrl-c", "vol"]
)
def test_halverwege_onderbroken_schrijven(
    bestaand: Path, monkeypatch: pytest.MonkeyPatch, fout: BaseException
) -> None:
    echte_fdopen = os.fdopen
    halve: list[Path] = []

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> _HalfSchrijven:
        halve.extend(p for p in bestaand.parent.iterdir() if p != bestaand)
        return _HalfSchrijven(echte_fdopen(fd, *args, **kwargs), fout)

    monkeypatch.setattr(schrijven.os, "fdopen", fdopen)
    with pytest.raises(type(fout)):
        schrijf_atomisch(bestaand, NIEUW, overschrijven=True)
    assert len(halve) == 1 and halve[0].name.startswith(".tafelkleed.yaml.")  # er was een tijdelijk
    _alleen(bestaand)


def test_onderbroken_voor_het_hernoemen(bestaand: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def replace(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(schrijven.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        schrijf_atomisch(bestaand, NIEUW, overschrijven=True)
    _alleen(bestaand)


def test_harde_kill_voor_het_hernoemen(bestaand: Path) -> None:
    """Een echt proces schrijft alles weg en wordt vlak voor het hernoemen met SIGKILL gestopt."""
    kind = textwrap.dedent(f"""
        import os, sys, time
        from pathlib import Path
        from stelselkit.uitvoer import schrijven

        def replace(*args):
            print("klaar om te hernoemen", flush=True)
            time.sleep(60)

        schrijven.os.replace = replace
        schrijven.schrijf_atomisch(Path({str(bestaand)!r}), "nieuw\\n" * 100_000,
                                   overschrijven=True)
    """)
    proces = subprocess.Popen([sys.executable, "-c", kind], stdout=subprocess.PIPE, text=True)
    try:
        assert proces.stdout is not None
        assert proces.stdout.readline().strip() == "klaar om te hernoemen"
        proces.send_signal(signal.SIGKILL)
        assert proces.wait(timeout=10) == -signal.SIGKILL
    finally:
        proces.kill()
        if proces.stdout is not None:
            proces.stdout.close()
    assert bestaand.read_text(encoding="utf-8") == ORIGINEEL
    rest = [p for p in bestaand.parent.iterdir() if p != bestaand]
    assert len(rest) == 1 and rest[0].name.startswith(".") and rest[0].suffix == ".tmp"
    assert vind_yaml(bestaand.parent) == [bestaand]


def test_bestaand_bestand_wordt_geweigerd(bestaand: Path) -> None:
    with pytest.raises(GebruiksFout) as fout:
        schrijf_atomisch(bestaand, NIEUW)
    assert "bestaat al" in fout.value.melding and "--overschrijven" in fout.value.melding
    assert fout.value.uitgang is Uitgang.GEBRUIK
    _alleen(bestaand)


def test_overschrijven_als_daarom_gevraagd_is(bestaand: Path) -> None:
    schrijf_atomisch(bestaand, NIEUW, overschrijven=True)
    assert bestaand.read_text(encoding="utf-8") == NIEUW
    assert [p.name for p in bestaand.parent.iterdir()] == [bestaand.name]


def test_nieuw_bestand_in_nieuwe_map(tmp_path: Path) -> None:
    pad = tmp_path / "dossier" / "tafelkleden" / "eerste.yaml"
    schrijf_atomisch(pad, ORIGINEEL)
    assert pad.read_bytes() == ORIGINEEL.encode("utf-8")
    assert [p.name for p in pad.parent.iterdir()] == ["eerste.yaml"]


def test_bestand_van_de_gebruiker_gaat_eerst_naar_de_schijf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Een dossierbestand wordt ge-fsynct voor het hernoemen; een rapport (dat stelsel opnieuw
    kan maken) niet: dat scheelt bij een landelijk rapport duizenden keren wachten."""
    gesynct: list[int] = []
    echt = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (gesynct.append(fd), echt(fd))[1])
    schrijf_atomisch(tmp_path / "thema.yaml", "soort: thema\n")
    assert len(gesynct) == 1
    schrijven.schrijf_uitvoer(tmp_path / "uit" / "index.md", "# Rapport\n")
    assert len(gesynct) == 1
    assert (tmp_path / "uit" / "index.md").read_text() == "# Rapport\n"
    assert (tmp_path / "uit" / ".stelsel-uitvoer").read_text() == "index.md\n"
