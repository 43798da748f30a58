"""An indicator tile: value, change against the previous period and the 4-period average,
the AMEC level as a badge, and the formula with its denominator one click away. On a slide the tile
is shorter: no sparkline, and the denominator in a footnote line instead of the formula's button."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from metrics.i18n import NO_VALUE, format_change, format_relative, format_value, is_missing, t

LEVEL_COLOURS = {"output": "blue", "out-take": "violet", "outcome": "green", "impact": "gray"}
DELTA_COLOURS = {True: "normal", False: "inverse", None: "off"}


def _ascii_sign(text: str) -> str:
    # st.metric reads the direction of the arrow from a leading "-".
    return "-" + text[1:] if text.startswith("−") else text


def change_text(row: pd.Series, lang: str, *, relative: str = "change_rel", absolute: str = "change",
                currency: str = "RUB") -> str | None:
    """``+12 (+8%)``, or None when there is nothing to compare with."""
    if is_missing(row[absolute]):
        return None
    text = format_change(row[absolute], row["unit"], lang, currency=currency)
    if row["unit"] not in ("fraction", "index") and not is_missing(row[relative]):
        text += f" ({format_relative(row[relative], lang)})"
    return _ascii_sign(text)


def tile(indicator_id: str, row: pd.Series, lang: str, *, spark: list[float] | None = None,
         currency: str = "RUB", granularity: str = "week", presenting: bool = False) -> None:
    with st.container(border=True, key=f"tile_{indicator_id}"):
        st.badge(t(f"level.{row['level']}", lang), color=LEVEL_COLOURS.get(row["level"], "gray"))
        delta = change_text(row, lang, currency=currency)
        # Sales are context for social media, not its score: their change is shown without a verdict.
        direction = None if row["level"] == "impact" or pd.isna(row["higher_is_better"]) else row["higher_is_better"]
        st.metric(
            t(f"indicator.{indicator_id}.label", lang),
            format_value(row["value"], row["unit"], lang, currency=currency),
            delta=delta,
            delta_color=DELTA_COLOURS[direction],
            delta_description=t(f"vs_previous.{granularity}", lang) if delta else None,
            chart_data=None if presenting else [v for v in (spark or []) if not is_missing(v)] or None,
            chart_type="bar" if row["unit"] in ("count", "currency") else "line",
        )
        avg4 = change_text(row, lang, relative="change_avg4_rel", absolute="change_avg4", currency=currency)
        st.caption(t(f"vs_avg4.{granularity}", lang, change=avg4 or NO_VALUE))
        if presenting:
            if row["unit"] in ("fraction", "index"):  # a count or a sum has no denominator to name
                st.caption(t("present.denominator", lang,
                             denominator=t(f"indicator.{indicator_id}.denominator", lang)))
            return
        with st.popover(t("week.formula", lang), key=f"formula_{indicator_id}"):
            st.markdown(t(f"indicator.{indicator_id}.formula", lang))
            st.caption(f"{t('week.denominator', lang)}: {t(f'indicator.{indicator_id}.denominator', lang)}")


def tile_grid(ids: tuple[str, ...], comparison: pd.DataFrame, trend: pd.DataFrame, lang: str, *, currency: str,
              granularity: str, per_row: int = 4, presenting: bool = False) -> list:
    """Tiles in rows of ``per_row``; returns the columns of the last row (a page may fill its free slots)."""
    columns: list = []
    for first in range(0, len(ids), per_row):
        columns = st.columns(per_row)
        for column, indicator_id in zip(columns, ids[first:first + per_row]):
            with column:
                tile(indicator_id, comparison.loc[indicator_id], lang,
                     spark=trend[indicator_id].tolist() if indicator_id in trend else None,
                     currency=currency, granularity=granularity, presenting=presenting)
    return columns
