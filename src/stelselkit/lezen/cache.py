"""De validatiecache per bestand: een ongewijzigd bestand wordt niet opnieuw gecontroleerd.

Zoals ruff, mypy en pre-commit bewaart ``stelsel valideer`` per bestand wat het vond, in
``.stelsel-cache/valideer.json`` in de dossiermap (met een eigen ``.gitignore``, dus nooit in git):

- de sleutel is een hash (BLAKE2b) van de inhoud van het bestand; het geheel hoort bij één
  *omgeving* (de versie van stelselkit, de broncode die het resultaat bepaalt — modellen, lezen,
  methode —, de versies van pydantic, pydantic-core en PyYAML en de Python-versie). Een andere
  omgeving: de cache wordt niet gebruikt en opnieuw gevuld;
- per bestand de problemen in het bestand zelf, de soort en id, de ids die het aanbiedt en de ids
  waar het naar verwijst (:class:`~stelselkit.lezen.samenhang.Samenvatting`). De controle van
  verwijzingen tussen bestanden draait elke keer opnieuw uit die samenvattingen; verandert een
  bestand waar een ander naar verwijst, dan ziet de controle dat dus meteen;
- een beschadigde cache wordt genegeerd (met een opmerking), nooit vertrouwd;
- schrijven gaat atomisch (tijdelijk bestand, dan hernoemen): twee runs tegelijk laten altijd een
  hele cache achter, van de ene of de andere;
- ``stelsel valideer --geen-cache`` slaat de cache over (lezen én schrijven).

Is er in het hele dossier niets veranderd, dan komt zelfs de hele uitkomst uit de cache, zonder
deze module: :mod:`stelselkit.lezen.snelweg`. Ook deze module importeert bij het laden niets
zwaars (``json``, ``pathlib`` en de samenhang pas als ze nodig zijn): met alles uit de cache
bouwt ``stelsel valideer`` geen enkel model en importeert het Typer, Rich, Jinja2, networkx en
pydantic niet (:mod:`stelselkit.start`).
"""

from __future__ import annotations

import os
import sys
from functools import cache

from stelselkit import __version__
from stelselkit.lezen.snelweg import (
    CACHEMAP,
    beschadigd,
    cachemap,
    hash_van,
    lees,
    schrijf_atomisch,
    tijdelijk_bestand,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from stelselkit.lezen.samenhang import Samenvatting

CACHEBESTAND = "valideer.json"
CACHEVORM = 2  # de vorm van het cachebestand zelf

# De code die bepaalt wat valideren oplevert; een wijziging maakt de cache ongeldig.
BRONNEN = ("model", "lezen", "fouten.py", "methode.py", "verwijzing.py", "__init__.py")
_AFHANKELIJK = ("pydantic", "pydantic_core", "yaml")


def _versie_van(pakket: str) -> str:
    """De versie van een geïnstalleerd pakket, uit de naam van zijn ``.dist-info``-map.

    ``importlib.metadata`` kost ~50 ms; dit een fractie. Zonder dist-info (een ongewone
    installatie) telt de grootte en wijzigingstijd van het pakket zelf.
    """
    from importlib.util import find_spec

    spec = find_spec(pakket)
    if spec is None or spec.origin is None:
        return "afwezig"
    pakketmap = os.path.dirname(spec.origin)
    naam = {"yaml": "pyyaml", "pydantic_core": "pydantic_core"}.get(pakket, pakket)
    try:
        for item in os.listdir(os.path.dirname(pakketmap)):
            kaal = item.lower().replace("-", "_")
            if kaal.startswith(naam.replace("-", "_") + "-") and kaal.endswith(".dist_info"):
                return item
        info = os.stat(spec.origin)
    except OSError:
        return "onbekend"
    return f"{info.st_size}-{info.st_mtime_ns}"


@cache
def omgeving() -> str:
    """De sleutel van alles buiten het bestand zelf dat het resultaat van één bestand bepaalt."""
    from pathlib import Path

    delen = [f"{CACHEVORM}|{__version__}|{sys.version_info[:2]}".encode()]
    delen += [_versie_van(pakket).encode() for pakket in _AFHANKELIJK]
    wortel = Path(__file__).resolve().parents[1]
    for deel in BRONNEN:
        pad = wortel / deel
        bestanden = sorted(pad.rglob("*.py")) if pad.is_dir() else [pad]
        for bestand in bestanden:
            delen += [bestand.relative_to(wortel).as_posix().encode(), bestand.read_bytes()]
    return hash_van(b"\0".join(delen)).hex()



class Validatiecache:
    """De cache per bestand van één dossiermap (``valideer.json``)."""

    def __init__(self, map_: Path) -> None:
        self.map = map_
        self.bestanden: dict[str, dict[str, Any]] = {}
        self.opmerkingen: list[str] = []
        self._gelezen: dict[str, dict[str, Any]] = {}

    @property
    def pad(self) -> Path:
        return self.map / CACHEMAP / CACHEBESTAND

    @classmethod
    def open(cls, map_: Path) -> Validatiecache:
        """Lees de cache; een ontbrekende, verouderde of beschadigde cache is leeg."""
        import json

        cache_ = cls(map_)
        try:
            tekst = cache_.pad.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cache_
        except (OSError, UnicodeDecodeError):
            cache_._beschadigd()
            return cache_
        try:
            data = json.loads(tekst)
            if not isinstance(data, dict) or not isinstance(data.get("bestanden"), dict):
                raise ValueError("geen cache")
        except ValueError:
            cache_._beschadigd()
            return cache_
        if data.get("omgeving") == omgeving():
            cache_._gelezen = data["bestanden"]
        return cache_

    def _beschadigd(self) -> None:
        self.opmerkingen.append(beschadigd(self.pad))

    def zoek(self, relatief: str, sleutel: str, naam: str) -> Samenvatting | None:
        """De samenvatting van een bestand met deze inhoud, of ``None``."""
        from stelselkit.lezen.samenhang import Samenvatting

        item = self._gelezen.get(relatief)
        if not isinstance(item, dict) or item.get("inhoud") != sleutel:
            return None
        try:
            samenvatting = Samenvatting.uit_dict(item["samenvatting"])
        except (KeyError, TypeError, ValueError):
            if not self.opmerkingen:
                self._beschadigd()
            return None
        samenvatting.naam = naam
        samenvatting.problemen = [
            p.__class__(naam, p.regel, p.kolom, p.melding, p.pad, p.niveau, code=p.code)
            for p in samenvatting.problemen
        ]
        self.bestanden[relatief] = item
        return samenvatting

    def bewaar(self, relatief: str, sleutel: str, samenvatting: Samenvatting) -> None:
        data = samenvatting.als_dict()
        data["naam"] = relatief  # de weergavenaam hangt af van de map waar stelsel draait
        for probleem in data["problemen"]:
            probleem[0] = relatief
        self.bestanden[relatief] = {"inhoud": sleutel, "samenvatting": data}

    def schrijf(self) -> None:
        """Schrijf de cache als er iets veranderde; lukt dat niet (alleen-lezen), dan niet."""
        import json

        if self.bestanden == self._gelezen and not self.opmerkingen:
            return
        tekst = json.dumps(
            {"omgeving": omgeving(), "bestanden": dict(sorted(self.bestanden.items()))},
            ensure_ascii=False, separators=(",", ":"),
        )
        map_ = cachemap(str(self.map))
        if map_ is None:
            return
        try:
            fd, tijdelijk = tijdelijk_bestand(map_)
            schrijf_atomisch(fd, tijdelijk, str(self.pad), tekst.encode("utf-8"))
        except OSError:
            return


def inhoudssleutel(pad: Path) -> str | None:
    """Hash van de inhoud; ``None`` als het geen gewoon, (helemaal) leesbaar bestand is."""
    gelezen = lees(pad)
    return None if gelezen is None else gelezen[1].hex()
