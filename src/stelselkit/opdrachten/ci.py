"""``stelsel ci``: een CI-werkstroom voor een dossierrepository (GitHub of GitLab).

De werkstroom valideert het dossier bij elke push en maakt de openbare rapporten
(``stelsel rapport --openbaar``), zodat het buurtportfolio altijd bij de laatste stand hoort.
"""

from __future__ import annotations

from pathlib import Path

from stelselkit.uitvoer.schrijven import schrijf_atomisch
from stelselkit.weergave.sjablonen import render

PLATFORMS: dict[str, Path] = {
    "github": Path(".github/workflows/stelsel.yml"),
    "gitlab": Path(".gitlab-ci.yml"),
}


def werkstroom(platform: str, *, dossier: str = ".", bron: str = "stelselkit") -> str:
    """De tekst van de werkstroom; ``bron`` is wat pip installeert (naam, wheel of git-URL)."""
    return render(f"ci/{platform}.yml.j2", dossier=dossier, bron=bron)


def schrijf_werkstroom(
    platform: str, repo: Path, *, dossier: str, bron: str, overschrijven: bool
) -> Path:
    pad = repo / PLATFORMS[platform]
    schrijf_atomisch(pad, werkstroom(platform, dossier=dossier, bron=bron),
                     overschrijven=overschrijven)
    return pad
