"""De omgevingsanalyse in Markdown en als kringen (SVG)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stelselkit import methode
from stelselkit.analyse import Resultaat
from stelselkit.analyse.omgeving import (
    EENHEDEN,
    VRAGEN_PER_INVALSHOEK,
    Omgevingsbeeld,
    hoeveelheid,
)
from stelselkit.weergave.sjablonen import render
from stelselkit.weergave.svg_kringen import Ring, ringen_svg


def kringen_svg(beeld: Omgevingsbeeld) -> str:
    """De kringen van één omgevingsanalyse als concentrische ringen; een reconstructie of
    plaatshouder zegt dat in de titel."""
    return ringen_svg(
        titel=f"{beeld.titel} ({beeld.herkomst})" if beeld.herkomst else beeld.titel,
        midden=beeld.midden,
        ringen=[Ring(k.naam, k.dekking) for k in beeld.kringen],
        vakken=tuple(i.naam for i in methode.INVALSHOEKEN),
        maximum=VRAGEN_PER_INVALSHOEK,
    )


def markdown(resultaat: Resultaat[Any], sjablonen: Path | None = None) -> str:
    """Het rapport van de omgevingsanalyse in Markdown."""
    return render(
        "rapport/omgeving.md.j2",
        sjablonen,
        resultaat=resultaat,
        r=resultaat.details,
        invalshoeken=methode.INVALSHOEKEN,
        lijnen=methode.LIJNEN,
        eenheden=EENHEDEN,
        hoeveelheid=hoeveelheid,
        inzet_herkomst=[f"'{o.titel}' ({o.herkomst})" for o in resultaat.details.omgevingen
                        if o.herkomst and o.id in resultaat.details.met_besteding],
    )
