"""Een buurtdossier: een map met YAML-bestanden, ingelezen, gecontroleerd en doorzoekbaar.

Een dossier is een map met een ``dossier.yaml``. Alle ``*.yaml``-bestanden eronder (behalve in
verborgen mappen) horen erbij. Elk bestand wordt apart gelezen en tegen het model van zijn soort
gecontroleerd; daarna worden ids en verwijzingen tussen bestanden nagelopen. Alle problemen van
alle bestanden worden verzameld, niet alleen het eerste.
"""

from __future__ import annotations

import difflib
import errno
import os
from collections.abc import Collection, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from stelselkit import methode
from stelselkit.fouten import GebruiksFout, InhoudsFout, Probleem, pad_tekst
from stelselkit.lezen import samenhang
from stelselkit.lezen.samenhang import Samenvatting
from stelselkit.model import SOORTEN
from stelselkit.verwijzing import Loc

if TYPE_CHECKING:
    from stelselkit.lezen.yamlbron import Bron
    from stelselkit.model import Bestand
    from stelselkit.model import Dossier as DossierModel

DOSSIERBESTAND = "dossier.yaml"
YAML_ACHTERVOEGSELS = (".yaml", ".yml")

M = TypeVar("M", bound="Bestand")


@dataclass
class Ingelezen:
    """Eén bestand van een dossier na het lezen: het model als het geldig is."""

    pad: Path
    naam: str
    bron: Bron | None = None
    model: Bestand | None = None

    @property
    def id(self) -> str:
        if self.model is not None and self.model.id:
            return self.model.id
        return self.pad.stem

    @property
    def soort(self) -> str | None:
        if self.model is not None:
            return self.model.SOORT
        if self.bron is not None and isinstance(self.bron.data, dict):
            soort = self.bron.data.get("soort")
            return soort if isinstance(soort, str) else None
        return None


@dataclass
class Dossier:
    """Een ingelezen dossier met alle problemen die gevonden zijn."""

    map: Path
    bestanden: list[Ingelezen] = field(default_factory=list)
    problemen: list[Probleem] = field(default_factory=list)

    def van_soort(self, model: type[M]) -> list[tuple[Ingelezen, M]]:
        """Alle geldige bestanden van één soort, in bestandsvolgorde."""
        return [
            (b, b.model)  # type: ignore[misc]
            for b in self.bestanden
            if isinstance(b.model, model)
        ]

    @property
    def kop(self) -> DossierModel | None:
        """Het ``dossier``-bestand zelf (buurt, gemeente, thema's, fase)."""
        from stelselkit.model import Dossier as DossierModel

        gevonden = self.van_soort(DossierModel)
        return gevonden[0][1] if gevonden else None

    @property
    def naam(self) -> str:
        kop = self.kop
        return kop.buurt if kop else self.map.name

    def posities(self) -> list[methode.Term]:
        """De keten van posities: uit het ``posities``-bestand, anders de standaard (000 §4)."""
        from stelselkit.model import Posities as PositiesModel

        gevonden = self.van_soort(PositiesModel)
        if gevonden:
            return [methode.Term(k, p.naam, p.omschrijving or "")
                    for k, p in gevonden[0][1].posities.items()]
        return list(methode.POSITIES_KETEN)

    def zoek(self, id_: str, soorten: tuple[str, ...] | None = None) -> Ingelezen | None:
        """Het bestand met deze id (en een van deze soorten)."""
        for bestand in self.bestanden:
            if bestand.model is not None and bestand.id == id_ and (
                soorten is None or bestand.soort in soorten
            ):
                return bestand
        return None

    @property
    def geldig(self) -> bool:
        return not any(p.niveau == "fout" for p in self.problemen)

    @property
    def fouten(self) -> tuple[Probleem, ...]:
        """De fouten (geen waarschuwingen), in vaste volgorde."""
        return tuple(sorted(p for p in self.problemen if p.niveau == "fout"))


def _zichtbaar(
    map_: Path, onleesbaar: list[OSError] | None = None, behalve: Collection[Path] = ()
) -> Iterator[tuple[Path, list[str]]]:
    """Elke map onder ``map_`` met haar bestandsnamen; verborgen mappen (``.git``, ``.schema``)
    en de mappen in ``behalve`` worden overgeslagen zonder erin af te dalen, verborgen bestanden
    ook. Een map die niet gelezen kan worden, komt in ``onleesbaar`` (nooit stil overgeslagen)."""
    for wortel, mappen, bestanden in os.walk(
        map_, onerror=onleesbaar.append if onleesbaar is not None else None
    ):
        mappen[:] = [m for m in mappen if not m.startswith(".")
                     and not (behalve and Path(wortel, m) in behalve)]
        yield Path(wortel), [b for b in bestanden if not b.startswith(".")]


def vind_yaml(
    map_: Path, onleesbaar: list[OSError] | None = None, behalve: Collection[Path] = ()
) -> list[Path]:
    """Alle YAML-bestanden onder een map, gesorteerd, zonder verborgen mappen en bestanden.

    Mappen in ``behalve`` (onder ``map_``, op dezelfde manier geschreven) worden overgeslagen
    zonder erin af te dalen. Ook wat geen gewoon bestand is (een kapotte koppeling, een pijp)
    telt mee: het lezen ervan wordt een fout, in plaats van dat het bestand stil ontbreekt.
    """
    return sorted(
        pad
        for wortel, bestanden in _zichtbaar(map_, onleesbaar, behalve)
        for pad in (wortel / b for b in bestanden)
        if pad.suffix in YAML_ACHTERVOEGSELS and not pad.is_dir()
    )


def onleesbare_map(fout: OSError) -> Probleem:
    """Een map die niet gelezen kon worden: een fout, want wat erin staat is niet gecontroleerd."""
    reden = ("geen toestemming om de map te lezen" if isinstance(fout, PermissionError)
             else "de map kan niet gelezen worden (systeemfout "
             f"{errno.errorcode.get(fout.errno or 0, 'onbekend')})")  # niet de Engelse tekst
    return Probleem(weergave(Path(str(fout.filename))), 0, 0,
                    f"{reden}; de bestanden erin zijn niet gecontroleerd", code="lezen")


def weergave(pad: Path) -> str:
    try:
        return str(pad.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(pad)


def _soort_probleem(bron: Bron) -> Probleem | None:
    data = bron.data
    soorten = ", ".join(SOORTEN)
    if data is None:
        return Probleem(bron.naam, 1, 1, f"het bestand is leeg; begin met 'soort:' ({soorten})",
                        code="leeg")
    if not isinstance(data, dict):
        return Probleem(
            bron.naam, 1, 1,
            "een dossierbestand begint met sleutels ('soort: …'), niet met een lijst of losse "
            "waarde", code="geen-mapping",
        )
    soort = data.get("soort")
    if soort is None:
        return Probleem(
            bron.naam, 1, 1,
            f"de sleutel 'soort' ontbreekt; elk dossierbestand zegt wat het is, bijv. "
            f"'soort: tafelkleed' ({soorten})", code="geen-soort",
        )
    if isinstance(soort, dict | list):  # onhashbaar: 'soort in SOORTEN' zou een TypeError geven
        regel, kolom = bron.plek(("soort",))
        return Probleem(bron.naam, regel, kolom,
                        f"'soort' is één woord, geen lijst of verzameling; kies uit: {soorten}",
                        pad="soort", code="onbekende-soort")
    if soort not in SOORTEN:
        regel, kolom = bron.plek(("soort",))
        tip = difflib.get_close_matches(str(soort), list(SOORTEN), n=1)
        hint = f"; bedoelde je '{tip[0]}'?" if tip else f"; kies uit: {soorten}"
        return Probleem(bron.naam, regel, kolom, f"onbekende soort '{soort}'{hint}",
                        pad="soort", code="onbekende-soort")
    return None


class NaLezen(Protocol):
    """Wat elk gelezen bestand nog ondergaat (``--openbaar``: :mod:`stelselkit.lezen.openbaar`)."""

    def na_lezen(
        self, ingelezen: Ingelezen, problemen: list[Probleem]
    ) -> tuple[Ingelezen, list[Probleem]]: ...


# De openbaar-context van een run: elk bestand komt dan openbaar uit lees_bestand, vóór een
# analyse het ziet. Gezet door stelselkit.lezen.openbaar.openbaar_lezen.
NA_LEZEN: ContextVar[NaLezen | None] = ContextVar("stelsel_na_lezen", default=None)


def openbaar_toegestaan(ingelezen: Ingelezen) -> bool:
    """Mag dit bestand in een openbare kopie van het dossier? Een casus of vissenkom nooit."""
    model = SOORTEN.get(ingelezen.soort or "")
    return model is None or model.OPENBAAR


def lees_bestand(pad: Path, naam: str | None = None) -> tuple[Ingelezen, list[Probleem]]:
    """Lees en controleer één bestand op zichzelf (zonder verwijzingen naar andere bestanden).

    In een openbaar-context (``--openbaar``) komt het bestand openbaar terug.
    """
    ingelezen, problemen = _lees_bestand(pad, naam)
    haak = NA_LEZEN.get()
    return (ingelezen, problemen) if haak is None else haak.na_lezen(ingelezen, problemen)


def _lees_bestand(pad: Path, naam: str | None) -> tuple[Ingelezen, list[Probleem]]:
    from stelselkit.lezen.yamlbron import YamlProbleem, lees

    naam = naam or weergave(pad)
    ingelezen = Ingelezen(pad=pad, naam=naam)
    try:
        ingelezen.bron = lees(pad, naam)
    except YamlProbleem as fout:
        return ingelezen, [fout.probleem]
    bron = ingelezen.bron
    probleem = _soort_probleem(bron)
    if probleem:
        return ingelezen, [probleem]
    from pydantic import ValidationError

    from stelselkit.lezen.meldingen import vertaal_fouten

    model_cls = SOORTEN[bron.data["soort"]]
    weigeringen = [
        Probleem(bron.naam, *bron.plek(loc, sleutel=op_sleutel), melding, pad=pad_tekst(loc),
                 code="persoonsgegeven")
        for loc, melding, op_sleutel in model_cls.geweigerde_persoonsgegevens(bron.data)
    ]
    if weigeringen:
        return ingelezen, weigeringen
    try:
        model = model_cls.model_validate(bron.data)
    except ValidationError as fout:
        return ingelezen, vertaal_fouten(fout, bron, model_cls)
    problemen = [
        _probleem_op(bron, loc, melding, "intern") for loc, melding in model.interne_problemen()
    ]
    if not problemen:
        ingelezen.model = model
        problemen = [
            _probleem_op(bron, loc, melding, "waarschuwing", niveau="waarschuwing")
            for loc, melding in model.waarschuwingen()
        ]
    return ingelezen, problemen


def _probleem_op(
    bron: Bron, loc: tuple[str | int, ...], melding: str, code: str, niveau: str = "fout"
) -> Probleem:
    regel, kolom = bron.plek(loc)
    return Probleem(bron.naam, regel, kolom, melding, pad=pad_tekst(loc), niveau=niveau, code=code)


def samenvatting(
    ingelezen: Ingelezen, problemen: list[Probleem], relatief: str = ""
) -> Samenvatting:
    """Wat de samenhang van het dossier van dit bestand nodig heeft (ook voor de cache).

    ``relatief`` is het pad binnen de dossiermap (voor de regel over de casusmap).
    """
    model = ingelezen.model
    if model is None:
        soort = ingelezen.soort
        openbaar = SOORTEN[soort].OPENBAAR if soort is not None and soort in SOORTEN else True
        # Een ongeldig bestand biedt geen ids aan; wat het waarschijnlijk aanbiedt (zijn id en
        # elke sleutel en tekst erin) laat de samenhang verwijzingen ernaartoe als gevolg zien.
        mogelijk = ([] if ingelezen.bron is None
                    else sorted({ingelezen.id, *_woorden_in(ingelezen.bron.data)}))
        return Samenvatting(naam=ingelezen.naam, relatief=relatief, soort=soort, id=ingelezen.id,
                            openbaar=openbaar, leesbaar=ingelezen.bron is not None,
                            mogelijke_ids=mogelijk, problemen=list(problemen))
    return Samenvatting(
        naam=ingelezen.naam, relatief=relatief, soort=model.SOORT, id=ingelezen.id, geldig=True,
        eigen_id=bool(model.id), openbaar=model.OPENBAAR,
        casusmap=getattr(model, "casusmap", None), definities=list(model.definities()),
        verwijzingen=list(model.verwijzingen()), problemen=list(problemen),
    )


def _plekker(dossier: Dossier) -> samenhang.Plekker:
    bronnen = {b.naam: b.bron for b in dossier.bestanden}

    def plek(naam: str, loc: Loc) -> tuple[int, int]:
        bron = bronnen.get(naam)
        return bron.plek(loc) if bron is not None and loc else (1, 1)

    return plek


def _woorden_in(data: object) -> Iterator[str]:
    """Elke sleutel en elke tekst in de ruwe YAML van een bestand (mogelijke ids)."""
    stapel = [data]
    while stapel:
        deel = stapel.pop()
        if isinstance(deel, dict):
            yield from (k for k in deel if isinstance(k, str))
            stapel.extend(deel.values())
        elif isinstance(deel, list):
            stapel.extend(deel)
        elif isinstance(deel, str):
            yield deel


def controleer_verwijzingen(dossier: Dossier) -> list[Probleem]:
    """Controleer ids en verwijzingen tussen de bestanden van een (al gelezen) dossier."""
    return samenhang.controleer(
        [samenvatting(b, []) for b in dossier.bestanden], _plekker(dossier)
    )


def problemen_van_dossier(
    map_: Path,
    samenvattingen: list[Samenvatting],
    plek: samenhang.Plekker,
    onleesbaar: list[OSError],
) -> list[Probleem]:
    """Alle problemen van een dossier: die van elk bestand, mappen die niet te lezen waren, het
    ontbreken van ``dossier.yaml`` en de samenhang tussen de bestanden; gesorteerd. Eén plek voor
    de volledige lezing en de cache (:mod:`stelselkit.lezen.cache`)."""
    problemen = [p for s in samenvattingen for p in s.problemen]
    problemen.extend(onleesbare_map(fout) for fout in onleesbaar)
    if not (map_ / DOSSIERBESTAND).is_file():
        problemen.append(Probleem(
            weergave(map_), 0, 0,
            f"geen {DOSSIERBESTAND} in deze map; maak een nieuw dossier met 'stelsel init'",
            code="geen-dossier",
        ))
    elif not any(s.geldig and s.soort == "dossier" for s in samenvattingen) and not any(
        p.bestand.endswith(DOSSIERBESTAND) for p in problemen
    ):
        problemen.append(Probleem(
            weergave(map_ / DOSSIERBESTAND), 1, 1,
            "dossier.yaml hoort 'soort: dossier' te hebben", code="geen-dossier",
        ))
    problemen.extend(samenhang.controleer(samenvattingen, plek))
    problemen.extend(_buiten_casusmap(samenvattingen))
    return sorted(problemen)


def casusmap(dossier: Dossier) -> Path:
    """De map voor casussen en vissenkommen (``casusmap`` in dossier.yaml); nooit openbaar."""
    kop = dossier.kop
    return dossier.map / (kop.casusmap if kop else methode.CASUSMAP)


def _casusmap_van(samenvattingen: list[Samenvatting]) -> str:
    return next((s.casusmap for s in samenvattingen
                 if s.geldig and s.soort == "dossier" and s.casusmap), methode.CASUSMAP)


def openbare_bestanden(dossier: Dossier) -> list[Ingelezen]:
    """De bestanden die in een openbare kopie mogen: niets uit de casusmap (van welke soort
    ook, bijv. de omgevingsanalyse van een gezin), en nergens een casus of vissenkom."""
    map_ = casusmap(dossier).resolve()
    return [
        b for b in dossier.bestanden
        if openbaar_toegestaan(b) and map_ not in b.pad.resolve().parents
    ]


def _buiten_casusmap(samenvattingen: list[Samenvatting]) -> Iterator[Probleem]:
    """Een casus of vissenkom buiten de casusmap: die map blijft buiten elke publicatie."""
    map_ = _casusmap_van(samenvattingen)
    for bestand in samenvattingen:
        if bestand.openbaar or bestand.relatief.startswith(f"{map_}/"):
            continue
        naam = bestand.relatief.rsplit("/", 1)[-1]
        yield Probleem(
            bestand.naam, 1, 1,
            f"een {bestand.soort} hoort in de casusmap '{map_}/' van het dossier: die map wordt "
            f"nooit gepubliceerd en kan buiten git blijven (AVG); verplaats het bestand naar "
            f"{map_}/{naam}", code="buiten-casusmap",
        )


def laad_dossier(map_: Path) -> Dossier:
    """Lees een hele dossiermap en verzamel alle problemen."""
    dossier = Dossier(map=map_)
    # De weergavenaam van de map één keer (resolve kost systeemaanroepen per mapniveau).
    basis = Path(weergave(map_))
    samenvattingen = []
    onleesbaar: list[OSError] = []
    for pad in vind_yaml(map_, onleesbaar):
        relatief = pad.relative_to(map_)
        ingelezen, problemen = lees_bestand(pad, str(basis / relatief))
        if NA_LEZEN.get() is not None and not openbaar_toegestaan(ingelezen):
            continue  # --openbaar: een casus of vissenkom komt niet in de openbare kopie
        dossier.bestanden.append(ingelezen)
        samenvattingen.append(samenvatting(ingelezen, problemen, relatief.as_posix()))
    if NA_LEZEN.get() is not None:
        # --openbaar: ook niets anders uit de casusmap (met de problemen van die bestanden)
        map_casus = f"{_casusmap_van(samenvattingen)}/"
        bewaard = [i for i, s in enumerate(samenvattingen) if not s.relatief.startswith(map_casus)]
        dossier.bestanden = [dossier.bestanden[i] for i in bewaard]
        samenvattingen = [samenvattingen[i] for i in bewaard]
    dossier.problemen = problemen_van_dossier(map_, samenvattingen, _plekker(dossier), onleesbaar)
    return dossier


def dossiermap_van(pad: Path) -> Path | None:
    """De dossiermap waar een bestand of map in ligt (de dichtstbijzijnde met dossier.yaml)."""
    pad = pad.resolve()
    for kandidaat in (pad, *pad.parents) if pad.is_dir() else pad.parents:
        if (kandidaat / DOSSIERBESTAND).is_file():
            return kandidaat
    return None


def vind_dossiers(pad: Path) -> list[Path]:
    """Alle dossiermappen onder een map (een map met dossier.yaml is zelf één dossier)."""
    if (pad / DOSSIERBESTAND).is_file():
        return [pad]
    return sorted(wortel for wortel, bestanden in _zichtbaar(pad) if DOSSIERBESTAND in bestanden)


def moet_bestaan(pad: Path) -> Path:
    """Een pad van de gebruiker: een map of een gewoon bestand (geen apparaat of pijp)."""
    if not pad.exists():
        raise GebruiksFout(f"'{pad}' bestaat niet; geef een dossiermap of een YAML-bestand")
    if not pad.is_dir() and not pad.is_file():
        raise GebruiksFout(f"'{pad}' is geen map en geen gewoon bestand; geef een dossiermap of "
                           "een YAML-bestand")
    return pad


def laad_model(pad: Path, model: type[M]) -> tuple[M, Ingelezen, Dossier | None]:
    """Lees één bestand van een verwachte soort; fouten worden één duidelijke melding.

    Geeft ook het dossier eromheen (als er een is), voor analyses die verder kijken.
    """
    moet_bestaan(pad)
    if pad.is_dir():
        raise GebruiksFout(f"'{pad}' is een map; geef een {model.SOORT}-bestand")
    map_ = dossiermap_van(pad)
    dossier = laad_dossier(map_) if map_ is not None else None
    if dossier is not None:
        # Het dossier las het bestand al: lees het niet nog eens (alleen een fout leest opnieuw,
        # voor een melding met de naam zoals de gebruiker hem gaf).
        echt = pad.resolve()
        for eigen in dossier.bestanden:
            if isinstance(eigen.model, model) and eigen.pad.resolve() == echt:
                return eigen.model, eigen, dossier
    ingelezen, problemen = lees_bestand(pad)
    if ingelezen.model is None:
        soort = ingelezen.soort
        if soort and soort != model.SOORT and soort in SOORTEN:
            raise InhoudsFout(
                f"{ingelezen.naam} is een {soort}-bestand, geen {model.SOORT}; "
                f"geef een bestand met 'soort: {model.SOORT}'", problemen)
        eerste = problemen[0].als_regel() if problemen else ingelezen.naam
        raise InhoudsFout(f"{eerste}\n(controleer het bestand met 'stelsel valideer')", problemen)
    if not isinstance(ingelezen.model, model):
        raise InhoudsFout(
            f"{ingelezen.naam} is een {ingelezen.model.SOORT}-bestand, geen {model.SOORT}; "
            f"geef een bestand met 'soort: {model.SOORT}'")
    return ingelezen.model, ingelezen, dossier


def laad_modellen(
    paden: list[Path], model: type[M]
) -> list[tuple[Ingelezen, M, Dossier | None]]:
    """Lees bestanden van één soort, elk met het dossier eromheen; een map is een heel dossier."""
    bronnen: dict[Path, tuple[Ingelezen, M, Dossier | None]] = {}
    for pad in paden:
        moet_bestaan(pad)
        if pad.is_dir():
            if not (pad / DOSSIERBESTAND).is_file():
                raise GebruiksFout(
                    f"'{pad}' is geen dossiermap (er is geen {DOSSIERBESTAND}); geef een "
                    f"dossiermap of {model.SOORT}-bestanden"
                )
            dossier = laad_dossier(pad)
            if (fout := ongeldig_van_soort(dossier, (model.SOORT,))) is not None:
                raise fout
            gevonden = dossier.van_soort(model)
            if not gevonden:
                raise InhoudsFout(
                    f"er is geen {model.SOORT} in {pad}; maak er een met "
                    f"'stelsel nieuw {model.SOORT} {pad}'"
                )
            for ingelezen, gelezen in gevonden:
                bronnen.setdefault(ingelezen.pad.resolve(), (ingelezen, gelezen, dossier))
            continue
        # In een dossier is dit de lezing van het dossier zelf, zodat de namen van bestanden
        # in de problemen van het dossier overeenkomen.
        gelezen, ingelezen, omringend = laad_model(pad, model)
        bronnen.setdefault(pad.resolve(), (ingelezen, gelezen, omringend))
    return list(bronnen.values())


def dossier_of_bestand(
    pad: Path, model: type[M]
) -> tuple[Dossier, list[tuple[Ingelezen, M]] | None]:
    """Een opdracht die een dossiermap of één bestand van een soort krijgt.

    Bij een bestand: het dossier eromheen (of alleen dat bestand) en dat ene bestand als keuze.
    Bij een map: het hele dossier en geen keuze (de analyse neemt dan alles van die soort).
    """
    if moet_bestaan(pad).is_file():
        gelezen, ingelezen, dossier = laad_model(pad, model)
        return dossier or Dossier(map=pad.parent, bestanden=[ingelezen]), [(ingelezen, gelezen)]
    map_ = dossiermap_van(pad)
    if map_ is None:
        raise GebruiksFout(f"'{pad}' ligt niet in een dossier (geen {DOSSIERBESTAND})")
    return laad_dossier(map_), None


def ongeldig_van_soort(dossier: Dossier, soorten: tuple[str, ...]) -> InhoudsFout | None:
    """De fout als een bestand van deze soorten ongeldig is en daardoor niet meedoet.

    Zonder deze controle zou een opdracht stil doorgaan zonder dat bestand ("geen programma",
    een agenda zonder de activiteiten), en zou de gebruiker de oorzaak elders zoeken.
    """
    for bestand in dossier.bestanden:
        if bestand.model is None and bestand.soort in soorten:
            eerste = next((p for p in dossier.problemen
                           if p.bestand == bestand.naam and p.niveau == "fout"), None)
            regel = eerste.als_regel() if eerste else bestand.naam
            return InhoudsFout(
                f"{regel}\n(daardoor doet {bestand.naam} niet mee; verbeter dit eerst, en "
                "controleer het dossier met 'stelsel valideer')",
                [eerste] if eerste else [],
            )
    return None


def geen_materiaal(dossier: Dossier, soort: str) -> InhoudsFout:
    if (fout := ongeldig_van_soort(dossier, (soort,))) is not None:
        return fout
    return InhoudsFout(
        f"het dossier {dossier.map} heeft geen {soort}; begin er een met "
        f"'stelsel nieuw {soort}'"
    )
