"""``stelsel regels``: elke bevinding die een analyse kan geven, met haar regel en een voorbeeld."""

from __future__ import annotations

from stelselkit.cli.gemeenschappelijk import (
    Formaat,
    FormaatOptie,
    UitOptie,
    foutgrens,
    json_tekst,
    lever,
)


@foutgrens
def regels(formaat: FormaatOptie = Formaat.md, uit: UitOptie = None) -> None:
    """Elke bevindingcode met de regel van de methode waarop ze rust (bron en tekst) en een
    voorbeeld van wanneer ze komt, per analyse.

    De regels staan in één catalogus (src/stelselkit/regels.py), de codes in
    src/stelselkit/codes.py; 'stelsel analyse …' citeert de regel in elke bevinding.
    Exitcode 0.
    """
    from stelselkit.codes import CODES

    if formaat is Formaat.json:
        tekst = json_tekst({"codes": [c.als_dict() for c in CODES]})
    else:
        from stelselkit.analyse.register import ANALYSES
        from stelselkit.regels import regel
        from stelselkit.weergave.sjablonen import render

        koppen = {a.naam: f"{a.titel} (`stelsel analyse {a.naam}`)" for a in ANALYSES} | {
            "*": "Elke analyse",
            "netwerk-vergelijk": "Twee momentopnamen van het netwerk "
            "(`stelsel analyse netwerk --vergelijk`)",
            "privacy": "Persoonsgegevens in het dossier (`stelsel privacy`)",
            "vergelijk": "Buurten naast elkaar (`stelsel vergelijk`)",
            "verloop": "Wat er in de git-geschiedenis van een dossier veranderde "
            "(`stelsel verloop`)",
        }
        groepen: dict[str, list[object]] = {}
        for code in CODES:
            groepen.setdefault(code.analyse, []).append(code)
        tekst = render("rapport/regels.md.j2", groepen=groepen, koppen=koppen, regel=regel)
    lever(tekst, uit)
