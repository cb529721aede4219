"""``stelsel analyse vermogen BESTAND [BESTAND…]``."""

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
    meld_dossierfouten,
)


@foutgrens
def vermogen(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Vermogensanalyse: scores met verhaal en bewijs, de verandering sinds de vorige periode,
    faciliteiten, praktijkafspraken en overbodig worden (002 instr. 4, stap 5).

    Exitcode 0: klaar. 1: een bestand is ongeldig of verwijst naar bewijs dat niet bestaat
    (met bestand en regel). 2: verkeerd gebruik.
    """
    from stelselkit.analyse import vermogen as analyse
    from stelselkit.lezen.dossier import laad_modellen
    from stelselkit.model import Vermogensanalyse

    dag = dag_van(vandaag, paden)
    resultaat = analyse.analyseer(laad_modellen(paden, Vermogensanalyse), dag)
    if formaat is Formaat.json:
        tekst = json_tekst(resultaat.als_dict())
    else:
        tekst = analyse.markdown(resultaat)
    lever(tekst, uit)
    meld_dossierfouten(resultaat.problemen)
