"""De lekcontrole: de laatste verdediging van ``--openbaar`` (uitvoer/lekcontrole.py).

Elke test plant iets privés in een uitvoer zoals een renderer het zou schrijven (geëscapet,
gevouwen, over tags verdeeld) en verwacht dat er niets naar buiten gaat.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen.openbaar import Openbaar
from stelselkit.uitvoer.lekcontrole import Controle, Lek, leesvormen, publiceer
from stelselkit.uitvoer.schrijven import schrijf_uitvoer

runner = CliRunner()
BUURT = Path(__file__).parent / "fixtures" / "openbaar" / "buurt"


@pytest.fixture(scope="module")
def controle() -> Controle:
    # verwacht: privé in de fixture zijn Jan de Vries, Anna Weiß en İlker Şahin
    return Controle(Openbaar.voor([BUURT]))


@pytest.mark.parametrize("uitvoer", [
    "Jan de Vries",
    "JAN   DE\nVRIES",  # hoofdletters, witruimte
    '<node label="Jan de Vri&#235;s"/>',  # GEXF/GraphML: tekenverwijzing
    "<tspan>Het netwerk van Jan</tspan><tspan>de Vries</tspan>",  # SVG: over regels verdeeld
    "DESCRIPTION:Gesproken met Jan de \r\n Vries",  # iCalendar: gevouwen
    '{"naam": "Anna Wei\\u00df"}',  # JSON met ascii-escapes
    "Anna WEISS",  # ß als ss
    "ilker sahin",  # İ en Ş zonder accenten
    "s1[\"Jan de Vries #amp; co\"]",  # Mermaid-label
    "mail jan@devries.example",  # e-mailadres
    "bel 06 1234\r\n 5678",  # telefoonnummer, door het vouwen gesplitst
    "Kerkstraat 12, 6865 AB Doorwerth",  # contactwaarde uit het dossier
    "postcode 6865ab",
])
def test_privé_in_elke_vorm_wordt_gevonden(controle: Controle, uitvoer: str) -> None:
    with pytest.raises(Lek, match=r"rapport\.md"):
        controle.controleer(uitvoer, "rapport.md")


@pytest.mark.parametrize("uitvoer", [
    "Persoon 2 (bewoner) verbindt 3 ingrediënten",
    "Jan en Vries apart, Jannie de Vriesland",  # delen van een naam of langere woorden
    "002 instr. 3: elke kring; datum 2014-03-01; 12 schakels",
    '<svg viewBox="0 0 1200 800"><circle cx="10.5" cy="0.123456789"/></svg>',
    "de Berkenlaan<br>1 ingrediënt",  # straat naast een telling: geen adrescontrole op uitvoer
])
def test_gewone_uitvoer_gaat_door(controle: Controle, uitvoer: str) -> None:
    controle.controleer(uitvoer, "rapport.md")


def test_leesvormen_ontsnappen_en_ontvouwen() -> None:
    vormen = leesvormen('DESCRIPTION:a\\, b\r\n c &amp; <b>d</b> #quot;e#quot; ""f""')
    assert vormen[-1] == 'DESCRIPTION:a, bc &  d  "e" "f"'


def test_bij_een_lek_wordt_niets_geschreven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schoon, lek = tmp_path / "schoon.md", tmp_path / "lek.md"
    with pytest.raises(Lek, match=r"lek\.md"), publiceer(Openbaar.voor([BUURT])):
        print("op stdout")
        schrijf_uitvoer(schoon, "Persoon 2")
        schrijf_uitvoer(lek, "Jan de Vries")
    assert not schoon.exists() and not lek.exists()
    assert "op stdout" not in capsys.readouterr().out


def test_schone_uitvoer_wordt_na_afloop_geschreven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schoon = tmp_path / "schoon.md"
    with publiceer(Openbaar.voor([BUURT])):
        print("op stdout")
        schrijf_uitvoer(schoon, "Persoon 2")
        assert not schoon.exists()  # vastgehouden tot het einde
    assert schoon.read_text(encoding="utf-8") == "Persoon 2"
    assert capsys.readouterr().out == "op stdout\n"


def test_stdout_met_een_lek_gaat_niet_naar_buiten(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(Lek, match="stdout"), publiceer(Openbaar.voor([BUURT])):
        print("bel 06-12345678")
    assert capsys.readouterr().out == ""


def test_cli_huisstijl_met_een_telefoonnummer_publiceert_niets(tmp_path: Path) -> None:
    """Een eigen sjabloon (niet uit het dossier) met een telefoonnummer: exitcode 1, het kanaal
    genoemd, en geen enkel rapport op schijf."""
    sjablonen = tmp_path / "huisstijl" / "rapport"
    sjablonen.mkdir(parents=True)
    (sjablonen / "index.md.j2").write_text("# Buurt\n\nVragen? Bel 06-12345678.\n")
    dossier = tmp_path / "buurt"
    shutil.copytree(BUURT, dossier)
    uit = tmp_path / "rapport"
    uitkomst = runner.invoke(app, ["rapport", str(dossier), "--uit", str(uit), "--openbaar",
                                   "--sjablonen", str(tmp_path / "huisstijl")])
    assert uitkomst.exit_code == 1
    assert "index.md bevat een telefoonnummer" in uitkomst.output
    assert not uit.exists() or not any(uit.iterdir())
    # zonder --openbaar is dezelfde huisstijl gewoon toegestaan
    gewoon = runner.invoke(app, ["rapport", str(dossier), "--uit", str(uit),
                                 "--sjablonen", str(tmp_path / "huisstijl")])
    assert gewoon.exit_code == 0, gewoon.output
    assert "06-12345678" in (uit / "index.md").read_text(encoding="utf-8")
