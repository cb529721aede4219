"""``stelsel analyse omgeving BESTAND [BESTAND…]``.

Ook de hulpjes die ``stelsel analyse vermogen`` deelt: bestanden of dossiermappen inlezen tot
(bestand, model, dossier) en dossierfouten melden met bestand en regel.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    UitOptie,
    foutgrens,
    json_tekst,
    lever,
)

if TYPE_CHECKING:
    from stelselkit.dossier import Dossier, Ingelezen
    from stelselkit.fouten import Probleem
    from stelselkit.model import Bestand

M = TypeVar("M", bound="Bestand")

PadenArgument = Annotated[
    list[Path],
    typer.Argument(
        metavar="BESTAND",
        help="een of meer bestanden van deze soort, of een dossiermap (alle bestanden)",
    ),
]


def lees_bestanden(paden: list[Path], model: type[M]) -> list[tuple[Ingelezen, M, Dossier | None]]:
    """Lees bestanden van één soort, elk met het dossier eromheen; een map is een heel dossier."""
    from stelselkit.dossier import DOSSIERBESTAND, laad_dossier, laad_model, moet_bestaan
    from stelselkit.fouten import GebruiksFout, InhoudsFout

    bronnen: dict[Path, tuple[Ingelezen, M, Dossier | None]] = {}
    for pad in paden:
        moet_bestaan(pad)
        if pad.is_dir():
            if not (pad / DOSSIERBESTAND).is_file():
                raise GebruiksFout(
                    f"'{pad}' is geen dossiermap (er is geen {DOSSIERBESTAND}); geef een "
                    f"dossiermap of {model.SOORT}-bestanden"
                )
            dossier = laad_dossier(pad)
            for ingelezen in dossier.bestanden:
                if ingelezen.soort == model.SOORT and ingelezen.model is None:
                    eerste = next(p for p in dossier.problemen if p.bestand == ingelezen.naam)
                    raise InhoudsFout(
                        f"{eerste.als_regel()}\n(controleer het bestand met 'stelsel valideer')"
                    )
            gevonden = dossier.van_soort(model)
            if not gevonden:
                raise InhoudsFout(
                    f"er is geen {model.SOORT} in {pad}; maak er een met "
                    f"'stelsel nieuw {model.SOORT} {pad}'"
                )
            for ingelezen, gelezen in gevonden:
                bronnen.setdefault(ingelezen.pad.resolve(), (ingelezen, gelezen, dossier))
            continue
        gelezen, ingelezen, omringend = laad_model(pad, model)
        if omringend is not None:
            # Het dossier las hetzelfde bestand; gebruik die lezing, zodat de namen van
            # bestanden in de problemen van het dossier overeenkomen.
            for eigen in omringend.bestanden:
                if eigen.pad.resolve() == pad.resolve() and isinstance(eigen.model, model):
                    ingelezen, gelezen = eigen, eigen.model
        bronnen.setdefault(pad.resolve(), (ingelezen, gelezen, omringend))
    return list(bronnen.values())


def meld_dossierfouten(problemen: list[Probleem]) -> None:
    """Fouten in de verwijzingen: elk met bestand en regel op stderr, en exitcode 1."""
    from stelselkit.fouten import Uitgang

    if not problemen:
        return
    for probleem in problemen:
        print(f"stelsel: {probleem.als_regel()}", file=sys.stderr)
    raise typer.Exit(int(Uitgang.ONGELDIG))


@foutgrens
def omgeving(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    svg: Annotated[
        Path | None,
        typer.Option(
            "--svg",
            help="schrijf de kringen als SVG in deze map, één bestand per omgevingsanalyse",
        ),
    ] = None,
) -> None:
    """Omgevingsanalyse: kringen rond eigen kracht, dekking, overbodig worden en de
    verschuiving van inzet tussen nulde, eerste en tweede lijn (002 instr. 3).

    Exitcode 0: klaar. 1: een bestand is ongeldig of verwijst naar iets dat niet bestaat.
    2: verkeerd gebruik.
    """
    from stelselkit.analyse import omgeving as analyse
    from stelselkit.model import Omgevingsanalyse
    from stelselkit.schrijven import schrijf_atomisch

    resultaat = analyse.analyseer(lees_bestanden(paden, Omgevingsanalyse))
    if svg is not None:
        for beeld in resultaat.omgevingen:
            doel = svg / f"{beeld.id}.svg"
            schrijf_atomisch(doel, analyse.kringen_svg(beeld), overschrijven=True)
            print(f"geschreven: {doel}", file=sys.stderr)
    if formaat is Formaat.json:
        tekst = json_tekst(resultaat.als_dict())
    else:
        tekst = analyse.markdown(resultaat)
    lever(tekst, uit)
    meld_dossierfouten(resultaat.problemen)
