"""``stelsel init``, ``stelsel nieuw`` en ``stelsel schema``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.model import SOORTEN
from stelselkit.opdrachten import aanmaken
from stelselkit.opdrachten.valideren import valideer

runner = CliRunner()
VANDAAG = dt.date(2014, 3, 1)


def _init(map_: Path) -> None:
    aanmaken.init(map_, buurt="Doorwerth", gemeente="Renkum", thema="Gezond Doorwerth",
                  vandaag=VANDAAG)


def test_init_maakt_een_geldig_dossier(tmp_path: Path) -> None:
    doel = tmp_path / "doorwerth"
    uitkomst = runner.invoke(app, ["init", str(doel), "--buurt", "Doorwerth",
                                   "--gemeente", "Renkum", "--thema", "Gezond Doorwerth"])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "Aangemaakt:" in uitkomst.output and "Volgende stappen:" in uitkomst.output
    assert valideer(doel).problemen == []
    kop = (doel / "dossier.yaml").read_text(encoding="utf-8")
    assert kop.startswith("# yaml-language-server: $schema=.schema/dossier.schema.json\n")
    assert "themas:\n  - gezond-doorwerth\n" in kop
    for soort in SOORTEN:
        assert (doel / ".schema" / f"{soort}.schema.json").is_file()


def test_init_zonder_terminal_verzint_niets(tmp_path: Path) -> None:
    """Zonder terminal wordt niet gevraagd; een ontbrekende gemeente is een gebruiksfout, geen
    verzonnen 'Renkum'."""
    doel = tmp_path / "heveadorp"
    uitkomst = runner.invoke(app, ["init", str(doel), "--buurt", "Heveadorp",
                                   "--thema", "Gezond Heveadorp"])
    assert uitkomst.exit_code == 2
    assert "stelsel: geef --gemeente (zonder terminal vraag ik niets" in uitkomst.output
    assert not doel.exists()


def test_init_weigert_een_bestaand_dossier(tmp_path: Path) -> None:
    doel = tmp_path / "d"
    _init(doel)
    (doel / "dossier.yaml").write_text("# mijn eigen werk\n" + (doel / "dossier.yaml").read_text())
    uitkomst = runner.invoke(app, ["init", str(doel), "--buurt", "D", "--gemeente", "Renkum",
                                   "--thema", "T"])
    assert uitkomst.exit_code == 2
    assert "ik overschrijf het niet" in uitkomst.output
    assert (doel / "dossier.yaml").read_text().startswith("# mijn eigen werk")


def test_nieuw_voegt_een_geldig_bestand_toe(tmp_path: Path) -> None:
    _init(tmp_path)
    for soort in SOORTEN:
        if soort in ("dossier", "posities"):
            continue
        aanmaken.nieuw(soort, tmp_path, vandaag=VANDAAG)
    resultaat = valideer(tmp_path)
    assert resultaat.problemen == [], [p.als_regel() for p in resultaat.problemen]
    # init maakte al een tafelkleed van die dag; nieuw koos een vrije naam
    assert (tmp_path / "tafelkleden" / "tafelkleed-2014-03-01-2.yaml").is_file()


def test_nieuw_weigert_een_tweede_positiesbestand(tmp_path: Path) -> None:
    _init(tmp_path)
    uitkomst = runner.invoke(app, ["nieuw", "posities", str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert "dit dossier heeft al een posities-bestand" in uitkomst.output


def test_nieuw_in_submap_wijst_naar_het_schema_van_het_dossier(tmp_path: Path) -> None:
    _init(tmp_path)
    aanmaken.nieuw("tafelkleed", tmp_path / "tafelkleden" / "markt.yaml", vandaag=VANDAAG)
    tekst = (tmp_path / "tafelkleden" / "markt.yaml").read_text(encoding="utf-8")
    assert tekst.startswith("# yaml-language-server: $schema=../.schema/tafelkleed.schema.json")
    assert "id: markt\n" in tekst
    assert valideer(tmp_path).uitgang == 0


def test_nieuw_van_vorige_houdt_commentaar_en_schuift_door(tmp_path: Path) -> None:
    _init(tmp_path)
    vorig = tmp_path / "vermogen-2013.yaml"
    vorig.write_text(
        "# yaml-language-server: $schema=.schema/vermogensanalyse.schema.json\n"
        "soort: vermogensanalyse  # de soort\n"
        "versie: 1\n"
        "id: vermogen-2013\n"
        "periode:\n"
        "  van: 2013-01-01\n"
        "  tot: 2013-12-31\n"
        "elementen:\n"
        "  # zo zagen we het eind 2013\n"
        "  netwerken:\n"
        "    score: 2\n"
        "    verhaal: Het begint.\n",
        encoding="utf-8",
    )
    uitkomst = runner.invoke(
        app,
        ["nieuw", "vermogensanalyse", str(tmp_path / "vermogen-2014.yaml"), "--van", str(vorig)],
    )
    assert uitkomst.exit_code == 0, uitkomst.output
    tekst = (tmp_path / "vermogen-2014.yaml").read_text(encoding="utf-8")
    assert "# zo zagen we het eind 2013" in tekst
    assert "soort: vermogensanalyse  # de soort" in tekst
    assert tekst.startswith("# yaml-language-server:")
    assert "id: vermogen-2014\nvorige: vermogen-2013\n" in tekst
    assert "  van: 2014-01-01\n  tot: 2014-12-31\n" in tekst
    assert valideer(tmp_path).uitgang == 0


def test_nieuw_weigert_bestaand_bestand_en_andere_soort(tmp_path: Path) -> None:
    _init(tmp_path)
    bestaand = next(tmp_path.glob("tafelkleden/tafelkleed-*.yaml"))
    uitkomst = runner.invoke(app, ["nieuw", "tafelkleed", str(bestaand)])
    assert uitkomst.exit_code == 2
    assert "bestaat al" in uitkomst.output
    uitkomst = runner.invoke(
        app, ["nieuw", "vermogensanalyse", str(tmp_path / "v.yaml"), "--van", str(bestaand)]
    )
    assert uitkomst.exit_code == 2
    assert "is een tafelkleed, geen vermogensanalyse" in uitkomst.output


@pytest.mark.parametrize("soort", ["tafelkleedje", "dossier"])
def test_nieuw_onbekende_soort(tmp_path: Path, soort: str) -> None:
    _init(tmp_path)
    uitkomst = runner.invoke(app, ["nieuw", soort, str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert f"onbekende soort '{soort}'" in uitkomst.output


def test_nieuw_buiten_een_dossier(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["nieuw", "tafelkleed", str(tmp_path)])
    assert uitkomst.exit_code == 2
    assert "ligt niet in een dossier" in uitkomst.output


def test_schema_schrijft_een_schema_per_soort(tmp_path: Path) -> None:
    uitkomst = runner.invoke(app, ["schema", "--uit", str(tmp_path)])
    assert uitkomst.exit_code == 0
    schema = json.loads((tmp_path / "tafelkleed.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["soort"]["const"] == "tafelkleed"
    assert schema["additionalProperties"] is False
    assert len(list(tmp_path.glob("*.schema.json"))) == len(SOORTEN)


def test_schema_naar_scherm_is_json() -> None:
    uitkomst = runner.invoke(app, ["schema"])
    assert uitkomst.exit_code == 0
    assert set(json.loads(uitkomst.output)) == set(SOORTEN)


@pytest.mark.parametrize(("van", "tot", "verwacht"), [
    ("2014-01-01", "2014-06-30", ("2014-07-01", "2014-12-31")),
    ("2013-04-01", "2014-06-30", ("2014-07-01", "2015-09-30")),
    ("2013-01-01", "2013-12-31", ("2014-01-01", "2014-12-31")),
    ("2013-01-05", "2013-01-10", ("2013-01-11", "2013-01-16")),
])
def test_volgende_periode(van: str, tot: str, verwacht: tuple[str, str]) -> None:
    nieuw = aanmaken.volgende_periode(dt.date.fromisoformat(van), dt.date.fromisoformat(tot))
    assert tuple(d.isoformat() for d in nieuw) == verwacht


def test_geschreven_bestanden_hebben_gewone_rechten(tmp_path: Path) -> None:
    import os
    import stat

    from stelselkit.uitvoer.schrijven import schrijf_atomisch

    masker = os.umask(0o022)
    try:
        nieuw = tmp_path / "nieuw.md"
        schrijf_atomisch(nieuw, "x")
        assert stat.S_IMODE(nieuw.stat().st_mode) == 0o644
        bestaand = tmp_path / "bestaand.md"
        bestaand.write_text("oud")
        bestaand.chmod(0o600)
        schrijf_atomisch(bestaand, "nieuw", overschrijven=True)
        assert stat.S_IMODE(bestaand.stat().st_mode) == 0o600
    finally:
        os.umask(masker)


def test_nieuw_van_geeft_verse_ids_en_houdt_verwijzingen_en_commentaar(tmp_path: Path) -> None:
    """Een gebeurtenis heeft een eigen id in het dossier; de kopie krijgt een nieuwe (met de
    verwijzing in de tijdlijn mee), en het dossier is meteen geldig."""
    _init(tmp_path)
    vorig = tmp_path / "netwerkprogramma-2014.yaml"
    vorig.write_text(
        "# yaml-language-server: $schema=.schema/netwerkprogramma.schema.json\n"
        "soort: netwerkprogramma\n"
        "versie: 1\n"
        "titel: Netwerkprogramma\n"
        "periode: {van: 2014-01, tot: 2014-06}\n"
        "gebeurtenissen:\n"
        "  # het eerste moment in het dorp\n"
        "  valentijnsdag:\n"
        "    wat: Valentijnsdag in het winkelcentrum\n"
        "    datum: 2014-02-14\n"
        "tijdlijn:\n"
        "  - {datum: 2014-02-14, wat: Kraam, soort: actie, gebeurtenis: valentijnsdag}\n",
        encoding="utf-8",
    )
    (tmp_path / "netwerk").mkdir()
    doel = tmp_path / "netwerk" / "netwerkprogramma-2015.yaml"
    uitkomst = runner.invoke(app, ["nieuw", "netwerkprogramma", str(doel), "--van", str(vorig)])
    assert uitkomst.exit_code == 0, uitkomst.output
    tekst = doel.read_text(encoding="utf-8")
    # de schemaregel wijst vanaf de nieuwe plek naar het schema van het dossier
    assert tekst.startswith(
        "# yaml-language-server: $schema=../.schema/netwerkprogramma.schema.json\n")
    assert "  # het eerste moment in het dorp\n  valentijnsdag-2:\n" in tekst
    assert "gebeurtenis: valentijnsdag-2}" in tekst
    assert "periode: {van: 2014-07, tot: 2014-12}\n" in tekst
    uitkomst = runner.invoke(app, ["valideer", "--geen-cache", str(tmp_path)])
    assert uitkomst.exit_code == 0, uitkomst.output
    # een derde kopie vanuit de tweede telt door in plaats van '-2-2'
    derde = tmp_path / "netwerkprogramma-2016.yaml"
    uitkomst = runner.invoke(app, ["nieuw", "netwerkprogramma", str(derde), "--van", str(doel)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "  valentijnsdag-3:\n" in derde.read_text(encoding="utf-8")
    assert valideer(tmp_path).problemen == []


def test_nieuw_van_laat_een_waarde_met_dezelfde_naam_staan(tmp_path: Path) -> None:
    """Een kanaal met id 'nieuwsflits' en soort 'nieuwsflits': de id wordt nieuw, de soort niet;
    'items' (een lijst ids in hetzelfde bestand) volgt de nieuwe id."""
    _init(tmp_path)
    vorig = tmp_path / "portfolio-2014.yaml"
    vorig.write_text(
        "soort: portfolio\nversie: 1\ntitel: Portfolio\nthema: gezond-doorwerth\n"
        "verhalen:\n  - id: verhaal-markt\n    titel: Markt\n    tekst: Op de markt.\n"
        "    maker: de gebiedsambassadeur\n"
        "communicatieplan:\n  kanalen:\n    - id: nieuwsflits\n      soort: nieuwsflits\n"
        "      plek: de nieuwsflits van de proeftuin\n      items: [verhaal-markt]\n",
        encoding="utf-8",
    )
    assert valideer(tmp_path).problemen == []
    doel = tmp_path / "portfolio-2015.yaml"
    uitkomst = runner.invoke(app, ["nieuw", "portfolio", str(doel), "--van", str(vorig)])
    assert uitkomst.exit_code == 0, uitkomst.output
    tekst = doel.read_text(encoding="utf-8")
    assert ("    - id: nieuwsflits-2\n      soort: nieuwsflits\n"
            "      plek: de nieuwsflits van de proeftuin\n"
            "      items: [verhaal-markt-2]\n") in tekst
    assert valideer(tmp_path).problemen == []


def test_schema_zet_de_schemaregel_goed_na_verplaatsen(tmp_path: Path) -> None:
    """Een tafelkleed met de hand uit tafelkleden/ gehaald: 'stelsel schema --uit DOSSIER/.schema'
    zet alleen zijn eerste regel goed; de rest van het dossier blijft letterlijk staan."""
    _init(tmp_path)
    kleed = next(tmp_path.glob("tafelkleden/*.yaml"))
    verplaatst = tmp_path / kleed.name
    kleed.rename(verplaatst)
    voor = {p: p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.yaml")}
    assert voor[verplaatst].startswith(
        "# yaml-language-server: $schema=../.schema/tafelkleed.schema.json\n")
    uitkomst = runner.invoke(app, ["schema", "--uit", str(tmp_path / ".schema")])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert uitkomst.output.count("schemaregel goedgezet") == 1
    assert f"schemaregel goedgezet: {verplaatst}\n" in uitkomst.output
    for pad, tekst in voor.items():
        verwacht = (tekst.replace("$schema=../.schema/", "$schema=.schema/", 1)
                    if pad == verplaatst else tekst)
        assert pad.read_text(encoding="utf-8") == verwacht, pad
