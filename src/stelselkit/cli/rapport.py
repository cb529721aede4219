"""``stelsel rapport [DOSSIER…] --uit MAP``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    OverschrijvenOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
    json_tekst,
    lever,
    meld_dossierfouten,
)


@foutgrens
def rapport(
    dossiers: Annotated[
        list[Path] | None, typer.Argument(help="een of meer dossiermappen (standaard: hier)")
    ] = None,
    uit: Annotated[
        Path | None,
        typer.Option("--uit", "-o", help="de map voor de rapporten (bij json: een bestand)"),
    ] = None,
    formaat: FormaatOptie = Formaat.md,
    sjablonen: Annotated[
        Path | None,
        typer.Option(help="map met eigen sjablonen (huisstijl); die gaan voor de standaard"),
    ] = None,
    vandaag: VandaagOptie = None,
    openbaar: OpenbaarOptie = False,
    overschrijven: OverschrijvenOptie = False,
) -> None:
    """Draai elke analyse waarvoor het dossier materiaal heeft; één rapport per analyse plus
    index.md met de buurt in één oogopslag. Dezelfde invoer geeft dezelfde bestanden.

    Exitcode 0: klaar. 1: een dossier heeft fouten (de rapporten komen er, met de fouten vooraan;
    ze staan ook op stderr). 2: verkeerd gebruik."""
    from stelselkit.fouten import GebruiksFout, Probleem
    from stelselkit.lezen.dossier import moet_bestaan
    from stelselkit.opdrachten import rapport as kern

    mappen = [moet_bestaan(d) for d in (dossiers or [Path(".")])]
    dag = dag_van(vandaag, mappen)
    if sjablonen is not None and not sjablonen.is_dir():
        raise GebruiksFout(f"de sjablonenmap '{sjablonen}' bestaat niet")

    if formaat is Formaat.json:
        uitkomsten = [kern.als_dict(m, dag) for m in mappen]
        data = [d for d, _ in uitkomsten]
        lever(json_tekst(data[0] if len(data) == 1 else data), uit,
              overschrijven=overschrijven)
        meld_dossierfouten([p for _, problemen in uitkomsten for p in problemen])
        return
    if uit is None:
        raise GebruiksFout("geef met --uit de map waar de rapporten komen")

    from rich.progress import Progress

    doelen = [(m, uit) for m in mappen] if len(mappen) == 1 else list(
        zip(mappen, kern.uitvoermappen(mappen, uit), strict=True)
    )
    if len(mappen) > 1:  # het overzicht komt als laatste; weiger vooraf, niet na elk rapport
        from stelselkit.uitvoer.schrijven import controleer_uitvoer

        controleer_uitvoer(uit / "index.md", overschrijven=overschrijven)
    geschreven: list[Path] = []
    koppen: list[tuple[dict[str, Any], Path]] = []
    problemen: list[Probleem] = []
    with Progress(transient=True, disable=len(mappen) < 2 or not sys.stderr.isatty()) as balk:
        taak = balk.add_task("rapporten", total=len(doelen))
        rapporten = kern.schrijf_rapporten(doelen, vandaag=dag, sjablonen=sjablonen,
                                           overschrijven=overschrijven)
        for (_, doel), rapport_ in zip(doelen, rapporten, strict=True):
            geschreven += rapport_.paden
            koppen.append((rapport_.kop, doel))
            problemen += rapport_.problemen
            balk.advance(taak)
    if len(mappen) > 1:
        geschreven.append(kern.schrijf_overzicht(koppen, uit, sjablonen, overschrijven))
    for pad in geschreven:
        print(pad)
    meld_dossierfouten(problemen)
