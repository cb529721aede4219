"""``stelsel export agenda``: iCalendar volgens RFC 5545, gelezen met de icalendar-bibliotheek."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from stelselkit.analyse.tijdlijn import tijdmomenten
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.model import Programma, ThemaAnalyse
from stelselkit.uitvoer.agenda import ics, maak_agenda, tekstwaarde, vouw

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "agenda"
DOSSIER = FIXTURES / "dossier"
VOORBEELDEN = Path(__file__).parents[1] / "examples"


def _uid(dossier: str, bestand: str, item: str) -> str:
    """De UID zoals RFC 5545 hem vraagt: vast, en zonder tekst uit het dossier (een hash)."""
    return hashlib.sha256(f"{dossier}\x1f{bestand}\x1f{item}".encode()).hexdigest()[:32] + (
        "@stelselkit"
    )


def _lees(tekst: str) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(tekst).walk("VEVENT"))


def _regels(tekst: str) -> list[str]:
    assert tekst.endswith("\r\n")
    regels = tekst[:-2].split("\r\n")
    assert not any("\n" in r or "\r" in r for r in regels), "alleen CRLF als regeleinde"
    return regels


# --- RFC 5545 --------------------------------------------------------------------------------


def test_tekstwaarden_worden_geescapet() -> None:
    assert tekstwaarde("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert tekstwaarde("x\r\ny") == "x\\ny"


def test_vouwen_na_75_octets() -> None:
    regel = "DESCRIPTION:" + "a" * 200
    gevouwen = vouw(regel)
    stukken = gevouwen.split("\r\n")
    assert [len(s.encode()) for s in stukken] == [75, 75, 64]  # 212 = 75 + 74 + 63
    assert all(s.startswith(" ") for s in stukken[1:])
    assert "".join(s[1:] if i else s for i, s in enumerate(stukken)) == regel
    assert vouw("SUMMARY:kort") == "SUMMARY:kort"


def test_vouwen_knipt_geen_utf8_teken() -> None:
    regel = "SUMMARY:" + "é" * 100  # 2 octets per teken
    stukken = vouw(regel).split("\r\n")
    assert all(len(s.encode()) <= 75 for s in stukken)
    assert len(stukken[0].encode()) == 74  # 8 + 33 × 2; nog een 'é' zou 76 octets zijn
    assert "".join(s[1:] if i else s for i, s in enumerate(stukken)) == regel


# --- een dossier met een thema-analyse en een programma -----------------------------------


def test_dossier_levert_alle_momenten_en_activiteiten() -> None:
    agenda = maak_agenda(DOSSIER)
    # Thema-analyse: start, brainstorm en manifestatie (de buurtwandeling heeft geen datum);
    # programma: markt, film en slot ('later' heeft geen datum).
    assert [a.uid for a in agenda.afspraken] == [
        _uid("agendadorp", "speelruimte", "start"),
        _uid("agendadorp", "speelruimte", "brainstorm"),
        _uid("agendadorp", "programma", "markt"),
        _uid("agendadorp", "programma", "film"),
        _uid("agendadorp", "speelruimte", "manifestatiemoment"),
        _uid("agendadorp", "programma", "slot"),
    ]
    # In de volgorde van de bestanden: programma.yaml, dan thema-analyse.yaml.
    assert agenda.zonder_datum == [
        "Regieprogramma Ontdek de ruimte: Iets zonder datum",
        "Ontdek de ruimte: Buurtwandeling",
    ]


def test_een_manifestatiemoment_niet_dubbel(tmp_path: Path) -> None:
    # vuurt niet: het slot van het programma (2014-12-12) en de manifestatie van de tijdlijn
    # (2014-06-20) zijn twee afspraken (zie hierboven). Vuurt: op dezelfde dag zijn ze één
    # manifestatiemoment, en dat schrijft het programma.
    kopie = tmp_path / "dossier"
    shutil.copytree(DOSSIER, kopie)
    pad = kopie / "programma.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("datum: 2014-12-12",
                                                           "datum: 2014-06-20"), encoding="utf-8")
    manifestaties = [a for a in maak_agenda(kopie).afspraken if a.categorie == "manifestatiemoment"]
    assert [a.uid for a in manifestaties] == [_uid("agendadorp", "programma", "slot")]


def test_ics_is_geldig_en_houdt_elk_moment(tmp_path: Path) -> None:
    kopie = tmp_path / "dossier"  # buiten git: geen geschiedenis, SEQUENCE 0
    shutil.copytree(DOSSIER, kopie)
    tekst = ics(maak_agenda(kopie))
    regels = _regels(tekst)
    assert all(len(r.encode()) <= 75 for r in regels)
    assert regels[:6] == [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//stelselkit//stelsel export agenda//NL",
        "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Agenda Agendadorp",
    ]
    events = _lees(tekst)
    per_uid = {str(e["UID"]): e for e in events}
    assert len(per_uid) == 6
    start = per_uid[_uid("agendadorp", "speelruimte", "start")]
    assert start["DTSTART"].dt == dt.date(2014, 1, 10)
    assert start["DTEND"].dt == dt.date(2014, 1, 11)
    assert str(start["SUMMARY"]) == "Ontdek de ruimte: Start met een dorpsgesprek"
    assert str(start["LOCATION"]) == "winkelcentrum De Weerd, Doorwerth"
    assert str(start["DESCRIPTION"]) == (
        "Startmoment van de thema-analyse 'Ontdek de ruimte'.\n"
        "Uitkomst: Veel reacties; vervolg gepland"
    )
    assert str(start["CATEGORIES"].cats[0]) == "start"
    # Twee dagen markt: DTEND is de dag ná 'tot'.
    markt = per_uid[_uid("agendadorp", "programma", "markt")]
    assert (markt["DTSTART"].dt, markt["DTEND"].dt) == (dt.date(2014, 4, 12), dt.date(2014, 4, 14))
    assert str(markt["SUMMARY"]) == "Kraam op de markt; met koffie, thee en een \\ bord"
    assert "Stap: 3. Contact maken en breed in gesprek gaan" in str(markt["DESCRIPTION"])
    assert "Wie: Jan Smit (buurtcoach), vrijwilliger" in str(markt["DESCRIPTION"])
    assert str(per_uid[_uid("agendadorp", "programma", "film")]["STATUS"]) == "CANCELLED"
    slot = per_uid[_uid("agendadorp", "programma", "slot")]
    assert str(slot["CATEGORIES"].cats[0]) == "manifestatiemoment"
    assert str(slot["DESCRIPTION"]).endswith("Resultaat: Regel één\nRegel twee")
    # DTSTAMP komt uit de gegevens (de laatste datum), niet van de klok.
    assert {e["DTSTAMP"].dt for e in events} == {dt.datetime(2014, 12, 12, tzinfo=dt.UTC)}
    assert {e["LAST-MODIFIED"].dt for e in events} == {dt.datetime(2014, 12, 12, tzinfo=dt.UTC)}
    assert {int(e["SEQUENCE"]) for e in events} == {0}


def _git(map_: Path, *argumenten: str, moment: str = "2015-03-01T10:00:00+01:00") -> None:
    env = {"GIT_AUTHOR_DATE": moment, "GIT_COMMITTER_DATE": moment, "HOME": str(map_),
           "GIT_CONFIG_NOSYSTEM": "1", "PATH": os.environ["PATH"]}
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *argumenten],
                   cwd=map_, env=env, check=True, capture_output=True)


def test_sequence_en_last_modified_uit_de_geschiedenis(tmp_path: Path) -> None:
    """Verzet = SEQUENCE + 1 (RFC 5545 §3.8.7.4); LAST-MODIFIED = de commit van de laatste
    wijziging (§3.8.7.3), in UTC; een niet-gecommitte wijziging telt mee op DTSTAMP."""
    kopie = tmp_path / "dossier"
    shutil.copytree(DOSSIER, kopie)
    _git(kopie, "init", "-q")
    _git(kopie, "add", ".")
    _git(kopie, "commit", "-q", "-m", "eerste")
    programma = kopie / "programma.yaml"
    # De markt verhuist van 12 naar 19 april: verzet, dus SEQUENCE 1.
    programma.write_text(programma.read_text(encoding="utf-8").replace(
        "2014-04-12", "2014-04-19", 1).replace("2014-04-13", "2014-04-20", 1), encoding="utf-8")
    _git(kopie, "commit", "-q", "-am", "markt verzet", moment="2015-03-08T09:30:00+01:00")
    # Alleen de plaats van de brainstorm verandert: LAST-MODIFIED wel, SEQUENCE niet.
    thema = kopie / "thema-analyse.yaml"
    thema.write_text(thema.read_text(encoding="utf-8").replace(
        "Brainstorm op het plein", "Brainstorm in de kerk"), encoding="utf-8")
    _git(kopie, "commit", "-q", "-am", "kerk", moment="2015-03-09T12:00:00+00:00")
    per_uid = {str(e["UID"]): e for e in _lees(ics(maak_agenda(kopie)))}
    markt = per_uid[_uid("agendadorp", "programma", "markt")]
    assert markt["DTSTART"].dt == dt.date(2014, 4, 19)
    assert int(markt["SEQUENCE"]) == 1
    assert markt["LAST-MODIFIED"].dt == dt.datetime(2015, 3, 8, 8, 30, tzinfo=dt.UTC)
    brainstorm = per_uid[_uid("agendadorp", "speelruimte", "brainstorm")]
    assert int(brainstorm["SEQUENCE"]) == 0
    assert brainstorm["LAST-MODIFIED"].dt == dt.datetime(2015, 3, 9, 12, 0, tzinfo=dt.UTC)
    start = per_uid[_uid("agendadorp", "speelruimte", "start")]
    assert (int(start["SEQUENCE"]), start["LAST-MODIFIED"].dt) == (
        0, dt.datetime(2015, 3, 1, 9, 0, tzinfo=dt.UTC))
    stempel = dt.datetime(2015, 3, 9, 12, 0, tzinfo=dt.UTC)  # de laatste wijziging
    assert {e["DTSTAMP"].dt for e in per_uid.values()} == {stempel}
    assert all(e["LAST-MODIFIED"].dt <= e["DTSTAMP"].dt for e in per_uid.values())
    # Nog niet gecommit: de markt gaat weer een week later. SEQUENCE 2, moment = DTSTAMP.
    programma.write_text(programma.read_text(encoding="utf-8").replace(
        "2014-04-19", "2014-04-26", 1).replace("2014-04-20", "2014-04-27", 1), encoding="utf-8")
    markt = {str(e["UID"]): e for e in _lees(ics(maak_agenda(kopie)))}[
        _uid("agendadorp", "programma", "markt")]
    assert (int(markt["SEQUENCE"]), markt["LAST-MODIFIED"].dt) == (2, stempel)


def test_geen_contact_en_geen_prive_naam() -> None:
    tekst = ics(maak_agenda(DOSSIER))
    assert "geheim@example.org" not in tekst
    assert "Geheime Naam" not in tekst


def test_zelfde_gegevens_zelfde_bestand_en_vaste_uid(tmp_path: Path) -> None:
    kopie = tmp_path / "dossier"
    shutil.copytree(DOSSIER, kopie)
    eerste = ics(maak_agenda(kopie))
    assert ics(maak_agenda(kopie)) == eerste
    # Een hernoemd moment met een 'id' houdt zijn UID: een agenda werkt het bij.
    pad = kopie / "thema-analyse.yaml"
    pad.write_text(pad.read_text().replace("Brainstorm op het plein", "Brainstorm in de kerk"))
    na = {str(e["UID"]): str(e["SUMMARY"]) for e in _lees(ics(maak_agenda(kopie)))}
    assert na[_uid("agendadorp", "speelruimte", "brainstorm")] == (
        "Ontdek de ruimte: Brainstorm in de kerk"
    )
    assert len(na) == 6


def test_een_bestand_los() -> None:
    agenda = maak_agenda(DOSSIER / "programma.yaml")
    assert agenda.naam == "Agenda Regieprogramma Ontdek de ruimte"
    assert [a.uid for a in agenda.afspraken] == [
        _uid("agendadorp", "programma", item) for item in ("markt", "film", "slot")
    ]


# --- CLI ------------------------------------------------------------------------------------


def test_cli_schrijft_ics(tmp_path: Path) -> None:
    doel = tmp_path / "agenda.ics"
    uitkomst = runner.invoke(
        app, ["export", "agenda", str(DOSSIER / "thema-analyse.yaml"), "--uit", str(doel)]
    )
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "3 afspraken in de agenda" in uitkomst.stderr
    assert "zonder datum, overgeslagen: Ontdek de ruimte: Buurtwandeling" in uitkomst.stderr
    data = doel.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert len(_lees(data.decode())) == 3
    # Opnieuw exporteren vervangt het bestand.
    uitkomst = runner.invoke(app, ["export", "agenda", str(DOSSIER), "--uit", str(doel)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert len(_lees(doel.read_bytes().decode("utf-8"))) == 6


def test_cli_naar_scherm() -> None:
    uitkomst = runner.invoke(app, ["export", "agenda", str(DOSSIER)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert uitkomst.stdout_bytes.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert len(_lees(uitkomst.stdout_bytes.decode("utf-8"))) == 6


@pytest.mark.parametrize(
    ("pad", "code", "melding"),
    [
        ("bestaat-niet", 2, "bestaat niet"),
        (str(FIXTURES / "leeg.yaml"), 1, "geen momenten of activiteiten met een datum"),
        (str(FIXTURES.parent / "patroon" / "dorp" / "kleed.yaml"), 1,
         "is een tafelkleed-bestand; geef een thema-analyse, een programma of een dossiermap"),
        (str(FIXTURES.parent / "thema" / "los"), 2, "is geen dossier"),
        (str(Path(__file__).parent / "formaat" / "ongeldig" / "tafelkleed-syntax.yaml"), 1,
         "controleer het bestand met 'stelsel valideer'"),
    ],
)
def test_cli_fouten(pad: str, code: int, melding: str) -> None:
    uitkomst = runner.invoke(app, ["export", "agenda", pad])
    assert uitkomst.exit_code == code
    assert melding in uitkomst.stderr
    assert "Traceback" not in uitkomst.output


# --- de voorbeelddossiers -------------------------------------------------------------------


@pytest.mark.parametrize("naam", ["doorwerth", "oosterbeek"])
def test_voorbeelden_houden_elk_moment(naam: str, tmp_path: Path) -> None:
    map_ = VOORBEELDEN / naam
    doel = tmp_path / f"{naam}.ics"
    uitkomst = runner.invoke(app, ["export", "agenda", str(map_), "--uit", str(doel)])
    assert uitkomst.exit_code == 0, uitkomst.output
    events = _lees(doel.read_bytes().decode("utf-8"))
    dossier = laad_dossier(map_)
    verwacht = {
        (m.datum.begin, f"{analyse.naam}: {m.naam}")
        for _, analyse in dossier.van_soort(ThemaAnalyse)
        for m in tijdmomenten(analyse)
        if m.datum
    } | {
        (a.datum.begin, a.wat)
        for _, programma in dossier.van_soort(Programma)
        for a in programma.activiteiten.values()
        if a.datum
    }
    assert verwacht
    assert {(e["DTSTART"].dt, str(e["SUMMARY"])) for e in events} == verwacht
    assert len(events) == len({str(e["UID"]) for e in events}) == len(verwacht)
