"""Het snelle pad van de YAML-lezer (yaml-rs) geeft precies wat het strenge pad (PyYAML) geeft.

Elke valkuil tussen YAML 1.1 en 1.2 die ``benchmarks/verschil.py`` vond of die in de issue staat,
is hier een geval: met yaml-rs en zonder (``yamlbron.yaml_rs = None``, het strenge pad) moet de
uitkomst gelijk zijn, tot en met het type van elke waarde en de plek en tekst van een melding.
Daarnaast: gewone dossierbestanden nemen echt het snelle pad, en een fout of paniek in yaml-rs
valt terug op het strenge pad.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from stelselkit.lezen import yamlbron

yaml_rs = pytest.importorskip("yaml_rs")

VOORBEELDEN = Path(__file__).resolve().parent.parent / "examples"

VALKUILEN = [
    # ja/nee, null en getallen van YAML 1.1
    "a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: n\n",
    "a: ~\nb: null\nc:\nd: NULL\n",
    "a: 012\n", "a: -012\n", "a: 0o12\n", "a: [0O12, 09]\n", "a: 0x1F\nb: -0x1F\nc: 0b101\n",
    "a: _1\n", "a: 1_000\nb: 1_\n", "a: 1" + "_" * 99 + "1\n",
    "a: " + "1" * 101 + "\n", "a: 99999999999999999999\n",
    "a: 1:20\nb: 190:20:30\nc: 1:20.5\n",
    "a: 1e3\n", "a: 1.0e3\n", "a: 1.0e+3\n", "a: -.5\n", "a: .5\n",
    "a: .inf\nb: -.Inf\nc: .NaN\n", "a: .Nan\n", "a: .iNF\n", "a: -.nan\n",
    # datums en tijdstippen
    "a: 2014-03\n", "a: 2014-03-01\n", "a: 2014-02-30\n", "a: 2014-3-1\n",
    "a: 2014-03-01T10:00:00Z\nb: 2001-12-14 21:59:43.10 -5\n",
    "a: 2014-03-01T10:00:00.123456789+05:30\n", "a: 2014-03-01 10:00\n", "a: [5766-03-03 10:11]\n",
    'a: "2014-03-01"\nb: 2014-03-02\n', "a: '2014-03-01'\nb: 2014-03-02\n",
    "a: |-\n  2014-03-01\nb: 2014-03-02\n", "'2014-03-01': x\n",
    "a: '2014'\nb: \"12\"\nc: 'yes'\nd: '1:20'\n",
    # tekens, samenvoegen, tags, ankers, dubbele sleutels
    "a: =\n", "<<: {b: 1}\n", "a: !!str 1\n", "a: !iets x\n", "a: &x 1\nb: *x\n",
    "a: 1\na: 2\n", "a: 1\n'a': 2\n", "1: a\n1.0: b\n", "1: a\ntrue: b\n", "yes: a\ntrue: b\n",
    "? [a]\n: b\n", "[a, b]: c\n",
    # lijsten en verzamelingen op één regel
    "a: [1, 9-:]\n", "a: {b:}\n", "a: [\"b\":c]\n", "a: [7_E56_, 1.5]\n", "a: 1_0.5\n",
    "a: [:x]\n", "a: [x :]\n", "a: {b: :x}\n", "a: [|]\n", "a: {b: >x}\n", "a: [?x]\n",
    "a: [b,\n  c]\n", "a: [b, {c: d}]\nd: {}\ne: []\n", "a: [a: b]\n", "a: {b, c}\n",
    # blok-tekst
    "a: >\n", "a: |\n", "a: |\n  x", "a: >\n\n  x", "a: |+\n  x\n\n", "a: |2\n   x\n",
    "a: >\n  x\n   y\n  z\n",
    # tekens en regeleinden
    "a: b\r\nc: d\r\n", "a: 0o777\r\nb: 012\r\n", "a: [1, 012]\r\n",
    "a: b\rc: d\n", "a:\tb\n", "a: b\x85c\n", "a: b\u2028c\n",
    "a: \"\\x41\\/\"\n", "a: x\u00a0y\n", "a: x\ufeffy\n",
    "a: b\n---\nc: d\n", "%YAML 1.1\n---\na: b\n", "- 1\n- 2\n", "", "# alleen\n", "x\n",
    # een vraag in de tekst, 'seed 000' in een zin: gewoon tekst
    "a: Wie neemt het voortouw ?\nb: zie seed 000\n# seed 001, §5\n",
]


def _uitkomst(tekst: str, monkeypatch: pytest.MonkeyPatch, snel: bool) -> tuple[str, str]:
    with monkeypatch.context() as m:
        if not snel:
            m.setattr(yamlbron, "yaml_rs", None)
        try:
            data = yamlbron.laad_yaml(tekst, "x.yaml")
        except yamlbron.YamlProbleem as fout:
            return "melding", repr(fout.probleem)
    return "waarden", repr(data)


@pytest.mark.parametrize("tekst", VALKUILEN)
def test_valkuil_geeft_hetzelfde_als_het_strenge_pad(
    tekst: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _uitkomst(tekst, monkeypatch, snel=True) == _uitkomst(tekst, monkeypatch, snel=False)


@pytest.mark.parametrize("tekst", [
    "a: yes\n", "a: 1:20\n", "a: =\n", 'a: "2014-03-01"\n', "a: >\n", "a: [:x]\n", "a: _1\n",
    "a: .Nan\n", "a: " + "1" * 101 + "\n", "1: a\n", "a: 012\n", "a: |\n  x",
    "a: 2014-03-01 10:00\n",
])
def test_valkuilen_nemen_het_strenge_pad(tekst: str) -> None:
    """Zonder de voorzorgen zou yaml-rs hier iets anders geven; ze gaan dus naar het strenge pad."""
    assert yamlbron._riskant(tekst) or yamlbron._snel(tekst) is yamlbron._TWIJFEL


def test_gewone_waarden_nemen_het_snelle_pad() -> None:
    tekst = ("soort: dossier\nversie: 1\nbuurt: De Weerd\nperiode:\n  van: 2013-06-23\n"
             "cellen: [buurt/gesprek, diensten/netwerk]\nverhaal: |\n  Wat nu ?\n\n  Verder.\n"
             "aantal: 12\nandere: '2014'\nleeg: []\nvan: 'ja'\n")
    assert not yamlbron._riskant(tekst)
    assert yamlbron._snel(tekst) == {
        "soort": "dossier", "versie": 1, "buurt": "De Weerd",
        "periode": {"van": datetime.date(2013, 6, 23)},
        "cellen": ["buurt/gesprek", "diensten/netwerk"], "verhaal": "Wat nu ?\n\nVerder.\n",
        "aantal": 12, "andere": "2014", "leeg": [], "van": "ja",
    }


def test_voorbeelddossiers_gaan_grotendeels_snel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Het snelle pad is er voor echte dossiers: de meeste voorbeeldbestanden nemen het, en elk
    bestand geeft met en zonder yaml-rs dezelfde waarden."""
    bestanden = sorted(VOORBEELDEN.rglob("*.yaml"))
    snel = 0
    for pad in bestanden:
        tekst = yamlbron.lees_tekst(pad, pad.name)
        assert _uitkomst(tekst, monkeypatch, True) == _uitkomst(tekst, monkeypatch, False), pad
        if not yamlbron._riskant(tekst) and yamlbron._snel(tekst) is not yamlbron._TWIJFEL:
            snel += 1
    assert snel >= 0.8 * len(bestanden)


def test_fout_of_paniek_in_yaml_rs_valt_terug(monkeypatch: pytest.MonkeyPatch) -> None:
    class PanicException(BaseException):  # zo heet de paniek van pyo3; geen Exception
        pass

    def paniek(*args: Any, **kwargs: Any) -> Any:
        raise PanicException("oeps")

    monkeypatch.setattr(yaml_rs, "loads", paniek)
    assert yamlbron.laad_yaml("a: 1\n", "x.yaml") == {"a": 1}

    def onderbroken(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(yaml_rs, "loads", onderbroken)
    with pytest.raises(KeyboardInterrupt):
        yamlbron.laad_yaml("a: 1\n", "x.yaml")


def test_zonder_yaml_rs_leest_het_strenge_pad(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlbron, "yaml_rs", None)
    assert yamlbron.laad_yaml("a: yes\nb: 2014-03-01\n", "x.yaml") == {
        "a": True, "b": datetime.date(2014, 3, 1)}
    with pytest.raises(yamlbron.YamlProbleem) as fout:
        yamlbron.laad_yaml("a: 1\na: 2\n", "x.yaml")
    assert (fout.value.probleem.regel, fout.value.probleem.code) == (2, "dubbele-sleutel")


def test_te_veel_waarden_via_het_snelle_pad_geeft_de_melding_van_het_strenge_pad() -> None:
    tekst = "a: [" + "1," * (yamlbron.MAX_KNOPEN + 10) + "1]\n"
    assert not yamlbron._riskant(tekst)
    assert yamlbron._snel(tekst) is yamlbron._TWIJFEL
    with pytest.raises(yamlbron.YamlProbleem) as fout:
        yamlbron.laad_yaml(tekst, "x.yaml")
    assert fout.value.probleem.code == "te-veel"


@pytest.mark.parametrize("tekst", [
    "a: 1\n", "a:\n" + "".join(" " * i + f"n{i}:\n" for i in range(1, 99)),
    "a:\n" + "".join(" " * i + f"n{i}:\n" for i in range(1, 101)), "- " * 97 + "x\n",
    "- " * 49 + "x\n", "- " * 50 + "x\n", "[" * 98 + "]" * 98, "[" * 99 + "]" * 99,
    "a: [b]\n" * 40 + "  " * 30 + "- x\n", "a: [b]\n" * 40 + "  " * 29 + "- x\n",
    "a: x\r\n" + " " * 98 + "b\r\n", "a: x\r\n" + " " * 97 + "b\r\n", "",
])
def test_mogelijk_te_diep_is_de_diepte_grens(tekst: str) -> None:
    """Het snelle pad schat de diepte met een regex; dat moet precies de grens van het strenge pad
    zijn (yaml-rs zelf heeft geen grens: zijn stack loopt over)."""
    assert not yamlbron._riskant(tekst)
    assert yamlbron._mogelijk_te_diep(tekst) == (
        yamlbron._diepte_grens(tekst) > yamlbron.MAX_DIEPTE)
