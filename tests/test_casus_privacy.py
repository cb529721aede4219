"""Casussen en vissenkommen komen nooit in openbare uitvoer; alleen tellingen, vanaf k casussen.

De openbare kopie van een dossier laat elke casus en vissenkom weg. Wat over casussen openbaar
mag, is het :class:`~stelselkit.lezen.casusoverzicht.Casusoverzicht`: alleen aantallen, en pas
vanaf de drempel (``casusdrempel``, standaard 5).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen.casusoverzicht import STANDAARD_DREMPEL, Lijnperiode, openbaar_overzicht
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.lezen.openbaar import Openbaar, maak_openbaar, openbaar_lezen

DORP = Path(__file__).parent / "fixtures" / "casus" / "dorp"
runner = CliRunner()


def _met_drempel(tmp_path: Path, drempel: int) -> Path:
    doel = tmp_path / "dorp"
    shutil.copytree(DORP, doel)
    kop = doel / "dossier.yaml"
    kop.write_text(kop.read_text(encoding="utf-8") + f"casusdrempel: {drempel}\n",
                   encoding="utf-8")
    return doel


def test_openbare_kopie_laat_casussen_en_vissenkommen_weg() -> None:
    prive = laad_dossier(DORP)
    assert sorted(b.soort or "" for b in prive.bestanden).count("casus") == 3
    with openbaar_lezen([DORP]):
        publiek = laad_dossier(DORP)
    assert [b.soort for b in publiek.bestanden] == ["dossier"]
    assert [b.soort for b in maak_openbaar(prive).bestanden] == ["dossier"]


def test_onder_de_drempel_geen_overzicht() -> None:
    # 3 casussen, standaarddrempel 5
    assert STANDAARD_DREMPEL == 5
    assert openbaar_overzicht(laad_dossier(DORP)) is None
    assert Openbaar.voor([DORP]).casusoverzicht(DORP) is None


def test_vanaf_de_drempel_alleen_tellingen(tmp_path: Path) -> None:
    doel = _met_drempel(tmp_path, 3)
    overzicht = Openbaar.voor([doel]).casusoverzicht(doel)
    assert overzicht is not None
    # c1, c2, c3; regisseur bij c2 en c3; geen plan; alle vragen bij c2 en c3
    assert (overzicht.casussen, overzicht.vissenkommen) == (3, 3)
    assert (overzicht.met_regisseur, overzicht.met_een_plan, overzicht.vragen_beantwoord) == (
        2, 0, 2)
    # huisarts in v1 en v2 (anders geschreven), schuldhulpverlening alleen in v1: geen patroon
    assert overzicht.gemist == (("huisarts", 2),)
    assert overzicht.overlappend == (("opvoedondersteuning", 2),)
    # tweede lijn: c1 2014-01-10 en c2 2014-03-01; eerste lijn: c3 2014-02-01; nooit terug
    assert overzicht.perioden == (
        Lijnperiode("2014-H1", (("nulde", 0), ("eerste", 1), ("tweede", 2)),
                    (("nulde", 0), ("eerste", 0), ("tweede", 0))),
    )
    tekst = repr(overzicht.als_dict())
    for casusveld in ("c1", "c2", "c3", "jeugdpsychiater", "zorgloket", "De jongere", "2014-01-10"):
        assert casusveld not in tekst, casusveld


def test_drempel_minimaal_drie(tmp_path: Path) -> None:
    doel = _met_drempel(tmp_path, 2)
    dossier = laad_dossier(doel)
    assert [p.melding for p in dossier.problemen] == [
        "het getal 2 is te klein; de kleinste waarde is 3"
    ]


# --- geen casusveld in enige --openbaar-uitvoer ------------------------------------------------

OOSTERBEEK = Path(__file__).parents[1] / "examples" / "oosterbeek"
# Teksten die alleen in de casus en de vissenkom staan: geen ervan mag openbaar worden.
KANARIES = ("kanariecode", "Kanarieantwoord", "kanarieregisseur", "Kanarie-expertise",
            "kanarieobservatie", "Kanarie-aandachtspunt", "vk-kanarie")


@pytest.fixture(scope="module")
def met_kanaries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doel = tmp_path_factory.mktemp("kanarie") / "oosterbeek"
    shutil.copytree(OOSTERBEEK, doel)
    casus = doel / "casussen" / "oefencasus.yaml"
    casus.write_text(
        casus.read_text(encoding="utf-8")
        .replace("code: oefencasus", "code: kanariecode")
        .replace("  ordenen: ", "  ordenen: Kanarieantwoord")
        + "casusregisseur: {rol: kanarieregisseur, lijn: eerste}\n"
        "lijnen: [{lijn: tweede, opgeschaald: 2014-02-03}]\n",
        encoding="utf-8",
    )
    kom = doel / "casussen" / "vissenkom.yaml"
    kom.write_text(
        kom.read_text(encoding="utf-8")
        .replace("casus: oefencasus", "casus: kanariecode")
        .replace("observatiepunten: []", "observatiepunten: [kanarieobservatie]")
        .replace("id: vk-een-regisseur-een-plan-een-team", "id: vk-kanarie")
        .replace("tekst: de consequenties", "tekst: Kanarie-aandachtspunt, de consequenties")
        + "gemiste_expertise: [Kanarie-expertise]\n",
        encoding="utf-8",
    )
    return doel


def _openbaar(*argumenten: str) -> str:
    uitkomst = runner.invoke(app, [*argumenten, "--openbaar"])
    assert uitkomst.exit_code == 0, uitkomst.output
    return uitkomst.output


def test_kanaries_zijn_niet_openbaar_wel_te_vinden(met_kanaries: Path) -> None:
    # Zonder --openbaar staan ze er wel: de test kan falen.
    gewoon = runner.invoke(app, ["analyse", "casus", str(met_kanaries), "--vandaag", "2014-06-30"])
    assert "kanariecode" in gewoon.output and "Kanarie-expertise" in gewoon.output
    prive = runner.invoke(app, ["privacy", str(met_kanaries)])
    assert "casussen/oefencasus.yaml" in prive.output
    # Het aandachtspunt van de vissenkom staat (niet openbaar) in de matrix, opgepakt door de
    # activiteiten die zijn cel noemen.
    matrix = runner.invoke(app, ["matrix", str(met_kanaries), "--format", "json"])
    cellen = json.loads(matrix.output)["details"]["cellen"]
    punten = [p for cel in cellen for p in cel["aandachtspunten"]]
    punt = next(p for p in punten if p["id"] == "vk-kanarie")
    assert (punt["bron"], punt["opgepakt_door"]) == (
        "vissenkom", ["vissenkom-oefenen", "casusbesprekingen"])


def test_geen_casusveld_in_enige_openbare_uitvoer(met_kanaries: Path, tmp_path: Path) -> None:
    d = str(met_kanaries)
    teksten = [
        _openbaar("analyse", "casus", d),
        _openbaar("analyse", "casus", d, "--format", "json"),
        _openbaar("matrix", d),
        _openbaar("matrix", d, "--format", "json"),
        _openbaar("programma", d),
        _openbaar("privacy", d),
        _openbaar("privacy", d, "--format", "json"),
        _openbaar("analyse", "omgeving", d),
        _openbaar("analyse", "vermogen", d),
        _openbaar("analyse", "thema", d),
        _openbaar("analyse", "patroon", d),
        _openbaar("analyse", "netwerk", d, "--format", "json"),
        _openbaar("vergelijk", d, str(OOSTERBEEK.parent / "doorwerth")),
        _openbaar("valideer", d),
    ]
    rapport = tmp_path / "rapport"
    _openbaar("rapport", d, "--uit", str(rapport), "--vandaag", "2014-06-30")
    assert not (rapport / "casus.md").exists()
    prive = tmp_path / "prive"
    runner.invoke(app, ["rapport", d, "--uit", str(prive), "--vandaag", "2014-06-30"])
    assert "kanariecode" in (prive / "casus.md").read_text(encoding="utf-8")
    teksten += [p.read_text(encoding="utf-8") for p in sorted(rapport.rglob("*")) if p.is_file()]
    agenda = tmp_path / "agenda.ics"
    _openbaar("export", "agenda", d, "--uit", str(agenda))
    teksten.append(agenda.read_text(encoding="utf-8"))
    for tekst in teksten:
        for kanarie in KANARIES:
            assert kanarie.casefold() not in tekst.casefold(), (kanarie, tekst[:300])
        assert "casussen/" not in tekst


OMGEVING = """soort: omgevingsanalyse
versie: 1
id: gezin-c1
titel: Eigen kracht van het gezin
eigen_kracht: {wie: het gezin van casus c1, soort: gezin, prive: true}
kringen: {netwerken: {}}
"""


def test_niets_uit_de_casusmap_is_openbaar(tmp_path: Path) -> None:
    # Ook een omgevingsanalyse (een openbare soort) met de eigen kracht van een gezin, als ze in
    # de casusmap staat.
    doel = tmp_path / "dorp"
    shutil.copytree(DORP, doel)
    c1 = doel / "casussen" / "c1.yaml"
    c1.write_text(c1.read_text(encoding="utf-8") + "omgevingsanalyse: gezin-c1\n",
                  encoding="utf-8")
    (doel / "casussen" / "gezin-c1.yaml").write_text(OMGEVING, encoding="utf-8")
    assert runner.invoke(app, ["valideer", str(doel)]).exit_code == 0
    assert "omgevingsanalyse" in [b.soort for b in laad_dossier(doel).bestanden]
    with openbaar_lezen([doel]):
        assert [b.soort for b in laad_dossier(doel).bestanden] == ["dossier"]
    assert [b.soort for b in maak_openbaar(laad_dossier(doel)).bestanden] == ["dossier"]
