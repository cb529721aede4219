"""``herkomst: bron | reconstructie | plaatshouder``: wat niet uit een bron komt, zegt dat."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from stelselkit.analyse import netwerk
from stelselkit.cli import app
from stelselkit.lezen.netwerkbron import lees_kleed
from stelselkit.model.basis import Herkomst

runner = CliRunner()


def test_herkomst_als_tekst_of_met_bron() -> None:
    assert Herkomst.model_validate("reconstructie").vermelding == "reconstructie"
    volledig = Herkomst.model_validate(
        {"soort": "plaatshouder", "bron": "001 §4.2", "toelichting": "de datum"})
    assert volledig.vermelding == "plaatshouder: de datum"
    assert Herkomst.model_validate("bron").vermelding is None


def test_een_onbekende_herkomst_is_een_nederlandse_fout(tmp_path: Path) -> None:
    pad = tmp_path / "kleed.yaml"
    pad.write_text("soort: tafelkleed\ntitel: T\ndatum: 2014\nherkomst: verzonnen\n", "utf-8")
    uitkomst = runner.invoke(app, ["valideer", str(pad)])
    assert uitkomst.exit_code == 1
    assert "kleed.yaml:4:11" in uitkomst.output
    assert "kies uit: bron, reconstructie, plaatshouder" in uitkomst.output


def test_elke_bevinding_over_een_gereconstrueerd_kleed_zegt_dat(tmp_path: Path) -> None:
    pad = tmp_path / "kleed.yaml"
    pad.write_text(
        "soort: tafelkleed\ntitel: T\ndatum: 2014-03\n"
        "herkomst: {soort: reconstructie, toelichting: uit een verslag}\n"
        "ingredienten: {x: X}\nschakels:\n  a: {naam: A, ingredienten: [x]}\n", "utf-8")
    resultaat = netwerk.analyseer_kleden([lees_kleed(pad)])
    assert resultaat.bevindingen
    let_op = f"Let op: dit rust op '{pad}' (reconstructie: uit een verslag)."
    assert all(b.tekst.endswith(let_op) for b in resultaat.bevindingen)
    # zonder herkomst: geen 'Let op'
    pad.write_text(pad.read_text("utf-8").replace(
        "herkomst: {soort: reconstructie, toelichting: uit een verslag}\n", ""), "utf-8")
    zonder = netwerk.analyseer_kleden([lees_kleed(pad)])
    assert not any("Let op" in b.tekst for b in zonder.bevindingen)
