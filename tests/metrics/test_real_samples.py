"""Real exports that their owners published (see SOURCES.md beside them): each is read with the right
format and gives the canonical values the file holds.

The files live in the shared folder next to the repository, not in it; without that folder the
module is skipped.
"""

import csv
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import read_export

REAL = Path(__file__).resolve().parents[3] / "shared" / "samples" / "real"
if not REAL.is_dir():
    pytest.skip(f"no real samples at {REAL}", allow_module_level=True)

TODAY = date(2026, 11, 26)
X_2020 = "x_legacy_tweet_activity_metrics_rOpenSci_20200301_20200401_en.csv"
X_2021 = "x_legacy_tweet_activity_metrics_rOpenSci_20211101_20211201_en.csv"
X_CONTENT = "x_account_analytics_content_2025-11-02_2025-11-09.csv"
YOUTUBE = "youtube_studio_table_data.csv"

# file → (format, table, rows read, rows skipped and why)
EXPECTED = {
    X_2020: ("x_tweet_activity", "posts", 39, {}),
    X_2021: ("x_tweet_activity", "posts", 33, {}),
    X_CONTENT: ("x_posts", "posts", 22, {"missing_required_value": 2}),  # the two ".../status/undefined" rows
    YOUTUBE: ("youtube_videos", "posts", 18, {"total_row": 1, "missing_required_value": 5}),  # 5 without a date
}


def read(name: str):
    return read_export(REAL / name, today=TODAY)


def source_rows(name: str) -> list[dict]:
    """The file's records as Python's csv module reads them: the reference for counts and sums."""
    with open(REAL / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def post(frame: pd.DataFrame, post_id: str) -> dict:
    (row,) = frame[frame["post_id"] == post_id].to_dict("records")
    return row


def test_every_sample_is_expected():
    assert {p.name for p in REAL.iterdir() if p.name != "SOURCES.md"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_is_read_with_its_format(name):
    result = read(name)
    fmt, table, count, skipped = EXPECTED[name]
    assert (result.format_id, result.table, result.rows_read, result.rows_skipped) == (fmt, table, count, skipped)
    # The YouTube sample is 23 rows of a longer file whose Total row it kept: the difference is reported.
    mismatched = {w.column for w in result.warnings if w.code == "total_mismatch"}
    assert [w for w in result.warnings if w.code != "total_mismatch"] == []
    assert mismatched == ({"Views", "Impressions"} if name == YOUTUBE else set())
    frame = result.frame
    assert frame["post_id"].notna().all() and frame["published_at"].notna().all()
    assert not frame.duplicated(["platform", "account", "post_id"]).any()


@pytest.mark.parametrize("name", [X_2020, X_2021])
def test_x_legacy_counts_written_as_floats_add_up(name):
    frame = read(name).frame
    records = source_rows(name)
    assert len(frame) == len(records)
    # "1777.0" is 1777: the column totals equal those of the file.
    for canonical, source in [
        ("impressions", "impressions"),
        ("likes", "likes"),
        ("comments", "replies"),
        ("shares", "retweets"),
        ("clicks", "url clicks"),
    ]:
        assert frame[canonical].dtype == "Int64"
        assert int(frame[canonical].sum()) == sum(float(r[source]) for r in records), canonical
    assert set(frame["platform"]) == {"x"} and set(frame["account"]) == {"rOpenSci"}
    # Multi-line texts stay whole; HTML entities are decoded.
    assert frame["text"].str.contains("\n").sum() == sum("\n" in r["Tweet text"] for r in records) > 0
    assert not frame["text"].str.contains("&amp;").any()


def test_x_legacy_2021_values():
    frame = read(X_2021).frame
    first = post(frame, "1465712230054432768")
    assert (first["impressions"], first["likes"], first["comments"], first["shares"], first["clicks"]) == (
        1777,
        2,
        0,
        0,
        0,
    )
    assert first["published_at"] == pd.Timestamp("2021-11-30 16:00", tz="UTC")
    assert first["url"] == "https://twitter.com/rOpenSci/status/1465712230054432768"
    news = post(frame, "1465591708847116289")
    assert (news["impressions"], news["likes"], news["shares"], news["clicks"]) == (2289, 5, 3, 10)
    assert news["text"].startswith("November News") and "\n" in news["text"]
    assert set(frame["snapshot_date"]) == {pd.Timestamp("2021-12-01")}
    assert frame["published_at"].min() == pd.Timestamp("2021-11-02 10:23", tz="UTC")


def test_x_legacy_2020_values():
    frame = read(X_2020).frame
    first = post(frame, "1245106294198906880")
    assert (first["impressions"], first["likes"], first["comments"], first["shares"], first["clicks"]) == (
        5213,
        7,
        0,
        2,
        19,
    )
    assert first["published_at"] == pd.Timestamp("2020-03-31 21:50", tz="UTC")
    assert '"When Standards Go Wild' in first["text"]  # doubled quotes undone
    assert post(frame, "1244701243919884288")["impressions"] == 6874
    assert set(frame["snapshot_date"]) == {pd.Timestamp("2020-04-01")}


def test_x_current_export_values_and_junk_rows():
    result = read(X_CONTENT)
    frame = result.frame
    # Lines 18 and 19 are the ".../status/undefined" rows.
    assert 18 not in set(frame["source_row"]) and 19 not in set(frame["source_row"])
    assert not frame["url"].str.endswith("/undefined").any()
    assert set(frame["account"]) == {"newsnoteworthy"}
    top = post(frame, "1986963553153102019")
    assert (top["impressions"], top["likes"], top["comments"], top["shares"], top["saves"], top["clicks"]) == (
        480476,
        731,
        92,
        261,
        85,
        3,
    )
    first = post(frame, "1987315260559167965")
    assert (first["impressions"], first["likes"], first["comments"], first["shares"], first["saves"]) == (
        1351,
        5,
        1,
        2,
        1,
    )
    # "Sun, Nov 9, 2025" is the UTC day; the id gives the time within it.
    assert first["published_at"] == pd.Timestamp("2025-11-09 00:24:15.306", tz="UTC")
    assert frame["published_at"].dt.strftime("%a, %b %-d, %Y").tolist() == [
        r["Date"] for r in source_rows(X_CONTENT) if r["Post id"]
    ]
    assert int(frame["impressions"].sum()) == 569966
    assert set(frame["snapshot_date"]) == {pd.Timestamp("2025-11-09")}


def test_youtube_table_data_values():
    frame = read(YOUTUBE).frame
    assert "Total" not in set(frame["post_id"])
    # Ids that start with "-" were guarded by a leading space: stripped.
    assert {"-HHGH-TTqYM", "-PtBwSiKP6w"} <= set(frame["post_id"])
    assert not frame["post_id"].str.startswith(" ").any()
    # Private videos have no publish time: skipped (counted above), such as these.
    assert not {"Gu83gy01gi4", "-2B7awALB8c", "S4CACnFQUxs", "a2PsaqQC4y8", "tilmy2IeCzw"} & set(frame["post_id"])
    first = post(frame, "6xFxE92I6Nk")
    assert (first["impressions"], first["video_views"], first["url"]) == (332014, 27102, "https://youtu.be/6xFxE92I6Nk")
    assert first["published_at"].tz_convert("Europe/Moscow").strftime("%Y-%m-%d") == "2024-09-27"
    assert (post(frame, "-HHGH-TTqYM")["impressions"], post(frame, "-HHGH-TTqYM")["video_views"]) == (6490, 82)
    # A negative subscriber count (-1) is no posts column: the video is read without a warning.
    assert post(frame, "UzmjbW1EPD8")["video_views"] == 255
    published = [r for r in source_rows(YOUTUBE) if r["Video publish time"]]
    assert int(frame["video_views"].sum()) == sum(int(r["Views"]) for r in published) == 402_103
    assert set(frame["platform"]) == {"youtube"} and set(frame["snapshot_date"]) == {pd.Timestamp(TODAY)}
