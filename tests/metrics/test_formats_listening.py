"""Golden tests for listening tools and Sprout Social: a small file in each real layout and its canonical rows."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import read_export
from metrics.ingest.formats.generic import OURS
from resonance import say

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "listening"
TODAY = date(2026, 11, 26)


def read(name: str, **options):
    return read_export(EXPORTS / name, today=TODAY, **options)


def rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The chosen columns as plain tuples, NA as None: what a user would see in a table."""
    out = frame[columns].astype(object).where(frame[columns].notna(), None)
    return [tuple(r) for r in out.itertuples(index=False)]


@pytest.mark.parametrize(
    "name, format_id, table",
    [
        ("brandwatch_mentions.xlsx", "brandwatch_mentions", "mentions"),
        ("meltwater_explore.csv", "meltwater_mentions", "mentions"),
        ("talkwalker_mentions.xlsx", "talkwalker_mentions", "mentions"),
        ("talkwalker_api.csv", "talkwalker_mentions", "mentions"),
        ("sprout_post_performance.csv", "sprout_posts", "posts"),
        ("sprout_profile_performance.csv", "sprout_profiles", "audience"),
    ],
)
def test_each_file_is_recognised_as_its_own_format(name, format_id, table):
    result = read(name)
    assert (result.format_id, result.table) == (format_id, table)


def test_brandwatch_xlsx_with_metadata_rows_x_columns_and_ids_of_other_sources():
    result = read("brandwatch_mentions.xlsx")
    assert (result.format_id, result.sheet, result.header_row) == ("brandwatch_mentions", "Mentions", 7)
    assert result.meta["from"] == "2026-11-16 00:00:00"
    frame = result.frame
    assert rows(
        frame, ["brand", "platform", "sentiment", "author", "author_audience", "likes", "comments", "shares"]
    ) == [
        ("Зерно", "vk", "positive", "anna_k", None, 10, 3, 1),
        ("Зерно", "x", "unknown", "bob", 5400, 7, 1, 2),  # mixed is no side; X counts from the X columns
        ("Зерно", "forum", "neutral", "moscow_latte", None, 15, 6, None),
        ("Крона", "news", "negative", None, None, None, None, None),
    ]
    # Without a Mention Id (Reddit) the Resource Id is the key, and without either the URL.
    assert frame["mention_key"].tolist() == [
        "brandwatch:1866654321987654401",
        "brandwatch:1866654321987654402",
        "brandwatch:t3_1abcde",
        "brandwatch:https://gazeta-example.ru/krona-5",
    ]
    assert frame["published_at"].iloc[0] == pd.Timestamp("2026-11-16 09:41:22", tz="UTC")
    assert result.rows_skipped == {} and result.warnings == []


def test_brandwatch_zip_of_all_raw_data_reads_both_workbooks_old_and_new_column_names():
    result = read("brandwatch_all_raw_data.zip")
    assert [(p.file, p.format_id) for p in result.parts] == [
        ("brandwatch_all_raw_data.zip/All Raw Data/Зерно_1.xlsx", "brandwatch_mentions"),
        ("brandwatch_all_raw_data.zip/All Raw Data/Зерно_2.xlsx", "brandwatch_mentions"),
    ]  # the __MACOSX shadow entry is not a part
    mentions = result.tables()["mentions"]
    # The second workbook still says Twitter Followers / Twitter Retweets.
    assert rows(mentions, ["url", "author_audience", "likes", "shares"]) == [
        ("https://vk.com/wall-5_101", None, 10, 1),
        ("https://x.com/bob/status/1866654321987654402", 5400, 7, 2),
        ("https://twitter.com/kate/status/1866654321987654403", 830, 11, 4),
    ]


def test_meltwater_utf16_tab_separated_csv():
    result = read("meltwater_explore.csv")
    assert (result.format_id, result.encoding, result.delimiter, result.header_row) == (
        "meltwater_mentions",
        "utf-16",
        "\t",
        1,
    )
    frame = result.frame
    assert rows(
        frame, ["brand", "query", "platform", "author", "sentiment", "reach", "likes", "comments", "shares"]
    ) == [
        ("Зерно", "Зерно", "x", "@anna_k", "positive", 5400, 12, 3, 2),
        ("Зерно", "Зерно", "facebook", "Мария", "neutral", 1250, 40, 6, 3),
        ("Зерно", "Зерно", "news", None, "unknown", 1_200_000, None, None, None),  # an outlet; Not Rated
        ("Крона", "Крона (конкурент)", "x", "@kron_fan", "unknown", 310, 0, 1, 0),
    ]
    # Social posts have no headline: the text is the hit sentence, else the opening text.
    assert frame["title"].iloc[2] == "Кофейный рынок Москвы вырос"
    assert frame["text"].tolist() == [
        "Раф в Зерне\tлучший в городе",
        "Зерно открыло\nновую кофейню на Лесной",
        "Сети кофеен Зерно и Крона растут быстрее рынка.",
        "Крона, где мой заказ?",
    ]
    # Tweet Id is the key when there is one, else the URL.
    assert frame["mention_key"].iloc[[0, 1]].tolist() == [
        "meltwater:1866654321987654501",
        "meltwater:https://www.facebook.com/zernocoffee/posts/555",
    ]
    # 17-Nov-26 08:30 PM in the account's (Moscow) time; 12:00 AM is midnight.
    assert frame["published_at"].iloc[0] == pd.Timestamp("2026-11-17 17:30", tz="UTC")
    assert frame["published_at"].iloc[3] == pd.Timestamp("2026-11-19 21:00", tz="UTC")
    # AVE is kept as the file gives it, never used as an indicator.
    assert rows(frame, ["ave"]) == [(49.95,), (None,), (12500.5,), (None,)]


def test_talkwalker_ui_names_in_xlsx_take_the_brand_from_the_topic():
    result = read("talkwalker_mentions.xlsx", brand="Другой бренд")
    assert (result.format_id, result.sheet) == ("talkwalker_mentions", "Results")
    assert rows(result.frame, ["brand", "platform", "author", "sentiment", "reach", "mention_key"]) == [
        ("Зерно", "telegram", "moskva_kofe", "positive", 12000, "talkwalker:https://t.me/moskva_kofe/90"),
        ("Зерно", "news", None, "neutral", 800000, "talkwalker:https://rbc-example.ru/news/1"),
        ("Зерно", "vk", "ivan", "negative", 150, "talkwalker:https://vk.com/wall-77_12"),
    ]
    # Published dates are in the project's time zone (Moscow here).
    assert result.frame["published_at"].iloc[0] == pd.Timestamp("2026-11-17 11:05", tz="UTC")


def test_talkwalker_api_names_score_sentiment_by_sign_and_without_topic_are_our_brand():
    result = read("talkwalker_api.csv", brand="Зерно")
    assert result.format_id == "talkwalker_mentions"
    assert rows(result.frame, ["brand", "platform", "sentiment", "language", "reach", "is_question"]) == [
        ("Зерно", "blog", "positive", "ru", 900, False),  # score 3
        ("Зерно", "x", "negative", "ru", 150, True),  # score -4, SOCIALMEDIA_TWITTER
        ("Зерно", "forum", "neutral", "ru", None, False),  # score 0, MESSAGEBOARD
    ]
    assert result.frame["published_at"].iloc[0] == pd.Timestamp("2026-11-20 16:30", tz="UTC")
    # Read outside a workspace, the mentions are left for the workspace to name as ours.
    assert set(read("talkwalker_api.csv").frame["brand"]) == {OURS}


def test_sprout_post_performance_all_networks_in_one_file():
    result = read("sprout_post_performance.csv")
    assert result.format_id == "sprout_posts"
    frame = result.frame
    assert rows(
        frame,
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
            "saves",
            "clicks",
            "video_views",
        ],
    ) == [
        ("instagram", "zerno.coffee", "AbCdEfGhIjK", "Post", 12400, 8800, 512, 20, 12, 77, None, None),
        ("facebook", "Зерно", "987654321012345", "Post", 3250, 2800, 230, 36, 18, None, 95, None),  # Reactions
        ("x", "zernocoffee", "1866654321987654399", "Post", 1024, None, 15, 3, 4, 1, None, None),
        ("linkedin", "Зерно", "urn:li:activity:7260000000000000001", "Post", 2100, None, 44, 5, 9, None, 6, None),
        ("tiktok", "zerno.coffee", "7312345678901234567", "Video", 18300, 15100, 1050, 61, 44, 18, None, 18300),
    ]
    # 11/16/2026 09:05 am in the report's (Moscow) time; the export day is the snapshot.
    assert frame["published_at"].iloc[0] == pd.Timestamp("2026-11-16 06:05", tz="UTC")
    assert frame["published_at"].iloc[1] == pd.Timestamp("2026-11-17 15:30", tz="UTC")
    assert set(frame["snapshot_date"]) == {pd.Timestamp(TODAY)}
    assert frame["text"].iloc[0] == "Новый раф с имбирём уже в Зерне ☕\nПопробуйте до воскресенья"
    # The id Excel rounded is taken from the link, and named; the ids Excel did not round are kept.
    assert [say.problem(w, "en") for w in result.warnings] == [
        "sprout_post_performance.csv, column «Post ID»: Excel rounded 1 id(s) in this column (for example "
        "«1.86665E+18»), which could merge different rows; those rows are told apart by their link instead, or by "
        "their date and text where they have none. Export the file again without opening it in Excel to keep the ids."
    ]


def test_sprout_profile_performance_by_day():
    result = read("sprout_profile_performance.csv")
    assert result.format_id == "sprout_profiles"
    # Net Audience Growth (-4) gives neither follows nor unfollows: both stay empty, with no warning.
    assert rows(result.frame, ["date", "platform", "account", "followers", "followers_gained", "followers_lost"]) == [
        (pd.Timestamp("2026-11-16"), "instagram", "zerno.coffee", 12400, None, None),
        (pd.Timestamp("2026-11-17"), "instagram", "zerno.coffee", 12396, None, None),
        (pd.Timestamp("2026-11-16"), "x", "zernocoffee", 5400, None, None),
        (pd.Timestamp("2026-11-16"), "linkedin", "Зерно", None, None, None),
    ]
    assert result.rows_skipped == {} and result.warnings == []
