"""Een analyse van één bestand in een dossier leest elk bestand één keer (issue 21)."""

from collections import Counter
from pathlib import Path

import pytest

from stelselkit.fouten import InhoudsFout
from stelselkit.lezen import dossier as dossiermodule
from stelselkit.lezen.dossier import laad_model
from stelselkit.model.tafelkleed import Tafelkleed

VOORBEELD = Path(__file__).parent.parent / "examples" / "doorwerth"


def test_laad_model_leest_elk_bestand_eenmaal(monkeypatch: pytest.MonkeyPatch) -> None:
    gelezen: Counter[Path] = Counter()
    echt = dossiermodule._lees_bestand

    def tel(pad: Path, naam: str | None):  # type: ignore[no-untyped-def]
        gelezen[pad.resolve()] += 1
        return echt(pad, naam)

    monkeypatch.setattr(dossiermodule, "_lees_bestand", tel)
    kleed = VOORBEELD / "tafelkleden" / "buurtkracht-2014.yaml"
    model, ingelezen, dossier = laad_model(kleed, Tafelkleed)
    assert isinstance(model, Tafelkleed)
    assert dossier is not None and ingelezen in dossier.bestanden
    assert gelezen[kleed.resolve()] == 1
    assert set(gelezen.values()) == {1}
    assert len(gelezen) == len(dossier.bestanden)


def test_ongeldig_bestand_geeft_melding_met_eigen_naam(tmp_path: Path) -> None:
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("soort: tafelkleed\nid: x\nthema: [\n", encoding="utf-8")
    with pytest.raises(InhoudsFout) as fout:
        laad_model(kapot, Tafelkleed)
    assert "kapot.yaml:" in str(fout.value)
