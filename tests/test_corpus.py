"""De corpusgenerator van de benchmarks: een klein corpus is geldig en hangt alleen af van de seed.

Geen tijdmetingen hier: benchmarks horen in ``benchmarks/meet.py``, niet in CI.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from stelselkit.model import SOORTEN
from stelselkit.opdrachten.valideren import valideer

GENERATOR = Path(__file__).resolve().parent.parent / "benchmarks" / "genereer_corpus.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("genereer_corpus", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["genereer_corpus"] = module
    spec.loader.exec_module(module)
    return module


gen = _generator()


def _soort(pad: Path) -> str:
    gevonden = re.search(r"^soort: (\S+)$", pad.read_text(encoding="utf-8"), re.M)
    assert gevonden, pad
    return gevonden.group(1)


def test_kleine_schaal_geeft_geldige_dossiers(tmp_path: Path) -> None:
    uit = tmp_path / "corpus"
    # 2 van de 350 gemeenten: 20 buurten, en buurt 0 heeft het grote tafelkleed (één op de 40).
    assert gen.main(["--uit", str(uit), "--schaal", str(2 / gen.GEMEENTEN)]) == 0
    resultaat = valideer(uit)
    assert resultaat.problemen == []
    assert len(resultaat.dossiers) == 2 * gen.BUURTEN
    assert sorted(p.name for p in uit.iterdir()) == sorted(
        gen._slug(gen.gemeentenaam(g)) for g in range(2))
    soorten = {_soort(p) for p in uit.rglob("*.yaml")}
    assert soorten == set(SOORTEN)  # elke soort komt voor, ook voor check-jsonschema per soort

    kleed = gen.buurt_dossier(gen.SEED, 0, 0)["tafelkleed-1.yaml"]
    assert gen.GROOT_INGREDIENTEN[0] <= len(kleed["ingredienten"]) <= gen.GROOT_INGREDIENTEN[1]
    assert gen.GROOT_SCHAKELS[0] <= len(kleed["schakels"]) <= gen.GROOT_SCHAKELS[1]
    assert (uit / gen._slug(gen.gemeentenaam(0)) / "01-de-weerd" / "tafelkleed-1.yaml").stat(
    ).st_size > 100_000


def test_zelfde_seed_zelfde_bestanden_en_kleiner_is_een_deel(tmp_path: Path) -> None:
    een = gen.buurt_dossier(gen.SEED, 3, 4)
    assert een == gen.buurt_dossier(gen.SEED, 3, 4)
    assert een != gen.buurt_dossier(gen.SEED + 1, 3, 4)
    klein = tmp_path / "klein"
    groter = tmp_path / "groter"
    gen.genereer(klein, 1 / gen.GEMEENTEN)
    gen.genereer(groter, 2 / gen.GEMEENTEN)
    for pad in klein.rglob("*.yaml"):
        assert pad.read_bytes() == (groter / pad.relative_to(klein)).read_bytes()


def test_schaal_nul_is_een_gebruiksfout(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as fout:
        gen.main(["--uit", str(tmp_path / "x"), "--schaal", "0"])
    assert fout.value.code == 2
    assert not (tmp_path / "x").exists()
