"""Veilig schrijven: eerst naar een tijdelijk bestand, dan in één keer hernoemen.

Een onderbroken schrijfactie laat het oude bestand heel. Een bestaand bestand van de gebruiker
wordt alleen overschreven als daarom gevraagd is.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from stelselkit.fouten import GebruiksFout


def schrijf_atomisch(pad: Path, tekst: str, *, overschrijven: bool = False) -> None:
    """Schrijf ``tekst`` naar ``pad``; weiger een bestaand bestand zonder ``overschrijven``."""
    if pad.exists() and not overschrijven:
        raise GebruiksFout(
            f"'{pad}' bestaat al; ik overschrijf geen bestaand bestand (gebruik --overschrijven)"
        )
    pad.parent.mkdir(parents=True, exist_ok=True)
    fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=pad.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as bestand:
            bestand.write(tekst)
            bestand.flush()
            os.fsync(bestand.fileno())
        os.replace(tijdelijk, pad)
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise
