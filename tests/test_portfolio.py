"""``stelsel portfolio``: de website uit de openbare versie, toestemming, beelden zonder EXIF.

De browser-tests (tekenen, zoeken, toetsenbord, geen verzoeken) staan in
``test_portfolio_browser.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from stelselkit.analyse.portfolio import Index, over_persoon, verzamel
from stelselkit.cli import app
from stelselkit.fouten import InhoudsFout
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.lezen.openbaar import Openbaar
from stelselkit.model import Portfolio
from stelselkit.opdrachten.portfolio import lekcontrole, maak_site
from stelselkit.uitvoer.beelden import zonder_metadata

VOORBEELDEN = Path(__file__).resolve().parents[1] / "examples"
GEPLANT = Path(__file__).parent / "fixtures" / "portfolio" / "dorp"
# Wat het geplante dossier privé houdt: in geen enkel bestand van de site mag het staan.
PRIVE = ("Gerrit Geheim", "gerrit@example.org", "06-12345678", "Jannie Verborgen",
         "Kastanjelaan 12", "Nooit Zichtbaar")
VANDAAG = dt.date(2014, 7, 1)

runner = CliRunner()


def _site_tekst(map_: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in sorted(map_.rglob("*"))
                     if p.is_file())


def test_voorbeeld_doorwerth_geeft_een_site_met_alles_op_zijn_plek(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["portfolio", str(VOORBEELDEN / "doorwerth"), "--uit",
                                   str(tmp_path / "site"), "--vandaag", "2014-07-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    site = tmp_path / "site"
    thema = site / "doorwerth" / "portfolio-nieuw-wonen"
    for pad in ("index.html", "stijl.css", "js/sigma.min.js", "js/graphology.umd.min.js",
                "js/tafelkleed.js", "js/LICENSE-sigma.txt", "doorwerth/index.html"):
        assert (site / pad).is_file(), pad
    for pad in ("index.html", "poster-a4.html", "poster-a3.html", "tafelkleed.svg",
                "beelden/beeld-brainstormbord.png"):
        assert (thema / pad).is_file(), pad
    pagina = (thema / "index.html").read_text(encoding="utf-8")
    # De volgorde van de thema-analyse (002 instr. 2).
    koppen = re.findall(r'<h2 id="([a-z-]+)"', pagina)
    assert koppen == ["woorden", "verhaal", "ideeen", "voorbeelden", "initiatieven",
                      "uitspraken", "netwerk", "tijdlijn", "zichtbaar"]
    assert '<html lang="nl">' in pagina
    assert 'alt="Het brainstormbord Nieuw Wonen: het thema in het midden' in pagina
    # Het verhaal zonder toestemming blijft weg; de CLI zegt dat.
    assert "Binnen een paar weken een appartement" not in pagina
    assert "'verhaal-berkenlaan' niet gepubliceerd: gaat over een persoon en heeft geen " \
        "toestemming" in uitkomst.output
    # Geen scores, geen bevindingen: de site toont verhalen.
    assert "score" not in pagina.casefold() and "bevinding" not in pagina.casefold()
    # Geen verzoek naar buiten: elke src en href is relatief of een anker.
    for bestand in site.rglob("*.html"):
        links = re.findall(r'(?:src|href)="([^"]+)"', bestand.read_text(encoding="utf-8"))
        assert links and all(not re.match(r"[a-z]+:|//", link) for link in links), bestand


def test_zelfde_invoer_zelfde_bytes(tmp_path: Path) -> None:
    eerst = maak_site([VOORBEELDEN / "doorwerth"], VANDAAG).bestanden
    dan = maak_site([VOORBEELDEN / "doorwerth"], VANDAAG).bestanden
    assert eerst == dan


def test_netwerk_van_de_site_heeft_de_knopen_van_het_kleed() -> None:
    bestanden = maak_site([VOORBEELDEN / "doorwerth"], VANDAAG).bestanden
    pagina = bestanden["doorwerth/portfolio-nieuw-wonen/index.html"]
    assert isinstance(pagina, str)
    data = re.search(r'<script type="application/json" id="kleed-data">(.*?)</script>', pagina)
    assert data
    # buurtkracht-2014: 22 schakels en 73 ingrediënten, plus het thema in het midden.
    assert data.group(1).count('"id":') == 1 + 22 + 73


def test_geplant_dossier_lekt_niets(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["portfolio", str(GEPLANT), "--uit", str(tmp_path / "site"),
                                   "--vandaag", "2014-07-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    tekst = _site_tekst(tmp_path / "site").casefold()
    for prive in PRIVE:
        assert prive.casefold() not in tekst, prive
    # De privé-schakel staat er wel, als pseudoniem; de openbare schakel met toestemming ook.
    assert re.search(r"persoon \d+", tekst)
    assert "wijkagent" in tekst
    # Zonder toestemming weg: de uitspraak van de privé-persoon, het herkenbare beeld.
    assert "'beeld-buren' niet gepubliceerd" in uitkomst.output
    assert "buren op het plein" not in tekst


@pytest.mark.parametrize("bestand", [
    {"a.html": "<p>Gerrit&#32;Geheim</p>"},
    {"b.js": '{"l":"Gerrit\\u0020Geheim"}'},
    {"c.svg": "<text><tspan>Gerrit</tspan><tspan>Geheim</tspan></text>"},
    {"d.html": "mail gerrit@example.org"},
])
def test_lekcontrole_vindt_ook_ontsnapte_en_gecodeerde_namen(bestand: dict[str, str]) -> None:
    openbaar = Openbaar.voor([GEPLANT])
    with pytest.raises(InhoudsFout, match=re.escape(f"{next(iter(bestand))} bevat")):
        lekcontrole(dict(bestand), openbaar)  # type: ignore[arg-type]
    lekcontrole({"e.html": "Gerrit-Geheimzinnig en Persoon 3"}, openbaar)


def test_lekcontrole_weigert_een_beeld_met_metadata(tmp_path: Path) -> None:
    uit = io.BytesIO()
    exif = Image.Exif()
    exif[0x013B] = "de fotograaf"
    Image.new("RGB", (4, 4)).save(uit, format="JPEG", exif=exif.tobytes())
    with pytest.raises(InhoudsFout, match=r"foto\.jpg heeft nog metadata"):
        lekcontrole({"foto.jpg": uit.getvalue()}, Openbaar.voor([GEPLANT]))
    lekcontrole({"foto.jpg": zonder_metadata(_als_bestand(tmp_path, uit.getvalue()))},
                Openbaar.voor([GEPLANT]))


def _als_bestand(map_: Path, data: bytes) -> Path:
    pad = map_ / "foto.jpg"
    pad.write_bytes(data)
    return pad


def test_beeld_zonder_exif(tmp_path: Path) -> None:
    beeld = Image.new("RGB", (40, 30), "#336699")
    exif = Image.Exif()
    exif[0x013B] = "Jannie Verborgen"  # Artist
    exif[0x0112] = 6  # oriëntatie: 90° gedraaid
    pad = tmp_path / "foto.jpg"
    beeld.save(pad, exif=exif.tobytes(), comment=b"Kastanjelaan 12")
    schoon = zonder_metadata(pad)
    assert b"Jannie" not in schoon and b"Kastanjelaan" not in schoon
    with Image.open(io.BytesIO(schoon)) as terug:
        assert dict(terug.getexif()) == {}
        assert terug.size == (30, 40)  # rechtop gezet voordat de oriëntatie verdween


def test_beeld_dat_geen_beeld_is(tmp_path: Path) -> None:
    pad = tmp_path / "tekening.svg"
    pad.write_text("<svg/>", encoding="utf-8")
    with pytest.raises(InhoudsFout, match=r"als \.gif, \.jpeg, \.jpg, \.png, \.webp"):
        zonder_metadata(pad)


def test_toestemming_bepaalt_wat_meegaat(tmp_path: Path) -> None:
    dossier = laad_dossier(GEPLANT)
    ingelezen, portfolio = dossier.van_soort(Portfolio)[0]
    materiaal = verzamel(dossier, portfolio, ingelezen.naam, VANDAAG, Index.van(dossier))
    assert [(w.lijst, w.id) for w in materiaal.weggelaten] == [
        ("uitspraken", "uitspraak-gerrit"), ("beelden", "beeld-buren")]
    assert [u.id for u in materiaal.uitspraken] == ["uitspraak-plein"]
    # Vóór de dag van de toestemming gaat het tafelkleed ook niet mee.
    vroeg = verzamel(dossier, portfolio, ingelezen.naam, dt.date(2014, 1, 1))
    assert ("tafelkleden", "plein") in [(w.lijst, w.id) for w in vroeg.weggelaten]


def test_wat_over_een_persoon_gaat() -> None:
    dossier = laad_dossier(VOORBEELDEN / "doorwerth")
    index = Index.van(dossier)
    assert over_persoon(index.tafelkleden["buurtkracht-2014"][1])  # noemt mensen met naam
    assert not over_persoon(index.uitspraken["uitspraak-er-is-niks"])  # "een andere meneer"
    assert not over_persoon(index.dorpsgesprekken["dorpsgesprek-nieuw-wonen"])


def test_zonder_uit_is_gebruiksfout() -> None:
    uitkomst = runner.invoke(app, ["portfolio", str(VOORBEELDEN / "doorwerth")])
    assert uitkomst.exit_code == 2
    assert "geef met --uit de map" in uitkomst.output


def test_dossier_zonder_portfolio_geeft_een_site_die_dat_zegt(tmp_path: Path) -> None:
    """Stabiel voor CI: een nieuw dossier zonder portfolio breekt de publicatie niet."""
    shutil.copytree(Path(__file__).parent / "formaat" / "dossier", tmp_path / "d")
    uitkomst = runner.invoke(app, ["portfolio", str(tmp_path / "d"), "--uit",
                                   str(tmp_path / "site")])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "Proefbuurt heeft nog geen portfolio" in uitkomst.output
    assert "Deze buurt heeft nog geen portfolio." in (tmp_path / "site" / "index.html").read_text(
        encoding="utf-8")


def test_bestaand_bestand_van_de_gebruiker_blijft(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("mijn eigen pagina", encoding="utf-8")
    uitkomst = runner.invoke(app, ["portfolio", str(VOORBEELDEN / "doorwerth"), "--uit",
                                   str(site)])
    assert uitkomst.exit_code == 2
    assert (site / "index.html").read_text(encoding="utf-8") == "mijn eigen pagina"


def _luminantie(kleur: str) -> float:
    def kanaal(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(kleur[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * kanaal(r) + 0.7152 * kanaal(g) + 0.0722 * kanaal(b)


def _contrast(a: str, b: str) -> float:
    hoog, laag = sorted((_luminantie(a), _luminantie(b)), reverse=True)
    return (hoog + 0.05) / (laag + 0.05)


def test_tekstkleuren_halen_wcag_aa() -> None:
    from stelselkit.weergave.portfolio import statisch

    variabelen = dict(re.findall(r"--([a-z]+): (#[0-9a-f]{6});", statisch("stijl.css")))
    for tekst in ("tekst", "zacht", "link"):
        for vlak in ("achtergrond", "vlak"):
            assert _contrast(variabelen[tekst], variabelen[vlak]) >= 4.5, (tekst, vlak)
    assert round(_contrast("#000000", "#ffffff"), 1) == 21.0


def test_lekcontrole_meegeleverd_script_moet_het_pakketbestand_zijn() -> None:
    openbaar = Openbaar.voor([GEPLANT])
    with pytest.raises(InhoudsFout, match=r"js/sigma\.min\.js is niet het meegeleverde bestand"):
        lekcontrole({"js/sigma.min.js": b"/* aangepast */"}, openbaar)
    from stelselkit.weergave.portfolio import vendorbestand

    lekcontrole({"js/sigma.min.js": vendorbestand("sigma.min.js")}, openbaar)


def test_een_ongeldig_dossier_wordt_niet_gepubliceerd(tmp_path: Path) -> None:
    # Anders dan rapport en de analyses publiceert de site geen dossier met fouten: exitcode 1,
    # de eerste fout met plaats, en geen enkel bestand in de uitvoermap.
    kopie = tmp_path / "doorwerth"
    shutil.copytree(VOORBEELDEN / "doorwerth", kopie)
    kop = kopie / "dossier.yaml"
    kop.write_text(kop.read_text(encoding="utf-8") + "fase: 9\n", encoding="utf-8")
    regel = kop.read_text(encoding="utf-8").count("\n")
    site = tmp_path / "site"
    uitkomst = runner.invoke(app, ["portfolio", str(kopie), "--uit", str(site),
                                   "--vandaag", "2014-07-01"])
    assert uitkomst.exit_code == 1, uitkomst.output
    assert "wordt niet gepubliceerd" in uitkomst.output
    assert f"dossier.yaml:{regel}:" in uitkomst.output and "Traceback" not in uitkomst.output
    assert not site.exists() or not any(site.iterdir())
