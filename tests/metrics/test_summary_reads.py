"""A summary read from a workspace reads only the days, tables and columns it needs, and says the same as one
given the whole tables."""

import math
from datetime import date

import pandas as pd
import pytest

from metrics import store
from metrics import summary as summaries
from metrics.periods import Period, month, parse_week

MENTIONS = "Дата,Бренд,Площадка,Автор,Текст,Охват,Лайки,Комментарии,Репосты,Тональность\n"


def same_numbers(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == b


def assert_same(read: summaries.Summary, whole: summaries.Summary) -> None:
    assert read.indicators.keys() == whole.indicators.keys()
    for id, figure in read.indicators.items():
        other = whole.indicators[id]
        for name, value in vars(figure).items():
            expected = vars(other)[name]
            assert same_numbers(value, expected) if isinstance(value, float) else value == expected, (id, name)
    pd.testing.assert_frame_equal(read.trend, whole.trend)
    pd.testing.assert_frame_equal(read.comparison, whole.comparison)
    assert read.headlines == whole.headlines
    assert [(s.day, s.mentions, s.quotes) for s in read.spikes or ()] == [
        (s.day, s.mentions, s.quotes) for s in whole.spikes or ()
    ]
    assert read.voice == whole.voice
    assert (read.association is None) == (whole.association is None)
    if read.association is not None and whole.association is not None:
        assert read.association.finding.code == whole.association.finding.code


@pytest.fixture(scope="module")
def demo(demo_workspace):
    workspace = store.open_workspace(demo_workspace, create=False)
    return workspace, workspace.read_all()


@pytest.mark.parametrize(
    ("period", "brand", "n", "include"),
    [
        pytest.param(parse_week("2026-W47"), "Зерно", 12, summaries.PARTS, id="a week, every part"),
        pytest.param(parse_week("2026-W47"), "Крона", 12, summaries.PARTS, id="a competitor's week"),
        pytest.param(month(2026, 10), "Зерно", 5, ("context",), id="a month, as the command line asks"),
        pytest.param(Period(date(2026, 1, 1), date(2026, 11, 30)), "Зерно", 5, ("context",), id="most of a year"),
        pytest.param(parse_week("2020-W01"), "Зерно", 5, summaries.PARTS, id="before the data"),
    ],
)
def test_a_workspace_summary_says_what_the_whole_tables_say(demo, period, brand, n, include):
    workspace, tables = demo
    options = {"period": period, "brand": brand, "n": n, "include": include}
    assert_same(summaries.summary(workspace, **options), summaries.summary(workspace, tables=tables, **options))


def test_a_period_without_mentions_between_days_with_them_counts_zero_not_no_data(tmp_path):
    workspace = store.open_workspace(tmp_path / "gap.duckdb")
    rows = [f"2026-{m:02d}-10 12:00,Зерно,vk,a{m},текст,100,1,0,0,positive\n" for m in (1, 2, 11, 12)]
    workspace.import_file((MENTIONS + "".join(rows)).encode(), name="gap.csv")
    week = parse_week("2026-W27")  # July: months after the first rows, months before the last ones
    s = summaries.summary(workspace, period=week, brand="Зерно", n=5, include=("context",))
    assert s.indicators["mentions"].value == 0.0 and s.indicators["mentions"].no_value is None
    read = workspace.read("mentions", start=week.start, end=week.end, with_ends=True)
    assert sorted(read["author"]) == ["a1", "a12"]  # no row in the week: only the first and the last
    workspace.close()


def test_the_spikes_of_a_summary_are_the_days_the_whole_history_finds(demo):
    """Texts are read for the spike days only, but each day is judged against the weeks before it in the
    whole history: an early spike of the twelve weeks shown is not lost."""
    from metrics.insights.spikes import find_spikes
    from metrics.periods import periods_ending

    workspace, tables = demo
    week = parse_week("2026-W47")
    shown = periods_ending(week, 11)[0]
    s = summaries.summary(workspace, period=week, brand="Зерно", include=("spikes",))
    expected = find_spikes(tables["mentions"], brand="Зерно", start=shown.start, end=week.end, tz="Europe/Moscow")
    assert [x.day for x in s.spikes] == [x.day for x in expected]
    assert shown.start <= min(x.day for x in expected) < date(2026, 10, 1)  # an early one is among them
