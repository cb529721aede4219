"""``stelsel programma``: de stand van het regieprogramma, de gantt, en ``programma nieuw``.

De verwachte antwoorden zijn met de hand uitgerekend op ``fixtures/programma/buurt`` voor
vandaag = 2014-04-01: programma-2014 volgt programma-2013 op; tafels (tot 2014-03-12, loopt) is
te laat; prikbord (loopt tot 2014-06-30) en markt (2014-04-20) komen; de manifestatie is vervallen,
dus er is geen manifestatiemoment; ordenen is overgeslagen; presenteren had op 2014-03-15 moeten
starten. ``fixtures/programma/cyclus`` is een programma vol commentaar voor ``programma nieuw``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from stelselkit.analyse import Resultaat, programma
from stelselkit.cli import app
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.model import Programma
from stelselkit.model.basis import Datum
from stelselkit.opdrachten.valideren import valideer
from stelselkit.weergave.programma import GANTT_NAAM, gantt, gantt_tekst, markdown

FIXTURES = Path(__file__).parent / "fixtures" / "programma"
BUURT = FIXTURES / "buurt"
CYCLUS = FIXTURES / "cyclus"
VANDAAG = dt.date(2014, 4, 1)

runner = CliRunner()


@pytest.fixture
def buurt(tmp_path: Path) -> Path:
    doel = tmp_path / "buurt"
    shutil.copytree(BUURT, doel)
    return doel


@pytest.fixture
def cyclus(tmp_path: Path) -> Path:
    doel = tmp_path / "cyclus"
    shutil.copytree(CYCLUS, doel)
    return doel


Stand = Resultaat[programma.Programmastand]


def _stand(map_: Path, vandaag: dt.date = VANDAAG) -> Stand:
    resultaat = programma.ANALYSE.op_dossier(laad_dossier(map_), vandaag)
    assert resultaat is not None
    return resultaat


def _per_code(resultaat: Stand) -> dict[str, tuple[str, ...]]:
    codes = [b.code for b in resultaat.bevindingen]
    assert len(codes) == len(set(codes))
    return {b.code: b.over for b in resultaat.bevindingen}


def _vervang(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


# --- de stand --------------------------------------------------------------------------------


def test_kerncijfers_en_stand() -> None:
    resultaat = _stand(BUURT)
    assert {k.id: k.waarde for k in resultaat.kerncijfers} == {
        "activiteiten": 7,
        "gedaan": 2,
        "te-laat": 1,
        "stap": "3. Contact maken en breed in gesprek gaan (loopt)",
        "fase": 2,
    }
    stand = resultaat.details
    assert [p.id for p in stand.programmas] == ["programma-2014"]
    assert stand.opgevolgd == [("programma-2013", "programma-2014")]
    beeld = stand.programmas[0]
    assert [a.id for a in beeld.te_laat] == ["tafels"]
    assert [a.id for a in beeld.volgende] == ["prikbord", "markt"]
    assert [a.id for a in beeld.gedaan] == ["startbijeenkomst", "dorpsgesprek-1"]
    assert [(s.id, s.status, len(s.activiteiten)) for s in beeld.stappen] == [
        ("introduceren", "gedaan", 1),
        ("ordenen", "nog-niet", 0),
        ("contact", "loopt", 3),
        ("presenteren", "gepland", 1),
        ("vaststellen", "nog-niet", 0),
    ]
    assert [a.lopend for a in beeld.praktijkafspraken] == [True]


def test_bevindingen() -> None:
    # één bevinding per regel (#15): te laat met zonder datum, de overgeslagen stap met de
    # stappen die niet gestart zijn en de stappen zonder activiteit
    assert _per_code(_stand(BUURT)) == {
        "te-laat": ("tafels", "folder"),
        "gedaan-zonder-resultaat": ("dorpsgesprek-1",),
        "stap-overgeslagen": ("ordenen", "presenteren", "vaststellen"),
        "geen-manifestatiemoment": ("presenteren",),
        "geen-slotbijeenkomst": ("slotbijeenkomst",),
        "netwerkstap-zonder-activiteit": ("benoemen", "verzamelen", "tijdlijn"),
        "geen-afstemming": ("gezond",),
    }
    bevindingen = _stand(BUURT).bevindingen
    assert bevindingen[0].code == "te-laat" and bevindingen[0].gewicht == "actie"
    assert bevindingen[0].titel == "Activiteiten over hun datum; Activiteiten zonder datum"
    assert "Deze activiteiten hebben nog geen datum." in bevindingen[0].tekst
    [stappen] = [b for b in bevindingen if b.code == "stap-overgeslagen"]
    assert stappen.titel == ("Stappen die niet gestart zijn terwijl een latere loopt; Stappen "
                             "die volgens de planning al lopen; Stappen zonder activiteit")
    assert stappen.gewicht == "aandacht"
    assert "nog geen activiteit: 2. Ordenen (netwerk)relaties, 5. Vaststellen" in stappen.tekst
    assert {b.code: b.regel.id for b in bevindingen} == {
        "te-laat": "programma-planning",
        "gedaan-zonder-resultaat": "programma-resultaat",
        "stap-overgeslagen": "programma-stappen",
        "geen-manifestatiemoment": "programma-manifestatie",
        "geen-slotbijeenkomst": "np-slotbijeenkomst",
        "netwerkstap-zonder-activiteit": "programma-netwerkstappen",
        "geen-afstemming": "programma-afstemming",
    }


def test_na_de_periode(buurt: Path) -> None:
    resultaat = _stand(buurt, dt.date(2014, 7, 15))
    codes = _per_code(resultaat)
    assert codes["te-laat"] == ("tafels", "prikbord", "markt", "folder")
    assert codes["periode-voorbij"] == ("programma-2014",)
    # er zijn praktijkafspraken, dus daarover geen bevinding
    assert "geen-praktijkafspraken" not in codes
    assert resultaat.details.programmas[0].volgende == []


def test_afgerond_zonder_praktijkafspraken(buurt: Path) -> None:
    pad = buurt / "programma-2014.yaml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(tekst[: tekst.index("praktijkafspraken:")], encoding="utf-8")
    _vervang(pad, "  presenteren: {status: gepland, van: 2014-03-15}",
             "  presenteren: {status: loopt, van: 2014-03-15}\n  vaststellen: {status: gedaan}")
    codes = _per_code(_stand(buurt))
    assert codes["geen-praktijkafspraken"] == ("programma-2014",)
    assert "stap-niet-gestart" not in codes
    assert codes["stap-overgeslagen"] == ("ordenen",)


def test_afstemming_manifestatie_en_slot_aanwezig(buurt: Path) -> None:
    (buurt / "thema-ander.yaml").write_text(
        "soort: thema\nversie: 1\nid: ander\nnaam: Opvoeden vanuit eigen kracht\n",
        encoding="utf-8")
    _vervang(buurt / "thema-gezond.yaml", "naam: Gezond Proefdorp\n",
             "naam: Gezond Proefdorp\nafstemming: [ander]\n")
    _vervang(buurt / "programma-2014.yaml", "    manifestatiemoment: true\n    status: vervallen",
             "    manifestatiemoment: true\n    netwerkstap: slotbijeenkomst")
    assert valideer(buurt).problemen == []
    codes = _per_code(_stand(buurt))
    for code in ("geen-afstemming", "geen-manifestatiemoment", "geen-slotbijeenkomst"):
        assert code not in codes
    assert codes["netwerkstap-zonder-activiteit"] == ("benoemen", "verzamelen", "tijdlijn")


def test_afstemming_in_het_programma(buurt: Path) -> None:
    (buurt / "thema-ander.yaml").write_text(
        "soort: thema\nversie: 1\nid: ander\nnaam: Ander thema\n", encoding="utf-8")
    _vervang(buurt / "programma-2014.yaml", "fase: 2\n", "fase: 2\nafstemming: ander\n")
    assert "geen-afstemming" not in _per_code(_stand(buurt))


def test_geen_activiteiten(buurt: Path) -> None:
    (buurt / "programma-2013.yaml").unlink()
    pad = buurt / "programma-2014.yaml"
    tekst = pad.read_text(encoding="utf-8")
    begin, einde = tekst.index("activiteiten:"), tekst.index("praktijkafspraken:")
    pad.write_text(tekst[:begin] + "activiteiten: {}\n" + tekst[einde:], encoding="utf-8")
    _vervang(pad, "vorige: programma-2013\n", "")
    codes = _per_code(_stand(buurt))
    # met de stappen die niet gestart zijn in één bevinding; zonder activiteiten vraagt geen stap
    # er apart een
    assert codes["geen-activiteiten"] == ("programma-2014", "ordenen", "presenteren")
    assert "stap-zonder-activiteit" not in codes and "stap-overgeslagen" not in codes
    assert "geen-slotbijeenkomst" not in codes  # geen activiteiten, dus geen netwerkprogramma


def test_twee_lopende_programmas_een_bevinding_per_regel(buurt: Path) -> None:
    # #15 punt 4: zonder 'vorige' lopen beide programma's; elke regel is één bevinding, met de
    # onderwerpen van beide (zwaarste of grootste eerst) en per programma een eigen zin.
    _vervang(buurt / "programma-2014.yaml", "vorige: programma-2013\n", "")
    resultaat = _stand(buurt)
    assert [p.id for p in resultaat.details.programmas] == ["programma-2013", "programma-2014"]
    per_code = _per_code(resultaat)  # elke code één keer
    # te laat (met zonder datum): 2014 heeft er meer en gaat voor
    assert per_code["te-laat"] == ("tafels", "folder", "oude-kraam")
    # de stappen: in 2013 elke stap zonder activiteit, in 2014 een overgeslagen stap (met de rest)
    assert per_code["stap-zonder-activiteit"] == (
        "introduceren", "ordenen", "contact", "presenteren", "vaststellen")
    assert "stap-overgeslagen" not in per_code
    assert per_code["geen-manifestatiemoment"] == ("presenteren",)
    assert per_code["periode-voorbij"] == ("programma-2013",)  # alleen bij 2013: niet samengevoegd
    [te_laat] = [b for b in resultaat.bevindingen if b.code == "te-laat"]
    assert te_laat.titel == ("Activiteiten over hun datum; Activiteiten zonder datum (en in 1 "
                             "ander programma)")
    assert te_laat.gewicht == "actie"
    assert te_laat.tekst.startswith(
        "In 'Gezond Proefdorp: de tweede ronde': 1 activiteit staat nog op ")
    assert " In 'Regieprogramma 2013': 1 activiteit staat " in te_laat.tekst
    [stappen] = [b for b in resultaat.bevindingen if b.regel.id == "programma-stappen"]
    assert " In 'Gezond Proefdorp: de tweede ronde': De stappen van het regieprogramma starten " \
        "na elkaar" in stappen.tekst


def test_geen_programma_geeft_none(buurt: Path) -> None:
    for pad in buurt.glob("programma-*.yaml"):
        pad.unlink()
    assert programma.ANALYSE.op_dossier(laad_dossier(buurt), VANDAAG) is None


def test_contactgegevens_nooit_in_het_rapport() -> None:
    resultaat = _stand(BUURT, dt.date(2014, 1, 1))
    tekst = markdown(resultaat)
    data = json.dumps(resultaat.als_dict(), ensure_ascii=False)
    assert "Jan de Vries (buurtwerker)" in data
    assert "jan@example.org" not in tekst
    assert "jan@example.org" not in data


# --- de gantt --------------------------------------------------------------------------------

TAAK = re.compile(r"^    (?P<naam>[^:#;\n]*[^:#;\s]) :(?P<gegevens>[^:#;\n]+)$")
LABELS = {"done", "active", "crit", "milestone"}


def _gantt_uit(markdown: str) -> list[str]:
    blokken = re.findall(r"```mermaid\n(.*?)```", markdown, re.DOTALL)
    assert len(blokken) == 1
    return blokken[0].splitlines()


def _controleer_gantt(regels: list[str]) -> dict[str, list[tuple[str, tuple[str, ...], str]]]:
    """Controleer de gantt-grammatica; geef per sectie (naam, labels, id) van de taken."""
    assert regels[0] == "gantt"
    assert "    dateFormat YYYY-MM-DD" in regels
    secties: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
    huidige: str | None = None
    ids: set[str] = set()
    for regel in regels[1:]:
        if regel.startswith("%%"):  # de init-regel met het palet (stelselkit.kleuren)
            continue
        if regel.startswith(("    title ", "    axisFormat ", "    todayMarker ")):
            assert huidige is None, "instellingen horen voor de eerste sectie"
            assert not re.search(r"[:#;]", regel.split(" ", 5)[-1]), regel
            continue
        if regel == "    dateFormat YYYY-MM-DD":
            continue
        if regel.startswith("    section "):
            huidige = regel.removeprefix("    section ")
            assert huidige and not re.search(r"[:#;]", huidige), regel
            assert huidige not in secties
            secties[huidige] = []
            continue
        gevonden = TAAK.match(regel)
        assert gevonden, f"geen geldige taakregel: {regel!r}"
        assert huidige is not None, "een taak hoort in een sectie"
        *labels, taak_id, begin, einde = [d.strip() for d in gevonden["gegevens"].split(",")]
        assert set(labels) <= LABELS, regel
        assert re.fullmatch(r"[a-z][a-z0-9-]*", taak_id), regel
        assert taak_id not in ids, f"dubbele id {taak_id}"
        ids.add(taak_id)
        assert dt.date.fromisoformat(begin) < dt.date.fromisoformat(einde), regel
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", begin) and re.fullmatch(r"\d{4}-\d{2}-\d{2}",
                                                                           einde)
        secties[huidige].append((gevonden["naam"], tuple(labels), taak_id))
    assert all(secties.values()), "elke sectie heeft taken"
    return secties


def test_gantt_is_geldige_mermaid() -> None:
    secties = _controleer_gantt(_gantt_uit(markdown(_stand(BUURT))))
    assert list(secties) == [
        "1. Introduceren thema en patroon van regievoering",
        "3. Contact maken en breed in gesprek gaan",
        "4. Presenteren mogelijkheden van zelforganisatie",
    ]
    assert secties["1. Introduceren thema en patroon van regievoering"] == [
        ("Looptijd stap 1", ("done",), "s-introduceren"),
        ("Startbijeenkomst thema en patroon", ("done",), "a-startbijeenkomst"),
    ]
    contact = secties["3. Contact maken en breed in gesprek gaan"]
    assert ("Dorpsgesprek 1 in het winkelcentrum", ("done",), "a-dorpsgesprek-1") in contact
    assert ("Gesprekstafels Gezond Proefdorp", ("crit", "active"), "a-tafels") in contact
    # vervallen en ongedateerde activiteiten staan niet in de planning
    alle_ids = {t[2] for taken in secties.values() for t in taken}
    assert "a-manifestatie" not in alle_ids and "a-folder" not in alle_ids


def test_gantt_met_netwerkstappen_en_overige(buurt: Path) -> None:
    pad = buurt / "programma-2014.yaml"
    _vervang(pad, "    stap: contact\n    netwerkstap: gesprekstafels\n",
             "    netwerkstap: gesprekstafels\n")
    _vervang(pad, "    wat: Folder maken\n", "    wat: 'Folder #2: maken; drukken'\n"
             "    datum: 2014-05-01\n")
    secties = _controleer_gantt(_gantt_uit(markdown(_stand(buurt))))
    assert secties["Netwerkprogramma – Stimuleren van initiatieven en gesprekstafels"] == [
        ("Gesprekstafels Gezond Proefdorp", ("crit", "active"), "a-tafels"),
    ]
    assert secties["Overige activiteiten"] == [("Folder 2 maken drukken", (), "a-folder")]


def test_gantt_tekst() -> None:
    assert gantt_tekst("Startbijeenkomst: thema #1; ronde\n2") == \
        "Startbijeenkomst thema 1 ronde 2"
    assert len(gantt_tekst("woord " * 40)) <= GANTT_NAAM + 1


def test_geen_gantt_zonder_datums(buurt: Path) -> None:
    (buurt / "programma-2013.yaml").unlink()
    pad = buurt / "programma-2014.yaml"
    tekst = pad.read_text(encoding="utf-8")
    tekst = re.sub(r"\n    (datum|tot): \S+", "", tekst)
    tekst = tekst.replace("vorige: programma-2013\n", "")
    tekst = re.sub(r"stappen:\n(  .*\n)+", "", tekst)
    pad.write_text(tekst, encoding="utf-8")
    resultaat = _stand(buurt)
    assert gantt(resultaat.details.programmas[0]) == ""
    assert "```mermaid" not in markdown(resultaat)


# --- de CLI ----------------------------------------------------------------------------------


@pytest.mark.parametrize("opdracht", [["programma"], ["programma", "stand"],
                                      ["analyse", "programma"]])
def test_cli_json(opdracht: list[str]) -> None:
    uitkomst = runner.invoke(app, [*opdracht, str(BUURT), "--vandaag", "2014-04-01",
                                   "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.output)
    assert (data["analyse"], data["peildatum"]) == ("programma", "2014-04-01")
    assert {k["id"]: k["waarde"] for k in data["kerncijfers"]}["te-laat"] == 1
    details = data["details"]
    assert details["programmas"][0]["te_laat"] == ["tafels"]
    assert "gantt" not in uitkomst.output and "mermaid" not in uitkomst.output
    assert details["opgevolgd"] == [
        {"programma": "programma-2013", "opvolger": "programma-2014"}]


def test_cli_optie_voor_het_pad() -> None:
    uitkomst = runner.invoke(app, ["programma", "--vandaag", "2014-04-01", str(BUURT)])
    assert uitkomst.exit_code == 0, uitkomst.output
    assert uitkomst.output.startswith("# Programma van activiteiten — Proefdorp\n")


def test_cli_een_opgevolgd_bestand() -> None:
    uitkomst = runner.invoke(app, ["programma", str(BUURT / "programma-2013.yaml"),
                                   "--vandaag", "2014-04-01", "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    data = json.loads(uitkomst.output)
    assert data["details"]["programmas"][0]["te_laat"] == ["oude-kraam"]


@pytest.mark.parametrize(
    ("args", "code", "melding"),
    [
        (["programma", "bestaat/niet"], 2, "bestaat niet"),
        (["programma", str(BUURT / "dossier.yaml")], 1, "geen programma"),
        (["programma", str(BUURT), "--format", "pdf"], 2, "pdf"),
        (["programma", "nieuw", "bestaat/niet"], 2, "bestaat niet"),
        (["programma", "nieuw", str(BUURT / "thema-gezond.yaml")], 1, "geen programma"),
    ],
)
def test_cli_fouten(args: list[str], code: int, melding: str) -> None:
    uitkomst = runner.invoke(app, args)
    assert uitkomst.exit_code == code, uitkomst.output
    assert melding in uitkomst.output
    assert "Traceback" not in uitkomst.output


def test_cli_dossier_zonder_programma(buurt: Path) -> None:
    for pad in buurt.glob("programma-*.yaml"):
        pad.unlink()
    for args in (["programma", str(buurt)], ["programma", "nieuw", str(buurt)]):
        uitkomst = runner.invoke(app, args)
        assert uitkomst.exit_code in (1, 2)
        assert "heeft geen programma" in uitkomst.output or \
            "er is geen programma in" in uitkomst.output


# --- programma nieuw -------------------------------------------------------------------------


def _nieuw(*args: str) -> str:
    uitkomst = runner.invoke(app, ["programma", "nieuw", *args, "--vandaag", "2014-07-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    return uitkomst.output


def test_nieuw_houdt_commentaar_en_volgorde(cyclus: Path) -> None:
    oud = (cyclus / "programma-2013.yaml").read_text(encoding="utf-8")
    uitvoer = _nieuw(str(cyclus / "programma-2013.yaml"))
    assert "dorpsgesprek → dorpsgesprek-2014" in uitvoer
    nieuw = (cyclus / "programma-2014.yaml").read_text(encoding="utf-8")
    na = (cyclus / "programma-2013.yaml").read_text(encoding="utf-8")  # alleen gemarkeerd
    assert re.sub(r"    doorgeschoven_naar: [a-z-0-9]+\n", "", na) == oud != na
    for regel in (
        "# yaml-language-server: $schema=.schema/programma.schema.json",
        "# Regieprogramma van de proeftuin; het eerste jaar.",
        "  tot: 2015-09-30  # zoals de proeftuin liep",
        "  # ordenen deden we met het tafelkleed",
        "  # Het dorpsgesprek loopt door: elke vrijdag.",
        "    status: loopt  # elke vrijdagochtend",
        "  # Nog te plannen met het vitaliteitscentrum.",
        "# Afspraken voor de praktijk.",
        "  # Loopt door.",
        "    van: 2013-09-01  # sinds de zomer",
        "# Einde van het bestand.",
    ):
        assert regel in nieuw.splitlines(), regel
    # de volgorde van de sleutels blijft die van de gebruiker
    sleutels = re.findall(r"^([a-z]+):", nieuw, re.MULTILINE)
    assert sleutels == ["soort", "versie", "id", "vorige", "titel", "thema", "ontwikkelperiode",
                        "fase", "stappen", "activiteiten", "praktijkafspraken", "afstemming"]
    assert "veel energie" not in nieuw  # het commentaar van een achtergebleven activiteit
    assert valideer(cyclus).problemen == []


def test_nieuw_inhoud(cyclus: Path) -> None:
    _nieuw(str(cyclus))  # de dossiermap: het enige lopende programma
    dossier = laad_dossier(cyclus)
    programmas = {b.id: m for b, m in dossier.van_soort(Programma)}
    nieuw = programmas["programma-2014"]
    assert nieuw.vorige == "programma-2013"
    assert (nieuw.ontwikkelperiode.van, nieuw.ontwikkelperiode.tot) == (
        Datum(2014, 7, 1), Datum(2015, 9, 30))  # even lang als 2013-04-01 – 2014-06-30
    assert nieuw.stappen.introduceren.status == "loopt"
    assert nieuw.stappen.introduceren.van == Datum(2014, 7, 1)
    assert nieuw.stappen.ordenen.status == "nog-niet" and nieuw.stappen.ordenen.van is None
    assert nieuw.stappen.contact.status == "nog-niet"
    assert list(nieuw.activiteiten) == ["dorpsgesprek-2014", "vitaliteit-2014"]
    assert nieuw.activiteiten["dorpsgesprek-2014"].cellen == ["buurt/gesprek"]
    assert [a.id for a in nieuw.praktijkafspraken] == ["prikbord-2014"]
    # de oude cyclus is nu geschiedenis; de stand gaat over de nieuwe
    stand = programma.ANALYSE.op_dossier(dossier, dt.date(2014, 7, 1))
    assert stand is not None
    assert [p.id for p in stand.details.programmas] == ["programma-2014"]
    assert stand.details.opgevolgd == [("programma-2013", "programma-2014")]


def test_nieuw_weigert_te_overschrijven(cyclus: Path) -> None:
    bestand = str(cyclus / "programma-2013.yaml")
    doel = cyclus / "eigen.yaml"
    doel.write_text("# mijn werk\n", encoding="utf-8")
    uitkomst = runner.invoke(app, ["programma", "nieuw", bestand, "--uit", str(doel)])
    assert uitkomst.exit_code == 2
    assert "bestaat al" in uitkomst.output
    assert doel.read_text(encoding="utf-8") == "# mijn werk\n"
    _nieuw(bestand, "--uit", str(doel), "--overschrijven", "--id", "ronde-twee")
    assert "id: ronde-twee\n" in doel.read_text(encoding="utf-8")
    assert valideer(cyclus).problemen == []
    uitkomst = runner.invoke(app, ["programma", "nieuw", bestand, "--id", "ronde-twee"])
    assert uitkomst.exit_code == 2
    assert "bestaat al in dit dossier" in uitkomst.output
    uitkomst = runner.invoke(app, ["programma", "nieuw", bestand, "--id", "Ronde Drie"])
    assert uitkomst.exit_code == 2
    assert "geen geldige id" in uitkomst.output


def test_nieuw_zonder_open_werk_blijft_geldige_yaml(cyclus: Path) -> None:
    pad = cyclus / "programma-2013.yaml"
    _vervang(pad, "status: loopt  # elke vrijdagochtend", "status: gedaan  # elke vrijdagochtend")
    _vervang(pad, "    stap: presenteren\n", "    stap: presenteren\n    status: gedaan\n")
    _vervang(pad, "    van: 2013-09-01  # sinds de zomer\n",
             "    van: 2013-09-01  # sinds de zomer\n    tot: 2014-01-01\n")
    _nieuw(str(pad))
    nieuw = (cyclus / "programma-2014.yaml").read_text(encoding="utf-8")
    assert "activiteiten: {}\n" in nieuw and "praktijkafspraken: []\n" in nieuw
    assert "# Loopt door.\n" in nieuw
    assert valideer(cyclus).problemen == []


def test_nieuw_met_meer_lopende_programmas(buurt: Path) -> None:
    (buurt / "programma-2014.yaml").rename(buurt / "ander.yaml")
    _vervang(buurt / "ander.yaml", "vorige: programma-2013\n", "")
    uitkomst = runner.invoke(app, ["programma", "nieuw", str(buurt)])
    assert uitkomst.exit_code == 2
    assert "meer lopende programma's" in uitkomst.output


def test_volgend_id() -> None:
    from stelselkit.opdrachten.programma_nieuw import volgend_id

    bezet = {"programma-2014"}
    assert volgend_id("programma-2013", 2015, bezet) == "programma-2015"
    assert volgend_id("programma-2013", 2014, bezet) == "programma-2014-2"
    assert volgend_id("tafels", 2014, bezet) == "tafels-2014"
    assert "tafels-2014" in bezet


# --- de voorbeelden --------------------------------------------------------------------------

VOORBEELDEN = Path(__file__).parents[1] / "examples"


@pytest.mark.parametrize("voorbeeld", ["doorwerth", "oosterbeek"])
def test_voorbeelden(voorbeeld: str, tmp_path: Path) -> None:
    map_ = VOORBEELDEN / voorbeeld
    uitkomst = runner.invoke(app, ["programma", str(map_), "--vandaag", "2014-07-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    _controleer_gantt(_gantt_uit(uitkomst.output))
    uitkomst = runner.invoke(app, ["programma", str(map_), "--vandaag", "2014-07-01", "-f", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    kerncijfers = {k["id"]: k["waarde"] for k in json.loads(uitkomst.output)["kerncijfers"]}
    assert kerncijfers["activiteiten"] > 0
    # de volgende cyclus van het voorbeeld is meteen een geldig dossierbestand
    kopie = tmp_path / voorbeeld
    shutil.copytree(map_, kopie)
    _nieuw(str(kopie))
    assert valideer(kopie).problemen == []


def test_nieuw_met_open_periode_begint_vandaag(cyclus: Path) -> None:
    pad = cyclus / "programma-2013.yaml"
    _vervang(pad, "  tot: 2014-06-30  # zoals de proeftuin liep\n", "")
    uitkomst = runner.invoke(app, ["programma", "nieuw", str(pad), "--vandaag", "2014-09-01"])
    assert uitkomst.exit_code == 0, uitkomst.output
    nieuw = Programma.model_validate(
        yaml.safe_load((cyclus / "programma-2014.yaml").read_text(encoding="utf-8")))
    assert (nieuw.ontwikkelperiode.van, nieuw.ontwikkelperiode.tot) == (Datum(2014, 9, 1), None)
    # de afspraak die tot 2014-06-30 liep, loopt niet door; die zonder einde wel
    assert [a.id for a in nieuw.praktijkafspraken] == ["prikbord-2014"]


# --- #15 punt 6: geen vals alarm, en het manifestatiemoment van de thema-analyse ---------------


def test_gedane_stap_vraagt_geen_activiteit(buurt: Path) -> None:
    # vuurt: ordenen staat op nog-niet en heeft geen activiteit (zie test_bevindingen);
    # vuurt niet: ordenen is gedaan, ook zonder activiteit. vaststellen blijft open staan.
    _vervang(buurt / "programma-2014.yaml", "  contact: {status: loopt, van: 2014-02-01}\n",
             "  ordenen: {status: gedaan, van: 2014-01-15, tot: 2014-01-31}\n"
             "  contact: {status: loopt, van: 2014-02-01}\n")
    codes = _per_code(_stand(buurt))
    # presenteren had al moeten lopen; met vaststellen zonder activiteit één bevinding (#15)
    assert codes["stap-niet-gestart"] == ("presenteren", "vaststellen")
    assert "stap-overgeslagen" not in codes and "stap-zonder-activiteit" not in codes


THEMA_ANALYSE = (
    "soort: thema-analyse\nversie: 1\nid: gezond-analyse\nnaam: Gezond Proefdorp\n"
    "thema: {thema}\ntijdlijn:\n  manifestatiemoment: {{naam: Feest in het dorpshuis, "
    "datum: 2014-06-01}}\n"
)


@pytest.mark.parametrize(("thema", "gezien"), [("gezond", True), ("ander", False)])
def test_manifestatiemoment_van_de_thema_analyse(buurt: Path, thema: str, gezien: bool) -> None:
    # De manifestatie van het programma is vervallen; de thema-analyse van hetzelfde thema heeft
    # er een op haar tijdlijn. Die van een ander thema telt niet.
    if thema == "ander":
        (buurt / "thema-ander.yaml").write_text(
            "soort: thema\nversie: 1\nid: ander\nnaam: Ander thema\n", encoding="utf-8")
    (buurt / "thema-analyse.yaml").write_text(THEMA_ANALYSE.format(thema=thema),
                                              encoding="utf-8")
    assert valideer(buurt).problemen == []
    assert ("geen-manifestatiemoment" in _per_code(_stand(buurt))) is not gezien


@pytest.mark.parametrize("soort", ["plaatshouder", "bron"])
def test_herkomst_in_elke_bevinding_en_in_het_rapport(buurt: Path, soort: str) -> None:
    # #15 punt 8: een programma dat (deels) plaatshouder is, zegt dat in elke bevinding en
    # bovenaan zijn deel van het rapport; met herkomst 'bron' staat er niets extra.
    pad = buurt / "programma-2014.yaml"
    pad.write_text(pad.read_text(encoding="utf-8")
                   + f"herkomst: {{soort: {soort}, toelichting: de datums}}\n", encoding="utf-8")
    resultaat = _stand(buurt)
    rapport = markdown(resultaat)
    if soort == "plaatshouder":
        titel = resultaat.details.programmas[-1].titel
        assert resultaat.bevindingen
        assert all(f"Let op: dit rust op '{titel}' (plaatshouder: de datums)" in b.tekst
                   for b in resultaat.bevindingen)
        assert "Let op, herkomst: plaatshouder: de datums. Dit programma is geen verslag" in rapport
    else:
        assert not any("Let op" in b.tekst for b in resultaat.bevindingen)
        assert "Let op, herkomst" not in rapport
