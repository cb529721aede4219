"""De snelle weg van ``stelsel valideer MAP``: de hele uitkomst, als er niets veranderde.

De validatiecache per bestand (:mod:`stelselkit.lezen.cache`) spaart het lezen en controleren
van ongewijzigde bestanden, maar een run moet dan nog elk bestand hashen, stelselkit importeren
en de samenhang tussen de bestanden opnieuw nagaan. Is er *niets* veranderd, dan is ook de
uitkomst dezelfde: die (de tekst voor stdout en de exitcode, per opdracht, werkmap en formaat)
staat in ``.stelsel-cache/snel.bin`` en wordt zonder één model, YAML-lezer of samenhangscontrole
gegeven. "Niets veranderd" betekent: dezelfde YAML-bestanden (zoals
:func:`~stelselkit.lezen.dossier.vind_yaml` ze vindt) met dezelfde inhoud, in dezelfde map
(apparaat en inode: een meegekopieerde cache telt niet), dezelfde broncode van stelselkit (elk
``.py``-bestand: ook de tekst van de uitkomst hoort erbij), dezelfde versie, dezelfde Python en
dezelfde pydantic, pydantic-core en PyYAML (hun pakket en de map waarin ze geïnstalleerd zijn;
een installatie of upgrade verandert die map).

Om dat snel te zien wordt per bestand bewaard wat ``stat`` zegt (soort, apparaat, inode,
grootte, ``mtime_ns``, ``ctime_ns``), zoals git in zijn index doet, met de hash van de inhoud:

- alleen een bestand waarvan ``stat`` verschilt, wordt opnieuw gelezen en gehasht; is de inhoud
  dezelfde (alleen aangeraakt), dan blijft de uitkomst geldig en wordt het nieuwe ``stat``
  bewaard, zodat de volgende run niets leest;
- *racy git*: ``t0`` is de ``mtime`` van een bestand dat in ``.stelsel-cache`` gemaakt werd
  vlak vóór de bestanden gelezen werden (de klok en de korrel van hetzelfde bestandssysteem).
  Een bestand waarvan de ``mtime`` niet ouder is dan ``t0`` wordt altijd opnieuw gehasht: een
  wijziging binnen dezelfde tik van de klok kan ``stat`` gelijk laten. (Git vergelijkt met de
  schrijftijd van de index zelf; ``t0`` ligt daarvóór en is dus strenger: ook een wijziging
  tussen het lezen en het schrijven van de cache valt erbinnen.) Broncode die niet ouder is dan
  ``t0``, laat de snelle weg helemaal vallen;
- de opname wordt gemaakt vóór het valideren en na afloop opnieuw vergeleken; veranderde er
  tijdens het valideren iets, of is een bestand niet ouder dan ``t0``, dan wordt de uitkomst
  niet bewaard. Een uitkomst met opmerkingen (een beschadigde cache) of van een dossier met een
  bestand of map die niet te lezen is, wordt ook niet bewaard.

``snel.bin`` is :mod:`marshal` (geen import, snel te lezen) achter een kop en een BLAKE2b-hash
van de inhoud. Die hash wordt eerst gecontroleerd, pas dan leest :mod:`marshal` de inhoud; een
beschadigd bestand wordt genegeerd met een opmerking, nooit vertrouwd, en een onverwachte vorm
ook. Schrijven gaat atomisch (tijdelijk bestand, dan hernoemen).

Deze module importeert niets dan ``os``, ``sys`` en ``marshal`` (en BLAKE2b zonder
``hashlib``, dat OpenSSL laadt) en is kort: zonder ``.pyc`` (``PYTHONDONTWRITEBYTECODE``)
wordt ze bij elke run opnieuw gecompileerd.
"""

from __future__ import annotations

import marshal
import os
import sys

from stelselkit import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

CACHEMAP = ".stelsel-cache"
SNELBESTAND = "snel.bin"
SNELVORM = 1  # de vorm van snel.bin zelf
MAX_LEZEN = 10 * 1024 * 1024 + 1  # groter: het bestand wordt toch geweigerd, niet cachen
_GITIGNORE = "# gemaakt door stelsel: de validatiecache hoort niet in git\n*\n"
_KOP = b"stelsel-snel\n"
_LENGTE = 32  # bytes van een hash
_MAX_UITKOMSTEN = 8  # per dossier (opdracht × werkmap × formaat)
_AFHANKELIJK = ("pydantic", "pydantic_core", "yaml")
_PAKKET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # .../stelselkit
_MTIME = 4  # plaats van mtime_ns in een kenmerk
_OMGEVING = ("vorm", "versie", "python", "pakketten", "map", "bronnen")

Kenmerk = tuple[int, int, int, int, int, int]


def hash_van(data: bytes) -> bytes:
    """BLAKE2b, zonder ``hashlib`` te importeren (dat laadt OpenSSL: ~7 ms)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - een Python zonder de ingebouwde module
        from hashlib import blake2b
    return blake2b(data, digest_size=_LENGTE).digest()


def beschadigd(pad: object, gevolg: str = "alles wordt opnieuw gecontroleerd") -> str:
    return f"opmerking: de validatiecache {pad} is beschadigd en wordt genegeerd; {gevolg}"


def cachemap(map_: str) -> str | None:
    """``.stelsel-cache`` in de dossiermap, zo nodig gemaakt (met ``.gitignore``); of ``None``."""
    pad = os.path.join(map_, CACHEMAP)
    try:
        os.makedirs(pad, exist_ok=True)
        gitignore = os.path.join(pad, ".gitignore")
        if not os.path.exists(gitignore):
            with open(gitignore, "w", encoding="utf-8") as bestand:
                bestand.write(_GITIGNORE)
    except OSError:
        return None  # een cache die niet geschreven kan worden, is geen fout van de gebruiker
    return pad


def tijdelijk_bestand(map_: str) -> tuple[int, str]:
    """Een nieuw tijdelijk bestand in de cachemap ``map_`` (``tempfile`` kost ~4 ms)."""
    for poging in range(100):
        pad = os.path.join(map_, f".valideer-{os.getpid()}-{poging}.tmp")
        try:
            return os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), pad
        except FileExistsError:
            continue
    raise FileExistsError(pad)


def schrijf_atomisch(fd: int, tijdelijk: str, doel: str, inhoud: bytes) -> None:
    """Schrijf ``inhoud`` in het open tijdelijke bestand en zet het in één keer op ``doel``."""
    try:
        with os.fdopen(fd, "wb") as bestand:
            bestand.write(inhoud)
        os.replace(tijdelijk, doel)
    except BaseException:
        from contextlib import suppress

        with suppress(OSError):
            os.unlink(tijdelijk)
        raise


def _kenmerk(st: os.stat_result) -> Kenmerk:
    """Wat ``stat`` zegt en bij elke wijziging verandert (``ctime`` ook als ``mtime`` terugzet)."""
    return (st.st_mode, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def lees(pad: Path | str) -> tuple[Kenmerk, bytes] | None:
    """``stat`` (vóór het lezen, van hetzelfde open bestand) en de hash van de inhoud; ``None``
    als het geen gewoon, leesbaar bestand van hooguit 10 MB is. Een pijp wordt niet gelezen
    (met ``O_NONBLOCK`` wacht het openen niet op een schrijver)."""
    try:
        fd = os.open(pad, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as bestand:
            kenmerk = _kenmerk(os.fstat(fd))
            if kenmerk[0] & 0o170000 != 0o100000:  # geen gewoon bestand (S_ISREG)
                return None
            ruw = bestand.read(MAX_LEZEN)
    except OSError:
        return None
    return None if len(ruw) >= MAX_LEZEN else (kenmerk, hash_van(ruw))


def _yaml_in(map_: str) -> dict[str, str] | None:
    """Relatief pad → pad van elk YAML-bestand, zoals ``vind_yaml`` ze vindt (zonder verborgen
    mappen en bestanden); ``None`` als een map niet te lezen is."""
    fouten: list[OSError] = []
    gevonden = {}
    for wortel, mappen, bestanden in os.walk(map_, onerror=fouten.append):
        mappen[:] = [m for m in mappen if not m.startswith(".")]
        binnen = wortel[len(map_):].lstrip(os.sep).replace(os.sep, "/")
        for naam in bestanden:
            if not naam.startswith(".") and naam.endswith((".yaml", ".yml")):
                gevonden[f"{binnen}/{naam}" if binnen else naam] = os.path.join(wortel, naam)
    return None if fouten else gevonden


def _vindplaats(pakket: str) -> str:
    """Waar ``import pakket`` het pakket zou vinden, zonder het te importeren."""
    for vinder in sys.meta_path:
        zoek = getattr(vinder, "find_spec", None)
        spec = zoek(pakket, None) if zoek is not None else None
        if spec is not None:
            return str(spec.origin)
    return ""


def _bronnen(paden: list[str] | None = None) -> dict[str, Kenmerk] | None:
    """Het ``stat`` van de code waar de uitkomst van afhangt: ``paden``, of anders elk
    ``.py``-bestand van stelselkit, en van pydantic, pydantic-core en PyYAML hun ``__init__``
    en de map waarin ze geïnstalleerd zijn."""
    if paden is None:
        paden = []
        for wortel, mappen, bestanden in os.walk(_PAKKET):
            mappen[:] = [m for m in mappen if m not in ("__pycache__", "templates")]
            paden += [os.path.join(wortel, naam) for naam in bestanden if naam.endswith(".py")]
        for pakket in _AFHANKELIJK:
            plaats = _vindplaats(pakket)
            paden += [plaats, os.path.dirname(os.path.dirname(plaats))] if plaats else []
    try:
        return {pad: _kenmerk(os.stat(pad)) for pad in paden}
    except OSError:
        return None


def _gebruikt(alle: dict[str, Kenmerk]) -> list[str]:
    """Welke van ``alle`` bronnen deze uitkomst bepaalden (na het valideren, in dit proces):
    elke module van stelselkit die geïmporteerd werd, de code achter de cache per bestand
    (:data:`stelselkit.lezen.cache.BRONNEN`) en de pakketten; en de mappen van die modules,
    want een nieuw bestand ernaast kan een module vervangen. Zo hoeft een warme run niet de hele
    broncode af te lopen, en maakt een wijziging in bijv. de rapporten de uitkomst niet oud."""
    from stelselkit.lezen.cache import BRONNEN

    geladen = {os.path.abspath(str(getattr(module, "__file__", "")))
               for naam, module in list(sys.modules.items()) if naam.split(".")[0] == "stelselkit"}
    vast = tuple(os.path.join(_PAKKET, deel) for deel in BRONNEN)
    binnen = _PAKKET + os.sep
    paden = [p for p in alle if p in geladen or not p.startswith(binnen) or p.startswith(vast)]
    return paden + sorted({os.path.dirname(p) for p in paden if p.startswith(binnen)})


def _is_kenmerk(waarde: object) -> bool:
    return type(waarde) is tuple and len(waarde) == 6 and all(type(g) is int for g in waarde)


def _vorm_klopt(data: object) -> bool:
    """Heeft een gelezen ``snel.bin`` de vorm die :meth:`Snelweg._bewaar` schrijft? (Velden
    die met een nieuwe waarde vergeleken worden, vallen bij een ander type vanzelf af.)"""
    try:
        return (
            type(data) is dict and set(data) == {*_OMGEVING, "t0", "bestanden", "uitkomsten"}
            and type(data["t0"]) is int
            and all(_is_kenmerk(k) for k in data["bronnen"].values())
            and all(_is_kenmerk(k) and type(h) is bytes for k, h in data["bestanden"].values())
            and all(type(u) is tuple and len(u) == 2 and type(u[0]) is str
                    and type(u[1]) is int for u in data["uitkomsten"].values())
        )
    except (AttributeError, TypeError, ValueError):
        return False


class Snelweg:
    """De bewaarde uitkomst van ``stelsel valideer MAP`` voor één dossiermap.

    Eerst :meth:`uitkomst`; is die er niet, dan :meth:`begin` vóór het valideren en
    :meth:`onthoud` erna, en in elk geval :meth:`sluit`.
    """

    def __init__(self, map_: str, formaat: str) -> None:
        self.map = map_
        self.pad = os.path.join(map_, CACHEMAP, SNELBESTAND)
        self.sleutel = (os.getcwd(), os.path.realpath(map_), map_, formaat)
        self.opmerkingen: list[str] = []
        self._data: dict[str, Any] | None = None  # gelezen, en nog geldig voor dit dossier
        self._opname: dict[str, Any] | None = None
        self._tijdelijk: tuple[int, str] | None = None

    @classmethod
    def voor(cls, argument: str, formaat: str) -> Snelweg | None:
        """Alleen voor een map met een ``dossier.yaml``: de uitkomst is die van dat dossier."""
        try:
            if os.path.isfile(os.path.join(argument, "dossier.yaml")):
                return cls(argument, formaat)
        except OSError:  # de werkmap bestaat niet meer
            pass
        return None

    def _omgeving(self, paden: list[str] | None = None) -> dict[str, Any] | None:
        """Alles buiten de YAML-bestanden waar de uitkomst van afhangt (met het ``stat`` van
        de bronnen ``paden``, anders van alle bronnen); ``None`` als het niet te bepalen is."""
        try:
            st = os.stat(self.map)
        except OSError:
            return None
        bronnen = _bronnen(paden)
        return None if bronnen is None else {
            "vorm": SNELVORM, "versie": __version__, "python": sys.version,
            "pakketten": tuple(_vindplaats(p) for p in _AFHANKELIJK),
            "map": (st.st_dev, st.st_ino), "bronnen": bronnen,
        }

    def _laad(self) -> dict[str, Any] | None:
        try:
            with open(self.pad, "rb") as bestand:
                ruw = bestand.read()
        except FileNotFoundError:
            return None
        except OSError:
            ruw = b""
        inhoud = ruw[len(_KOP) + _LENGTE:]
        if ruw[:len(_KOP)] == _KOP and ruw[len(_KOP):len(_KOP) + _LENGTE] == hash_van(inhoud):
            try:
                data = marshal.loads(inhoud)
            except (EOFError, ValueError, TypeError):
                data = None
            if _vorm_klopt(data):
                return data  # type: ignore[no-any-return]
        self.opmerkingen.append(beschadigd(self.pad, "de uitkomst wordt opnieuw bepaald"))
        return None

    def uitkomst(self) -> tuple[str, int] | None:
        """De bewaarde tekst en exitcode, als het dossier en stelselkit niet veranderden."""
        data = self._laad()
        if data is None:
            return None
        try:
            geldig = self._geldig(data)
            uitkomst = data["uitkomsten"].get(self.sleutel) if geldig else None
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            self.opmerkingen.append(beschadigd(self.pad, "de uitkomst wordt opnieuw bepaald"))
            return None
        self._data = data if geldig else None
        return uitkomst  # type: ignore[no-any-return]

    def _geldig(self, data: dict[str, Any]) -> bool:
        """Gelden de bewaarde uitkomsten nog: dezelfde omgeving en dezelfde bestanden?"""
        t0 = data["t0"]
        omgeving = self._omgeving(list(data["bronnen"]))
        if omgeving is None or any(data[veld] != omgeving[veld] for veld in _OMGEVING) or any(
            kenmerk[_MTIME] >= t0 for kenmerk in omgeving["bronnen"].values()
        ):
            return False
        paden = _yaml_in(self.map)
        bewaard = data["bestanden"]
        if paden is None or paden.keys() != bewaard.keys():
            return False
        opnieuw = []
        for relatief, pad in paden.items():
            try:
                kenmerk = _kenmerk(os.stat(pad))
            except OSError:
                return False
            if kenmerk != bewaard[relatief][0] or kenmerk[_MTIME] >= t0:
                opnieuw.append(relatief)
        return not opnieuw or self._herzie(data, paden, opnieuw)

    def _herzie(self, data: dict[str, Any], paden: dict[str, str], opnieuw: list[str]) -> bool:
        """Hash de bestanden waarvan ``stat`` veranderde of die niet ouder zijn dan ``t0``.
        Is de inhoud dezelfde, dan gelden de uitkomsten nog, en worden ze bewaard met het nieuwe
        ``stat`` (en een nieuwe ``t0`` van vóór het lezen)."""
        t0 = self._begin()
        bestanden = dict(data["bestanden"])
        for relatief in opnieuw:
            gelezen = lees(paden[relatief])
            if gelezen is None or gelezen[1] != bestanden[relatief][1]:
                self.sluit()
                return False
            bestanden[relatief] = gelezen
        if t0 is not None:
            self._bewaar({**data, "t0": t0, "bestanden": bestanden})
        return True

    def _begin(self) -> int | None:
        """``t0``: de ``mtime`` van een nieuw tijdelijk bestand in de cachemap, waarin straks
        de nieuwe ``snel.bin`` komt; ``None`` als er niet geschreven kan worden."""
        self.sluit()
        map_ = cachemap(self.map)
        try:
            self._tijdelijk = tijdelijk_bestand(map_) if map_ is not None else None
            if self._tijdelijk is None:
                return None
            return _kenmerk(os.fstat(self._tijdelijk[0]))[_MTIME]
        except OSError:
            self.sluit()
            return None

    def begin(self) -> None:
        """Neem een opname van het dossier en de omgeving, vóór het valideren."""
        t0 = self._begin()
        omgeving = self._omgeving() if t0 is not None else None
        paden = _yaml_in(self.map) if omgeving is not None else None
        if omgeving is None or paden is None or "dossier.yaml" not in paden:
            self.sluit()
            return
        bestanden = {}
        for relatief, pad in paden.items():
            gelezen = lees(pad)
            if gelezen is None:  # niet te lezen: dat wordt een fout, die niet bewaard wordt
                self.sluit()
                return
            bestanden[relatief] = gelezen
        self._opname = {**omgeving, "t0": t0, "bestanden": bestanden}

    def onthoud(self, tekst: str, code: int) -> None:
        """Bewaar de uitkomst, als er tijdens het valideren niets veranderde en alles ouder is
        dan ``t0`` (anders kan een wijziging binnen dezelfde tik onzichtbaar blijven)."""
        opname = self._opname
        if opname is None:
            return
        t0, bestanden, alle = opname["t0"], opname["bestanden"], opname["bronnen"]
        paden = _yaml_in(self.map)
        bronnen = _bronnen(_gebruikt(alle))
        if paden is None or paden.keys() != bestanden.keys() or bronnen is None or any(
            kenmerk != alle.get(pad, kenmerk) or kenmerk[_MTIME] >= t0
            for pad, kenmerk in bronnen.items()
        ):
            return
        try:
            nu = {relatief: _kenmerk(os.stat(pad)) for relatief, pad in paden.items()}
        except OSError:
            return
        if any(kenmerk != bestanden[r][0] or kenmerk[_MTIME] >= t0 for r, kenmerk in nu.items()):
            return
        opname = {**opname, "bronnen": bronnen}
        uitkomsten = self._andere_uitkomsten(opname)
        uitkomsten[self.sleutel] = (tekst, code)
        self._bewaar({**opname, "uitkomsten": uitkomsten})

    def _andere_uitkomsten(self, opname: dict[str, Any]) -> dict[Any, Any]:
        """De bewaarde uitkomsten van andere opdrachten, als ze bij dezelfde inhoud horen."""
        vorige = self._data
        try:
            if vorige is None or any(vorige[veld] != opname[veld] for veld in _OMGEVING) or {
                r: h for r, (_, h) in vorige["bestanden"].items()
            } != {r: h for r, (_, h) in opname["bestanden"].items()}:
                return {}
            andere = [(s, u) for s, u in vorige["uitkomsten"].items() if s != self.sleutel]
        except (AttributeError, TypeError, ValueError):
            return {}
        return dict(andere[-(_MAX_UITKOMSTEN - 1):])

    def _bewaar(self, data: dict[str, Any]) -> None:
        if self._tijdelijk is None:
            return
        (fd, tijdelijk), self._tijdelijk = self._tijdelijk, None
        inhoud = marshal.dumps(data)
        try:
            schrijf_atomisch(fd, tijdelijk, self.pad, _KOP + hash_van(inhoud) + inhoud)
        except OSError:
            return

    def sluit(self) -> None:
        """Ruim een tijdelijk bestand op dat niet gebruikt is."""
        if self._tijdelijk is not None:
            (fd, tijdelijk), self._tijdelijk = self._tijdelijk, None
            os.close(fd)
            try:
                os.unlink(tijdelijk)
            except OSError:
                return
