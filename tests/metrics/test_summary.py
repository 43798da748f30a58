"""The meeting's model: one period of one brand, its comparisons, headlines, spikes, voice and sales association."""

import math
from datetime import date

import pytest

from metrics import summary as summaries
from metrics.catalog import REGISTRY
from metrics.periods import parse_week

OURS_ONLY = sorted(i.id for i in REGISTRY.values() if i.ours_only)  # every kind: the sales association and costs too

WINTER_MENU_SPIKES = [date(2026, 11, 17), date(2026, 11, 19), date(2026, 11, 20)]


@pytest.fixture(scope="module")
def model(demo_tables):
    """``model(week, brand)``: the summary of the demo workspace's tables, every part included."""
    tables, settings = demo_tables
    made = {}

    def build(week: str, brand: str = "Зерно"):
        if (week, brand) not in made:
            made[week, brand] = summaries.summary(
                tables,
                period=parse_week(week),
                brand=brand,
                our_brand=settings["brand"],
                tz=settings["tz"],
                currency=settings["currency"],
            )
        return made[week, brand]

    return build


CASES = [
    # week, brand, indicator, value, previous, no_value
    pytest.param("2026-W47", "Зерно", "mentions", 282.0, 216.0, None, id="normal: our mentions"),
    pytest.param("2026-W47", "Зерно", "revenue", 13_113_270.0, 13_075_080.0, None, id="normal: our sales"),
    pytest.param("2026-W47", "Крона", "mentions", 108.0, 100.0, None, id="competitor: its own mentions"),
    pytest.param("2026-W47", "Крона", "revenue", math.nan, math.nan, "ours_only", id="competitor: not our sales"),
    pytest.param(
        "2026-W47", "Крона", "cost_per_engagement", math.nan, math.nan, "ours_only", id="competitor: not our calendar"
    ),
    pytest.param("2020-W01", "Зерно", "mentions", math.nan, math.nan, "no_data", id="empty period"),
]


def same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)


@pytest.mark.parametrize(("week", "brand", "indicator", "value", "previous", "no_value"), CASES)
def test_each_indicator_has_its_value_the_previous_one_and_why_one_is_missing(
    model, week, brand, indicator, value, previous, no_value
):
    figure = model(week, brand).indicators[indicator]
    assert same(figure.value, value) and same(figure.previous, previous), figure
    assert figure.no_value == no_value


def test_the_period_is_compared_with_the_one_before(model):
    s = model("2026-W47")
    assert (str(s.period), str(s.previous), s.granularity) == (
        "2026-11-16..2026-11-22",
        "2026-11-09..2026-11-15",
        "week",
    )
    assert (s.brand, s.our_brand, s.competitor, s.only_for) == ("Зерно", "Зерно", False, None)
    mentions = s.indicators["mentions"]
    assert (mentions.kind, mentions.level, mentions.unit, mentions.higher_is_better) == (
        "period",
        "output",
        "count",
        True,
    )
    assert mentions.change == 66.0 and mentions.change_rel == pytest.approx(66 / 216)
    assert not math.isnan(mentions.avg4)
    assert len(s.trend) == 12 and s.trend.index[-1].date() == s.period.start
    assert list(s.indicators)[-4:] == [
        "sales_association",
        "cost_per_thousand_contacts",
        "cost_per_engagement",
        "cost_per_positive_mention",
    ]


def test_headlines_spikes_voice_and_the_sales_association_of_a_normal_week(model):
    s = model("2026-W47")
    assert [h.indicator_id for h in s.headlines] == ["followers_net_change", "mentions", "positive_share"]
    assert [e.day for e in s.spikes_in_period] == WINTER_MENU_SPIKES
    spike = s.spikes_in_period[0]
    assert spike.mentions == 45 and spike.quotes and spike.calendar == "activities"
    assert set(s.spikes or ()) >= set(s.spikes_in_period)  # the trend's spikes, for its chart
    assert s.voice.has_text and {"меню", "зимнее"} & {t.term for t in s.voice.positive + s.voice.negative}
    assert s.voice.questions and all(q.text for q in s.voice.questions)
    found = s.association
    assert (found.indicator_id, found.finding.code, found.caveat) == ("mentions", "no_evidence", "not_attribution")
    assert (found.finding.lag, found.finding.n) == (8, 44)
    assert not math.isnan(s.indicators["cost_per_thousand_contacts"].value)


def test_a_competitors_summary_has_no_value_for_anything_of_ours(model):
    s = model("2026-W47", "Крона")
    assert s.competitor and s.only_for == "Зерно"
    missing = sorted(i for i, f in s.indicators.items() if f.no_value == "ours_only")
    assert missing == OURS_ONLY
    assert all(f.ours_only for i, f in s.indicators.items() if i in OURS_ONLY)
    assert s.association is None  # our sales are not the competitor's
    assert s.headlines and not any(h.indicator_id in OURS_ONLY for h in s.headlines)


def test_an_empty_period_has_no_values_headlines_spikes_or_voice(model):
    s = model("2020-W01")
    assert all(f.no_value == "no_data" for f in s.indicators.values())
    assert s.headlines == () and s.spikes == () and s.spikes_in_period == ()
    assert (s.voice.positive, s.voice.negative, s.voice.questions, s.voice.complaints) == ((), (), (), ())
    assert s.association.finding.code == "no_data"


def test_parts_can_be_left_out(demo_tables):
    tables, _ = demo_tables
    s = summaries.summary(tables, period=parse_week("2026-W47"), brand="Зерно", our_brand="Зерно", include=())
    assert (s.spikes, s.voice, s.association, s.included) == (None, None, None, ())
    assert "sales_association" not in s.indicators and s.headlines
    with pytest.raises(ValueError, match="at least 5 periods"):
        summaries.summary(tables, period=parse_week("2026-W47"), n=4)


def test_a_workspace_gives_its_settings_and_reads_texts_itself(demo_workspace):
    from metrics import store

    s = summaries.summary(store.open_workspace(demo_workspace, create=False), period=parse_week("2026-W47"))
    assert (s.brand, s.our_brand, s.currency) == ("Зерно", "Зерно", "RUB")
    assert [e.day for e in s.spikes_in_period] == WINTER_MENU_SPIKES and s.spikes_in_period[0].quotes
    assert s.voice.has_text and s.voice.complaints


CONTEXT = [pytest.param(spec, id=spec.id) for spec in REGISTRY.of_kind("association", "cost").values()]


@pytest.mark.parametrize("spec", CONTEXT)
@pytest.mark.parametrize("week", ["2026-W47", "2026-W40"])
def test_a_number_told_beside_the_period_has_no_value_without_a_table_it_needs(demo_tables, spec, week):
    """What lets a summary of a workspace skip the association and the costs when one of their tables holds no
    row (``summary._lacking``): the spec's own function says the same over the demo with that table emptied."""
    from metrics import association

    tables, settings = demo_tables
    for name in spec.needs:
        lacking = {**tables, name: tables[name].iloc[0:0]}
        value = spec.func(lacking, parse_week(week), brand=settings["brand"], tz=settings["tz"])
        assert math.isnan(value), (name, value)
        if name == "sales":
            year = association.year_table(lacking, parse_week(week), brand=settings["brand"], tz=settings["tz"])
            assert association.finding(year) == association.Finding("no_data")
