"""Veilig schrijven: eerst naar een tijdelijk bestand, dan in één keer hernoemen.

Een onderbroken schrijfactie laat het oude bestand heel. Een bestaand bestand van de gebruiker
wordt alleen overschreven als daarom gevraagd is.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path

from stelselkit.fouten import GebruiksFout


def _standaardrechten() -> int:
    masker = os.umask(0)
    os.umask(masker)
    return 0o666 & ~masker


def schrijf_atomisch(
    pad: Path, tekst: str | bytes, *, overschrijven: bool = False, duurzaam: bool = True
) -> None:
    """Schrijf ``tekst`` (of bytes) naar ``pad``; weiger een bestaand bestand zonder
    ``overschrijven``.

    ``duurzaam`` (standaard): eerst naar de schijf (fsync), dan hernoemen, zodat ook een
    stroomstoring een bestand van de gebruiker nooit leeg achterlaat. Uitvoer die ``stelsel``
    opnieuw kan maken (rapporten, exports) slaat de fsync over: hernoemen blijft atomisch, en
    een rapport over het hele land wacht zo niet duizenden keren op de schijf.
    """
    if pad.exists() and not overschrijven:
        raise GebruiksFout(
            f"'{pad}' bestaat al; ik overschrijf geen bestaand bestand (gebruik --overschrijven)"
        )
    pad.parent.mkdir(parents=True, exist_ok=True)
    fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=pad.parent)
    try:
        # mkstemp maakt een bestand dat alleen de eigenaar mag lezen; geef het de rechten die
        # een gewoon nieuw bestand krijgt, of die van het bestand dat het vervangt.
        os.chmod(tijdelijk, pad.stat().st_mode & 0o777 if pad.exists() else _standaardrechten())
        if isinstance(tekst, bytes):
            with os.fdopen(fd, "wb") as binair:
                binair.write(tekst)
                if duurzaam:
                    binair.flush()
                    os.fsync(binair.fileno())
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as bestand:
                bestand.write(tekst)
                if duurzaam:
                    bestand.flush()
                    os.fsync(bestand.fileno())
        os.replace(tijdelijk, pad)
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise


UITVOERLIJST = ".stelsel-uitvoer"

Vasthouder = Callable[[Path, str | bytes, bool], None]
_VASTHOUDER: ContextVar[Vasthouder | None] = ContextVar("stelsel_vasthouder", default=None)


@contextlib.contextmanager
def vasthouden(vasthouder: Vasthouder) -> Iterator[None]:
    """Binnen dit blok schrijft :func:`schrijf_uitvoer` niet, maar geeft (pad, tekst,
    overschrijven) aan ``vasthouder`` nadat de gewone controles geslaagd zijn (voor de
    lekcontrole van ``--openbaar``: eerst alles controleren, dan pas schrijven)."""
    token = _VASTHOUDER.set(vasthouder)
    try:
        yield
    finally:
        _VASTHOUDER.reset(token)


def _door_stelsel_gemaakt(map_: Path) -> set[str]:
    lijst = map_ / UITVOERLIJST
    if not lijst.is_file():
        return set()
    return {regel.strip() for regel in lijst.read_text(encoding="utf-8").splitlines() if regel}


def is_een_map(pad: Path | str) -> str:
    """De melding als een map staat waar een bestand moet komen (ook voor de foutgrens)."""
    return (f"'{pad}' is een map; geef de naam van een bestand (in die map of ernaast), of een "
            "andere map")


def controleer_uitvoer(pad: Path, *, overschrijven: bool = False) -> set[str]:
    """Weiger een map of een bestaand bestand dat niet door stelsel gemaakt is (zonder
    ``overschrijven``); geeft wat stelsel eerder in die map schreef."""
    if pad.is_dir():
        raise GebruiksFout(is_een_map(pad))
    gemaakt = _door_stelsel_gemaakt(pad.parent)
    if pad.exists() and not overschrijven and pad.name not in gemaakt:
        raise GebruiksFout(
            f"'{pad}' bestaat al en is niet door stelsel gemaakt; ik overschrijf het niet. Kies "
            "een ander pad of verwijder het bestand eerst"
        )
    return gemaakt


@contextlib.contextmanager
def alleen_in(map_: Path) -> Iterator[None]:
    """Eén run tegelijk die in ``map_`` schrijft; een tweede run weigert in plaats van dat twee
    runs door elkaar heen schrijven. Het slot zit op de map zelf: er komt geen bestand bij."""
    import fcntl

    map_.mkdir(parents=True, exist_ok=True)
    slot = os.open(map_, os.O_RDONLY)
    try:
        try:
            fcntl.flock(slot, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise GebruiksFout(
                f"er schrijft al een andere stelsel-run in '{map_}'; wacht tot die klaar is"
            ) from None
        yield
    finally:
        os.close(slot)


def schrijf_alles(bestanden: list[tuple[Path, str]], *, overschrijven: bool = False) -> None:
    """Schrijf een reeks uitvoerbestanden: pas als elk doel mag, en één run tegelijk per map.

    Zo laat een weigering (een ``index.md`` van de gebruiker) geen half rapport achter.
    """
    for pad, _ in bestanden:
        controleer_uitvoer(pad, overschrijven=overschrijven)
    with contextlib.ExitStack() as sloten:
        for map_ in sorted({pad.parent for pad, _ in bestanden}):
            sloten.enter_context(alleen_in(map_))
        for pad, tekst in bestanden:
            schrijf_uitvoer(pad, tekst, overschrijven=overschrijven)


def schrijf_uitvoer(pad: Path, tekst: str | bytes, *, overschrijven: bool = False) -> None:
    """Schrijf uitvoer (een rapport, een export) naar ``pad``.

    Uitvoer die ``stelsel`` eerder zelf schreef, mag vervangen worden: zo geeft een tweede run
    dezelfde bestanden. Elk ander bestaand bestand is van de gebruiker en blijft staan, tenzij
    ``overschrijven``. Wat ``stelsel`` schreef, staat in ``.stelsel-uitvoer`` in dezelfde map.
    """
    gemaakt = controleer_uitvoer(pad, overschrijven=overschrijven)
    vasthouder = _VASTHOUDER.get()
    if vasthouder is not None:
        vasthouder(pad, tekst, overschrijven)
        return
    schrijf_atomisch(pad, tekst, overschrijven=True, duurzaam=False)
    if pad.name not in gemaakt:
        schrijf_atomisch(
            pad.parent / UITVOERLIJST,
            "".join(f"{naam}\n" for naam in sorted(gemaakt | {pad.name})),
            overschrijven=True,
            duurzaam=False,
        )
