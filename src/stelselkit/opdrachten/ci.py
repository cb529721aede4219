"""``stelsel ci``: een CI-werkstroom voor een dossierrepository (GitHub of GitLab).

De werkstroom doet bij elke push hetzelfde:

1. stelselkit installeren uit ``bron`` (standaard de repository van stelselkit op de tag van de
   geïnstalleerde versie, zodat CI dezelfde versie draait als de regievoerder);
2. het dossier valideren;
3. de openbare rapporten maken (``stelsel rapport --openbaar``) en als artefact bewaren;
4. op de standaardtak een site publiceren: met ``stelsel portfolio`` als die opdracht er is,
   anders de rapporten als HTML met een ``index.html``. De schakelaar ``PORTFOLIO`` bovenin de
   werkstroom kiest; ``stelsel ci`` zet hem op ``aan`` als de geïnstalleerde versie
   ``stelsel portfolio`` kent.

Paden en de bron komen als YAML-tekst tussen dubbele aanhalingstekens in één variabele
(``DOSSIER``, ``STELSEL_BRON``) en de shell leest ze als ``"$DOSSIER"``: een pad met een spatie,
een ``: `` of een ``$`` blijft één pad.
"""

from __future__ import annotations

import json
from pathlib import Path

from stelselkit import __version__
from stelselkit.fouten import GebruiksFout
from stelselkit.uitvoer.schrijven import schrijf_atomisch
from stelselkit.weergave.sjablonen import render

PLATFORMS: dict[str, Path] = {
    "github": Path(".github/workflows/stelsel.yml"),
    "gitlab": Path(".gitlab-ci.yml"),
}

# Waar stelselkit vandaan komt; ``standaardbron()`` hangt de tag van deze versie eraan.
REPOSITORY = "https://github.com/stelselkit/stelselkit"


def standaardbron(versie: str = __version__) -> str:
    """``git+<repository>@v<versie>``: wat pip installeert als ``--bron`` niet gegeven is."""
    return f"git+{REPOSITORY}@v{versie}"


def _yaml_tekst(waarde: str) -> str:
    """Een YAML-tekst tussen dubbele aanhalingstekens (JSON is geldige YAML)."""
    return json.dumps(waarde, ensure_ascii=False)


def werkstroom(platform: str, *, dossier: str = ".", bron: str | None = None,
               portfolio: bool = False) -> str:
    """De tekst van de werkstroom; ``bron`` is wat pip installeert (git-URL, naam of wheel)."""
    for naam, waarde in (("--dossier", dossier), ("--bron", bron or "")):
        if "${{" in waarde or "\n" in waarde:
            raise GebruiksFout(f"{naam} mag geen '${{{{' en geen regeleinde bevatten")
    return render(
        f"ci/{platform}.yml.j2",
        dossier=_yaml_tekst(dossier),
        bron=_yaml_tekst(bron or standaardbron()),
        portfolio=_yaml_tekst("aan" if portfolio else "uit"),
        versie=__version__,
    )


def schrijf_werkstroom(
    platform: str, repo: Path, *, dossier: str, bron: str | None, portfolio: bool,
    overschrijven: bool,
) -> Path:
    pad = repo / PLATFORMS[platform]
    schrijf_atomisch(pad, werkstroom(platform, dossier=dossier, bron=bron, portfolio=portfolio),
                     overschrijven=overschrijven)
    return pad
