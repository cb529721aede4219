"""``stelsel matrix``: de stelselmatrix met aandachtspunten en de brug naar het programma.

De verwachte antwoorden zijn met de hand nageteld op ``fixtures/matrix/buurt``: twee posities
(bewoner, buurt), vier gevulde cellen met vijf aandachtspunten, en een programma met een
activiteit zonder cel, een activiteit in een lege cel en een vervallen activiteit.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.analyse import Resultaat, matrix
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.taal import inkorten
from stelselkit.weergave.matrix import markdown

FIXTURE = Path(__file__).parent / "fixtures" / "matrix" / "buurt"
VOORBEELDEN = Path(__file__).parents[1] / "examples"
VANDAAG = dt.date(2014, 3, 1)

runner = CliRunner()


@pytest.fixture
def buurt(tmp_path: Path) -> Path:
    doel = tmp_path / "buurt"
    shutil.copytree(FIXTURE, doel)
    return doel


def _analyse(map_: Path, vandaag: dt.date = VANDAAG) -> Resultaat[matrix.Matrixanalyse]:
    resultaat = matrix.ANALYSE.op_dossier(laad_dossier(map_), vandaag)
    assert resultaat is not None
    return resultaat


def _kerncijfers(resultaat: Resultaat[matrix.Matrixanalyse]) -> dict[str, object]:
    return {k.id: k.waarde for k in resultaat.kerncijfers}


def _per_code(resultaat: Resultaat[matrix.Matrixanalyse]) -> dict[str, list[tuple[str, ...]]]:
    gevonden: dict[str, list[tuple[str, ...]]] = {}
    for bevinding in resultaat.bevindingen:
        gevonden.setdefault(bevinding.code, []).append(bevinding.over)
    return gevonden


def test_kerncijfers_en_bevindingen() -> None:
    resultaat = _analyse(FIXTURE)
    assert _kerncijfers(resultaat) == {
        "gevulde-cellen": 4,
        "lege-cellen": 12,
        "aandachtspunten": 5,
        "opgepakte-aandachtspunten": 3,
    }
    # één bevinding per regel, het zwaarste deel voorop (#15)
    assert _per_code(resultaat) == {
        # nummering per positie, dan per element: bewoner/netwerk 1-2, bewoner/vertrouwen 3,
        # buurt/gesprek 4, buurt/omgeving 5 (de activiteit daar is vervallen); dan de activiteit
        # zonder cel en die in een lege cel
        "aandachtspunt-niet-opgepakt": [("bewoner/vertrouwen [3]", "buurt/omgeving [5]",
                                         "vergadering", "biljart → buurt/kaders")],
        # de elementen zonder enig aandachtspunt, dan de overige lege cellen
        "element-zonder-aandachtspunt": [(
            "vermogen", "ondersteuning", "verschuiving", "kaders",
            "bewoner/gesprek", "bewoner/omgeving", "buurt/netwerk", "buurt/vertrouwen")],
    }
    assert [(b.code, b.gewicht, b.regel.id) for b in resultaat.bevindingen] == [
        ("aandachtspunt-niet-opgepakt", "actie", "matrix-programma"),
        ("element-zonder-aandachtspunt", "aandacht", "matrix-elementen"),
    ]
    programma, elementen = resultaat.bevindingen
    assert programma.tekst == (
        "2 van de 5 aandachtspunten komen in geen activiteit van het programma terug. Plan er een "
        "activiteit voor (met 'cellen' of 'aandachtspunten'), of bespreek met betrokkenen waarom "
        "het nu niet aan de orde is. Deze activiteit noemt geen cel en geen aandachtspunt van de "
        "stelselmatrix: vergadering. Geef met 'cellen: [positie/element]' aan aan welk deel van "
        "het stelsel ze bouwen. Naar een cel waar de stelselmatrix geen aandachtspunt heeft, "
        "wijst: biljart → buurt/kaders. Voeg het aandachtspunt toe dat de activiteit oppakt, of "
        "kies de juiste cel.")
    assert elementen.tekst.startswith(
        "Geen enkele positie heeft een aandachtspunt voor: ") and (
        ". Nog geen aandachtspunt: Bewoner voor ") in elementen.tekst


def test_wie_wat_oppakt() -> None:
    resultaat = _analyse(FIXTURE).details
    punten = {p.nummer: p for p in resultaat.punten()}
    # de cel noemen pakt alle punten in die cel op; de id noemen pakt precies dat punt op
    assert punten[1].opgepakt_door == ("netwerkkaart",)
    assert punten[2].opgepakt_door == ("netwerkkaart",)
    assert punten[2].id == "ap-mantelzorg"
    assert punten[4].opgepakt_door == ("dorpsgesprek",)
    assert punten[5].opgepakt_door == ()
    assert resultaat.cellen[("buurt", "kaders")].activiteiten == ("biljart",)
    assert resultaat.cellen[("buurt", "omgeving")].activiteiten == ()


def test_markdown_tabel_en_volledige_tekst() -> None:
    tekst = markdown(_analyse(FIXTURE))
    regels = tekst.splitlines()
    kop = regels.index("| Element | Bewoner | Buurt |")
    assert regels[kop + 1] == "|---|---|---|"
    rijen = regels[kop + 2 : kop + 12]
    assert rijen[0] == "| ***Zelforganisatie*** | | |"
    assert rijen[1] == "| **Netwerk** | [1–2] Eigen netwerken van familie, buren en… (+1) ✓ | — |"
    assert rijen[2] == "| **Gesprek** | — | [4] Dorpsgesprekken op vrijdagochtend \\| in… ✓ |"
    assert rijen[5] == "| ***Participatie*** | | |"
    assert rijen[7] == (
        "| **Vertrouwen in het stelsel** | [3] Komt er garantie op zorg als je langer… | — |"
    )
    assert all(r.count("|") - r.count("\\|") == 4 for r in rijen)
    # de | uit de gegevens is ontsnapt (weergave/sjablonen.md), ook buiten een tabel
    assert "- [4] Dorpsgesprekken op vrijdagochtend \\| in het winkelcentrum (`ap-dorpsgesprek`) " \
        "— opgepakt door `dorpsgesprek`" in regels
    assert "- [5] Ruimte voor de biljartclub — nog door geen activiteit opgepakt" in regels
    assert "Bron: `stelselmatrix.yaml`." in regels


def test_positie_zonder_aandachtspunt(buurt: Path) -> None:
    posities = buurt / "posities.yaml"
    posities.write_text(
        posities.read_text(encoding="utf-8") + "  open-netwerk:\n    naam: Open netwerk\n",
        encoding="utf-8",
    )
    resultaat = _analyse(buurt)
    assert resultaat.kerncijfer("lege-cellen").waarde == 20
    assert _per_code(resultaat)["positie-zonder-aandachtspunt"] == [("open-netwerk",)]
    # een lege positie krijgt geen aparte bevinding per cel
    (lege_cellen,) = _per_code(resultaat)["element-zonder-aandachtspunt"]
    assert all(not cel.startswith("open-netwerk/") for cel in lege_cellen)


def test_zonder_programma(buurt: Path) -> None:
    (buurt / "programma.yaml").unlink()
    codes = _per_code(_analyse(buurt))
    assert codes["geen-programma"] == [()]
    assert "aandachtspunt-niet-opgepakt" not in codes
    assert "activiteit-zonder-cel" not in codes


def test_nieuwste_momentopname_per_thema(buurt: Path) -> None:
    sjabloon = "soort: stelselmatrix\nversie: 1\nthema: buurtkracht\ndatum: {datum}\n" \
        "cellen:\n  bewoner:\n    kaders: [{tekst}]\n"
    (buurt / "stelselmatrix-oud.yaml").write_text(
        sjabloon.format(datum="2013-06-01", tekst="Oud punt"), encoding="utf-8")
    (buurt / "stelselmatrix-later.yaml").write_text(
        sjabloon.format(datum="2015-01-01", tekst="Later punt"), encoding="utf-8")
    assert _analyse(buurt).details.bronnen == ["stelselmatrix.yaml"]
    later = _analyse(buurt, dt.date(2015, 2, 1)).details
    assert later.bronnen == ["stelselmatrix-later.yaml"]
    assert [p.tekst for p in later.punten()] == ["Later punt"]


def test_geen_stelselmatrix_geeft_none(buurt: Path) -> None:
    (buurt / "stelselmatrix.yaml").unlink()
    assert matrix.ANALYSE.op_dossier(laad_dossier(buurt), VANDAAG) is None


def test_inkorten() -> None:
    assert inkorten("kort", 40) == "kort"
    assert inkorten("een twee drie vier", 10) == "een twee…"
    assert inkorten("aaaaaaaaaaaaaaa", 5) == "aaaaa…"


def test_cli_json() -> None:
    uitkomst = runner.invoke(app, ["matrix", str(FIXTURE), "--format", "json",
                                   "--vandaag", "2014-03-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.output)
    assert data["analyse"] == "matrix" and data["peildatum"] == "2014-03-01"
    assert {k["id"]: k["waarde"] for k in data["kerncijfers"]}["aandachtspunten"] == 5
    details = data["details"]
    assert [p["id"] for p in details["posities"]] == ["bewoner", "buurt"]
    assert len(details["cellen"]) == 16
    assert details["cellen"][0]["positie"] == "bewoner"
    assert details["cellen"][0]["element"] == "netwerk"
    assert data["bevindingen"][0]["code"] == "aandachtspunt-niet-opgepakt"
    assert data["bevindingen"][0]["regel"]["id"] == "matrix-programma"


def test_cli_een_bestand_en_uit(tmp_path: Path) -> None:
    doel = tmp_path / "matrix.md"
    uitkomst = runner.invoke(app, ["matrix", str(FIXTURE / "stelselmatrix.yaml"),
                                   "--uit", str(doel)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert doel.read_text(encoding="utf-8").startswith("# Stelselmatrix — Proefbuurt\n")


@pytest.mark.parametrize(
    ("args", "code", "melding"),
    [
        (["matrix", "bestaat/niet"], 2, "bestaat niet"),
        (["matrix", str(FIXTURE / "programma.yaml")], 1, "geen stelselmatrix"),
        (["analyse", "matrix", str(FIXTURE / "programma.yaml")], 1, "geen stelselmatrix"),
        (["matrix", str(FIXTURE), "--vandaag", "1-3-2014"], 2, "1-3-2014"),
    ],
)
def test_cli_fouten(args: list[str], code: int, melding: str) -> None:
    uitkomst = runner.invoke(app, args)
    assert uitkomst.exit_code == code
    assert melding in uitkomst.output
    assert "Traceback" not in uitkomst.output


def test_cli_dossier_zonder_stelselmatrix(buurt: Path) -> None:
    (buurt / "stelselmatrix.yaml").unlink()
    uitkomst = runner.invoke(app, ["matrix", str(buurt)])
    assert uitkomst.exit_code == 1
    assert "er is geen stelselmatrix in" in uitkomst.output


@pytest.mark.parametrize("voorbeeld", ["doorwerth", "oosterbeek"])
def test_voorbeelden(voorbeeld: str) -> None:
    map_ = VOORBEELDEN / voorbeeld
    for formaat in ("md", "json"):
        uitkomst = runner.invoke(app, ["matrix", str(map_), "--format", formaat,
                                       "--vandaag", "2014-07-01"])
        assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.output)
    assert {k["id"]: k["waarde"] for k in data["kerncijfers"]}["aandachtspunten"] > 0
    assert data["details"]["programmas"], "het voorbeeld heeft een programma van activiteiten"


def test_cli_een_map_in_het_dossier_staat_voor_het_dossier(buurt: Path) -> None:
    # 'stelsel matrix' in een submap van het dossier (de werkmap) leest het hele dossier
    (buurt / "notities").mkdir()
    uitkomst = runner.invoke(app, ["matrix", str(buurt / "notities"), "--format", "json",
                                   "--vandaag", "2014-03-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert json.loads(uitkomst.stdout)["details"]["bronnen"] == ["stelselmatrix.yaml"]
    buiten = runner.invoke(app, ["matrix", str(buurt.parent)])
    assert buiten.exit_code == 2
    assert "geen dossiermap" in buiten.output
