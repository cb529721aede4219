"""De snelle weg van ``stelsel valideer MAP``: de hele uitkomst uit ``.stelsel-cache/snel.bin``.

Elke test laat zien dat de bewaarde uitkomst *gebruikt* wordt (een vervalste uitkomst komt op
stdout) en wanneer ze *niet* vertrouwd wordt: een andere inhoud (ook met dezelfde grootte en
een teruggezette mtime, ook binnen dezelfde tik van de klok), een ander bestand waar naar
verwezen wordt, een andere versie, een beschadigd bestand. Zonder vervalsing moet de uitkomst
byte voor byte die van ``--geen-cache`` zijn.
"""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from stelselkit.lezen import snelweg
from stelselkit.lezen.dossier import vind_yaml
from stelselkit.lezen.snelweg import CACHEMAP, SNELBESTAND
from stelselkit.start import main

FORMAAT = Path(__file__).parent / "formaat"
VERVALST = "✓ vervalst: uit snel.bin\n"
GELDIG = "✓ proefbuurt: 5 bestanden, geen fouten\n"


@pytest.fixture
def dossier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    map_ = tmp_path / "proefbuurt"
    shutil.copytree(FORMAAT / "dossier", map_)
    monkeypatch.chdir(tmp_path)
    return map_


def _stelsel(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argumenten: str
) -> tuple[int, str, str]:
    """``stelsel ARGUMENTEN`` in dit proces: exitcode, stdout, stderr."""
    monkeypatch.setattr(sys, "argv", ["stelsel", *argumenten])
    with pytest.raises(SystemExit) as uitgang:
        main()
    uit = capsys.readouterr()
    assert isinstance(uitgang.value.code, int)
    return uitgang.value.code, uit.out, uit.err


def _snel(dossier: Path) -> Path:
    return dossier / CACHEMAP / SNELBESTAND


def _lees_snel(dossier: Path) -> dict[str, object]:
    ruw = _snel(dossier).read_bytes()
    data = marshal.loads(ruw[len(snelweg._KOP) + snelweg._LENGTE:])
    assert isinstance(data, dict)
    return data


def _schrijf_snel(dossier: Path, data: dict[str, object]) -> None:
    inhoud = marshal.dumps(data)
    _snel(dossier).write_bytes(snelweg._KOP + snelweg.hash_van(inhoud) + inhoud)


def _vervals(dossier: Path) -> None:
    """Zet een verzonnen uitkomst in snel.bin (met een kloppende hash): komt die op stdout, dan
    kwam de uitkomst uit de snelle weg."""
    data = _lees_snel(dossier)
    uitkomsten = data["uitkomsten"]
    assert isinstance(uitkomsten, dict) and len(uitkomsten) == 1
    data["uitkomsten"] = {sleutel: (VERVALST, 0) for sleutel in uitkomsten}
    _schrijf_snel(dossier, data)


def _zelfde_grootte_andere_inhoud(pad: Path, oud: str, nieuw: str) -> None:
    """Verander de inhoud met dezelfde grootte en zet de mtime terug (zelfde inode)."""
    assert len(oud) == len(nieuw)
    st = pad.stat()
    with pad.open("r+b") as bestand:
        inhoud = bestand.read().replace(oud.encode(), nieuw.encode())
        bestand.seek(0)
        bestand.write(inhoud)
    os.utime(pad, ns=(st.st_atime_ns, st.st_mtime_ns))
    na = pad.stat()
    assert (na.st_size, na.st_ino, na.st_mtime_ns) == (st.st_size, st.st_ino, st.st_mtime_ns)


def _bespied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """De namen van de bestanden die de snelle weg leest en hasht."""
    gelezen: list[str] = []
    lees = snelweg.lees

    def bespied(pad: str) -> tuple[snelweg.Kenmerk, bytes] | None:
        gelezen.append(Path(pad).name)
        return lees(pad)

    monkeypatch.setattr(snelweg, "lees", bespied)
    return gelezen


Stelsel = Callable[..., tuple[int, str, str]]


@pytest.fixture
def stelsel(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Stelsel:
    return lambda *argumenten: _stelsel(capsys, monkeypatch, *argumenten)


def test_ongewijzigd_dossier_komt_uit_snel_bin(dossier: Path, stelsel: Stelsel) -> None:
    assert stelsel("valideer", "proefbuurt") == (0, GELDIG, "")
    assert _snel(dossier).is_file()
    assert stelsel("valideer", "proefbuurt") == (0, GELDIG, "")
    _vervals(dossier)
    assert stelsel("valideer", "proefbuurt") == (0, VERVALST, "")
    # een andere opdracht (formaat, werkmap) heeft een eigen uitkomst; --geen-cache leest niets
    assert stelsel("valideer", "proefbuurt", "--format", "json")[1].startswith("{")
    assert stelsel("valideer", "proefbuurt", "--geen-cache") == (0, GELDIG, "")


def test_geen_cache_schrijft_ook_geen_snel_bin(dossier: Path, stelsel: Stelsel) -> None:
    assert stelsel("valideer", "proefbuurt", "--geen-cache") == (0, GELDIG, "")
    assert not (dossier / CACHEMAP).exists()


def test_inhoud_veranderd_met_zelfde_grootte_en_teruggezette_mtime(
    dossier: Path, stelsel: Stelsel
) -> None:
    stelsel("valideer", "proefbuurt")
    _vervals(dossier)
    # 'buurtkracht' → 'buurtkrachT': zelfde grootte, de verwijzingen ernaar zijn nu kapot
    _zelfde_grootte_andere_inhoud(dossier / "thema.yaml", "id: buurtkracht", "id: buurtkrachT")
    koud = stelsel("valideer", "proefbuurt", "--geen-cache")
    assert koud[0] == 1 and "bestaat niet" in koud[1]
    assert stelsel("valideer", "proefbuurt") == koud
    assert stelsel("valideer", "proefbuurt") == koud  # nu uit snel.bin, en nog steeds gelijk


def test_racy_wijziging_binnen_dezelfde_tik_wordt_gezien(
    dossier: Path, stelsel: Stelsel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Een bestandssysteem met een grove klok: alles wat na het begin van de test geschreven
    wordt (het dossier, de tijdelijke bestanden van de cache) krijgt dezelfde mtime én ctime.
    Een wijziging met dezelfde grootte laat ``stat`` dan helemaal gelijk; alleen de racy-regel
    (mtime niet ouder dan t0 → toch hashen) ziet haar."""
    klok = dossier.parent / "klok"
    klok.touch()
    tik = klok.stat().st_ctime_ns
    for pad in dossier.rglob("*.yaml"):  # na de tik geschreven
        pad.write_bytes(pad.read_bytes())
    stelsel("valideer", "proefbuurt")
    _vervals(dossier)
    echt = snelweg._kenmerk

    def grof(st: os.stat_result) -> snelweg.Kenmerk:
        kenmerk = echt(st)
        return (*kenmerk[:4], tik, tik) if kenmerk[5] >= tik else kenmerk

    monkeypatch.setattr(snelweg, "_kenmerk", grof)
    gelezen = _bespied(monkeypatch)
    # alle mtimes 'veranderden' (naar de tik): gehasht, zelfde inhoud, dus nog uit snel.bin
    assert stelsel("valideer", "proefbuurt") == (0, VERVALST, "")
    data = _lees_snel(dossier)
    assert data["t0"] == tik  # t0 valt in dezelfde tik: elk bestand is nu 'racy'
    gelezen.clear()
    assert stelsel("valideer", "proefbuurt") == (0, VERVALST, "")
    assert "thema.yaml" in gelezen  # racy: gehasht hoewel stat gelijk is
    _zelfde_grootte_andere_inhoud(dossier / "thema.yaml", "id: buurtkracht", "id: buurtkrachT")
    assert echt((dossier / "thema.yaml").stat())[3] == data["bestanden"]["thema.yaml"][0][3]  # type: ignore[index]
    uitkomst = stelsel("valideer", "proefbuurt")
    assert uitkomst[1] != VERVALST
    assert uitkomst == stelsel("valideer", "proefbuurt", "--geen-cache")


def test_aangeraakt_maar_ongewijzigd_blijft_uit_de_cache(
    dossier: Path, stelsel: Stelsel, monkeypatch: pytest.MonkeyPatch
) -> None:
    stelsel("valideer", "proefbuurt")
    _vervals(dossier)
    gelezen = _bespied(monkeypatch)
    thema = dossier / "thema.yaml"
    os.utime(thema, ns=(thema.stat().st_atime_ns, thema.stat().st_mtime_ns - 10**9))
    assert stelsel("valideer", "proefbuurt") == (0, VERVALST, "")
    assert gelezen == ["thema.yaml"]  # alleen het aangeraakte bestand is gehasht
    gelezen.clear()
    assert stelsel("valideer", "proefbuurt") == (0, VERVALST, "")
    assert gelezen == []  # het nieuwe stat is bewaard: niets meer te lezen


def test_wijziging_in_een_ander_bestand_raakt_de_samenhang(dossier: Path, stelsel: Stelsel) -> None:
    assert stelsel("valideer", "proefbuurt") == (0, GELDIG, "")
    thema = dossier / "thema.yaml"
    origineel = thema.read_text()
    # programma.yaml verandert niet, maar verwijst naar het thema dat nu anders heet
    thema.write_text(origineel.replace("id: buurtkracht", "id: wonen"))
    koud = stelsel("valideer", "proefbuurt", "--geen-cache")
    assert koud[0] == 1
    assert "proefbuurt/programma.yaml:4:8: fout: verwijzing naar het thema" in koud[1]
    for _ in range(2):
        assert stelsel("valideer", "proefbuurt") == koud
        assert stelsel("valideer", "proefbuurt", "-f", "json") == stelsel(
            "valideer", "proefbuurt", "-f", "json", "--geen-cache")
    thema.write_text(origineel)
    assert stelsel("valideer", "proefbuurt") == (0, GELDIG, "")


def test_nieuw_of_verdwenen_bestand_telt(dossier: Path, stelsel: Stelsel) -> None:
    stelsel("valideer", "proefbuurt")
    _vervals(dossier)
    (dossier / "tafelkleden" / "tweede.yaml").write_text("soort: tafelkleed\n")
    uitkomst = stelsel("valideer", "proefbuurt")
    assert uitkomst[0] == 1 and uitkomst == stelsel("valideer", "proefbuurt", "--geen-cache")
    # weer de inhoud waar de (vervalste) uitkomst bij hoort; een verborgen bestand telt niet
    (dossier / "tafelkleden" / "tweede.yaml").unlink()
    (dossier / ".verborgen.yaml").write_text("kapot: [")
    assert stelsel("valideer", "proefbuurt")[1] in (VERVALST, GELDIG)
    (dossier / "vermogen.yaml").unlink()
    uitkomst = stelsel("valideer", "proefbuurt")
    assert uitkomst == stelsel("valideer", "proefbuurt", "--geen-cache")
    assert uitkomst[1] == "✓ proefbuurt: 4 bestanden, geen fouten\n"


@pytest.mark.parametrize("wijziging", ["versie", "python", "bron", "map"])
def test_andere_omgeving_vertrouwt_snel_bin_niet(
    dossier: Path, stelsel: Stelsel, monkeypatch: pytest.MonkeyPatch, wijziging: str, tmp_path: Path
) -> None:
    stelsel("valideer", "proefbuurt")
    _vervals(dossier)
    assert stelsel("valideer", "proefbuurt")[1] == VERVALST
    if wijziging == "versie":
        monkeypatch.setattr(snelweg, "__version__", "99.0.0")
    elif wijziging == "python":
        monkeypatch.setattr(snelweg.sys, "version", "3.99.0 (ander)")
    elif wijziging == "bron":
        echt = snelweg._bronnen
        def bronnen(paden: list[str] | None = None) -> dict[str, snelweg.Kenmerk]:
            # een bron met een ander stat (alsof ze bewerkt is)
            return {pad: (*k[:4], k[4] + 1, k[5]) for pad, k in (echt(paden) or {}).items()}

        monkeypatch.setattr(snelweg, "_bronnen", bronnen)
    else:  # dezelfde inhoud op een andere plek, met de cache meegekopieerd
        dossier.rename(tmp_path / "elders")
        shutil.copytree(tmp_path / "elders", dossier)
    assert stelsel("valideer", "proefbuurt") == (0, GELDIG, "")


@pytest.mark.parametrize("schade", ["afgekapt", "bit", "rommel", "leeg", "vorm", "typen"])
def test_beschadigde_snel_bin_wordt_genegeerd_met_opmerking(
    dossier: Path, stelsel: Stelsel, schade: str
) -> None:
    stelsel("valideer", "proefbuurt")
    pad = _snel(dossier)
    ruw = pad.read_bytes()
    if schade == "afgekapt":
        pad.write_bytes(ruw[: len(ruw) // 2])
    elif schade == "bit":
        midden = len(ruw) // 2
        pad.write_bytes(ruw[:midden] + bytes([ruw[midden] ^ 1]) + ruw[midden + 1:])
    elif schade == "rommel":
        pad.write_bytes(b"\x00\xff" * 100)
    elif schade == "leeg":
        pad.write_bytes(b"")
    elif schade == "vorm":  # een kloppende hash, maar een lijst in plaats van de velden
        inhoud = marshal.dumps([1, 2, 3])
        pad.write_bytes(snelweg._KOP + snelweg.hash_van(inhoud) + inhoud)
    else:  # de velden kloppen, de typen niet
        data = _lees_snel(dossier)
        data["bestanden"] = {r: "kapot" for r in data["bestanden"]}  # type: ignore[attr-defined]
        _schrijf_snel(dossier, data)
    code, uit, fout = stelsel("valideer", "proefbuurt")
    assert (code, uit) == (0, GELDIG)
    assert fout.count("beschadigd en wordt genegeerd") == 1, fout
    assert SNELBESTAND in fout
    # daarna weer een gave snel.bin, zonder opmerking
    assert stelsel("valideer", "proefbuurt") == (0, GELDIG, "")
    assert stelsel("valideer", "proefbuurt") == (0, GELDIG, "")


def test_wijziging_tijdens_het_valideren_wordt_niet_bewaard(dossier: Path) -> None:
    weg = snelweg.Snelweg.voor("proefbuurt", "md")
    assert weg is not None and weg.uitkomst() is None
    weg.begin()
    thema = dossier / "thema.yaml"
    thema.write_text(thema.read_text() + "# later\n")
    weg.onthoud("✓ gelogen\n", 0)
    weg.sluit()
    assert not _snel(dossier).exists()
    assert not list((dossier / CACHEMAP).glob("*.tmp"))


def test_bestanden_zoals_vind_yaml(dossier: Path) -> None:
    """De snelle weg ziet precies de bestanden die valideren ziet."""
    (dossier / ".verborgen").mkdir()
    (dossier / ".verborgen" / "a.yaml").write_text("x: 1\n")
    (dossier / "diep" / "dieper").mkdir(parents=True)
    (dossier / "diep" / "dieper" / "b.yml").write_text("x: 1\n")
    (dossier / "diep" / ".c.yaml").write_text("x: 1\n")
    (dossier / "map.yaml").mkdir()
    (dossier / "d.YAML").write_text("x: 1\n")
    (dossier / "e.yaml.bak").write_text("x: 1\n")
    (dossier / "koppeling.yaml").symlink_to(dossier / "thema.yaml")
    (dossier / "kapot.yaml").symlink_to(dossier / "bestaat-niet.yaml")
    (dossier / "mapkoppeling.yaml").symlink_to(dossier / "diep")
    verwacht = sorted(p.relative_to(dossier).as_posix() for p in vind_yaml(dossier))
    assert "diep/dieper/b.yml" in verwacht and "kapot.yaml" in verwacht
    gevonden = snelweg._yaml_in(str(dossier))
    assert gevonden is not None and sorted(gevonden) == verwacht


def test_snelle_weg_als_proces_byte_voor_byte(dossier: Path) -> None:
    """Als echt proces: koud, dan twee keer warm; geldig en ongeldig, md en json."""
    for inhoud in (None, "soort: thema\nnaam: Wonen\nkleur: rood\n"):
        if inhoud is not None:
            (dossier / "thema.yaml").write_text(inhoud)
        for formaat in ("md", "json"):
            runs = [
                subprocess.run(
                    [sys.executable, "-m", "stelselkit", "valideer", "proefbuurt", "-f", formaat,
                     *extra], capture_output=True, cwd=dossier.parent, check=False,
                )
                for extra in (["--geen-cache"], [], [], [])
            ]
            assert len({(r.returncode, r.stdout, r.stderr) for r in runs}) == 1, runs
            assert runs[0].returncode == (0 if inhoud is None else 1)
    assert _snel(dossier).is_file()
