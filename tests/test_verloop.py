"""``stelsel verloop``: gebeurtenissen per periode uit een kleine git-geschiedenis.

# verwacht (met de hand), vijf commits:
# 1. 2013-05-01 begin: platform (schakel) verbindt 'weerd', Jan Smit (privé, schakel) verbindt
#    'kerk'; bewustzijn 1 (eigen oordeel); activiteit 'hart' gepland.   → begin, geen gebeurtenis
# 2. 2013-09-01 tikfout in de naam van het thema                        → geen gebeurtenis
# 3. 2014-01-15 Jan Smit vertrekt; 'kerk' heeft geen schakel meer        → 1 gebeurtenis
# 4. 2014-03-01 bewustzijn van 1 naar 3, verhaal gelijk                  → 1 gebeurtenis
# 5. 2014-06-01 platform ook partner, 'bieb' gekoppeld, 'hart' gedaan     → 3 gebeurtenissen
# Grootste verandering: commit 5, dan 3 en 4; nooit het begin of de tikfout.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen.openbaar import normaliseer
from stelselkit.opdrachten.verloop import verloop
from stelselkit.weergave.verloop import svg

runner = CliRunner()
BASIS = Path(__file__).parent / "formaat" / "dossier"
SCHEMA = Path(__file__).parents[1] / "src" / "stelselkit" / "schemas" / "resultaat.schema.json"

KLEED = """soort: tafelkleed
versie: 1
titel: Buurtkracht
thema: buurtkracht
datum: 2013-05-01
ingredienten:
  weerd: Winkelcentrum De Weerd
  kerk: De kerk aan de Lamann Triplaan
  bieb: De bibliotheek
schakels:
  platform:
    rol: dorpsplatform
    achtergrond: dorpsplatform
    posities: [POSITIES]
    ingredienten: [INGREDIENTEN]
"""
JAN = """  jan:
    naam: Jan Smit
    achtergrond: bewoner
    prive: true
    posities: [schakel]
    ingredienten: [kerk]
"""
VERMOGEN = """soort: vermogensanalyse
versie: 1
thema: buurtkracht
periode: {van: 2013-04-01, tot: 2014-06-30}
elementen:
  bewustzijn:
    score: SCORE
    verhaal: VERHAAL
"""
PROGRAMMA = """soort: programma
versie: 1
titel: Proeftuin
thema: buurtkracht
ontwikkelperiode: {van: 2013-04-01, tot: 2014-06-30}
activiteiten:
  hart:
    wat: Dorpsgesprek Hart voor elkaar
    datum: 2014-02-14
    cellen: [buurt/gesprek]
    status: STATUS
"""


def _git(map_: Path, *argumenten: str) -> None:
    subprocess.run(["git", "-C", str(map_), "-c", "user.name=t", "-c", "user.email=t@t",
                    "-c", "init.defaultBranch=main", *argumenten],
                   check=True, capture_output=True)


def _schrijf(buurt: Path, *, jan: bool = True, score: int = 1, verhaal: str = "Weinig bekend.",
             posities: str = "schakel", ingredienten: str = "weerd",
             status: str = "gepland") -> None:
    kleed = KLEED.replace("POSITIES", posities).replace("INGREDIENTEN", ingredienten)
    (buurt / "tafelkleden" / "eerste.yaml").write_text(kleed + (JAN if jan else ""),
                                                       encoding="utf-8")
    (buurt / "vermogen.yaml").write_text(
        VERMOGEN.replace("SCORE", str(score)).replace("VERHAAL", verhaal), encoding="utf-8")
    (buurt / "programma.yaml").write_text(PROGRAMMA.replace("STATUS", status), encoding="utf-8")


def _commit(wortel: Path, bericht: str, datum: str) -> None:
    _git(wortel, "add", "-A")
    _git(wortel, "commit", "-q", "-m", bericht, f"--date={datum}T12:00")


@pytest.fixture(scope="module")
def buurt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wortel = tmp_path_factory.mktemp("verloop")
    buurt = wortel / "buurt"
    shutil.copytree(BASIS, buurt)
    _git(wortel, "init", "-q")
    _schrijf(buurt)
    _commit(wortel, "begin", "2013-05-01")
    thema = buurt / "thema.yaml"
    thema.write_text(thema.read_text(encoding="utf-8").replace("buurtkracht\n", "buurtkracht\n"
                     "omschrijving: Buurtkracht versterken\n", 1), encoding="utf-8")
    _commit(wortel, "tikfout", "2013-09-01")
    _schrijf(buurt, jan=False)
    _commit(wortel, "Jan Smit vertrekt", "2014-01-15")
    _schrijf(buurt, jan=False, score=3)
    _commit(wortel, "bewustzijn", "2014-03-01")
    _schrijf(buurt, jan=False, score=3, posities="schakel, partner",
             ingredienten="weerd, bieb", status="gedaan")
    _commit(wortel, "voorjaar", "2014-06-01")
    return buurt


def test_gebeurtenissen_per_periode(buurt: Path) -> None:
    resultaat = verloop(buurt)
    standen = resultaat.details.standen
    assert [s.datum.isoformat() for s in standen] == [
        "2013-05-01", "2013-09-01", "2014-01-15", "2014-03-01", "2014-06-01"]
    assert [[g.soort for g in s.gebeurtenissen] for s in standen] == [
        [], [], ["schakel-weg"], ["score"], ["positie", "gekoppeld", "gedaan"]]
    assert standen[2].gebeurtenissen[0].tekst == (
        "Jan Smit is vertrokken; 'De kerk aan de Lamann Triplaan' heeft nu geen schakel meer")
    assert standen[3].gebeurtenissen[0].tekst == (
        "bewustzijn in 'vermogen' van 1 naar 3 (eigen oordeel)")
    assert [g.tekst for g in standen[4].gebeurtenissen] == [
        "dorpsplatform: van schakel naar partner en schakel",  # dichtst bij de kern eerst
        "'De bibliotheek' heeft nu een schakel",
        "activiteit 'Dorpsgesprek Hart voor elkaar' gedaan",
    ]
    assert [k.waarde for k in resultaat.kerncijfers] == [5, 5, 3]


def test_bevindingen_vertrek_score_en_grootste(buurt: Path) -> None:
    resultaat = verloop(buurt)
    per_code = {b.code: b for b in resultaat.bevindingen}
    assert list(per_code) == ["schakel-vertrokken", "score-zonder-verhaal",
                              "grootste-veranderingen"]
    assert per_code["schakel-vertrokken"].over == ("jan",)
    assert per_code["schakel-vertrokken"].tekst.startswith("2014-01-15: Jan Smit is vertrokken")
    assert per_code["schakel-vertrokken"].regeltekst.endswith("(000, §7)")
    assert per_code["score-zonder-verhaal"].over == ("vermogen/bewustzijn",)
    grootste = per_code["grootste-veranderingen"]
    standen = resultaat.details.standen
    # het begin en de tikfout zijn geen moment van verandering
    assert grootste.over == (standen[4].commit, standen[2].commit, standen[3].commit)
    assert grootste.tekst.startswith("Van 2014-03-01 tot 2014-06-01 (commit ")


def test_score_met_verhaal_en_zonder_vertrek_geen_bevinding(tmp_path: Path) -> None:
    buurt = tmp_path / "buurt"
    shutil.copytree(BASIS, buurt)
    _git(tmp_path, "init", "-q")
    _schrijf(buurt)
    _commit(tmp_path, "begin", "2013-05-01")
    _schrijf(buurt, score=3, verhaal="Het dorpsgesprek loopt; mensen kennen het thema.")
    _commit(tmp_path, "vermogen", "2014-05-01")
    resultaat = verloop(buurt)
    assert [g.soort for g in resultaat.details.standen[1].gebeurtenissen] == ["score", "verhaal"]
    assert [b.code for b in resultaat.bevindingen] == ["grootste-veranderingen"]


def test_andere_bronverwijzing_is_geen_nieuw_verhaal(tmp_path: Path) -> None:
    buurt = tmp_path / "buurt"
    shutil.copytree(BASIS, buurt)
    _git(tmp_path, "init", "-q")
    _schrijf(buurt, verhaal="Weinig bekend (regel 120).")
    _commit(tmp_path, "begin", "2013-05-01")
    _schrijf(buurt, verhaal="Weinig  bekend (001 §4.2).")
    _commit(tmp_path, "bronnen", "2014-05-01")
    resultaat = verloop(buurt)
    assert resultaat.details.standen[1].gebeurtenissen == ()
    assert resultaat.bevindingen == ()


def test_alleen_invoer_geeft_geen_grootste_verandering(tmp_path: Path) -> None:
    buurt = tmp_path / "buurt"
    shutil.copytree(BASIS, buurt)
    _git(tmp_path, "init", "-q")
    _schrijf(buurt)
    _commit(tmp_path, "alles ingevoerd", "2014-05-01")
    resultaat = verloop(buurt)
    assert resultaat.bevindingen == ()
    assert resultaat.details.perioden == []


def test_svg_tekent_wat_veranderde_met_datums(buurt: Path) -> None:
    resultaat = verloop(buurt)
    veranderd = resultaat.details.veranderd()
    assert "vermogen: bewustzijn (eigen oordeel)" in veranderd
    assert "netwerk: schakels" in veranderd
    assert "omgeving: kringen" not in veranderd  # er is geen omgevingsanalyse
    assert all(len({w for w in resultaat.details.reeks(m) if w is not None}) > 1
               for m in veranderd)
    wortel = ET.fromstring(svg(resultaat))
    ns = "{http://www.w3.org/2000/svg}"
    teksten = [t.text for t in wortel.iter(f"{ns}text")]
    titels = [t for t in teksten if t in resultaat.details.maten]
    assert titels == veranderd
    # vijf standen: elke datum staat onder elk paneel
    assert teksten.count("2014-01-15") == len(veranderd)
    assert teksten.count("2013-05-01") == len(veranderd)


def test_cli_envelop_markdown_en_svg(buurt: Path, tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["verloop", str(buurt), "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.stdout)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert data["analyse"] == "verloop" and data["peildatum"] == "2014-06-01"
    assert [s["onderwerp"] for s in data["details"]["standen"]] == [
        "begin", "tikfout", "Jan Smit vertrekt", "bewustzijn", "voorjaar"]
    doel = tmp_path / "verloop.svg"
    uitkomst = runner.invoke(app, ["verloop", str(buurt), "--svg", str(doel)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "### 2014-03-01 – 2014-06-01" in uitkomst.stdout
    assert "- activiteit 'Dorpsgesprek Hart voor elkaar' gedaan" in uitkomst.stdout
    assert "### 2013-05-01 – 2013-09-01" not in uitkomst.stdout  # de tikfout
    assert ET.fromstring(doel.read_text(encoding="utf-8")).tag.endswith("svg")


@pytest.mark.parametrize("formaat", ["md", "json"])
def test_openbaar_noemt_de_vertrokken_privepersoon_niet(buurt: Path, tmp_path: Path,
                                                       formaat: str) -> None:
    doel = tmp_path / "openbaar.svg"
    uitkomst = runner.invoke(app, ["verloop", str(buurt), "--format", formaat, "--openbaar",
                                   "--svg", str(doel)])
    assert uitkomst.exit_code == 0, uitkomst.output
    for tekst in (uitkomst.output, doel.read_text(encoding="utf-8")):
        assert "jan smit" not in normaliseer(tekst) and "jan-smit" not in normaliseer(tekst)
    assert "Persoon 1 is vertrokken" in uitkomst.output


def test_buiten_git_een_nederlandse_gebruiksfout(tmp_path: Path) -> None:
    """Buiten een git-repository: wat er mis is en hoe je begint, in het Nederlands (exit 2)."""
    dossier = tmp_path / "buurt"
    shutil.copytree(Path(__file__).parent / "formaat" / "dossier", dossier)
    uitkomst = runner.invoke(app, ["verloop", str(dossier)],
                             env={"GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert uitkomst.exit_code == 2, uitkomst.output
    assert "staat niet in een git-repository" in uitkomst.output
    assert "git init" in uitkomst.output
    assert "fatal" not in uitkomst.output and "not a git repository" not in uitkomst.output


def test_bestaande_uit_wordt_geweigerd_voor_het_lezen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Een --uit van de gebruiker wordt geweigerd voordat de geschiedenis gelezen wordt."""
    from stelselkit.opdrachten import verloop as module

    def niet_lezen(pad: Path) -> None:
        raise AssertionError("de geschiedenis werd toch gelezen")

    monkeypatch.setattr(module, "verloop", niet_lezen)
    bestaand = tmp_path / "notities.md"
    bestaand.write_text("van mij\n", encoding="utf-8")
    uitkomst = runner.invoke(app, ["verloop", str(tmp_path), "--uit", str(bestaand)])
    assert uitkomst.exit_code == 2, uitkomst.output
    assert "niet door stelsel gemaakt" in uitkomst.output
    assert bestaand.read_text(encoding="utf-8") == "van mij\n"


def test_verkorte_commit_id_is_nooit_een_telefoonnummer() -> None:
    # Tien cijfers die met 0 beginnen zijn voor de lekcontrole een telefoonnummer: een commit-id
    # die zo begint, zou 'verloop --openbaar' tegenhouden. De verkorte id krijgt dan een teken
    # meer, tot er een letter in staat.
    from stelselkit.lezen.contactgegevens import vind
    from stelselkit.lezen.git import kort

    assert [soort for *_, soort in vind("(commit 0612345678, 'voorjaar')")] == ["telefoonnummer"]
    sha = "0612345678" + "9a" + "0" * 28
    assert kort(sha) == "06123456789a"
    assert vind(f"(commit {kort(sha)}, 'voorjaar')") == []
    assert kort("8092702e73d7149cf444fd9b8506a180e585b93f") == "8092702e73"
    assert kort("1" * 40) == "1" * 40
