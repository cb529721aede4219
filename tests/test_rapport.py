"""``stelsel rapport``, ``stelsel vergelijk`` en ``stelsel verloop`` op de voorbeelddossiers."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from mermaidcontrole import fouten_in, mermaid_blokken
from stelselkit.cli import app
from stelselkit.opdrachten.rapport import ONDERDELEN

runner = CliRunner()
VOORBEELDEN = Path(__file__).resolve().parents[1] / "examples"
DOORWERTH = VOORBEELDEN / "doorwerth"
OOSTERBEEK = VOORBEELDEN / "oosterbeek"
VANDAAG = "2014-07-01"


def _yaml(pad: Path) -> dict:
    return yaml.safe_load(pad.read_text(encoding="utf-8"))


def _van_soort(map_: Path, soort: str) -> list[dict]:
    return [d for p in sorted(map_.rglob("*.yaml")) if (d := _yaml(p)).get("soort") == soort]


@pytest.fixture(scope="module")
def rapport_doorwerth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    uit = tmp_path_factory.mktemp("rapport")
    uitkomst = runner.invoke(app, ["rapport", str(DOORWERTH), "--uit", str(uit),
                                   "--vandaag", VANDAAG])
    assert uitkomst.exit_code == 0, uitkomst.output
    return uit


def test_rapport_is_compleet(rapport_doorwerth: Path) -> None:
    # Doorwerth werkte aan sociale ontwikkeling, niet met casussen (001 §1.2): geen casusrapport.
    onderdelen = [o for o in ONDERDELEN if o.naam != "casus"]
    namen = sorted(p.name for p in rapport_doorwerth.glob("*.md"))
    assert namen == sorted(["index.md", *(f"{o.naam}.md" for o in onderdelen)])
    index = (rapport_doorwerth / "index.md").read_text(encoding="utf-8")
    for onderdeel in onderdelen:
        assert f"]({onderdeel.naam}.md)" in index
    assert "# Doorwerth in één oogopslag" in index
    assert "opbouw van het stelsel: **2. Programma van activiteiten per buurt**" in index


def test_elk_markdownbestand_parseert_en_mermaid_klopt(rapport_doorwerth: Path) -> None:
    blokken = 0
    for pad in sorted(rapport_doorwerth.glob("*.md")):
        tekst = pad.read_text(encoding="utf-8")
        tokens = MarkdownIt("commonmark").enable("table").parse(tekst)
        assert tokens[0].type == "heading_open" and tokens[0].tag == "h1", pad.name
        for blok in mermaid_blokken(tekst):
            blokken += 1
            assert fouten_in(blok) == [], f"{pad.name}: {fouten_in(blok)[:3]}"
    assert blokken >= 4


def test_de_index_opent_met_een_werkagenda_en_uitgelegde_kerncijfers(
    rapport_doorwerth: Path,
) -> None:
    tekst = (rapport_doorwerth / "index.md").read_text(encoding="utf-8")
    agenda = tekst.split("## Werkagenda")[1].split("## Kerncijfers")[0]
    stappen = re.findall(r"^\d+\. \*\*(.+?)\*\*", agenda, flags=re.M)
    assert 5 <= len(stappen) <= 7
    # de eerste stap: de regievoerder en de gebiedsambassadeur als enige verbinding, met wat
    # de methode vraagt (overdragen aan een lokale schakel)
    assert stappen[0] == ("16 schakels zijn de enige verbinding voor een deel van het netwerk; "
                          "eerst Rina Moorman en gebiedsambassadeur: overdragen aan een lokale "
                          "schakel")
    eerste = agenda.split("\n2. ")[0]
    assert eerste.index("Rina Moorman (regievoerder") < eerste.index("gebiedsambassadeur is")
    assert eerste.count("draag dit over aan een lokale schakel") == 2
    cijfers = tekst.split("## Kerncijfers")[1].split("\n## ")[0]
    zinnen = [r for r in cijfers.splitlines() if r.startswith("- ")]
    assert 1 <= len(zinnen) <= 8
    assert ("- 28 van de 73 ingrediënten hangen nog aan geen enkele schakel. "
            "([Netwerkanalyse](netwerk.md))") in zinnen
    # wat reconstructie of plaatshouder is, staat in de index en in de bevindingen erop
    herkomst = tekst.split("## Herkomst")[1].split("\n## ")[0]
    assert ("- `tafelkleden/buurtkracht-2014.yaml`: reconstructie: de seeds beschrijven geen "
            "tweede tafelkleed-sessie") in herkomst
    assert "`gesprekken/dorpsgesprek-nieuw-wonen.yaml`: plaatshouder: de datum" in herkomst
    assert "Let op: dit rust op 'tafelkleden/buurtkracht-2014.yaml' (reconstructie" in eerste


@pytest.mark.parametrize("map_", [DOORWERTH, OOSTERBEEK], ids=["doorwerth", "oosterbeek"])
def test_hooguit_tien_acties_en_een_bevinding_per_regel(map_: Path) -> None:
    from stelselkit.lezen.dossier import laad_dossier
    from stelselkit.opdrachten.rapport import analyseer

    uitkomsten = list(analyseer(laad_dossier(map_), dt.date.fromisoformat(VANDAAG)))
    acties = [b.titel for u in uitkomsten for b in u.bevindingen if b.gewicht == "actie"]
    assert len(set(acties)) == len(acties) <= 10
    for u in uitkomsten:
        codes = [b.code for b in u.bevindingen]
        assert len(codes) == len(set(codes)), (u.onderdeel.naam, codes)


def test_twee_runs_geven_dezelfde_bytes(rapport_doorwerth: Path, tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["rapport", str(DOORWERTH), "--uit", str(tmp_path),
                                   "--vandaag", VANDAAG])
    assert uitkomst.exit_code == 0
    for pad in sorted(rapport_doorwerth.glob("*.md")):
        assert (tmp_path / pad.name).read_bytes() == pad.read_bytes(), pad.name


def test_eigen_sjablonen_gaan_voor(tmp_path: Path) -> None:
    sjablonen = tmp_path / "huisstijl" / "rapport"
    sjablonen.mkdir(parents=True)
    (sjablonen / "index.md.j2").write_text("# Gemeente Renkum: {{ kop.buurt }}\n")
    uit = tmp_path / "uit"
    uitkomst = runner.invoke(app, ["rapport", str(OOSTERBEEK), "--uit", str(uit), "--sjablonen",
                                   str(tmp_path / "huisstijl"), "--vandaag", VANDAAG])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert (uit / "index.md").read_text() == "# Gemeente Renkum: Oosterbeek\n"
    assert (uit / "netwerk.md").read_text().startswith("# ")


def test_rapport_over_meerdere_dossiers(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["rapport", str(DOORWERTH), str(OOSTERBEEK), "--uit",
                                   str(tmp_path), "--vandaag", VANDAAG])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert (tmp_path / "doorwerth" / "index.md").is_file()
    assert (tmp_path / "oosterbeek" / "index.md").is_file()
    overzicht = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert "[index](doorwerth/index.md)" in overzicht
    assert "[index](oosterbeek/index.md)" in overzicht


def test_rapport_json_heeft_elke_analyse() -> None:
    import json

    uitkomst = runner.invoke(app, ["rapport", str(OOSTERBEEK), "--format", "json",
                                   "--vandaag", VANDAAG])
    assert uitkomst.exit_code == 0
    data = json.loads(uitkomst.output)
    assert data["dossier"]["buurt"] == "Oosterbeek"
    # Oosterbeek heeft geen netwerkprogramma: dan ook geen onderdeel, en geen lege plek.
    assert list(data["analyses"]) == [o.naam for o in ONDERDELEN if o.naam != "netwerkprogramma"]
    assert {"portfolio", "casus", "routekaart", "matrix", "programma"} <= set(data["analyses"])
    assert data["analyses"]["casus"]["analyse"] == "casus"


def test_rapport_bij_een_ongeldig_dossier_met_de_fouten_vooraan(tmp_path: Path) -> None:
    # Hetzelfde beleid als elke analyse: de rapporten komen er, met de fouten vooraan (in elk
    # rapport, en één keer boven de werkagenda van de index), de fout op stderr, exitcode 1.
    kopie = tmp_path / "d"
    shutil.copytree(OOSTERBEEK, kopie)
    kop = kopie / "dossier.yaml"
    kop.write_text(kop.read_text() + "fase: 9\n")
    regel = kop.read_text().count("\n")
    uit = tmp_path / "uit"
    uitkomst = runner.invoke(app, ["rapport", str(kopie), "--uit", str(uit),
                                   "--vandaag", VANDAAG])
    assert uitkomst.exit_code == 1, uitkomst.output
    assert f"dossier.yaml:{regel}:" in uitkomst.stderr and "Traceback" not in uitkomst.output
    index = (uit / "index.md").read_text(encoding="utf-8")
    assert index.count("Het dossier heeft fouten") == 1
    assert index.index("## Het dossier heeft fouten") < index.index("## Werkagenda")
    assert f"dossier.yaml:{regel}:" in index
    rapporten = sorted(uit.glob("*.md"))
    assert len(rapporten) > 5
    for rapport_ in rapporten:
        if rapport_.name != "index.md":
            tekst = rapport_.read_text(encoding="utf-8")
            # De verantwoording vertelt eerst en zet haar bevindingen onder 'Wat vraagt aandacht'.
            kop = "## Wat vraagt aandacht" if rapport_.name == "verantwoording.md" else \
                "## Bevindingen"
            eerste = tekst.index("### ", tekst.index(kop))
            assert tekst[eerste:].startswith("### Het dossier heeft fouten"), rapport_.name
    # JSON: dezelfde bevinding vooraan in elke analyse, en ook exitcode 1.
    json_run = runner.invoke(app, ["rapport", str(kopie), "--format", "json",
                                   "--vandaag", VANDAAG])
    assert json_run.exit_code == 1
    data = json.loads(json_run.stdout)
    assert {a["bevindingen"][0]["code"] for a in data["analyses"].values()} == {"dossierfout"}


def test_rapport_van_een_geldig_dossier_noemt_geen_dossierfouten(tmp_path: Path) -> None:
    uit = tmp_path / "uit"
    uitkomst = runner.invoke(app, ["rapport", str(OOSTERBEEK), "--uit", str(uit),
                                   "--vandaag", VANDAAG])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert all("Het dossier heeft fouten" not in p.read_text(encoding="utf-8")
               for p in uit.glob("*.md"))


def test_rapport_zonder_uit_is_gebruiksfout() -> None:
    uitkomst = runner.invoke(app, ["rapport", str(DOORWERTH)])
    assert uitkomst.exit_code == 2
    assert "--uit" in uitkomst.output


# --- vergelijk --------------------------------------------------------------------------------

def _verwachte_cijfers(map_: Path) -> dict[str, int]:
    """Met de hand uit de YAML geteld, buiten de analysecode om."""
    kleden = sorted(_van_soort(map_, "tafelkleed"), key=lambda k: str(k["datum"]))
    laatste = kleden[-1]
    cellen = _van_soort(map_, "stelselmatrix")[0]["cellen"]
    gevuld = sum(1 for kolom in cellen.values() for punten in kolom.values() if punten)
    activiteiten = [a for p in _van_soort(map_, "programma") for a in p["activiteiten"].values()]
    return {
        "schakels": len(laatste["schakels"]),
        "gevulde_cellen": gevuld,
        "gedaan": sum(1 for a in activiteiten if a.get("status") == "gedaan"),
    }


def test_vergelijk_zonder_ranglijst_en_zonder_tellingen() -> None:
    # #15: fase 4 vergelijkt buurten, niet hoe twee bestanden zijn bijgehouden
    uitkomst = runner.invoke(app, ["vergelijk", str(DOORWERTH), str(OOSTERBEEK),
                                   "--vandaag", VANDAAG])
    assert uitkomst.exit_code == 0
    tekst = uitkomst.output
    assert "niet om ze gelijk te maken maar om van" in tekst
    assert "## Waar elke buurt een voorbeeld van is" in tekst
    assert "losse ingredienten" not in tekst and "| analyse | maat |" not in tekst


def test_vergelijk_vraagt_twee_dossiers() -> None:
    uitkomst = runner.invoke(app, ["vergelijk", str(DOORWERTH)])
    assert uitkomst.exit_code == 2


# --- verloop ----------------------------------------------------------------------------------

def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", *args],
                   check=True, capture_output=True)


def _schakels_laatste_kleed(map_: Path) -> int:
    return _verwachte_cijfers(map_)["schakels"]


def test_verloop_toont_drie_standen(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    dossier = repo / "oosterbeek"
    shutil.copytree(OOSTERBEEK, dossier)
    kleed = dossier / "tafelkleden" / "netwerk-jeugd-en-opvoeding-2014.yaml"
    bewaard = kleed.read_text(encoding="utf-8")
    kleed.unlink()
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "begin")
    verwacht = [_schakels_laatste_kleed(dossier)]

    kleed.write_text(bewaard, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "tafelkleed 2014")
    _git(repo, "tag", "eind-proeftuin")
    verwacht.append(_schakels_laatste_kleed(dossier))

    data = _yaml(kleed)
    del data["schakels"][sorted(data["schakels"])[-1]]
    kleed.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _git(repo, "commit", "-qam", "een schakel minder")
    verwacht.append(_schakels_laatste_kleed(dossier))
    assert verwacht[1] == verwacht[2] + 1

    import json

    uitkomst = runner.invoke(app, ["verloop", str(dossier), "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    standen = json.loads(uitkomst.output)["details"]["standen"]
    assert [s["onderwerp"] for s in standen] == ["begin", "tafelkleed 2014", "een schakel minder"]
    assert [s["cijfers"]["netwerk: schakels"] for s in standen] == verwacht
    assert standen[1]["tags"] == ["eind-proeftuin"]

    svg = tmp_path / "verloop.svg"
    uitkomst = runner.invoke(app, ["verloop", str(dossier), "--svg", str(svg)])
    assert uitkomst.exit_code == 0
    # de schakel die vertrok is een gebeurtenis; het begin niet
    assert "## Gebeurtenissen per periode" in uitkomst.output
    assert "is vertrokken" in uitkomst.output
    import xml.etree.ElementTree as ET

    assert ET.fromstring(svg.read_text(encoding="utf-8")).tag.endswith("svg")


def test_verloop_buiten_git_is_gebruiksfout(tmp_path: Path) -> None:
    shutil.copytree(OOSTERBEEK, tmp_path / "d")
    uitkomst = runner.invoke(app, ["verloop", str(tmp_path / "d")])
    assert uitkomst.exit_code == 2
    assert "git" in uitkomst.output and "Traceback" not in uitkomst.output


def test_rapport_overschrijft_geen_bestand_van_de_gebruiker(tmp_path: Path) -> None:
    eigen = tmp_path / "index.md"
    eigen.write_text("# mijn eigen aantekeningen\n")
    argumenten = ["rapport", str(OOSTERBEEK), "--uit", str(tmp_path), "--vandaag", VANDAAG]
    uitkomst = runner.invoke(app, argumenten)
    assert uitkomst.exit_code == 2
    assert "is niet door stelsel gemaakt" in uitkomst.output
    assert eigen.read_text() == "# mijn eigen aantekeningen\n"
    uitkomst = runner.invoke(app, [*argumenten, "--overschrijven"])
    assert uitkomst.exit_code == 0
    assert eigen.read_text().startswith("# Oosterbeek in één oogopslag")


def test_uitvoer_van_stelsel_mag_vervangen_worden(tmp_path: Path) -> None:
    uit = tmp_path / "matrix.md"
    for _ in range(2):
        uitkomst = runner.invoke(app, ["matrix", str(OOSTERBEEK), "--uit", str(uit),
                                       "--vandaag", VANDAAG])
        assert uitkomst.exit_code == 0, uitkomst.output
    assert (tmp_path / ".stelsel-uitvoer").read_text() == "matrix.md\n"
    eigen = tmp_path / "notities.md"
    eigen.write_text("van mij\n")
    uitkomst = runner.invoke(app, ["matrix", str(OOSTERBEEK), "--uit", str(eigen)])
    assert uitkomst.exit_code == 2
    assert eigen.read_text() == "van mij\n"


def test_dossiers_met_dezelfde_naam_krijgen_elk_een_eigen_map(tmp_path: Path) -> None:
    for gemeente in ("renkum", "arnhem"):
        shutil.copytree(OOSTERBEEK, tmp_path / "in" / gemeente / "oosterbeek")
    uit = tmp_path / "uit"
    uitkomst = runner.invoke(app, [
        "rapport", str(tmp_path / "in" / "renkum" / "oosterbeek"),
        str(tmp_path / "in" / "arnhem" / "oosterbeek"), "--uit", str(uit), "--vandaag", VANDAAG,
    ])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert (uit / "renkum-oosterbeek" / "index.md").is_file()
    assert (uit / "arnhem-oosterbeek" / "index.md").is_file()
