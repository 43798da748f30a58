"""Ids that Excel mangled (``5.70306E+17``, or rounded to ``570306000000000000``) are found per
column and never merge distinct mentions or posts."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import read_export, values
from resonance import say

LISTENING = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "listening"


def read(text: str, name: str):
    return read_export(text.encode(), name=name, tz="UTC", today=date(2026, 11, 26))


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # Re-saved after Excel showed them as 5.70306E+17: rounded to the same value.
        (["570306000000000000", "570306000000000000", "12345"], [True, True, False]),
        # Several long ids ending in 0000, most of the column's long ids: rounded.
        (["122158000000000000", "186665000000000000", "1866654321987654399"], [True, True, False]),
        (["1.22158E+17", "1866654321987654399"], [True, False]),  # only what Excel rounded
        # One id that happens to end in 0000 among real ones: nothing to distrust.
        (["1866654321980000000", "1866654321987654399", "1866654321987654311"], [False, False, False]),
        (["7593000000000000001", "7588000000000000002"], [False, False]),
    ],
)
def test_a_column_of_ids_is_judged_as_a_whole(cells, expected):
    assert values.excel_mangled(pd.Series(cells)).tolist() == expected


def test_two_mentions_whose_ids_excel_rounded_to_one_value_both_survive():
    text = (
        "Date,Text,Author,ID\n"
        "2026-11-16 10:00,Great coffee at Zerno,anna,570306000000000000\n"
        "2026-11-16 11:30,Zerno was closed today,boris,570306000000000000\n"
        "2026-11-17 09:00,Zerno again,anna,18446744\n"
    )
    result = read(text, "mentions.csv")
    assert result.format_id == "generic_mentions"
    frame = result.frame
    assert frame["text"].tolist() == ["Great coffee at Zerno", "Zerno was closed today", "Zerno again"]
    assert frame["mention_key"].nunique() == 3
    assert frame["mention_key"].iloc[2] == "generic:18446744"  # a short id is kept
    assert [(w.code, w.row, w.column, w.params["count"]) for w in result.warnings] == [("mangled_id", None, "ID", 2)]
    assert say.problem(result.warnings[0], "en").startswith(
        "mentions.csv, column «ID»: Excel rounded 2 id(s) in this column (for example «570306000000000000»)"
    )


def test_mentions_with_rounded_ids_are_keyed_by_their_links():
    text = (
        "Date,Text,URL,ID\n"
        "2026-11-16 10:00,Great coffee,https://example.com/a,1.22158E+17\n"
        "2026-11-16 11:30,Closed today,https://example.com/b,122158000000000000\n"
    )
    frame = read(text, "mentions.csv").frame
    assert frame["mention_key"].tolist() == ["generic:https://example.com/a", "generic:https://example.com/b"]


def test_posts_with_rounded_ids_take_them_from_their_links():
    source = (LISTENING / "sprout_post_performance.csv").read_text(encoding="utf-8")
    header, *lines = source.splitlines(keepends=True)
    x_post = next(line for line in lines if ",X," in line)
    second = x_post.replace("1.86665E+18", "1866650000000000000").replace("1866654321987654399", "1866654321987654388")
    first = x_post.replace("1.86665E+18", "1866650000000000000")
    result = read(header + first + second, "sprout_post_performance.csv")
    assert result.frame["post_id"].tolist() == ["1866654321987654399", "1866654321987654388"]
    assert [(w.code, w.params["count"]) for w in result.warnings] == [("mangled_id", 2)]
