"""JSON Schema van elke soort, gemaakt uit de modellen (voor editors en andere validators)."""

from __future__ import annotations

from typing import Any

from stelselkit.model import SOORTEN

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_van(soort: str) -> dict[str, Any]:
    model = SOORTEN[soort]
    schema = model.model_json_schema()
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"urn:stelselkit:{soort}:1",
        "title": f"stelselkit: {model.TITEL}",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def alle_schemas() -> dict[str, dict[str, Any]]:
    return {soort: schema_van(soort) for soort in SOORTEN}
