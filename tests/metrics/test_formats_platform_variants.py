"""Variants of platform exports seen in real files: the layouts differ from the documented ones in a
header's spelling, a date's form, or a value a platform writes for "no data"."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from metrics.ingest import IngestError, read_export

TODAY = date(2026, 11, 26)


def read(text: str, name: str, today: date = TODAY):
    return read_export(text.encode("utf-8"), name=name, today=today)


def rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    out = frame[columns].astype(object).where(frame[columns].notna(), None)
    return [tuple(r) for r in out.itertuples(index=False)]


# --- X ----------------------------------------------------------------------------------------


def test_x_post_export_with_link_and_dates_without_commas():
    text = (
        "Post id,Date,Post text,Link,Impressions,Likes,Engagements,Bookmarks,Share,New follows,Replies,Reposts,"
        "Profile visits,Detail expands,Url clicks,Hashtag clicks,Permalink clicks\r\n"
        '1902622306553184746,Thu Mar 20 2025,"hello, world",https://x.com/KaiaDevIntern/status/1902622306553184746,'
        "33,2,3,1,0,0,1,4,0,0,5,0,0\r\n"
    )
    result = read(text, "account_analytics_content_2024-12-22_2025-03-22.csv")
    assert (result.format_id, result.table) == ("x_posts", "posts")
    assert rows(
        result.frame, ["account", "post_id", "impressions", "likes", "comments", "shares", "saves", "clicks"]
    ) == [("KaiaDevIntern", "1902622306553184746", 33, 2, 1, 4, 1, 5)]
    assert result.frame["published_at"].dt.strftime("%Y-%m-%d").tolist() == ["2025-03-20"]


def test_x_legacy_daily_activity_takes_its_handle_from_the_file_name():
    text = (
        '"Date","Tweets published","impressions","engagements","likes","user profile clicks","follows"\n'
        '"2021-07-01","0","1168","15","5","1","0"\n"2021-07-02","2","519","2","0","4","0"\n'
    )
    result = read(text, "daily_tweet_activity_metrics_ADHOrg_20210701_20210731_en.csv")
    assert (result.format_id, result.table) == ("x_daily_activity", "audience")
    assert rows(result.frame, ["date", "platform", "account", "page_views", "followers_gained"]) == [
        (pd.Timestamp("2021-07-01"), "x", "ADHOrg", 1, None),
        (pd.Timestamp("2021-07-02"), "x", "ADHOrg", 4, None),
    ]


# --- TikTok -----------------------------------------------------------------------------------


def test_tiktok_business_overview_by_day_with_years_and_nan():
    text = (
        "\ufeffDate,Video views,Reached audience,Profile views,Likes,Shares,Comments,Phone number clicks ,"
        "Leads submission,Net growth,New followers,Lost followers\n"
        "2025/10/31,715,NAN,25,26,4,7,0,0,10,10,0\n2025/11/01,75155,75134,539,845,244,58,0,0,98,100,2\n"
    )
    result = read(text, "TIKTOK_RAW.csv")
    assert (result.format_id, result.table) == ("tiktok_business_overview", "audience")
    # "NAN" is TikTok's "no data": a missing value, not a warning; net growth is gained minus lost, read once.
    assert rows(
        result.frame, ["date", "platform", "followers_gained", "followers_lost", "followers_net", "page_views", "reach"]
    ) == [
        (pd.Timestamp("2025-10-31"), "tiktok", 10, 0, None, 25, None),
        (pd.Timestamp("2025-11-01"), "tiktok", 100, 2, None, 539, 75134),
    ]
    assert (result.rows_skipped, result.warnings) == ({}, [])


def test_tiktok_video_list_with_post_times_and_favorites():
    text = (
        "\ufeffVideo title,Video link,Post time,Video views,Likes,Comments,Shares,Add to Favorites\n"
        '"Пастата е 🔥, ела",https://www.tiktok.com/@vintagerest.bg/video/7567452112981069079,'
        "2025/10/31 18:19:10,172353,1774,42,413,180\n"
    )
    result = read(text, "TIKTOK_VIDEO_RAW.csv")
    assert (result.format_id, result.table) == ("tiktok_video_list", "posts")
    assert rows(
        result.frame, ["platform", "account", "post_id", "video_views", "likes", "comments", "shares", "saves"]
    ) == [("tiktok", "vintagerest.bg", "7567452112981069079", 172353, 1774, 42, 413, 180)]
    assert result.frame["published_at"].dt.tz_convert("Europe/Moscow").dt.strftime("%Y-%m-%d %H:%M:%S").tolist() == [
        "2025-10-31 18:19:10"
    ]


def test_tiktok_undefined_followers_are_missing_and_negative_differences_are_kept():
    text = (
        '\ufeff"Date","Followers","Difference in followers from previous day"\n'
        '"December 22","undefined","0"\n"December 23","4990","3"\n"December 24","4989","-1"\n'
    )
    result = read(text, "FollowerHistory.csv", today=date(2026, 2, 28))
    assert rows(result.frame, ["followers", "followers_net"]) == [(None, 0), (4990, 3), (4989, -1)]
    # No warning per "undefined" cell or per negative difference: only the one about the assumed year.
    assert result.rows_skipped == {}
    assert [w.code for w in result.warnings] == ["year_assumed_today"]


# --- YouTube ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Date,Subscribers\n2023-04-04,0\n2023-04-05,3\n2023-04-06,-1\n",
        "Date,Views,Subscribers\r\n4/4/2023,331,0\r\n4/5/2023,605,3\r\n4/6/2023,641,-1\r\n",  # re-saved by Excel
    ],
)
def test_youtube_subscribers_totals_are_the_net_change_by_day(text):
    result = read(text, "Totals.csv")
    assert (result.format_id, result.table) == ("youtube_subscribers", "audience")
    # A day's net change, negative on a day with more losses: never a number of subscribers.
    assert rows(result.frame, ["date", "platform", "followers", "followers_net"]) == [
        (pd.Timestamp("2023-04-04"), "youtube", None, 0),
        (pd.Timestamp("2023-04-05"), "youtube", None, 3),
        (pd.Timestamp("2023-04-06"), "youtube", None, -1),
    ]
    assert result.warnings == []


@pytest.mark.parametrize(
    "text, code",
    [
        ("Date,Views\r\n13-06-2025,1224\r\n14-06-2025,147\r\n", "not_a_table.youtube_totals"),
        (
            "Date,Subscription status,Views\n2023-11-28,Subscribed,27985\n2023-11-28,Not subscribed,1000\n",
            "not_a_table.youtube_split",
        ),
        (
            "Subscription status,Views,Watch time (hours)\nTotal,100,5.0\nSubscribed,40,2.0\n",
            "not_a_table.youtube_split",
        ),
    ],
)
def test_youtube_views_totals_and_splits_by_subscription_status_are_refused_by_name(text, code):
    with pytest.raises(IngestError) as refused:
        read(text, "Chart data.csv")
    assert refused.value.code == code
