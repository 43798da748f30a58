"""The demo workspace tells its story through the insights: the July outage, the winter-menu week, the voice."""

from datetime import date, timedelta

import pytest

from metrics.indicators.compute import compare
from metrics.insights.headlines import headlines
from metrics.insights.spikes import explanation, find_spikes
from metrics.insights.voice import complaints, questions, top_terms
from metrics.periods import parse_week
from resonance import say

BRAND = "Зерно"
OUTAGE = date(2026, 7, 14)


@pytest.fixture(scope="session")
def demo_tables(demo_read):
    """The canonical tables of the demo workspace, texts included (built once)."""
    return demo_read[0]


@pytest.fixture(scope="session")
def spikes(demo_tables):
    return {s.day: s for s in find_spikes(demo_tables["mentions"], brand=BRAND, activities=demo_tables["activities"])}


def test_the_outage_is_a_spike_with_mostly_negative_mentions(spikes):
    outage = spikes[OUTAGE]
    assert outage.mentions >= 4 * outage.usual
    assert outage.sentiment["negative"] > 0.5
    assert max(outage.sentiment, key=outage.sentiment.get) == "negative"
    assert OUTAGE.replace(day=15) in spikes  # the second day of the outage is found too
    ru = say.spike_explanation(explanation(outage), "ru")
    assert ru[0].startswith(f"14 июл.: {outage.mentions} упоминани")
    assert "негативных" in ru[1].split(",")[0]  # the largest share is named first
    assert "ничего нового" in ru[-1]  # no campaign explains it: only the always-on channels ran


def test_the_apology_promo_overlaps_the_day_after_the_outage(spikes):
    after = [s for day, s in spikes.items() if date(2026, 7, 16) <= day <= date(2026, 7, 31)]
    names = {n for s in after for n in s.activities.loc[~s.activities["background"], "name"]}
    assert any("ПРОСТИ" in n for n in names)


@pytest.mark.parametrize(("lang", "phrase"), [("ru", "Упоминания выросли"), ("en", "Mentions rose")])
def test_the_winter_menu_week_headlines_say_mentions_went_up(demo_tables, lang, phrase):
    table = compare(demo_tables, parse_week("2026-W47"), brand=BRAND)
    lines = [say.headline(h, lang) for h in headlines(table)]
    assert len(lines) == 3
    assert any(line.startswith(phrase) and "282" in line and "216" in line for line in lines)
    assert not any("Выручка" in line or "Revenue" in line for line in lines)  # sales barely moved: no headline


def test_july_complaints_are_about_the_app_and_payments(demo_tables):
    found = complaints(demo_tables["mentions"], brand=BRAND, n=10, start=date(2026, 7, 1), end=date(2026, 7, 31))
    assert len(found) == 10
    about = found["text"].str.lower().str.contains("приложени|оплат|карт|app|card|payment")
    assert about.sum() >= 7
    assert (found["sentiment"] == "negative").all()
    assert found["url"].notna().all() and found["reach"].is_monotonic_decreasing


def test_people_ask_questions(demo_tables):
    found = questions(demo_tables["mentions"], brand=BRAND, n=20)
    assert len(found) == 20
    assert found["text"].str.len().gt(0).all()
    assert found["text"].str.contains("?", regex=False).mean() > 0.5


def test_the_winter_menu_week_is_about_the_menu(demo_tables):
    words = top_terms(demo_tables["mentions"], brand=BRAND, n=10, start=date(2026, 11, 16), end=date(2026, 11, 22))
    assert {"меню", "зимнее"} <= set(words["term"])


def test_on_the_demo_no_quote_is_both_a_question_and_a_complaint(demo_tables):
    for start in (date(2026, 7, 13), date(2026, 11, 16)):
        end = start + timedelta(days=6)
        asked = questions(demo_tables["mentions"], brand=BRAND, n=None, start=start, end=end)
        complained = complaints(demo_tables["mentions"], brand=BRAND, n=None, start=start, end=end)
        same = set(asked["text"].str.lower()) & set(complained["text"].str.lower())
        assert not same
