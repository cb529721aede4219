"""Het ``portfolio``-bestand: items op id, verwijzingen naar het dossier, toestemming, kanalen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stelselkit.lezen.dossier import laad_dossier
from stelselkit.model.portfolio import Portfolio

FORMAAT = Path(__file__).parent / "formaat"

ANALYSE = """\
soort: thema-analyse
versie: 1
id: analyse
naam: Versterken van buurtkracht
thema: buurtkracht
ideeen:
  - Een buurtkamer
  - {id: idee-moestuin, tekst: Een moestuin}
voorbeelden: [{id: voorbeeld-kievitsdel, tekst: In Kievitsdel rijden mensen elkaar}]
uitspraken: [{id: uitspraak-hart, tekst: Hart voor elkaar moet wederzijds zijn.}]
tijdlijn:
  start: {id: start, naam: Dorpsgesprek}
  manifestatiemoment: {id: slot, naam: Slotbijeenkomst}
"""


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    doel = tmp_path / "proefbuurt"
    shutil.copytree(FORMAAT / "dossier", doel)
    (doel / "analyse.yaml").write_text(ANALYSE, encoding="utf-8")
    return doel


def _portfolio(dossier: Path, tekst: str) -> list[str]:
    (dossier / "portfolio.yaml").write_text(
        "soort: portfolio\nversie: 1\ntitel: Buurtkracht\nthema: buurtkracht\n" + tekst,
        encoding="utf-8")
    return [p.als_regel() for p in laad_dossier(dossier).problemen]


def test_verwijzingen_naar_items_van_elke_soort_kloppen(dossier: Path) -> None:
    problemen = _portfolio(dossier, """\
thema_analyse: analyse
ideeen: idee-moestuin
voorbeelden: [voorbeeld-kievitsdel]
uitspraken: [uitspraak-hart]
tafelkleden: [{id: eerste, toestemming: {wie: de makers, wanneer: 2014-02-14}}]
momenten: [start, slot, hart]
vermogen: [{analyse: vermogen, onderdeel: netwerken}]
communicatieplan:
  kanalen:
    - {id: prikbord, soort: prikbord, plek: De Weerd, wanneer: [slot], items: [eerste, vermogen]}
""")
    assert problemen == []
    model = laad_dossier(dossier).van_soort(Portfolio)[0][1]
    assert [i.id for _, _, i in model.items()] == [
        "uitspraak-hart", "voorbeeld-kievitsdel", "idee-moestuin", "eerste", "start", "slot",
        "hart"]
    assert model.tafelkleden[0].toestemming is not None
    assert model.tafelkleden[0].toestemming.wie == "de makers"


def test_kapotte_verwijzingen_met_plek_en_soort(dossier: Path) -> None:
    problemen = _portfolio(dossier, """\
ideeen: [idee-onbekend]
tafelkleden: [analyse]
communicatieplan:
  kanalen:
    - {id: krant, soort: krant, plek: De Zwerfkei, wanneer: [eerste]}
""")
    assert len(problemen) == 3
    assert "portfolio.yaml:5:10: fout: verwijzing naar het idee: 'idee-onbekend' bestaat niet" in (
        problemen[0])
    assert "verwijzing naar het tafelkleed: 'analyse' is een thema-analyse, geen tafelkleed" in (
        problemen[1])
    assert ("verwijzing naar het moment van de tijdlijn: 'eerste' is een tafelkleed, geen moment "
            "of activiteit") in problemen[2]


def test_onbekende_kanaalsoort_noemt_de_keuzes(dossier: Path) -> None:
    problemen = _portfolio(dossier, """\
communicatieplan:
  kanalen: [{id: tv, soort: televisie, plek: regio}]
""")
    assert len(problemen) == 1
    assert "portfolio.yaml:6:29" in problemen[0]
    assert "website, tentoonstelling, prikbord" in problemen[0]
