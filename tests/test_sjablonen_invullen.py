"""De sjablonen van ``stelsel init`` en ``stelsel nieuw`` zoals een mens ze invult.

Elk sjabloon is geldig zoals het er staat, en ook nadat de gebruiker elk voorbeeld erin aanzet
(de ``# `` weghaalt). Wie toch ``sleutel: {}`` of ``sleutel: []`` laat staan en er iets onder
zet, krijgt te horen dat de ``{}`` of ``[]`` weg moet.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.model import SOORTEN
from stelselkit.opdrachten import aanmaken

runner = CliRunner()
VANDAAG = dt.date(2014, 3, 1)
# Een uitgecommentarieerde YAML-regel: '# sleutel:' of '# - item' (uitleg begint met een hoofdletter
# of cijfer, en blijft dus staan).
_VOORBEELD = re.compile(r"^(\s*)# (?!yaml-language-server:)(\s*(?:- |[a-z][a-z0-9_-]*:(?: |$)).*)$")


def zet_voorbeelden_aan(tekst: str) -> tuple[str, int]:
    """Haal de '# ' weg voor elke voorbeeldregel, zoals een gebruiker zou doen."""
    regels, aantal = [], 0
    for regel in tekst.splitlines():
        treffer = _VOORBEELD.match(regel)
        if treffer:
            regel, aantal = treffer.group(1) + treffer.group(2), aantal + 1
        regels.append(regel)
    return "\n".join(regels) + "\n", aantal


def test_zet_voorbeelden_aan_laat_uitleg_staan() -> None:
    tekst = ("# Het dossier van Doorwerth: de buurt.\n# 1 thema in het midden\nsoort: x\n"
             "# schakels:\n#   a:\n#     - b: c\n")
    assert zet_voorbeelden_aan(tekst) == (
        "# Het dossier van Doorwerth: de buurt.\n# 1 thema in het midden\nsoort: x\n"
        "schakels:\n  a:\n    - b: c\n", 3)


@pytest.fixture
def vol_dossier(tmp_path: Path) -> Path:
    """Een dossier uit init, met van elke soort één bestand uit nieuw (de casus vóór de
    vissenkom, die een casus nodig heeft)."""
    map_ = tmp_path / "heveadorp"
    aanmaken.init(map_, buurt="Heveadorp", gemeente="Renkum", thema="Gezond Heveadorp",
                  vandaag=VANDAAG)
    for soort in sorted(set(SOORTEN) - {"dossier", "posities"}, key=lambda s: s == "vissenkom"):
        aanmaken.nieuw(soort, map_, vandaag=VANDAAG)
    return map_


def test_elk_sjabloon_geldig_na_aanzetten_van_de_voorbeelden(vol_dossier: Path) -> None:
    uitkomst = runner.invoke(app, ["valideer", "--geen-cache", str(vol_dossier)])
    assert uitkomst.exit_code == 0, uitkomst.output
    aangezet: dict[str, int] = {}
    for pad in sorted(vol_dossier.rglob("*.yaml")):
        tekst, aantal = zet_voorbeelden_aan(pad.read_text(encoding="utf-8"))
        pad.write_text(tekst, encoding="utf-8")
        aangezet[pad.relative_to(vol_dossier).as_posix()] = aantal
    # De voorbeelden staan er echt (anders bewijst groen niets): het tafelkleed heeft er 10
    # regels, het programma 7; de vissenkom en het netwerkprogramma hebben er ook.
    assert aangezet["tafelkleden/tafelkleed-2014-03-01.yaml"] == 10
    assert aangezet["programma-2014.yaml"] == 7
    assert aangezet["casussen/vissenkom-2014-03.yaml"] >= 8
    assert sum(aangezet.values()) > 60
    uitkomst = runner.invoke(app, ["valideer", "--geen-cache", str(vol_dossier)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "geen fouten" in uitkomst.output


def test_init_legt_het_dossier_aan_zoals_de_readme(tmp_path: Path) -> None:
    map_ = tmp_path / "wijk"
    uitkomst = runner.invoke(app, ["init", str(map_), "--buurt", "Heveadorp", "--gemeente",
                                   "Renkum", "--thema", "Gezond Heveadorp"])
    assert uitkomst.exit_code == 0, uitkomst.output
    kleden = sorted(p.relative_to(map_).as_posix() for p in map_.glob("tafelkleden/*.yaml"))
    assert len(kleden) == 1 and kleden[0].startswith("tafelkleden/tafelkleed-")
    assert not list(map_.glob("tafelkleed-*.yaml"))
    kleed = (map_ / kleden[0]).read_text(encoding="utf-8")
    assert kleed.startswith("# yaml-language-server: $schema=../.schema/tafelkleed.schema.json\n")
    # nieuw met de dossiermap zet een tafelkleed en een dorpsgesprek in hun eigen map
    for soort, map_naam in (("tafelkleed", "tafelkleden"), ("dorpsgesprek", "gesprekken")):
        uitkomst = runner.invoke(app, ["nieuw", soort, str(map_)])
        assert uitkomst.exit_code == 0, uitkomst.output
        nieuw = [p for p in (map_ / map_naam).glob(f"{soort}-*.yaml")]
        assert nieuw, uitkomst.output
        assert nieuw[-1].read_text(encoding="utf-8").startswith(
            f"# yaml-language-server: $schema=../.schema/{soort}.schema.json\n")


def test_vissenkom_vraagt_eerst_een_casus(tmp_path: Path) -> None:
    aanmaken.init(tmp_path, buurt="H", gemeente="Renkum", thema="T", vandaag=VANDAAG)
    uitkomst = runner.invoke(app, ["nieuw", "vissenkom", str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert "begin met 'stelsel nieuw casus'" in uitkomst.output
    assert not (tmp_path / "casussen").exists()


@pytest.mark.parametrize(("leeg", "eronder", "verwacht"), [
    ("ingredienten: {}", "  dorpshart: Behoefte aan een dorpshart",
     "5:3: fout: 'ingredienten' staat op regel 4 als lege verzameling ({}); verwijder de '{}' "
     "als je er sleutels onder zet"),
    ("ingredienten: {}   # nog leeg", "  dorpshart: Behoefte aan een dorpshart",
     "5:3: fout: 'ingredienten' staat op regel 4 als lege verzameling ({}); verwijder de '{}' "
     "als je er sleutels onder zet"),
    ("woorden: []", "  - samen",
     "5:3: fout: 'woorden' staat op regel 4 als lege lijst ([]); verwijder de '[]' als je er "
     "items onder zet"),

    # Een item dat even ver inspringt als de sleutel is in YAML ook een item van die sleutel.
    ("woorden: []", "- samen",
     "5:1: fout: 'woorden' staat op regel 4 als lege lijst ([]); verwijder de '[]' als je er "
     "items onder zet"),
])
def test_lege_verzameling_met_iets_eronder(tmp_path: Path, leeg: str, eronder: str,
                                           verwacht: str) -> None:
    soort = "tafelkleed" if "ingredienten" in leeg else "thema"
    pad = tmp_path / "x.yaml"
    pad.write_text(f"soort: {soort}\nversie: 1\nnaam: X\n{leeg}\n{eronder}\n", encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", "--geen-cache", str(pad)])
    assert uitkomst.exit_code == 1
    assert verwacht in uitkomst.output


def test_inspringfout_zonder_lege_verzameling_houdt_de_gewone_melding(tmp_path: Path) -> None:
    pad = tmp_path / "x.yaml"
    pad.write_text("soort: thema\nversie: 1\nnaam: X\nwoorden:\n  - a\n   b: c\n",
                   encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", "--geen-cache", str(pad)])
    assert uitkomst.exit_code == 1
    assert "verwijder de" not in uitkomst.output


def test_sleutel_naast_een_lege_verzameling_houdt_de_gewone_melding(tmp_path: Path) -> None:
    # Een sleutel even ver ingesprongen als 'ingredienten: {}' hoort er niet onder: geen hint.
    pad = tmp_path / "x.yaml"
    pad.write_text("soort: tafelkleed\nversie: 1\nnaam: X\ningredienten: {}\n- a\n",
                   encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", "--geen-cache", str(pad)])
    assert uitkomst.exit_code == 1
    assert "verwijder de" not in uitkomst.output
