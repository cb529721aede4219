"""``stelsel regels`` en de catalogus van bevindingen: elke code vuurt op een klein dossier en
vuurt niet op een ander.

Eén tabel, zoals de regeltests van yamllint: per geval de analyse, een fixture (een dossiermap of
een los bestand), wat eraan veranderd wordt, de peildatum en precies de codes die dan komen. Elk
geval zegt in ``waarom`` welke code het laat vuren of juist niet. Een test controleert dat elke
code van :data:`stelselkit.codes.CODES` in een geval vuurt en in een ander geval van dezelfde
analyse niet, en dat elke bevinding die vuurt in de catalogus staat, met dezelfde regel.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stelselkit.analyse.register import analyse_van
from stelselkit.cli import app
from stelselkit.codes import CODES
from stelselkit.lezen.dossier import laad_dossier
from stelselkit.opdrachten.analyse import draai
from stelselkit.opdrachten.netwerk import vergelijk_kanten
from stelselkit.opdrachten.privacyrapport import maak_rapport
from stelselkit.opdrachten.vergelijk import vergelijk
from stelselkit.opdrachten.verloop import verloop

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures"
# Bevindingen van wat geen analyse in het register is: de vergelijking van twee momentopnamen en
# de opdrachten privacy, vergelijk en verloop.
BUITEN_HET_REGISTER: frozenset[str] = frozenset(
    {"netwerk-vergelijk", "privacy", "vergelijk", "verloop"})
# Codes zonder geval in de tabel: 'onleesbaar' vraagt een map zonder leesrechten, en root (zoals
# in CI) leest alles; tests/test_privacy.py toetst haar waar dat kan. Deze lijst wordt alleen
# korter.
NOG_ZONDER_GEVAL: frozenset[tuple[str, str]] = frozenset({("privacy", "onleesbaar")})


@dataclass(frozen=True)
class Geval:
    analyse: str
    bron: str  # onder tests/fixtures: een dossiermap of een los bestand
    vandaag: str
    verwacht: frozenset[str]
    waarom: str
    vervang: tuple[tuple[str, str, str], ...] = ()  # (bestand, oud, nieuw)
    schrijf: tuple[tuple[str, str], ...] = field(default=())  # (bestand, inhoud)
    weg: tuple[str, ...] = ()
    # netwerk-vergelijk: de latere momentopname (bron is de eerdere); vergelijk: de tweede
    # dossiermap. Bij verloop is de fixture de eerste commit (2014-01-01) en wat eraan veranderd
    # wordt de tweede (op 'vandaag').
    nieuw: str = ""


def _codes(*codes: str) -> frozenset[str]:
    return frozenset(codes)


# Een stelselmatrix waarin elke cel van de twee posities een aandachtspunt heeft, en een programma
# met één activiteit die ze allemaal oppakt.
_ELEMENTEN = ("netwerk", "gesprek", "omgeving", "vermogen", "ondersteuning", "vertrouwen",
              "verschuiving", "kaders")
_VOLLE_MATRIX = "soort: stelselmatrix\nversie: 1\nthema: buurtkracht\ncellen:\n" + "".join(
    f"  {p}:\n" + "".join(f"    {e}: [Punt {p}/{e}]\n" for e in _ELEMENTEN)
    for p in ("bewoner", "buurt"))
_VOL_PROGRAMMA = (
    "soort: programma\nversie: 1\ntitel: Alles\nthema: buurtkracht\n"
    "ontwikkelperiode: {van: 2014-01-01, tot: 2014-06-30}\nactiviteiten:\n  alles:\n"
    "    wat: Alles oppakken\n    cellen: ["
    + ", ".join(f"{p}/{e}" for p in ("bewoner", "buurt") for e in _ELEMENTEN) + "]\n")


# Een momentopname van een tafelkleed (netwerk); de tweede noemt de eerste als 'vorige'.
_MOMENT = (
    "soort: tafelkleed\nid: {id}\n{vorige}titel: T\ndatum: {datum}\ningredienten: {{x: X, y: Y}}\n"
    "schakels:\n  a: {{naam: A, achtergrond: bewoner, posities: partner, benadering: individueel,"
    " verhaal: V, uitgenodigd: true, ingredienten: [x]}}\n")
# Een thema-analyse met elk vak twee keer gevuld en een tijdlijn van start tot manifestatie.
_VOLLE_THEMA = """soort: thema-analyse
naam: Samen koken
woorden: [koken, samen eten]
verhaal: In de buurt koken we samen.
ideeen: [Een kookclub, Een buurtmaaltijd]
voorbeelden: [De kookclub in Oosterbeek, Het buurtdiner]
initiatieven:
  - {id: kookclub, naam: Kookclub, eigen: true, wie: [{naam: Kees}]}
  - {id: diner, naam: Buurtdiner, wie: [{naam: Els}]}
uitspraken: [Lekker samen eten, Iedereen mag meedoen]
netwerkje: [Kees, Els]
tijdlijn:
  start: {naam: Begin, datum: 2014-01-10, uitkomst: Tien mensen}
  manifestatiemoment: {naam: Feest, datum: 2014-06-20}
"""


GEVALLEN: tuple[Geval, ...] = (
    # --- twee momentopnamen (analyse netwerk --vergelijk; tests/test_netwerk.py) -----------
    Geval("netwerk-vergelijk", "netwerk/groei-1.yaml", "2014-06-30", _codes(
        "ingredienten-nieuw", "naar-de-kern", "schakels-bijgekomen", "schakels-vertrokken"),
        "Kees maakt zijn eigen tafelkleed: Lisa en het koor komen erbij (de nieuwe en verdwenen "
        "ingrediënten in één bevinding)", nieuw="netwerk/groei-2.yaml"),
    Geval("netwerk-vergelijk", "netwerk/af.yaml", "2014-06-30", _codes(
        "ingredienten-nieuw", "netwerk-valt-uiteen", "schakels-bijgekomen",
        "schakels-vertrokken"),
        "van het kleed op orde naar de markt: het netwerk valt uiteen", nieuw="netwerk/markt.yaml"),
    Geval("netwerk-vergelijk", "netwerk/af.yaml", "2014-06-30", _codes("ingredienten-verdwenen"),
          "het eerdere kleed had nog een wijktuin; er kwam niets bij",
          nieuw="netwerk/af.yaml",
          vervang=(("af.yaml", "  z: De zomermarkt\n", "  z: De zomermarkt\n  w: De wijktuin\n"),)),
    Geval("netwerk-vergelijk", "netwerk/af.yaml", "2014-06-30", _codes(),
          "twee keer hetzelfde kleed: niets veranderd", nieuw="netwerk/af.yaml"),
    Geval("netwerk-vergelijk", "netwerk/af.yaml", "2014-06-30", _codes("positie-erbij"),
          "Cor is later ook leverancier (schakel blijft zijn dichtste positie)",
          nieuw="netwerk/af.yaml",
          vervang=(("nieuw.yaml", "posities: schakel,", "posities: [schakel, leverancier],"),)),
    Geval("netwerk-vergelijk", "netwerk/groei-2.yaml", "2014-06-30", _codes(
        "ingredienten-nieuw", "netwerk-valt-uiteen", "schakels-bijgekomen",
        "schakels-vertrokken", "van-de-kern-af"),
        "terug van het tweede naar het eerste kleed", nieuw="netwerk/groei-1.yaml"),
    # --- privacy ---------------------------------------------------------------------------
    Geval("privacy", "openbaar/buurt", "2014-06-30", _codes("contact-in-dossier"),
        "contactgegevens bij een persoon en in vrije tekst: één bevinding, 'contact' voorop"),
    Geval("privacy", "programma/buurt", "2014-06-30", _codes("contact-in-dossier"),
        "Jan de Vries staat met naam en e-mailadres in het programma: één bevinding"),
    Geval("privacy", "programma/buurt", "2014-06-30", _codes("naam-niet-prive"),
        "Jan de Vries staat alleen met naam in het programma",
        vervang=(("programma-2014.yaml", "        contact: jan@example.org\n", ""),)),
    Geval("privacy", "openbaar/buurt", "2014-06-30", _codes("contact-in-vrije-tekst"),
        "alleen in vrije tekst iets wat op een e-mailadres en telefoonnummer lijkt",
        weg=("tafelkleden/netwerk-jan-de-vries.yaml", "tafelkleden/a-markt.yaml")),
    Geval("privacy", "programma/buurt", "2014-06-30", _codes(
        "persoonsgegevens-in-ongeldig-bestand"),
        "het programma met Jan de Vries is ongeldig geworden: dat is wat er te melden is",
        vervang=(("programma-2014.yaml", "fase: 2\n", "fase: 2\nonbekend: ja\n"),)),
    Geval("privacy", "matrix/buurt", "2014-06-30", _codes(), "geen persoonsgegevens"),
    # --- vergelijk: twee buurten naast elkaar (tests/test_vergelijk.py) -------------------
    Geval("vergelijk", "casus/dorp", "2014-06-30", _codes("vergelijk-casuspatronen"),
          "alleen het dorp heeft patronen over casussen", nieuw="casus/goed"),
    Geval("vergelijk", "vermogen/oosterbeek", "2014-06-30", _codes(
        "vergelijk-schakels-professioneel", "vergelijk-voorbeeld"),
        "Oosterbeek heeft afspraken en een voorbeeldverhaal (één bevinding op fase 4, het "
        "voorbeeld voorop), maar alleen een professional als schakel", nieuw="openbaar/buurt"),
    Geval("vergelijk", "regels/portfolio", "2014-06-30", _codes("vergelijk-initiatieven"),
        "een buurt met portfolio en initiatieven naast een met alleen hetzelfde thema: één "
        "bevinding op fase 4, de initiatieven voorop",
        nieuw="matrix/buurt"),
    Geval("vergelijk", "vermogen/oosterbeek", "2014-06-30", _codes(
        "vergelijk-praktijkafspraken", "vergelijk-schakels-professioneel"),
        "Oosterbeek zonder voorbeeldverhaal: de praktijkafspraken gaan voor op fase 4",
        nieuw="openbaar/buurt",
        vervang=(("vermogen-2014.yaml", "  voorbeelden:\n    score: 3\n    verhaal: De brigade "
                  "deelt eigen ervaring met de hulpverlening.\n    bewijs: tafelkleed-2013\n",
                  ""),)),
    Geval("vergelijk", "regels/portfolio", "2014-06-30", _codes("vergelijk-portfolio"),
        "een buurt met portfolio maar zonder initiatieven, met hetzelfde thema: het portfolio "
        "gaat voor",
        nieuw="matrix/buurt",
        vervang=(("analyse.yaml", "initiatieven: [{id: buurtkamer, naam: Een buurtkamer}]\n",
                  ""), ("portfolio.yaml", "initiatieven: [buurtkamer]\n", ""))),
    Geval("vergelijk", "regels/portfolio", "2014-06-30", _codes("vergelijk-zelfde-thema"),
        "twee buurten met hetzelfde thema en verder niets wat de een heeft en de ander niet",
        nieuw="matrix/buurt", weg=("portfolio.yaml",),
        vervang=(("analyse.yaml", "initiatieven: [{id: buurtkamer, naam: Een buurtkamer}]\n",
                  ""),)),
    Geval("vergelijk", "casus/goed", "2014-06-30", _codes(),
          "twee buurten zonder onderdeel dat de een heeft en de ander niet, zonder gedeeld "
          "thema", nieuw="matrix/buurt"),
    # --- verloop: twee commits van een dossier (tests/test_verloop.py) -------------------
    Geval("verloop", "vermogen/oosterbeek", "2014-06-30", _codes(),
          "na het begin verandert niets: het begin is invoer, geen gebeurtenis"),
    Geval("verloop", "vermogen/oosterbeek", "2014-06-30", _codes(
        "grootste-veranderingen", "score-zonder-verhaal"),
        "netwerken van 3 naar 4, met hetzelfde verhaal",
        vervang=(("vermogen-2014.yaml", "    score: 3\n    verhaal: De ouders",
                  "    score: 4\n    verhaal: De ouders"),)),
    Geval("verloop", "vermogen/oosterbeek", "2014-06-30", _codes(
        "grootste-veranderingen", "schakel-vertrokken"),
        "de coördinator CJG verdwijnt van het tafelkleed; een ouder komt erbij",
        vervang=(("tafelkleed-2013.yaml", "  coordinator:\n    rol: coördinator CJG",
                  "  ouders:\n    rol: ouder"),)),
    Geval("verloop", "vermogen/oosterbeek", "2014-06-30", _codes("grootste-veranderingen"),
          "een ouder komt erbij en niemand vertrekt",
          vervang=(("tafelkleed-2013.yaml", "", "  ouders:\n    rol: ouder\n"
                    "    achtergrond: bewoner\n    ingredienten: schoolplein\n"),)),
    # --- matrix (tests/test_matrix.py rekent deze fixture met de hand na) ------------------
    Geval("matrix", "matrix/buurt", "2014-03-01", _codes(
        "aandachtspunt-niet-opgepakt", "element-zonder-aandachtspunt"),
        "twee posities met elk een aandachtspunt; een vervallen activiteit, een zonder cel en "
        "een in een lege cel: één bevinding over het programma (wat niet opgepakt is voorop) en "
        "één over de elementen (met de lege cellen)"),
    Geval("matrix", "matrix/buurt", "2014-03-01", _codes(
        "positie-zonder-aandachtspunt", "aandachtspunt-niet-opgepakt",
        "element-zonder-aandachtspunt"),
        "een derde positie in de keten zonder een enkel aandachtspunt",
        vervang=(("posities.yaml", "", "  open-netwerk:\n    naam: Open netwerk\n"),)),
    Geval("matrix", "matrix/buurt", "2014-03-01", _codes(),
        "elke cel heeft een aandachtspunt en één activiteit pakt ze allemaal op",
        schrijf=(("stelselmatrix.yaml", _VOLLE_MATRIX), ("programma.yaml", _VOL_PROGRAMMA))),
    Geval("matrix", "matrix/buurt", "2014-03-01", _codes("activiteit-zonder-cel"),
        "elk aandachtspunt opgepakt, en een overleg dat geen cel noemt",
        schrijf=(("stelselmatrix.yaml", _VOLLE_MATRIX),
                 ("programma.yaml", _VOL_PROGRAMMA + "  overleg:\n    wat: Overleg\n"))),
    Geval("matrix", "matrix/buurt", "2014-03-01", _codes("activiteit-op-lege-cel", "lege-cellen"),
        "de cel buurt/kaders is leeg (kaders heeft wel een punt bij de bewoner) en de ene "
        "activiteit noemt haar toch",
        schrijf=(("stelselmatrix.yaml",
                  _VOLLE_MATRIX.replace("    kaders: [Punt buurt/kaders]\n", "")),
                 ("programma.yaml", _VOL_PROGRAMMA))),
    Geval("matrix", "matrix/buurt", "2014-03-01", _codes(
        "element-zonder-aandachtspunt", "geen-programma"),
        "zonder programma: geen-programma, en dus niets over activiteiten",
        weg=("programma.yaml",)),
    # --- programma (tests/test_programma.py) ------------------------------------------------
    Geval("programma", "programma/buurt", "2014-04-01", _codes(
        "te-laat", "gedaan-zonder-resultaat", "stap-overgeslagen", "geen-manifestatiemoment",
        "geen-slotbijeenkomst", "netwerkstap-zonder-activiteit", "geen-afstemming"),
        "de stand op 2014-04-01: tafels te laat met de folder zonder datum, ordenen overgeslagen "
        "met de stappen die niet gestart zijn of geen activiteit hebben"),
    Geval("programma", "programma/buurt", "2014-07-15", _codes(
        "te-laat", "gedaan-zonder-resultaat", "stap-overgeslagen", "geen-manifestatiemoment",
        "geen-slotbijeenkomst", "netwerkstap-zonder-activiteit", "geen-afstemming",
        "periode-voorbij"),
        "na de ontwikkelperiode (tot 2014-06-30): periode-voorbij; er zijn praktijkafspraken"),
    Geval("programma", "programma/buurt", "2014-04-01", _codes(
        "te-laat", "gedaan-zonder-resultaat", "stap-overgeslagen",
        "netwerkstap-zonder-activiteit"),
        "afgestemd met een ander thema, en de manifestatie is de slotbijeenkomst: geen "
        "geen-afstemming, geen-manifestatiemoment of geen-slotbijeenkomst",
        vervang=(("thema-gezond.yaml", "naam: Gezond Proefdorp\n",
                  "naam: Gezond Proefdorp\nafstemming: [ander]\n"),
                 ("programma-2014.yaml", "    manifestatiemoment: true\n    status: vervallen",
                  "    manifestatiemoment: true\n    netwerkstap: slotbijeenkomst")),
        schrijf=(("thema-ander.yaml",
                  "soort: thema\nversie: 1\nid: ander\nnaam: Opvoeden vanuit eigen kracht\n"),)),
    Geval("programma", "programma/buurt", "2014-04-01", _codes(
        "zonder-datum", "gedaan-zonder-resultaat", "stap-niet-gestart",
        "geen-manifestatiemoment", "geen-slotbijeenkomst", "netwerkstap-zonder-activiteit",
        "geen-afstemming"),
        "de tafels zijn gedaan en ordenen loopt: de folder zonder datum en het presenteren dat "
        "niet gestart is gaan voor op hun regel",
        vervang=(("programma-2014.yaml", "    netwerkstap: gesprekstafels\n    status: loopt",
                  "    netwerkstap: gesprekstafels\n    status: gedaan\n    resultaat: Tafels"),
                 ("programma-2014.yaml", "  presenteren: {status: gepland",
                  "  ordenen: {status: loopt}\n  presenteren: {status: gepland"))),
    Geval("programma", "programma/buurt", "2014-04-01", _codes(
        "te-laat", "gedaan-zonder-resultaat", "stap-zonder-activiteit",
        "geen-manifestatiemoment", "geen-slotbijeenkomst", "netwerkstap-zonder-activiteit",
        "geen-afstemming"),
        "ordenen loopt en presenteren begint pas in mei: alleen stappen zonder activiteit",
        vervang=(("programma-2014.yaml", "  presenteren: {status: gepland, van: 2014-03-15}",
                  "  ordenen: {status: loopt}\n"
                  "  presenteren: {status: gepland, van: 2014-05-01}"),)),
    Geval("programma", "programma/buurt", "2014-07-15", _codes(
        "geen-activiteiten", "geen-praktijkafspraken", "periode-voorbij",
        "geen-manifestatiemoment", "geen-afstemming"),
        "een afgelopen programma zonder activiteiten en zonder praktijkafspraken; geen stap is "
        "gestart, dus ook geen overgeslagen",
        weg=("programma-2013.yaml", "programma-2014.yaml"),
        schrijf=(("programma-kaal.yaml",
                  "soort: programma\nversie: 1\nid: kaal\ntitel: Kaal\nthema: gezond\n"
                  "ontwikkelperiode: {van: 2014-01-01, tot: 2014-06-30}\nactiviteiten: {}\n"),)),
    # --- netwerk (tests/test_netwerk.py rekent markt.yaml en af.yaml met de hand na) --------
    Geval("netwerk", "netwerk/markt.yaml", "2014-06-30", _codes(
        "bijna-dubbel", "geen-benadering", "geen-eigen-verhaal", "geen-positie",
        "ingredient-zonder-schakel", "kern", "kwetsbare-schakel", "makelaar", "netwerk-in-delen",
        "niet-uitgenodigd", "schakel-zonder-naam", "weinig-lokale-schakels"),
        "de markt: professionals als enige schakel, een los ingrediënt, delen en makelaars; "
        "per regel één bevinding (geen positie vóór lege en meerdere posities, weinig lokaal "
        "met de onbekende achtergrond erbij)"),
    Geval("netwerk", "netwerk/af.yaml", "2014-06-30", _codes("kern", "vooral-lokale-schakels"),
        "een kleed zonder werk: alleen informatie"),
    Geval("netwerk", "netwerk/af.yaml", "2014-06-30", _codes(
        "achtergrond-onbekend", "kern", "lege-posities"),
        "vooral lokaal, maar van één schakel is de achtergrond onbekend; niemand is gebruiker",
        vervang=(("af.yaml", "eva: {naam: Eva, achtergrond: bewoner, posities: gebruiker,",
                  "eva: {naam: Eva, posities: schakel,"),)),
    Geval("netwerk", "netwerk/af.yaml", "2014-06-30", _codes(
        "kern", "meerdere-posities", "vooral-lokale-schakels"),
        "iedereen heeft een positie en elke positie is ingenomen; één schakel heeft er twee",
        vervang=(("af.yaml", "posities: gebruiker,", "posities: [leverancier, gebruiker],"),)),
    Geval("netwerk", "", "2014-06-30", _codes(
        "achtergrond-onbekend", "geen-benadering", "geen-eigen-verhaal", "geen-ingredienten",
        "geen-kern", "geen-positie", "niet-uitgenodigd"),
        "een begin: één schakel zonder iets, geen ingrediënten",
        schrijf=(("leeg.yaml",
                  "soort: tafelkleed\ntitel: Begin\ndatum: 2014\nschakels:\n  a: {naam: A}\n"),)),
    Geval("netwerk", "", "2014-06-30", _codes(
        "kern", "kwetsbare-schakel", "lege-posities", "momentopname-opgevolgd",
        "vooral-lokale-schakels"),
        "twee momentopnamen van één kleed: alleen de nieuwste telt, B vertrok",
        schrijf=(("k-2013.yaml", _MOMENT.format(id="k-2013", vorige="", datum="2013-05")
                  + "  b: {naam: B, ingredienten: [y]}\n"),
                 ("k-2014.yaml", _MOMENT.format(id="k-2014", vorige="vorige: k-2013\n",
                                                datum="2014-05").replace("[x]", "[x, y]")))),
    # --- thema (tests/test_thema.py) --------------------------------------------------------
    Geval("thema", "thema/los/overlast.yaml", "2014-03-10", _codes(
        "bron-onbekend", "geen-knooppunten", "korte-voorbereiding", "leeg-vak",
        "moment-zonder-datum", "moment-zonder-uitkomst", "naam-probleemwoord",
        "tijdlijn-volgorde"),
        "'Overlast in de wijk' zonder bronnen in een dossier, met een scheve tijdlijn"),
    Geval("thema", "thema/heideveld", "2014-03-10", _codes(
        "dun-vak", "initiatief-zonder-wie", "knooppunten", "moment-zonder-uitkomst",
        "netwerkje-uitnodigen", "open-vraag"),
        "Samen buiten met bord, gesprek en tafels: de bakker komt in twee bronnen terug"),
    Geval("thema", "", "2014-03-10", _codes(
        "geen-eigen-initiatief", "geen-knooppunten", "leeg-vak", "tijdlijn-onvolledig"),
        "een kale thema-analyse met één initiatief van een ander",
        schrijf=(("kaal.yaml", "soort: thema-analyse\nnaam: Samen koken\ninitiatieven:\n"
                  "  - {id: kookclub, naam: Kookclub, wie: [{naam: Kees}]}\n"),)),
    Geval("thema", "", "2014-03-10", _codes("geen-knooppunten", "netwerkje-uitnodigen"),
        "elk vak twee keer gevuld, een eigen initiatief en een tijdlijn van start tot feest",
        schrijf=(("vol.yaml", _VOLLE_THEMA),)),
    # --- vermogen (tests/test_vermogen.py) --------------------------------------------------
    Geval("vermogen", "vermogen/oosterbeek", "2014-07-01", _codes(
        "faciliteit-zonder-plan", "overbodig-onbeantwoord", "praktijkafspraak-verlopen",
        "stap5-onvolledig", "verandering-vermogen", "verhaal-zonder-bewijs"),
        "Oosterbeek 2013 → 2014: de afspraak jeugd-netwerk liep tot 2014-06-30 (met de "
        "afspraak zonder einde in één bevinding)"),
    Geval("vermogen", "vermogen/oosterbeek", "2014-06-30", _codes(
        "faciliteit-zonder-plan", "overbodig-onbeantwoord", "praktijkafspraak-zonder-einde",
        "stap5-onvolledig", "verandering-vermogen", "verhaal-zonder-bewijs"),
        "op de laatste dag van jeugd-netwerk is die afspraak nog niet verlopen"),
    Geval("vermogen", "vermogen/oosterbeek", "2014-06-30", _codes(
        "faciliteit-zonder-plan", "overbodig-onbeantwoord", "praktijkafspraak-zonder-einde",
        "verandering-vermogen", "verhaal-zonder-bewijs"),
        "alle vijf vragen van stap 5 beantwoord",
        vervang=(("vermogen-2014.yaml", "  willen: Opvoeden vanuit eigen kracht in elke buurt.\n",
                  "  willen: Opvoeden vanuit eigen kracht in elke buurt.\n"
                  "  kunnen: Ouders zelf laten organiseren.\n"
                  "  doen: Elke maand een ouderavond.\n"),)),
    Geval("vermogen", "vermogen/oosterbeek", "2014-07-01", _codes(
        "faciliteit-zonder-plan", "overbodig-onbeantwoord", "praktijkafspraak-verlopen",
        "stap5-onvolledig", "verhaal-zonder-bewijs", "verandering-vermogen"),
        "de analyse van 2013 noemt die van 2014 als vorige: de verlopen afspraak gaat voor",
        vervang=(("vermogen-2014.yaml", "vorige: vermogen-2013\n", ""),
                 ("vermogen-2013.yaml", "versie: 1\n", "versie: 1\nvorige: vermogen-2014\n"))),
    Geval("vermogen", "vermogen/oosterbeek", "2014-06-30", _codes(
        "faciliteit-zonder-plan", "overbodig-onbeantwoord", "stap5-onvolledig",
        "verhaal-zonder-bewijs", "verandering-vermogen", "vorige-ligt-later"),
        "de analyse van 2013 noemt die van 2014 als vorige, en nog niets verlopen",
        vervang=(("vermogen-2014.yaml", "vorige: vermogen-2013\n", ""),
                 ("vermogen-2013.yaml", "versie: 1\n", "versie: 1\nvorige: vermogen-2014\n"))),
    Geval("vermogen", "vermogen/los.yaml", "2014-07-01", _codes(
        "bewijs-niet-gecontroleerd", "geen-praktijkafspraken", "onderdeel-zonder-verhaal",
        "stap5-onvolledig", "vraag-onbeantwoord"),
        "een los bestand: bewijs buiten een dossier is niet na te lopen"),
    # --- patroon (tests/test_patroon.py) ----------------------------------------------------
    Geval("patroon", "patroon/dorp", "2014-06-30", _codes(
        "een-kwadrant", "gespreksvraag-open", "kwadranten-uit-balans", "posities-niet-aan-tafel",
        "stemmen-uit-tafelkleden", "verbindend-patroon"),
        "een sessie met een stil kwadrant en schakels van het tafelkleed die er niet waren; wie "
        "in één deel en wie niets schreef in één bevinding"),
    Geval("patroon", "patroon/eigen-posities", "2014-06-30", _codes(
        "kwadranten-in-balans", "posities-niet-aan-tafel", "verbindend-patroon",
        "weinig-divers"),
        "vier delen in balans, met de eigen keten van het dossier"),
    Geval("patroon", "patroon/los/professionals.yaml", "2014-06-30", _codes(
        "een-kwadrant", "geen-lokale-stem", "geen-verbindend-patroon", "gespreksvraag-open",
        "kwadranten-uit-balans", "posities-niet-aan-tafel", "weinig-divers"),
        "alleen professionals, een leeg kwadrant, niets dat verbindt (weinig divers met de "
        "onbekende achtergrond in één bevinding)"),
    Geval("patroon", "patroon/eigen-posities", "2014-06-30", _codes(
        "deelnemer-zonder-associaties", "kwadranten-in-balans", "posities-niet-aan-tafel",
        "verbindend-patroon", "weinig-divers"),
        "een opa aan tafel die niets schreef, terwijl niemand in maar één deel schreef",
        vervang=(("sessie.yaml", "associaties:\n",
                  "  opa: {rol: opa, achtergrond: ouder}\nassociaties:\n"),)),
    Geval("patroon", "patroon/dorp", "2014-06-30", _codes(
        "achtergrond-onbekend", "een-kwadrant", "gespreksvraag-open", "kwadranten-uit-balans",
        "posities-niet-aan-tafel", "stemmen-uit-tafelkleden", "verbindend-patroon"),
        "een divers gezelschap, maar van Piet is de achtergrond onbekend",
        vervang=(("sessie.yaml", "associaties:\n",
                  "  piet: {naam: Piet, rol: buurman}\nassociaties:\n"),)),
    Geval("patroon", "", "2014-06-30", _codes(
        "geen-associaties", "geen-deelnemers", "geen-verbindend-patroon", "gespreksvraag-open"),
        "een sessie zonder deelnemers en zonder associaties",
        schrijf=(("leeg.yaml",
                  "soort: patroononderzoek\nversie: 1\nid: leeg\ntitel: Nog niemand\n"),)),
    # --- casus (tests/test_casus.py) --------------------------------------------------------
    Geval("casus", "casus/dorp", "2014-06-30", _codes(
        "casus-zonder-regisseur", "casusvragen-open", "expertise-herhaald-gemist",
        "expertise-herhaald-overlappend", "regisseur-ver-van-gezin", "tweede-lijn-zonder-afbouw",
        "vissenkom-zonder-expertise", "weinig-terugschakelen"),
        "elke casusregel vuurt op het dorp"),
    Geval("casus", "casus/goed", "2014-06-30", _codes(), "een dossier waarin alles klopt"),
    # --- portfolio (het basisdossier van tests/test_portfolio_bevindingen.py) ----------------
    Geval("portfolio", "regels/portfolio", "2014-07-01", _codes(), "alles op orde"),
    Geval("portfolio", "regels/portfolio", "2014-07-01", _codes("thema-zonder-portfolio"),
          "het programma is voorbij stap 3 en er is geen portfolio", weg=("portfolio.yaml",)),
    Geval("portfolio", "regels/portfolio", "2014-07-01", _codes("manifestatie-zonder-portfolio"),
          "het portfolio is niet te zien op het manifestatiemoment",
          vervang=(("portfolio.yaml", "wanneer: [slot]", "wanneer: [start]"),)),
    Geval("portfolio", "portfolio/dorp", "2014-06-30", _codes(
        "bouwsteen-onzichtbaar", "kanaal-niet-op-tijdlijn", "persoon-zonder-toestemming"),
        "een privé-persoon zonder toestemming, een kanaal op geen moment"),
    # --- netwerkprogramma (tests/test_netwerkprogramma.py) ---------------------------------
    # --- verantwoording (tests/test_verantwoording.py rekent deze fixtures met de hand na) ----
    Geval("verantwoording", "verantwoording/lacunes", "2014-12-31", _codes(
        "verschuiving-zonder-verhaal", "verschuiving-schakel-vertrokken", "rol-groeit",
        "indicator-zonder-verhaal", "indicator-alleen-gemeente", "periode-zonder-verschuiving"),
        "een terugval zonder verhaal, een vertrokken draagster, een taak naar de regievoering, "
        "een waarde zonder verhaal, een indicator van de gemeente, een stil halfjaar"),
    Geval("verantwoording", "verantwoording/op-orde", "2014-12-31", _codes(),
        "verhaal en bewijs overal, de draagster blijft, regievoering en diensten krimpen"),
    Geval("netwerkprogramma", "netwerkprogramma/dorp", "2014-06-30", _codes(),
          "een netwerkprogramma op orde"),
    Geval("netwerkprogramma", "netwerkprogramma/lacunes", "2014-12-31", _codes(
        "contact-niet-bereikt", "geen-bestaande-gebeurtenis", "geen-gezamenlijke-tijdlijn",
        "signaal-niet-opgepakt", "slotbijeenkomst-zonder-sleutelfiguren",
        "tafelkaart-onvolledig", "thema-niet-vernieuwd"),
        "elke lacune, en na de periode geen netwerkprogramma voor de volgende"),
    # --- routekaart (tests/test_routekaart.py) ---------------------------------------------
    Geval("routekaart", "routekaart/fase3", "2015-02-01", _codes(),
          "fase 3 met een leerafspraak, lessen en inwoners bij de mijlpaal"),
    Geval("routekaart", "routekaart/fase3", "2015-02-01", _codes("fase3-zonder-leerafspraak"),
          "fase 3 zonder leerafspraak",
          vervang=(("routekaart.yaml", "leerafspraken:\n  - id: la-schulden\n    afspraak: Het "
                    "wijkteam leert samen met de schuldhulp hoe vroeg signaleren werkt\n    "
                    "aanbieder: Schuldhulp Leerdorp\n    van: 2015-01\n    leervragen: "
                    "[lv-wijkteam]\n    contract: true\n", ""),)),
    Geval("routekaart", "routekaart/buiten-de-methode", "2020-02-01", _codes(
        "leervraag-zonder-les", "mijlpaal-zonder-inwoner"),
        "een afgelopen periode zonder les, mijlpalen zonder inwoners"),
    # --- omgeving (tests/test_omgeving.py) -------------------------------------------------
    Geval("omgeving", "omgeving/doorwerth", "2014-06-30", _codes(
        "kring-niet-bevraagd", "verschuiving-lijnen"),
        "twee perioden, minder tweede lijn"),
    Geval("omgeving", "omgeving/gezin.yaml", "2014-06-30", _codes(
        "kring-niet-bevraagd", "kring-zonder-eigen-kracht", "kring-zonder-overbodig",
        "verschuiving-lijnen"),
        "een gezin dat op jeugdhulp leunt: de tweede lijn groeit, dat gaat voor (één bevinding "
        "over de inzet per lijn)"),
    Geval("omgeving", "omgeving/gezin.yaml", "2014-06-30", _codes(
        "inzet-leunt-op-tweede-lijn", "kring-niet-bevraagd", "kring-zonder-eigen-kracht",
        "kring-zonder-overbodig"),
        "alleen 2014: het gezin leunt op jeugdhulp (met: nog maar één periode)",
        vervang=(("gezin.yaml", "      - {periode: \"2013\", lijn: tweede, uren: 40}\n", ""),)),
    Geval("omgeving", "", "2014-06-30", _codes("inzet-opgeteld", "kring-niet-bevraagd"),
        "twee analyses met inzet in dezelfde ene periode: opgeteld (met: één periode)",
        schrijf=tuple((f"{naam}.yaml",
                       "soort: omgevingsanalyse\nversie: 1\ntitel: Buurt\n"
                       "eigen_kracht: {wie: de buurt}\nkringen:\n  netwerken:\n    besteding:\n"
                       "      - {periode: \"2014\", lijn: nulde, uren: 5}\n")
                      for naam in ("buurt", "straat"))),
    Geval("omgeving", "omgeving/gezin.yaml", "2014-06-30", _codes(
        "kring-niet-bevraagd", "kring-zonder-eigen-kracht", "kring-zonder-overbodig",
        "verschuiving-lijnen"),
        "het gezin en de gemeenschap hebben inzet in dezelfde periode: met het gezin dat leunt "
        "één bevinding, de groeiende tweede lijn voorop",
        schrijf=(("gemeenschap.yaml",
                  "soort: omgevingsanalyse\nversie: 1\ntitel: Buurt\n"
                  "eigen_kracht: {wie: de buurt}\nkringen:\n  netwerken:\n    besteding:\n"
                  "      - {periode: \"2014\", lijn: nulde, uren: 5}\n"),)),
    Geval("omgeving", "", "2014-06-30", _codes("een-periode", "kring-niet-bevraagd"),
        "inzet voor één periode: nog geen verschuiving te zien",
        schrijf=(("buurt.yaml",
                  "soort: omgevingsanalyse\nversie: 1\ntitel: Buurt\n"
                  "eigen_kracht: {wie: de buurt}\nkringen:\n  netwerken:\n    besteding:\n"
                  "      - {periode: \"2014\", lijn: tweede, uren: 10}\n"),)),
    Geval("omgeving", "regels/omgeving-vol.yaml", "2014-06-30", _codes("verschuiving-lijnen"),
          "elke kring vanuit elke invalshoek bevraagd, inzet alleen in de nulde lijn"),
    Geval("omgeving", "omgeving/fout", "2014-06-30", _codes(
        "dossierfout", "geen-besteding", "kring-niet-bevraagd", "kring-zonder-eigen-kracht",
        "kring-zonder-overbodig"),
        "een dossier met een kapotte verwijzing, zonder inzet per lijn"),
)


def _commit(map_: Path, datum: str) -> None:
    """Leg de map vast als commit op ``datum`` (voor verloop)."""
    for argumenten in (["init", "-q"], ["add", "-A"],
                       ["commit", "-q", "--allow-empty", "-m", datum, f"--date={datum}T12:00"]):
        subprocess.run(["git", "-C", str(map_), "-c", "user.name=t", "-c", "user.email=t@t",
                        "-c", "init.defaultBranch=main", *argumenten],
                       check=True, capture_output=True)


def _draai(geval: Geval, tmp_path: Path) -> list[tuple[str, str]]:
    """De bevindingen die vuren: hun code en de id van de regel die ze citeren."""
    bron = FIXTURES / geval.bron
    map_ = tmp_path / "geval"
    if geval.bron and bron.is_dir():
        shutil.copytree(bron, map_)
    else:  # losse bestanden (of geen): analyseer elk bestand in de map
        map_.mkdir()
        if geval.bron:
            shutil.copy(bron, map_ / bron.name)
        if geval.nieuw:
            shutil.copy(FIXTURES / geval.nieuw, map_ / "nieuw.yaml")
    if geval.analyse == "verloop":  # de fixture zoals ze is: het begin
        _commit(map_, "2014-01-01")
    for naam, oud, nieuw in geval.vervang:
        pad = map_ / naam
        tekst = pad.read_text(encoding="utf-8")
        assert oud in tekst, (naam, oud)
        # een lege 'oud' vult het bestand aan
        pad.write_text(tekst + nieuw if not oud else tekst.replace(oud, nieuw), encoding="utf-8")
    for naam, inhoud in geval.schrijf:
        (map_ / naam).write_text(inhoud, encoding="utf-8")
    for naam in geval.weg:
        (map_ / naam).unlink()
    vandaag = dt.date.fromisoformat(geval.vandaag)
    if geval.analyse == "verloop":  # wat veranderd is: de tweede commit
        _commit(map_, geval.vandaag)
        return [(b.code, b.regel.id) for b in verloop(map_).bevindingen]
    if geval.analyse == "vergelijk":  # stelsel vergelijk BRON NIEUW
        return [(b.code, b.regel.id) for b in
                vergelijk([map_, FIXTURES / geval.nieuw], vandaag).resultaat.bevindingen]
    if geval.analyse == "netwerk-vergelijk":  # analyse netwerk --vergelijk OUD NIEUW
        bevindingen = list(vergelijk_kanten(str(map_ / bron.name),
                                            str(map_ / "nieuw.yaml")).resultaat.bevindingen)
    elif geval.analyse == "privacy":
        bevindingen = maak_rapport(laad_dossier(map_)).waarschuwingen
    else:
        paden = [map_] if (map_ / "dossier.yaml").is_file() else sorted(map_.glob("*.yaml"))
        bevindingen = list(draai(analyse_van(geval.analyse), paden,
                                 vandaag).resultaat.bevindingen)
    return [(b.code, b.regel.id) for b in bevindingen]


@pytest.mark.parametrize("geval", GEVALLEN, ids=lambda g: f"{g.analyse}-{g.waarom[:40]}")
def test_geval_geeft_precies_deze_codes(geval: Geval, tmp_path: Path) -> None:
    gevonden = dict(_draai(geval, tmp_path))
    assert set(gevonden) == geval.verwacht, geval.waarom
    # elke bevinding die vuurt, staat in de catalogus, met de regel die ze citeert
    catalogus = {(c.analyse, c.code): c.regel for c in CODES}
    for code, regel_id in gevonden.items():
        analyse = "*" if code == "dossierfout" else geval.analyse
        assert catalogus[(analyse, code)] == regel_id, code


def test_elke_code_vuurt_ergens_en_ergens_niet() -> None:
    for code in CODES:
        if code.analyse == "*" or (code.analyse, code.code) in NOG_ZONDER_GEVAL:
            continue
        eigen = [g for g in GEVALLEN if g.analyse == code.analyse]
        assert any(code.code in g.verwacht for g in eigen), f"{code.code} vuurt nergens"
        assert any(code.code not in g.verwacht for g in eigen), f"{code.code} vuurt overal"


def test_elke_analyse_van_het_register_heeft_haar_codes() -> None:
    from stelselkit.analyse.register import ANALYSES

    met_codes = {c.analyse for c in CODES} - {"*"}
    zonder = {a.naam for a in ANALYSES} - met_codes
    assert not zonder, f"zet de codes van {sorted(zonder)} in src/stelselkit/codes.py, met " \
        "de regel van elke code, en een geval dat vuurt en een dat niet vuurt hierboven"
    assert met_codes - BUITEN_HET_REGISTER <= {a.naam for a in ANALYSES}


def test_cli_regels_noemt_elke_code_met_regel_en_voorbeeld() -> None:
    uitkomst = runner.invoke(app, ["regels"])
    assert uitkomst.exit_code == 0, uitkomst.output
    for code in CODES:
        assert f"| `{code.code}` |" in uitkomst.stdout
    assert ("| `geen-manifestatiemoment` | stap 4 eindigt met een manifestatiemoment waarin alle "
            "oogst zichtbaar wordt | 002, hoofdstuk 4, stap 4 | geen manifestatiemoment in stap "
            "4, en ook niet op de tijdlijn van de thema-analyse |") in uitkomst.stdout
    data = json.loads(runner.invoke(app, ["regels", "--format", "json"]).stdout)
    assert len(data["codes"]) == len(CODES)
    assert data["codes"][0] == {
        "analyse": "*", "code": "dossierfout", "voorbeeld": CODES[0].voorbeeld,
        "regel": {"id": "dossier-geldig", "bron": "stelselkit, README: Het dossier",
                  "tekst": "elk bestand volgt het model van zijn soort en "
                  "verwijzingen tussen dossierbestanden zijn ids die in het dossier bestaan"},
    }


# --- #15: op één regel hooguit één bevinding --------------------------------------------------

VOORBEELDEN = Path(__file__).parents[1] / "examples"


def _dubbele_regels(paren: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Per regel-id waarop meer dan één bevinding rust: de codes van die bevindingen."""
    per_regel: dict[str, list[str]] = {}
    for code, regel_id in paren:
        per_regel.setdefault(regel_id, []).append(code)
    return {r: codes for r, codes in per_regel.items() if len(codes) > 1}


@pytest.mark.parametrize("geval", GEVALLEN, ids=lambda g: f"{g.analyse}-{g.waarom[:40]}")
def test_elk_geval_hooguit_een_bevinding_per_regel(geval: Geval, tmp_path: Path) -> None:
    assert _dubbele_regels(_draai(geval, tmp_path)) == {}, geval.waarom


@pytest.mark.parametrize("voorbeeld", ["doorwerth", "oosterbeek"])
def test_voorbeelden_hooguit_een_bevinding_per_regel_per_analyse(voorbeeld: str) -> None:
    """Issue 15: in het rapport van elk voorbeelddossier (op zijn peildatum) en in elke analyse
    apart rust op één regel hooguit één bevinding."""
    map_ = VOORBEELDEN / voorbeeld
    uitkomst = runner.invoke(app, ["rapport", str(map_), "--format", "json"])
    assert uitkomst.exit_code == 0, uitkomst.output
    analyses = json.loads(uitkomst.stdout)["analyses"]
    assert {"netwerk", "thema", "matrix"} <= set(analyses)
    for naam, resultaat in analyses.items():
        assert resultaat["peildatum"] in (None, "2014-06-30"), naam
        paren = [(b["code"], b["regel"]["id"]) for b in resultaat["bevindingen"]]
        assert _dubbele_regels(paren) == {}, (voorbeeld, naam)
        los = runner.invoke(app, ["analyse", naam, str(map_), "--format", "json"])
        assert los.exit_code == 0, los.output
        apart = json.loads(los.stdout)["bevindingen"]
        assert _dubbele_regels([(b["code"], b["regel"]["id"]) for b in apart]) == {}, (
            voorbeeld, naam)
