"""De validatiecache: een ongewijzigd bestand wordt niet opnieuw gecontroleerd.

Zoals ruff, mypy en pre-commit bewaart ``stelsel valideer`` per bestand wat het vond, in
``.stelsel-cache/valideer.json`` in de dossiermap (met een eigen ``.gitignore``, dus nooit in git):

- de sleutel is de SHA-256 van de inhoud van het bestand; het geheel hoort bij één *omgeving*
  (de versie van stelselkit, de broncode die het resultaat bepaalt — modellen, lezen, methode —,
  de versies van pydantic, pydantic-core en PyYAML en de Python-versie). Een andere omgeving:
  de cache wordt niet gebruikt en opnieuw gevuld;
- per bestand de problemen in het bestand zelf, de soort en id, de ids die het aanbiedt en de ids
  waar het naar verwijst (:class:`~stelselkit.lezen.samenhang.Samenvatting`). De controle van
  verwijzingen tussen bestanden draait elke keer opnieuw uit die samenvattingen; verandert een
  bestand waar een ander naar verwijst, dan ziet de controle dat dus meteen;
- een beschadigde cache wordt genegeerd (met een opmerking), nooit vertrouwd;
- schrijven gaat atomisch (tijdelijk bestand, dan hernoemen): twee runs tegelijk laten altijd een
  hele cache achter, van de ene of de andere;
- ``stelsel valideer --geen-cache`` slaat de cache over (lezen én schrijven).

Deze module importeert niets zwaars: bij een ongewijzigd dossier bouwt ``stelsel valideer`` geen
enkel model en importeert het Typer, Rich, Jinja2, networkx en pydantic niet
(:mod:`stelselkit.start`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from stelselkit import __version__
from stelselkit.lezen.samenhang import Samenvatting

CACHEMAP = ".stelsel-cache"
CACHEBESTAND = "valideer.json"
CACHEVORM = 1  # de vorm van het cachebestand zelf
_GITIGNORE = "# gemaakt door stelsel: de validatiecache hoort niet in git\n*\n"
_MAX_LEZEN = 10 * 1024 * 1024 + 1  # groter: het bestand wordt toch geweigerd, niet cachen

# De code die bepaalt wat valideren oplevert; een wijziging maakt de cache ongeldig.
_BRONNEN = ("model", "lezen", "fouten.py", "methode.py", "verwijzing.py", "__init__.py")
_AFHANKELIJK = ("pydantic", "pydantic_core", "yaml")


def _versie_van(pakket: str) -> str:
    """De versie van een geïnstalleerd pakket, uit de naam van zijn ``.dist-info``-map.

    ``importlib.metadata`` kost ~50 ms; dit een fractie. Zonder dist-info (een ongewone
    installatie) telt de grootte en wijzigingstijd van het pakket zelf.
    """
    spec = find_spec(pakket)
    if spec is None or spec.origin is None:
        return "afwezig"
    pakketmap = Path(spec.origin).parent
    naam = {"yaml": "pyyaml", "pydantic_core": "pydantic_core"}.get(pakket, pakket)
    try:
        for item in os.listdir(pakketmap.parent):
            kaal = item.lower().replace("-", "_")
            if kaal.startswith(naam.replace("-", "_") + "-") and kaal.endswith(".dist_info"):
                return item
        info = os.stat(spec.origin)
    except OSError:
        return "onbekend"
    return f"{info.st_size}-{info.st_mtime_ns}"


@cache
def omgeving() -> str:
    """De sleutel van alles buiten het bestand zelf dat het resultaat bepaalt."""
    h = hashlib.sha256()
    h.update(f"{CACHEVORM}|{__version__}|{sys.version_info[:2]}".encode())
    for pakket in _AFHANKELIJK:
        h.update(_versie_van(pakket).encode())
    wortel = Path(__file__).resolve().parents[1]
    for deel in _BRONNEN:
        pad = wortel / deel
        bestanden = sorted(pad.rglob("*.py")) if pad.is_dir() else [pad]
        for bestand in bestanden:
            h.update(bestand.relative_to(wortel).as_posix().encode())
            h.update(bestand.read_bytes())
    return h.hexdigest()


@dataclass
class Validatiecache:
    """De cache van één dossiermap."""

    map: Path
    bestanden: dict[str, dict[str, Any]] = field(default_factory=dict)
    opmerkingen: list[str] = field(default_factory=list)
    _gelezen: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)

    @property
    def pad(self) -> Path:
        return self.map / CACHEMAP / CACHEBESTAND

    @classmethod
    def open(cls, map_: Path) -> Validatiecache:
        """Lees de cache; een ontbrekende, verouderde of beschadigde cache is leeg."""
        cache_ = cls(map=map_)
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
        self.opmerkingen.append(
            f"opmerking: de validatiecache {self.pad} is beschadigd en wordt genegeerd; "
            "alles wordt opnieuw gecontroleerd"
        )

    def zoek(self, relatief: str, sleutel: str, naam: str) -> Samenvatting | None:
        """De samenvatting van een bestand met deze inhoud, of ``None``."""
        item = self._gelezen.get(relatief)
        if not isinstance(item, dict) or item.get("sha256") != sleutel:
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
        self.bestanden[relatief] = {"sha256": sleutel, "samenvatting": data}

    def schrijf(self) -> None:
        """Schrijf de cache als er iets veranderde; lukt dat niet (alleen-lezen), dan niet."""
        if self.bestanden == self._gelezen and not self.opmerkingen:
            return
        map_ = self.pad.parent
        tekst = json.dumps(
            {"omgeving": omgeving(), "bestanden": dict(sorted(self.bestanden.items()))},
            ensure_ascii=False, separators=(",", ":"),
        )
        try:
            map_.mkdir(exist_ok=True)
            gitignore = map_ / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text(_GITIGNORE, encoding="utf-8")
            fd, tijdelijk = tempfile.mkstemp(dir=map_, prefix=".valideer-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as bestand:
                    bestand.write(tekst)
                os.replace(tijdelijk, self.pad)
            except BaseException:
                Path(tijdelijk).unlink(missing_ok=True)
                raise
        except OSError:
            return  # een cache die niet geschreven kan worden, is geen fout van de gebruiker


def inhoudssleutel(pad: Path) -> str | None:
    """SHA-256 van de inhoud; ``None`` als het bestand niet (helemaal) te lezen is."""
    try:
        with pad.open("rb") as bestand:
            ruw = bestand.read(_MAX_LEZEN)
    except OSError:
        return None
    if len(ruw) >= _MAX_LEZEN:
        return None
    return hashlib.sha256(ruw).hexdigest()
