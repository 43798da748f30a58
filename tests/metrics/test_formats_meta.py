"""Meta exports as brand managers keep them: re-saved by Excel, stacked, sparse, or in a vintage of their own.

Each case is a few lines in the real layout (built here, so the bytes are visible) and what a user
must get from them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from metrics.ingest import read_export, sniff
from metrics.ingest.errors import IngestError
from resonance import say


def read(text: str, name: str, encoding: str = "utf-8"):
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    return read_export(data, name=name)


def days(frame: pd.DataFrame, column: str) -> list[tuple]:
    return [
        (d.strftime("%Y-%m-%d"), p, v) for d, p, v in zip(frame["date"], frame["platform"], frame[column], strict=True)
    ]


# --- daily series -----------------------------------------------------------------------------


def test_series_re_saved_by_excel_with_semicolons_and_a_padded_name_line():
    text = "Facebook follows;\nDate;Primary\n2025-11-02T00:00:00;3\n2025-11-03T01:00:00;0\n2025-11-04T01:00:00;5\n"
    result = read(text, "Follows.csv")
    assert (result.format_id, result.delimiter) == ("mbs_daily_series", ";")
    # Midnight or 1 a.m. by the day's daylight-saving time: the date is the day.
    assert days(result.frame, "followers_gained") == [
        ("2025-11-02", "facebook", 3),
        ("2025-11-03", "facebook", 0),
        ("2025-11-04", "facebook", 5),
    ]


@pytest.mark.parametrize(
    "metric, platform, column",
    [
        ("Follows", "facebook", "followers_gained"),
        ("Visits", "facebook", "page_views"),
        ("Instagram follows", "instagram", "followers_gained"),
    ],
)
def test_series_named_with_or_without_its_platform(metric, platform, column):
    text = f'sep=,\r\n"{metric}"\r\n"Date","Primary"\r\n"2025-01-01T01:00:00","4"\r\n\r\n'
    result = read(text, "series.csv", "utf-16-le")
    assert days(result.frame, column) == [("2025-01-01", platform, 4)]


def test_a_sparse_series_gives_the_days_it_has_and_no_others():
    text = 'sep=,\n"Instagram follows"\n"Date","Primary"\n"2025-10-31T00:00:00","4"\n"2025-11-05T00:00:00","1"\n'
    result = read(text, "IG_FOLLOWS.csv", "utf-16-le")
    assert days(result.frame, "followers_gained") == [("2025-10-31", "instagram", 4), ("2025-11-05", "instagram", 1)]


def test_two_series_stacked_in_one_file_are_both_read_each_with_its_platform():
    text = (
        "sep=\t\r\nFacebook reach\t\r\nDate\tPrimary\r\n2023-07-08T00:00:00\t2768\r\n2023-07-09T00:00:00\t2467\r\n"
        "\t\r\nInstagram reach\t\r\nDate\tPrimary\r\n2023-07-08T00:00:00\t120\r\n"
    )
    result = read(text, "Reach.csv", "utf-16-le")
    assert [leaf.format_id for leaf in result.leaves()] == ["mbs_daily_series", "mbs_daily_series"]
    frame = result.tables()["audience"]
    assert days(frame, "reach") == [
        ("2023-07-08", "facebook", 2768),
        ("2023-07-09", "facebook", 2467),
        ("2023-07-08", "instagram", 120),
    ]
    # Rows are numbered as in the file (the sep= line is line 1).
    assert frame["source_row"].tolist() == [4, 5, 9]
    assert [leaf.header_row for leaf in result.leaves()] == [3, 8]
    assert {leaf.encoding for leaf in result.leaves()} == {"utf-16"}


def test_audience_demographics_are_refused_with_what_they_are():
    text = (
        "Age & gender;;;\r\n;Women;Men;\r\n18-24;3.апр;1.юни;\r\n;;;\r\nFollows;;;\r\nDate;Primary;;\r\n"
        "2025-10-31T00:00:00;4;;\r\n"
    )
    with pytest.raises(IngestError) as refused:
        read(text, "Audience.csv", "cp1251")
    assert refused.value.code == "not_a_table.mbs_audience"
    assert "Follows.csv" in say.problem(refused.value, "en") and "Follows.csv" in say.problem(refused.value, "ru")


# --- rows that Excel wrapped in quotes ----------------------------------------------------------

ORIGINAL = (
    'Post ID,"Account ID","Account username",Description,"Publish time",Permalink,Views,Likes\n'
    '1816,1784,vintagerest.bg,"Первый ред\n\nвторой, с запятой",10/31/2025 11:04,'
    "https://www.instagram.com/reel/DQa/,120,7\n"
    "1817,1784,vintagerest.bg,Просто,11/01/2025 09:30,https://www.instagram.com/p/DQb/,80,3\n"
)
# The same rows after Excel opened them as one column and saved them again: each line holding a quote
# became one quoted cell with its quotes doubled; the caption's other lines stayed as they were.
MANGLED = (
    '"Post ID,""Account ID"",""Account username"",Description,""Publish time"",Permalink,Views,Likes"\n'
    '"1816,1784,vintagerest.bg,""Первый ред"\n\n"второй, с запятой"",10/31/2025 11:04,'
    'https://www.instagram.com/reel/DQa/,120,7"\n'
    "1817,1784,vintagerest.bg,Просто,11/01/2025 09:30,https://www.instagram.com/p/DQb/,80,3\n"
)


def test_rows_wrapped_in_quotes_are_recognised_and_unwrapped():
    assert sniff.row_quoted(MANGLED)
    assert sniff.unwrap_rows(MANGLED) == ORIGINAL
    assert not sniff.row_quoted(ORIGINAL)
    assert not sniff.row_quoted('"Name","Email"\n"Ann","a@x"\n"Bob","b@x"\n')  # an ordinary quoted CSV
    assert not sniff.row_quoted('"Text"\n"He said ""hi"", twice"\n"Bye, then"\n')  # one column of quoted text


def test_a_wrapped_export_reads_as_the_original_with_a_warning_that_says_so():
    original = read(ORIGINAL, "INSTAGRAM_RAW.csv")
    mangled = read("\ufeff" + MANGLED, "INSTAGRAM_RAW.csv")
    assert mangled.format_id == original.format_id == "mbs_instagram_posts"
    columns = ["post_id", "text", "impressions", "likes", "source_row"]
    pd.testing.assert_frame_equal(mangled.frame[columns], original.frame[columns])
    assert mangled.frame["text"].iloc[0] == "Первый ред\n\nвторой, с запятой"
    assert [w.code for w in mangled.warnings] == ["row_quoted"]
    assert original.warnings == []


# --- posts ------------------------------------------------------------------------------------


def test_business_suite_facebook_videos_are_posts_keyed_by_their_video_asset_id():
    text = (
        'Video asset ID,"Universal video ID","Page ID","Page name",Title,"Publish time",Date,Reach,'
        '"3-second video views",Reactions,Comments,Shares\n'
        '4388,,1910,"Restaurant Vintage",,11/01/2025 11:04,Lifetime,2222,1488,24,1,2\n'
    )
    result = read(text, "Oct-31-2025_Dec-30-2025_1664278361210560.csv")
    assert (result.format_id, result.table) == ("mbs_facebook_videos", "posts")
    row = result.frame.iloc[0]
    assert (row["post_id"], row["platform"], row["account"], row["reach"], row["video_views"], row["likes"]) == (
        "4388",
        "facebook",
        "Restaurant Vintage",
        2222,
        1488,
        24,
    )


def test_legacy_posts_without_video_columns_are_read():
    text = (
        "Post ID,Permalink,Post Message,Type,Posted,Lifetime Post Total Reach\n"
        ",,,,,Lifetime: The total number of people your Page post was served to. (Unique Users)\n"
        "1_2,https://www.facebook.com/x/posts/2,Hello,Photo,02/19/2014 04:29:18 AM,10\n"
    )
    result = read(text, "posts.csv")
    assert (result.format_id, result.frame["reach"].tolist()) == ("fb_insights_posts", [10])


def test_dates_that_cannot_be_read_are_named_not_every_required_column():
    text = (
        "Post ID,Permalink,Post Message,Type,Posted,Lifetime Post Total Reach\n"
        ",,,,,Lifetime: The total number of people your Page post was served to. (Unique Users)\n"
        "1_2,https://www.facebook.com/x/posts/2,Hello,Photo,Thursday the 19th at 23:45,10\n"
        "1_3,https://www.facebook.com/x/posts/3,Hi,Photo,Friday the 20th at 10:00,12\n"
    )
    with pytest.raises(IngestError) as error:
        read(text, "posts.csv")
    assert (error.value.code, error.value.problem.column) == ("unreadable_dates", "Posted")
    for lang in ("en", "ru"):
        message = say.problem(error.value, lang)
        assert "«Posted»" in message and "Thursday the 19th at 23:45" in message and "post_id" not in message


def test_a_legacy_page_export_in_windows_1252_with_a_serbian_town_is_read():
    text = (
        "Date,Lifetime Total Likes,Daily New Likes,Daily Total Reach,Daily City: People Talking About This - Niš\r\n"
        ",Lifetime: The total number of people who have liked your Page. (Unique Users),Daily: new likes,"
        "Daily: reach,Daily: people in Niš\r\n"
        "8/24/2014,200,3,310,1\r\n"
    )
    result = read(text, "Facebook Insights Data Export - Vic - 2014-10-02.csv", "cp1252")
    assert (result.format_id, result.encoding) == ("fb_insights_page", "cp1252")
    assert result.frame[["followers", "followers_gained", "reach"]].iloc[0].tolist() == [200, 3, 310]
