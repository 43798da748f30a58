"""Golden tests for the platforms' own exports: Meta, X, YouTube, TikTok, LinkedIn.

Each fixture is a small file in the platform's real layout (encoding, quoting, preamble and
description rows, totals rows) with invented values, and the canonical rows it must give.
"""

import re
from datetime import date
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import xlrd

from metrics.ingest import read_export, sniff
from metrics.ingest.errors import IngestError
from metrics.ingest.formats import BY_ID, FORMATS, resolve
from resonance.words.formats import TEXTS

PLATFORMS = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "platforms"
TODAY = date(2026, 11, 26)
MSK = "Europe/Moscow"


def read(name: str, today: date = TODAY):
    return read_export(PLATFORMS / name, today=today)


def rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The chosen columns as plain tuples, NA as None: what a user would see in a table."""
    out = frame[columns].astype(object).where(frame[columns].notna(), None)
    return [tuple(r) for r in out.itertuples(index=False)]


def local(frame: pd.DataFrame, column: str = "published_at") -> list[str]:
    """Timestamps as the business time zone shows them."""
    return frame[column].dt.tz_convert(MSK).dt.strftime("%Y-%m-%d %H:%M").tolist()


# --- Meta -------------------------------------------------------------------------------------


def test_meta_business_suite_facebook_posts_2025_variant():
    result = read("Nov-01-2025_Nov-30-2025_1039829308656930.csv")
    assert (result.format_id, result.table, result.encoding) == ("mbs_facebook_posts", "posts", "utf-8-sig")
    assert rows(
        result.frame,
        [
            "platform",
            "account",
            "post_id",
            "format",
            "impressions",
            "reach",
            "likes",
            "comments",
            "shares",
            "clicks",
            "video_views",
        ],
    ) == [
        ("facebook", "Zerno Coffee", "122158412345678901", "Photos", 3450, 2100, 180, 20, 12, 95, None),
        ("facebook", "Zerno Coffee", "1234567890123456", "Reels", 12800, 9100, 590, 31, 19, 210, 5400),
    ]
    # "Views" is the impressions column now; the Excel-mangled id is taken from the permalink.
    assert local(result.frame) == ["2025-11-10 21:00", "2025-11-14 09:30"]
    assert set(result.frame["snapshot_date"]) == {pd.Timestamp("2025-11-30")}
    assert [(w.code, w.row, w.column, w.params["count"]) for w in result.warnings] == [
        ("mangled_id", None, "Post ID", 1)
    ]


@pytest.mark.parametrize(
    "name, column, expected",
    [
        # A follows series is sparse: the missing day had no follows, and no row is made up for it.
        ("Follows.csv", "followers_gained", [("2025-11-01", 3), ("2025-11-03", 5)]),
        ("Visits.csv", "page_views", [("2025-11-01", 120), ("2025-11-02", 98), ("2025-11-03", 143)]),
        ("Viewers.csv", "reach", [("2025-11-01", 2310), ("2025-11-02", 1980)]),
    ],
)
def test_meta_business_suite_daily_series_routed_by_metric_name(name, column, expected):
    result = read(name)
    assert (result.format_id, result.encoding, result.header_row) == ("mbs_daily_series", "utf-16", 3)
    frame = result.frame
    assert set(frame["platform"]) == {"facebook"}
    assert [(d.strftime("%Y-%m-%d"), v) for d, v in rows(frame, ["date", column])] == expected
    other = {"followers_gained", "page_views", "reach"} - {column}
    assert frame[list(other)].isna().all().all()
    assert result.warnings == []


def test_meta_views_series_has_no_audience_column_and_is_not_recognised():
    with pytest.raises(IngestError) as error:
        read("Views.csv")
    assert error.value.code == "unknown_layout"


def test_legacy_facebook_insights_post_level_export():
    result = read("Facebook Insights Data Export (Post Level) - Zerno Coffee - 2020-08-03.csv")
    assert (result.format_id, result.table, result.header_row) == ("fb_insights_posts", "posts", 1)
    assert rows(
        result.frame,
        [
            "platform",
            "account",
            "post_id",
            "format",
            "impressions",
            "reach",
            "likes",
            "comments",
            "shares",
            "clicks",
            "video_views",
            "source_row",
        ],
    ) == [
        ("facebook", "Zerno Coffee", "158000000000101", "Photo", 2500, 1200, 70, 6, 5, 130, None, 3),
        # Organic and paid video views: the first of each duplicated column (the total count), added.
        ("facebook", "Zerno Coffee", "158000000000102", "Video", 5200, 3400, 171, 14, 22, 380, 950, 4),
        ("facebook", "Zerno Coffee", "158000000000103", "Link", 900, 640, 33, 1, 2, 31, None, 5),
    ]
    # "Posted" is M/D/YYYY H:MM without zero padding, in local time; the text keeps its line break.
    assert local(result.frame) == ["2015-10-01 21:00", "2015-10-05 09:07", "2015-10-12 18:30"]
    assert result.frame["text"].iloc[0] == "Новая смесь «Север»\nуже в кофейнях"
    assert set(result.frame["snapshot_date"]) == {pd.Timestamp("2020-08-03")}
    # The description row under the header is neither a data row, nor skipped, nor a warning.
    assert (result.rows_read, result.rows_skipped, result.warnings) == (3, {}, [])


def test_legacy_facebook_insights_page_level_export():
    result = read("Facebook Insights Data Export - Zerno Coffee - 2020-08-03.csv")
    assert (result.format_id, result.table) == ("fb_insights_page", "audience")
    assert rows(
        result.frame,
        ["date", "platform", "account", "followers", "followers_gained", "followers_lost", "page_views", "reach"],
    ) == [
        (pd.Timestamp("2020-07-28"), "facebook", "Zerno Coffee", 10412, 14, 3, 61, 5400),
        (pd.Timestamp("2020-07-29"), "facebook", "Zerno Coffee", 10425, 16, None, 48, 4900),  # an empty cell is no data
        (pd.Timestamp("2020-07-30"), "facebook", "Zerno Coffee", 10431, 9, 3, 55, 5010),
    ]
    assert (result.rows_read, result.rows_skipped, result.warnings) == (3, {}, [])


# --- X ----------------------------------------------------------------------------------------


def test_x_legacy_tweet_activity():
    result = read("tweet_activity_metrics_zernocoffee_20211101_20211201_en.csv")
    assert (result.format_id, result.table) == ("x_tweet_activity", "posts")
    frame = result.frame
    # Counts written as floats ("2150.0"); promoted columns ("-" or paid numbers) are not organic counts.
    assert rows(frame, ["platform", "account", "post_id", "impressions", "likes", "comments", "shares", "clicks"]) == [
        ("x", "zernocoffee", "1465790000000000001", 2150, 31, 3, 5, 9),
        ("x", "zernocoffee", "1464100000000000002", 980, 11, 0, 1, 4),
        ("x", "zernocoffee", "1462000000000000003", 120, 2, 1, 0, 0),
    ]
    assert frame["published_at"].tolist() == [
        pd.Timestamp("2021-11-30 16:00", tz="UTC"),
        pd.Timestamp("2021-11-26 09:15", tz="UTC"),
        pd.Timestamp("2021-11-20 18:42", tz="UTC"),
    ]
    # A multi-line text with doubled quotes and an HTML entity.
    assert frame["text"].iloc[0] == 'Зимнее меню: раф с имбирём & пряный латте\n\nВ кофейнях "Зерно" с 1 декабря'
    # The period's last day, from the file name, is the snapshot.
    assert set(frame["snapshot_date"]) == {pd.Timestamp("2021-12-01")}
    assert (result.rows_skipped, result.warnings) == ({}, [])


def test_x_legacy_tweet_activity_2015_vintage_with_favorites():
    result = read("tweet_activity_metrics_zernocoffee_20151001_20151101_en.csv")
    assert result.format_id == "x_tweet_activity"
    assert rows(result.frame, ["post_id", "impressions", "likes", "shares"]) == [
        ("659000000000000001", 1530, 17, 4),
        ("652000000000000002", 870, 9, 1),
    ]


def test_x_current_post_export_skips_undefined_rows_and_takes_time_from_the_id():
    result = read("account_analytics_content_2026-11-16_2026-11-22.csv")
    assert (result.format_id, result.table) == ("x_posts", "posts")
    frame = result.frame
    assert rows(
        frame, ["platform", "account", "impressions", "likes", "comments", "shares", "saves", "clicks", "source_row"]
    ) == [
        ("x", "zernocoffee", 1840, 22, 3, 5, 4, 7, 2),
        ("x", "zernocoffee", 702, 9, 1, 2, 0, 0, 3),
        ("x", "zernocoffee", 95, 1, 0, 0, 0, 0, 6),
    ]
    # "Sun, Nov 22, 2026" is a UTC day; the snowflake id gives the exact time within it.
    assert frame["published_at"].tolist() == [
        pd.Timestamp("2026-11-22 08:15:30.250", tz="UTC"),
        pd.Timestamp("2026-11-20 23:50:02", tz="UTC"),
        pd.Timestamp("2026-11-17 11:03:45.500", tz="UTC"),
    ]
    assert frame["post_id"].iloc[0] == "2124416467465249459"
    # The two "/status/undefined" rows are skipped and counted, without warnings.
    assert (result.rows_skipped, result.warnings) == ({"missing_required_value": 2}, [])


def test_x_account_overview_by_day():
    result = read("account_overview_analytics.csv")
    assert (result.format_id, result.table) == ("x_account_overview", "audience")
    assert rows(result.frame, ["date", "platform", "followers_gained", "followers_lost", "page_views"]) == [
        (pd.Timestamp("2026-11-22"), "x", 12, 3, 1045),  # "1,045": a thousands separator inside quotes
        (pd.Timestamp("2026-11-21"), "x", 4, 5, 388),
        (pd.Timestamp("2026-11-20"), "x", 9, 1, 1310),
    ]


# --- YouTube ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, skipped",
    [
        ("Table data.csv", {"total_row": 1, "missing_required_value": 1}),  # one private video: no publish time
        ("Table data (1).csv", {"total_row": 1}),  # Russian headers, "Итоговое значение", "27 сент. 2024 г."
    ],
)
def test_youtube_studio_table_data_by_video(name, skipped):
    result = read(name)
    assert (result.format_id, result.table) == ("youtube_videos", "posts")
    frame = result.frame
    # The leading space that guards an id starting with "-" is stripped; negative subscribers are ignored.
    assert rows(frame, ["platform", "post_id", "url", "impressions", "video_views"]) == [
        ("youtube", "aB3dE5fG7hI", "https://youtu.be/aB3dE5fG7hI", 250400, 18250),
        ("youtube", "-xY9zW8vU7t", "https://youtu.be/-xY9zW8vU7t", 151900, 7610),
    ]
    assert local(frame) == ["2024-09-27 00:00", "2024-11-03 00:00"]
    assert frame["text"].iloc[1] == "Раф с имбирём за 60 секунд"
    assert set(frame["snapshot_date"]) == {pd.Timestamp(TODAY)}
    assert (result.rows_skipped, result.warnings) == (skipped, [])


# --- TikTok -----------------------------------------------------------------------------------


def test_tiktok_content_without_years_in_russian():
    result = read("tiktok_ru/Content.csv")
    assert (result.format_id, result.table) == ("tiktok_content", "posts")
    frame = result.frame
    assert rows(
        frame, ["platform", "account", "post_id", "impressions", "video_views", "likes", "comments", "shares"]
    ) == [
        ("tiktok", "zerno.coffee", "7593000000000000001", 28590, 28590, 529, 17, 12),
        ("tiktok", "zerno.coffee", "7588000000000000002", 41000, 41000, 1200, 40, 33),  # "1.2K"
    ]
    # "Time" is the export day and the snapshot; a December post in a January export is last year's.
    assert local(frame) == ["2026-01-10 00:00", "2025-12-28 00:00"]
    assert set(frame["snapshot_date"]) == {pd.Timestamp("2026-01-18")}


def test_tiktok_post_dated_after_the_export_day_belongs_to_the_year_before():
    # Read in late December, "28 декабря" would be this year: the "Time" column says the export was in January.
    frame = read("tiktok_ru/Content.csv", today=date(2026, 12, 30)).frame
    assert local(frame) == ["2026-01-10 00:00", "2025-12-28 00:00"]


def test_tiktok_content_with_english_month_names():
    result = read("tiktok_en/Content.csv")
    assert result.format_id == "tiktok_content"
    assert rows(result.frame, ["post_id", "impressions", "likes"]) == [("7545000000000000003", 9870, 212)]
    assert local(result.frame) == ["2026-08-28 00:00"]
    assert set(result.frame["snapshot_date"]) == {pd.Timestamp("2026-09-03")}


def test_tiktok_overview_keeps_profile_views():
    result = read("tiktok_ru/Overview.csv")
    assert (result.format_id, result.table) == ("tiktok_overview", "audience")
    assert rows(result.frame, ["date", "platform", "page_views", "reach", "followers"]) == [
        (pd.Timestamp("2026-01-16"), "tiktok", 14, None, None),
        (pd.Timestamp("2026-01-17"), "tiktok", 22, None, None),
        (pd.Timestamp("2026-01-18"), "tiktok", 9, None, None),
    ]


def test_tiktok_zip_reads_as_two_parts():
    result = read("tiktok_ru.zip")
    assert [(p.file, p.format_id, p.rows_read) for p in result.parts] == [
        ("tiktok_ru.zip/Content.csv", "tiktok_content", 2),
        ("tiktok_ru.zip/Overview.csv", "tiktok_overview", 3),
    ]
    assert set(result.tables()) == {"posts", "audience"}


# --- LinkedIn ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["zerno-coffee_content_1763900000000.xls", "zerno-coffee_content_1763900000000.xlsx"])
def test_linkedin_content_workbook_metrics_and_posts(name):
    result = read(name)
    metrics, posts = result.parts
    assert [(p.sheet, p.format_id, p.header_row) for p in result.parts] == [
        ("Metrics", "linkedin_metrics", 2),
        ("All posts", "linkedin_posts", 2),
    ]
    # Only unique impressions have an audience column; the negative reactions of a day are not read.
    assert rows(metrics.frame, ["date", "platform", "reach"]) == [
        (pd.Timestamp("2026-11-16"), "linkedin", 301),
        (pd.Timestamp("2026-11-17"), "linkedin", 480),
        (pd.Timestamp("2026-11-18"), "linkedin", 250),
    ]
    assert rows(
        posts.frame,
        ["platform", "post_id", "format", "impressions", "video_views", "clicks", "likes", "comments", "shares"],
    ) == [
        ("linkedin", "urn:li:activity:7396000000000000001", "Image", 1240, None, 48, 31, 4, 2),
        ("linkedin", "urn:li:activity:7397000000000000002", "Video", 5300, 410, 130, 57, 9, 6),
    ]
    assert local(posts.frame) == ["2026-11-16 00:00", "2026-11-17 00:00"]
    assert posts.frame["text"].tolist() == ["Мы открыли кофейню на Таганке", "Ищем бариста в команду"]
    assert all(p.warnings == [] and p.rows_skipped == {} for p in result.parts)


def test_linkedin_new_followers_are_gained_not_the_audience_size():
    result = read("zerno-coffee_followers_1763900000000.xls")
    assert (result.format_id, result.sheet, result.parts) == ("linkedin_new_followers", "New followers", [])
    assert rows(result.frame, ["date", "platform", "followers", "followers_gained"]) == [
        (pd.Timestamp("2026-11-16"), "linkedin", None, 7),
        (pd.Timestamp("2026-11-17"), "linkedin", None, 15),
        (pd.Timestamp("2026-11-18"), "linkedin", None, 4),
    ]


# --- No fixture could be taken for another format -----------------------------------------------

EXPECTED = {
    "Nov-01-2025_Nov-30-2025_1039829308656930.csv": "mbs_facebook_posts",
    "Follows.csv": "mbs_daily_series",
    "Visits.csv": "mbs_daily_series",
    "Viewers.csv": "mbs_daily_series",
    "Facebook Insights Data Export (Post Level) - Zerno Coffee - 2020-08-03.csv": "fb_insights_posts",
    "Facebook Insights Data Export - Zerno Coffee - 2020-08-03.csv": "fb_insights_page",
    "tweet_activity_metrics_zernocoffee_20211101_20211201_en.csv": "x_tweet_activity",
    "tweet_activity_metrics_zernocoffee_20151001_20151101_en.csv": "x_tweet_activity",
    "account_analytics_content_2026-11-16_2026-11-22.csv": "x_posts",
    "account_overview_analytics.csv": "x_account_overview",
    "Table data.csv": "youtube_videos",
    "Table data (1).csv": "youtube_videos",
    "tiktok_ru/Content.csv": "tiktok_content",
    "tiktok_en/Content.csv": "tiktok_content",
    "tiktok_ru/Overview.csv": "tiktok_overview",
    "zerno-coffee_content_1763900000000.xls": "linkedin_metrics+linkedin_posts",
    "zerno-coffee_content_1763900000000.xlsx": "linkedin_metrics+linkedin_posts",
    "zerno-coffee_followers_1763900000000.xls": "linkedin_new_followers",
}


def head_tables(path: Path) -> list[list[list[str]]]:
    """The first rows of a text file, or of each sheet of a workbook, as text."""
    data = path.read_bytes()
    kind = sniff.container(data, path.name)
    if kind == "xls":
        book = xlrd.open_workbook(file_contents=data)
        return [[[str(c.value) for c in s.row(r)] for r in range(min(s.nrows, 25))] for s in book.sheets()]
    if kind == "xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        return [
            [["" if v is None else str(v) for v in r] for r in s.iter_rows(max_row=25, values_only=True)]
            for s in book.worksheets
        ]
    text, _ = sniff.split_sep_line(sniff.decode(data, path.name)[0])
    return [[row for _, row in sniff.head_rows(text, sniff.delimiter(text), 25)]]


def test_every_fixture_is_fully_covered():
    files = {str(p.relative_to(PLATFORMS)) for p in PLATFORMS.rglob("*") if p.is_file()}
    assert files - set(EXPECTED) == {"Views.csv", "tiktok_ru.zip"}  # tested above: unrecognised, and two parts


@pytest.mark.parametrize("name, expected", sorted(EXPECTED.items()))
def test_fixture_is_read_as_its_format_and_no_other_could_win(name, expected):
    result = read(name)
    assert "+".join(leaf.format_id for leaf in result.leaves()) == expected
    for rows_ in head_tables(PLATFORMS / name):
        for i, row in enumerate(rows_):
            preamble = "\n".join(",".join(r) for r in rows_[:i])
            matching = [
                f
                for f in FORMATS
                if (not f.preamble or any(re.search(f.preamble, line) for line in preamble.splitlines()))
                and all(c in resolve(f, row) for c in f.signature)
            ]
            ours = [f for f in matching if f.id in expected.split("+")]
            if ours:
                # Every other format that also fits this header has a shorter signature, so it loses.
                assert all(len(f.signature) < len(ours[0].signature) for f in matching if f not in ours), (
                    name,
                    [f.id for f in matching],
                )


def test_every_platform_format_has_a_label_in_both_languages():
    ids = {fid for value in EXPECTED.values() for fid in value.split("+")}
    assert ids <= set(BY_ID)
    assert all(set(TEXTS[f"format.{fid}"]) == {"en", "ru"} for fid in ids)
