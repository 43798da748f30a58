"""Loaders and the page-wide choices: the only module that caches.

The workspace is opened once per process (``st.cache_resource``); its tables are read once per
workspace version and held as shared objects (``st.cache_resource``: ``st.cache_data`` would copy
a large frame on every hit). What a version holds is keyed on its :class:`~dashboard.scope.Snapshot`;
what a page shows takes the page's :class:`~dashboard.scope.Scope` whole, then what the loader alone
needs — never a frame. Results are small and cached with ``st.cache_data``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.scope import Scope, Snapshot
from metrics import association as associations
from metrics import breakdowns, coding, mix, schema, store
from metrics import summary as summaries
from metrics.decisions import Decision
from metrics.indicators.compute import compare_trend, series
from metrics.insights import themes as themes_of
from metrics.insights import voice as voice_of
from metrics.periods import RANGE, Period, day, last_complete_week, month, periods_ending
from metrics.reading import WorkspaceTables
from metrics.sentiment import sample
from resonance.i18n import DEFAULT_LANGUAGE, LANGUAGES, format_day, format_month, format_period


@st.cache_resource(show_spinner=False)
def workspace(path: str) -> store.Workspace:
    return store.open_workspace(path)


def loader(max_entries: int, *, words: bool = False):
    """``st.cache_data`` for a loader of ``(scope, ...)``: keyed on the whole scope, its language left out
    unless the result holds words (a result in numbers is the same in both languages)."""
    return st.cache_data(
        show_spinner=False, max_entries=max_entries, hash_funcs={Scope: Scope.cache_key if words else Scope.data_key}
    )


# --- what a version of the workspace holds, whatever the page shows ---


@st.cache_resource(show_spinner=False, max_entries=4)
def tables(snapshot: Snapshot) -> WorkspaceTables:
    """The canonical tables without texts of one version of the workspace (shared, not copied), each read
    when a page first asks for its rows; the indicators of the mentions are aggregated where they lie
    whether or not their rows have been read (a year of a big brand's mentions is millions of rows)."""
    opened = workspace(snapshot.path)
    return WorkspaceTables(
        opened, list(schema.TABLES), lambda name: opened.read(name, categorical=True), aggregate_read=True
    )


@st.cache_data(show_spinner=False, max_entries=16)
def settings(snapshot: Snapshot) -> dict:
    """The workspace's settings, read once per version (saving them makes a new version)."""
    return workspace(snapshot.path).settings()


@st.cache_data(show_spinner=False, max_entries=16)
def platforms(snapshot: Snapshot, table: str | None = None) -> list[str]:
    """The platforms found in the mentions and our posts (or in ``table``), read once per version."""
    if table is not None and "platform" not in schema.TABLES[table].columns:
        return []
    return workspace(snapshot.path).platforms((table,) if table else ("mentions", "posts"))


@st.cache_data(show_spinner=False, max_entries=16)
def carries_ave(snapshot: Snapshot) -> bool:
    """Whether the mentions carry AVE / "PR value" figures (kept as given, never used), asked of the workspace."""
    return bool(workspace(snapshot.path).aggregate("SELECT count(ave) > 0 FROM mentions")[0][0])


@st.cache_data(show_spinner=False, max_entries=16)
def brands(snapshot: Snapshot) -> list[str]:
    """Our brand, the competitors and every other brand in the mentions, read once per version."""
    return workspace(snapshot.path).brands()


@st.cache_data(show_spinner=False, max_entries=16)
def contents(snapshot: Snapshot) -> pd.DataFrame:
    """Rows and first and last day of each table: asked on every rerun, read once per version."""
    return workspace(snapshot.path).contents()


@st.cache_data(show_spinner=False, max_entries=16)
def activities(snapshot: Snapshot) -> pd.DataFrame:
    return tables(snapshot)["activities"]


@st.cache_data(show_spinner=False, max_entries=16)
def last_mention_day(snapshot: Snapshot, brand: str | None, tz: str) -> date | None:
    """The local day of the newest mention of ``brand``, or None when it has none."""
    # A day to come is a mistyped date (9999-12-31): it is no default period.
    newest = workspace(snapshot.path).aggregate(
        "SELECT max(published_at) FROM mentions WHERE brand = $b AND published_at < now() + INTERVAL 2 DAY",
        {"b": brand},
    )
    if newest[0][0] is None:
        return None
    return pd.Timestamp(newest[0][0]).tz_convert(tz).date()


@st.cache_data(show_spinner=False, max_entries=32)
def mentions_with_text(snapshot: Snapshot, period: Period) -> pd.DataFrame:
    """Mentions of the period with their texts (texts are read for one period at a time, never all)."""
    return workspace(snapshot.path).read("mentions", start=period.start, end=period.end, with_text=True)


@st.cache_data(show_spinner=False, max_entries=32)
def _decisions(path: str, version: int, start: date | None, end: date | None, brand: str | None) -> list[Decision]:
    return workspace(path).decisions(start=start, end=end, brand=brand)


def decisions(snapshot: Snapshot, start: date | None, end: date | None, brand: str | None) -> list[Decision]:
    """The decisions as they stand of the periods overlapping ``start``..``end`` (all without them), read once
    per version of the decision log (its own: writing a decision keeps every number's cache)."""
    return _decisions(snapshot.path, workspace(snapshot.path).decisions_version(), start, end, brand)


@st.cache_data(show_spinner=False, max_entries=16)
def sentiment_model(snapshot: Snapshot) -> coding.ModelState:
    """The workspace's sentiment model and its agreement with the team's codes, read once per version."""
    return workspace(snapshot.path).sentiment_model()


# --- what a page shows: every loader takes the scope whole, then what it alone needs ---


@loader(max_entries=128)
def trend(scope: Scope, n: int = 12, ids: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Indicators for the ``n`` periods ending with the scope's: a row per period (its first day).
    With a competitor chosen, our own indicators have no value."""
    periods = [*periods_ending(scope.shown_period, n - 1, scope.granularity), scope.shown_period]
    return series(
        tables(scope.snapshot),
        periods,
        brand=scope.brand,
        platforms=scope.platforms,
        tz=scope.tz,
        ids=ids,
        our_brand=scope.our_brand,
    ).sort_index()


@loader(max_entries=128)
def comparison(scope: Scope) -> pd.DataFrame:
    """Every indicator for the scope's period against the period before and the average of the four before
    it, taken from the 12-period trend the page shows anyway (one computation, not two)."""
    return compare_trend(trend(scope))


@loader(max_entries=64)
def brands_over_time(scope: Scope, n: int = 12) -> pd.DataFrame:
    """Mentions of each brand of the workspace for the ``n`` periods ending with the scope's."""
    periods = [*periods_ending(scope.shown_period, n - 1, scope.granularity), scope.shown_period]
    return breakdowns.by_brand(
        tables(scope.snapshot), periods, brands=tuple(brands(scope.snapshot)), platforms=scope.platforms, tz=scope.tz
    )


@loader(max_entries=64)
def per_platform(scope: Scope, table: str, ids: tuple[str, ...]) -> pd.DataFrame:
    """Indicators ``ids`` of the scope's brand for each platform found in ``table``, in the scope's period."""
    data = tables(scope.snapshot)
    return breakdowns.by_platform(
        data,
        scope.shown_period,
        brand=scope.brand,
        platforms=platforms(scope.snapshot, table),
        ids=ids,
        tz=scope.tz,
    )


@loader(max_entries=64)
def platforms_over_time(scope: Scope, indicator: str, table: str, n: int = 12) -> pd.DataFrame:
    """``indicator`` for each platform of ``table`` over the ``n`` periods ending with the scope's."""
    data = tables(scope.snapshot)
    periods = [*periods_ending(scope.shown_period, n - 1, scope.granularity), scope.shown_period]
    return pd.DataFrame(
        {
            p: series(data, periods, brand=None, platforms=[p], tz=scope.tz, ids=[indicator])[indicator]
            for p in platforms(scope.snapshot, table)
        }
    )


@loader(max_entries=64)
def top_authors(scope: Scope) -> pd.DataFrame:
    return breakdowns.top_authors(
        tables(scope.snapshot),
        scope.shown_period,
        brand=scope.brand,
        tz=scope.tz,
        platforms=scope.platforms,
    )


@loader(max_entries=64)
def top_posts(scope: Scope) -> pd.DataFrame:
    """Our best posts of the period, with their texts (read for the period alone)."""
    period = scope.shown_period
    posts = workspace(scope.snapshot.path).read("posts", start=period.start, end=period.end, with_text=True)
    return breakdowns.top_posts(posts, period, tz=scope.tz, platforms=scope.platforms)


@loader(max_entries=64)
def association(scope: Scope, indicator: str, weeks: int = 52) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Weekly ``indicator`` and revenue over the ``weeks`` ending with the scope's period, and their lagged
    association."""
    data, end = tables(scope.snapshot), scope.shown_period.end
    start = end - timedelta(days=7 * weeks)
    frame = pd.DataFrame(
        {
            name: associations.weekly_series(data, name, brand=scope.brand, start=start, end=end, tz=scope.tz)
            for name in (indicator, "revenue")
        }
    )
    return frame, associations.lagged_association(frame[indicator], frame["revenue"])


@loader(max_entries=64)
def channel_mix(scope: Scope) -> pd.DataFrame:
    return mix.channel_mix(tables(scope.snapshot), scope.shown_period, brand=scope.brand, tz=scope.tz)


@dataclass(frozen=True)
class Voice:
    """What the Voice of the customer page shows of a period: lemmas and phrases by sentiment, themes and
    complaint groups (against the period before), questions, complaints and questions left unanswered
    (None when no source says which were answered)."""

    terms: dict[str, pd.DataFrame]
    themes: themes_of.Themes
    complaint_groups: themes_of.Themes
    questions: pd.DataFrame
    complaints: pd.DataFrame
    unanswered: pd.DataFrame | None


@loader(max_entries=32)
def voice(scope: Scope) -> Voice:
    """The period's voice of the customer (the texts of it and of the period before are read)."""
    period = scope.shown_period
    before = period.previous()
    mentions = mentions_with_text(scope.snapshot, Period(before.start, period.end))
    saved = settings(scope.snapshot)
    # Brand names are not what people say about the brand: ours (in every spelling) and the competitors'.
    exclude = (*saved["competitors"], *saved["aliases"])
    brand, tz, start, end = scope.brand, scope.tz, period.start, period.end
    previous = (before.start, before.end)
    return Voice(
        terms={
            s: themes_of.key_terms(
                mentions, brand=brand, sentiment=s, n=15, exclude=exclude, start=start, end=end, tz=tz
            )
            for s in ("positive", "negative")
        },
        themes=themes_of.themes(mentions, brand=brand, start=start, end=end, previous=previous, exclude=exclude, tz=tz),
        complaint_groups=themes_of.themes(
            mentions,
            brand=brand,
            start=start,
            end=end,
            previous=previous,
            exclude=exclude,
            tz=tz,
            sentiment="negative",
            n=5,
        ),
        questions=voice_of.questions(mentions, brand=brand, n=8, start=start, end=end, tz=tz),
        complaints=voice_of.complaints(mentions, brand=brand, n=8, start=start, end=end, tz=tz),
        unanswered=voice_of.unanswered(mentions, brand=brand, n=8, start=start, end=end, tz=tz),
    )


@loader(max_entries=16)
def to_code(scope: Scope, skip: tuple[str, ...]) -> pd.DataFrame:
    """The period's mentions of the brand to code first (:func:`metrics.sentiment.sample.to_code`)."""
    opened = workspace(scope.snapshot.path)
    judge = opened.judge()
    return sample.to_code(
        mentions_with_text(scope.snapshot, scope.shown_period),
        brand=scope.brand,
        codes=judge.codes if judge is not None else opened.codes(),
        learnt=judge.learnt if judge is not None else None,
        skip=skip,
        exclude=judge.exclude if judge is not None else brands(scope.snapshot),
    )


@loader(max_entries=32)
def summary(scope: Scope) -> summaries.Summary:
    """The meeting's model for This week and its slide: indicators, headlines and spikes (the sales association,
    the mix and the voice of the customer have their own pages), from the cached tables and trend."""
    return summaries.summary(
        workspace(scope.snapshot.path),
        period=scope.shown_period,
        brand=scope.brand,
        our_brand=scope.our_brand,
        platforms=scope.platforms,
        tz=scope.tz,
        currency=scope.currency,
        granularity=scope.granularity,
        include=("spikes",),
        tables=tables(scope.snapshot),
        trend=trend(scope),
    )


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


def snapshot() -> Snapshot:
    """The chosen workspace as of now (its version is asked on every run: an import makes a new one)."""
    ws = current_workspace()
    return Snapshot(str(ws.path), ws.version())


def scope() -> Scope:
    """What the pages show, from the choices kept in session state (the brand: ours unless one is chosen)."""
    snap = snapshot()
    saved = settings(snap)
    return Scope(
        snap,
        st.session_state.get("app_period"),
        st.session_state.get("app_granularity", "week"),
        brand=st.session_state.get("app_brand") or saved["brand"],
        our_brand=saved["brand"],
        platforms=tuple(st.session_state.get("app_platforms") or ()) or None,
        lang=language(),
        tz=saved["tz"],
        currency=saved["currency"],
    )


def available_periods(first_day: date | None, last_day: date | None, granularity: str) -> list[Period]:
    """Complete periods of ``granularity`` with data, newest first (days: the last 92)."""
    if last_day is None or first_day is None:
        return []
    last_day = min(last_day, date.today())
    if granularity == "week":
        newest = last_complete_week(last_day, date.today())
    elif granularity == "month":
        if (last_day + timedelta(days=1)).day == 1:
            newest = month(last_day.year, last_day.month)
        else:
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


def import_summary(report) -> dict:
    """What the Data page keeps of an import to show it (codes and numbers, words chosen when shown):
    per table the rows added, replaced, unchanged and skipped (and why, by reason); per file read what
    was assumed and which of its columns were not used. No frame is kept."""
    leaves = report.result.leaves() if report.result is not None else []
    return {
        "file": report.file,
        "error": report.error,
        "tables": [
            (tr.format_id, tr.table, tr.added, tr.replaced, tr.unchanged, tr.skipped, tr.skipped_by)
            for tr in report.tables
        ],
        "parts": [
            {
                "file": leaf.file + (f" · {leaf.sheet}" if leaf.sheet else ""),
                "assumed": leaf.assumptions(),
                "unused": list(leaf.unused_columns),
                "format": leaf.format_id,
                "table": leaf.table,
                "header": list(leaf.header),
                "read": sorted(leaf.columns_read),
            }
            for leaf in leaves
            if leaf.frame is not None
        ],
    }
