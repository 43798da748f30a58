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
    assert rows(result.frame, ["account", "post_id", "impressions", "likes", "comments", "shares", "saves",
                               "clicks"]) == [("KaiaDevIntern", "1902622306553184746", 33, 2, 1, 4, 1, 5)]
    assert result.frame["published_at"].dt.strftime("%Y-%m-%d").tolist() == ["2025-03-20"]


def test_x_legacy_daily_activity_takes_its_handle_from_the_file_name():
    text = ('"Date","Tweets published","impressions","engagements","likes","user profile clicks","follows"\n'
            '"2021-07-01","0","1168","15","5","1","0"\n"2021-07-02","2","519","2","0","4","0"\n')
    result = read(text, "daily_tweet_activity_metrics_ADHOrg_20210701_20210731_en.csv")
    assert (result.format_id, result.table) == ("x_daily_activity", "audience")
    assert rows(result.frame, ["date", "platform", "account", "page_views", "followers_gained"]) == [
        (pd.Timestamp("2021-07-01"), "x", "ADHOrg", 1, None),
        (pd.Timestamp("2021-07-02"), "x", "ADHOrg", 4, None),
    ]
