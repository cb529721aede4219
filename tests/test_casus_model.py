"""Casus, vissenkom en gebiedsteam als dossierbestanden: privacy eerst.

Een casus noemt een gezin alleen met een code; het model weigert sleutels en waarden die op een
naam, adres of geboortedatum lijken, met een Nederlandse melding op bestand:regel:kolom, en
``prive`` kan niet uit. Casussen en vissenkommen horen in de casusmap van het dossier.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.model import Casus, Gebiedsteam, Vissenkom
from stelselkit.model.persoonsgegevens import sleutel_is_persoonsgegeven, waarde_is_persoonsgegeven

FORMAAT = Path(__file__).parent / "formaat"
runner = CliRunner()

DOSSIER = """soort: dossier
versie: 1
buurt: Oosterbeek
gemeente: Renkum
"""

CASUS = """soort: casus
versie: 1
code: ob-2014-03
"""


def _dossier(tmp_path: Path, casus: str, pad: str = "casussen/casus-a.yaml") -> Path:
    (tmp_path / "dossier.yaml").write_text(DOSSIER, encoding="utf-8")
    doel = tmp_path / pad
    doel.parent.mkdir(parents=True, exist_ok=True)
    doel.write_text(casus, encoding="utf-8")
    return doel


@pytest.mark.parametrize(
    ("regel", "sleutel", "wat"),
    [
        ("naam: Jansen", "naam", "een naam"),
        ("achternaam: Jansen", "achternaam", "een naam"),
        ("adres: Dorpsstraat 1", "adres", "een adres"),
        ("geboortedatum: 2009-03-12", "geboortedatum", "een geboortedatum"),
        ("bsn: '123456782'", "bsn", "een burgerservicenummer"),
    ],
)
def test_valideer_weigert_persoonsgegeven_als_sleutel(
    tmp_path: Path, regel: str, sleutel: str, wat: str
) -> None:
    pad = _dossier(tmp_path, CASUS + regel + "\n")
    uitkomst = runner.invoke(app, ["valideer", str(tmp_path)])
    assert uitkomst.exit_code == 1
    # regel 4, kolom 1: de sleutel zelf
    assert f"{pad}:4:1: fout: de sleutel '{sleutel}' lijkt op {wat}" in uitkomst.output
    assert "namen, adressen en geboortedatums horen niet in een dossier (AVG)" in uitkomst.output
    assert "Traceback" not in uitkomst.output


@pytest.mark.parametrize(
    ("waarde", "wat"),
    [
        ("Woont aan de Utrechtseweg 12.", "een adres"),
        ("Verhuisd naar 6862 AB.", "een postcode"),
        ("De jongste is geboren in maart.", "een geboortedatum"),
        ("Sinds 12-03-2009 in beeld.", "een (geboorte)datum"),
        ("Contact via mevrouw Jansen.", "een naam"),
    ],
)
def test_valideer_weigert_persoonsgegeven_als_waarde(tmp_path: Path, waarde: str, wat: str) -> None:
    pad = _dossier(tmp_path, CASUS + f"vragen:\n  ordenen: {waarde}\n")
    uitkomst = runner.invoke(app, ["valideer", str(pad)])
    assert uitkomst.exit_code == 1
    # regel 5, kolom 12: de waarde achter 'ordenen: '
    assert f"{pad}:5:12: fout: deze tekst bevat iets wat op {wat} lijkt" in uitkomst.output


def test_datum_alleen_in_de_datumvelden(tmp_path: Path) -> None:
    pad = _dossier(
        tmp_path,
        CASUS + "lijnen:\n  - lijn: tweede\n    opgeschaald: 2014-02-03\n"
        "netwerk:\n  - rol: oma\n    wat: 2009-03-12\n",
    )
    uitkomst = runner.invoke(app, ["valideer", str(pad)])
    assert uitkomst.exit_code == 1
    assert f"{pad}:9:10: fout: een datum onder 'wat' kan een geboortedatum zijn" in uitkomst.output
    assert "opgeschaald" not in uitkomst.output.split("fout:")[0]


def test_prive_kan_niet_uit(tmp_path: Path) -> None:
    pad = _dossier(tmp_path, CASUS + "prive: false\n")
    uitkomst = runner.invoke(app, ["valideer", str(pad)])
    assert uitkomst.exit_code == 1
    assert f"{pad}:4:8: fout: een casus is altijd privé; 'prive: false' kan niet" in uitkomst.output


def test_het_model_zelf_weigert_ook() -> None:
    with pytest.raises(ValidationError, match="de sleutel 'voornaam' lijkt op een naam"):
        Casus.model_validate({"soort": "casus", "code": "a", "netwerk": [{"voornaam": "Els"}]})
    with pytest.raises(ValidationError, match="een vissenkom is altijd privé"):
        Vissenkom.model_validate({"soort": "vissenkom", "casus": "a", "prive": False})
    assert Casus.model_validate({"soort": "casus", "code": "a"}).prive is True


def test_gewone_casus_is_geldig_en_niet_openbaar(tmp_path: Path) -> None:
    tekst = (FORMAAT / "geldig" / "casus.yaml").read_text(encoding="utf-8")
    _dossier(tmp_path, tekst.replace("thema: opvoeden\n", ""))
    uitkomst = runner.invoke(app, ["valideer", str(tmp_path)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert (Casus.OPENBAAR, Vissenkom.OPENBAAR, Gebiedsteam.OPENBAAR) == (False, False, True)


def test_casus_buiten_de_casusmap(tmp_path: Path) -> None:
    pad = _dossier(tmp_path, CASUS, "gesprekken/casus-a.yaml")
    uitkomst = runner.invoke(app, ["valideer", str(tmp_path)])
    assert uitkomst.exit_code == 1
    assert (
        f"{pad}:1:1: fout: een casus hoort in de casusmap 'casussen/' van het dossier"
        in uitkomst.output
    )
    assert "verplaats het bestand naar casussen/casus-a.yaml" in uitkomst.output
    # zoals de pre-commit-hook het doet: alleen het gewijzigde bestand
    uitkomst = runner.invoke(app, ["valideer", str(pad)])
    assert uitkomst.exit_code == 1
    assert f"{pad}:1:1: fout: een casus hoort in de casusmap" in uitkomst.output


def test_casusmap_is_instelbaar(tmp_path: Path) -> None:
    _dossier(tmp_path, CASUS, "vertrouwelijk/casus-a.yaml")
    (tmp_path / "dossier.yaml").write_text(DOSSIER + "casusmap: vertrouwelijk\n", encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", str(tmp_path)])
    assert uitkomst.exit_code == 0, uitkomst.output


def test_vissenkom_wijst_naar_een_bestaande_casuscode(tmp_path: Path) -> None:
    _dossier(tmp_path, CASUS)
    kom = tmp_path / "casussen" / "vissenkom.yaml"
    shutil.copy(FORMAAT / "geldig" / "vissenkom.yaml", kom)
    uitkomst = runner.invoke(app, ["valideer", str(tmp_path)])
    assert uitkomst.exit_code == 1
    assert (
        f"{kom}:5:8: fout: verwijzing naar de casus (zijn code): 'ob-2013-01' bestaat niet in "
        "dit dossier; bedoelde je 'ob-2014-03'?" in uitkomst.output
    )


@pytest.mark.parametrize(
    ("sleutel", "verwacht"),
    [("naam_moeder", "een naam"), ("Geboorte-datum", "een geboortedatum"), ("rol", None),
     ("lijn", None), ("wat", None), ("teruggeschakeld", None), ("casusregisseur", None)],
)
def test_sleutels(sleutel: str, verwacht: str | None) -> None:
    assert sleutel_is_persoonsgegeven(sleutel) == verwacht


@pytest.mark.parametrize(
    "tekst",
    ["Terug naar de eerste lijn zodra het gezin de cursus volgt.", "oma in de buurt",
     "ob-2014-03", "Triple P in 2014", "huisarts en praktijkondersteuner"],
)
def test_onschuldige_tekst(tekst: str) -> None:
    assert waarde_is_persoonsgegeven(tekst) is None
