"""Vijandige en kapotte YAML: elke invoer geeft een Nederlandse melding en exitcode 1.

Data-gedreven: elk bestand onder ``vijandig/`` is één geval; ``vijandig/verwacht.tsv`` zegt per
bestand de plek (regel:kolom, of ``-`` als de parser geen plek kent) en een stukje van de
melding. De grote gevallen (100.000 niveaus diep, meer dan 10 MB, meer dan een miljoen waarden)
worden tijdens de test in ``tmp_path`` gemaakt. De gevallen die een C-lader laten crashen
(diepe nesting) of laten ontploffen (alias-bom) draaien ook als echt proces, met een tijd- en
geheugengrens: zo ziet de test een crash (signaal 11) of een hangende opdracht.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen.yamlbron import MAX_BYTES, MAX_DIEPTE, MAX_KNOPEN

VIJANDIG = Path(__file__).parent / "vijandig"
FORMAAT = Path(__file__).parent / "formaat"
GEHEUGEN = 1024 * 1024 * 1024  # 1 GiB adresruimte voor een proces van stelsel
TIJD = 20.0  # seconden; ruim, zodat de test nooit toevallig faalt

runner = CliRunner()


def _verwachtingen() -> dict[str, tuple[tuple[int, int] | None, str]]:
    verwacht: dict[str, tuple[tuple[int, int] | None, str]] = {}
    for regel in (VIJANDIG / "verwacht.tsv").read_text(encoding="utf-8").splitlines():
        if not regel.strip() or regel.startswith("#"):
            continue
        bestand, plek, fragment = regel.split("\t")
        if plek == "-":
            verwacht[bestand] = (None, fragment)
        else:
            r, k = plek.split(":")
            verwacht[bestand] = ((int(r), int(k)), fragment)
    return verwacht


VERWACHT = _verwachtingen()


def _valideer(pad: Path) -> tuple[int, dict[str, object], float]:
    """``stelsel valideer --format json`` in dit proces; nooit een andere uitzondering."""
    begin = time.perf_counter()
    uitkomst = runner.invoke(app, ["valideer", str(pad), "--format", "json"])
    duur = time.perf_counter() - begin
    assert uitkomst.exception is None or isinstance(uitkomst.exception, SystemExit), (
        f"{pad.name}: {uitkomst.exception!r}"
    )
    return uitkomst.exit_code, json.loads(uitkomst.stdout), duur


def _eerste(pad: Path) -> tuple[int, dict[str, object]]:
    code, data, duur = _valideer(pad)
    assert duur < TIJD, f"{pad.name} kostte {duur:.1f} s"
    problemen = data["problemen"]
    assert isinstance(problemen, list) and problemen, data
    return code, problemen[0]


def test_elk_bestand_heeft_een_verwachting() -> None:
    bestanden = {p.name for p in VIJANDIG.glob("*.yaml")}
    assert bestanden == set(VERWACHT)


@pytest.mark.parametrize("naam", sorted(VERWACHT))
def test_vijandig_bestand(naam: str) -> None:
    plek, fragment = VERWACHT[naam]
    code, probleem = _eerste(VIJANDIG / naam)
    assert code == 1
    assert probleem["niveau"] == "fout"
    assert fragment in str(probleem["melding"]), probleem
    assert str(probleem["bestand"]).endswith(naam)
    if plek is None:
        assert probleem["regel"] == 0
    else:
        assert (probleem["regel"], probleem["kolom"]) == plek, probleem


def test_tekstuitvoer_noemt_bestand_regel_en_kolom() -> None:
    uitkomst = runner.invoke(app, ["valideer", str(VIJANDIG / "tab.yaml")])
    assert uitkomst.exit_code == 1
    assert "tab.yaml:3:1: fout: een tab gevonden; spring in met spaties" in uitkomst.stdout
    assert "Traceback" not in uitkomst.output


def test_map_vol_yaml_die_geen_dossier_is() -> None:
    code, data, _ = _valideer(VIJANDIG / "geen-dossier")
    assert code == 1
    meldingen = [(Path(str(p["bestand"])).name, p["melding"]) for p in data["problemen"]]
    assert [naam for naam, _ in meldingen] == [
        "deployment.yaml", "docker-compose.yml", "geen-dossier"
    ]
    assert all("de sleutel 'soort' ontbreekt" in m for _, m in meldingen[:2])
    assert "geen dossier.yaml gevonden" in str(meldingen[2][1])


def test_dossier_vol_vijandige_bestanden(tmp_path: Path) -> None:
    """Eén map met alles tegelijk, het dossierbestand zelf een alias-bom: elk bestand een fout."""
    dossier = tmp_path / "vijandig"
    dossier.mkdir()
    for naam in VERWACHT:
        shutil.copy(VIJANDIG / naam, dossier / naam)
    shutil.copy(VIJANDIG / "alias-bom.yaml", dossier / "dossier.yaml")
    code, data, duur = _valideer(dossier)
    assert code == 1
    assert duur < TIJD
    met_fout = {Path(str(p["bestand"])).name for p in data["problemen"] if p["niveau"] == "fout"}
    assert met_fout == {*VERWACHT, "dossier.yaml"}


# --- grote gevallen, gemaakt tijdens de test ----------------------------------------------------

def _diep_flow(pad: Path) -> None:
    pad.write_text("soort: tafelkleed\ntitel: " + "[" * 100_000 + "]" * 100_000 + "\n")


def _diep_blok(pad: Path) -> None:
    pad.write_text("soort: tafelkleed\ntitel:\n  " + "- " * 100_000 + "x\n")


def _diep_sleutels(pad: Path) -> None:
    pad.write_text("{a: " * 100_000 + "}" * 100_000 + "\n")


def _te_groot(pad: Path) -> None:
    with pad.open("w", encoding="utf-8") as bestand:
        bestand.write("soort: tafelkleed\n")
        regel = "# " + "commentaar " * 9 + "\n"
        bestand.write(regel * (MAX_BYTES // len(regel) + 1))


def _te_veel(pad: Path) -> None:
    pad.write_text("soort: tafelkleed\ntitel: [" + "0," * MAX_KNOPEN + "0]\n")


GROOT: dict[str, tuple[Callable[[Path], None], str]] = {
    "diep-100000-flow": (_diep_flow, f"te diep genest (meer dan {MAX_DIEPTE} niveaus)"),
    "diep-100000-blok": (_diep_blok, f"te diep genest (meer dan {MAX_DIEPTE} niveaus)"),
    "diep-100000-sleutels": (_diep_sleutels, f"te diep genest (meer dan {MAX_DIEPTE} niveaus)"),
    "te-groot": (_te_groot, "een dossierbestand mag hooguit 10 MB zijn"),
    "te-veel": (_te_veel, "meer dan een miljoen waarden"),
}


@pytest.mark.parametrize("naam", sorted(GROOT))
def test_groot_geval(naam: str, tmp_path: Path) -> None:
    maak, fragment = GROOT[naam]
    pad = tmp_path / f"{naam}.yaml"
    maak(pad)
    code, probleem = _eerste(pad)
    assert code == 1
    assert fragment in str(probleem["melding"]), probleem


def test_precies_de_grootte_mag(tmp_path: Path) -> None:
    pad = tmp_path / "precies.yaml"
    kop = "soort: tafelkleed\ntitel: Doorwerth\nthema: t\ndatum: 2013-05-01\n"
    pad.write_text(kop + "#" * (MAX_BYTES - len(kop) - 1) + "\n")
    assert pad.stat().st_size == MAX_BYTES
    code, data, _ = _valideer(pad)
    assert (code, data["problemen"]) == (0, [])


@pytest.mark.parametrize(("diepte", "te_diep"), [(MAX_DIEPTE, False), (MAX_DIEPTE + 1, True)])
def test_diepte_grens(diepte: int, te_diep: bool, tmp_path: Path) -> None:
    # Het bestand zelf is niveau 1; de lijst onder 'titel' levert de rest.
    pad = tmp_path / "grens.yaml"
    pad.write_text("soort: tafelkleed\ntitel: " + "[" * (diepte - 1) + "]" * (diepte - 1) + "\n")
    _, probleem = _eerste(pad)
    assert ("te diep genest" in str(probleem["melding"])) is te_diep, probleem


def test_groot_geldig_bestand_wordt_gewoon_gelezen(tmp_path: Path) -> None:
    """Boven 256 kB telt de lader eerst de waarden; een groot maar gewoon bestand komt erdoor."""
    regels = ["soort: tafelkleed", "titel: Doorwerth", "thema: t", "datum: 2013-05-01",
              "schakels:"]
    for i in range(4000):
        regels += [f"  schakel-{i}:", f"    rol: bewoner nummer {i} uit de buurt",
                   "    posities: [partner, schakel]", "    uitgenodigd: 2013-06-01"]
    pad = tmp_path / "groot.yaml"
    pad.write_text("\n".join(regels) + "\n")
    assert pad.stat().st_size > 256 * 1024
    code, data, _ = _valideer(pad)
    assert (code, data["problemen"]) == (0, [])


def test_veel_fouten_in_een_bestand_blijven_snel_en_begrensd(tmp_path: Path) -> None:
    regels = ["soort: tafelkleed", "titel: Doorwerth", "datum: 2013-05-01"]
    regels += [f"onbekend{i}: x" for i in range(20_000)]
    pad = tmp_path / "veel.yaml"
    pad.write_text("\n".join(regels) + "\n")
    code, data, duur = _valideer(pad)
    assert code == 1
    assert duur < TIJD
    problemen = data["problemen"]
    assert len(problemen) == 101
    assert problemen[0]["melding"].startswith("onbekende sleutel 'onbekend0'")
    assert (problemen[0]["regel"], problemen[0]["kolom"]) == (4, 1)
    assert problemen[-1]["melding"].startswith("hier en verder nog 19900 fouten")


def test_veel_kapotte_verwijzingen_blijven_snel_en_begrensd(tmp_path: Path) -> None:
    dossier = tmp_path / "proefbuurt"
    dossier.mkdir()
    shutil.copy(FORMAAT / "dossier" / "dossier.yaml", dossier / "dossier.yaml")
    regels = ["soort: thema-analyse", "naam: Wonen", "initiatieven:"]
    for i in range(5000):
        regels += [f"  - id: initiatief-{i}", f"    naam: Initiatief {i}"]
    regels += ["bronnen:", *(f"  - gesprek-{i}" for i in range(5000))]
    (dossier / "wonen.yaml").write_text("\n".join(regels) + "\n")
    code, data, duur = _valideer(dossier)
    assert code == 1
    assert duur < TIJD
    verwijzingen = [p for p in data["problemen"] if str(p["bestand"]).endswith("wonen.yaml")]
    assert len(verwijzingen) == 101
    assert "'gesprek-0' bestaat niet" in verwijzingen[0]["melding"]
    assert verwijzingen[-1]["melding"].startswith("hier en verder nog 4900 verwijzingen")


# --- als echt proces: crashes (signalen), hangen en geheugen -------------------------------------

def _grenzen() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (GEHEUGEN, GEHEUGEN))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _proces(pad: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    begin = time.perf_counter()
    uitkomst = subprocess.run(
        [sys.executable, "-m", "stelselkit", "valideer", str(pad)],
        capture_output=True, text=True, timeout=TIJD, preexec_fn=_grenzen, check=False,
    )
    return uitkomst, time.perf_counter() - begin


PROCES = {
    "diep-100000-flow": (_diep_flow, "te diep genest"),
    "diep-100000-blok": (_diep_blok, "te diep genest"),
    "alias-bom": (lambda p: shutil.copy(VIJANDIG / "alias-bom.yaml", p), "'alias-bom'"),
    "alias-kring": (lambda p: shutil.copy(VIJANDIG / "alias-kring.yaml", p), "kring"),
}


@pytest.mark.parametrize("naam", sorted(PROCES))
def test_als_proces(naam: str, tmp_path: Path) -> None:
    maak, fragment = PROCES[naam]
    pad = tmp_path / f"{naam}.yaml"
    maak(pad)
    uitkomst, duur = _proces(pad)
    assert uitkomst.returncode == 1, (uitkomst.returncode, uitkomst.stderr[-2000:])
    assert fragment in uitkomst.stdout
    assert f"{naam}.yaml" in uitkomst.stdout
    assert "Traceback" not in uitkomst.stderr
    assert duur < TIJD


def test_python_tag_voert_niets_uit(tmp_path: Path) -> None:
    gehackt = tmp_path / "gehackt"
    pad = tmp_path / "aanval.yaml"
    pad.write_text(f"soort: !!python/object/apply:os.system ['touch {gehackt}']\n")
    uitkomst, _ = _proces(pad)
    assert uitkomst.returncode == 1
    assert "de tag '!!python/object/apply:os.system' is niet toegestaan" in uitkomst.stdout
    assert not gehackt.exists()
