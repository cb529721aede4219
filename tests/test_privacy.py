"""Privacy (AVG): privé-personen worden pseudoniemen, contactgegevens verdwijnen.

Eigenschap-gebaseerd (hypothesis): namen en contactgegevens op willekeurige plekken van een
gegenereerd dossier mogen in geen enkele ``--openbaar``-uitvoer terugkomen.
"""

from __future__ import annotations

import shutil
import string
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen.openbaar import VERWIJDERD, Privacyfilter, contactgegevens_in, filter_voor

runner = CliRunner()
DOSSIER = Path(__file__).parent / "formaat" / "dossier"


# --- het filter zelf, met met de hand uitgewerkte antwoorden ------------------------------------

def test_pseudoniemen_zijn_vast_en_genummerd() -> None:
    filter_ = Privacyfilter()
    filter_.voeg_persoon_toe(["Jan de Vries"], ["jan"])
    filter_.voeg_persoon_toe(["Fatma Yilmaz"], ["fatma"])
    tekst = "Jan de Vries en Fatma Yilmaz; later weer jan de vries. Schakel: jan."
    assert filter_.toepassen(tekst) == (
        "Persoon 1 en Persoon 2; later weer Persoon 1. Schakel: persoon-1."
    )


def test_naam_binnen_een_ander_woord_blijft_staan() -> None:
    filter_ = Privacyfilter()
    filter_.voeg_persoon_toe(["Jan"])
    assert filter_.toepassen("In januari sprak Jan.") == "In januari sprak Persoon 1."


@pytest.mark.parametrize(("tekst", "soort"), [
    ("mail jan.devries@example.nl", "e-mailadres"),
    ("bel 06-12345678", "telefoonnummer"),
    ("bel 026 123 45 67", "telefoonnummer"),
    ("bel +31 6 1234 5678", "telefoonnummer"),
    ("woont aan de Berkenlaan 12a", "adres"),
    ("Utrechtseweg 5, 6862 AB Oosterbeek", "postcode"),
])
def test_contactgegevens_worden_herkend(tekst: str, soort: str) -> None:
    assert soort in {s for s, _ in contactgegevens_in(tekst)}
    assert VERWIJDERD in Privacyfilter().toepassen(tekst)


@pytest.mark.parametrize("tekst", [
    "datum 2014-02-14", "tafelkleed-2013-05-01", "versie 1, fase 2", "Joanitterweg",
    "12 schakels en 30 ingrediënten",
])
def test_gewone_tekst_blijft_staan(tekst: str) -> None:
    assert Privacyfilter().toepassen(tekst) == tekst


def test_filter_uit_een_dossier(tmp_path: Path) -> None:
    doel = tmp_path / "d"
    shutil.copytree(DOSSIER, doel)
    pad = doel / "tafelkleden" / "eerste.yaml"
    pad.write_text(pad.read_text() + (
        "  jan:\n"
        "    naam: Jan de Vries\n"
        "    prive: true\n"
        "    contact: j.devries(at)buurt\n"
    ))
    filter_ = filter_voor([doel])
    uit = filter_.toepassen("Jan de Vries (jan) is bereikbaar via j.devries(at)buurt")
    assert uit == f"Persoon 1 (persoon-1) is bereikbaar via {VERWIJDERD}"


# --- eigenschap: niets lekt in --openbaar ------------------------------------------------------

_letters = st.text(alphabet=string.ascii_letters + "éëïöü", min_size=3, max_size=9)
namen = st.builds(lambda a, b: f"{a.capitalize()} {b.capitalize()}", _letters, _letters)
emails = st.builds(lambda a, b: f"{a.lower()}@{b.lower()}.nl", _letters, _letters)
telefoons = st.builds(lambda n: f"06-{n:08d}", st.integers(0, 99_999_999))
adressen = st.builds(lambda a, n: f"{a.capitalize()}straat {n}", _letters, st.integers(1, 999))
contacten = st.one_of(emails, telefoons, adressen)


def _dossier_met(doel: Path, naam: str, contact: str, plek: int) -> None:
    shutil.copytree(DOSSIER, doel)
    pad = doel / "tafelkleden" / "eerste.yaml"
    data = yaml.safe_load(pad.read_text(encoding="utf-8"))
    data["schakels"]["bewoner"] = {
        "naam": naam, "prive": True, "posities": ["schakel"], "ingredienten": ["weerd"],
        "achtergrond": "bewoner",
    }
    vrije_tekst = f"Gesproken met {naam}, contact: {contact}"
    if plek == 0:
        data["schakels"]["platform"]["verhaal"] = vrije_tekst
    elif plek == 1:
        data["ingredienten"]["contact"] = vrije_tekst
    else:
        data["titel"] = f"Buurtkracht ({vrije_tekst})"
    pad.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(naam=namen, contact=contacten, plek=st.integers(0, 2))
def test_niets_lekt_in_openbare_uitvoer(
    tmp_path_factory: pytest.TempPathFactory, naam: str, contact: str, plek: int
) -> None:
    doel = tmp_path_factory.mktemp("dossier") / "buurt"
    _dossier_met(doel, naam, contact, plek)
    uitvoer = tmp_path_factory.mktemp("rapport")
    uitkomst = runner.invoke(
        app, ["rapport", str(doel), "--uit", str(uitvoer), "--openbaar", "--vandaag", "2014-01-01"]
    )
    assert uitkomst.exit_code == 0, uitkomst.output
    teksten = [p.read_text(encoding="utf-8") for p in sorted(uitvoer.glob("*.md"))]
    uitkomst = runner.invoke(app, ["analyse", "netwerk", str(doel / "tafelkleden" / "eerste.yaml"),
                                   "--format", "json", "--openbaar"])
    assert uitkomst.exit_code == 0, uitkomst.output
    teksten.append(uitkomst.output)
    for tekst in teksten:
        assert naam.casefold() not in tekst.casefold()
        assert contact not in tekst
