"""Mentions without an id or a link are keyed by their content: the same key for the same row on every
run, process and machine, whichever way the file is read."""

import hashlib
from datetime import date

import pandas as pd
import pytest

from metrics.ingest import read_export
from metrics.ingest.options import Tuning

NO_IDS = (
    "Date,Author,Text,Platform\n"
    "2026-11-16 10:00,anna,Great coffee at Zerno,vk\n"
    '2026-11-16 11:30,boris,"Zerno, closed today?",telegram\n'
    "2026-11-16 11:30,,Zerno was closed today,telegram\n"  # no author
    "2026-11-16 11:30,boris,,telegram\n"  # no text
    "2026-11-17 09:00,вера,Кофе в Зерне — отличный,vk\n"
)


def read(text: str, **options):
    return read_export(text.encode(), name="mentions.csv", tz="Europe/Moscow", today=date(2026, 11, 26), **options)


def md5_key(at: pd.Timestamp, author: str, text: str) -> str:
    """The key as documented, by any MD5: ``<epoch µs>|<author's bytes>|<author>|<text>``."""
    who = author.encode()
    basis = f"{at.value // 1000}|{len(who)}|".encode() + who + b"|" + text.encode()
    return "h" + hashlib.md5(basis).hexdigest()[:16]


def test_a_mention_without_id_or_link_is_keyed_by_the_md5_of_when_who_and_what():
    frame = read(NO_IDS).frame
    expected = [
        "generic:" + md5_key(at, author if pd.notna(author) else "", text if pd.notna(text) else "")
        for at, author, text in zip(frame["published_at"], frame["author"], frame["text"], strict=True)
    ]
    assert frame["mention_key"].tolist() == expected
    # 10:00 in Moscow is 07:00 UTC: 1 763 276 400 seconds since the epoch, whatever the machine.
    assert frame["mention_key"].iloc[0] == "generic:" + md5_key(
        pd.Timestamp("2026-11-16 07:00", tz="UTC"), "anna", "Great coffee at Zerno"
    )
    assert frame["mention_key"].nunique() == 5


@pytest.mark.parametrize(
    "tuning",
    [Tuning(), Tuning(arrow=False), Tuning(block_size=64), Tuning(threads=0)],
    ids=["arrow", "careful", "small-blocks", "one-thread"],
)
def test_the_same_file_read_again_any_way_gives_the_same_keys(tuning):
    assert read(NO_IDS, tuning=tuning).frame["mention_key"].tolist() == read(NO_IDS).frame["mention_key"].tolist()


def test_a_big_file_read_by_arrow_and_by_pandas_gives_the_same_keys():
    rows = [
        f"2026-11-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d},user{i % 97},mention number {i} about Zerno,vk"
        for i in range(30_000)
    ]
    text = "Date,Author,Text,Platform\n" + "\n".join(rows) + "\n"
    fast = read(text, tuning=Tuning(block_size=1 << 16)).frame
    careful = read(text, tuning=Tuning(arrow=False)).frame
    assert fast["mention_key"].nunique() == 30_000
    assert fast["mention_key"].tolist() == careful["mention_key"].tolist()


def test_only_mentions_without_an_id_or_a_link_are_keyed_by_content_and_alike_in_any_company():
    mixed = (
        "Date,Author,Text,Platform,URL,ID\n"
        "2026-11-16 10:00,anna,Great coffee at Zerno,vk,,\n"
        "2026-11-16 11:30,boris,Zerno closed today,telegram,https://t.me/zerno/1,\n"
        "2026-11-17 09:00,вера,Кофе в Зерне — отличный,vk,,42\n"
    )
    keys = read(mixed).frame["mention_key"].tolist()
    alone = read(NO_IDS).frame["mention_key"].iloc[0]
    assert keys == [alone, "generic:https://t.me/zerno/1", "generic:42"]
