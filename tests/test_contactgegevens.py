"""Contactgegevens herkennen: een corpus van echte schrijfwijzen, goed en fout.

De positieve voorbeelden komen uit hoe mensen gegevens in notities typen (telefoonnummers met
allerlei scheidingstekens, Belgische en Duitse nummers, postcodes in kleine letters, straten met
afkortingen); de negatieve uit wat in dossiers en rapporten staat en er alleen op lijkt (datums,
jaartallen, bronverwijzingen, tellingen, SVG-coördinaten).
"""

from __future__ import annotations

import pytest

from stelselkit.lezen.contactgegevens import (
    MAX_TEKST,
    VERWIJDERD,
    contactgegevens_in,
    is_plaatshouder,
    verwijder,
    vind,
)

POSITIEF: list[tuple[str, str, str]] = [
    # (tekst, soort, wat er gevonden moet worden)
    ("mail jan.devries@example.nl", "e-mailadres", "jan.devries@example.nl"),
    ("Mail: J.de-Vries+buurt@renkum.nl.", "e-mailadres", "J.de-Vries+buurt@renkum.nl"),
    ("(info@dorpsplatform.example)", "e-mailadres", "info@dorpsplatform.example"),
    ("mailto:anne@example.co.uk", "e-mailadres", "anne@example.co.uk"),
    ("bel 0612345678", "telefoonnummer", "0612345678"),
    ("bel 06-12345678", "telefoonnummer", "06-12345678"),
    ("bel 06/12345678", "telefoonnummer", "06/12345678"),
    ("bel 06 12345678", "telefoonnummer", "06 12345678"),
    ("bel 06 - 12345678", "telefoonnummer", "06 - 12345678"),
    ("bel 06 12 34 56 78", "telefoonnummer", "06 12 34 56 78"),
    ("bel 06-1234 5678", "telefoonnummer", "06-1234 5678"),
    ("bel 06.12.34.56.78", "telefoonnummer", "06.12.34.56.78"),
    ("tel. 026-3334455", "telefoonnummer", "026-3334455"),
    ("tel. 026 333 44 55", "telefoonnummer", "026 333 44 55"),
    ("tel. (026) 333 44 55", "telefoonnummer", "(026) 333 44 55"),
    ("tel. (0317) 123456", "telefoonnummer", "(0317) 123456"),
    ("tel. 0317-123456", "telefoonnummer", "0317-123456"),
    ("bel +31 6 12345678", "telefoonnummer", "+31 6 12345678"),
    ("bel +31612345678", "telefoonnummer", "+31612345678"),
    ("bel +31 (0)26 3334455", "telefoonnummer", "+31 (0)26 3334455"),
    ("bel +31-26-3334455", "telefoonnummer", "+31-26-3334455"),
    ("bel 0031 6 1234 5678", "telefoonnummer", "0031 6 1234 5678"),
    ("Belgisch: +32 470 12 34 56", "telefoonnummer", "+32 470 12 34 56"),
    ("Brussel +32 2 123 45 67", "telefoonnummer", "+32 2 123 45 67"),
    ("Duits: +49 30 12345678", "telefoonnummer", "+49 30 12345678"),
    ("Kleve +49 (0)2821 123456", "telefoonnummer", "+49 (0)2821 123456"),
    ("Londen +44 20 7946 0958", "telefoonnummer", "+44 20 7946 0958"),
    ("6865 AB Doorwerth", "postcode", "6865 AB"),
    ("6865AB Doorwerth", "postcode", "6865AB"),
    ("6865 ab doorwerth", "postcode", "6865 ab"),
    ("6865ab", "postcode", "6865ab"),
    ("postcode 6862 Xy", "postcode", "6862 Xy"),
    ("Utrechtseweg 12", "adres", "Utrechtseweg 12"),
    ("woont aan de kerkstraat 3a", "adres", "kerkstraat 3a"),
    ("Van Oldenbarneveltstraat 12-2", "adres", "Oldenbarneveltstraat 12-2"),
    ("Berkenlaan 12 A", "adres", "Berkenlaan 12 A"),
    ("Hoofdstr. 12", "adres", "Hoofdstr. 12"),
    ("Stationsstr 4", "adres", "Stationsstr 4"),
    ("Stationsln 4", "adres", "Stationsln 4"),
    ("Markt 12", "adres", "Markt 12"),
    ("Dennenkamp 7", "adres", "Dennenkamp 7"),
    ("Buitenhof 12", "adres", "Buitenhof 12"),
    ("'s-Gravenweg 3", "adres", "'s-Gravenweg 3"),
    ("Hauptstraße 5", "adres", "Hauptstraße 5"),
    ("Kerkplein 1/3", "adres", "Kerkplein 1/3"),
]

NEGATIEF: list[str] = [
    "datum 2014-02-14",
    "op 05-06-2014 10:00 in het buurthuis",
    "in 2014 en 2015",
    "sinds 1980 de voorzitter",
    "002 instr. 3: elke kring",
    "tafelkleed-2013-05-01",
    "versie 1, fase 2",
    "12 schakels en 30 ingrediënten",
    "de weg 2 keer gelopen",
    "een park 3 keer per week",
    '<svg viewBox="0 0 1200 800"><circle cx="10.5" cy="0.123456789"/></svg>',
    '<svg width="1188mm" height="841mm">',  # een tafelkleed op A0
    "1500 kg zand",
    "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
    "score 0.5 → 0.75",
    "commit 0a1b2c3d4e",
    "1234 SS",  # SA, SD en SS geeft PostNL niet uit
    "Joanitterweg",  # een straat zonder nummer is geen adres
    "om 12.30 uur",
    "€ 0,50 per kop",
    "-",
    "n.v.t.",
    "a@b",  # geen domein
]


@pytest.mark.parametrize(("tekst", "soort", "verwacht"), POSITIEF)
def test_echte_schrijfwijzen_worden_herkend(tekst: str, soort: str, verwacht: str) -> None:
    assert (soort, verwacht) in list(contactgegevens_in(tekst))
    assert verwacht not in verwijder(tekst)


@pytest.mark.parametrize("tekst", NEGATIEF)
def test_wat_er_alleen_op_lijkt_blijft_staan(tekst: str) -> None:
    assert vind(tekst) == []
    assert verwijder(tekst) == tekst


def test_vervangen_laat_de_rest_van_de_tekst_heel() -> None:
    tekst = "Jan (06-12345678, jan@example.nl) woont aan de Kerkstraat 12, 6865 AB Doorwerth."
    assert verwijder(tekst) == (
        f"Jan ({VERWIJDERD}, {VERWIJDERD}) woont aan de {VERWIJDERD}, {VERWIJDERD} Doorwerth."
    )


@pytest.mark.parametrize(("waarde", "plaatshouder"), [
    ("-", True), ("?", True), ("--", True), ("nb", True), ("  ", True), ("...", True),
    ("n.v.t.", False), ("via de buurvrouw", False), ("06-12345678", False),
])
def test_plaatshouders(waarde: str, plaatshouder: bool) -> None:
    assert is_plaatshouder(waarde) is plaatshouder


@pytest.mark.parametrize("vijandig", [
    "a" * 40_000,  # één woord van 40 kB (het oude patroon deed hier 49 s over)
    "a" * 40_000 + "@",
    "x@" + "a" * 40_000,
    "a@" * 20_000,
    "a." * 20_000 + "@",
    "1" * 40_000,
    "+" + "1," * 20_000,
    "straat " * 6_000,
])
def test_vijandige_invoer_geeft_niets(vijandig: str) -> None:
    """Hoe snel dit gaat, meet benchmarks/openbaar.py; hier alleen dat er niets gevonden wordt."""
    assert vind(vijandig) == []


def test_lange_tekst_in_overlappende_stukken() -> None:
    """Een treffer die over de grens van twee stukken valt, wordt toch gevonden."""
    tekst = "x " * (MAX_TEKST // 2 - 3) + "bel 06-12345678 of mail jan@example.nl"
    assert [s for _, _, s in vind(tekst)] == ["telefoonnummer", "e-mailadres"]
