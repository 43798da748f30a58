"""Themes and complaint groups found in real mentions, checked against the reasons people gave by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from metrics.ingest import read_export
from metrics.insights.themes import key_terms, themes

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "listening"
AIRLINE = REAL / "airline_tweets_excel_resaved_AirlineTweets.csv"
FEBRUARY = dict(start=date(2015, 2, 1), end=date(2015, 2, 28), tz="UTC")


def airline() -> pd.DataFrame:
    """Real tweets to an airline with the reason of each complaint, given by people (CrowdFlower)."""
    raw = pd.read_csv(AIRLINE)
    mentions = read_export(AIRLINE).frame
    rows = mentions["source_row"].to_numpy() - 2  # the file's rows from 2 on are the table's from 0
    assert (raw["text"].to_numpy()[rows] == mentions["text"].to_numpy()).all()
    return mentions.assign(reason=raw["negativereason"].to_numpy()[rows])


def test_complaints_are_grouped_by_what_went_wrong_as_people_said_it():
    """The groups are found in the words alone, yet they follow the reasons people gave: the cancelled
    flights land together, under a theme that says so, and every group is purer than the data."""
    mentions = airline()
    groups = themes(mentions, brand="Virgin America", sentiment="negative", **FEBRUARY)
    assert 2 <= len(groups.table) <= 6
    members = mentions.loc[groups.members.index].assign(group=groups.members)
    assert set(members["sentiment"]) == {"negative"}  # complaints only
    assert len(members) == (mentions["sentiment"] == "negative").sum()
    assert groups.table["mentions"].sum() == (members["group"] >= 0).sum()

    cancelled = members.loc[members["reason"] == "Cancelled Flight", "group"].value_counts()
    assert cancelled.iloc[0] >= 0.8 * cancelled.sum()
    where = groups.table.set_index("id").loc[cancelled.index[0]]
    assert any(w.startswith("cancel") for w in [*where["theme"].split(" · "), *where["terms"]]), where["theme"]

    known = members[(members["reason"] != "Can't Tell") & (members["group"] >= 0)]
    purity = known.groupby("group")["reason"].agg(lambda s: s.value_counts().iloc[0]).sum() / len(known)
    assert purity > known["reason"].value_counts(normalize=True).iloc[0] + 0.05

    for theme_id, quotes in groups.quotes.items():  # the quotes are real complaints of their group
        assert 1 <= len(quotes) <= 3
        texts = set(mentions.loc[groups.members.index[groups.members == theme_id], "text"])
        assert set(quotes["text"]) <= texts


def test_the_same_mentions_give_the_same_themes():
    mentions = airline()
    first = themes(mentions, brand="Virgin America", **FEBRUARY)
    again = themes(mentions.sample(frac=1, random_state=3), brand="Virgin America", **FEBRUARY)
    assert first.table.drop(columns="id").equals(again.table.drop(columns="id"))


def test_a_theme_is_new_only_when_the_period_before_had_none_of_it():
    mentions = airline()
    before = mentions.assign(published_at=mentions["published_at"] - pd.Timedelta(days=28))
    both = pd.concat([before, mentions], ignore_index=True)
    previous = (date(2015, 1, 4), date(2015, 1, 31))
    same = themes(both, brand="Virgin America", previous=previous, **FEBRUARY)
    assert not same.table["new"].any() and (same.table["change"] == 0).all()
    assert (same.table["previous"] == same.table["mentions"]).all()
    fresh = themes(mentions, brand="Virgin America", previous=previous, **FEBRUARY)
    assert fresh.table["new"].all() and fresh.table["change"].isna().all()


def test_too_few_texts_have_no_themes_and_terms_are_lemmas_and_phrases():
    mentions = airline().head(4)
    assert themes(mentions, brand="Virgin America", **FEBRUARY).table.empty
    terms = key_terms(airline(), brand="Virgin America", n=None, **FEBRUARY)
    assert "flight" in set(terms["term"]) and "flights" not in set(terms["term"])  # one lemma for both
    assert terms["phrase"].any()
    assert not terms["term"].str.split().apply(lambda w: "virginamerica" in w).any()  # the brand is no word


def test_mentions_without_a_sentiment_are_counted_in_themes_and_in_none_of_their_sentiments():
    """Real customers' tweets in Spanish, French and German, which the model does not read, have no sentiment;
    the themes of the week are found all the same (this crashed the Voice page)."""
    care = read_export(REAL / "twcs_pandas_resaved_twcs.csv", today=date(2026, 11, 26)).frame
    unjudged = care["sentiment"].isna()
    assert unjudged.sum() >= 5 and set(care.loc[unjudged, "language"].dropna()) >= {"es", "fr", "de"}
    week = dict(start=date(2017, 10, 30), end=date(2017, 11, 5), tz="UTC")
    found = themes(care, brand="AmazonHelp", **week)
    assert len(found.table) >= 1
    counts = found.table[["positive", "neutral", "negative"]].sum(axis=1)
    assert (counts <= found.table["mentions"]).all()
