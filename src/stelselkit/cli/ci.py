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


def _kent_portfolio() -> bool:
    """Kent deze versie van stelsel de opdracht ``portfolio``? Dan publiceert CI het portfolio."""
    from stelselkit.cli import app

    return any(c.name == "portfolio" for c in app.registered_commands)


@foutgrens
def ci(
    platform: Annotated[Platform, typer.Option("--platform", help="github of gitlab")],
    repo: Annotated[Path, typer.Argument(help="de map van de dossierrepository")] = Path("."),
    dossier: Annotated[
        str, typer.Option(help="het dossier binnen de repository, gezien vanaf de wortel")
    ] = ".",
    bron: Annotated[
        str | None,
        typer.Option(
            help="waar CI stelselkit installeert: een git-URL met tag, een pakketnaam of een "
            "wheel; standaard de repository van stelselkit op de tag van deze versie",
            show_default=False,
        ),
    ] = None,
    overschrijven: OverschrijvenOptie = False,
) -> None:
    """Schrijf een CI-werkstroom die het dossier bij elke push valideert, de openbare rapporten
    als artefact bewaart en op de standaardtak een site publiceert (GitHub/GitLab Pages)."""
    from stelselkit.fouten import GebruiksFout
    from stelselkit.opdrachten.ci import schrijf_werkstroom, standaardbron

    if not repo.is_dir():
        raise GebruiksFout(f"'{repo}' is geen map")
    pad = schrijf_werkstroom(platform.value, repo, dossier=dossier, bron=bron,
                             portfolio=_kent_portfolio(), overschrijven=overschrijven)
    print(f"Aangemaakt: {pad}")
    print(f"stelselkit komt in CI uit: {bron or standaardbron()}")
    print("Volgende stap: commit het bestand en push; de rapporten verschijnen na de eerste run.")
