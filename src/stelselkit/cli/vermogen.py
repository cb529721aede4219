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
    lever_analyse,
)


@foutgrens
def vermogen(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    openbaar: OpenbaarOptie = False,
    vandaag: VandaagOptie = None,
) -> None:
    """Vermogensanalyse: het verhaal van elk onderdeel met bewijs (een score alleen als eigen
    oordeel), de verandering sinds de vorige periode, faciliteiten, praktijkafspraken en
    overbodig worden (002, hoofdstuk 6, instrument 4; 002, hoofdstuk 4, stap 5).

    Exitcode 0: klaar. 1: een bestand is ongeldig, of het dossier heeft fouten zoals bewijs dat
    niet bestaat (het rapport noemt ze vooraan, met bestand en regel). 2: verkeerd gebruik.
    """
    from stelselkit.analyse.vermogen import ANALYSE
    from stelselkit.opdrachten.analyse import draai

    lever_analyse(draai(ANALYSE, paden, dag_van(vandaag, paden)), formaat, uit)
