"""Bevindingen over het buurtportfolio: per regel een dossier dat haar triggert en een dat niet.

Het basisdossier (hieronder) is in orde voor alle vijf regels: het programma is voorbij stap 3 en
er is een portfolio; elk kanaal staat op de tijdlijn; het tafelkleed noemt een naam en heeft
toestemming; het manifestatiemoment is een moment van een kanaal; alle vier de B's zijn zichtbaar.
Elke test verandert één ding.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from stelselkit.analyse.portfolio import bevindingen
from stelselkit.lezen.dossier import laad_dossier

VANDAAG = dt.date(2014, 7, 1)

BASIS = {
    "dossier.yaml": """\
soort: dossier
versie: 1
buurt: Proefbuurt
gemeente: Renkum
themas: [buurtkracht]
""",
    "thema.yaml": "soort: thema\nversie: 1\nid: buurtkracht\nnaam: Versterken van buurtkracht\n",
    "programma.yaml": """\
soort: programma
versie: 1
titel: Proeftuin
thema: buurtkracht
ontwikkelperiode: {van: 2013-04-01, tot: 2014-06-30}
stappen:
  contact: {status: gedaan}
  presenteren: {status: loopt}
activiteiten:
  slot:
    wat: Slotbijeenkomst
    datum: 2014-06-20
    manifestatiemoment: true
""",
    "kleed.yaml": """\
soort: tafelkleed
versie: 1
id: kleed
titel: Buurtkracht
thema: buurtkracht
datum: 2014-03-01
ingredienten: {weerd: Winkelcentrum De Weerd}
schakels:
  ans: {naam: Ans Bakker, rol: dorpsplatform, posities: partner, ingredienten: [weerd]}
""",
    "analyse.yaml": """\
soort: thema-analyse
versie: 1
id: analyse
naam: Versterken van buurtkracht
thema: buurtkracht
voorbeelden: [{id: voorbeeld-kievitsdel, tekst: In Kievitsdel rijden mensen elkaar}]
initiatieven: [{id: buurtkamer, naam: Een buurtkamer}]
uitspraken: [{id: uitspraak-hart, tekst: Hart voor elkaar moet wederzijds zijn.}]
tijdlijn:
  start: {id: start, naam: Dorpsgesprek, datum: 2014-02-14}
""",
}
PORTFOLIO = """\
soort: portfolio
versie: 1
id: portfolio-buurtkracht
titel: Buurtkracht
thema: buurtkracht
uitspraken: [uitspraak-hart]
initiatieven: [buurtkamer]
voorbeelden: [voorbeeld-kievitsdel]
tafelkleden:
  - {id: kleed, toestemming: {wie: Ans Bakker, wanneer: 2014-03-01}}
communicatieplan:
  kanalen:
    - {id: prikbord, soort: prikbord, plek: De Weerd, wanneer: [start], items: [kleed]}
    - {id: tentoonstelling, soort: tentoonstelling, plek: bibliotheek, wanneer: [slot]}
"""


def _codes(tmp_path: Path, portfolio: str | None = PORTFOLIO,
           **vervang: str) -> dict[str, tuple[str, ...]]:
    map_ = tmp_path / "buurt"
    map_.mkdir()
    for naam, tekst in {**BASIS, **vervang}.items():
        (map_ / naam).write_text(tekst, encoding="utf-8")
    if portfolio is not None:
        (map_ / "portfolio.yaml").write_text(portfolio, encoding="utf-8")
    dossier = laad_dossier(map_)
    assert dossier.problemen == []
    return {b.code: b.over for b in bevindingen(dossier, VANDAAG)}


def test_basisdossier_heeft_geen_bevindingen(tmp_path: Path) -> None:
    assert _codes(tmp_path) == {}


def test_thema_voorbij_stap_3_zonder_portfolio(tmp_path: Path) -> None:
    assert _codes(tmp_path, portfolio=None) == {"thema-zonder-portfolio": ("buurtkracht",)}


def test_thema_in_stap_3_zonder_portfolio_is_nog_op_tijd(tmp_path: Path) -> None:
    programma = BASIS["programma.yaml"].replace("contact: {status: gedaan}",
                                                "contact: {status: loopt}").replace(
        "presenteren: {status: loopt}", "presenteren: {status: nog-niet}")
    assert _codes(tmp_path, portfolio=None, **{"programma.yaml": programma}) == {}


def test_kanaal_op_geen_moment(tmp_path: Path) -> None:
    portfolio = PORTFOLIO.replace("plek: De Weerd, wanneer: [start],", "plek: De Weerd,")
    assert _codes(tmp_path, portfolio) == {"kanaal-niet-op-tijdlijn": ("prikbord",)}


def test_item_over_een_persoon_zonder_toestemming(tmp_path: Path) -> None:
    portfolio = PORTFOLIO.replace(
        "  - {id: kleed, toestemming: {wie: Ans Bakker, wanneer: 2014-03-01}}", "  - kleed")
    # Zonder het kleed is er ook geen netwerk meer: 'betrokken' wordt onzichtbaar.
    assert _codes(tmp_path, portfolio) == {"persoon-zonder-toestemming": ("kleed",),
                                           "bouwsteen-onzichtbaar": ("portfolio-buurtkracht",)}


def test_kleed_zonder_namen_heeft_geen_toestemming_nodig(tmp_path: Path) -> None:
    portfolio = PORTFOLIO.replace(
        "  - {id: kleed, toestemming: {wie: Ans Bakker, wanneer: 2014-03-01}}", "  - kleed")
    kleed = BASIS["kleed.yaml"].replace("naam: Ans Bakker, ", "")
    assert _codes(tmp_path, portfolio, **{"kleed.yaml": kleed}) == {}


def test_manifestatiemoment_waar_het_portfolio_niet_te_zien_is(tmp_path: Path) -> None:
    portfolio = PORTFOLIO.replace("wanneer: [slot]", "wanneer: [start]")
    assert _codes(tmp_path, portfolio) == {"manifestatie-zonder-portfolio": ("slot",)}


def test_bouwsteen_zonder_iets_zichtbaars(tmp_path: Path) -> None:
    portfolio = PORTFOLIO.replace("voorbeelden: [voorbeeld-kievitsdel]\n", "")
    gevonden = _codes(tmp_path, portfolio)
    assert gevonden == {"bouwsteen-onzichtbaar": ("portfolio-buurtkracht",)}


def test_bevinding_noemt_regel_en_wat_te_doen(tmp_path: Path) -> None:
    map_ = tmp_path / "buurt"
    map_.mkdir()
    for naam, tekst in BASIS.items():
        (map_ / naam).write_text(tekst, encoding="utf-8")
    (map_ / "portfolio.yaml").write_text(
        PORTFOLIO.replace("voorbeelden: [voorbeeld-kievitsdel]\n", ""), encoding="utf-8")
    (bevinding,) = bevindingen(laad_dossier(map_), VANDAAG)
    assert bevinding.regeltekst.endswith("(001, §4.3)")
    assert "portfolio-buurtkracht: niets bekwaam" in bevinding.tekst


def test_cli_analyse_portfolio_op_het_voorbeeld() -> None:
    import json

    from typer.testing import CliRunner

    from stelselkit.cli import app

    doorwerth = str(Path(__file__).resolve().parents[1] / "examples" / "doorwerth")
    runner = CliRunner()
    uitkomst = runner.invoke(app, ["analyse", "portfolio", doorwerth, "--vandaag", "2014-07-01",
                                   "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.stdout)
    assert [b["code"] for b in data["bevindingen"]] == ["thema-zonder-portfolio",
                                                        "persoon-zonder-toestemming"]
    assert data["analyse"] == "portfolio"
    (portfolio,) = data["details"]["portfolios"]
    assert portfolio["weggelaten"] == [{"lijst": "verhalen", "id": "verhaal-berkenlaan",
                                        "reden": "gaat over een persoon en heeft geen toestemming"}]
    # betrokken: tafelkleed + dorpsgesprek; bekwaam: drie voorbeelden.
    assert portfolio["bouwstenen"]["betrokken"] == 2
    assert portfolio["bouwstenen"]["bekwaam"] == 3
    md = runner.invoke(app, ["analyse", "portfolio", doorwerth, "--vandaag", "2014-07-01"])
    assert md.exit_code == 0
    assert "### Thema voorbij stap 3 zonder buurtportfolio" in md.stdout


def test_cli_analyse_portfolio_buiten_een_dossier(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from stelselkit.cli import app

    uitkomst = CliRunner().invoke(app, ["analyse", "portfolio", str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert "ligt niet in een dossier" in uitkomst.output
