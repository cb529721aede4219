"""Elke bevinding die een analyse kan geven: haar code, de regel waarop ze rust en een voorbeeld.

De regels zelf staan in :mod:`stelselkit.regels`; hier staat per analyse welke codes ze geeft en
op welke regel elk rust. ``stelsel regels`` toont deze tabel; ``tests/test_regels.py`` laat elke
code op een klein dossier vuren en op een ander niet, en controleert dat elke bevinding die vuurt
hier staat met de regel die ze citeert.
"""

from __future__ import annotations

from dataclasses import dataclass

from stelselkit.regels import CATALOGUS, regel


@dataclass(frozen=True)
class Code:
    """Een bevinding die een analyse kan geven: haar vaste code, de regel waarop ze rust (een id
    uit :data:`CATALOGUS`) en een voorbeeld van wanneer ze komt, zoals een mens het zegt."""

    analyse: str  # de naam in het register; "*" voor elke analyse
    code: str
    regel: str
    voorbeeld: str

    def als_dict(self) -> dict[str, object]:
        return {"analyse": self.analyse, "code": self.code, "regel": regel(self.regel).als_dict(),
                "voorbeeld": self.voorbeeld}


def _codes(analyse: str, *rijen: tuple[str, str, str]) -> tuple[Code, ...]:
    return tuple(Code(analyse, code, regel_id, voorbeeld) for code, regel_id, voorbeeld in rijen)


# Elke bevinding die een analyse van het register kan geven (``stelsel regels``). Een test laat
# elke code op een klein dossier vuren en op een ander niet (tests/test_regels.py).
CODES: tuple[Code, ...] = (
    Code("*", "dossierfout", "dossier-geldig",
         "dossier.yaml noemt bij 'themas' een thema dat niet in het dossier staat"),
    *_codes(
        "netwerk",
        ("geen-ingredienten", "netwerk-ingredienten", "een tafelkleed zonder ingrediënten"),
        ("kwetsbare-schakel", "netwerk-kwetsbaar",
         "een schakel is de enige verbinding voor ingrediënten; actie als dat een regievoerder, "
         "professional of iemand uit de kern is: overdragen aan een lokale schakel"),
        ("ingredient-zonder-schakel", "netwerk-verbinden",
         "een ingrediënt dat aan geen enkele schakel hangt"),
        ("momentopname-opgevolgd", "netwerk-momentopname",
         "twee momentopnamen van één tafelkleed ('vorige', of dezelfde titel en hetzelfde "
         "thema op een andere datum): alleen de nieuwste telt"),
        ("geen-kern", "netwerk-kern",
         "niemand is initiatiefnemer of partner; met wie er het dichtst bij staat"),
        ("schakel-zonder-naam", "netwerk-namen", "een schakel die er als functie staat"),
        ("weinig-lokale-schakels", "lokale-gemeenschap",
         "niet meer schakels uit de lokale gemeenschap dan professionals (met wiens "
         "achtergrond onbekend is)"),
        ("vooral-lokale-schakels", "lokale-gemeenschap",
         "meer schakels uit de lokale gemeenschap dan professionals, van allen de achtergrond "
         "bekend"),
        ("achtergrond-onbekend", "lokale-gemeenschap",
         "een schakel zonder achtergrond, terwijl er meer schakels uit de lokale gemeenschap "
         "zijn dan professionals (of van niemand de achtergrond bekend is)"),
        ("geen-benadering", "netwerk-benadering",
         "een schakel zonder keuze: individueel of in een groep"),
        ("geen-eigen-verhaal", "netwerk-verhaal", "een schakel zonder eigen verhaal"),
        ("geen-positie", "netwerk-posities",
         "een schakel zonder positie van betrokkenheid (met lege en meerdere posities)"),
        ("makelaar", "netwerk-makelaar",
         "een schakel zonder wie delen van het netwerk (zonder thema) los van elkaar raken"),
        ("netwerk-in-delen", "netwerk-uiteen",
         "zonder het thema valt het netwerk in meer delen uiteen"),
        ("niet-uitgenodigd", "netwerk-uitnodigen",
         "een schakel die niet is uitgenodigd voor een eigen netwerkanalyse"),
        ("kern", "netwerk-kern",
         "wie initiatiefnemer of partner is, en wie buiten de kern het dichtst erbij staat (of "
         "het contact al voorbereid is)"),
        ("meerdere-posities", "netwerk-posities",
         "een schakel met meer posities, terwijl iedereen een positie heeft en geen positie leeg "
         "is"),
        ("lege-posities", "netwerk-posities",
         "een positie van betrokkenheid die niemand heeft, terwijl iedereen een positie heeft "
         "(met meerdere posities)"),
        ("bijna-dubbel", "netwerk-dubbel", "twee ingrediënten die hetzelfde zeggen"),
    ),
    *_codes(
        "netwerk-vergelijk",
        ("schakels-vertrokken", "netwerk-kwetsbaar",
         "schakels die in de latere momentopname weg zijn"),
        ("schakels-bijgekomen", "netwerk-uitnodigen", "schakels die er later bij zijn gekomen"),
        ("netwerk-valt-uiteen", "netwerk-uiteen",
         "het netwerk valt later in meer delen uiteen dan eerst"),
        ("naar-de-kern", "netwerk-momentopname",
         "een schakel die naar de kern is geschoven, terwijl niemand van de kern af schoof"),
        ("van-de-kern-af", "netwerk-momentopname",
         "een schakel die van de kern af is geschoven (met wie naar de kern schoof)"),
        ("positie-erbij", "netwerk-posities", "een schakel die er een positie bij nam"),
        ("ingredienten-nieuw", "netwerk-ingredienten-ordenen",
         "ingrediënten die er later bij kwamen (en die later weg zijn)"),
        ("ingredienten-verdwenen", "netwerk-ingredienten-ordenen",
         "ingrediënten die later weg zijn, terwijl er geen bij kwamen"),
    ),
    *_codes(
        "thema",
        ("knooppunten", "thema-knooppunten",
         "een persoon, plek of initiatief die in twee of meer bronnen terugkomt"),
        ("geen-knooppunten", "thema-knooppunten",
         "geen persoon, plek of initiatief in twee bronnen; hooguit terugkerende woorden"),
        ("naam-probleemwoord", "thema-naam", "een naam als 'Overlast in de wijk'"),
        ("leeg-vak", "thema-vakken",
         "een vak van de thema-analyse zonder inhoud (met de vakken met maar één item)"),
        ("dun-vak", "thema-vakken", "een vak met maar één item, terwijl geen vak leeg is"),
        ("geen-eigen-initiatief", "thema-eigen-initiatief",
         "alleen bestaande initiatieven, geen eigen"),
        ("initiatief-zonder-wie", "np-tafelkaart",
         "een initiatief waar niemand zich aan verbindt"),
        ("open-vraag", "np-signaal-opvolgen",
         "vragen van het brainstormbord zonder antwoord, en aan welke al een idee of "
         "initiatief raakt (raakt er aan elk iets: info)"),
        ("tijdlijn-onvolledig", "thema-tijdlijn",
         "een tijdlijn zonder start of manifestatiemoment"),
        ("moment-zonder-datum", "thema-tijdlijn-datum", "een moment zonder datum"),
        ("tijdlijn-volgorde", "thema-tijdlijn-volgorde",
         "een ontmoetingsmoment vóór de start of na het manifestatiemoment"),
        ("korte-voorbereiding", "thema-voorbereiding",
         "minder dan 14 dagen tussen twee momenten"),
        ("moment-zonder-uitkomst", "thema-oogst", "een voorbij moment zonder uitkomst"),
        ("netwerkje-uitnodigen", "thema-netwerkje",
         "iemand uit het netwerkje die nog op geen tafelkleed staat"),
        ("bron-onbekend", "thema-bronnen", "een bron die niet in het dossier staat"),
    ),
    *_codes(
        "omgeving",
        ("kring-zonder-overbodig", "omgeving-overbodig",
         "een kring zonder antwoord op 'Hoe maak je jezelf overbodig?'"),
        ("kring-zonder-eigen-kracht", "omgeving-eigen-kracht",
         "een kring zonder antwoord op 'Hoe sluit dit aan bij eigen kracht?'"),
        ("kring-niet-bevraagd", "omgeving-dekking",
         "een kring die vanuit een invalshoek nog geen enkel antwoord heeft"),
        ("verschuiving-lijnen", "inzet-per-lijn",
         "de inzet van de tweede lijn daalt of stijgt tussen twee perioden (met wat verder over "
         "de inzet per lijn te melden is; daalt ze, dan gaat het leunen op de tweede lijn voor)"),
        ("inzet-opgeteld", "inzet-per-lijn",
         "twee omgevingsanalyses met inzet in dezelfde periode, die bij elkaar opgeteld is, "
         "terwijl de tweede lijn niet groeit en er niet op leunt (met: één periode)"),
        ("inzet-leunt-op-tweede-lijn", "inzet-per-lijn",
         "de tweede lijn krijgt het grootste deel van de inzet in de laatste periode, terwijl "
         "ze niet groeit (met: één periode, opgetelde inzet)"),
        ("geen-besteding", "inzet-per-lijn", "een omgevingsanalyse zonder inzet per lijn"),
        ("een-periode", "inzet-per-lijn",
         "inzet per lijn voor maar één periode: een verschuiving is nog niet te zien (en verder "
         "niets over de inzet per lijn)"),
    ),
    *_codes(
        "vermogen",
        ("verandering-vermogen", "vermogen-verandering",
         "een onderdeel dat sinds de vorige periode veranderde (gedaald: aandacht)"),
        ("verhaal-zonder-bewijs", "vermogen-bewijs",
         "een onderdeel met een verhaal maar zonder bewijs uit het dossier"),
        ("onderdeel-zonder-verhaal", "vermogen-geheel",
         "een onderdeel (netwerken, bewustzijn, omgeving, voorbeelden) zonder verhaal"),
        ("overbodig-onbeantwoord", "vermogen-overbodig",
         "'maken regievoerder en professionals zich overbodig?' zonder antwoord"),
        ("vraag-onbeantwoord", "vermogen-geheel-en-regie",
         "'vormt de gemeenschap een geheel?' of 'kan ze regie nemen?' zonder antwoord"),
        ("stap5-onvolledig", "stap5-vragen",
         "een van de vijf vragen van stap 5 (wat zijn/weten/willen/kunnen/doen we nu) open"),
        ("faciliteit-zonder-plan", "stap5-faciliteiten",
         "een faciliteit zonder middelen of zonder hoe die te genereren"),
        ("geen-praktijkafspraken", "stap5-praktijkafspraken",
         "een vermogensanalyse na stap 5 zonder praktijkafspraken"),
        ("praktijkafspraak-verlopen", "stap5-praktijkafspraken",
         "een praktijkafspraak die op de peildatum is afgelopen zonder opvolger (met wat verder "
         "over de praktijkafspraken te melden is)"),
        ("praktijkafspraak-zonder-einde", "stap5-praktijkafspraken",
         "een praktijkafspraak zonder 'tot': voor een bepaalde periode (terwijl geen afspraak "
         "verlopen is en de perioden op volgorde liggen)"),
        ("bewijs-niet-gecontroleerd", "vermogen-bewijs",
         "bewijs dat naar een bestand buiten dit dossier wijst en niet na te lopen is"),
        ("vorige-ligt-later", "stap5-praktijkafspraken",
         "'vorige' wijst naar een vermogensanalyse met een latere periode, terwijl geen "
         "afspraak verlopen is (met afspraken zonder einde)"),
    ),
    *_codes(
        "patroon",
        ("kwadranten-uit-balans", "patroon-vier-delen",
         "een deel van het patroon met veel minder associaties dan de andere (leeg: actie)"),
        ("kwadranten-in-balans", "patroon-vier-delen",
         "de vier delen hebben ongeveer evenveel associaties"),
        ("geen-associaties", "patroon-vier-delen", "een sessie zonder enige associatie"),
        ("verbindend-patroon", "patroon-verbindend",
         "woorden die in meer delen van het patroon terugkomen"),
        ("geen-verbindend-patroon", "patroon-verbindend",
         "geen woord komt in meer dan één deel terug"),
        ("gespreksvraag-open", "patroon-gesprek", "een van de vier gespreksvragen zonder antwoord"),
        ("geen-deelnemers", "patroon-divers", "een sessie zonder deelnemers"),
        ("weinig-divers", "patroon-divers",
         "de deelnemers komen uit weinig posities van de keten (met wie geen achtergrond heeft)"),
        ("achtergrond-onbekend", "patroon-divers",
         "deelnemers zonder achtergrond, terwijl de groep verder divers genoeg is"),
        ("geen-lokale-stem", "lokale-gemeenschap",
         "geen deelnemer uit de lokale gemeenschap, alleen professionals"),
        ("posities-niet-aan-tafel", "keten-van-posities",
         "posities van de keten die niet aan tafel zaten"),
        ("stemmen-uit-tafelkleden", "patroon-schakels-aan-tafel",
         "schakels uit de lokale gemeenschap op de tafelkleden die niet meededen"),
        ("een-kwadrant", "patroon-elk-deel",
         "een deelnemer die maar in één deel schreef (met wie niets schreef)"),
        ("deelnemer-zonder-associaties", "patroon-elk-deel",
         "een deelnemer zonder een enkele associatie, terwijl niemand in maar één deel schreef"),
    ),
    *_codes(
        "matrix",
        ("positie-zonder-aandachtspunt", "matrix-posities",
         "een positie van de keten zonder enig aandachtspunt in de stelselmatrix"),
        ("element-zonder-aandachtspunt", "matrix-elementen",
         "een element (bijv. vertrouwen in het stelsel) dat bij geen positie een aandachtspunt "
         "heeft; met de overige lege cellen"),
        ("lege-cellen", "matrix-elementen",
         "een cel positie × element zonder aandachtspunt, terwijl elk element ergens een "
         "aandachtspunt heeft"),
        ("geen-programma", "matrix-programma",
         "een stelselmatrix met aandachtspunten en geen programma in het dossier"),
        ("aandachtspunt-niet-opgepakt", "matrix-programma",
         "een aandachtspunt dat geen activiteit van het programma noemt (cel of id); met de "
         "activiteiten zonder cel of in een lege cel"),
        ("activiteit-zonder-cel", "matrix-programma",
         "een activiteit zonder 'cellen' en zonder bekend aandachtspunt, terwijl elk "
         "aandachtspunt is opgepakt"),
        ("activiteit-op-lege-cel", "matrix-programma",
         "een activiteit in een cel waar de stelselmatrix geen aandachtspunt heeft, terwijl elk "
         "aandachtspunt is opgepakt en elke activiteit een cel noemt"),
    ),
    *_codes(
        "programma",
        ("te-laat", "programma-planning",
         "een activiteit op gepland of loopt waarvan de datum voorbij is (met de activiteiten "
         "zonder datum)"),
        ("zonder-datum", "programma-planning",
         "een geplande activiteit zonder datum, terwijl geen activiteit over haar datum is"),
        ("gedaan-zonder-resultaat", "programma-resultaat",
         "een activiteit op gedaan zonder 'resultaat'"),
        ("stap-overgeslagen", "programma-stappen",
         "stap 2 niet gestart terwijl stap 3 loopt (met wat verder over de stappen te melden "
         "is)"),
        ("stap-niet-gestart", "programma-stappen",
         "een stap met een begindatum in het verleden die nog niet loopt, terwijl geen stap "
         "overgeslagen is (met de stappen zonder activiteit)"),
        ("geen-activiteiten", "programma-stappen",
         "een programma zonder activiteiten (met de stappen die niet gestart zijn)"),
        ("stap-zonder-activiteit", "programma-stappen",
         "een stap die nog niet gedaan is en geen activiteit heeft, terwijl elke stap op tijd "
         "en op volgorde start"),
        ("geen-manifestatiemoment", "programma-manifestatie",
         "geen manifestatiemoment in stap 4, en ook niet op de tijdlijn van de thema-analyse"),
        ("geen-slotbijeenkomst", "np-slotbijeenkomst",
         "activiteiten met 'netwerkstap', maar geen slotbijeenkomst"),
        ("netwerkstap-zonder-activiteit", "programma-netwerkstappen",
         "een stap van het netwerkprogramma zonder activiteit"),
        ("geen-afstemming", "programma-afstemming",
         "nergens 'afstemming' met andere actuele thema's"),
        ("geen-praktijkafspraken", "stap5-praktijkafspraken",
         "een afgerond programma zonder praktijkafspraken"),
        ("periode-voorbij", "programma-cyclus",
         "de ontwikkelperiode is voorbij en er is geen volgende cyclus"),
    ),
    *_codes(
        "casus",
        ("casus-zonder-regisseur", "casusregisseur-helder", "een casus zonder casusregisseur"),
        ("regisseur-ver-van-gezin", "casusregisseur-dichtbij",
         "een casusregisseur uit de tweede lijn terwijl het gezin in de nulde lijn staat"),
        ("tweede-lijn-zonder-afbouw", "terugschakelen",
         "tweede-lijnsinzet zonder moment van terugschakelen"),
        ("casusvragen-open", "casusvragen",
         "een casusvraag (ordenen, communiceren, regie, zelf verder) zonder antwoord"),
        ("vissenkom-zonder-expertise", "vissenkom-expertise",
         "een vissenkom zonder gemiste of overlappende expertise"),
        ("expertise-herhaald-gemist", "expertise-afspraken",
         "dezelfde expertise in meer casussen gemist"),
        ("expertise-herhaald-overlappend", "verbrokkeling",
         "dezelfde expertise in meer casussen overlappend"),
        ("weinig-terugschakelen", "lijnen-verschuiving",
         "weinig casussen schakelen terug naar de eerste of nulde lijn"),
    ),
    *_codes(
        "portfolio",
        ("thema-zonder-portfolio", "portfolio-zichtbaar",
         "een thema voorbij stap 3 zonder buurtportfolio"),
        ("kanaal-niet-op-tijdlijn", "portfolio-tijdlijn",
         "een kanaal van het portfolio dat op geen moment van de tijdlijn gebruikt wordt"),
        ("persoon-zonder-toestemming", "portfolio-toestemming",
         "een item over een persoon zonder diens toestemming"),
        ("manifestatie-zonder-portfolio", "portfolio-manifestatie",
         "een manifestatiemoment dat het portfolio niet laat zien"),
        ("bouwsteen-onzichtbaar", "portfolio-vier-b",
         "een van de vier B's (betrokkenheid, bewustzijn, beschikbaarheid, bekwaamheid) "
         "zonder item"),
    ),
    *_codes(
        "netwerkprogramma",
        ("signaal-niet-opgepakt", "np-signaal-opvolgen",
         "een signaal van een dorpsgesprek dat na de wachttijd nergens is opgepakt"),
        ("contact-niet-bereikt", "np-contact-uitnodigen",
         "een contact dat uitgenodigd is maar niet kwam"),
        ("tafelkaart-onvolledig", "np-tafelkaart",
         "een tafelkaart zonder ambities, wie, vervolgafspraken of werkwijzen"),
        ("geen-gezamenlijke-tijdlijn", "np-gezamenlijke-tijdlijn",
         "gesprekstafels die niet afsloten met een gezamenlijke tijdlijn"),
        ("geen-bestaande-gebeurtenis", "np-bestaande-gebeurtenis",
         "een tijdlijn zonder activiteit die al plaatsvindt (markt, dorpsfeest)"),
        ("slotbijeenkomst-zonder-sleutelfiguren", "np-slotbijeenkomst",
         "geen slotbijeenkomst, of een zonder sleutelfiguren"),
        ("thema-niet-vernieuwd", "np-thema-vernieuwen",
         "de periode is voorbij en er is geen netwerkprogramma voor de periode daarna"),
    ),
    *_codes(
        "routekaart",
        ("leervraag-zonder-les", "rk-leervraag-les",
         "een leervraag zonder les over de afgelopen periode"),
        ("mijlpaal-zonder-inwoner", "rk-inwoner-betrokken",
         "een mijlpaal zonder betrokkenheid van inwoners"),
        ("fase3-zonder-leerafspraak", "rk-leerafspraak",
         "een dossier in fase 3 of later zonder leerafspraak"),
    ),
    *_codes(
        "verantwoording",
        ("verschuiving-zonder-verhaal", "vv-verhaal-en-bewijs",
         "een verschuiving in het logboek zonder verhaal of zonder bewijs"),
        ("verschuiving-schakel-vertrokken", "vv-schakel-vertrokken",
         "een verschuiving die terugviel, of waarvan een drager niet meer op het nieuwste "
         "tafelkleed staat"),
        ("rol-groeit", "vv-rol-krimpt",
         "het sociaal wijkteam, diensten of de regievoering kreeg er per saldo taken bij"),
        ("indicator-zonder-verhaal", "vv-tellen-en-vertellen",
         "een waarde van een eigen indicator zonder het verhaal erachter"),
        ("indicator-alleen-gemeente", "vv-indicatoren-samen",
         "een indicator die alleen de gemeente definieerde"),
        ("periode-zonder-verschuiving", "vv-elke-periode",
         "een halfjaar met gedane activiteiten maar zonder vastgelegde verschuiving"),
    ),
    # --- een opdracht die bevindingen geeft zonder analyse van het register te zijn ---------
    *_codes(
        "privacy",
        ("contact-in-dossier", "privacy-avg",
         "een e-mailadres bij 'contact' van een persoon, terwijl alles te lezen is (met wat "
         "verder over persoonsgegevens te melden is)"),
        ("contact-in-vrije-tekst", "privacy-avg",
         "iets wat op een e-mailadres of telefoonnummer lijkt in een tekstveld, terwijl geen "
         "persoon 'contact' heeft (met ongeldige bestanden en namen zonder 'prive: true')"),
        ("persoonsgegevens-in-ongeldig-bestand", "privacy-avg",
         "contactgegevens in een bestand dat niet door 'stelsel valideer' komt, terwijl er "
         "geen contactgegevens in geldige bestanden staan (met namen zonder 'prive: true')"),
        ("naam-niet-prive", "privacy-avg",
         "een naam van een persoon zonder 'prive: true', en verder niets over persoonsgegevens"),
        ("onleesbaar", "privacy-avg",
         "een map of bestand in het dossier dat niet te lezen is (met alles wat er verder over "
         "persoonsgegevens te melden is)"),
    ),
    *_codes(
        "vergelijk",
        ("vergelijk-voorbeeld", "fase4-vergelijken",
         "een buurt heeft een verhaal bij het onderdeel voorbeelden van de vermogensanalyse, "
         "een andere niet (met wat verder de een heeft en de ander niet, en gedeelde thema's)"),
        ("vergelijk-initiatieven", "fase4-vergelijken",
         "een buurt heeft initiatieven (thema-analyse of tafelkaart), een andere niet; de "
         "voorbeeldverhalen verschillen niet (met wat verder verschilt en gedeelde thema's)"),
        ("vergelijk-praktijkafspraken", "fase4-vergelijken",
         "een buurt heeft praktijkafspraken die lopen of komen, een andere niet; voorbeelden en "
         "initiatieven verschillen niet (met portfolio, casuspatronen en gedeelde thema's)"),
        ("vergelijk-portfolio", "fase4-vergelijken",
         "een buurt heeft een buurtportfolio, een andere niet, en alleen dat of de "
         "casuspatronen verschillen (met gedeelde thema's)"),
        ("vergelijk-casuspatronen", "fase4-vergelijken",
         "een buurt heeft patronen over casussen, een andere niet, en verder verschilt niets "
         "(met gedeelde thema's)"),
        ("vergelijk-schakels-professioneel", "fase4-lokale-schakels",
         "in een buurt zijn de schakels vooral professionals, in een andere vooral mensen uit "
         "de lokale gemeenschap"),
        ("vergelijk-zelfde-thema", "fase4-vergelijken",
         "een thema waar meer dan één buurt aan werkt, terwijl de buurten verder niets hebben "
         "wat de ander niet heeft"),
    ),
    *_codes(
        "verloop",
        ("grootste-veranderingen", "verloop-momenten",
         "de commits na het begin waarin het meest over de buurt veranderde"),
        ("schakel-vertrokken", "verloop-schakel-weg",
         "een schakel die van een tafelkleed verdween"),
        ("score-zonder-verhaal", "verloop-verhaal-bij-getal",
         "een score (eigen oordeel) die veranderde terwijl het verhaal erbij gelijk bleef"),
    ),
)


_ONBEKEND = {c.regel for c in CODES} - {r.id for r in CATALOGUS}
if _ONBEKEND:  # pragma: no cover - een code die naar een onbekende regel wijst
    raise RuntimeError(f"onbekende regel-id in CODES: {sorted(_ONBEKEND)}")
