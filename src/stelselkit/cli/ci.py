"""``stelsel ci --platform github|gitlab``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import OverschrijvenOptie, foutgrens


class Platform(StrEnum):
    github = "github"
    gitlab = "gitlab"


@foutgrens
def ci(
    platform: Annotated[Platform, typer.Option("--platform", help="github of gitlab")],
    repo: Annotated[Path, typer.Argument(help="de map van de dossierrepository")] = Path("."),
    dossier: Annotated[
        str, typer.Option(help="het dossier binnen de repository, gezien vanaf de wortel")
    ] = ".",
    bron: Annotated[
        str, typer.Option(help="wat pip installeert: 'stelselkit', een wheel of een git-URL")
    ] = "stelselkit",
    overschrijven: OverschrijvenOptie = False,
) -> None:
    """Schrijf een CI-werkstroom die het dossier valideert en de rapporten publiceert."""
    from stelselkit.fouten import GebruiksFout
    from stelselkit.opdrachten.ci import schrijf_werkstroom

    if not repo.is_dir():
        raise GebruiksFout(f"'{repo}' is geen map")
    pad = schrijf_werkstroom(platform.value, repo, dossier=dossier, bron=bron,
                             overschrijven=overschrijven)
    print(f"Aangemaakt: {pad}")
    print("Volgende stap: commit het bestand en push; de rapporten verschijnen na de eerste run.")
