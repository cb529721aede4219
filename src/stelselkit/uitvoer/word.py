"""Het raadsverslag als Word-document (.docx), met python-docx.

Een gemeente stuurt haar raad een document dat een beleidsmedewerker kan bewerken en in een
raadsinformatiebrief kan plakken, geen Markdown. Dit schrijft de blokken van
:mod:`stelselkit.weergave.verantwoording` als Word: koppen (zodat Word er een inhoudsopgave van
kan maken), een tabel per niveau, het netwerkbeeld, paginanummers als veld ("pagina 3 van 9") en
de naam van de gemeente in de koptekst. Met een huisstijl (``--sjabloon raad.docx``) begint het
document vanuit dat bestand: stijlen, marges, kop- en voettekst blijven, de inhoud wordt
vervangen. Ontbreekt een stijl in de huisstijl, dan valt de tekst terug op de gewone stijl.

Dezelfde invoer geeft dezelfde bytes: de datums in de eigenschappen zijn de peildatum, en het
zip-archief krijgt vaste tijden.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stelselkit.fouten import GebruiksFout
from stelselkit.weergave.verantwoording import Alinea, Beeld, Blok, Kop, Lijst, Tabel

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

KOPSTIJL = {0: "Title", 1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
TABELSTIJL = "Table Grid"
KOPKLEUR = "DCE6F2"  # lichtblauw achter de kop van een tabel
BEELDBREEDTE_CM = 16.0
TEKSTBREEDTE_CM = 16.0
TABELLETTER_PT = 9
LETTER = "Arial"  # zonder huisstijl: één schreefloze letter (LibreOffice: Liberation Sans)
LETTER_PT = 10.5
TAAL = "nl-NL"


def netwerkbeeld(svg: str) -> bytes | None:
    """Het SVG-tafelkleed als PNG via rsvg-convert; ``None`` als rsvg-convert er niet is."""
    programma = shutil.which("rsvg-convert")
    if programma is None:
        return None
    uitkomst = subprocess.run([programma, "--format", "png", "--width", "1800"],
                              input=svg.encode("utf-8"), capture_output=True, check=False)
    return uitkomst.stdout if uitkomst.returncode == 0 and uitkomst.stdout else None


def _stijl(document: Document, naam: str) -> Any:
    """De stijl uit het document, of ``None`` (de gewone stijl) als de huisstijl hem mist."""
    try:
        return document.styles[naam]
    except KeyError:
        return None


def _veld(alinea: Paragraph, code: str, voorlopig: str) -> None:
    """Een Word-veld (PAGE, NUMPAGES) dat Word en LibreOffice bij het tonen invullen."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = alinea.add_run()
    for soort, tekst in (("begin", None), ("instr", code), ("separate", None),
                         ("tekst", voorlopig), ("end", None)):
        if soort == "instr":
            deel = OxmlElement("w:instrText")
            deel.set(qn("xml:space"), "preserve")
            deel.text = f" {tekst} "
        elif soort == "tekst":
            deel = OxmlElement("w:t")
            deel.text = tekst
        else:
            deel = OxmlElement("w:fldChar")
            deel.set(qn("w:fldCharType"), soort)
        run._r.append(deel)


def _taal(document: Document) -> None:
    """Nederlands als taal van de tekst (spellingcontrole, afbreken)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    stijl = _stijl(document, "Normal")
    if stijl is None:
        return
    rpr = stijl.element.get_or_add_rPr()
    for oud in rpr.findall(qn("w:lang")):
        rpr.remove(oud)
    taal = OxmlElement("w:lang")
    taal.set(qn("w:val"), TAAL)
    rpr.append(taal)


def _leeg(document: Document) -> None:
    """Haal de inhoud van een huisstijl weg; sectie-instellingen (marges, kop/voet) blijven."""
    from docx.oxml.ns import qn

    lichaam = document.element.body
    for kind in list(lichaam):
        if kind.tag != qn("w:sectPr"):
            lichaam.remove(kind)


def _a4(document: Document) -> None:
    """A4 staand met marges van 2,5 cm: 16 cm tekstbreedte, zoals de tabellen rekenen."""
    from docx.shared import Cm

    for sectie in document.sections:
        sectie.page_width, sectie.page_height = Cm(21), Cm(29.7)
        sectie.left_margin = sectie.right_margin = Cm(2.5)
        sectie.top_margin = sectie.bottom_margin = Cm(2.5)


def _letter(document: Document) -> None:
    """Eén letter voor tekst en koppen, zoals een raadsstuk."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    for naam in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Caption",
                 "List Bullet"):
        stijl = _stijl(document, naam)
        if stijl is None:
            continue
        stijl.font.name = LETTER
        letters = stijl.element.get_or_add_rPr().get_or_add_rFonts()
        for soort in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            letters.set(qn(soort), LETTER)
        for thema in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            letters.attrib.pop(qn(thema), None)
    normaal = _stijl(document, "Normal")
    if normaal is not None:
        normaal.font.size = Pt(LETTER_PT)


def _kop_en_voet(document: Document, koptekst: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for sectie in document.sections:
        kop = sectie.header.paragraphs[0] if sectie.header.paragraphs else \
            sectie.header.add_paragraph()
        if not kop.text.strip():
            kop.text = koptekst
            kop.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        voet = sectie.footer.add_paragraph() if sectie.footer.paragraphs and \
            sectie.footer.paragraphs[0].text.strip() else (
            sectie.footer.paragraphs[0] if sectie.footer.paragraphs
            else sectie.footer.add_paragraph())
        voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
        voet.add_run("pagina ")
        _veld(voet, "PAGE", "1")
        voet.add_run(" van ")
        _veld(voet, "NUMPAGES", "1")


def _cel(cel: Any, tekst: str, *, vet: bool = False) -> None:
    from docx.shared import Pt

    alinea = cel.paragraphs[0]
    run = alinea.add_run(tekst)
    run.bold = vet
    run.font.size = Pt(TABELLETTER_PT)


def _tabel(document: Document, blok: Tabel) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    tabel = document.add_table(rows=1, cols=len(blok.kop))
    stijl = _stijl(document, TABELSTIJL)
    if stijl is not None:
        tabel.style = stijl
    tabel.autofit = False
    gewichten = blok.breedtes or (1,) * len(blok.kop)
    breedtes = [Cm(TEKSTBREEDTE_CM * g / sum(gewichten)) for g in gewichten]
    koprij = tabel.rows[0]
    herhaal = OxmlElement("w:tblHeader")  # de kop herhalen op een volgende pagina
    herhaal.set(qn("w:val"), "true")
    koprij._tr.get_or_add_trPr().append(herhaal)
    for cel, tekst in zip(koprij.cells, blok.kop, strict=True):
        _cel(cel, tekst, vet=True)
        arcering = OxmlElement("w:shd")
        arcering.set(qn("w:val"), "clear")
        arcering.set(qn("w:color"), "auto")
        arcering.set(qn("w:fill"), KOPKLEUR)
        cel._tc.get_or_add_tcPr().append(arcering)
    for rij in blok.rijen:
        for cel, tekst in zip(tabel.add_row().cells, rij, strict=True):
            _cel(cel, tekst)
    for nummer, rij_ in enumerate(tabel.rows):
        niet_splitsen = OxmlElement("w:cantSplit")
        rij_._tr.get_or_add_trPr().append(niet_splitsen)
        if nummer < len(tabel.rows) - 1:  # een korte tabel blijft bij elkaar op één pagina
            for cel in rij_.cells:
                cel.paragraphs[0].paragraph_format.keep_with_next = True
    for kolom, breedte in zip(tabel.columns, breedtes, strict=True):
        kolom.width = breedte  # het raster (LibreOffice) en elke cel (Word)
        for cel in kolom.cells:
            cel.width = breedte
    document.add_paragraph()


def _alinea(document: Document, blok: Alinea) -> None:
    from docx.shared import Pt

    alinea = document.add_paragraph()
    if blok.vet:
        alinea.add_run(blok.vet).bold = True
    run = alinea.add_run(blok.tekst)
    if blok.stijl == "vraag":
        run.italic = True
    elif blok.stijl == "klein":
        run.font.size = Pt(9)


def docx(blokken: Sequence[Blok], *, titel: str, gemeente: str | None, peildatum: dt.date,
         beelden: dict[str, bytes] | None = None, sjabloon: Path | None = None) -> bytes:
    """Het verslag als .docx-bytes; ``beelden``: PNG per dossier (de sleutel van een
    :class:`Beeld`); ``sjabloon``: een huisstijl-document als basis."""
    import docx as python_docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.shared import Cm

    try:
        document = python_docx.Document(str(sjabloon) if sjabloon else None)
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, ValueError):
        raise GebruiksFout(f"'{sjabloon}' is geen Word-document (.docx); geef een huisstijl die "
                           "Word of LibreOffice als .docx bewaarde") from None
    if sjabloon:
        _leeg(document)
    else:
        _a4(document)
        _letter(document)
    _taal(document)
    _kop_en_voet(document, f"Gemeente {gemeente}" if gemeente else titel)
    for blok in blokken:
        if isinstance(blok, Kop):
            stijl = _stijl(document, KOPSTIJL[blok.niveau])
            alinea = document.add_paragraph(blok.tekst, style=stijl)
            if stijl is None:
                alinea.runs[0].bold = True
        elif isinstance(blok, Alinea):
            _alinea(document, blok)
        elif isinstance(blok, Lijst):
            stijl = _stijl(document, "List Bullet")
            for item in blok.items:
                document.add_paragraph(item if stijl is not None else f"• {item}", style=stijl)
        elif isinstance(blok, Tabel):
            _tabel(document, blok)
        elif isinstance(blok, Beeld) and blok.sleutel in (beelden or {}):
            document.add_picture(io.BytesIO((beelden or {})[blok.sleutel]),
                                 width=Cm(BEELDBREEDTE_CM))
            document.add_paragraph(blok.bijschrift, style=_stijl(document, "Caption"))
    moment = dt.datetime.combine(peildatum, dt.time())
    eigen = document.core_properties
    eigen.title = titel
    eigen.author = f"Gemeente {gemeente}" if gemeente else "stelselkit"
    eigen.last_modified_by = "stelselkit"
    eigen.created = moment
    eigen.modified = moment
    eigen.revision = 1
    eigen.language = TAAL
    ruw = io.BytesIO()
    document.save(ruw)
    return _vast_archief(ruw.getvalue())


def _vast_archief(data: bytes) -> bytes:
    """Hetzelfde archief met vaste tijden, zodat dezelfde invoer dezelfde bytes geeft."""
    vast = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as bron, \
            zipfile.ZipFile(vast, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            kopie = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            kopie.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(kopie, bron.read(info.filename))
    return vast.getvalue()
