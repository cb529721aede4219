"""Tafelkleden inlezen voor de netwerkanalyse: een bestand, een dossiermap, of ``PAD@revisie``.

``PAD@revisie`` is het bestand zoals het in een git-revisie was (``tafelkleden/markt.yaml@HEAD~1``,
``…@v1.0``, ``…@3f2a1c``). Het wordt gelezen met ``git show revisie:relatief-pad``, uitgevoerd in
de repository waar het pad in ligt. Zo kan een regievoerder twee momentopnamen vergelijken
zonder oude versies als kopie te bewaren.

Uit een dossiermap komt per keten van momentopnamen (``vorige: …``) alleen de nieuwste mee die op
``vandaag`` al bestond; verschillende ketens (bijvoorbeeld het tafelkleed dat een schakel zelf
maakte) worden samengevoegd tot één netwerk. Het midden daarvan is het actuele thema van het
dossier: de titel van het nieuwste van die kleden over het eerste thema in ``dossier.yaml``; is
er zo'n kleed niet, dan het thema van het oudste kleed.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path

from stelselkit.fouten import GebruiksFout, InhoudsFout
from stelselkit.lezen.dossier import (
    Dossier,
    Ingelezen,
    dossiermap_van,
    laad_dossier,
    laad_model,
    lees_bestand,
    weergave,
)
from stelselkit.model import SOORTEN
from stelselkit.model.tafelkleed import Tafelkleed

Kleed = tuple[str, Tafelkleed]  # (weergavenaam, tafelkleed)
# Eén tafelkleed zoals een analyse het krijgt: gelezen bestand, model, dossier (of None).
Bron = tuple[Ingelezen, Tafelkleed, Dossier | None]


def lees_kleed(pad: Path) -> Kleed:
    """Eén tafelkleed-bestand; een ontbrekend bestand of andere soort geeft één melding."""
    ingelezen, kleed, _ = lees_los(pad)
    return ingelezen.naam, kleed


def lees_los(pad: Path) -> Bron:
    """Eén tafelkleed-bestand als losse bron (zonder het dossier eromheen)."""
    kleed, ingelezen, _ = laad_model(pad, Tafelkleed)
    return ingelezen, kleed, None


def lees_kant(tekst: str) -> Bron:
    """Een bestand, of ``PAD@revisie`` als er geen bestand met precies die naam is."""
    pad = Path(tekst)
    if not pad.exists() and "@" in tekst:
        bestand, revisie = tekst.rsplit("@", 1)
        if not bestand or not revisie:
            raise GebruiksFout(
                f"'{tekst}': schrijf een bestand als PAD of als PAD@revisie (bijv. "
                "tafelkleden/markt.yaml@HEAD~1)"
            )
        return lees_kleed_in_revisie(Path(bestand), revisie)
    return lees_los(pad)


def _git(map_: Path, *argumenten: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", "-C", str(map_), *argumenten], capture_output=True, check=False
        )
    except FileNotFoundError:
        raise GebruiksFout(
            "git is niet gevonden; PAD@revisie heeft git nodig (installeer git)"
        ) from None


def _bestaande_map(pad: Path) -> Path:
    """De map van een pad, of de dichtstbijzijnde bovenliggende map die bestaat."""
    for kandidaat in pad.resolve().parents:
        if kandidaat.is_dir():
            return kandidaat
    return Path.cwd()


def lees_kleed_in_revisie(pad: Path, revisie: str) -> Bron:
    """Het tafelkleed zoals het in een git-revisie was."""
    naam = f"{weergave(pad)}@{revisie}"
    map_ = _bestaande_map(pad)
    top = _git(map_, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise GebruiksFout(f"{naam}: '{pad}' ligt niet in een git-repository")
    wortel = Path(top.stdout.decode("utf-8").strip()).resolve()
    relatief = pad.resolve().relative_to(wortel).as_posix()
    commit = _git(map_, "rev-parse", "--verify", "--quiet", "--end-of-options",
                  f"{revisie}^{{commit}}")
    if commit.returncode != 0:
        raise GebruiksFout(f"{naam}: onbekende git-revisie '{revisie}'")
    sha = commit.stdout.decode("ascii").strip()
    inhoud = _git(wortel, "show", f"{sha}:{relatief}")
    if inhoud.returncode != 0:
        raise GebruiksFout(f"{naam}: '{relatief}' bestond niet in revisie '{revisie}'")
    with tempfile.TemporaryDirectory(prefix="stelsel-") as tijdelijk:
        kopie = Path(tijdelijk) / pad.name
        kopie.write_bytes(inhoud.stdout)
        ingelezen, problemen = lees_bestand(kopie, naam)
    if isinstance(ingelezen.model, Tafelkleed):
        return ingelezen, ingelezen.model, None
    soort = ingelezen.soort
    if soort and soort != Tafelkleed.SOORT and soort in SOORTEN:
        raise InhoudsFout(f"{naam} is een {soort}-bestand, geen tafelkleed; geef een bestand "
                          "met 'soort: tafelkleed'", problemen)
    eerste = problemen[0].als_regel() if problemen else naam
    raise InhoudsFout(f"{eerste} (zo stond het in revisie '{revisie}')", problemen)


def kleden_van_dossier(dossier: Dossier, vandaag: dt.date) -> list[Kleed]:
    """De nieuwste momentopname per keten, van alle tafelkleden die op ``vandaag`` bestonden,
    met hun pad in het dossier als naam (zodat een rapport niet afhangt van waar je staat)."""
    bestaand = [(b, k) for b, k in dossier.van_soort(Tafelkleed) if not k.datum.nog_niet(vandaag)]
    opgevolgd = {k.vorige for _, k in bestaand if k.vorige}
    return [(b.pad.relative_to(dossier.map).as_posix(), k)
            for b, k in bestaand if b.id not in opgevolgd]


def midden_van_dossier(dossier: Dossier, kleden: list[Kleed]) -> str | None:
    """Het actuele thema van een dossier als midden van zijn netwerk (zie de moduletekst)."""
    kop = dossier.kop
    if kop is None or not kop.themas:
        return None
    over_thema = [k for _, k in kleden if k.thema == kop.themas[0]]
    return max(over_thema, key=lambda k: k.datum).titel if over_thema else None


def lees_bronnen(bronnen: list[str]) -> list[Bron]:
    """Alle tafelkleden uit bestanden, ``PAD@revisie`` en dossiermappen, in deze volgorde.

    Een bestand of revisie is een losse bron; uit een dossiermap komt elk tafelkleed met het
    dossier erbij, zodat de analyse per keten de nieuwste op de peildatum kiest en het midden
    van het dossier neemt.
    """
    uitkomst: list[Bron] = []
    for bron in bronnen:
        pad = Path(bron)
        if not pad.is_dir():
            uitkomst.append(lees_kant(bron))
            continue
        map_ = dossiermap_van(pad)
        if map_ is None:
            raise GebruiksFout(f"'{bron}' is een map maar geen dossier (geen dossier.yaml); "
                               "geef een tafelkleed-bestand of een dossiermap")
        dossier = laad_dossier(map_)
        kleden = dossier.van_soort(Tafelkleed)
        if not kleden:
            raise InhoudsFout(f"het dossier '{bron}' heeft (nog) geen tafelkleed; maak er een "
                              "met 'stelsel nieuw tafelkleed'")
        uitkomst.extend((ingelezen, kleed, dossier) for ingelezen, kleed in kleden)
    return uitkomst
