"""Casussen en vissenkommen komen nooit in openbare uitvoer; alleen tellingen, vanaf k casussen.

De openbare kopie van een dossier laat elke casus en vissenkom weg. Wat over casussen openbaar
mag, is het :class:`~stelselkit.lezen.casusoverzicht.Casusoverzicht`: alleen aantallen, en pas
vanaf de drempel (``casusdrempel``, standaard 5).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from stelselkit.lezen.casusoverzicht import STANDAARD_DREMPEL, Lijnperiode, openbaar_overzicht
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.lezen.openbaar import Openbaar, maak_openbaar, openbaar_lezen

MIS = Path(__file__).parent / "fixtures" / "casus" / "mis"


def _met_drempel(tmp_path: Path, drempel: int) -> Path:
    doel = tmp_path / "mis"
    shutil.copytree(MIS, doel)
    kop = doel / "dossier.yaml"
    kop.write_text(kop.read_text(encoding="utf-8") + f"casusdrempel: {drempel}\n",
                   encoding="utf-8")
    return doel


def test_openbare_kopie_laat_casussen_en_vissenkommen_weg() -> None:
    prive = laad_dossier(MIS)
    assert sorted(b.soort or "" for b in prive.bestanden).count("casus") == 3
    with openbaar_lezen([MIS]):
        publiek = laad_dossier(MIS)
    assert [b.soort for b in publiek.bestanden] == ["dossier"]
    assert [b.soort for b in maak_openbaar(prive).bestanden] == ["dossier"]


def test_onder_de_drempel_geen_overzicht() -> None:
    # 3 casussen, standaarddrempel 5
    assert STANDAARD_DREMPEL == 5
    assert openbaar_overzicht(laad_dossier(MIS)) is None
    assert Openbaar.voor([MIS]).casusoverzicht(MIS) is None


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
