"""When a change is told in per cent and when as a difference: one rule for headlines and tiles.

A change is told in per cent ("rose 31% to 282") only when all of these hold:

- the indicator is a count, money or hours (shares and rates change in percentage points, indices
  in points: they are never told in per cent of themselves);
- the value it is compared with (the base) is above 0 and the new value is not below 0 (a change
  across 0 has no percentage);
- a count's base is at least ``SMALL_BASE`` (20): from 5 to 376 mentions is "+7,420%", a number
  that says more about the 5 than about the change;
- the change is at most ``LARGE_CHANGE`` (+200%, three times the base): beyond it a percentage is
  hard to picture and easy to misread.

Otherwise the change is told as a difference, with both values: "up 371, from 5 to 376".
The rule in words, with its numbers, is ``resonance.say.change_rule``.
"""

from __future__ import annotations

import math

SMALL_BASE = 20.0
LARGE_CHANGE = 2.0
RELATIVE_UNITS = ("count", "currency", "hours")


def relative_change(
    value: object, base: object, unit: str, *, small_base: float = SMALL_BASE, large_change: float = LARGE_CHANGE
) -> float:
    """``(value − base) ÷ base`` when the rule allows a percentage, NaN when the change is told as a difference.

    Edge cases: a missing value or base, a base of 0 or below, a new value below 0 and a unit
    other than count, money or hours give NaN.

    >>> relative_change(282, 216, "count")
    0.3055555555555556
    >>> relative_change(376, 5, "count"), relative_change(900, 100, "count")
    (nan, nan)
    >>> relative_change(0.54, 0.42, "fraction")
    nan
    """
    try:
        v, b = float(value), float(base)  # type: ignore[arg-type]  # any value: one that float() refuses is NaN
    except (TypeError, ValueError):
        return math.nan
    if unit not in RELATIVE_UNITS or math.isnan(v) or math.isnan(b) or b <= 0 or v < 0:
        return math.nan
    if unit == "count" and b < small_base:
        return math.nan
    change = (v - b) / b
    return change if change <= large_change else math.nan


def is_relative(value: object, base: object, unit: str) -> bool:
    """True when the change from ``base`` to ``value`` is told in per cent (see the module's rule).

    >>> is_relative(30, 10, "count"), is_relative(30, 20, "count")
    (False, True)
    """
    return not math.isnan(relative_change(value, base, unit))
