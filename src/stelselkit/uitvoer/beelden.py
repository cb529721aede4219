"""Foto's en tekeningen voor openbare uitvoer: zonder metadata.

Een foto uit een telefoon draagt EXIF (toestel, tijd, vaak de GPS-plek van de maker), XMP,
IPTC of tekstvelden. Niets daarvan hoort in een openbaar buurtportfolio. Daarom wordt elk beeld
opnieuw gecodeerd uit alleen zijn pixels (met Pillow): eerst rechtop gezet volgens de
EXIF-oriëntatie, dan opgeslagen zonder enige metadata, in hetzelfde formaat.
"""

from __future__ import annotations

import io
from pathlib import Path

from stelselkit.fouten import InhoudsFout

# Wat Pillow bij het lezen van een schoon beeld zelf in ``info`` zet: geen metadata van de maker.
ONSCHULDIG = frozenset({"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "gamma",
                        "progressive", "progression", "transparency", "background", "duration",
                        "loop", "version", "interlace", "aspect", "srgb", "lossless"})
FORMATEN = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".gif": "GIF", ".webp": "WEBP"}


def zonder_metadata(pad: Path) -> bytes:
    """De bytes van het beeld op ``pad``, opnieuw gecodeerd zonder metadata."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    formaat = FORMATEN.get(pad.suffix.lower())
    if formaat is None:
        raise InhoudsFout(
            f"'{pad}': een beeld in het portfolio is een foto of tekening als "
            f"{', '.join(sorted(FORMATEN))}; zet een ander bestand eerst om"
        )
    try:
        with Image.open(pad) as bron:
            bron.load()
            rechtop = ImageOps.exif_transpose(bron)
    except FileNotFoundError:
        raise InhoudsFout(f"het beeld '{pad}' bestaat niet; controleer 'pad' in het portfolio")\
            from None
    except (UnidentifiedImageError, OSError) as fout:
        raise InhoudsFout(f"het beeld '{pad}' is geen leesbare afbeelding ({fout})") from None
    schoon = Image.new(rechtop.mode, rechtop.size)
    if rechtop.mode == "P":
        schoon.putpalette(rechtop.getpalette() or [])
    schoon.paste(rechtop)
    uit = io.BytesIO()
    opties: dict[str, object] = {"quality": 88} if formaat in ("JPEG", "WEBP") else {}
    schoon.save(uit, format=formaat, **opties)
    return uit.getvalue()


def controleer_zonder_metadata(data: bytes, naam: str) -> None:
    """Een beeld voor openbare uitvoer: geen EXIF, XMP, ICC, commentaar of tekstvelden meer."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as beeld:
        over = sorted(str(k) for k in beeld.info if k not in ONSCHULDIG)
        if over or beeld.getexif():
            raise InhoudsFout(f"openbare uitvoer tegengehouden: {naam} heeft nog metadata "
                              f"({', '.join(over) or 'exif'}); er is niets geschreven")
