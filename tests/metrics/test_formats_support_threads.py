"""Customer care on X, read from a brand's conversations with its customers: two real copies of Thought
Vector's "Customer Support on Twitter" (tests/fixtures/real/listening/SOURCES.md), one re-saved by Excel
(``TRUE``/``FALSE``, answer lists regrouped as numbers), one by pandas (its index as a first, unnamed
column; ``in_response_to_tweet_id`` written ``8.0``).

Every figure below was read off the file by hand (the tweet, the answer that points to it, their times).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import read_export
from resonance.cli import main

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "listening"
EXCEL = REAL / "twcs_excel_resaved_twcs.csv"
PANDAS = REAL / "twcs_pandas_resaved_twcs.csv"


def _read(path: Path) -> pd.DataFrame:
    result = read_export(path, today=date(2026, 11, 26))
    assert result.format_id == "x_support_threads"
    return result.frame.set_index("mention_key")


def _utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def test_a_customers_tweet_is_a_mention_of_the_account_that_answered_it_at_the_time_it_answered():
    mentions = _read(EXCEL)
    # 8: 115712 «@sprintcare is the worst customer service» at 21:45:10; 6, sprintcare's answer, points to 8.
    assert mentions.loc["x:8", "brand"] == "sprintcare"
    assert mentions.loc["x:8", "published_at"] == _utc("2017-10-31 21:45:10")
    assert mentions.loc["x:8", "replied_at"] == _utc("2017-10-31 21:46:24")
    # 18 names only @115714 (a support account the data set made anonymous): sprintcare answered it (17).
    assert mentions.loc["x:18", "brand"] == "sprintcare"
    assert mentions.loc["x:18", "replied_at"] == _utc("2017-10-31 19:59:13")
    # 59 «@115722 is the worst ISP…»: VerizonSupport answered at 19:57:30, three minutes on.
    assert mentions.loc["x:59", ["brand", "replied_at"]].tolist() == ["VerizonSupport", _utc("2017-10-31 19:57:30")]
    # 2 answers sprintcare's tweet 1 and was not answered in the file: sprintcare's, unanswered, a comment.
    assert mentions.loc["x:2", "brand"] == "sprintcare"
    assert pd.isna(mentions.loc["x:2", "replied_at"])
    assert mentions.loc["x:2", "kind"] == "comment" and mentions.loc["x:8", "kind"] == "post"
    assert mentions["platform"].eq("x").all()


def test_the_support_accounts_tweets_are_reply_times_not_mentions_and_what_names_no_account_is_counted_out():
    result = read_export(EXCEL, today=date(2026, 11, 26))
    # 121 tweets: 55 FALSE (support accounts) and 66 TRUE, of which 46-49 name only anonymous accounts
    # (@115721, @115722) that answer no one in the file.
    assert result.rows_skipped == {"support_reply": 55, "no_brand_addressed": 4}
    assert len(result.frame) == 62
    keys = set(result.frame["mention_key"])
    assert not keys & {"x:1", "x:6", "x:17", "x:58"}  # sprintcare's and VerizonSupport's own tweets
    assert not keys & {"x:46", "x:47", "x:48", "x:49"}
    assert result.frame["replied_at"].notna().sum() == 53
    assert result.frame["brand"].value_counts().to_dict() == {
        "ChipotleTweets": 21,
        "VerizonSupport": 13,
        "sprintcare": 8,
        "marksandspencer": 8,
        "Ask_Spectrum": 7,
        "AskPlayStation": 5,
    }


def test_the_pandas_copy_reads_ids_written_as_floats_and_leaves_its_index_aside():
    result = read_export(PANDAS, today=date(2026, 11, 26))
    assert result.format_id == "x_support_threads"
    assert result.unused_columns == ["response_tweet_id"]  # the index column has no name: nothing to say of it
    mentions = result.frame.set_index("mention_key")
    assert mentions.loc["x:8", "replied_at"] == _utc("2017-10-31 21:46:24")  # 6 points to «8.0»
    assert len(mentions) == 508 and mentions["replied_at"].notna().sum() == 419
    assert result.rows_skipped == {"support_reply": 461, "no_brand_addressed": 31}


@pytest.mark.parametrize(
    "lang, rate, hours",
    [("en", "Response rate", "Median response time"), ("ru", "Доля ответов", "Медианное время ответа")],
)
def test_response_rate_and_time_have_a_value_once_the_conversations_are_imported(tmp_path, capsys, lang, rate, hours):
    workspace = str(tmp_path / "care.duckdb")
    assert main(["import", str(EXCEL), "--workspace", workspace, "--quiet"]) == 0
    capsys.readouterr()
    period = ["--from", "2017-10-01", "--to", "2017-11-30", "--brand", "VerizonSupport"]
    assert main(["summary", "--workspace", workspace, *period, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["indicators"]
    assert figures["mentions"]["value"] == 13
    assert 0 < figures["response_rate"]["value"] <= 1
    # VerizonSupport's answers in the file came within minutes (59 at 19:54:51, answered at 19:57:30).
    assert 0 < figures["median_response_hours"]["value"] < 1
    assert main(["--lang", lang, "summary", "--workspace", workspace, *period]) == 0
    shown = {
        line.split("  ")[1]: line.rsplit("(", 1)[0].rstrip()
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("  ")
    }
    assert not shown[rate].endswith("–") and not shown[hours].endswith("–")  # a value, no longer "–"


def test_a_blank_flag_is_read_from_who_wrote_it_and_customers_alone_are_the_workspaces_brand(tmp_path):
    """Edge cases the real copies do not hold: a tweet whose ``inbound`` is blank is the support account's when
    its author answers others in the file, else the customer's; a file of customers' tweets alone names no
    account, so its tweets are mentions of the workspace's brand."""
    header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
    rows = (
        "1,501,True,Tue Oct 31 10:00:00 +0000 2017,@AcmeCare where is my order?,2,\n"
        "2,AcmeCare,False,Tue Oct 31 10:30:00 +0000 2017,@501 Sorry! Sent you a DM.,,1\n"
        "3,AcmeCare,,Tue Oct 31 10:40:00 +0000 2017,@502 Thanks for waiting.,,4\n"
        "4,502,,Tue Oct 31 10:20:00 +0000 2017,@AcmeCare still nothing,3,\n"
    )
    path = tmp_path / "threads.csv"
    path.write_text(header + rows, encoding="utf-8")
    result = read_export(path, today=date(2026, 11, 26))
    mentions = result.frame.set_index("mention_key")
    assert sorted(mentions.index) == ["x:1", "x:4"]  # 3 is AcmeCare's though its flag is blank
    assert mentions.loc["x:4", "replied_at"] == _utc("2017-10-31 10:40:00")
    assert set(mentions["brand"]) == {"AcmeCare"} and result.rows_skipped == {"support_reply": 2}

    alone = tmp_path / "customers.csv"
    alone.write_text(header + rows.splitlines(keepends=True)[0], encoding="utf-8")
    result = read_export(alone, today=date(2026, 11, 26), brand="Acme")
    assert result.frame["brand"].tolist() == ["Acme"] and result.rows_skipped == {}
