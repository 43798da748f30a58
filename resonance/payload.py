"""The meeting's model (``metrics.summary.Summary``) as the JSON of ``resonance summary --json``.

The payload: the workspace, the brand and our brand, the period and the period before, and per
indicator its value, previous value, change, relative change, 4-period average, level, unit,
label (in the chosen language) and whether it exists only for our brand. Missing numbers are null.
"""

from __future__ import annotations

import math

from metrics.summary import Figure, Summary
from resonance.i18n import t


def _num(value: float) -> float | None:
    return None if math.isnan(value) else value


def _indicator(f: Figure, lang: str) -> dict:
    return {
        "value": _num(f.value),
        "previous": _num(f.previous),
        "change": _num(f.change),
        "change_rel": _num(f.change_rel),
        "avg4": _num(f.avg4),
        "level": f.level,
        "unit": f.unit,
        "label": t(f"indicator.{f.id}.label", lang),
        "ours_only": f.ours_only,
    }


def summary_json(s: Summary, lang: str, *, workspace: str) -> dict:
    """The payload of ``resonance summary --json`` for ``s``, its labels in ``lang``."""
    return {
        "workspace": workspace,
        "brand": s.brand,
        "our_brand": s.our_brand,
        "period": {"start": s.period.start.isoformat(), "end": s.period.end.isoformat()},
        "previous": {"start": s.previous.start.isoformat(), "end": s.previous.end.isoformat()},
        "indicators": {id: _indicator(f, lang) for id, f in s.indicators.items()},
    }
