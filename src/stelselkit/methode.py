"""De vaste onderdelen van de methode, op één plek.

Alles wat de gemeentelijke netwerkstrategie en de stelselmatrix als standaard geven, staat hier:
de posities in de keten, de elementen, de posities van betrokkenheid, de invalshoeken met hun
vragen, de stappen van het regieprogramma en de fasen van de opbouw van het stelsel.
Bronverwijzingen gaan naar de teksten in ``shared/seeds`` (zie ``METHOD.md``):
``000`` = *Leren bouwen aan een nieuw sociaal stelsel vanuit buurtkracht* (2013),
``001`` = *Gebiedsgericht werken* (2014), ``002`` = *Gemeentelijke netwerkstrategie voor
regievoering* (2012).

De posities in de keten zijn een standaard, geen constante: "De keuze van posities … kan in de
toekomst dus weer wijzigen" (000 §4). Een dossier kan ze vervangen met een ``posities``-bestand.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """Een begrip van de methode: korte sleutel (zoals in YAML getypt) en leesbare naam."""

    id: str
    naam: str
    uitleg: str = ""


# 000 §4: de horizontale keten van posities van verantwoordelijkheid.
POSITIES_KETEN: tuple[Term, ...] = (
    Term("bewoner", "Bewoner", "de bewoner met eigen regie en eigen kracht"),
    Term("buurt", "Buurt", "de buurt als communicatieniveau (000 §6)"),
    Term("open-netwerk", "Open netwerk", "netwerk van bewoners en professionals rond een thema"),
    Term("sociaal-wijkteam", "Sociaal wijkteam", "brengt expertise bij elkaar rond casussen"),
    Term("diensten", "Diensten en voorzieningen", "expertise, diensten en voorzieningen (000 §11)"),
    Term("regievoering", "Gemeentelijke regievoering", "de gemeente als regievoerder"),
    Term("gemeenteraad", "Gemeenteraad en -bestuur", "kaders en verantwoording (000 §12)"),
    Term("bestuurlijk", "Bestuurlijke samenwerking", "samenwerking tussen gemeenten in de regio"),
)

# 000 §5: vier elementen van (zelf)organisatie en vier van participatie.
ELEMENTEN_ZELFORGANISATIE: tuple[Term, ...] = (
    Term("netwerk", "Netwerk", "bouwen aan netwerken"),
    Term("gesprek", "Gesprek", "contact maken en open in gesprek gaan"),
    Term("omgeving", "Mogelijkmakende omgeving", "afstemmen van mogelijkheden"),
    Term("vermogen", "Vermogen", "vermogen om vraagstukken aan te kunnen"),
)
ELEMENTEN_PARTICIPATIE: tuple[Term, ...] = (
    Term("ondersteuning", "Ondersteuning", "waar mogelijk weer overbodig maken"),
    Term("vertrouwen", "Vertrouwen in het stelsel", "vertrouwen in het stelsel en eigen positie"),
    Term(
        "verschuiving",
        "Verantwoordelijkheidsverschuiving",
        "verantwoordelijkheid verschuift richting bewoner en buurt",
    ),
    Term("kaders", "Toegankelijke kaders", "wet- en regelgeving die aansluit"),
)
ELEMENTEN: tuple[Term, ...] = ELEMENTEN_ZELFORGANISATIE + ELEMENTEN_PARTICIPATIE

# 002 instr. 1 stap 5; 000 bijlage 2: de vijf posities van betrokkenheid.
POSITIES_BETROKKENHEID: tuple[Term, ...] = (
    Term("initiatiefnemer", "Initiatiefnemer", "start het initiatief, zoekt betrokkenheid"),
    Term("partner", "Partner", "zet de schouders eronder, geeft het voorbeeld"),
    Term("schakel", "Schakel", "legt relaties, is ambassadeur, geeft toegang tot bronnen"),
    Term("leverancier", "Leverancier", "brengt specialisme, middelen en materialen in"),
    Term("gebruiker", "Gebruiker", "benut het netwerk voor antwoorden en als basis voor actie"),
)
# De kern van een netwerk: "Het maakt duidelijk welke stappen nodig zijn om tot de kern te komen."
KERN: frozenset[str] = frozenset({"initiatiefnemer", "partner"})


@dataclass(frozen=True)
class Invalshoek:
    """Een invalshoek van de omgevingsanalyse met zijn zes vragen (002 instr. 3)."""

    id: str
    naam: str
    vragen: tuple[tuple[str, str], ...]  # (korte sleutel, volledige vraag)


_EIGEN_KRACHT = ("eigen_kracht", "Hoe sluit dit aan bij eigen kracht?")
_OVERBODIG = ("overbodig", "Hoe maak je jezelf overbodig?")

INVALSHOEKEN: tuple[Invalshoek, ...] = (
    Invalshoek(
        "betrokkenheid",
        "Betrokkenheid",
        (
            ("wat", "Wat is je betrokkenheid?"),
            ("contact", "Hoe en via wie maak je contact?"),
            ("netwerk", "Hoe bouw je aan het netwerk?"),
            ("positie", "Wat is je positie in het netwerk?"),
            _EIGEN_KRACHT,
            _OVERBODIG,
        ),
    ),
    Invalshoek(
        "kennis",
        "Kennis",
        (
            ("wat", "Wat is je kennis?"),
            ("toegankelijk", "Hoe maak je die kennis toegankelijk?"),
            ("communicatie", "Hoe communiceer je daarover?"),
            ("bewustzijn", "Hoe bouw je aan bewustzijn?"),
            _EIGEN_KRACHT,
            _OVERBODIG,
        ),
    ),
    Invalshoek(
        "inzet",
        "Inzet",
        (
            ("wat", "Wat is je inzet?"),
            ("aandacht", "Hoe deel je de aandacht met anderen?"),
            ("verbinden", "Hoe verbind je netwerken?"),
            ("afstemming", "Hoe zorg je voor afstemming?"),
            _EIGEN_KRACHT,
            _OVERBODIG,
        ),
    ),
    Invalshoek(
        "vermogen",
        "Vermogen",
        (
            ("wat", "Wat is je vermogen?"),
            ("voorbeeld", "Waar ben je voorbeeld van?"),
            ("zichtbaar", "Hoe maak je dat zichtbaar?"),
            ("doorgeven", "Hoe geef je dat door aan betrokkenen?"),
            _EIGEN_KRACHT,
            _OVERBODIG,
        ),
    ),
)

# 002 instr. 3: de kringen rond de eigen kracht; de maatschappelijk thema-kring is context.
KRINGEN: tuple[Term, ...] = (
    Term("netwerken", "Netwerken", "familie, buren, vrienden, eigen netwerken"),
    Term("sociale-omgeving", "Sociale omgeving", "buurt, school, vereniging, werk"),
    Term("algemene-voorzieningen", "Algemene voorzieningen", "voor iedereen toegankelijk"),
    Term("specifieke-voorzieningen", "Specifieke voorzieningen", "gerichte zorg en ondersteuning"),
    Term("thema", "Maatschappelijk thema", "de context van het actuele thema"),
)

# 000 §6, §10; 001 §4: nulde, eerste en tweede lijn.
LIJNEN: tuple[Term, ...] = (
    Term("nulde", "Nulde lijn", "bewoners, vrijwilligers, buurtwerk"),
    Term("eerste", "Eerste lijn", "algemene, vrij toegankelijke voorzieningen"),
    Term("tweede", "Tweede lijn", "specialistische, geïndiceerde zorg"),
)

# 002 stap 1; 000 §2: de vier bouwstenen, in het patroononderzoek als kwadranten van het kruis.
KWADRANTEN: tuple[Term, ...] = (
    Term("ondernemend", "Ondernemend netwerk"),
    Term("gemeenschappelijk", "Gemeenschappelijk bewustzijn"),
    Term("maatschappelijk", "Maatschappelijke omgeving"),
    Term("zelforganiserend", "Zelforganiserend voorbeeld"),
)

# 002 instr. 5: de vier gespreksvragen van het patroononderzoek.
GESPREKSVRAGEN: tuple[Term, ...] = (
    Term(
        "verstaan",
        "Wat verstaan we onder ondernemend, gemeenschappelijk, maatschappelijk en "
        "zelforganiserend?",
    ),
    Term("verhouden", "Hoe verhouden deze onderdelen zich tot elkaar en tot het thema?"),
    Term("organiseren", "Hoe kunnen we met dit patroon organiseren rond een thema?"),
    Term("meenemen", "Hoe nemen we anderen daarin mee?"),
)

# 002 instr. 4: de vier onderdelen van het zelforganiserend vermogen, en de schaal.
VERMOGEN_ELEMENTEN: tuple[Term, ...] = (
    Term("netwerken", "Netwerken"),
    Term("bewustzijn", "Bewustzijn"),
    Term("omgeving", "Omgeving"),
    Term("voorbeelden", "Voorbeelden"),
)
VERMOGEN_SCHAAL: dict[int, str] = {
    1: "nog niet zichtbaar",
    2: "beginnend",
    3: "groeiend",
    4: "zelforganiserend",
}

# 002 ch. 4: de vijf stappen van het gemeentelijk regieprogramma.
STAPPEN: tuple[Term, ...] = (
    Term("introduceren", "1. Introduceren thema en patroon van regievoering"),
    Term("ordenen", "2. Ordenen (netwerk)relaties"),
    Term("contact", "3. Contact maken en breed in gesprek gaan"),
    Term("presenteren", "4. Presenteren mogelijkheden van zelforganisatie"),
    Term("vaststellen", "5. Vaststellen zelforganiserend vermogen en faciliteiten"),
)

# 000 §8: de vijf fasen van de opbouw van het stelsel.
FASEN: tuple[Term, ...] = (
    Term("1", "Uitnodigen positie in te nemen"),
    Term("2", "Programma van activiteiten per buurt"),
    Term("3", "Leren en expertise, diensten en voorzieningen per buurt onderzoeken"),
    Term("4", "Vergelijken van buurten"),
    Term("5", "Borgen door periodiek te werken aan actuele thema's"),
)

# 001 §4.3: de stappen van het netwerkprogramma van de gebiedsambassadeur.
NETWERKSTAPPEN: tuple[Term, ...] = (
    Term("benoemen", "Benoemen van een actueel thema en vaststellen periode"),
    Term("dorpsgesprek", "Het dorpsgesprek rond het thema breed op gang brengen"),
    Term("verzamelen", "Op zoek gaan naar alles wat er al is (netwerk- en thema-analyse)"),
    Term("gesprekstafels", "Stimuleren van initiatieven en gesprekstafels"),
    Term("tijdlijn", "Tijdlijn met concrete ontmoetings- en actiemomenten"),
    Term("zichtbaar", "Zichtbaar maken van alles wat met het thema te maken heeft"),
    Term("slotbijeenkomst", "Slotbijeenkomst: afronden, vieren, sleutelfiguren zichtbaar maken"),
)

# 001 §5.2 (punt 12): "Gezin heeft eigen regie. Vragen die belangrijk zijn bij een
# casusbespreking". Ze worden met tekst beantwoord, niet met een score.
CASUSVRAGEN: tuple[Term, ...] = (
    Term(
        "ordenen",
        "Ordenen",
        "Is het gezin/de jongere in staat om de eigen situatie te ordenen en tot de kern te komen?",
    ),
    Term(
        "communiceren",
        "Communiceren",
        "Is het gezin/de jongere in staat om over de eigen situatie te communiceren en contact te "
        "maken?",
    ),
    Term(
        "regie",
        "Regie nemen",
        "Is het gezin/de jongere in staat om regie te nemen over de eigen situatie en de inzet die "
        "daarbij nodig is?",
    ),
    Term(
        "verder_helpen",
        "Zichzelf verder helpen",
        "Is het gezin/de jongere in staat om zichzelf verder te helpen en vraagstukken op te "
        "lossen?",
    ),
)

# 001 §5.3: de elf stappen van de vissenkom. De uitleg zegt welke kring de stap zet: de
# buitenkring (open netwerk) of de binnenkring (casusteam).
VISSENKOM_STAPPEN: tuple[Term, ...] = (
    Term("inbrengen", "1. Inbrengen en kiezen van een casus", "buitenkring"),
    Term("observatiepunten", "2. Vaststellen van observatiepunten", "buitenkring"),
    Term("binnenkring", "3. Vormen binnenkring (casusteam)", "buitenkring"),
    Term(
        "expertise",
        "4. Bijeenbrengen van expertise rond de casus: vormen van een casusteam",
        "binnenkring",
    ),
    Term(
        "uitwisselen",
        "5. Uitwisselen professionaliteit, motiveren van betrokkenheid bij de concrete casus",
        "binnenkring",
    ),
    Term(
        "open-gesprek",
        "6. Open gesprek over de casus, ieders kijk daarop, ieders deskundigheid en de eigen "
        "kracht en positie van het gezin",
        "binnenkring",
    ),
    Term(
        "afstemmen",
        "7. Afstemmen en aanscherpen van ieders expertise, komen tot een afgestemd casusteam en "
        "maken van een handelingsplan",
        "binnenkring",
    ),
    Term("observaties", "8. Bespreken observaties", "buitenkring"),
    Term(
        "expertise-missen",
        "9. Is er expertise die je mist en toe zou willen voegen? Is er expertise die je "
        "overlappend of overbodig vindt?",
        "buitenkring",
    ),
    Term(
        "groepjes",
        "10. Eventueel gaat het open netwerk in kleine groepjes verdiepend in gesprek over de "
        "aanpak van het casusteam (binnenkring)",
        "buitenkring",
    ),
    Term(
        "afronding",
        "11. Plenaire afronding: aandachtspunten/onderwerpen voor de proeftuin",
        "buitenkring",
    ),
)

# 002 instr. 1 stap 3: schakels "vooral in de lokale gemeenschap en niet alleen bij
# professionals". Achtergronden die tot de lokale gemeenschap horen, en die tot de
# professionals of de gemeente.
ACHTERGROND_LOKAAL: tuple[str, ...] = (
    "bewoner",
    "ouder",
    "jongere",
    "oudere",
    "vrijwilliger",
    "mantelzorger",
    "ondernemer",
    "winkelier",
    "vereniging",
    "school",
    "kerk",
    "kunstenaar",
    "dorpsplatform",
)
ACHTERGROND_PROFESSIONEEL: tuple[str, ...] = (
    "professional",
    "zorg",
    "welzijn",
    "onderwijs",
    "corporatie",
    "politie",
    "gemeente",
    "bestuur",
)
ACHTERGRONDEN: tuple[str, ...] = ACHTERGROND_LOKAAL + ACHTERGROND_PROFESSIONEEL

# De soorten ingrediënten die een tafelkleed kan hebben (002 instr. 1 stap 2).
INGREDIENT_SOORTEN: tuple[str, ...] = (
    "idee",
    "gedachte",
    "middel",
    "persoon",
    "groep",
    "gebouw",
    "plek",
    "software",
    "instelling",
    "initiatief",
    "activiteit",
    "beeld",
)


# 001 §1.1: de vier B's, het ene patroon onder de bouwstenen (002 stap 1; 000 §2). Het
# buurtportfolio maakt ze alle vier zichtbaar: "Zichtbaar maken van alles wat met het thema te
# maken heeft, alle betrokkenheid, bewustzijn, beschikbaarheid en bekwaamheid" (001 §4.3).
BOUWSTENEN: tuple[Term, ...] = (
    Term("betrokken", "Betrokken", "opbouwen netwerk: wie is betrokken en hoe"),
    Term("bewust", "Bewust", "opbouwen gemeenschap: open gesprek, wat mensen zeggen en weten"),
    Term("beschikbaar", "Beschikbaar", "opbouwen omgeving: initiatieven en ontmoetingen"),
    Term("bekwaam", "Bekwaam", "opbouwen voorbeeld: voorbeelden en het verhaal van het vermogen"),
)

# De media van een buurtportfolio (000 §6 en bijlage 3; 002 stap 3; 001 §4.3).
KANAALSOORTEN: tuple[Term, ...] = (
    Term("website", "Website"),
    Term("tentoonstelling", "Tentoonstelling", "bibliotheek, school, loket, supermarkt"),
    Term("prikbord", "Prikbord", "bijv. in het winkelcentrum (001 §4.3)"),
    Term("nieuwsflits", "Nieuwsflits", "001 §4.3"),
    Term("krant", "Lokale krant"),
    Term("nieuwsbrief", "(E-mail)nieuwsbrief"),
    Term("sociale-media", "Sociale media"),
    Term("presentatie", "Presentatie"),
    Term("folder", "Folder of flyer"),
    Term("kaart", "Kaart"),
    Term("poster", "Poster"),
    Term("radio", "Radio of televisie", "002 stap 3"),
)


def ids(termen: tuple[Term, ...]) -> tuple[str, ...]:
    """De korte sleutels van een reeks begrippen, in volgorde."""
    return tuple(t.id for t in termen)


def naam_van(termen: tuple[Term, ...], sleutel: str) -> str:
    """De leesbare naam bij een sleutel, of de sleutel zelf als die onbekend is."""
    for term in termen:
        if term.id == sleutel:
            return term.naam
    return sleutel


# De map in een dossier voor casussen en vissenkommen (001 §5): nooit gepubliceerd, kan buiten git.
CASUSMAP = "casussen"
