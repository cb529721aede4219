"""``stelsel analyse patroon BESTAND|DOSSIER…``."""

from __future__ import annotations

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    PadenArgument,
    UitOptie,
    foutgrens,
    json_tekst,
    lever,
)


@foutgrens
def patroon(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
) -> None:
    """Patroononderzoek: balans over de vier kwadranten, het verbindend patroon, hoe divers de
    groep is, wie in één kwadrant bleef en welke gespreksvragen open staan (002 instr. 5).

    Het rapport tekent het kruis met het thema in het midden.
    Exitcode 0: klaar. 1: een bestand is ongeldig of van een andere soort. 2: verkeerd gebruik.
    """
    from stelselkit.analyse import patroon as analyse
    from stelselkit.lezen.dossier import laad_modellen
    from stelselkit.model import Patroononderzoek

    resultaat = analyse.analyseer_bestanden(laad_modellen(paden, Patroononderzoek))
    tekst = json_tekst(resultaat.als_dict()) if formaat is Formaat.json else analyse.markdown(
        resultaat
    )
    lever(tekst, uit)
