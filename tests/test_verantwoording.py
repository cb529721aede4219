"""``stelsel verantwoording``: het verschuivingslogboek, eigen indicatoren en het raadsverslag.

Met de hand nagerekend voor vandaag = 2014-12-31 en --periode 2014-01:2014-12
(``fixtures/verantwoording``):

``lacunes`` (Gatendorp) — elke regel vuurt precies één keer:
- 'inloop' (teruggevallen) heeft geen verhaal en geen bewijs; 'ontmoeten' en 'signalen' wel;
- 'inloop' viel terug met reden 'schakel vertrokken'; 'ontmoeten' loopt, maar haar draagster
  'buurtvrouw' staat op kleed-januari en niet op kleed-november: beide horen bij de schakelregel,
  en omdat er een terugval bij is, vraagt die om actie;
- rol: 'signalen' ging van buurt naar regievoering (regievoering +1); 'inloop' viel in mei 2014
  terug van open netwerk naar sociaal wijkteam (+1); 'ontmoeten' ging van diensten naar buurt
  (diensten -1). Groeiend: regievoering en sociaal-wijkteam (beide +1, op id);
- indicator 'ontmoetingen' heeft in 2014-09 geen verhaal; 'klantcontacten' is alleen van de
  gemeente;
- halfjaren: 2014-H1 heeft een gedane activiteit (startavond) en verschuivingen (maart, april);
  2014-H2 heeft twee gedane activiteiten (buurtschouw, oogstfeest; de kerstmarkt is gepland) en
  geen verschuiving.

``op-orde`` (Heeldorp) — geen regel vuurt: alles heeft verhaal en bewijs, de draagster staat op
beide tafelkleden, de zaal viel terug doordat hij verkocht werd (geen schakel), regievoering
(-1) en diensten (-1 en een rol overbodig: -2) krimpen, elke waarde heeft een verhaal, de
indicator is van bewoners en gemeente samen, en beide halfjaren hebben een verschuiving.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from stelselkit.analyse import Resultaat
from stelselkit.analyse import verantwoording as kern
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.lezen.openbaar import Openbaar
from stelselkit.model.basis import Datum
from stelselkit.opdrachten.valideren import valideer
from stelselkit.uitvoer import word
from stelselkit.uitvoer.lekcontrole import Lek, publiceer
from stelselkit.uitvoer.schrijven import schrijf_uitvoer
from stelselkit.weergave.verantwoording import Alinea, Kop, opbouw

FIXTURES = Path(__file__).parent / "fixtures" / "verantwoording"
LACUNES = FIXTURES / "lacunes"
OP_ORDE = FIXTURES / "op-orde"
DOORWERTH = Path(__file__).parent.parent / "examples" / "doorwerth"
OOSTERBEEK = Path(__file__).parent.parent / "examples" / "oosterbeek"
VANDAAG = dt.date(2014, 12, 31)
PERIODE = kern.Periode(Datum(2014, 1), Datum(2014, 12))
NIVEAUKOPPEN = ["1. Casus", "2. Patronen in de buurt", "3. Systeem en kaders"]

runner = CliRunner()


def _stand(map_: Path) -> Resultaat[kern.Verantwoordingsstand]:
    return kern.verantwoord(laad_dossier(map_), VANDAAG, PERIODE)


def _per_code(resultaat: Resultaat[kern.Verantwoordingsstand]) -> dict[str, tuple[str, ...]]:
    codes = [b.code for b in resultaat.bevindingen]
    assert len(codes) == len(set(codes)), "één bevinding per regel"
    return {b.code: b.over for b in resultaat.bevindingen}


# --- de regels ------------------------------------------------------------------------------


def test_elke_regel_vuurt_op_de_lacunes() -> None:
    gevonden = _per_code(_stand(LACUNES))
    assert gevonden == {
        "verschuiving-zonder-verhaal": ("inloop",),
        "verschuiving-schakel-vertrokken": ("inloop", "ontmoeten"),
        "rol-groeit": ("regievoering", "sociaal-wijkteam"),
        "indicator-zonder-verhaal": ("ontmoetingen",),
        "indicator-alleen-gemeente": ("klantcontacten",),
        "periode-zonder-verschuiving": ("2014-H2",),
    }


def test_geen_regel_vuurt_op_een_dossier_op_orde() -> None:
    assert _per_code(_stand(OP_ORDE)) == {}


def test_bevindingen_rusten_op_de_catalogus_en_zeggen_wat_te_doen() -> None:
    resultaat = _stand(LACUNES)
    per_code = {b.code: b for b in resultaat.bevindingen}
    schakel = per_code["verschuiving-schakel-vertrokken"]
    assert schakel.gewicht == "actie"  # er viel iets terug
    assert schakel.regel.bron == "000, §7; 000, §8, fase 5"  # type: ignore[union-attr]
    # de link naar de netwerkvergelijking, met de twee tafelkleden van het dossier
    assert "stelsel analyse netwerk --vergelijk kleed-januari.yaml kleed-november.yaml" \
        in schakel.tekst
    assert "buurtvrouw" in schakel.tekst
    rol = per_code["rol-groeit"]
    assert "- Gemeentelijke regievoering: +1 (`signalen` kwam erbij)" in rol.tekst
    assert "- Sociaal wijkteam: +1 (`inloop` viel terug)" in rol.tekst
    assert "- 2014-H2: 2 activiteiten gedaan" in per_code["periode-zonder-verschuiving"].tekst
    assert "september 2014" in per_code["indicator-zonder-verhaal"].tekst
    # de eerste bevindingen vragen om actie
    assert [b.gewicht for b in resultaat.bevindingen][:2] == ["actie", "actie"]


def test_kerncijfers_en_niveaus() -> None:
    resultaat = _stand(LACUNES)
    assert {k.id: k.waarde for k in resultaat.kerncijfers} == {
        "verschuivingen-in-periode": 2, "lopend": 2, "teruggevallen": 1, "open": 0,
        "overbodig": 0, "indicatoren": 2,
    }
    stand = resultaat.details
    # element netwerk → buurt; kaders → systeem; zonder element → buurt
    assert [v.id for v in stand.per_niveau("buurt")] == ["inloop", "ontmoeten"]
    assert [v.id for v in stand.per_niveau("systeem")] == ["signalen"]
    assert stand.netwerk is not None and stand.netwerk.vertrokken == (("buurtvrouw", "buurtvrouw"),)


def test_overbodig_uit_logboek_en_omgevingsanalyse_in_de_tijd() -> None:
    stand = kern.verantwoord(laad_dossier(DOORWERTH), dt.date(2014, 6, 30)).details
    voornemens = [o for o in stand.overbodig if o.soort == "voornemen"]
    assert voornemens and {o.bron for o in voornemens} == {"omgevingsanalyse-vitale-omgeving"}
    heeldorp = _stand(OP_ORDE).details
    assert [(o.wie, o.positie, o.datum) for o in heeldorp.overbodig] == [
        ("buurtopbouwwerker", "diensten", Datum(2014, 10))]


def test_een_teruggevallen_verschuiving_zonder_reden_is_ongeldig(tmp_path: Path) -> None:
    map_ = tmp_path / "d"
    shutil.copytree(OP_ORDE, map_)
    pad = map_ / "verschuivingen.yaml"
    pad.write_text(pad.read_text().replace("    reden: de zaal werd verkocht\n", ""))
    meldingen = [p.melding for p in valideer(map_).problemen]
    assert any("een teruggevallen verschuiving zegt waarom" in m for m in meldingen), meldingen


def test_bewijs_en_posities_zijn_verwijzingen(tmp_path: Path) -> None:
    map_ = tmp_path / "d"
    shutil.copytree(OP_ORDE, map_)
    pad = map_ / "verschuivingen.yaml"
    pad.write_text(pad.read_text().replace("bewijs: [buurtschouw]", "bewijs: [bestaat-niet]")
                   .replace("naar: buurt\n    sinds: 2014-09", "naar: wijk\n    sinds: 2014-09"))
    problemen = valideer(map_).problemen
    assert sorted((p.regel, p.pad) for p in problemen) == [
        (18, "verschuivingen.kookclub.naar"), (21, "verschuivingen.kookclub.bewijs[0]")]


@pytest.mark.parametrize("voorbeeld", [DOORWERTH, OOSTERBEEK])
def test_de_voorbeelden_zijn_geldig_en_markeren_hun_reconstructies(voorbeeld: Path) -> None:
    assert valideer(voorbeeld).problemen == []
    stand = kern.verantwoord(laad_dossier(voorbeeld), dt.date(2014, 6, 30)).details
    assert stand.verschuivingen
    assert all(v.herkomst and v.herkomst.startswith("reconstructie") for v in stand.verschuivingen)


def test_doorwerth_vertelt_de_verschuivingen_uit_de_seeds() -> None:
    stand = kern.verantwoord(laad_dossier(DOORWERTH), dt.date(2014, 6, 30)).details
    assert {v.id: (v.van, v.naar, v.status) for v in stand.verschuivingen} == {
        "dorpsgesprek-met-schakels": ("regievoering", "open-netwerk", "loopt"),
        "vitaliteitscentrum-voor-alle-inwoners": ("diensten", "sociaal-wijkteam", "open"),
        "ruimte-biljartclub": ("diensten", "buurt", "open"),
    }


# --- de opdracht ----------------------------------------------------------------------------


def _docx(map_: Path, uit: Path, *extra: str) -> docx.document.Document:
    uitkomst = runner.invoke(app, ["verantwoording", str(map_), "--uit", str(uit), *extra])
    assert uitkomst.exit_code == 0, uitkomst.output
    return docx.Document(str(uit))


def test_word_voor_de_raad(tmp_path: Path) -> None:
    document = _docx(DOORWERTH, tmp_path / "raad.docx")
    koppen = [(p.style.name, p.text) for p in document.paragraphs
              if p.style is not None and p.style.name.startswith(("Heading", "Title"))]
    assert koppen[0] == ("Title", "Verantwoording Doorwerth")
    assert [t for s, t in koppen if s == "Heading 1"] == [
        "In het kort", *NIVEAUKOPPEN, "Wat vraagt aandacht", "Over dit verslag"]
    # een tabel per niveau, met de verschuivingen van dat niveau
    kolommen = ["Wat", "Van → naar", "Sinds", "Stand", "Bewijs"]
    per_niveau = [t for t in document.tables if [c.text for c in t.rows[0].cells] == kolommen]
    assert len(per_niveau) == 3
    assert per_niveau[1].rows[1].cells[0].text == (
        "Het dorpsgesprek in het winkelcentrum en bij de bibliotheek gaande houden")
    assert per_niveau[1].rows[1].cells[1].text == "Gemeentelijke regievoering → Open netwerk"
    # het bewijs zoals een mens het leest, niet als id
    assert per_niveau[1].rows[2].cells[4].text == (
        "dorpsgesprek 'Hart voor elkaar', 14 februari 2014")
    sectie = document.sections[0]
    assert sectie.header.paragraphs[0].text == "Gemeente Renkum"
    voet = sectie.footer.paragraphs[0]._p.xml
    assert " PAGE " in voet and " NUMPAGES " in voet
    assert document.core_properties.title == "Verantwoording Doorwerth"
    if shutil.which("rsvg-convert"):
        assert document.inline_shapes and document.inline_shapes[0].width > 0
    tekst = "\n".join(p.text for p in document.paragraphs)
    assert "Openbare versie" in tekst
    assert "vertrouwde hij nog toe dat het lang zoeken is naar ruimte voor de biljartclub" in tekst


def test_word_is_byte_gelijk_bij_herhaling(tmp_path: Path) -> None:
    _docx(LACUNES, tmp_path / "a.docx", "--vandaag", "2014-12-31")
    _docx(LACUNES, tmp_path / "b.docx", "--vandaag", "2014-12-31")
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()


def test_libreoffice_zet_het_om_naar_pdf(tmp_path: Path) -> None:
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd; de PDF-omzetting is niet getest")
    _docx(DOORWERTH, tmp_path / "raad.docx")
    uitkomst = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
         "pdf", "--outdir", str(tmp_path), str(tmp_path / "raad.docx")],
        capture_output=True, timeout=120, check=False)
    assert uitkomst.returncode == 0, uitkomst.stderr
    pdf = (tmp_path / "raad.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf)) >= 3  # een verslag van pagina's


def test_huisstijl_als_basis(tmp_path: Path) -> None:
    huisstijl = docx.Document()
    huisstijl.sections[0].header.paragraphs[0].text = "Huisstijl Renkum"
    huisstijl.add_paragraph("oude inhoud van het sjabloon")
    huisstijl.save(str(tmp_path / "huisstijl.docx"))
    document = _docx(LACUNES, tmp_path / "raad.docx",
                     "--sjabloon", str(tmp_path / "huisstijl.docx"))
    assert document.sections[0].header.paragraphs[0].text == "Huisstijl Renkum"
    tekst = [p.text for p in document.paragraphs]
    assert "oude inhoud van het sjabloon" not in tekst
    assert "Verantwoording Gatendorp" in tekst


def test_markdown_met_periode(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["verantwoording", str(LACUNES), "--periode", "2014-07:2014-12",
                                   "--vandaag", "2014-12-31"])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert uitkomst.output.startswith("# Verantwoording Gatendorp\n")
    assert "juli 2014 tot en met december 2014" in uitkomst.output
    for kop in NIVEAUKOPPEN:
        assert f"\n## {kop}\n" in uitkomst.output
    # in het tweede halfjaar begon niets: 'ontmoeten' (maart) loopt nog, telt niet als nieuw
    assert "- 0 verantwoordelijkheden verschoven in deze periode" in uitkomst.output


@pytest.mark.parametrize(("argumenten", "melding"), [
    (["--periode", "2014-06"], "mist de dubbele punt"),
    (["--periode", "2014-13:2014-14"], "geen bestaande maand"),
    (["--periode", "2014-12:2014-01"], "TOT ligt voor VAN"),
    (["--format", "docx"], "geef --uit verslag.docx"),
    (["--sjabloon", "x.docx"], "--sjabloon hoort bij een Word-document"),
])
def test_verkeerd_gebruik(argumenten: list[str], melding: str) -> None:
    uitkomst = runner.invoke(app, ["verantwoording", str(LACUNES), *argumenten])
    assert uitkomst.exit_code == 2
    assert melding in uitkomst.output


def test_geen_huisstijl_maar_iets_anders(tmp_path: Path) -> None:
    (tmp_path / "x.docx").write_text("geen word")
    uitkomst = runner.invoke(app, ["verantwoording", str(LACUNES), "--uit",
                                   str(tmp_path / "raad.docx"), "--sjabloon",
                                   str(tmp_path / "x.docx")])
    assert uitkomst.exit_code == 2
    assert "is geen Word-document" in uitkomst.output
    assert not (tmp_path / "raad.docx").exists()


def test_dossier_zonder_logboek(tmp_path: Path) -> None:
    (tmp_path / "dossier.yaml").write_text(
        "soort: dossier\nversie: 1\nbuurt: Leeg\ngemeente: Renkum\nthemas: []\n")
    uitkomst = runner.invoke(app, ["verantwoording", str(tmp_path)])
    assert uitkomst.exit_code == 1
    assert "geen verschuivingslogboek en geen eigen indicatoren" in uitkomst.output


# --- openbaar -------------------------------------------------------------------------------


def _met_privé_persoon(tmp_path: Path) -> Path:
    """Lacunes met een privé-schakel wiens naam in een verhaal en een indicator staat."""
    map_ = tmp_path / "gatendorp"
    shutil.copytree(LACUNES, map_)
    kleed = map_ / "kleed-januari.yaml"
    kleed.write_text(kleed.read_text().replace(
        "buurtvrouw: {rol: buurtvrouw,",
        "buurtvrouw: {naam: Marieke Oosterhout, prive: true, contact: 06 12345678, "
        "rol: buurtvrouw,"))
    log = map_ / "verschuivingen.yaml"
    log.write_text(log.read_text().replace("De buurtvrouw nam", "Marieke Oosterhout nam"))
    ind = map_ / "indicatoren.yaml"
    ind.write_text(ind.read_text().replace("Twee koffieochtenden.",
                                           "Twee koffieochtenden bij Marieke Oosterhout."))
    return map_


def _alle_tekst_van_docx(pad: Path) -> str:
    with zipfile.ZipFile(pad) as archief:
        return "\n".join(archief.read(n).decode("utf-8", "replace") for n in archief.namelist()
                         if n.endswith(".xml"))


def test_openbaar_in_beide_vormen_zonder_de_privé_persoon(tmp_path: Path) -> None:
    map_ = _met_privé_persoon(tmp_path)
    md = runner.invoke(app, ["verantwoording", str(map_), "--uit", str(tmp_path / "raad.md")])
    assert md.exit_code == 0, md.output
    woord = runner.invoke(app, ["verantwoording", str(map_), "--uit", str(tmp_path / "raad.docx")])
    assert woord.exit_code == 0, woord.output
    for tekst in ((tmp_path / "raad.md").read_text(), _alle_tekst_van_docx(tmp_path / "raad.docx")):
        assert "Oosterhout" not in tekst and "Marieke" not in tekst and "12345678" not in tekst
        assert "Persoon 1 nam de koffieochtend over" in tekst
    # de interne versie noemt haar wel
    intern = runner.invoke(app, ["verantwoording", str(map_), "--intern"])
    assert intern.exit_code == 0
    assert "Marieke Oosterhout nam de koffieochtend over" in intern.output


def test_de_lekcontrole_leest_het_word_document(tmp_path: Path) -> None:
    """Een naam die toch in het .docx belandt (hier: in een blok geplant, over een tabel en een
    alinea), houdt de uitvoer tegen: de controle leest de XML-delen, niet de zip-bytes."""
    map_ = _met_privé_persoon(tmp_path)
    blokken = [Kop(0, "Verslag"), Alinea("Dank aan Marieke Oosterhout.")]
    data = word.docx(blokken, titel="Verslag", gemeente="Renkum", peildatum=VANDAAG)
    with pytest.raises(Lek, match=r"raad\.docx \(word/document\.xml\)"), \
            publiceer(Openbaar.voor([map_])):
        schrijf_uitvoer(tmp_path / "raad.docx", data)
    assert not (tmp_path / "raad.docx").exists()


def test_opbouw_zegt_welke_versie_het_is() -> None:
    resultaat = _stand(LACUNES)
    assert "Interne versie" in opbouw(resultaat, openbaar=False)[2].tekst  # type: ignore[union-attr]
    assert "Openbare versie" in opbouw(resultaat, openbaar=True)[2].tekst  # type: ignore[union-attr]


def test_json_envelop(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["verantwoording", str(LACUNES), "--format", "json",
                                   "--vandaag", "2014-12-31"])
    assert uitkomst.exit_code == 0
    envelop = json.loads(uitkomst.output)
    assert envelop["analyse"] == "verantwoording"
    assert envelop["details"]["periode"] == {"van": "2014-01", "tot": "2014-12"}
    assert {b["regel"]["id"] for b in envelop["bevindingen"]} == {
        "vv-verhaal-en-bewijs", "vv-schakel-vertrokken", "vv-rol-krimpt",
        "vv-tellen-en-vertellen", "vv-indicatoren-samen", "vv-elke-periode"}


def test_tekst_uit_het_dossier_blijft_tekst_in_markdown(tmp_path: Path) -> None:
    """HTML, links, koppen en tabelrijen in een verhaal of een 'wat' worden getoond, niet
    uitgevoerd (zoals in elk rapport: weergave/sjablonen.md)."""
    from markdown_it import MarkdownIt

    aanval = "# kop <script>alert(1)</script> [klik](javascript:alert(1)) | c | d |"
    map_ = tmp_path / "gatendorp"
    shutil.copytree(LACUNES, map_)
    log = map_ / "verschuivingen.yaml"
    log.write_text(log.read_text().replace(
        "verhaal: De buurtvrouw nam de koffieochtend over van het welzijnswerk.",
        f"verhaal: '{aanval}'").replace("wat: Koffieochtend in het buurthuis",
                                        f"wat: '{aanval}'"))
    uitkomst = runner.invoke(app, ["verantwoording", str(map_), "--intern"])
    assert uitkomst.exit_code == 0, uitkomst.output
    tokens = MarkdownIt("commonmark").enable("table").parse(uitkomst.stdout)
    alle = [t for token in tokens for t in (token, *(token.children or []))]
    assert not [t for t in alle if t.type in ("html_block", "html_inline", "link_open")]
    koppen = [alle[i + 1].content for i, t in enumerate(alle) if t.type == "heading_open"]
    assert not [k for k in koppen if k.startswith("kop")]
    teksten = "".join(t.content for t in alle if t.type == "text")
    assert "<script>alert(1)</script>" in teksten  # getoond als tekst
