"""What every indicator page starts with: its title for the chosen period, or what to upload."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard import state
from dashboard.safe import md
from metrics.i18n import t


@dataclass(frozen=True)
class Context:
    lang: str
    filters: state.Filters
    comparison: pd.DataFrame
    trend: pd.DataFrame

    @property
    def currency(self) -> str:
        return self.filters.workspace.settings["currency"]


def start(page: str) -> Context:
    """The page's title and caption; stops the page with an explanation when there is no data."""
    lang = state.language()
    chosen = state.filters()
    if chosen.period is None:
        st.title(t(f"page.{page}", lang))
        st.info(t("week.empty", lang))
        st.page_link("app_pages/data.py", label=t("week.go_to_data", lang), icon=":material/upload_file:")
        st.stop()
    label = state.period_label(chosen.period, chosen.granularity, lang)
    st.title(t(f"page.{page}", lang))
    st.caption(f"{md(chosen.brand)} · " + t(f"heading.{chosen.granularity}", lang, label=label) + " · "
               + t(f"page.{page}.about", lang))
    return Context(lang, chosen, chosen.comparison, chosen.trend)
