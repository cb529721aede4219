"""De ene foutgrens: elke opdracht geeft bij elke fout één Nederlandse regel, nooit een traceback.

Elke opdracht draait hier op een dossier waarin elke datum in het jaar 9999 ligt, en met een
``--uit`` die een bestaand bestand is, een map, en een pad onder een bestand.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app

runner = CliRunner()
VOORBEELDEN = Path(__file__).parents[1] / "examples"
DOORWERTH = VOORBEELDEN / "doorwerth"
OOSTERBEEK = VOORBEELDEN / "oosterbeek"

# Elke opdracht als functie van (dossier, uit); ``uit`` is None voor opdrachten zonder --uit.
Opdracht = Callable[[Path, Path], list[str]]
OPDRACHTEN: dict[str, Opdracht] = {
    "valideer": lambda d, u: ["valideer", str(d)],
    "privacy": lambda d, u: ["privacy", str(d), "--uit", str(u)],
    "rapport": lambda d, u: ["rapport", str(d), "--uit", str(u)],
    "vergelijk": lambda d, u: ["vergelijk", str(d), str(OOSTERBEEK), "--uit", str(u)],
    "verloop": lambda d, u: ["verloop", str(d), "--uit", str(u)],
    "matrix": lambda d, u: ["matrix", str(d), "--uit", str(u)],
    "programma": lambda d, u: ["programma", str(d), "--uit", str(u)],
    "programma nieuw": lambda d, u: [
        "programma", "nieuw", str(d / "programma-2013-2014.yaml"), "--uit", str(u)],
    "analyse netwerk": lambda d, u: [
        "analyse", "netwerk", str(d / "tafelkleden" / "buurtkracht-2014.yaml"), "--uit", str(u)],
    "analyse omgeving": lambda d, u: [
        "analyse", "omgeving", str(d / "analyses" / "omgevingsanalyse-vitale-omgeving.yaml"),
        "--uit", str(u)],
    "analyse vermogen": lambda d, u: [
        "analyse", "vermogen", str(d / "analyses" / "vermogensanalyse-2014.yaml"), "--uit", str(u)],
    "analyse thema": lambda d, u: [
        "analyse", "thema", str(d / "analyses" / "thema-analyse-nieuw-wonen.yaml"),
        "--uit", str(u)],
    "analyse patroon": lambda d, u: [
        "analyse", "patroon", str(d / "analyses" / "patroononderzoek-buurtkracht.yaml"),
        "--uit", str(u)],
    "export netwerk": lambda d, u: [
        "export", "netwerk", str(d / "tafelkleden" / "buurtkracht-2014.yaml"), "--format", "gexf",
        "--uit", str(u)],
    "export agenda": lambda d, u: ["export", "agenda", str(d), "--uit", str(u)],
    "nieuw": lambda d, u: [
        "nieuw", "tafelkleed", str(u), "--van", str(d / "tafelkleden" / "buurtkracht-2014.yaml")],
    "programma stand": lambda d, u: ["programma", "stand", str(d), "--uit", str(u)],
    "routekaart": lambda d, u: ["routekaart", str(d), "--uit", str(u)],
    "portfolio": lambda d, u: ["portfolio", str(d), "--uit", str(u)],
    "analyse matrix": lambda d, u: ["analyse", "matrix", str(d), "--uit", str(u)],
    "analyse netwerkprogramma": lambda d, u: [
        "analyse", "netwerkprogramma", str(d), "--uit", str(u)],
    "analyse portfolio": lambda d, u: ["analyse", "portfolio", str(d), "--uit", str(u)],
    "analyse programma": lambda d, u: ["analyse", "programma", str(d), "--uit", str(u)],
    "analyse routekaart": lambda d, u: ["analyse", "routekaart", str(d), "--uit", str(u)],
    "analyse verantwoording": lambda d, u: [
        "analyse", "verantwoording", str(d), "--uit", str(u)],
    "verantwoording": lambda d, u: ["verantwoording", str(d), "--uit", str(u)],
    # Doorwerth heeft geen casus; Oosterbeek wel (voor de proeven met --uit).
    "analyse casus": lambda d, u: [
        "analyse", "casus", str(d if (d / "casussen").is_dir() else OOSTERBEEK), "--uit", str(u)],
}
# Opdrachten die geen dossierinhoud lezen, alleen schrijven.
SCHRIJVERS: dict[str, Opdracht] = {
    "schema": lambda d, u: ["schema", "--uit", str(u)],
    "init": lambda d, u: ["init", str(u), "--buurt", "Heveadorp", "--gemeente", "Renkum",
                          "--thema", "Gezond Heveadorp"],
    "ci": lambda d, u: ["ci", str(u), "--platform", "github"],
    "regels": lambda d, u: ["regels", "--uit", str(u)],
}


def test_elke_opdracht_staat_hier() -> None:
    """Een nieuwe opdracht komt in OPDRACHTEN of SCHRIJVERS, en daarmee in elke test hieronder."""
    from typer.main import get_command

    bladeren, stapel = set(), [("", get_command(app))]
    while stapel:
        pad, opdracht = stapel.pop()
        onder = getattr(opdracht, "commands", {})
        bladeren |= set() if onder else {pad}
        stapel += [(f"{pad} {naam}".strip(), sub) for naam, sub in onder.items()]
    assert bladeren <= set(OPDRACHTEN) | set(SCHRIJVERS), bladeren - set(OPDRACHTEN) - set(
        SCHRIJVERS)


def _git(map_: Path) -> None:
    for opdracht in (["init", "-q"], ["add", "."],
                     ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "dossier"]):
        subprocess.run(["git", *opdracht], cwd=map_, check=True)


@pytest.fixture(scope="module")
def verre_toekomst(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Doorwerth, met elke datum in het jaar 9999, in een eigen git-repository."""
    map_ = tmp_path_factory.mktemp("toekomst") / "doorwerth"
    shutil.copytree(DOORWERTH, map_)
    for bestand in map_.rglob("*.yaml"):
        tekst = bestand.read_text(encoding="utf-8")
        # ook datums van verminderde precisie (2014-03): "20JJ-MM" wordt "99JJ-MM"
        bestand.write_text(re.sub(r"\b20(\d\d)-(\d\d)\b", r"99\1-\2", tekst),
                           encoding="utf-8")
    _git(map_)
    return map_


def _een_nederlandse_fout(uitkomst: object, code: int) -> str:
    uitvoer: str = uitkomst.output  # type: ignore[attr-defined]
    assert uitkomst.exit_code == code, uitvoer  # type: ignore[attr-defined]
    assert "Traceback" not in uitvoer and "Error" not in uitvoer
    assert uitkomst.exception is None or isinstance(  # type: ignore[attr-defined]
        uitkomst.exception, SystemExit)  # type: ignore[attr-defined]
    assert "stelsel: " in uitvoer or ": fout: " in uitvoer
    return uitvoer


# Deze opdrachten lezen een bestand met de datum (of het hele dossier) en noemen die fout als
# oorzaak. (verloop toont de geschiedenis en markeert een ongeldige stand; de analyses van één
# bestand lezen een bestand waarin toevallig geen datum staat.)
LEZEN_DE_DATUM = {"valideer", "programma nieuw", "analyse netwerk", "export netwerk", "nieuw",
                  "rapport", "vergelijk", "programma", "export agenda"}


@pytest.mark.parametrize("naam", sorted(OPDRACHTEN))
def test_datum_in_de_verre_toekomst(naam: str, verre_toekomst: Path, tmp_path: Path) -> None:
    """Vroeger crashten programma, export agenda, rapport en verloop op 9999-12-31."""
    uit = (verre_toekomst / "tafelkleden" / "nieuw.yaml" if naam == "nieuw"
           else tmp_path / "uit" / "x.md")
    uitkomst = runner.invoke(app, OPDRACHTEN[naam](verre_toekomst, uit))
    assert uitkomst.exit_code in (0, 1), uitkomst.output
    assert "Traceback" not in uitkomst.output
    assert uitkomst.exception is None or isinstance(uitkomst.exception, SystemExit)
    if uitkomst.exit_code == 1:
        _een_nederlandse_fout(uitkomst, 1)
    if naam in LEZEN_DE_DATUM:
        assert uitkomst.exit_code == 1
        assert "ligt buiten de jaren 1900–2100; is het jaartal een tikfout?" in uitkomst.output


@pytest.fixture()
def bestand(tmp_path: Path) -> Path:
    pad = tmp_path / "al-hier.txt"
    pad.write_text("van de gebruiker\n", encoding="utf-8")
    return pad


ALLE = {naam: o for naam, o in {**OPDRACHTEN, **SCHRIJVERS}.items() if naam != "valideer"}


@pytest.mark.parametrize("naam", sorted(ALLE))
def test_uit_onder_een_bestand(naam: str, bestand: Path) -> None:
    uitkomst = runner.invoke(app, ALLE[naam](DOORWERTH, bestand / "sub" / "x.md"))
    uitvoer = _een_nederlandse_fout(uitkomst, 2)
    assert f"'{bestand}" in uitvoer
    assert bestand.read_text(encoding="utf-8") == "van de gebruiker\n"


@pytest.mark.parametrize("naam", sorted(ALLE))
def test_uit_is_een_bestaand_bestand(naam: str, bestand: Path) -> None:
    uitkomst = runner.invoke(app, ALLE[naam](DOORWERTH, bestand))
    _een_nederlandse_fout(uitkomst, 2)
    assert bestand.read_text(encoding="utf-8") == "van de gebruiker\n"


# rapport en portfolio schrijven in een map (--uit); valideer schrijft niets.
@pytest.mark.parametrize("naam", sorted(set(OPDRACHTEN) - {"valideer", "rapport", "portfolio"}))
def test_uit_is_een_map(naam: str, tmp_path: Path) -> None:
    (tmp_path / "iets.md").write_text("x\n", encoding="utf-8")
    uitkomst = runner.invoke(app, OPDRACHTEN[naam](DOORWERTH, tmp_path))
    _een_nederlandse_fout(uitkomst, 2)


def test_onverwachte_fout_is_een_interne_fout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Een bug (hier nagebootst) geeft exit 3 en zegt wat te melden; de traceback alleen met
    --debug."""
    from stelselkit.opdrachten import valideren

    def kapot(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("nagebootst")

    monkeypatch.setattr(valideren, "valideer", kapot)
    uitkomst = runner.invoke(app, ["valideer", str(DOORWERTH)])
    assert uitkomst.exit_code == 3
    assert "stelsel: interne fout (ZeroDivisionError)" in uitkomst.output
    assert "Meld hem" in uitkomst.output and "Traceback" not in uitkomst.output
    met_debug = runner.invoke(app, ["valideer", str(DOORWERTH), "--debug"])
    assert met_debug.exit_code == 3
    assert "Traceback" in met_debug.output and "nagebootst" in met_debug.output


def test_besturingssysteem_zegt_nee(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Een volle schijf (nagebootst: als root is schrijfrecht niet af te nemen) → exit 2."""
    import errno
    import os

    def vol(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "m.md"))

    monkeypatch.setattr("stelselkit.uitvoer.schrijven.os.replace", vol)
    uitkomst = runner.invoke(app, ["matrix", str(OOSTERBEEK), "--uit", str(tmp_path / "m.md")])
    uitvoer = _een_nederlandse_fout(uitkomst, 2)
    assert "de schijf is vol" in uitvoer
    assert list(tmp_path.iterdir()) == []  # geen half bestand, geen tijdelijk bestand


@pytest.mark.parametrize("opdracht", [
    ["programma", str(DOORWERTH), "--vandaag", "9999-12-31"],
    ["rapport", str(DOORWERTH), "--uit", "x", "--vandaag", "0001-01-01"],
])
def test_vandaag_in_de_verre_toekomst(opdracht: list[str]) -> None:
    uitvoer = _een_nederlandse_fout(runner.invoke(app, opdracht), 2)
    assert "ligt buiten de jaren 1900–2100" in uitvoer


@pytest.fixture()
def alleen_lezen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Een map zonder schrijfrecht. Als root (CI-containers) geeft chmod dat niet: dan weigert
    het besturingssysteem hier nagebootst, op het niveau van de systeemaanroepen (open, mkdir,
    rename), zodat elke schrijver het merkt, hoe hij ook schrijft."""
    import builtins
    import errno
    import io
    import os

    shutil.copytree(DOORWERTH, tmp_path / "doorwerth")  # voor 'nieuw', dat in een dossier schrijft
    map_ = tmp_path / "doorwerth" / "alleen-lezen"
    map_.mkdir()
    map_.chmod(0o555)
    if os.geteuid() != 0:
        yield map_
        map_.chmod(0o755)
        return

    def geweigerd(pad: object) -> bool:
        return str(os.path.abspath(os.fspath(pad))).startswith(str(map_))  # type: ignore[arg-type]

    def weiger(pad: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(pad))  # type: ignore[arg-type]

    echt_open, echt_os_open = builtins.open, os.open
    echt_mkdir, echt_replace, echt_rename = os.mkdir, os.replace, os.rename

    def nep_open(pad: object, modus: str = "r", *args: object, **kwargs: object) -> object:
        if isinstance(pad, str | os.PathLike) and set(modus) & set("wax+") and geweigerd(pad):
            weiger(pad)
        return echt_open(pad, modus, *args, **kwargs)  # type: ignore[call-overload]

    def nep_os_open(pad: object, vlaggen: int, *args: object, **kwargs: object) -> int:
        if vlaggen & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and geweigerd(pad):
            weiger(pad)
        return echt_os_open(pad, vlaggen, *args, **kwargs)  # type: ignore[arg-type]

    def nep_mkdir(pad: object, *args: object, **kwargs: object) -> None:
        if geweigerd(pad) and os.fspath(pad) != str(map_):  # type: ignore[arg-type]
            weiger(pad)
        echt_mkdir(pad, *args, **kwargs)  # type: ignore[arg-type]

    def nep_hernoem(echt: Callable[..., None]) -> Callable[..., None]:
        def hernoem(bron: object, doel: object, *args: object, **kwargs: object) -> None:
            if geweigerd(doel):
                weiger(doel)
            echt(bron, doel, *args, **kwargs)
        return hernoem

    monkeypatch.setattr(builtins, "open", nep_open)
    monkeypatch.setattr(io, "open", nep_open)
    monkeypatch.setattr(os, "open", nep_os_open)
    monkeypatch.setattr(os, "mkdir", nep_mkdir)
    monkeypatch.setattr(os, "replace", nep_hernoem(echt_replace))
    monkeypatch.setattr(os, "rename", nep_hernoem(echt_rename))
    yield map_
    map_.chmod(0o755)


@pytest.mark.parametrize("naam", sorted(ALLE))
def test_uit_in_een_map_zonder_schrijfrecht(naam: str, alleen_lezen: Path) -> None:
    """Elke opdracht die schrijft, in een map waarin dat niet mag: één regel, exit 2, en niets
    achtergelaten."""
    doel = {"nieuw": alleen_lezen / "nieuw.yaml", "ci": alleen_lezen}.get(naam,
                                                                        alleen_lezen / "x.md")
    dossier = alleen_lezen.parent if naam == "nieuw" else DOORWERTH
    uitkomst = runner.invoke(app, ALLE[naam](dossier, doel))
    uitvoer = _een_nederlandse_fout(uitkomst, 2)
    assert f"stelsel: geen toestemming voor '{alleen_lezen}" in uitvoer
    assert list(alleen_lezen.iterdir()) == []


# --- de snelle weg van 'stelsel valideer' (stelselkit.start) heeft dezelfde foutgrens ---------

def test_snelle_weg_pijp_is_gebruiksfout(tmp_path: Path) -> None:
    import os
    import sys

    pijp = tmp_path / "pijp"
    os.mkfifo(pijp)
    uitkomst = subprocess.run([sys.executable, "-m", "stelselkit", "valideer", str(pijp)],
                              capture_output=True, text=True, timeout=60, check=False)
    assert uitkomst.returncode == 2
    assert uitkomst.stderr == (f"stelsel: '{pijp}' is geen map en geen gewoon bestand; geef een "
                               "dossiermap of een YAML-bestand\n")


def test_snelle_weg_interne_fout_zonder_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Een bug in de snelle weg: niets op stdout, dan de gewone opdrachtregel met haar foutgrens.
    from stelselkit import start

    def kapot(*_: object, **__: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(start, "_valideer", kapot)
    monkeypatch.setattr("stelselkit.opdrachten.valideren.valideer", kapot)
    monkeypatch.setattr("sys.argv", ["stelsel", "valideer", "--geen-cache", str(DOORWERTH)])
    with pytest.raises(SystemExit) as einde:
        start.main()
    assert einde.value.code == 3
    uit = capsys.readouterr()
    assert uit.out == ""
    assert uit.err.startswith("stelsel: interne fout (RuntimeError)")
    assert "Traceback" not in uit.err
