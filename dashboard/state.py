"""Loaders and the page-wide choices: the only module that caches.

The workspace is opened once per process (``st.cache_resource``); its tables are read once per
workspace version and held as shared objects (``st.cache_resource``: ``st.cache_data`` would copy
a large frame on every hit). Indicator results are small and cached with ``st.cache_data`` keyed
on the workspace path and version plus the filters — never on a frame.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from metrics import store
from metrics.i18n import DEFAULT_LANGUAGE, LANGUAGES
from metrics.indicators.compute import compare, series
from metrics.periods import Period, last_complete_week, periods_ending


@st.cache_resource(show_spinner=False)
def workspace(path: str) -> store.Workspace:
    return store.open_workspace(path)


@st.cache_resource(show_spinner=False, max_entries=4)
def tables(path: str, version: int) -> dict[str, pd.DataFrame]:
    """Every canonical table without texts, for one version of the workspace (shared, not copied)."""
    return workspace(path).read_all()


def current_tables() -> dict[str, pd.DataFrame]:
    ws = current_workspace()
    return tables(str(ws.path), ws.version)


@st.cache_data(show_spinner=False, max_entries=64)
def week_comparison(path: str, version: int, start: date, end: date, brand: str | None,
                    platforms: tuple[str, ...] | None, tz: str) -> pd.DataFrame:
    return compare(tables(path, version), Period(start, end), brand=brand, platforms=platforms, tz=tz)


@st.cache_data(show_spinner=False, max_entries=64)
def weekly_series(path: str, version: int, start: date, end: date, brand: str | None,
                  platforms: tuple[str, ...] | None, tz: str, weeks: int = 12) -> pd.DataFrame:
    """Each indicator for the ``weeks`` weeks ending with the given one: a row per week."""
    period = Period(start, end)
    periods = [*periods_ending(period, weeks - 1, "week"), period]
    return series(tables(path, version), periods, brand=brand, platforms=platforms, tz=tz).sort_index()


# --- choices kept across pages (session state holds choices, never data) ---

def language() -> str:
    lang = st.session_state.get("app_lang")
    if lang not in LANGUAGES:
        lang = st.query_params.get("lang", DEFAULT_LANGUAGE)
        lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        st.session_state["app_lang"] = lang
    return lang


def workspace_path() -> Path:
    chosen = st.session_state.get("app_workspace")
    return Path(chosen) if chosen else store.default_path()


def current_workspace() -> store.Workspace:
    return workspace(str(workspace_path()))


def available_weeks(last_day: date | None, first_day: date | None) -> list[Period]:
    """Complete ISO weeks with data, newest first."""
    if last_day is None or first_day is None:
        return []
    newest = last_complete_week(last_day, date.today())
    weeks = [newest]
    while weeks[-1].previous().start >= first_day - pd.Timedelta(days=6).to_pytimedelta():
        weeks.append(weeks[-1].previous())
    return weeks
