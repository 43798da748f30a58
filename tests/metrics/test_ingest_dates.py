"""Dates as exports really write them: US days and 12-hour times, Russian month abbreviations,
days without a year, and the message when a required date column cannot be read at all."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import read_export, values

PLATFORMS = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "platforms"
LEGACY_POSTS = "Facebook Insights Data Export (Post Level) - Zerno Coffee - 2020-08-03.csv"
LEGACY_PAGE = "Facebook Insights Data Export - Zerno Coffee - 2020-08-03.csv"
MSK = "Europe/Moscow"


def days(parsed: pd.Series, fmt: str = "%Y-%m-%d %H:%M") -> list:
    return [None if pd.isna(v) else v.strftime(fmt) for v in parsed]


def local(frame: pd.DataFrame, column: str = "published_at") -> list[str]:
    return frame[column].dt.tz_convert(MSK).dt.strftime("%Y-%m-%d %H:%M").tolist()


# --- US days and 12-hour times ----------------------------------------------------------------


def test_legacy_facebook_posts_with_12_hour_times_and_days_without_a_time():
    data = (PLATFORMS / LEGACY_POSTS).read_bytes().decode("utf-8-sig")
    data = (data.replace("10/1/2015 21:00", "02/19/2015 11:45:22 PM").replace("10/5/2015 9:07", "8/24/2014")
            .replace("10/12/2015 18:30", "10/12/2015 6:30:00 AM"))
    result = read_export(data.encode("utf-8-sig"), name=LEGACY_POSTS, today=date(2026, 11, 26))
    assert result.format_id == "fb_insights_posts"
    assert (result.rows_read, result.rows_skipped, result.warnings) == (3, {}, [])
    assert local(result.frame) == ["2015-02-19 23:45", "2014-08-24 00:00", "2015-10-12 06:30"]


def test_legacy_facebook_page_with_us_days_not_zero_padded():
    data = (PLATFORMS / LEGACY_PAGE).read_bytes().decode("utf-8-sig")
    data = data.replace("2020-07-28", "7/28/2020").replace("2020-07-29", "7/29/2020").replace("2020-07-30", "7/30/2020")
    result = read_export(data.encode("utf-8-sig"), name=LEGACY_PAGE, today=date(2026, 11, 26))
    assert result.format_id == "fb_insights_page"
    assert result.rows_read == 3 and result.warnings == []
    assert result.frame["date"].dt.strftime("%Y-%m-%d").tolist() == ["2020-07-28", "2020-07-29", "2020-07-30"]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # Legacy Facebook: US order, no zero padding, 12-hour times with seconds, and days alone.
        (["02/19/2015 11:45:22 PM", "8/24/2014"], ["2015-02-19 23:45", "2014-08-24 00:00"]),
        (["8/24/2014 9:05 am", "12/1/2014 12:10 PM"], ["2014-08-24 09:05", "2014-12-01 12:10"]),
        # Day first with dots in the time (Excel in Russian), slashes, year first.
        (["24-02-2015 11.35", "25-02-2015 9.05"], ["2015-02-24 11:35", "2015-02-25 09:05"]),
        (["24.02.2015 11.35", "01.03.2015"], ["2015-02-24 11:35", "2015-03-01 00:00"]),
        (["2015/02/24", "2015/3/1 10:00"], ["2015-02-24 00:00", "2015-03-01 10:00"]),
        (["24/02/2015 11:35:00", "03/04/2015"], ["2015-02-24 11:35", "2015-04-03 00:00"]),  # day first: 24
        (["03/04/2015 11:35:00 PM", "12/25/2015"], ["2015-03-04 23:35", "2015-12-25 00:00"]),  # month first: 25
        (["24 February 2015", "1 March 2015"], ["2015-02-24 00:00", "2015-03-01 00:00"]),
    ],
)
def test_generic_columns_read_every_common_layout(cells, expected):
    parsed, bad = values.dates(pd.Series(cells))
    assert days(parsed) == expected
    assert not bad.any()


def test_a_generic_mentions_table_keeps_rows_with_12_hour_times():
    data = ("Date,Text,URL\n"
            "02/19/2015 11:45:22 PM,first,https://example.com/1\n"
            "8/24/2014,second,https://example.com/2\n").encode()
    result = read_export(data, name="mentions.csv", tz="UTC", today=date(2026, 11, 26))
    assert result.format_id == "generic_mentions"
    assert (result.rows_read, result.warnings) == (2, [])
    assert days(result.frame["published_at"]) == ["2015-02-19 23:45", "2014-08-24 00:00"]
