"""Tables as a person reads them on a shared screen: every cell a formatted text.

Moments in the workspace's time zone, numbers with the language's separators, fractions as
percentages, platforms by name, and "–" wherever a value is missing (never ``None`` or ``NaN``).
Pages pass each column's kind; a column not named is shown as text.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from resonance.i18n import (
    NO_VALUE,
    TEXTS,
    format_day,
    format_moment,
    format_number,
    format_percent_value,
    is_missing,
    t,
)

KINDS = ("moment", "day", "count", "percent", "platform", "text")


def _platform(value: object, lang: str) -> str:
    key = f"platform.{value}"
    return t(key, lang) if key in TEXTS else str(value)


def _cell(value: Any, kind: str, lang: str, tz: str) -> str:  # a cell of a frame, of the column's kind
    if is_missing(value) or value is pd.NaT:
        return NO_VALUE
    if kind == "moment":
        return format_moment(value, lang, tz=tz)
    if kind == "day":
        return format_day(pd.Timestamp(value), lang)
    if kind == "count":
        return format_number(value, lang)
    if kind == "percent":
        return format_percent_value(value, lang)
    if kind == "platform":
        return _platform(value, lang)
    return str(value)


def formatted(frame: pd.DataFrame, kinds: dict[str, str], lang: str, *, tz: str) -> pd.DataFrame:
    """``frame`` with every cell as text, by the kind of its column (``moment``, ``day``, ``count``,
    ``percent``, ``platform``; any other column: ``text``). Boolean columns are left as they are.

    >>> formatted(pd.DataFrame({"reach": [476642, None]}), {"reach": "count"}, "ru", tz="UTC")["reach"].tolist()
    ['476\\xa0642', '–']
    """
    unknown = set(kinds.values()) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown column kinds {sorted(unknown)}; valid: {', '.join(KINDS)}")
    out = {}
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_bool_dtype(values) and column not in kinds:
            out[column] = values
        else:
            kind = kinds.get(column, "text")
            out[column] = [_cell(v, kind, lang, tz) for v in values.astype(object)]
    return pd.DataFrame(out, index=frame.index)


def without_silent_columns(frame: pd.DataFrame, columns: list[str], *, total: str | None = None) -> pd.DataFrame:
    """``frame`` without those of ``columns`` that say nothing: all zero or missing, or (with ``total``)
    equal to ``total`` in every row, as a sentiment column is in a table of that sentiment alone.

    >>> f = pd.DataFrame({"mentions": [3, 1], "positive": [3, 1], "neutral": [0, 0], "negative": [0, 1]})
    >>> list(without_silent_columns(f, ["positive", "neutral", "negative"], total="mentions").columns)
    ['mentions', 'negative']
    """

    def silent(column: str) -> bool:
        values = pd.to_numeric(frame[column], errors="coerce").fillna(0)
        return bool((values == 0).all()) or (total is not None and bool((values == frame[total]).all()))

    return frame.drop(columns=[c for c in columns if c in frame.columns and silent(c)])


# A cell that a spreadsheet would run as a formula when the table is downloaded as CSV (the table's own
# toolbar offers it): =, +, -, @, a tab or a carriage return first.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WORD_JOINER = "\u2060"  # invisible: the cell reads as written, and a spreadsheet takes it as text


def inert(frame: pd.DataFrame) -> pd.DataFrame:
    r"""``frame`` with every text that a spreadsheet would run as a formula led by an invisible word joiner.

    >>> inert(pd.DataFrame({"author": ['=HYPERLINK("http://x","y")', "@SUM(1)", "Anna"]}))["author"].tolist()
    ['\u2060=HYPERLINK("http://x","y")', '\u2060@SUM(1)', 'Anna']
    """
    out = frame  # copied only when a cell must change: the page's frame may be a cached one
    for column in frame.columns:
        values = frame[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            risky = values.astype("object").map(lambda v: isinstance(v, str) and v.startswith(FORMULA_START))
            if risky.any():
                out = out.copy() if out is frame else out
                out[column] = values.astype("object").where(~risky, WORD_JOINER + values.astype("object"))
    return out


def dataframe(frame: pd.DataFrame, **options: Any):
    """``st.dataframe`` of ``frame`` made :func:`inert`: its toolbar's CSV download runs nothing."""
    import streamlit as st

    return st.dataframe(inert(frame), **options)
