"""De validatiecache en de snelle weg van ``stelsel valideer``.

Elke test laat zien dat de cache *gebruikt* wordt (een vervalst cache-item komt in de uitkomst)
en wanneer hij *niet* vertrouwd wordt (inhoud, versie, beschadiging), en dat de samenhang tussen
bestanden altijd opnieuw bekeken wordt.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen import cache as cachemodule
from stelselkit.lezen.cache import CACHEBESTAND, CACHEMAP
from stelselkit.opdrachten.valideren import valideer

FORMAAT = Path(__file__).parent / "formaat"
runner = CliRunner()


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    map_ = tmp_path / "proefbuurt"
    shutil.copytree(FORMAAT / "dossier", map_)
    return map_


def _cache(dossier: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((dossier / CACHEMAP / CACHEBESTAND).read_text())
    return data


def _vervals(dossier: Path, bestand: str, melding: str) -> None:
    """Zet een verzonnen probleem in het cache-item van ``bestand``: komt het in de uitkomst,
    dan kwam het resultaat uit de cache."""
    pad = dossier / CACHEMAP / CACHEBESTAND
    data = json.loads(pad.read_text())
    item = data["bestanden"][bestand]["samenvatting"]
    item["problemen"].append([bestand, 1, 1, melding, "", "fout", "vervalst"])
    pad.write_text(json.dumps(data))


def _meldingen(dossier: Path, **opties: bool) -> list[str]:
    return [p.melding for p in valideer(dossier, **opties).problemen]


def test_eerste_run_maakt_cache_met_gitignore(dossier: Path) -> None:
    assert valideer(dossier).problemen == []
    assert (dossier / CACHEMAP / ".gitignore").read_text().splitlines()[-1] == "*"
    bestanden = _cache(dossier)["bestanden"]
    assert isinstance(bestanden, dict)
    assert sorted(bestanden) == [
        "dossier.yaml", "programma.yaml", "tafelkleden/eerste.yaml", "thema.yaml", "vermogen.yaml"
    ]


def test_ongewijzigd_bestand_komt_uit_de_cache(dossier: Path) -> None:
    valideer(dossier)
    _vervals(dossier, "thema.yaml", "uit de cache")
    assert _meldingen(dossier) == ["uit de cache"]
    # zonder cache (en de cache blijft onaangeroerd): het echte resultaat
    assert _meldingen(dossier, cache=False) == []


def test_gewijzigde_inhoud_wordt_opnieuw_gecontroleerd(dossier: Path) -> None:
    valideer(dossier)
    _vervals(dossier, "thema.yaml", "uit de cache")
    thema = dossier / "thema.yaml"
    thema.write_text(thema.read_text() + "kleur: blauw\n")
    meldingen = _meldingen(dossier)
    assert "uit de cache" not in meldingen
    assert any("onbekende sleutel 'kleur'" in m for m in meldingen), meldingen


def test_andere_versie_vertrouwt_de_cache_niet(
    dossier: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    valideer(dossier)
    _vervals(dossier, "thema.yaml", "uit de cache")
    monkeypatch.setattr(cachemodule, "__version__", "99.0.0")
    cachemodule.omgeving.cache_clear()
    try:
        assert _meldingen(dossier) == []
    finally:
        cachemodule.omgeving.cache_clear()


def test_omgeving_hangt_af_van_versie_en_broncode(monkeypatch: pytest.MonkeyPatch) -> None:
    cachemodule.omgeving.cache_clear()
    gewoon = cachemodule.omgeving()
    monkeypatch.setattr(cachemodule, "__version__", "99.0.0")
    cachemodule.omgeving.cache_clear()
    assert cachemodule.omgeving() != gewoon
    monkeypatch.undo()
    cachemodule.omgeving.cache_clear()
    assert cachemodule.omgeving() == gewoon


def test_wijziging_in_een_ander_bestand_raakt_een_gecachet_bestand(dossier: Path) -> None:
    assert valideer(dossier).problemen == []
    # thema.yaml biedt 'buurtkracht' aan; programma.yaml (ongewijzigd, uit de cache) verwijst er
    # naar. Hernoem het thema: de verwijzing in het gecachete bestand is nu kapot.
    thema = dossier / "thema.yaml"
    thema.write_text(thema.read_text().replace("id: buurtkracht", "id: wonen"))
    problemen = valideer(dossier).problemen
    programma = [p for p in problemen if p.bestand.endswith("programma.yaml")]
    assert programma, problemen
    assert programma[0].melding.startswith("verwijzing naar het thema: 'buurtkracht' bestaat niet")
    assert (programma[0].regel, programma[0].kolom) == (4, 8)


@pytest.mark.parametrize("inhoud", ["{niet af", "[]", '{"bestanden": 3}', "\udcff"])
def test_beschadigde_cache_wordt_genegeerd_met_opmerking(
    dossier: Path, inhoud: str
) -> None:
    valideer(dossier)
    pad = dossier / CACHEMAP / CACHEBESTAND
    pad.write_bytes(inhoud.encode("utf-8", errors="surrogateescape"))
    resultaat = valideer(dossier)
    assert resultaat.problemen == []
    assert len(resultaat.opmerkingen) == 1
    assert "beschadigd en wordt genegeerd" in resultaat.opmerkingen[0]
    # daarna weer een gave cache, zonder opmerking
    assert valideer(dossier).opmerkingen == []
    assert isinstance(_cache(dossier)["bestanden"], dict)


def test_beschadigd_item_wordt_niet_vertrouwd(dossier: Path) -> None:
    valideer(dossier)
    pad = dossier / CACHEMAP / CACHEBESTAND
    data = json.loads(pad.read_text())
    data["bestanden"]["thema.yaml"]["samenvatting"]["definities"] = "kapot"
    pad.write_text(json.dumps(data))
    resultaat = valideer(dossier)
    assert resultaat.problemen == []
    assert "beschadigd" in resultaat.opmerkingen[0]


def test_geen_cache_schrijft_niets(dossier: Path) -> None:
    uitkomst = runner.invoke(app, ["valideer", str(dossier), "--geen-cache"])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert not (dossier / CACHEMAP).exists()


def test_alleen_lezen_dossier_werkt_zonder_cache(dossier: Path) -> None:
    (dossier / CACHEMAP).write_text("geen map")  # de cache kan er niet komen
    assert valideer(dossier).problemen == []


_MET_MODULES = (
    "import atexit, json, sys\n"
    "def meld(): print('MODULES ' + json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    "atexit.register(meld)\n"
    "sys.argv = ['stelsel', *sys.argv[1:]]\n"
    "from stelselkit.start import main\n"
    "main()\n"
)


def _stelsel(*argumenten: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``stelsel`` als echt proces, dat bij het einde zijn geïmporteerde modules meldt."""
    return subprocess.run(
        [sys.executable, "-c", _MET_MODULES, *argumenten],
        capture_output=True, text=True, cwd=cwd, check=False,
    )


def _geimporteerd(stderr: str) -> set[str]:
    regel = next(r for r in stderr.splitlines() if r.startswith("MODULES "))
    return set(json.loads(regel.removeprefix("MODULES ")))


ZWAAR = {"typer", "click", "rich", "jinja2", "networkx", "pydantic", "pydantic_core", "ruamel"}


def test_warme_run_importeert_niets_zwaars(dossier: Path) -> None:
    koud = _stelsel("valideer", str(dossier), cwd=dossier.parent)
    assert koud.returncode == 0, koud.stdout + koud.stderr
    assert "pydantic" in _geimporteerd(koud.stderr)  # de eerste keer worden modellen gebouwd
    warm = _stelsel("valideer", str(dossier), cwd=dossier.parent)
    assert warm.returncode == 0
    assert warm.stdout == koud.stdout == "✓ proefbuurt: 5 bestanden, geen fouten\n"
    geimporteerd = _geimporteerd(warm.stderr)
    assert not {m for m in geimporteerd if m.split(".")[0] in ZWAAR}, geimporteerd
    assert "yaml" not in geimporteerd


def test_gewijzigd_bestand_bouwt_alleen_zijn_eigen_model(dossier: Path) -> None:
    assert _stelsel("valideer", str(dossier), cwd=dossier.parent).returncode == 0
    thema = dossier / "thema.yaml"
    thema.write_text(thema.read_text() + "# een opmerking\n")
    run = _stelsel("valideer", str(dossier), cwd=dossier.parent)
    assert run.returncode == 0
    modellen = {m for m in _geimporteerd(run.stderr) if m.startswith("stelselkit.model.")}
    assert modellen == {"stelselkit.model.basis", "stelselkit.model.thema"}, modellen
    assert not {m for m in _geimporteerd(run.stderr) if m.split(".")[0] in {"typer", "rich"}}


@pytest.mark.parametrize("formaat", ["md", "json"])
def test_snelle_weg_geeft_hetzelfde_als_de_opdrachtregel(dossier: Path, formaat: str) -> None:
    (dossier / "thema.yaml").write_text("soort: thema\nnaam: Wonen\nkleur: rood\n")
    gewoon = runner.invoke(app, ["valideer", str(dossier), "--format", formaat, "--geen-cache"])
    for _ in range(2):  # koud en warm
        snel = subprocess.run(
            [sys.executable, "-m", "stelselkit", "valideer", str(dossier), "-f", formaat],
            capture_output=True, text=True, check=False,
        )
        assert (snel.returncode, snel.stdout) == (gewoon.exit_code, gewoon.stdout)
    assert gewoon.exit_code == 1


def test_twee_runs_tegelijk_laten_een_gave_cache_achter(dossier: Path) -> None:
    processen = [
        subprocess.Popen([sys.executable, "-m", "stelselkit", "valideer", str(dossier)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    for proces in processen:
        uit, fout = proces.communicate(timeout=60)
        assert proces.returncode == 0, uit + fout
        assert "beschadigd" not in fout
    assert len(_cache(dossier)["bestanden"]) == 5  # type: ignore[arg-type]
    assert not list((dossier / CACHEMAP).glob("*.tmp"))
