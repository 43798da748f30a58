"""Loaders and the page-wide choices: the only module that caches.

The workspace is opened once per process (``st.cache_resource``); its tables are read once per
workspace version and held as shared objects (``st.cache_resource``: ``st.cache_data`` would copy
a large frame on every hit). Indicator results are small and cached with ``st.cache_data`` keyed
on the workspace path and version plus the filters — never on a frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import streamlit as st

from metrics import association as associations
from metrics import breakdowns, mix, store
from metrics.insights import spikes as spikes_of
from metrics.insights import voice as voice_of
from resonance.i18n import DEFAULT_LANGUAGE, LANGUAGES
from metrics.indicators.compute import compare_trend, series
from metrics.indicators.registry import is_competitor
from resonance.i18n import format_day, format_month, format_period
from metrics.periods import RANGE, Period, day, last_complete_week, month, periods_ending


@st.cache_resource(show_spinner=False)
def workspace(path: str) -> store.Workspace:
    return store.open_workspace(path)


@st.cache_resource(show_spinner=False, max_entries=4)
def tables(path: str, version: int) -> dict[str, pd.DataFrame]:
    """Every canonical table without texts, for one version of the workspace (shared, not copied)."""
    return workspace(path).read_all(categorical=True)


def current_tables() -> dict[str, pd.DataFrame]:
    ws = current_workspace()
    return tables(str(ws.path), ws.version())


def comparison(path: str, version: int, period: Period, brand: str | None,
               platforms: tuple[str, ...] | None, tz: str, granularity: str = "week",
               our_brand: str | None = None) -> pd.DataFrame:
    """Every indicator for ``period`` against the period before and the average of the four before it,
    taken from the 12-period trend the page shows anyway (one computation, not two)."""
    return compare_trend(trend(path, version, period, granularity, brand, platforms, tz, our_brand=our_brand))


@st.cache_data(show_spinner=False, max_entries=128)
def trend(path: str, version: int, period: Period, granularity: str, brand: str | None,
          platforms: tuple[str, ...] | None, tz: str, n: int = 12, ids: tuple[str, ...] | None = None,
          our_brand: str | None = None) -> pd.DataFrame:
    """Indicators for the ``n`` periods ending with ``period``: a row per period (its first day).
    With ``our_brand`` given and ``brand`` a competitor, our own indicators have no value."""
    periods = [*periods_ending(period, n - 1, granularity), period]
    return series(tables(path, version), periods, brand=brand, platforms=platforms, tz=tz, ids=ids,
                  our_brand=our_brand).sort_index()


@dataclass(frozen=True)
class Filters:
    """The choices every page shares: the period and its granularity, the brand, the platforms."""

    workspace: store.Workspace
    period: Period | None
    granularity: str
    brand: str | None
    platforms: tuple[str, ...] | None

    @property
    def key(self) -> tuple:
        """What cached results depend on, workspace version included."""
        ws = self.workspace
        return (str(ws.path), ws.version(), self.period, self.brand, self.platforms, ws.settings()["tz"])

    @property
    def our_brand(self) -> str | None:
        return self.workspace.settings()["brand"]

    @property
    def only_for(self) -> str | None:
        """Our brand's name when a competitor is chosen (what exists only for our brand is labelled
        with it and has no value); None when the brand chosen is ours."""
        return self.our_brand if is_competitor(self.brand, self.our_brand) else None

    @property
    def comparison(self) -> pd.DataFrame:
        return comparison(*self.key, self.granularity, our_brand=self.our_brand)

    @property
    def trend(self) -> pd.DataFrame:
        return trend(*self.key[:3], self.granularity, *self.key[3:], our_brand=self.our_brand)


def filters() -> Filters:
    ws = current_workspace()
    return Filters(ws, st.session_state.get("app_period"), st.session_state.get("app_granularity", "week"),
                   st.session_state.get("app_brand") or ws.settings()["brand"],
                   tuple(st.session_state.get("app_platforms") or ()) or None)


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


def available_periods(first_day: date | None, last_day: date | None, granularity: str) -> list[Period]:
    """Complete periods of ``granularity`` with data, newest first (days: the last 92)."""
    if last_day is None or first_day is None:
        return []
    last_day = min(last_day, date.today())
    if granularity == "week":
        newest = last_complete_week(last_day, date.today())
    elif granularity == "month":
        after = last_day + timedelta(days=1)
        newest = month(last_day.year, last_day.month) if after.day == 1 else None
        if newest is None:
            before = last_day.replace(day=1) - timedelta(days=1)
            newest = month(before.year, before.month)
    else:
        newest = day(last_day)
    periods = [newest]
    while len(periods) < (92 if granularity == "day" else 1000):
        earlier = periods_ending(periods[-1], 1, granularity)[0]
        if earlier.end < first_day:
            break
        periods.append(earlier)
    return [p for p in periods if p.end >= first_day]


@st.cache_data(show_spinner=False, max_entries=16)
def last_mention_day(path: str, version: int, brand: str | None, tz: str) -> date | None:
    """The local day of the newest mention of ``brand``, or None when it has none."""
    mentions = tables(path, version)["mentions"]
    stamps = mentions.loc[mentions["brand"] == brand, "published_at"].dropna()
    if stamps.empty:
        return None
    newest = pd.Timestamp(stamps.max())
    return (newest.tz_convert(tz) if newest.tzinfo else newest).date()


def default_period(periods: list[Period], last_mention: date | None) -> Period | None:
    """The newest of ``periods`` (newest first) that holds a mention of the brand, else the newest."""
    if last_mention is None:
        return periods[0] if periods else None
    return next((p for p in periods if p.start <= last_mention), periods[0] if periods else None)


def period_label(period: Period, granularity: str, lang: str) -> str:
    """``2026-W47 · 16–22 нояб. 2026 г.``, ``ноябрь 2026``, ``16 нояб. 2026 г.``, ``1–20 нояб. 2026 г.``."""
    if granularity == RANGE:
        return format_period(period.start, period.end, lang)
    if granularity == "week":
        iso = period.start.isocalendar()
        return f"{iso.year}-W{iso.week:02d} · {format_period(period.start, period.end, lang)}"
    if granularity == "month":
        return format_month(period.start, lang)
    return format_day(period.start, lang)


@st.cache_data(show_spinner=False, max_entries=64)
def brands_over_time(path: str, version: int, period: Period, granularity: str, brands: tuple[str, ...],
                     platforms: tuple[str, ...] | None, tz: str, n: int = 12) -> pd.DataFrame:
    """Mentions of each brand for the ``n`` periods ending with ``period``."""
    periods = [*periods_ending(period, n - 1, granularity), period]
    return breakdowns.by_brand(tables(path, version), periods, brands=brands, platforms=platforms, tz=tz)


@st.cache_data(show_spinner=False, max_entries=64)
def per_platform(path: str, version: int, period: Period, brand: str | None, table: str,
                 ids: tuple[str, ...], tz: str) -> pd.DataFrame:
    """Indicators ``ids`` for each platform found in ``table``, in ``period``."""
    data = tables(path, version)
    return breakdowns.by_platform(data, period, brand=brand, platforms=breakdowns.platforms_of(data, table),
                                  ids=ids, tz=tz)


@st.cache_data(show_spinner=False, max_entries=64)
def platforms_over_time(path: str, version: int, period: Period, granularity: str, indicator: str,
                        table: str, tz: str, n: int = 12) -> pd.DataFrame:
    """``indicator`` for each platform of ``table`` over the ``n`` periods ending with ``period``."""
    data = tables(path, version)
    periods = [*periods_ending(period, n - 1, granularity), period]
    return pd.DataFrame({p: series(data, periods, brand=None, platforms=[p], tz=tz, ids=[indicator])[indicator]
                         for p in breakdowns.platforms_of(data, table)})


@st.cache_data(show_spinner=False, max_entries=64)
def top_authors(path: str, version: int, period: Period, brand: str | None, platforms: tuple[str, ...] | None,
                tz: str) -> pd.DataFrame:
    return breakdowns.top_authors(tables(path, version)["mentions"], period, brand=brand, tz=tz, platforms=platforms)


@st.cache_data(show_spinner=False, max_entries=64)
def top_posts(path: str, version: int, period: Period, platforms: tuple[str, ...] | None, tz: str) -> pd.DataFrame:
    """Our best posts of the period, with their texts (read for the period alone)."""
    posts = workspace(path).read("posts", start=period.start, end=period.end, with_text=True)
    return breakdowns.top_posts(posts, period, tz=tz, platforms=platforms)


@st.cache_data(show_spinner=False, max_entries=16)
def activities(path: str, version: int) -> pd.DataFrame:
    return tables(path, version)["activities"]


@st.cache_data(show_spinner=False, max_entries=64)
def association(path: str, version: int, indicator: str, brand: str | None, start: date, end: date,
                tz: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Weekly ``indicator`` and revenue over ``start``..``end``, and their lagged association."""
    data = tables(path, version)
    weeks = pd.DataFrame({
        indicator: associations.weekly_series(data, indicator, brand=brand, start=start, end=end, tz=tz),
        "revenue": associations.weekly_series(data, "revenue", brand=brand, start=start, end=end, tz=tz),
    })
    return weeks, associations.lagged_association(weeks[indicator], weeks["revenue"])


@st.cache_data(show_spinner=False, max_entries=64)
def channel_mix(path: str, version: int, period: Period, brand: str | None, tz: str) -> pd.DataFrame:
    return mix.channel_mix(tables(path, version), period, brand=brand, tz=tz)


@st.cache_data(show_spinner=False, max_entries=32)
def mentions_with_text(path: str, version: int, period: Period) -> pd.DataFrame:
    """Mentions of the period with their texts (texts are read for one period at a time, never all)."""
    return workspace(path).read("mentions", start=period.start, end=period.end, with_text=True)


@st.cache_data(show_spinner=False, max_entries=32)
def voice(path: str, version: int, period: Period, brand: str | None, tz: str, competitors: tuple[str, ...]):
    """Words and hashtags by sentiment, questions and complaints of the period, as real quotes."""
    mentions = mentions_with_text(path, version, period)
    terms = {s: voice_of.top_terms(mentions, brand=brand, sentiment=s, n=15, exclude=competitors, tz=tz)
             for s in ("positive", "negative")}
    return (terms, voice_of.questions(mentions, brand=brand, n=8, tz=tz),
            voice_of.complaints(mentions, brand=brand, n=8, tz=tz))


@st.cache_data(show_spinner=False, max_entries=32)
def spike_explanations(path: str, version: int, period: Period, brand: str | None, tz: str,
                       lang: str) -> list[spikes_of.Explanation]:
    """The spikes of our mentions in the period, each in words: sentences, quotes and the statistics."""
    data = tables(path, version)
    if brand is None:
        return []
    mentions = data["mentions"]  # thresholds need the weeks before the period
    found = spikes_of.find_spikes(mentions, brand=brand, start=period.start, end=period.end, tz=tz,
                                  activities=data["activities"])
    if found:  # texts are read for the spike days only
        texts = workspace(path).read("mentions", start=min(s.day for s in found), end=max(s.day for s in found),
                                     with_text=True)
        found = spikes_of.find_spikes(texts, brand=brand, start=period.start, end=period.end, tz=tz,
                                      activities=data["activities"], texts=texts)
    return [spikes_of.explanation(s, lang) for s in found]


def spikes(path: str, version: int, period: Period, brand: str | None, tz: str, lang: str) -> list[tuple[date, list[str]]]:
    """The spikes of our mentions in the period: each day with the sentences (and top quote) that explain it."""
    return [(e.day, [*e.sentences, *(f"“{q.text}”" for q in e.quotes[:1])])
            for e in spike_explanations(path, version, period, brand, tz, lang)]


@st.cache_data(show_spinner=False, max_entries=16)
def contents(path: str, version: int) -> pd.DataFrame:
    """Rows and first and last day of each table: asked on every rerun, read once per version."""
    return workspace(path).contents()


def import_summary(report) -> dict:
    """What the Data page keeps of an import to show it (codes and numbers, words chosen when shown):
    per table the rows added, replaced, unchanged and skipped (and why, by reason); per file read what
    was assumed and which of its columns were not used. No frame is kept."""
    leaves = report.result.leaves() if report.result is not None else []
    return {
        "file": report.file,
        "error": report.error,
        "tables": [(tr.format_id, tr.table, tr.added, tr.replaced, tr.unchanged, tr.skipped, tr.skipped_by)
                   for tr in report.tables],
        "parts": [{"file": leaf.file + (f" · {leaf.sheet}" if leaf.sheet else ""), "assumed": leaf.assumptions(),
                   "unused": list(leaf.unused_columns), "format": leaf.format_id, "table": leaf.table,
                   "header": list(leaf.header), "read": sorted(leaf.columns_read)}
                  for leaf in leaves if leaf.frame is not None],
    }
