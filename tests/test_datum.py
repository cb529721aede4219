"""Datums zo precies als bekend: ``2014-03-14``, ``2014-03`` en ``2014`` (ISO 8601)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import types
import typing
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from stelselkit.analyse.tijdlijn import Tijdmoment, tijdlijnrijen, tussenpozen
from stelselkit.cli import app
from stelselkit.model import SOORTEN
from stelselkit.model.basis import Datum
from stelselkit.uitvoer.agenda import maak_agenda

runner = CliRunner()
VOORBEELDEN = Path(__file__).parents[1] / "examples"


def test_drie_precisies_lezen_en_schrijven() -> None:
    dag, maand, jaar = Datum.lees(dt.date(2014, 3, 14)), Datum.lees("2014-03"), Datum.lees(2014)
    assert (dag.precisie, maand.precisie, jaar.precisie) == ("dag", "maand", "jaar")
    assert [str(d) for d in (dag, maand, jaar)] == ["2014-03-14", "2014-03", "2014"]
    assert [d.nl() for d in (dag, maand, jaar)] == ["14 maart 2014", "maart 2014", "2014"]
    assert Datum.lees("2014-03-14") == dag
    # een maand loopt van de eerste tot de laatste dag; februari 2016 had 29 dagen
    assert (maand.begin, maand.eind) == (dt.date(2014, 3, 1), dt.date(2014, 3, 31))
    assert Datum.lees("2016-02").eind == dt.date(2016, 2, 29)
    assert (jaar.begin, jaar.eind) == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))


def test_sorteren_op_begin_en_dan_de_kortste() -> None:
    datums = [Datum.lees(t) for t in ("2014", "2014-03-14", "2013-12", "2014-03", "2014-01")]
    assert [str(d) for d in sorted(datums)] == ["2013-12", "2014-01", "2014", "2014-03",
                                                 "2014-03-14"]


def test_voorbij_en_dagen_alleen_als_ze_vaststaan() -> None:
    maart = Datum.lees("2014-03")
    assert not maart.voorbij(dt.date(2014, 3, 31)) and maart.voorbij(dt.date(2014, 4, 1))
    assert not maart.nog_niet(dt.date(2014, 3, 1)) and maart.nog_niet(dt.date(2014, 2, 28))
    assert Datum(2014, 3, 1).dagen_tot(Datum(2014, 3, 15)) == 14
    assert maart.dagen_tot(Datum(2014, 4, 1)) is None


@pytest.mark.parametrize(("tekst", "melding"), [
    ("9999-12-31", "'9999-12-31' ligt buiten de jaren 1900–2100; is het jaartal een tikfout?"),
    ("1850", "'1850' ligt buiten de jaren 1900–2100"),
    ("2014-13", "'2014-13' heeft geen bestaande maand"),
    ("2014-02-30", "'2014-02-30' bestaat niet: februari 2014 heeft 28 dagen"),
    ("maart 2014", "verwacht een datum als JJJJ-MM-DD, JJJJ-MM of JJJJ"),
])
def test_onmogelijke_datums_geweigerd(tekst: str, melding: str) -> None:
    with pytest.raises(ValueError, match=re.escape(melding)):
        Datum.lees(tekst)


def _datumvelden(model: type, gezien: set[type]) -> typing.Iterator[tuple[str, object]]:
    """Elk veld (ook in geneste modellen) met zijn type, om dt.date te vinden."""
    if model in gezien or not hasattr(model, "model_fields"):
        return
    gezien.add(model)
    for naam, veld in model.model_fields.items():
        yield f"{model.__name__}.{naam}", veld.annotation
        for deel in _delen(veld.annotation):
            yield from _datumvelden(deel, gezien)


def _delen(tp: object) -> typing.Iterator[type]:
    if isinstance(tp, type):
        yield tp
    for arg in typing.get_args(tp):
        yield from _delen(arg)
    if isinstance(tp, types.UnionType):
        for arg in tp.__args__:
            yield from _delen(arg)


def test_geen_enkel_datumveld_eist_een_dag() -> None:
    velden = [(n, t) for m in SOORTEN.values() for n, t in _datumvelden(m, set())]
    met_datum = [n for n, t in velden if Datum in set(_delen(t))]
    assert len(met_datum) >= 20  # van tafelkleed.datum tot praktijkafspraak.tot
    assert [n for n, t in velden if dt.date in set(_delen(t))] == []


@pytest.mark.parametrize("precisie", ["maand", "jaar"])
@pytest.mark.parametrize("voorbeeld", ["doorwerth", "oosterbeek"])
def test_valideer_accepteert_maand_en_jaar_in_elk_datumveld(
    tmp_path: Path, voorbeeld: str, precisie: str
) -> None:
    """Elke datum van het voorbeeld wordt minder precies; het dossier blijft geldig."""
    map_ = tmp_path / voorbeeld
    shutil.copytree(VOORBEELDEN / voorbeeld, map_)
    korter = (lambda t: t.group(1)[:7]) if precisie == "maand" else (lambda t: t.group(1)[:4])
    vervangen = 0
    for pad in map_.rglob("*.yaml"):
        tekst = pad.read_text(encoding="utf-8")
        nieuw, n = re.subn(r"(?<=: )(\d{4}-\d{2}(?:-\d{2})?)(?=\s)", korter, tekst)
        nieuw, m = re.subn(r"(?<=\[)(\d{4}-\d{2}(?:-\d{2})?)(?=[,\]])", korter, nieuw)
        vervangen += n + m
        pad.write_text(nieuw, encoding="utf-8")
    assert vervangen > 30
    uitkomst = runner.invoke(app, ["valideer", str(map_)])
    assert uitkomst.exit_code == 0, uitkomst.output
    rapport = runner.invoke(app, ["rapport", str(map_), "--uit", str(tmp_path / "r"),
                                  "--vandaag", "2014-07-01"])
    assert rapport.exit_code == 0, rapport.output
    agenda = runner.invoke(app, ["export", "agenda", str(map_), "--uit",
                                 str(tmp_path / "a.ics")])
    assert agenda.exit_code == 0, agenda.output


def test_valideer_weigert_jaar_9999_met_plek(tmp_path: Path) -> None:
    pad = tmp_path / "kleed.yaml"
    pad.write_text("soort: tafelkleed\ntitel: Test\ndatum: 9999-12-31\n", encoding="utf-8")
    uitkomst = runner.invoke(app, ["valideer", str(pad)])
    assert uitkomst.exit_code == 1
    assert "kleed.yaml:3:8" in uitkomst.output
    assert "'9999-12-31' ligt buiten de jaren 1900–2100" in uitkomst.output


def _moment(naam: str, datum: str) -> Tijdmoment:
    return Tijdmoment("ontmoetingsmoment", naam, naam, Datum.lees(datum), None, None)


def test_tijdlijn_rekent_geen_voorbereiding_met_een_maand() -> None:
    momenten = [_moment("a", "2014-03-01"), _moment("b", "2014-03"), _moment("c", "2014-03-20")]
    # volgorde: 1 maart, maart (begint ook 1 maart, maar duurt langer), 20 maart
    assert [m.naam for m, _ in tijdlijnrijen(momenten)] == ["a", "b", "c"]
    assert [d for _, d in tijdlijnrijen(momenten)] == [None, None, None]
    assert tussenpozen(momenten) == []
    precies = [_moment("a", "2014-03-01"), _moment("c", "2014-03-20")]
    assert [p.dagen for p in tussenpozen(precies)] == [19]


def test_agenda_zet_een_maand_als_hele_maand_met_uitleg(tmp_path: Path) -> None:
    pad = tmp_path / "thema-analyse.yaml"
    pad.write_text(
        "soort: thema-analyse\nnaam: Samen\ntijdlijn:\n"
        "  start: {naam: Start, datum: 2014-03}\n"
        "  manifestatiemoment: {naam: Feest, datum: 2014-06-14}\n",
        encoding="utf-8",
    )
    agenda = maak_agenda(pad)
    start, feest = agenda.afspraken
    assert (start.begin, start.eind) == (dt.date(2014, 3, 1), dt.date(2014, 4, 1))
    assert "De precieze dag is niet bekend (maart 2014)" in start.omschrijving
    assert (feest.begin, feest.eind) == (dt.date(2014, 6, 14), dt.date(2014, 6, 15))
    assert "precieze dag" not in feest.omschrijving
    uit = tmp_path / "a.ics"
    assert runner.invoke(app, ["export", "agenda", str(pad), "--uit", str(uit)]).exit_code == 0
    event = next(iter(icalendar.Calendar.from_ical(uit.read_text("utf-8")).walk("VEVENT")))
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (dt.date(2014, 3, 1), dt.date(2014, 4, 1))


@pytest.mark.parametrize(("van", "tot", "verwacht"), [
    ("2013-04-01", "2014-06-30", ("2014-07-01", "2015-09-30")),  # hele maanden, tot op de dag
    ("2013-04", "2014-06", ("2014-07", "2015-09")),  # maanden blijven maanden
    ("2013-04", "2014-06-30", ("2014-07", "2015-09")),
    ("2013", "2014", ("2015", "2016")),
])
def test_volgende_periode_even_lang_en_even_precies(van: str, tot: str,
                                                    verwacht: tuple[str, str]) -> None:
    from stelselkit.opdrachten.aanmaken import volgende_datums

    nieuw = volgende_datums(Datum.lees(van), Datum.lees(tot))
    assert tuple(str(d) for d in nieuw) == verwacht


def test_de_voorbeelden_hebben_geen_eerste_van_de_maand_als_plaatshouder() -> None:
    """Noemt de seed alleen een maand, dan staat er alleen de maand (geen 1e of laatste dag)."""
    gevonden = [
        f"{pad.relative_to(VOORBEELDEN)}: {treffer}"
        for pad in sorted(VOORBEELDEN.rglob("*.yaml"))
        for treffer in re.findall(r"\b\d{4}-\d{2}-(?:01|30|31)\b", pad.read_text("utf-8"))
    ]
    assert gevonden == []
