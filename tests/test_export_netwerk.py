"""``stelsel export netwerk``: elk formaat tegen zijn eigen specificatie of een echte lezer.

- GEXF tegen de XSD van GEXF 1.2 (``tests/schemas/gexf-1.2``, met lxml);
- GraphML met yEd's ``y:ShapeNode`` (label, kleur per positie), gelezen door networkx;
- CSV als knopen- en verbindingenbestand (UTF-8 met BOM, ``;``) met Gephi's kolomnamen;
- xlsx teruggelezen met openpyxl;
- Kumu met getypeerde verbindingen.

Het netwerk is ``fixtures/netwerk/markt.yaml``: thema + 6 schakels + 9 ingrediënten = 16 knopen;
6 thema-lijnen + 11 schakel–ingrediënt-lijnen = 17 verbindingen.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree
from openpyxl import load_workbook
from typer.testing import CliRunner

from stelselkit.analyse.netwerkgraaf import KLEUREN, bouw_graaf, voeg_samen
from stelselkit.cli import app
from stelselkit.lezen.netwerkbron import lees_kleed
from stelselkit.uitvoer.netwerk import als_xlsx, gexf

runner = CliRunner()
HIER = Path(__file__).parent
MARKT = HIER / "fixtures/netwerk/markt.yaml"
VOORBEELDEN = HIER.parent / "examples"
GEXF_XSD = etree.XMLSchema(etree.parse(str(HIER / "schemas/gexf-1.2/gexf.xsd")))
G = "{http://www.gexf.net/1.2}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
Y = "{http://www.yworks.com/xml/graphml}"


def _export(formaat: str, uit: Path, bron: Path = MARKT, *extra: str) -> None:
    uitkomst = runner.invoke(app, ["export", "netwerk", str(bron), "--format", formaat,
                                   "--uit", str(uit), *extra])
    assert uitkomst.exit_code == 0, uitkomst.output


def _markt() -> object:
    return voeg_samen([lees_kleed(MARKT)])


@pytest.mark.parametrize("bron", [MARKT, VOORBEELDEN / "doorwerth", VOORBEELDEN / "oosterbeek"],
                         ids=["markt", "doorwerth", "oosterbeek"])
def test_gexf_is_geldig_volgens_de_xsd(bron: Path, tmp_path: Path) -> None:
    _export("gexf", tmp_path / "netwerk.gexf", bron)
    document = etree.parse(str(tmp_path / "netwerk.gexf"))
    assert GEXF_XSD.validate(document), GEXF_XSD.error_log


def test_gexf_inhoud() -> None:
    wortel = etree.fromstring(gexf(_markt()).encode())  # type: ignore[arg-type]
    assert wortel.get("version") == "1.2"
    assert wortel.find(f"{G}meta").get("lastmodifieddate") == "2014-03-01"
    knopen = wortel.findall(f".//{G}node")
    assert len(knopen) == 16 and len(wortel.findall(f".//{G}edge")) == 17
    titels = {a.get("id"): a.get("title")
              for a in wortel.find(f".//{G}attributes[@class='node']")}
    ans = next(k for k in knopen if k.get("id") == "schakel:ans")
    waarden = {titels[w.get("for")]: w.get("value") for w in ans.iter(f"{G}attvalue")}
    assert (ans.get("label"), waarden["positie"], waarden["kant"]) == (
        "Ans (bakker)", "partner", "lokaal")


def test_de_xsd_keurt_echt_af() -> None:
    """De GEXF die networkx schrijft (draft-namespace, ``<graph name=…>``) is niet geldig: de
    validatie hierboven kan dus falen."""
    tekst = "\n".join(nx.generate_gexf(bouw_graaf(_markt())))  # type: ignore[arg-type]
    assert not GEXF_XSD.validate(etree.fromstring(tekst.encode()))
    geldig = gexf(_markt()).replace('label="Ans (bakker)"', "")  # type: ignore[arg-type]
    assert GEXF_XSD.validate(etree.fromstring(geldig.encode()))
    kapot = gexf(_markt()).replace('mode="static"', 'mode="statisch"')  # type: ignore[arg-type]
    assert not GEXF_XSD.validate(etree.fromstring(kapot.encode()))


def test_graphml_heeft_yed_labels_en_kleuren_per_positie(tmp_path: Path) -> None:
    _export("graphml", tmp_path / "markt.graphml")
    wortel = etree.parse(str(tmp_path / "markt.graphml")).getroot()
    sleutel = wortel.find(f"{GRAPHML}key[@yfiles.type='nodegraphics']")
    assert sleutel is not None
    graaf = bouw_graaf(_markt())  # type: ignore[arg-type]
    knopen = wortel.findall(f".//{GRAPHML}node")
    assert len(knopen) == 16
    for knoop in knopen:
        vak = knoop.find(f".//{Y}ShapeNode")
        assert vak is not None, knoop.get("id")
        data = graaf.nodes[knoop.get("id")]
        label = vak.find(f"{Y}NodeLabel")
        assert " ".join(label.text.split()) == " ".join(data["label"].split())
        if data["soort"] == "schakel":
            assert vak.find(f"{Y}Fill").get("color") == KLEUREN[data["positie"]].upper()
            assert label.get("textColor") == "#FFFFFF"
        assert float(vak.find(f"{Y}Geometry").get("width")) > 0
    # networkx leest het als GraphML, inclusief yEd's plek en vorm.
    gelezen = nx.read_graphml(tmp_path / "markt.graphml")
    assert (gelezen.number_of_nodes(), gelezen.number_of_edges()) == (16, 17)
    assert gelezen.nodes["schakel:ans"]["positie"] == "partner"
    assert gelezen.nodes["schakel:ans"]["shape_type"] == "roundrectangle"


def test_csv_is_een_knopen_en_een_verbindingenbestand(tmp_path: Path) -> None:
    _export("csv", tmp_path / "markt.csv")
    knopen_ruw = (tmp_path / "markt-knopen.csv").read_bytes()
    verbindingen_ruw = (tmp_path / "markt-verbindingen.csv").read_bytes()
    assert knopen_ruw.startswith(b"\xef\xbb\xbfId;Label;")
    assert verbindingen_ruw.startswith(b"\xef\xbb\xbfSource;Target;Type;")
    assert not (tmp_path / "markt.csv").exists()
    knopen = list(csv.DictReader(io.StringIO(knopen_ruw.decode("utf-8-sig")), delimiter=";"))
    verbindingen = list(csv.DictReader(io.StringIO(verbindingen_ruw.decode("utf-8-sig")),
                                       delimiter=";"))
    assert (len(knopen), len(verbindingen)) == (16, 17)
    ans = next(r for r in knopen if r["Id"] == "schakel:ans")
    assert (ans["Label"], ans["positie"], ans["kant"]) == ("Ans (bakker)", "partner", "lokaal")
    weerd = next(r for r in verbindingen if r["Target"] == "ingredient:weerd")
    assert (weerd["Source"], weerd["Type"]) == ("schakel:ans", "Undirected")
    assert {r["Source"] for r in verbindingen} | {r["Target"] for r in verbindingen} <= {
        r["Id"] for r in knopen}


def test_xlsx_leest_terug_met_openpyxl(tmp_path: Path) -> None:
    _export("xlsx", tmp_path / "markt.xlsx")
    werkmap = load_workbook(tmp_path / "markt.xlsx", read_only=True)
    assert werkmap.sheetnames == ["knopen", "verbindingen"]
    knopen = list(werkmap["knopen"].iter_rows(values_only=True))
    verbindingen = list(werkmap["verbindingen"].iter_rows(values_only=True))
    assert knopen[0][:3] == ("Id", "Label", "soort")
    assert verbindingen[0] == ("Source", "Target", "Type", "soort")
    assert (len(knopen), len(verbindingen)) == (17, 18)  # met kopregel
    ans = next(r for r in knopen if r[0] == "schakel:ans")
    assert ans[:4] == ("schakel:ans", "Ans (bakker)", "schakel", "partner")
    # Dezelfde invoer, dezelfde bytes: ook 'gewijzigd' komt uit de data, niet van de klok.
    assert werkmap.properties.modified == dt.datetime(2014, 3, 1)
    assert werkmap.properties.created == dt.datetime(2014, 3, 1)
    assert als_xlsx(_markt()) == als_xlsx(_markt())  # type: ignore[arg-type]
    assert (tmp_path / "markt.xlsx").read_bytes() == als_xlsx(_markt())  # type: ignore[arg-type]


def test_xlsx_en_csv_openbaar(tmp_path: Path) -> None:
    kleed = tmp_path / "k.yaml"
    kleed.write_text(
        "soort: tafelkleed\ntitel: Test\ndatum: 2014-01-01\ningredienten:\n  a: Markt\n"
        "schakels:\n  jan:\n    naam: Jan Jansen\n    prive: true\n    ingredienten: [a]\n",
        encoding="utf-8")
    _export("xlsx", tmp_path / "k.xlsx", kleed, "--openbaar")
    cellen = [c for r in load_workbook(tmp_path / "k.xlsx")["knopen"].iter_rows(values_only=True)
              for c in r]
    assert "Persoon 1" in cellen and not any("Jan Jansen" in str(c) for c in cellen)
    _export("csv", tmp_path / "k.csv", kleed, "--openbaar")
    tekst = (tmp_path / "k-knopen.csv").read_text(encoding="utf-8-sig")
    assert "Persoon 1" in tekst and "Jan Jansen" not in tekst


@pytest.mark.parametrize("formaat", ["csv", "xlsx"])
def test_csv_en_xlsx_vragen_uit(formaat: str) -> None:
    uitkomst = runner.invoke(app, ["export", "netwerk", str(MARKT), "--format", formaat])
    assert uitkomst.exit_code == 2
    assert "--uit" in uitkomst.output


def test_kumu_verbindingen_hebben_een_type(tmp_path: Path) -> None:
    _export("kumu", tmp_path / "markt.json")
    data = json.loads((tmp_path / "markt.json").read_text(encoding="utf-8"))
    per_paar = {(c["from"], c["to"]): c for c in data["connections"]}
    assert per_paar[("Ontdek de ruimte", "Ans (bakker)")]["type"] == "Partner"
    assert per_paar[("Ontdek de ruimte", "koster")]["type"] == "Gebruiker"
    assert per_paar[("Ontdek de ruimte", "consulent zorgloket")]["type"] == "Positie onbekend"
    assert per_paar[("Ans (bakker)", "Winkelcentrum De Weerd")]["type"] == "Ingrediënt"
    assert {c["direction"] for c in data["connections"]} == {"undirected"}
    assert len(data["connections"]) == 17


# --- het afdrukbare tafelkleed -----------------------------------------------------------------

SVG = "{http://www.w3.org/2000/svg}"
NEGEN_PT = 9 * 25.4 / 72 * 10  # 9 pt in 0,1 mm: de eenheid van het vel


def _svg(bron: Path, *extra: str) -> etree._Element:
    uitkomst = runner.invoke(app, ["export", "netwerk", str(bron), "--format", "svg",
                                   "--vandaag", "2030-01-01", *extra])
    assert uitkomst.exit_code == 0, uitkomst.output
    return etree.fromstring(uitkomst.output.encode())


def _teksten(wortel: etree._Element) -> list[str]:
    return [" ".join(" ".join(t.itertext()).split()) for t in wortel.iter(f"{SVG}text")]


def _ingredienten(bron: Path) -> list[str]:
    from stelselkit.opdrachten.netwerk import netwerk_van

    netwerk = netwerk_van([str(bron)], dt.date(2030, 1, 1))
    return [" ".join(netwerk.ingredient_tekst(i).split()) for i in netwerk.ingredienten]


@pytest.mark.parametrize(("bron", "papier", "breedte", "genummerd"), [
    (VOORBEELDEN / "doorwerth", None, "840mm", False),  # 73 ingrediënten, tot 160 tekens: A1
    (VOORBEELDEN / "doorwerth", "A2", "594mm", True),
    (VOORBEELDEN / "oosterbeek", "A3", "420mm", True),
    (VOORBEELDEN / "oosterbeek", "A0", "1188mm", False),
])
def test_svg_eerlijk_afdrukken(bron: Path, papier: str | None, breedte: str,
                               genummerd: bool) -> None:
    wortel = _svg(bron, *(["--papier", papier] if papier else []))
    assert wortel.get("width") == breedte
    # Elke letter ten minste 9 pt op dit vel (eenheden van 0,1 mm), en niets afgekapt.
    assert min(float(t.get("font-size")) for t in wortel.iter(f"{SVG}text")) >= NEGEN_PT
    zichtbaar = _teksten(wortel)
    assert not any("…" in t for t in zichtbaar)
    ingredienten = _ingredienten(bron)
    naam = papier or "A1"
    assert f"Afdrukken op {naam} liggend: elke tekst is dan ten minste 9 pt" in zichtbaar
    if genummerd:
        # Aan de rand de nummers, rechts de lijst met elke tekst helemaal.
        assert {str(n) for n in range(1, len(ingredienten) + 1)} <= set(zichtbaar)
        assert "Ingrediënten" in zichtbaar
    for tekst in ingredienten:
        assert tekst in zichtbaar, tekst


def test_svg_te_klein_vel_is_een_gebruiksfout() -> None:
    uitkomst = runner.invoke(app, ["export", "netwerk", str(VOORBEELDEN / "doorwerth"),
                                   "--format", "svg", "--papier", "A3",
                                   "--vandaag", "2030-01-01"])
    assert uitkomst.exit_code == 2
    assert "past niet leesbaar op A3" in uitkomst.output


def test_papier_alleen_bij_svg() -> None:
    uitkomst = runner.invoke(app, ["export", "netwerk", str(MARKT), "--format", "gexf",
                                   "--papier", "A2"])
    assert uitkomst.exit_code == 2 and "--papier hoort bij --format svg" in uitkomst.output


def test_svg_rendert_in_rsvg(tmp_path: Path) -> None:
    """librsvg (rsvg-convert) tekent het vel; zonder rsvg-convert overgeslagen."""
    import shutil
    import subprocess

    if shutil.which("rsvg-convert") is None:
        pytest.skip("rsvg-convert ontbreekt (apt-get install librsvg2-bin); SVG niet gerenderd")
    _export("svg", tmp_path / "markt.svg")
    subprocess.run(["rsvg-convert", "-w", "420", str(tmp_path / "markt.svg"), "-o",
                    str(tmp_path / "markt.png")], check=True)
    assert (tmp_path / "markt.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
