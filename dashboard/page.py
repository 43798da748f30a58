"""What every indicator page starts with: its title for the chosen period, or what to upload."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard import present, state
from dashboard.navigation import BY_ID
from dashboard.safe import md
from dashboard.scope import Scope
from metrics.indicators.registry import taken_as_ours
from resonance import say
from resonance.i18n import t


@dataclass(frozen=True)
class Context:
    """What a page works from: its scope, every indicator compared, and their trend."""

    scope: Scope
    comparison: pd.DataFrame
    trend: pd.DataFrame


def ours_only_rule(scope: Scope) -> None:
    """With a competitor chosen, the page's rule: what exists only for our brand shows «–» and says so.

    On a slide the rule is one line under the heading (there is no «Brand» field to point to, and the
    slide keeps its room for the tiles and the chart)."""
    if not scope.only_for:
        return
    lang = scope.lang
    if present.active():
        with st.container(key="present_ours_only"):
            st.caption(md(t("ours_only.slide", lang, competitor=scope.brand, brand=scope.only_for)))
        return
    st.info(md(t("ours_only.rule", lang, competitor=scope.brand, brand=scope.only_for)), icon=":material/storefront:")


def ours_unknown_rule(scope: Scope, comparison: pd.DataFrame) -> None:
    """In a workspace that names no brand of its own, when figures of our own accounts, sales or calendar
    have a value: they are shown for the brand chosen as if it were ours, and the page says so (a guess is
    stated where the user sees it)."""
    if scope.brand is None or "value" not in comparison:
        return
    if not taken_as_ours(comparison["value"].astype("float64").to_dict(), scope.our_brand):
        return
    text = md(t("ours_unknown", scope.lang, brand=scope.brand))
    if present.active():
        st.caption(text)
        return
    st.info(text, icon=":material/help:")


def start(page: str) -> Context:
    """The page's title and caption; stops the page with an explanation when there is no data.

    With a competitor chosen, the page states the rule for what exists only for our brand; a page
    built entirely from our own data (``PageSpec.ours_only``: sales, calendar, context) says whose it
    is and stops.
    """
    scope = state.scope()
    lang = scope.lang
    if scope.period is None:
        st.title(t(f"page.{page}", lang))
        st.info(t("week.empty", lang))
        st.page_link(BY_ID["data"].file, label=t("week.go_to_data", lang), icon=":material/upload_file:")
        st.stop()
    label = state.period_label(scope.period, scope.granularity, lang)
    st.title(t(f"page.{page}", lang))
    st.caption(
        f"{md(scope.brand)} · "
        + t(f"heading.{scope.granularity}", lang, label=label)
        + " · "
        + t(f"page.{page}.about", lang)
    )
    if BY_ID[page].ours_only and scope.only_for:
        st.info(
            md(t("ours_only.page", lang, competitor=scope.brand, brand=scope.only_for)), icon=":material/storefront:"
        )
        st.stop()
    ours_only_rule(scope)
    comparison = state.comparison(scope)
    ours_unknown_rule(scope, comparison)
    return Context(scope, comparison, state.trend(scope))


def sentiment_by_model(comparison: pd.DataFrame, scope: Scope) -> None:
    """Beside the sentiment figures: how much of them the model read and how often it agrees with the team's
    codes (nothing when it read none)."""
    share = comparison["value"].get("model_sentiment_share") if "value" in comparison else None
    model = state.sentiment_model(scope.snapshot)
    note = say.sentiment_by_model(float(share) if share is not None else float("nan"), scope.lang, model)
    if note:
        st.caption(md(note))
