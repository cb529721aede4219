"""JSON zoals stelsel het schrijft: vaste volgorde, leesbaar ingesprongen, UTF-8 zoals het is."""

from __future__ import annotations

import json
from typing import Any


def json_tekst(data: Any) -> str:
    """JSON in vaste volgorde, leesbaar ingesprongen, met een regeleinde aan het eind."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, default=str) + "\n"
