"""Het rapport van ``stelsel programma`` in Markdown, met de planning als Mermaid-gantt.

De analyse (:mod:`stelselkit.analyse.programma`) geeft stappen en activiteiten als waarden; de
gantt ontstaat pas hier, zodat ``--format json`` geen Mermaid bevat.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stelselkit import methode
from stelselkit.analyse import Resultaat
from stelselkit.model.basis import Datum
from stelselkit.taal import inkorten
from stelselkit.weergave import mermaid
from stelselkit.weergave.sjablonen import render

if TYPE_CHECKING:
    from stelselkit.analyse.programma import Activiteitbeeld, Programmabeeld

STAP_IDS: tuple[str, ...] = methode.ids(methode.STAPPEN)
GANTT_NAAM = 60  # zo lang mag een taaknaam in de gantt zijn
DAG = dt.timedelta(days=1)

GANTT_STATUS = {"gedaan": "done", "loopt": "active"}


def gantt_tekst(tekst: str, lengte: int | None = GANTT_NAAM) -> str:
    """Tekst die de Mermaid-gantt accepteert (de ene escape van :mod:`stelselkit.weergave.mermaid`)
    en (voor een taaknaam) ingekort tot ``lengte`` tekens."""
    schoon = mermaid.label(tekst, gantt=True)
    return inkorten(schoon, lengte) if lengte else schoon


def _dag(datum: Datum | None) -> dt.date:
    return datum.begin if datum is not None else dt.date.max


def _taak(naam: str, taak_id: str, status: tuple[str, ...], van: dt.date, eind: dt.date) -> str:
    """Een taakregel: ``Naam :tags, id, begin, einde`` (einde is de dag ná de laatste dag)."""
    gegevens = [*status, taak_id, van.isoformat(), eind.isoformat()]
    return f"    {gantt_tekst(naam) or taak_id} :{', '.join(gegevens)}"


def _activiteit_taak(a: Activiteitbeeld) -> str | None:
    if a.datum is None or a.status == "vervallen":
        return None
    tags: tuple[str, ...] = ("crit",) if a.te_laat else ()
    if a.status in GANTT_STATUS:
        tags += (GANTT_STATUS[a.status],)
    return _taak(a.wat, f"a-{a.id}", tags, a.datum.begin, (a.tot or a.datum).eind + DAG)


def gantt(programma: Programmabeeld) -> str:
    """De planning van de ontwikkelperiode als Mermaid-gantt: een sectie per stap."""
    secties: list[tuple[str, list[str]]] = []
    op_datum = sorted(programma.activiteiten, key=lambda a: (_dag(a.datum), a.id))
    for stap in programma.stappen:
        regels = []
        if stap.van is not None:
            eind = (stap.tot or programma.tot or stap.van).eind + DAG
            tags = (GANTT_STATUS[stap.status],) if stap.status in GANTT_STATUS else ()
            nummer = STAP_IDS.index(stap.id) + 1
            regels.append(_taak(f"Looptijd stap {nummer}", f"s-{stap.id}", tags, stap.van.begin,
                                eind))
        regels += [t for a in op_datum if a.stap == stap.id and (t := _activiteit_taak(a))]
        secties.append((stap.naam, regels))
    for term in methode.NETWERKSTAPPEN:
        regels = [t for a in op_datum
                  if a.stap is None and a.netwerkstap == term.id and (t := _activiteit_taak(a))]
        secties.append((f"Netwerkprogramma – {term.naam}", regels))
    overig = [t for a in op_datum
              if a.stap is None and a.netwerkstap is None and (t := _activiteit_taak(a))]
    secties.append(("Overige activiteiten", overig))
    if not any(regels for _, regels in secties):
        return ""
    kop = [
        "gantt",
        f"    title {gantt_tekst(programma.titel, None)}",
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %b %Y",
        "    todayMarker off",
    ]
    for naam, regels in secties:
        if regels:
            kop.append(f"    section {gantt_tekst(naam, None)}")
            kop.extend(regels)
    return "\n".join(kop) + "\n"


def markdown(resultaat: Resultaat[Any], sjablonen: Path | None = None) -> str:
    return render(
        "rapport/programma.md.j2",
        sjablonen,
        resultaat=resultaat,
        r=resultaat.details,
        gantt=gantt,
        stapnaam={t.id: t.naam for t in methode.STAPPEN},
    )
