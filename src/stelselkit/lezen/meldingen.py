"""Pydantic-fouten herschreven tot Nederlandse meldingen met een leesbaar pad en een plek.

Elke fout zegt wat er mis is en wat wél goed zou zijn: een onbekende sleutel krijgt een
suggestie ("bedoelde je 'ingredienten'?"), een verkeerde keuze de lijst van geldige waarden.
"""

from __future__ import annotations

import difflib
import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from stelselkit.fouten import Probleem, pad_tekst
from stelselkit.lezen.samenhang import MAX_MELDINGEN
from stelselkit.lezen.yamlbron import Bron

# Pydantic zet bij unions de naam van het type in het pad; die delen staan niet in het bestand.
_TYPE_LABELS = {"str", "int", "float", "bool", "date", "list", "dict", "none"}


def _schoon(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    return tuple(
        d for d in loc
        if not (isinstance(d, str) and (d in _TYPE_LABELS or "[" in d or d.startswith("function")))
    )


def _uitpakken(tp: Any) -> Any:
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            kandidaten = [a for a in get_args(tp) if a is not type(None)]
            tp = next(
                (a for a in kandidaten
                 if get_origin(a) in (list, dict) or (isinstance(a, type)
                                                      and issubclass(a, BaseModel))),
                kandidaten[0],
            )
        else:
            return tp


def _type_op(model: type[BaseModel], loc: tuple[str | int, ...]) -> Any:
    """Het type dat op ``loc`` verwacht wordt, door de modellen heen gevolgd."""
    tp: Any = model
    for deel in loc:
        tp = _uitpakken(tp)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            veld = tp.model_fields.get(str(deel))
            if veld is None:
                return None
            tp = veld.annotation
        elif get_origin(tp) is list:
            tp = get_args(tp)[0]
        elif get_origin(tp) is dict:
            tp = get_args(tp)[1]
        else:
            return None
    return _uitpakken(tp)


def _beschrijf(waarde: Any) -> str:
    if waarde is None:
        return "niets"
    if isinstance(waarde, bool):
        return f"'{str(waarde).lower()}'"
    if isinstance(waarde, int | float):
        return f"het getal {waarde}"
    if isinstance(waarde, str):
        kort = waarde if len(waarde) <= 40 else waarde[:37] + "…"
        return f"de tekst '{kort}'"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "sleutels met waarden"
    return f"'{waarde}'"


def _keuzes(ctx: dict[str, Any]) -> list[str]:
    verwacht = str(ctx.get("expected", ""))
    return [k.strip().strip("'") for k in verwacht.replace(" or ", ", ").split(",") if k.strip()]


def _melding(fout: dict[str, Any], model: type[BaseModel]) -> tuple[str, bool]:
    """De Nederlandse melding, en of de plek de sleutel (i.p.v. de waarde) moet zijn."""
    soort = fout["type"]
    loc = _schoon(tuple(fout["loc"]))
    ctx = fout.get("ctx") or {}
    invoer = fout.get("input")
    naam = loc[-1] if loc else ""

    if soort == "missing":
        veld_type = _type_op(model, loc[:-1])
        uitleg = ""
        if isinstance(veld_type, type) and issubclass(veld_type, BaseModel):
            veld = veld_type.model_fields.get(str(naam))
            if veld is not None and veld.description:
                uitleg = f" ({veld.description})"
        return f"de verplichte sleutel '{naam}' ontbreekt{uitleg}", False
    if soort == "extra_forbidden":
        ouder = _type_op(model, loc[:-1])
        toegestaan = (
            list(ouder.model_fields) if isinstance(ouder, type) and issubclass(ouder, BaseModel)
            else []
        )
        tip = difflib.get_close_matches(str(naam), toegestaan, n=1, cutoff=0.6)
        if tip:
            return f"onbekende sleutel '{naam}'; bedoelde je '{tip[0]}'?", True
        return f"onbekende sleutel '{naam}'; hier horen: {', '.join(toegestaan)}", True
    if soort in ("literal_error", "enum"):
        keuzes = _keuzes(ctx)
        tip = difflib.get_close_matches(str(invoer), keuzes, n=1, cutoff=0.6)
        hint = f" (bedoelde je '{tip[0]}'?)" if tip else ""
        return (f"{_beschrijf(invoer)} is hier geen geldige waarde{hint}; "
                f"kies uit: {', '.join(keuzes)}"), False
    if soort == "string_pattern_mismatch":
        if "/" in str(ctx.get("pattern", "")):
            return (f"{_beschrijf(invoer)} is geen cel; schrijf een cel als 'positie/element', "
                    "bijv. 'buurt/gesprek'"), False
        return (f"{_beschrijf(invoer)} is geen geldige id; gebruik kleine letters, cijfers en "
                "koppeltekens, bijv. 'dorpsgesprek-hart-voor-elkaar'"), False
    if soort == "string_type":
        return f"verwacht een tekst, maar hier staat {_beschrijf(invoer)}", False
    if soort in ("int_type", "int_parsing", "int_parsing_size", "int_from_float"):
        return f"verwacht een geheel getal, maar hier staat {_beschrijf(invoer)}", False
    if soort in ("float_type", "float_parsing"):
        return f"verwacht een getal, maar hier staat {_beschrijf(invoer)}", False
    if soort == "finite_number":
        return f"verwacht een gewoon getal, maar hier staat {_beschrijf(invoer)}", False
    if soort == "invalid_key":
        return (f"een sleutel is hier tekst (bijv. een id als 'jan'), maar hier staat "
                f"{_beschrijf(invoer)}"), True
    if soort in ("bool_type", "bool_parsing"):
        if isinstance(invoer, str) and invoer.strip().lower() in ("ja", "nee"):
            return (f"schrijf hier true (ja) of false (nee), niet '{invoer}': YAML kent 'ja' en "
                    "'nee' niet als ja/nee-waarde"), False
        return f"verwacht true of false, maar hier staat {_beschrijf(invoer)}", False
    if soort.startswith("date") or soort.startswith("datetime"):
        return (f"verwacht een datum als JJJJ-MM-DD (bijv. 2014-02-14), maar hier staat "
                f"{_beschrijf(invoer)}"), False
    if soort == "list_type":
        return (f"verwacht een lijst (regels die met '- ' beginnen), maar hier staat "
                f"{_beschrijf(invoer)}"), False
    if soort in ("dict_type", "model_type", "model_attributes_type"):
        return (f"verwacht sleutels met waarden ('sleutel: waarde'), maar hier staat "
                f"{_beschrijf(invoer)}"), False
    if soort in ("greater_than_equal", "greater_than"):
        grens = ctx.get("ge", ctx.get("gt"))
        return f"{_beschrijf(invoer)} is te klein; de kleinste waarde is {grens}", False
    if soort in ("less_than_equal", "less_than"):
        grens = ctx.get("le", ctx.get("lt"))
        return f"{_beschrijf(invoer)} is te groot; de grootste waarde is {grens}", False
    if soort in ("too_short", "string_too_short"):
        return "mag niet leeg zijn", False
    if soort in ("too_long", "string_too_long"):
        return f"is te lang (hooguit {ctx.get('max_length')})", False
    if soort in ("value_error", "assertion_error"):
        fout_obj = ctx.get("error")
        return str(fout_obj) if fout_obj else str(fout["msg"]), False
    return f"ongeldige waarde: {_beschrijf(invoer)} ({fout['msg']})", False


# Per bestand; een vijandig bestand met 200.000 fouten zou anders minuten aan meldingen kosten.


def vertaal_fouten(fout: ValidationError, bron: Bron, model: type[BaseModel]) -> list[Probleem]:
    """De fouten van één validatie als problemen met plek, één per plek (hooguit 100)."""
    problemen: dict[tuple[str | int, ...], Probleem] = {}
    details = fout.errors(include_url=False)
    for detail in details:
        loc = _schoon(tuple(detail["loc"]))
        if loc in problemen:  # unions geven één fout per mogelijk type; de eerste is genoeg
            continue
        if len(problemen) == MAX_MELDINGEN:
            overig = len({_schoon(tuple(d["loc"])) for d in details}) - MAX_MELDINGEN
            regel, kolom = bron.plek(loc)
            problemen[loc] = Probleem(
                bron.naam, regel, kolom,
                f"hier en verder nog {overig} fouten; alleen de eerste {MAX_MELDINGEN} worden "
                "getoond. Verbeter die eerst", pad=pad_tekst(loc), code="meer-fouten",
            )
            break
        melding, op_sleutel = _melding(dict(detail), model)
        plek_loc = loc[:-1] if detail["type"] == "missing" else loc
        regel, kolom = bron.plek(plek_loc, sleutel=op_sleutel)
        problemen[loc] = Probleem(
            bron.naam, regel, kolom, melding, pad=pad_tekst(loc), code=detail["type"]
        )
    return list(problemen.values())
