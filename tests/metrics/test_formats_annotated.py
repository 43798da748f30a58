"""Brand tweets annotated with sentiment, XML tables, one column per brand, and open monitoring archives."""

from datetime import date

import pandas as pd
import pytest

from metrics.ingest import IngestError, read_export
from metrics.ingest.values import UNIX, dates, ids
from resonance import say

TODAY = date(2026, 11, 26)


def read(data: str | bytes, name: str, **options):
    data = data.encode("utf-8") if isinstance(data, str) else data
    return read_export(data, name=name, today=TODAY, brand="Зерно", **options)


PMA = """<?xml version="1.0" encoding="utf-8"?>
<!-- phpMyAdmin XML Dump -->
<pma_xml_export version="1.0" xmlns:pma="http://www.phpmyadmin.net/some_doc_url/">
    <pma:structure_schemas><pma:database name="S"><pma:table name="t">CREATE TABLE t (...)</pma:table>
    </pma:database></pma:structure_schemas>
    <database name="S">
        <table name="banks">
            <column name="id">1</column><column name="twitid">615732011572050000</column>
            <column name="date">1435636925</column><column name="text">Сбер и ВТБ опять</column>
            <column name="sberbank">-1</column><column name="vtb">0</column><column name="rshb">NULL</column>
        </table>
        <table name="banks">
            <column name="id">2</column><column name="twitid">615732011572050000</column>
            <column name="date">1435723325</column><column name="text">Автокредит в россельхозбанке</column>
            <column name="sberbank">NULL</column><column name="vtb">NULL</column><column name="rshb">1</column>
        </table>
        <table name="banks">
            <column name="id">3</column><column name="twitid">615732011572050000</column>
            <column name="date">1435723399</column><column name="text">ни о ком</column>
            <column name="sberbank">NULL</column><column name="vtb">NULL</column><column name="rshb">NULL</column>
        </table>
    </database>
</pma_xml_export>
"""


def test_an_xml_table_with_one_column_per_brand_gives_one_mention_per_brand_named():
    result = read(PMA, "banks.txt")  # the container is told by its content, not by its name
    frame = result.frame
    assert (result.format_id, result.table, result.sheet) == ("sentirueval_tweets", "mentions", "banks")
    assert list(zip(frame["source_row"], frame["brand"], frame["sentiment"], strict=True)) == [
        (2, "Сбербанк", "negative"),
        (2, "ВТБ", "neutral"),
        (3, "Россельхозбанк", "positive"),
    ]
    assert frame["published_at"].tolist() == [pd.Timestamp("2015-06-30 04:02:05", tz="UTC")] * 2 + [
        pd.Timestamp("2015-07-01 04:02:05", tz="UTC")
    ]
    # The rounded twitid is no key: the two mentions of one tweet share a key from its content.
    assert frame["mention_key"].nunique() == 2 and frame["mention_key"].iloc[0] == frame["mention_key"].iloc[1]


@pytest.mark.parametrize(
    "xml, code",
    [
        (
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r><t><a>&e;</a><b>1</b></t></r>',
            "bad_xml",
        ),
        ("<?xml version='1.0'?><r><t><a>1</a><b>2</b></t>", "bad_xml"),
        ("<?xml version='1.0'?><r><a>1</a></r>", "xml_no_table"),
    ],
)
def test_an_xml_file_that_is_no_safe_table_is_refused_with_a_reason(xml, code):
    with pytest.raises(IngestError) as refused:
        read(xml, "dump.xml")
    assert refused.value.code == code


def test_unix_times_are_read_as_utc_and_anything_else_is_flagged():
    parsed, bad = dates(pd.Series(["1435636925", "", "yesterday"]), formats=(UNIX,))
    assert parsed.iloc[0] == pd.Timestamp("2015-06-30 04:02:05", tz="UTC")
    assert bad.tolist() == [False, False, True]


AIRLINE = """tweet_id,airline_sentiment,airline_sentiment_confidence,negativereason,airline,name,retweet_count,\
text,tweet_created
5.70306E+17,neutral,1,,Virgin America,anna,0,@VirginAmerica What @dhepburn said.,24-02-2015 11:35
5.70306E+17,negative,1,Bad Flight,Virgin America,bob,2,@VirginAmerica late again,24-02-2015 11:35
5.70306E+17,positive,1,,United,anna,0,@united thanks!,13-02-2015 09:01
"""


def test_brand_tweets_with_ids_excel_rounded_and_no_links_keep_every_tweet_apart():
    result = read(AIRLINE, "Tweets.csv")
    frame = result.frame
    assert result.format_id == "crowdflower_brand_tweets"
    assert frame["brand"].tolist() == ["Virgin America", "Virgin America", "United"]
    assert frame["sentiment"].tolist() == ["neutral", "negative", "positive"]
    assert frame["mention_key"].nunique() == 3  # not one "5.70306E+17" for all
    assert result.warning_counts == {"mangled_id": 1}  # one warning for the column, naming how many ids
    assert result.warnings[0].params["count"] == 3
    days = [
        t.tz_convert(z).date().isoformat() for t, z in zip(frame["published_at"], frame["published_tz"], strict=True)
    ]
    assert days == ["2015-02-24", "2015-02-24", "2015-02-13"]


DFE = """\ufeff_unit_id,_golden,_unit_state,_trusted_judgments,_last_judgment_at,sentiment,sentiment:confidence,\
date,id,query,sentiment_gold,text
623495513,TRUE,golden,10,,1,0.6,Mon Dec 01 19:30:03 +0000 2014,5.40E+17,#AAPL OR @Apple,"3
not_relevant",my phone died again
623495514,FALSE,finalized,3,12/12/2014 12:14,5,0.8,Mon Dec 01 19:43:51 +0000 2014,5.40E+17,#AAPL OR @Apple,,love it
623495515,FALSE,finalized,3,12/12/2014 12:14,not_relevant,1,Mon Dec 01 19:50:28 +0000 2014,5.40E+17,#AAPL OR @Apple,,\
apple pie recipe
623495516,FALSE,finalized,3,12/12/2014 12:14,3,1,Tue Dec 02 01:50:28 +0000 2014,5.40E+17,#AAPL OR @Apple,,$AAPL flat
"""


def test_sentiment_codes_of_a_source_and_rows_judged_not_about_the_brand():
    result = read(DFE, "Apple-Twitter-Sentiment-DFE.csv")
    frame = result.frame
    assert result.format_id == "crowdflower_dfe_tweets"
    assert frame["sentiment"].tolist() == ["negative", "positive", "neutral"]  # 1 is negative here, not positive
    assert frame["brand"].unique().tolist() == ["Apple"]
    assert result.rows_skipped == {"not_relevant": 1}


def test_a_generic_mentions_table_skips_rows_marked_not_relevant():
    text = (
        "Дата;Текст;Автор;Тональность\n"
        "01.11.2026;Зерно лучшее;anna;позитив\n"
        "02.11.2026;зерно пшеницы;bob;нерелевантно\n"
    )
    result = read(text, "упоминания.csv")
    assert (result.format_id, len(result.frame), result.rows_skipped) == ("generic_mentions", 1, {"not_relevant": 1})


MEDIACLOUD = """stories_id,publish_date,title,url,language,ap_syndicated,themes,media_id,media_name,media_url
"50880590","2025-10-16 03:00:06","Зерно открыло кофейню","https://news.example/1","ru","False","","14899","Пример","https://news.example"
"50961632","2025-10-19 07:12:21.748487","Зерно в Казани","https://news.example/2","ru","False","","1","Другой","https://other.example"
"""


def test_media_cloud_story_urls_are_media_mentions_of_the_workspace_brand():
    result = read(MEDIACLOUD, "zerno-all-story-urls-20251024062233.csv")
    frame = result.frame
    assert result.format_id == "mediacloud_stories"
    assert frame["brand"].tolist() == ["Зерно", "Зерно"]
    assert frame["author"].tolist() == ["Пример", "Другой"]
    assert frame["platform"].unique().tolist() == ["news"]
    assert frame["query"].unique().tolist() == ["zerno"]
    assert frame["mention_key"].tolist() == ["mediacloud:50880590", "mediacloud:50961632"]
    # No tone from the source: the built-in model read the titles, and says so.
    assert frame["sentiment"].tolist() == ["neutral", "neutral"] and set(frame["sentiment_source"]) == {"model"}


OPENMEASURES = """"id","created_at","text","url","openmeasures_meta_source_endpoint",\
"engagement_likes","engagement_reshares","engagement_replies","engagement_views","context_name","actor_username"
"11061926851986327936","2025-10-13T23:40:50+00:00","Зерно
в две строки","https://t.me/chan/2432","telegram","","5","","5153","Канал",""
"""


def test_open_measures_posts_are_mentions_with_the_channel_as_author():
    result = read(OPENMEASURES, "open-measures-data.csv")
    frame = result.frame
    assert result.format_id == "openmeasures_posts"
    assert frame[["mention_key", "author", "platform", "shares"]].iloc[0].tolist() == [
        "openmeasures:11061926851986327936",
        "Канал",
        "telegram",
        5,
    ]
    assert frame["published_at"].iloc[0] == pd.Timestamp("2025-10-13 23:40:50", tz="UTC")
    assert frame["text"].iloc[0] == "Зерно\nв две строки"


def test_brand_emotions_without_dates_are_refused_with_what_they_lack():
    text = (
        b"tweet_text,emotion_in_tweet_is_directed_at,is_there_an_emotion_directed_at_a_brand_or_product\n"
        b"I need to upgrade my iPhone,iPhone,Negative emotion\n"
    ) + b"bad \x89\xdb\xd2 bytes,,No emotion\n"
    with pytest.raises(IngestError) as refused:
        read(text, "judge-1377884607_tweet_product_company.csv")
    assert refused.value.code == "not_a_table.crowdflower_brand_emotion"
    assert "no date" in say.problem(refused.value, "en")


def test_ids_lose_the_quotes_meltwater_writes_around_them():
    assert ids(pd.Series(['"2008923409527308316"', "'123", None])).tolist() == ["2008923409527308316", "123", pd.NA]
