"""Privacy (AVG): privé-personen worden pseudoniemen, contactgegevens verdwijnen.

Eigenschap-gebaseerd (hypothesis): namen en contactgegevens op willekeurige plekken van een
gegenereerd dossier mogen in geen enkele ``--openbaar``-uitvoer terugkomen.
"""

from __future__ import annotations

import os
import shutil
import string
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from stelselkit.cli import app
from stelselkit.lezen.contactgegevens import VERWIJDERD
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.lezen.openbaar import Openbaar, maak_openbaar, normaliseer, openbaar_lezen
from stelselkit.model import Tafelkleed, Thema

runner = CliRunner()
DOSSIER = Path(__file__).parent / "formaat" / "dossier"
BUURT = Path(__file__).parent / "fixtures" / "openbaar" / "buurt"


# --- het openbare dossier, op een met de hand uitgewerkt voorbeeld ------------------------------

def _publiek() -> dict[str, tuple[str, object]]:
    publiek = maak_openbaar(laad_dossier(BUURT))
    return {b.pad.name: (b.naam, b.model) for b in publiek.bestanden}


def test_normaliseren_vouwt_hoofdletters_accenten_en_witruimte() -> None:
    assert normaliseer("Anna  WEIß") == normaliseer("anna weiss") == "anna weiss"
    assert normaliseer("İLKER Şahin") == normaliseer("ilker sahin")
    assert normaliseer("Mari\u0065\u0308lle") == normaliseer("MARIËLLE") == "marielle"


def test_privepersonen_worden_pseudoniemen_in_volgorde_van_het_dossier() -> None:
    # verwacht: in netwerk-jan-de-vries.yaml eerst het ingrediënt İlker (1), dan de schakels
    # Jan (2) en Anna Weiß (3); a-markt.yaml en thema.yaml hebben geen privé-items.
    bestanden = _publiek()
    assert "netwerk-jan-de-vries.yaml" not in bestanden
    naam, kleed = bestanden["netwerk-persoon-2.yaml"]
    assert naam.endswith("tafelkleden/netwerk-persoon-2.yaml")
    assert isinstance(kleed, Tafelkleed)
    assert kleed.id == "netwerk-persoon-2"
    assert kleed.titel == "Het netwerk van Persoon 2"
    assert list(kleed.ingredienten) == ["persoon-1", "bus"]
    assert kleed.ingredienten["persoon-1"].tekst == "Persoon 1"
    assert list(kleed.schakels) == ["persoon-2", "persoon-3"]
    jan, anna = kleed.schakels["persoon-2"], kleed.schakels["persoon-3"]
    # de rol wordt de achtergrond, het verhaal een markering, het contact verdwijnt
    assert (jan.naam, jan.rol, jan.verhaal, jan.contact) == ("Persoon 2", "bewoner", "privé", None)
    assert jan.ingredienten == ["persoon-1", "bus"]
    # openbaar: [rol] geeft de rol vrij
    assert (anna.naam, anna.rol) == ("Persoon 3", "voorzitter buurtvereniging")


def test_vermeldingen_in_vrije_tekst_en_verwijzingen_worden_openbaar() -> None:
    bestanden = _publiek()
    _, markt = bestanden["a-markt.yaml"]
    assert isinstance(markt, Tafelkleed)
    platform = markt.schakels["platform"]
    # "jan de vries" (kleine letters) en "ANNA  WEISS" (dubbele spatie, ss voor ß) worden herkend,
    # ook al staat het bestand vóór het kleed waarin ze privé zijn
    assert platform.verhaal == "Via Persoon 2 en via Persoon 3; zie netwerk-persoon-2."
    assert platform.netwerkanalyse == "netwerk-persoon-2"
    assert platform.contact is None  # "-" is een plaatshouder, geen contactgegeven
    _, thema = bestanden["thema.yaml"]
    assert isinstance(thema, Thema)
    assert thema.omschrijving == (
        f"Begonnen bij Persoon 2 thuis; mail {VERWIJDERD} of bel {VERWIJDERD}."
    )


def test_het_origineel_blijft_ongemoeid() -> None:
    dossier = laad_dossier(BUURT)
    maak_openbaar(dossier)
    kleed = dict((b.pad.name, b.model) for b in dossier.bestanden)["netwerk-jan-de-vries.yaml"]
    assert isinstance(kleed, Tafelkleed)
    assert kleed.schakels["jan-de-vries"].naam == "Jan de Vries"


def test_geheimen_voor_de_lekcontrole() -> None:
    openbaar = Openbaar.voor([BUURT])
    assert {"jan de vries", "anna weiss", "ilker sahin", "kerkstraat 12, 6865 ab doorwerth"} <= set(
        openbaar.geheimen()
    )
    assert "-" not in openbaar.geheimen()


def test_openbaar_lezen_maakt_elk_gelezen_bestand_openbaar() -> None:
    with openbaar_lezen([BUURT]):
        dossier = laad_dossier(BUURT)
    assert sorted(b.pad.name for b in dossier.bestanden) == [
        "a-markt.yaml", "dossier.yaml", "netwerk-persoon-2.yaml", "thema.yaml",
    ]
    assert dossier.problemen == []  # verwijzingen naar hernoemde ids kloppen nog
    assert not [b for b in laad_dossier(BUURT).bestanden if b.pad.name.startswith("netwerk-p")]


@pytest.mark.parametrize("argumenten", [
    ["analyse", "netwerk", str(BUURT)],
    ["analyse", "netwerk", str(BUURT), "--format", "json"],
    ["export", "netwerk", str(BUURT), "--format", "gexf"],
    ["export", "netwerk", str(BUURT), "--format", "svg"],
    ["rapport", str(BUURT), "--format", "json"],
])
def test_cli_openbaar_toont_geen_prive_gegevens(argumenten: list[str]) -> None:
    gewoon = runner.invoke(app, argumenten)
    uitkomst = runner.invoke(app, [*argumenten, "--openbaar"])
    assert gewoon.exit_code == uitkomst.exit_code == 0, uitkomst.output
    assert "Jan de Vries" in gewoon.output
    for geheim in ("Jan de Vries", "jan-de-vries", "Weiß", "WEISS", "İlker", "Kerkstraat",
                   "06/12345678", "veerpont", "1980"):
        assert geheim not in uitkomst.output, geheim
    assert "Persoon 2" in uitkomst.output or "persoon-2" in uitkomst.output


# --- alleen echte verwijzingen naar een privé-persoon worden vervangen -------------------------


def test_een_prive_id_ook_als_deel_van_een_andere_id() -> None:
    # weiss (Anna Weiß) en ilker (İlker Şahin) zijn ids van privé-personen: ook als deel van een
    # andere id of bestandsnaam worden ze vervangen (een achternaam in 'netwerk-weiss' lekt
    # anders); in vrije tekst niet, want daar kan zo'n id een gewoon woord zijn.
    openbaar = Openbaar.voor([BUURT])
    assert openbaar.tekst("weiss") == "persoon-3"
    assert openbaar.tekst("ilker") == "persoon-1"
    assert openbaar.tekst("weiss-bakkerij") == "persoon-3-bakkerij"
    assert openbaar.tekst("bakkerij-ilker") == "bakkerij-persoon-1"
    assert openbaar.bestandsnaam("tafelkleden/weiss.yaml") == "tafelkleden/persoon-3.yaml"
    assert openbaar.bestandsnaam("tafelkleden/weiss-2.yaml") == "tafelkleden/persoon-3-2.yaml"
    assert openbaar.tekst("de bakker weiss belt") == "de bakker weiss belt"
    assert openbaar.tekst("weissbier") == "weissbier"  # een id alleen als heel deel
    # de id-vorm van een naam is een naam, ook als deel van een id of in vrije tekst
    assert openbaar.tekst("netwerk-jan-de-vries") == "netwerk-persoon-2"
    assert openbaar.tekst("anna-weiss-bakkerij") == "persoon-3-bakkerij"
    assert openbaar.tekst("zie jan-de-vries en Anna Weiß") == "zie persoon-2 en Persoon 3"
    assert openbaar.tekst("annaweiss") == "annaweiss"  # een naam alleen als heel woord


def test_casussoorten_zijn_de_modellen_die_nooit_openbaar_zijn() -> None:
    from stelselkit.lezen.openbaar import _CASUSSOORTEN
    from stelselkit.model import SOORTEN

    assert {n for n, cls in SOORTEN.items() if not cls.OPENBAAR} == _CASUSSOORTEN


def test_een_persoon_die_later_bekend_wordt_telt_meteen_mee() -> None:
    # het patroon wordt onthouden, maar opnieuw gemaakt zodra er een naam of contact bijkomt
    openbaar = Openbaar()
    assert openbaar.tekst("Jan de Vries belt") == "Jan de Vries belt"
    openbaar.verzamel_tekst("soort: tafelkleed\ntitel: x\nschakels:\n  jan:\n"
                            "    naam: Jan de Vries\n    prive: true\n", "x.yaml")
    assert openbaar.tekst("Jan de Vries belt") == "Persoon 1 belt"
    openbaar.verzamel_tekst("soort: tafelkleed\ntitel: y\nschakels:\n  p:\n"
                            "    rol: platform\n    contact: via de bakker\n", "y.yaml")
    assert openbaar.tekst("Jan de Vries, via de bakker") == f"Persoon 1, {VERWIJDERD}"


def test_cli_openbaar_laat_een_activiteit_met_een_casusnaam_in_haar_id_staan() -> None:
    # de casus 'vissenkom' is altijd privé; de activiteit 'vissenkom-oefenen' is dat niet
    voorbeeld = Path(__file__).resolve().parents[1] / "examples" / "oosterbeek"
    uitkomst = runner.invoke(app, ["programma", str(voorbeeld), "--openbaar"])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "vissenkom-oefenen" in uitkomst.output
    assert "persoon-" not in uitkomst.output


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


# --- stelsel privacy vindt alles wat --openbaar moet verbergen ------------------------------------


def _geplant(doel: Path) -> None:
    """# verwacht: zes plekken die het rapport noemt (zie de test)."""
    shutil.copytree(BUURT, doel)
    (doel / "analyse.yaml").write_text(
        "soort: thema-analyse\nnaam: Buurtkracht\nthema: buurtkracht\n"
        "uitspraken:\n  - tekst: Het is hier goed wonen\n    wie: de buurvrouw van nummer 4\n"
        "    prive: true\n",
        encoding="utf-8",
    )
    # ongeldig (onbekende sleutel), met een privé-naam, e-mail en telefoonnummer
    (doel / "tafelkleden" / "kapot.yaml").write_text(
        "soort: tafelkleed\ntitel: Kapot\ndatum: 2013-01-01\nonbekend: ja\n"
        "schakels:\n  x:\n    naam: Fatma Yılmaz\n    prive: true\n"
        "    contact: fatma@example.nl\n    verhaal: bel 06-98765432\n",
        encoding="utf-8",
    )
    # geen YAML meer, wel een adres
    (doel / "notities.yaml").write_text("soort: [kapot\nWoont op Dorpsstraat 7\n",
                                        encoding="utf-8")


def test_privacy_noemt_elke_geplante_plek(tmp_path: Path) -> None:
    doel = tmp_path / "buurt"
    _geplant(doel)
    uitkomst = runner.invoke(app, ["privacy", str(doel), "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    import json

    vondsten = {(Path(v["bestand"]).name, v["pad"], v["soort"])
                for v in json.loads(uitkomst.output)["vondsten"]}
    assert {
        ("netwerk-jan-de-vries.yaml", "schakels.jan-de-vries.naam", "naam (privé)"),
        ("netwerk-jan-de-vries.yaml", "schakels.jan-de-vries.contact", "contact"),
        ("netwerk-jan-de-vries.yaml", "ingredienten.ilker.tekst", "tekst (privé)"),
        ("analyse.yaml", "uitspraken[0].wie", "wie (privé)"),
        ("kapot.yaml", "schakels.x.naam", "naam (privé) (bestand ongeldig)"),
        ("kapot.yaml", "schakels.x.contact", "contact (bestand ongeldig)"),
        ("kapot.yaml", "regel 10", "telefoonnummer in vrije tekst"),
        ("notities.yaml", "regel 2", "adres in vrije tekst"),
        ("thema.yaml", "regel 4", "e-mailadres in vrije tekst"),
        ("thema.yaml", "regel 4", "telefoonnummer in vrije tekst"),
    } <= vondsten
    md = runner.invoke(app, ["privacy", str(doel)])
    assert "Persoonsgegevens in een bestand dat niet door de controle komt" in md.output
    assert "Geen persoonsgegevens gevonden" not in md.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root mag elke map lezen")
def test_privacy_meldt_onleesbare_mappen(tmp_path: Path) -> None:
    doel = tmp_path / "buurt"
    shutil.copytree(BUURT, doel)
    dicht = doel / "gesloten"
    dicht.mkdir()
    dicht.chmod(0)
    try:
        uitkomst = runner.invoke(app, ["privacy", str(doel)])
    finally:
        dicht.chmod(0o755)
    assert uitkomst.exit_code == 1
    assert "gesloten" in uitkomst.output and "niet te lezen" in uitkomst.output
