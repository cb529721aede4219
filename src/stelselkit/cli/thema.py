"""``stelsel analyse thema BESTAND|DOSSIER…``."""

from __future__ import annotations

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    OpenbaarOptie,
    PadenArgument,
    UitOptie,
    VandaagOptie,
    dag_van,
    foutgrens,
    json_tekst,
    lever,
)


@foutgrens
def thema(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    vandaag: VandaagOptie = None,
    openbaar: OpenbaarOptie = False,
) -> None:
    """Thema-analyse: knooppunten over vakken en bronnen, lege vakken, de naam, de tijdlijn en
    wie uit het netwerkje nog uitgenodigd kan worden (002 instr. 2; 001 §4.2).

    Leest ook de dorpsgesprekken, brainstormborden en gesprekstafels die onder 'bronnen' staan.
    Exitcode 0: klaar. 1: een bestand is ongeldig of van een andere soort. 2: verkeerd gebruik.
    """
    from stelselkit.analyse import thema as analyse
    from stelselkit.lezen.dossier import laad_modellen
    from stelselkit.model import ThemaAnalyse

    resultaat = analyse.analyseer_bestanden(
        laad_modellen(paden, ThemaAnalyse), dag_van(vandaag, paden)
    )
    tekst = json_tekst(resultaat.als_dict()) if formaat is Formaat.json else analyse.markdown(
        resultaat
    )
    lever(tekst, uit)
