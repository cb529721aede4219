"""Git lezen: elke versie van de bestanden van een dossier, uit de hele geschiedenis.

Voor ``--openbaar``: wie ooit privé was in een revisie, blijft privé in elke uitvoer, ook als
een opdracht alleen de huidige stand of één oude revisie leest.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

from stelselkit.fouten import GebruiksFout

YAML_ACHTERVOEGSELS = (".yaml", ".yml")
KORT = 10  # tekens van een verkorte commit- of blob-id


def kort(sha: str) -> str:
    """Een verkorte git-id van minstens :data:`KORT` tekens, met minstens één letter.

    Tien cijfers die met 0 beginnen (``0612345678``) zijn voor de lekcontrole een
    telefoonnummer; een id met een letter erin kan nooit een telefoonnummer of postcode zijn.
    """
    lengte = KORT
    while lengte < len(sha) and sha[:lengte].isdigit():
        lengte += 1
    return sha[:lengte]


def git(
    map_: Path, *argumenten: str, invoer: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Eén git-opdracht in ``map_``; geen git geïnstalleerd is een gebruiksfout."""
    try:
        return subprocess.run(
            ["git", "-C", str(map_), *argumenten], input=invoer, capture_output=True, check=False
        )
    except FileNotFoundError:
        raise GebruiksFout("git is niet gevonden; installeer git") from None


def versies_van(map_: Path) -> Iterator[tuple[str, str]]:
    """Elke versie die ooit in git stond van elk YAML-bestand onder ``map_``, als
    (``pad@blob``, tekst), in volgorde van de geschiedenis (oudste eerst), op alle takken.

    Buiten een git-repository: niets. Eén ``git log`` en één ``git cat-file --batch``, ook bij
    een lange geschiedenis.
    """
    log = git(map_, "log", "--all", "--reverse", "--format=", "--raw", "--no-abbrev",
              "--no-renames", "--", ".")
    if log.returncode != 0:
        return
    blobs: dict[str, str] = {}
    for regel in log.stdout.decode("utf-8", "replace").splitlines():
        kop, _, pad = regel.partition("\t")
        velden = kop.split()
        if len(velden) < 5 or not pad.endswith(YAML_ACHTERVOEGSELS):
            continue
        for blob in velden[2:4]:
            if blob.strip("0"):
                blobs.setdefault(blob, pad)
    if not blobs:
        return
    uit = git(map_, "cat-file", "--batch", invoer="".join(f"{b}\n" for b in blobs).encode())
    data = uit.stdout
    positie = 0
    for blob, pad in blobs.items():
        einde_kop = data.index(b"\n", positie)
        blobkop = data[positie:einde_kop].split()
        positie = einde_kop + 1
        if len(blobkop) < 3 or blobkop[1] != b"blob":
            continue
        lengte = int(blobkop[2])
        inhoud = data[positie : positie + lengte]
        positie += lengte + 1
        yield f"{pad}@{kort(blob)}", inhoud.decode("utf-8", "replace")
