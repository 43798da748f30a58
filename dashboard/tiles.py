"""An indicator tile: value, change against the previous period and the 4-period average,
the AMEC level as a badge, and the formula with its denominator one click away. On a slide the tile
is shorter: no sparkline, and the denominator in a footnote line instead of the formula's button.

No value is "–" with no change under it; an unchanged value says so, without an arrow. With a
competitor chosen, a tile of an indicator that exists only for our brand says whose it is
("Only for Зерно: your own accounts") instead of a change: its value is "–", never ours."""

from __future__ import annotations

from typing import Literal

import pandas as pd
import streamlit as st

from dashboard.safe import md
from dashboard.scope import Scope
from metrics.indicators import REGISTRY
from metrics.indicators.registry import own_source
from metrics.insights import change as change_rule
from resonance import say
from resonance.i18n import NO_VALUE, format_change, format_relative, format_value, is_missing, t

LEVEL_COLOURS: dict[str, Literal["blue", "violet", "green", "gray"]] = {
    "output": "blue",
    "out-take": "violet",
    "outcome": "green",
    "impact": "gray",
}
DELTA_COLOURS: dict[bool | None, Literal["normal", "inverse", "off"]] = {True: "normal", False: "inverse", None: "off"}


def _ascii_sign(text: str) -> str:
    # st.metric reads the direction of the arrow from a leading "-".
    return "-" + text[1:] if text.startswith("−") else text


def change_text(
    row: pd.Series, lang: str, *, base: str = "previous", absolute: str = "change", currency: str = "RUB"
) -> str | None:
    """``+12 (+8%)``; ``+371`` alone where the rule of ``metrics.insights.change`` gives no per cent
    (a small base, a change above +200%); None when there is nothing to compare with."""
    if is_missing(row[absolute]) or is_missing(row["value"]):
        return None
    if row[absolute] == 0 or (row["unit"] == "count" and round(row[absolute]) == 0):  # "-0" says nothing
        return t("change.none", lang)
    text = format_change(row[absolute], row["unit"], lang, currency=currency)
    relative = change_rule.relative_change(row["value"], row[base], row["unit"])
    if not is_missing(relative):
        text += f" ({format_relative(relative, lang)})"
    return _ascii_sign(text)


def ours_only_text(indicator_id: str, only_for: str | None, lang: str) -> str | None:
    """ "Only for Зерно: your own accounts" when ``only_for`` (our brand, a competitor being chosen) is
    given and the indicator exists only for our brand; otherwise None. Plain text: escape it for markdown."""
    source = own_source(REGISTRY[indicator_id].needs) if indicator_id in REGISTRY and only_for else None
    return t(f"ours_only.{source}", lang, brand=only_for) if source else None


def tile(
    indicator_id: str,
    row: pd.Series,
    lang: str,
    *,
    spark: list[float] | None = None,
    currency: str = "RUB",
    granularity: str = "week",
    only_for: str | None = None,
    presenting: bool = False,
) -> None:
    """One tile. ``only_for``: our brand's name when a competitor is chosen (None for our brand);
    ``presenting``: the shorter tile of a slide."""
    ours = ours_only_text(indicator_id, only_for, lang)
    with st.container(border=True, key=f"tile_{indicator_id}"):
        st.badge(t(f"level.{row['level']}", lang), color=LEVEL_COLOURS.get(row["level"], "gray"))
        delta = None if ours else change_text(row, lang, currency=currency)
        # Sales are context for social media, not its score: their change is shown without a verdict.
        direction = None if row["level"] == "impact" or pd.isna(row["higher_is_better"]) else row["higher_is_better"]
        unchanged = delta is not None and row["change"] == 0
        st.metric(
            t(f"indicator.{indicator_id}.label", lang),
            NO_VALUE if ours else format_value(row["value"], row["unit"], lang, currency=currency),
            delta=delta,
            delta_color="off" if unchanged else DELTA_COLOURS[direction],
            delta_arrow="off" if unchanged else "auto",
            delta_description=t(f"vs_previous.{granularity}", lang) if delta else None,
            chart_data=None if ours or presenting else [v for v in (spark or []) if not is_missing(v)] or None,
            chart_type="bar" if row["unit"] in ("count", "currency") else "line",
        )
        if ours:
            st.caption(md(ours))
        elif spark is not None and all(is_missing(v) for v in [*spark, row["value"]]):
            # Never a value, not a quiet period: said, so that "–" is not read as this period's news.
            st.caption(t("tile.nothing_to_count", lang))
        else:
            avg4 = change_text(row, lang, base="avg4", absolute="change_avg4", currency=currency)
            st.caption(t(f"vs_avg4.{granularity}", lang, change=avg4 or NO_VALUE))
        if presenting:
            if not ours and row["unit"] in ("fraction", "index"):  # a count or a sum has no denominator to name
                st.caption(t("present.denominator", lang, denominator=t(f"indicator.{indicator_id}.denominator", lang)))
            return
        with st.popover(t("week.formula", lang), key=f"formula_{indicator_id}"):
            st.markdown(t(f"indicator.{indicator_id}.formula", lang))
            st.caption(f"{t('week.denominator', lang)}: {t(f'indicator.{indicator_id}.denominator', lang)}")
            if row["unit"] not in ("fraction", "index"):
                st.caption(say.change_rule(lang))


def tile_grid(
    ids: tuple[str, ...],
    comparison: pd.DataFrame,
    trend: pd.DataFrame,
    scope: Scope,
    *,
    per_row: int = 4,
    presenting: bool = False,
) -> list:
    """Tiles in rows of ``per_row``, in the scope's language, currency and granularity; returns the columns
    of the last row (a page may fill its free slots)."""
    columns: list = []
    for first in range(0, len(ids), per_row):
        columns = st.columns(per_row)
        # The last row may hold fewer tiles than columns: the columns left over stay empty.
        for column, indicator_id in zip(columns, ids[first : first + per_row], strict=False):
            with column:
                tile(
                    indicator_id,
                    comparison.loc[indicator_id],
                    scope.lang,
                    spark=trend[indicator_id].tolist() if indicator_id in trend else None,
                    currency=scope.currency,
                    granularity=scope.granularity,
                    only_for=scope.only_for,
                    presenting=presenting,
                )
    return columns
