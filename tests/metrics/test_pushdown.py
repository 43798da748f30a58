"""The mentions indicators aggregated in DuckDB give exactly what their functions give over the rows: on
random tables full of gaps (no brand, no author, no reach, replies before their mention, unknown
sentiments), in zones with and without summer time, on real exports, and in every way rows find their
periods."""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from metrics import store
from metrics.indicators import pushdown
from metrics.indicators.compute import series
from metrics.indicators.registry import REGISTRY, frame
from metrics.periods import Period, iso_week, periods_ending
from metrics.reading import WorkspaceTables

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "listening"
MENTIONS_IDS = [i for i, spec in REGISTRY.of_kind("period").items() if spec.needs == ("mentions",)]


class Database:
    """A mentions table in an in-memory DuckDB, aggregated where it lies."""

    def __init__(self, mentions: pd.DataFrame) -> None:
        self.con = duckdb.connect()
        self.con.register("frame", mentions)
        self.con.execute("CREATE TABLE mentions AS SELECT * FROM frame")
        self.queries = 0

    def pushable(self, table: str) -> bool:
        return table == "mentions"

    def aggregate(self, sql, params):
        self.queries += 1
        return self.con.execute(sql, dict(params)).fetchall()


def random_mentions(seed: int, rows: int = 4000) -> pd.DataFrame:
    rng = np.random.default_rng(seed)

    def pick(values, p=None):
        return rng.choice(np.array(values, dtype=object), size=rows, p=p)

    start = pd.Timestamp("2026-02-01", tz="UTC")
    published = start + pd.to_timedelta(rng.integers(0, 120 * 24 * 60, rows), unit="min")
    published = pd.Series(published).where(rng.random(rows) > 0.01)  # a few without a time
    replied = published + pd.to_timedelta(rng.integers(-120, 72 * 60, rows), unit="min")
    counts = {
        name: pd.Series(rng.integers(0, 500, rows), dtype="Int64").where(rng.random(rows) > gap)
        for name, gap in (("reach", 0.3), ("likes", 0.4), ("comments", 0.6), ("shares", 0.7))
    }
    return frame(
        "mentions",
        {
            "published_at": published,
            "brand": pick(["Acme", "Rival", "Other", None], [0.45, 0.3, 0.15, 0.1]),
            "platform": pick(["vk", "telegram", "x", None]),
            "author": pick([f"a{i}" for i in range(60)] + [None] * 20),
            "sentiment": pick(["positive", "neutral", "negative", "unknown", "mixed", None]),
            "sentiment_source": pick(["export", "model", "manual", None]),
            "is_question": pd.array(pick([True, False, None]), dtype="boolean"),
            "replied_at": replied.where(rng.random(rows) < 0.3),
            **counts,
        },
    )


def periods_of(kind: str, tz_end: date) -> list[Period]:
    if kind == "weeks":
        week = iso_week(*tz_end.isocalendar()[:2])
        return [*periods_ending(week, 11), week]
    if kind == "ranges":
        last = Period(tz_end - timedelta(days=29), tz_end)
        return [*periods_ending(last, 3, "range"), last]
    return [Period(tz_end - timedelta(days=2), tz_end)]


def assert_same_frames(pushed: pd.DataFrame, whole: pd.DataFrame) -> None:
    for column in whole.columns:
        for a, b, start in zip(pushed[column], whole[column], whole.index, strict=True):
            assert (math.isnan(a) and math.isnan(b)) or a == b, (column, start, a, b)


@pytest.mark.parametrize("tz", ["Europe/Moscow", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu"])
@pytest.mark.parametrize("kind", ["weeks", "ranges", "days"])
@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("case_periods", [pushdown.CASE_PERIODS, 0], ids=["rows-compared", "rows-joined"])
def test_aggregated_indicators_equal_their_functions_on_random_tables(tz, kind, seed, case_periods, monkeypatch):
    """Rows find their period by comparing their time with the periods' bounds (a few periods), or by a join
    (many): both ways are held to the functions."""
    monkeypatch.setattr(pushdown, "CASE_PERIODS", case_periods)
    mentions = random_mentions(seed)
    periods = periods_of(kind, date(2026, 5, 10))  # weeks from February to May: summer time begins in March
    for brand, platforms in (("Acme", None), ("Rival", ["vk", "x"]), ("Nobody", None)):
        options = {"brand": brand, "platforms": platforms, "tz": tz, "ids": MENTIONS_IDS}
        database = Database(mentions)
        pushed = series(database, periods, **options)
        assert database.queries >= 2, "the indicators were not aggregated in the database"
        assert_same_frames(pushed, series({"mentions": mentions}, periods, **options))


def test_periods_whose_bounds_fall_between_slots_are_joined_on_times(monkeypatch):
    """A zone whose midnight is not on a 15-minute slot (none in use today) takes the range join."""
    mentions = random_mentions(3)
    periods = periods_of("weeks", date(2026, 5, 10))
    monkeypatch.setattr(pushdown, "SLOT_US", 7 * 60 * 1_000_000)  # 7 minutes: midnights are not on them
    database = Database(mentions)
    pushed = series(database, periods, brand="Acme", tz="Europe/Berlin", ids=MENTIONS_IDS)
    assert_same_frames(
        pushed, series({"mentions": mentions}, periods, brand="Acme", tz="Europe/Berlin", ids=MENTIONS_IDS)
    )


def test_a_table_without_rows_of_the_platforms_has_no_values():
    mentions = random_mentions(4)
    periods = periods_of("weeks", date(2026, 5, 10))
    pushed = series(Database(mentions), periods, brand="Acme", platforms=["ok"], ids=MENTIONS_IDS)
    assert pushed.isna().all().all()


@pytest.mark.parametrize(
    "name",
    [
        "apple_twitter_sentiment_Apple-Twitter-Sentiment-DFE.csv",
        "meltwater_Cote_dIvoire_OR_Ivory_Coast - Jan 29, 2026 - 5 21 00 PM.csv",
        "openmeasures_open-measures-data (2).csv",
        "airline_tweets_excel_resaved_AirlineTweets.csv",
    ],
)
def test_aggregated_indicators_equal_their_functions_on_real_exports(tmp_path, name):
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        report = workspace.import_file(REAL / name)
        assert report.error is None
        mentions = workspace.read("mentions")
        assert len(mentions) > 10
        days = mentions["published_at"].dt.tz_convert(workspace.settings()["tz"]).dt.date
        last = days.max()
        periods = [*periods_ending(iso_week(*last.isocalendar()[:2]), 7), iso_week(*last.isocalendar()[:2])]
        for brand in mentions["brand"].dropna().unique()[:3]:
            options = {"brand": brand, "tz": workspace.settings()["tz"], "ids": MENTIONS_IDS}
            lazy = WorkspaceTables(workspace, ["mentions"], lambda table: pytest.fail("the rows were read"))
            assert_same_frames(series(lazy, periods, **options), series({"mentions": mentions}, periods, **options))
    finally:
        workspace.close()


def test_every_mentions_indicator_is_aggregated_in_the_database():
    """A new indicator of the mentions alone is aggregated too, or a summary of a big brand reads its rows."""
    assert sorted(MENTIONS_IDS) == sorted(pushdown.FINISH)


@pytest.mark.parametrize("tz", ["Europe/Moscow", "Europe/Berlin", "Asia/Kathmandu"])
def test_the_days_of_spikes_are_counted_where_the_mentions_lie_as_from_their_rows(tz):
    from metrics.insights.spikes import _daily

    mentions = random_mentions(6)
    span, counts = pushdown.daily(Database(mentions), "Acme", tz)
    expected_span, expected_counts, _ = _daily(mentions, "Acme", tz)
    assert span.tolist() == expected_span.tolist() and len(span) > 100
    assert counts.tolist() == expected_counts.tolist() and counts.sum() > 1000


@pytest.mark.parametrize("platforms", [None, ["vk", "x"]])
def test_top_authors_counted_where_the_mentions_lie_are_the_ones_from_their_rows(platforms):
    from metrics.breakdowns import top_authors

    mentions = random_mentions(7)
    for brand, period in (
        ("Acme", Period(date(2026, 3, 1), date(2026, 3, 31))),
        ("Rival", periods_of("days", date(2026, 4, 2))[0]),
    ):
        options = {"brand": brand, "n": 10, "tz": "Europe/Berlin", "platforms": platforms}
        pushed = top_authors(Database(mentions), period, **options)
        whole = top_authors(mentions, period, **options)
        assert len(whole) > 0

        def rows(table):
            return [
                [None if pd.isna(v) else (float(v) if isinstance(v, (int, float)) else v) for v in row]
                for row in table.itertuples(index=False)
            ]

        assert rows(pushed) == rows(whole)


def test_a_workspaces_tables_ask_for_their_bounds_once(tmp_path, monkeypatch):
    """Every series of a summary and every rerun of a page needs the first and last day of the mentions:
    the workspace is asked once per platform filter."""
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        workspace.import_file(REAL / "apple_twitter_sentiment_Apple-Twitter-Sentiment-DFE.csv")
        asked: list[str] = []
        aggregate = workspace.aggregate
        monkeypatch.setattr(
            workspace, "aggregate", lambda sql, params=None: asked.append(sql) or aggregate(sql, params)
        )
        lazy = WorkspaceTables(workspace, ["mentions"], lambda table: pytest.fail("the rows were read"))
        last = workspace.read("mentions")["published_at"].max().date()
        week = iso_week(*last.isocalendar()[:2])
        for brand in ("Apple", "Other"):
            series(lazy, [*periods_ending(week, 3), week], brand=brand, ids=MENTIONS_IDS)
        assert sum("min(published_at)" in sql for sql in asked) == 1
        series(lazy, [week], brand="Apple", platforms=["x"], ids=MENTIONS_IDS)
        assert sum("min(published_at)" in sql for sql in asked) == 2
    finally:
        workspace.close()


@pytest.mark.parametrize("id", sorted(pushdown.FINISH))
def test_a_period_without_rows_is_finished_as_its_function_finishes_no_rows(id):
    """A period inside the data without any row of it (a gap between two exports) is finished from the
    statistics the statements give no rows, not from a frame: the same value as the function's over none."""
    spec = REGISTRY[id]
    for brand, tz, week in (("Acme", "Europe/Moscow", "2026-W10"), ("Rival", "America/St_Johns", "2026-W13")):
        period = iso_week(int(week[:4]), int(week[-2:]))
        options = {"brand": brand, "start": period.start, "end": period.end, "tz": tz, "our_brand": "Acme"}
        expected = float(spec.func(frame("mentions", {}), **{k: options[k] for k in spec.options}))
        got = pushdown.value(spec, None)
        assert (math.isnan(got) and math.isnan(expected)) or got == expected, (id, brand, got, expected)
