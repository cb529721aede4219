"""De regels van de methode waar een bevinding op mag rusten: één catalogus, één manier van citeren.

Elke regel is een :class:`Regel` met een vaste ``id``, de ``bron`` zoals een mens die naslaat en
de ``tekst``: wat de methode daar zegt (kort, in eigen woorden of geciteerd). De bronnen zijn de
teksten in de map ``seeds`` van de methode (zie METHOD.md):

- ``000``: *Leren bouwen aan een nieuw sociaal stelsel vanuit buurtkracht* (2013), paragrafen
  ``§1``–``§14``;
- ``001``: *Gebiedsgericht werken* (2014), paragrafen zoals ``§4.2``;
- ``002``: *Gemeentelijke netwerkstrategie voor regievoering* (2012): de stappen van het
  regieprogramma staan in hoofdstuk 4, de vijf instrumenten in hoofdstuk 6;
- ``004``: *Leer- en ontwikkeltraject Versterken sociale basis* (VWS/Movisie).

Eén citeerwijze: ``"002, hoofdstuk 6, instrument 5"``, ``"002, hoofdstuk 4, stap 1"``,
``"000, §7"``; meerdere plaatsen gescheiden door ``"; "``. Geen regelnummers.
Een analyse verwijst naar een regel met :func:`regel` (een onbekende id is een programmeerfout,
geen stille tekst), zodat ``stelsel regels`` alle regels kan tonen en niets uit elkaar loopt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Regel:
    """Een regel van de methode: waar ze staat en wat ze zegt."""

    id: str
    bron: str
    tekst: str

    @property
    def citaat(self) -> str:
        """De regel zoals een rapport haar noemt: ``tekst (bron)``."""
        return f"{self.tekst} ({self.bron})"

    def als_dict(self) -> dict[str, str]:
        return {"id": self.id, "bron": self.bron, "tekst": self.tekst}


CATALOGUS: tuple[Regel, ...] = (
    # --- het dossier zelf (geen regel van de methode, een afspraak van stelselkit) ----------
    Regel(
        "dossier-geldig",
        "stelselkit, README: Het dossier",
        "elk bestand volgt het model van zijn soort en verwijzingen tussen dossierbestanden "
        "zijn ids die in het dossier bestaan",
    ),
    # --- omgevingsanalyse (002, hoofdstuk 6, instrument 3) -----------------------------------
    Regel(
        "omgeving-overbodig",
        "002, hoofdstuk 6, instrument 3; 002, hoofdstuk 2",
        "elke kring wordt gevraagd 'Hoe maak je jezelf overbodig?'; regievoerders en "
        "professionals zijn voortdurend bezig hun rol overbodig te maken",
    ),
    Regel(
        "omgeving-eigen-kracht",
        "002, hoofdstuk 6, instrument 3",
        "elke invalshoek vraagt 'Hoe sluit dit aan bij eigen kracht?'; eigen kracht staat in het "
        "midden van de omgevingsanalyse",
    ),
    Regel(
        "omgeving-dekking",
        "002, hoofdstuk 6, instrument 3",
        "elke kring wordt bevraagd vanuit vier invalshoeken met elk zes vragen",
    ),
    Regel(
        "inzet-per-lijn",
        "000, §6; 000, §10; 001, §4",
        "buurtkracht afzetten tegen de inzet van nulde, eerste en tweede lijn en de verandering "
        "in de tijd laten zien; de proeftuinen zochten een afnemend beroep op de tweede lijn",
    ),
    # --- vermogensanalyse (002, hoofdstuk 6, instrument 4) en stap 5 --------------------------
    Regel(
        "vermogen-geheel",
        "002, hoofdstuk 6, instrument 4",
        "maak zichtbaar hoe ver de gemeenschap een zelforganiserend geheel vormt van netwerken, "
        "bewustzijn, omgeving en voorbeelden",
    ),
    Regel(
        "vermogen-bewijs",
        "002, hoofdstuk 6, instrument 4; 004, hoofdstuk 4 (Wat levert het op?)",
        "het vermogen zichtbaar maken met wat er in het dossier staat (tafelkleden, uitspraken, "
        "initiatieven, activiteiten); tellen én vertellen",
    ),
    Regel(
        "vermogen-verandering",
        "000, §8; 004, hoofdstuk 4 (Wat levert het op?)",
        "resultaten die we meten zijn de mate van zelforganisatie en de "
        "verantwoordelijkheidsverschuiving in het stelsel; het verhaal achter elk getal",
    ),
    Regel(
        "vermogen-overbodig",
        "002, hoofdstuk 6, instrument 4; 002, hoofdstuk 2",
        "maken regievoerder en professionals zich daadwerkelijk overbodig? Regievoerders en "
        "professionals zijn voortdurend bezig hun rol overbodig te maken",
    ),
    Regel(
        "vermogen-geheel-en-regie",
        "002, hoofdstuk 6, instrument 4",
        "vormt de gemeenschap een organisatorisch geheel, en kan ze regie nemen over "
        "vraagstukken rond het thema?",
    ),
    Regel(
        "stap5-vragen",
        "002, hoofdstuk 4, stap 5",
        "wat zijn we nu, wat weten we nu, wat willen we nu, wat kunnen we nu, wat doen we nu als "
        "lokale gemeenschap",
    ),
    Regel(
        "stap5-faciliteiten",
        "002, hoofdstuk 4, stap 5",
        "welke voorzieningen nodig zijn, welke middelen daarbij horen en hoe we die middelen "
        "kunnen genereren",
    ),
    Regel(
        "stap5-praktijkafspraken",
        "002, hoofdstuk 4, stap 5",
        "elk regieprogramma eindigt met het vaststellen van praktijkafspraken voor een bepaalde "
        "periode; vaststellingen volgen elkaar per periode op",
    ),
    # --- patroononderzoek (002, hoofdstuk 6, instrument 5) -----------------------------------
    Regel(
        "patroon-vier-delen",
        "002, hoofdstuk 4, stap 1; 002, hoofdstuk 6, instrument 5",
        "de regievoerder richt zich op alle vier delen van het patroon van regievoering; "
        "deelnemers schrijven bij elk deel de associaties die opkomen",
    ),
    Regel(
        "patroon-verbindend",
        "002, hoofdstuk 4, stap 1; 002, hoofdstuk 6, instrument 5",
        "de vier delen vormen samen een 'verbindend patroon' (Bateson); in het gesprek: hoe "
        "verhouden deze onderdelen zich tot elkaar en tot het thema?",
    ),
    Regel(
        "patroon-divers",
        "002, hoofdstuk 6, instrument 5",
        "onderzoek het patroon met een groep mensen die zo divers mogelijk bij de regievoering "
        "van het thema betrokken is",
    ),
    Regel(
        "lokale-gemeenschap",
        "002, hoofdstuk 6, instrument 1, stap 3",
        "zoek schakels vooral in de lokale gemeenschap en niet alleen bij professionals",
    ),
    Regel(
        "keten-van-posities",
        "000, §4; 002, hoofdstuk 6, instrument 5",
        "de keten van posities van verantwoordelijkheid, van bewoner tot bestuurlijke "
        "samenwerking, zo divers mogelijk aan tafel",
    ),
    Regel(
        "patroon-schakels-aan-tafel",
        "002, hoofdstuk 6, instrument 5; 002, hoofdstuk 6, instrument 1, stap 3",
        "een groep zo divers mogelijk; de tafelkleden laten zien wie in de lokale gemeenschap "
        "al betrokken is",
    ),
    Regel(
        "patroon-elk-deel",
        "002, hoofdstuk 6, instrument 5",
        "vraag deelnemers om bij elk deel de associaties te schrijven die opkomen",
    ),
    Regel(
        "patroon-gesprek",
        "002, hoofdstuk 6, instrument 5",
        "daarna gaan we in gesprek aan de hand van de woorden die op papier staan, met vier "
        "vragen",
    ),
    # --- casussen en vissenkom (001, §5.2–§5.4; 000, §8, §10, §11) -----------------------------
    Regel(
        "casusregisseur-helder",
        "001, §5.2, punt 11; 001, §1.2",
        "het dient helder te zijn wie de casusregisseur is; waar nodig verbindt een "
        "casusregisseur de nulde, eerste en tweede lijn rond een concrete casus",
    ),
    Regel(
        "casusregisseur-dichtbij",
        "001, §5.2, punt 11; 000, §10",
        "de casusregisseur staat dicht bij het gezin: één regisseur die op dat moment het beste "
        "aansluit bij de concrete situatie van de bewoner",
    ),
    Regel(
        "terugschakelen",
        "001, §5.2, punten 11 en 16",
        "terugschakelen: zo snel mogelijk vanuit de tweede lijn terug naar de eerste en de nulde "
        "lijn; de casusregisseur is betrokken bij het proces van afbouw tweede lijn",
    ),
    Regel(
        "casusvragen",
        "001, §5.2, punt 12; 002, hoofdstuk 6, instrument 4",
        "gezin heeft eigen regie; bij een casusbespreking: kan het gezin de eigen situatie "
        "ordenen, erover communiceren, er regie over nemen en zichzelf verder helpen?",
    ),
    Regel(
        "vissenkom-expertise",
        "001, §5.3, stap 9",
        "is er expertise die je mist en toe zou willen voegen? Is er expertise die je "
        "overlappend of overbodig vindt?",
    ),
    Regel(
        "expertise-afspraken",
        "000, §8, fase 3; 000, §11",
        "met diensten en organisaties worden periodiek afspraken gemaakt over de beschikbaarheid "
        "van expertise voor het sociaal wijkteam; elke periode leren we meer over de expertise "
        "die nodig is in een buurt",
    ),
    Regel(
        "verbrokkeling",
        "001, §5.2, punt 15; 001, §5.1",
        "verbrokkeling overbruggen: geen hokjes, maar steeds met degenen die nodig zijn een team "
        "vormen; zorg ook voor het opruimen van oude werkwijzen",
    ),
    Regel(
        "lijnen-verschuiving",
        "000, §6; 000, §10",
        "het versterken van buurtkracht relateren aan de inzet van tweede, eerste en nulde lijn "
        "en de verschuiving in beeld brengen",
    ),
    # --- buurtportfolio (000, §6 en bijlage 3; 002, hoofdstuk 4, stap 3) -------------------
    Regel(
        "portfolio-zichtbaar",
        "002, hoofdstuk 4, stap 3; 000, §8",
        "alles wat met het thema te maken heeft gedurende de ontwikkelperiode zichtbaar en "
        "toegankelijk maken via verschillende media; in fase 1 een communicatieplan voor een "
        "buurtportfolio",
    ),
    Regel(
        "portfolio-tijdlijn",
        "001, §4.3; 000, §8",
        "een tijdlijn met concrete ontmoetings- en actiemomenten, en de zichtbaarheid "
        "daadwerkelijk organiseren; het communicatieplan maakt de ontwikkeling zichtbaar "
        "gedurende een bepaalde periode",
    ),
    Regel(
        "portfolio-toestemming",
        "000, §6; stelselkit, README: Het buurtportfolio als website",
        "het buurtportfolio is openbaar; wat over een persoon gaat, wordt alleen met diens "
        "toestemming gepubliceerd (AVG)",
    ),
    Regel(
        "portfolio-manifestatie",
        "002, hoofdstuk 4, stap 4; 002, hoofdstuk 6, instrument 2",
        "stap 4 presenteert de mogelijkheden van zelforganisatie en eindigt in een "
        "manifestatiemoment; de tijdlijn van de thema-analyse heeft er een",
    ),
    Regel(
        "portfolio-vier-b",
        "001, §4.3",
        "zichtbaar maken van alles wat met het thema te maken heeft: alle betrokkenheid, "
        "bewustzijn, beschikbaarheid en bekwaamheid",
    ),
)

CATALOGUS += (
    # --- netwerkprogramma van de gebiedsambassadeur (001, §4.2–§4.3) -------------------------
    Regel(
        "np-signaal-opvolgen",
        "001, §4.2",
        "signaleren en stimuleren van actuele thema's of initiatieven: uit wat in het "
        "dorpsgesprek en op het brainstormbord opkomt, kunnen nieuwe thema's naar voren komen "
        "of initiatieven worden gestimuleerd",
    ),
    Regel(
        "np-contact-uitnodigen",
        "001, §4.2",
        "contactgegevens noteren en persoonlijk uitnodigen voor een vervolgbijeenkomst; zo wordt "
        "gebouwd aan een netwerk van mensen die betrokken willen zijn bij een vervolg",
    ),
    Regel(
        "np-tafelkaart",
        "001, §4.2",
        "met een tafelkaart wordt een initiatief uitgewerkt: wat is het initiatief, wat zijn de "
        "ambities, wie verbindt zich eraan en op welke wijze, wat zijn de vervolgafspraken en "
        "werkwijzen",
    ),
    Regel(
        "np-gezamenlijke-tijdlijn",
        "001, §4.2",
        "aan het slot van de gesprekstafels wordt een gezamenlijke tijdlijn gemaakt met de "
        "ambities voor de komende periode en ontmoetingsmomenten waarop de ontwikkeling van de "
        "initiatieven zichtbaar wordt",
    ),
    Regel(
        "np-bestaande-gebeurtenis",
        "001, §4.3",
        "een tijdlijn met concrete ontmoetings- en actiemomenten; raadzaam om ook gebruik te "
        "maken van activiteiten die al plaatsvinden, zoals een dorpsfeest, een markt of een "
        "festival",
    ),
    Regel(
        "np-slotbijeenkomst",
        "001, §4.3",
        "een slotbijeenkomst rondt de periode van gerichte aandacht af, viert de opbrengsten en "
        "maakt sleutelfiguren zichtbaar en toegankelijk",
    ),
    Regel(
        "np-thema-vernieuwen",
        "001, §4.3; 000, §8",
        "door periodiek in gesprek te gaan rond een actueel thema blijft de aandacht voor het "
        "gebied levend; fase 5: periodiek het stelsel nieuw leven inblazen met een actueel thema",
    ),
    # --- de routekaart van een lerend stelsel (004; 000, §8) ---------------------------------
    Regel(
        "rk-leervraag-les",
        "000, §8; 004, hoofdstuk 4 (Wat levert het op?)",
        "een sociaal stelsel is een lerend stelsel: elke periode leren we meer (fase 3); de "
        "routekaart noemt actuele leervragen, en leren is belangrijker dan verantwoorden",
    ),
    Regel(
        "rk-inwoner-betrokken",
        "004, Betrokken gemeenten en organisaties; 000, §3",
        "elke routekaart zet naast de mijlpalen de betrokkenheid van de inwoner; de keten "
        "verschuift verantwoordelijkheid naar bewoner en buurt",
    ),
    Regel(
        "rk-leerafspraak",
        "000, §8",
        "fase 3: met diensten en maatschappelijke organisaties worden afspraken gemaakt; "
        "leerafspraken kunnen ook opgenomen worden in de contracten met (maatschappelijke) "
        "organisaties",
    ),
)

CATALOGUS += (
    # --- netwerkanalyse: het tafelkleed (002, hoofdstuk 6, instrument 1) ---------------------
    Regel(
        "netwerk-ingredienten",
        "002, hoofdstuk 6, instrument 1, stap 2",
        "schrijf aan de buitenranden alles wat betrokken is bij het thema; door bij de "
        "ingrediënten te beginnen kom je los van je vaste netwerken",
    ),
    Regel(
        "netwerk-verbinden",
        "002, hoofdstuk 6, instrument 1, stap 3",
        "verbind via schakels de ingrediënten met het initiatief of thema in het midden",
    ),
    Regel(
        "netwerk-namen",
        "002, hoofdstuk 6, instrument 1, stap 3",
        "maak de schakels concreet, liefst met namen; kijk naar feitelijke betrokkenheid, niet "
        "naar functie",
    ),
    Regel(
        "netwerk-benadering",
        "002, hoofdstuk 6, instrument 1, stap 4",
        "sommige schakels kun je beter individueel benaderen en anderen kun je in een groep "
        "uitnodigen",
    ),
    Regel(
        "netwerk-verhaal",
        "002, hoofdstuk 6, instrument 1, stap 4",
        "benader elke schakel met een eigen verhaal; de ingrediënten waar de schakel bij "
        "betrokken is, geven daarvoor inspiratie",
    ),
    Regel(
        "netwerk-uitnodigen",
        "002, hoofdstuk 6, instrument 1, stap 4",
        "je kunt schakels ook weer uitnodigen om een netwerkanalyse te doen, zodat steeds meer "
        "netwerken in beeld komen",
    ),
    Regel(
        "netwerk-posities",
        "002, hoofdstuk 6, instrument 1, stap 5",
        "vijf posities van betrokkenheid; mensen kunnen ook meerdere posities innemen",
    ),
    Regel(
        "netwerk-kern",
        "002, hoofdstuk 6, instrument 1, stap 5",
        "het maakt duidelijk welke stappen nodig zijn om tot de kern te komen",
    ),
    Regel(
        "netwerk-momentopname",
        "002, hoofdstuk 6, instrument 1, stap 5",
        "een netwerkanalyse is een momentopname; posities kunnen verschuiven, betrokkenheid kan "
        "groeien of juist afnemen",
    ),
    Regel(
        "netwerk-ingredienten-ordenen",
        "002, hoofdstuk 6, instrument 1, stap 5",
        "de netwerkanalyse geeft een momentopname van een levend en dynamisch netwerk waarin "
        "alles wat betrokken is zich steeds opnieuw ordent (ingrediënten)",
    ),
    Regel(
        "netwerk-kwetsbaar",
        "000, §7; 002, hoofdstuk 2; 002, hoofdstuk 6, instrument 4",
        "verantwoordelijkheid kan ook weer verdwijnen als bepaalde schakels verdwijnen; "
        "regievoerders en professionals zijn voortdurend bezig hun rol overbodig te maken",
    ),
    Regel(
        "netwerk-makelaar",
        "002, hoofdstuk 6, instrument 1, stap 5; 002, hoofdstuk 3; 002, hoofdstuk 2",
        "schakels leggen relaties en geven toegang tot andere netwerken; regievoerders en "
        "professionals dragen dat over en maken hun rol overbodig",
    ),
    Regel(
        "netwerk-uiteen",
        "002, hoofdstuk 6, instrument 1; 000, §7",
        "kern van het netwerk is het initiatief of thema; wordt dat losgelaten, dan valt het "
        "netwerk en alles wat erbij betrokken is weer uiteen",
    ),
    Regel(
        "netwerk-dubbel",
        "002, hoofdstuk 6, instrument 1, stap 2",
        "er mag ook best een paar keer hetzelfde staan; het telt als één ingrediënt",
    ),
    # --- thema-analyse (002, hoofdstuk 6, instrument 2; 001, §4.2) --------------------------
    Regel(
        "thema-knooppunten",
        "002, hoofdstuk 6, instrument 2",
        "een nodaal netwerk heeft niet één kern maar een geheel van knooppunten; door te "
        "communiceren komen ze in beeld",
    ),
    Regel(
        "thema-naam",
        "002, hoofdstuk 4, stap 1; 002, hoofdstuk 6, instrument 2",
        "we zoeken altijd een aantrekkelijke en opbouwende naam: 'overlast' buigen we om naar "
        "'ontdek de ruimte'; een naam die uitnodigt",
    ),
    Regel(
        "thema-vakken",
        "002, hoofdstuk 6, instrument 2",
        "schrijf in de vakken welke ideeën en activiteiten opkomen, welke voorbeelden je kent, "
        "welke initiatieven er zijn; verzamel opmerkingen en uitspraken; orden een eerste "
        "netwerkje",
    ),
    Regel(
        "thema-eigen-initiatief",
        "002, hoofdstuk 6, instrument 2",
        "welke initiatieven er al zijn en welke initiatieven je zelf wilt nemen",
    ),
    Regel(
        "thema-netwerkje",
        "002, hoofdstuk 6, instrument 2; 002, hoofdstuk 6, instrument 1, stap 4",
        "een eerste netwerkje geeft zicht op mensen die je kunt uitnodigen voor een "
        "netwerkanalyse",
    ),
    Regel(
        "thema-bronnen",
        "001, §4.2; 002, hoofdstuk 6, instrument 2",
        "dorpsgesprekken, brainstormborden en gesprekstafels voeden het thema; de thema-analyse "
        "ordent alles wat bekend is",
    ),
    Regel(
        "thema-tijdlijn",
        "002, hoofdstuk 6, instrument 2; 002, hoofdstuk 4, stap 4",
        "een globale tijdlijn met een start- en een manifestatiemoment; we eindigen met een "
        "manifestatiemoment",
    ),
    Regel(
        "thema-tijdlijn-datum",
        "002, hoofdstuk 6, instrument 2",
        "door ontmoetingsmomenten te benoemen markeer je het thema in de tijd",
    ),
    Regel(
        "thema-tijdlijn-volgorde",
        "002, hoofdstuk 6, instrument 2",
        "de periode loopt van een start- tot een manifestatiemoment, met de ontmoetingsmomenten "
        "daartussen",
    ),
    Regel(
        "thema-voorbereiding",
        "002, hoofdstuk 6, instrument 2; 002, hoofdstuk 3",
        "aandacht voor de voorbereidingstijd tussen de ontmoetingsmomenten; duidelijke perioden "
        "van voorbereiding per ontmoetingsmoment",
    ),
    Regel(
        "thema-oogst",
        "001, §4.2; 002, hoofdstuk 4, stap 4",
        "op ontmoetingsmomenten wordt de ontwikkeling van de initiatieven zichtbaar gemaakt; "
        "alle oogst zichtbaar maken",
    ),
    # --- stelselmatrix (000, §3–§8) -------------------------------------------------------
    Regel(
        "matrix-programma",
        "000, §3; 000, §8",
        "de aandachtspunten die uit de stelselmatrix naar voren komen zijn de basis voor een "
        "programma van activiteiten (fase 2)",
    ),
    Regel(
        "matrix-posities",
        "000, §4",
        "alle posities in de keten van verantwoordelijkheid zitten in een continu leerproces van "
        "zelforganisatie en verantwoordelijkheidsverschuiving",
    ),
    Regel(
        "matrix-elementen",
        "000, §5; 000, §7",
        "elke positie wordt bekeken vanuit de vier elementen van zelforganisatie en de vier van "
        "participatie",
    ),
    # --- het regieprogramma en zijn programma van activiteiten (002, hoofdstuk 4; 000, §8) --
    Regel(
        "programma-stappen",
        "002, hoofdstuk 4",
        "de vijf stappen starten na elkaar, vragen eigen organisatie en blijven het hele "
        "regieprogramma doorlopen",
    ),
    Regel(
        "programma-planning",
        "000, §8; 002, hoofdstuk 3",
        "een afgesproken periode en een planning (fase 2); duidelijke ontmoetingsmomenten met "
        "perioden van voorbereiding",
    ),
    Regel(
        "programma-resultaat",
        "000, §8",
        "resultaten die we meten zijn de mate van zelforganisatie en de "
        "verantwoordelijkheidsverschuiving in het stelsel (fase 2)",
    ),
    Regel(
        "programma-manifestatie",
        "002, hoofdstuk 4, stap 4",
        "stap 4 eindigt met een manifestatiemoment waarin alle oogst zichtbaar wordt",
    ),
    Regel(
        "programma-netwerkstappen",
        "001, §4.3",
        "het netwerkprogramma van de gebiedsambassadeur kent zijn eigen stappen, van een actueel "
        "thema benoemen tot de slotbijeenkomst",
    ),
    Regel(
        "programma-afstemming",
        "000, §8",
        "elk thema wordt op eigen wijze georganiseerd, maar wel afgestemd met andere actuele "
        "thema's (fase 1, stap 4)",
    ),
    Regel(
        "programma-cyclus",
        "002, hoofdstuk 4",
        "een regieprogramma wordt cyclisch herhaald; zodra de praktijkafspraken lopen, kan een "
        "nieuw regieprogramma starten",
    ),
    # --- verantwoording aan de gemeenteraad (000, §7, §8, §14; 004) ---------------------------
    Regel(
        "vv-verhaal-en-bewijs",
        "000, §8; 004, hoofdstuk 4 (Wat levert het op?)",
        "resultaten die we meten zijn de mate van zelforganisatie en de "
        "verantwoordelijkheidsverschuiving in het stelsel; verminder de indicatoren en vergroot "
        "het verhalend vermogen: tellen én vertellen",
    ),
    Regel(
        "vv-schakel-vertrokken",
        "000, §7; 000, §8, fase 5",
        "buurten kunnen veel eigen verantwoordelijkheid nemen, maar verantwoordelijkheid kan ook "
        "weer verdwijnen als bepaalde schakels verdwijnen; als mensen verdwijnen kan een sociaal "
        "stelsel anders gaan functioneren",
    ),
    Regel(
        "vv-rol-krimpt",
        "000, §7; 002, hoofdstuk 2; 002, hoofdstuk 6, instrument 3",
        "iedere positie in het stelsel neemt het eigen proces van "
        "verantwoordelijkheidsverschuiving mee en wordt overbodig in wat een buurt zelf kan; "
        "regievoerders en professionals zijn voortdurend bezig hun rol overbodig te maken",
    ),
    Regel(
        "vv-tellen-en-vertellen",
        "004, hoofdstuk 4 (Wat levert het op?)",
        "verminder de indicatoren voor de sociale basis en vergroot het verhalend vermogen; "
        "blijf data en verhalen verzamelen en blijf hierover met elkaar in gesprek",
    ),
    Regel(
        "vv-indicatoren-samen",
        "004, hoofdstuk 4 (Wat levert het op?)",
        "zorg dat je de indicatoren voor succes samen met inwoners en professionals maakt; je "
        "hebt wat aan indicatoren als deze gedragen zijn",
    ),
    Regel(
        "vv-elke-periode",
        "000, §8, fase 2; 000, §11",
        "resultaten die we meten zijn de mate van zelforganisatie en de "
        "verantwoordelijkheidsverschuiving; elke periode zal de mate van zelforganisatie en "
        "verantwoordelijkheidsverschuiving opnieuw worden bepaald",
    ),
)

CATALOGUS += (
    # --- het dossier zelf: persoonsgegevens (AVG) ------------------------------------------
    Regel(
        "privacy-avg",
        "stelselkit, README: Privacy (AVG)",
        "persoonsgegevens alleen waar ze nodig zijn, privé-personen gemarkeerd, en niets "
        "openbaar wat over een persoon gaat zonder diens toestemming (AVG)",
    ),
)

CATALOGUS += (
    # --- fase 4: buurten vergelijken (000, §8) ---------------------------------------------
    Regel(
        "fase4-vergelijken",
        "000, §8",
        "fase 4: naast de resultaten per buurt onderzoekt de regievoerder met betrokkenen de "
        "overeenkomsten en verschillen tussen buurten; het gaat er niet om dat buurten hetzelfde "
        "worden, maar om wat we van elkaar kunnen leren; buurten presenteren hun portfolio",
    ),
    Regel(
        "fase4-lokale-schakels",
        "000, §8; 002, hoofdstuk 6, instrument 1, stap 3",
        "fase 4: leren van verschillen tussen buurten; zoek schakels vooral in de lokale "
        "gemeenschap en niet alleen bij professionals",
    ),
    # --- verloop: wat er in de tijd veranderde (000, §7–§8; 004) ---------------------------
    Regel(
        "verloop-schakel-weg",
        "000, §7",
        "verantwoordelijkheid kan ook weer verdwijnen als bepaalde schakels verdwijnen",
    ),
    Regel(
        "verloop-verhaal-bij-getal",
        "004, hoofdstuk 4 (Wat levert het op?); 000, §8",
        "tellen én vertellen: het verhaal achter elk getal; resultaten die we meten zijn de mate "
        "van zelforganisatie en de verantwoordelijkheidsverschuiving",
    ),
    Regel(
        "verloop-momenten",
        "000, §8",
        "resultaten die we meten zijn de mate van zelforganisatie en de "
        "verantwoordelijkheidsverschuiving in het stelsel: verandering in de tijd",
    ),
)

_PER_ID: dict[str, Regel] = {r.id: r for r in CATALOGUS}
if len(_PER_ID) != len(CATALOGUS):  # pragma: no cover - een dubbele id is een programmeerfout
    raise RuntimeError("dubbele regel-id in stelselkit.regels")


def regel(id_: str) -> Regel:
    """De regel met deze id; een onbekende id is een programmeerfout."""
    return _PER_ID[id_]
