"""Het eerste uur met ``stelsel``, zoals de README het beschrijft, door de CLI.

Een nieuwe gebruiker maakt een dossier, vult het tafelkleed in (met een tikfout), analyseert,
maakt rapporten en exporteert naar een bestand dat er al is. Elke stap: de exitcode
(0 goed, 1 ongeldige inhoud, 2 verkeerd gebruik) en een Nederlandse melding, nooit een traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.opdrachten import aanmaken

runner = CliRunner()
VANDAAG = dt.date(2014, 3, 1)


def _draai(*args: str, code: int) -> str:
    uitkomst = runner.invoke(app, list(args))
    assert uitkomst.exit_code == code, uitkomst.output
    assert "Traceback" not in uitkomst.output
    return uitkomst.output


def test_het_eerste_uur(tmp_path: Path) -> None:
    wijk = tmp_path / "wijk"
    _draai("init", str(wijk), "--buurt", "Heveadorp", "--gemeente", "Renkum", "--thema",
           "Gezond Heveadorp", code=0)
    kleed = next(wijk.glob("tafelkleden/tafelkleed-*.yaml"))
    # het voorbeeld aanzetten, met een tikfout in een sleutel
    tekst = re.sub(r"^# (\s*(?:ingredienten|schakels|dorpshart|ouderenadviseur|rol|achtergrond|"
                   r"posities|benadering|verhaal):)", r"\1", kleed.read_text(encoding="utf-8"),
                   flags=re.MULTILINE)
    kleed.write_text(tekst.replace("benadering:", "benaderin:"), encoding="utf-8")
    uitvoer = _draai("valideer", str(wijk), code=1)
    assert "onbekende sleutel 'benaderin'; bedoelde je 'benadering'?" in uitvoer
    assert "✗ 1 fout in 1 van 6 bestanden" in uitvoer
    kleed.write_text(tekst, encoding="utf-8")
    assert "geen fouten" in _draai("valideer", str(wijk), code=0)
    uitvoer = _draai("analyse", "netwerk", str(kleed), "--format", "json", code=0)
    kerncijfers = {k["id"]: k["waarde"] for k in json.loads(uitvoer)["kerncijfers"]}
    assert (kerncijfers["schakels"], kerncijfers["ingredienten"]) == (1, 1)  # het voorbeeld
    rapport = tmp_path / "rapport"
    _draai("rapport", str(wijk), "--uit", str(rapport), code=0)
    assert (rapport / "index.md").is_file()
    _draai("rapport", str(wijk), "--uit", str(rapport), code=0)  # opnieuw: eigen uitvoer
    eigen = tmp_path / "eigen"
    eigen.mkdir()
    (eigen / "index.md").write_text("mijn index\n", encoding="utf-8")
    _draai("rapport", str(wijk), "--uit", str(eigen), code=2)
    assert [p.name for p in eigen.iterdir()] == ["index.md"]
    svg = tmp_path / "kleed.svg"
    svg.write_text("van mij\n", encoding="utf-8")
    uitvoer = _draai("export", "netwerk", str(kleed), "--uit", str(svg), code=2)
    assert "bestaat al en is niet door stelsel gemaakt" in uitvoer
    assert svg.read_text(encoding="utf-8") == "van mij\n"
    _draai("nieuw", "thema-analyse", str(wijk), code=0)  # met een startmoment op de tijdlijn
    uitvoer = _draai("export", "agenda", str(wijk), "--uit", str(tmp_path / "wijk.ics"), code=0)
    assert "1 afspraak in de agenda" in uitvoer


def test_valideer_zonder_dossier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    uitvoer = _draai("valideer", code=1)
    assert uitvoer.endswith(
        "geen dossier en geen YAML-bestanden gevonden; maak een dossier met 'stelsel init'\n"
        "✗ 1 fout\n")


@pytest.mark.parametrize(("soort", "tip"), [("Tafelkleed", "; bedoelde je 'tafelkleed'? Kies"),
                                           ("xyz", "; kies")])
def test_nieuw_met_een_onbekende_soort(tmp_path: Path, soort: str, tip: str) -> None:
    aanmaken.init(tmp_path, buurt="H", gemeente="Renkum", thema="T", vandaag=VANDAAG)
    uitvoer = _draai("nieuw", soort, str(tmp_path), code=2)
    assert f"stelsel: onbekende soort '{soort}'{tip} uit: thema, posities, tafelkleed," in uitvoer


def test_nieuw_van_een_andere_soort_zegt_dat_eerst(tmp_path: Path) -> None:
    """dossier.yaml heeft een open periode; de soort is de fout, niet de periode."""
    aanmaken.init(tmp_path, buurt="H", gemeente="Renkum", thema="T", vandaag=VANDAAG)
    uitvoer = _draai("nieuw", "tafelkleed", str(tmp_path), "--van",
                     str(tmp_path / "dossier.yaml"), code=2)
    assert f"stelsel: '{tmp_path / 'dossier.yaml'}' is een dossier, geen tafelkleed" in uitvoer


def test_volgende_periode_na_een_open_periode(tmp_path: Path) -> None:
    """init maakt een programma en thema met een open periode vanaf vandaag. Een volgende cyclus
    op dezelfde dag zou even oud zijn: een gebruiksfout die zegt wat te doen."""
    aanmaken.init(tmp_path, buurt="H", gemeente="Renkum", thema="T", vandaag=VANDAAG)
    melding = ("de periode van het vorige bestand begint op 1 maart 2014 en heeft geen einde; de "
               "nieuwe zou dan op 2014-03-01 beginnen, niet erna. Zet eerst 'tot' in die periode")
    uitvoer = _draai("programma", "nieuw", str(tmp_path), "--vandaag", "2014-03-01", code=2)
    assert melding in uitvoer
    assert not (tmp_path / "programma-2014-2.yaml").exists()
    thema = str(tmp_path / "thema-t.yaml")
    assert melding in _draai("nieuw", "thema", str(tmp_path / "t2.yaml"), "--van", thema,
                             "--vandaag", "2014-03-01", code=2)
    _draai("programma", "nieuw", str(tmp_path), "--vandaag", "2014-09-01", code=0)
    _draai("nieuw", "thema", str(tmp_path / "t2.yaml"), "--van", thema, "--vandaag", "2014-09-01",
           code=0)
    assert "periode:\n  van: 2014-09-01\n" in (tmp_path / "t2.yaml").read_text(encoding="utf-8")
    assert "geen fouten" in _draai("valideer", "--geen-cache", str(tmp_path), code=0)


def test_uit_is_een_map_zegt_wat_wel_kan(tmp_path: Path) -> None:
    """Geen voorbeeld 'map/uitvoer.md' bij een agenda (.ics): de melding noemt geen extensie."""
    aanmaken.init(tmp_path / "wijk", buurt="H", gemeente="Renkum", thema="T", vandaag=VANDAAG)
    aanmaken.nieuw("thema-analyse", tmp_path / "wijk", vandaag=VANDAAG)
    (tmp_path / "uit").mkdir()
    uitvoer = _draai("export", "agenda", str(tmp_path / "wijk"), "--uit", str(tmp_path / "uit"),
                     code=2)
    assert uitvoer == (f"stelsel: '{tmp_path / 'uit'}' is een map; geef de naam van een bestand "
                       "(in die map of ernaast), of een andere map\n")
