"""Het privacyrapport van een dossier: waar persoonsgegevens staan en wat niet gedeeld kan."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from stelselkit.analyse import Bevinding, Gewicht
from stelselkit.lezen.dossier import Dossier, openbaar_toegestaan
from stelselkit.lezen.openbaar import Vondst, inventaris
from stelselkit.regels import regel
from stelselkit.taal import aantal
from stelselkit.weergave.sjablonen import render

# AVG: een dossier staat in git en wordt gedeeld; METHOD.md "Privacy": alles wat persoonlijk is
# moet buiten publicaties te houden zijn.
REGEL = regel("privacy-avg")


@dataclass
class Privacyrapport:
    naam: str
    vondsten: list[Vondst]
    waarschuwingen: list[Bevinding]
    # Elk casus- en vissenkombestand: nooit openbaar (met --openbaar is deze lijst leeg, want de
    # openbare kopie van het dossier heeft ze niet).
    casusbestanden: list[str]
    onleesbaar: list[str]  # mappen en bestanden die niet te lezen waren: het rapport is onvolledig

    def als_dict(self) -> dict[str, object]:
        return {
            "dossier": self.naam,
            "casusbestanden": self.casusbestanden,
            "onleesbaar": self.onleesbaar,
            "vondsten": [v.__dict__ for v in self.vondsten],
            "waarschuwingen": [w.als_dict() for w in self.waarschuwingen],
        }


def maak_rapport(dossier: Dossier) -> Privacyrapport:
    vondsten = inventaris(dossier)
    # (code, titel, tekst, over, gewicht) per deel; het rapport geeft er één bevinding van (#15)
    delen: list[tuple[str, str, str, tuple[str, ...], Gewicht]] = []
    onleesbaar = sorted({*_onleesbare_mappen(dossier.map),
                         *(v.bestand for v in vondsten if v.soort == "onleesbaar")})
    if onleesbaar:
        delen.append((
            "onleesbaar", "Niet te lezen: dit rapport is onvolledig",
            "Deze mappen of bestanden kon stelsel niet lezen (rechten?). Wat erin staat, "
            "is niet nagelopen; geef leesrechten en draai 'stelsel privacy' opnieuw.",
            tuple(onleesbaar), "actie"))
    contact = sorted({f"{v.bestand} ({v.pad})" for v in vondsten if v.soort == "contact"})
    if contact:
        delen.append((
            "contact-in-dossier", "Contactgegevens in gedeelde bestanden",
            "Deze bestanden bevatten contactgegevens. Een dossier wordt in git gedeeld: "
            "bewaar contactgegevens liever in een lijst buiten het dossier.",
            tuple(contact), "actie"))
    vrij = sorted({f"{v.bestand} ({v.pad})" for v in vondsten if "vrije tekst" in v.soort})
    if vrij:
        delen.append((
            "contact-in-vrije-tekst", "Contactgegevens in vrije tekst",
            "Hier staat iets wat op een e-mailadres, telefoonnummer of adres lijkt. Met "
            "--openbaar verdwijnt het uit rapporten, maar het staat nog wel in het dossier.",
            tuple(vrij), "actie"))
    ongeldig = sorted({v.bestand for v in vondsten if "(bestand ongeldig)" in v.soort})
    if ongeldig:
        delen.append((
            "persoonsgegevens-in-ongeldig-bestand",
            "Persoonsgegevens in een bestand dat niet door de controle komt",
            "Deze bestanden zijn ongeldig ('stelsel valideer' zegt waarom), maar er staan "
            "wel privé-personen of contactgegevens in. Herstel het bestand: zolang het ongeldig "
            "is, leest geen analyse het, maar het staat wel in git.",
            tuple(ongeldig), "actie"))
    open_namen = sorted({f"{v.bestand} ({v.pad})" for v in vondsten
                         if v.soort == "naam (niet privé)"})
    if open_namen:
        delen.append((
            "naam-niet-prive", "Namen zonder 'prive: true'",
            "Deze namen verschijnen ook in openbare rapporten. Gaat het om bewoners, zet "
            "dan 'prive: true' of schrijf een rol in plaats van een naam.",
            tuple(open_namen), "aandacht"))
    waarschuwingen = [_samen(delen)] if delen else []
    casusbestanden = [b.naam for b in dossier.bestanden if not openbaar_toegestaan(b)]
    return Privacyrapport(dossier.naam, vondsten, waarschuwingen, casusbestanden, onleesbaar)


def _samen(delen: list[tuple[str, str, str, tuple[str, ...], Gewicht]]) -> Bevinding:
    """Eén bevinding op de regel privacy-avg (#15): de code en het gewicht van het eerste (het
    zwaarste) deel, in de tekst elk deel; ``over`` noemt de plekken van alle delen, in die
    volgorde."""
    code, titel, tekst, over, gewicht = delen[0]
    if len(delen) == 1:
        return Bevinding(code=code, titel=titel, tekst=tekst, regel=REGEL, over=over,
                         gewicht=gewicht)
    return Bevinding(
        code=code, titel="; ".join(d[1] for d in delen),
        tekst=" ".join(f"{d[1]}: {d[2]}" for d in delen),
        regel=REGEL, over=tuple(o for d in delen for o in d[3]), gewicht=gewicht)


def _onleesbare_mappen(map_: Path) -> list[str]:
    """Mappen onder het dossier die niet te openen zijn (die slaat het lezen anders stil over)."""
    fouten: list[str] = []
    for _, mappen, _ in os.walk(map_, onerror=lambda fout: fouten.append(str(fout.filename))):
        mappen[:] = [m for m in mappen if not m.startswith(".")]
    return fouten


def markdown(rapport: Privacyrapport) -> str:
    aantal_prive = sum(1 for v in rapport.vondsten if v.prive)
    samenvatting = (
        f"{len(rapport.vondsten)} plekken met persoonsgegevens, waarvan {aantal_prive} "
        f"gemarkeerd als privé; "
        f"{aantal(len(rapport.waarschuwingen), 'waarschuwing', 'waarschuwingen')}."
    )
    return render(
        "rapport/privacy.md.j2", naam=rapport.naam, samenvatting=samenvatting,
        waarschuwingen=rapport.waarschuwingen, vondsten=rapport.vondsten,
        casusbestanden=rapport.casusbestanden,
    )
