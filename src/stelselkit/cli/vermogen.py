"""``stelsel analyse vermogen BESTAND [BESTAND…]``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    UitOptie,
    foutgrens,
    json_tekst,
    lever,
)
from stelselkit.cli.omgeving import PadenArgument

VandaagOptie = Annotated[
    str | None,
    typer.Option(
        "--vandaag",
        help="de datum waarop afspraken verlopen heten (JJJJ-MM-DD); standaard vandaag",
    ),
]


def lees_datum(tekst: str | None) -> dt.date:
    """``--vandaag``: een ISO-datum, of vandaag als er niets is meegegeven."""
    from stelselkit.fouten import GebruiksFout

    if tekst is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(tekst)
    except ValueError:
        raise GebruiksFout(
            f"'--vandaag {tekst}' is geen datum; schrijf hem als 2014-06-30"
        ) from None


@foutgrens
def vermogen(
    paden: PadenArgument,
    formaat: FormaatOptie = Formaat.md,
    uit: UitOptie = None,
    vandaag: VandaagOptie = None,
) -> None:
    """Vermogensanalyse: scores met verhaal en bewijs, de verandering sinds de vorige periode,
    faciliteiten, praktijkafspraken en overbodig worden (002 instr. 4, stap 5).

    Exitcode 0: klaar. 1: een bestand is ongeldig of verwijst naar bewijs dat niet bestaat
    (met bestand en regel). 2: verkeerd gebruik.
    """
    from stelselkit.analyse import vermogen as analyse
    from stelselkit.cli.omgeving import lees_bestanden, meld_dossierfouten
    from stelselkit.model import Vermogensanalyse

    dag = lees_datum(vandaag)
    resultaat = analyse.analyseer(lees_bestanden(paden, Vermogensanalyse), dag)
    if formaat is Formaat.json:
        tekst = json_tekst(resultaat.als_dict())
    else:
        tekst = analyse.markdown(resultaat)
    lever(tekst, uit)
    meld_dossierfouten(resultaat.problemen)
