"""Properties every registered spec must have: a new indicator gets these checks for free.

The per-period indicators (``REGISTRY.of_kind("period")``) are checked against tables; every spec,
whatever its kind, has its words at the edge and its formula once, in the spec, from which its
docstring is written.
"""

import inspect
import random
import re
from datetime import date, timedelta

import pytest

from metrics import association, mix, schema
from metrics.catalog import KINDS, REGISTRY
from metrics.indicators import attention, indicator, loyalty, reception, sales, service
from metrics.indicators.compute import compute
from metrics.indicators.registry import A_COUNT, GROUPS, LEVELS, OPTIONS, PERIOD_OPTIONS, frame
from metrics.periods import parse_week
from resonance.i18n import TEXTS

BRAND = "Acme"
WEEK = parse_week("2026-W48")
TZ = "Europe/Moscow"

# The indicators the product is built around (every one a number of docs/indicators.md), in display order.
DESIGNED = [
    "posts_published",
    "reach",
    "impressions",
    "mentions",
    "mentions_reach",
    "share_of_voice",
    "share_of_voice_reach",
    "share_of_voice_engagements",
    "engagements",
    "engagement_rate_reach",
    "engagement_rate_impressions",
    "engagement_rate_followers",
    "positive_share",
    "neutral_share",
    "negative_share",
    "net_sentiment",
    "net_sentiment_all",
    "followers",
    "followers_net_change",
    "follower_growth_rate",
    "returning_engagers_share",
    "advocates",
    "response_rate",
    "median_response_hours",
    "revenue",
    "orders",
    "returning_customer_share",
]
# The numbers it is built around that are not one number per period from the tables, by kind.
DESIGNED_OTHERS = {
    "association": ["sales_association"],
    "cost": ["cost_per_thousand_contacts", "cost_per_engagement", "cost_per_positive_mention"],
}
FAMILIES = {
    "attention": attention,
    "reception": reception,
    "loyalty": loyalty,
    "service": service,
    "sales": sales,
    "association": association,
    "mix": mix,
}
IDS = list(REGISTRY.of_kind("period"))
OTHERS = [id for id in REGISTRY if id not in IDS]
ALL = list(REGISTRY)


def sample() -> dict[str, dict[str, list]]:
    """Five weeks of a small brand, 2026-W44 to 2026-W48, as dicts of lists."""
    rng = random.Random(48)
    first = date(2026, 10, 26)
    m = {
        c: []
        for c in (
            "published_at",
            "brand",
            "platform",
            "author",
            "reach",
            "likes",
            "comments",
            "shares",
            "sentiment",
            "is_question",
            "replied_at",
        )
    }
    for _ in range(400):
        published = f"{first + timedelta(days=rng.randrange(35))} {rng.randrange(24):02d}:{rng.randrange(60):02d}"
        question = rng.random() < 0.2
        m["published_at"].append(published)
        m["brand"].append(rng.choice(["Acme", "Acme", "Rival", "Other"]))
        m["platform"].append(rng.choice(["vk", "telegram"]))
        m["author"].append(rng.choice([f"user{k}" for k in range(40)] + [None]))
        m["reach"].append(rng.choice([None, rng.randrange(10, 5000)]))
        m["likes"].append(rng.choice([None, rng.randrange(50)]))
        m["comments"].append(rng.randrange(10))
        m["shares"].append(rng.choice([None, rng.randrange(5)]))
        m["sentiment"].append(rng.choice(["positive", "positive", "neutral", "negative", "unknown", None]))
        m["is_question"].append(question)
        replied = rng.random() < 0.6
        m["replied_at"].append(f"{published[:10]} 23:59" if replied else None)
    p = {
        c: []
        for c in (
            "published_at",
            "platform",
            "account",
            "post_id",
            "impressions",
            "reach",
            "likes",
            "comments",
            "shares",
            "saves",
        )
    }
    for i in range(40):
        p["published_at"].append(f"{first + timedelta(days=rng.randrange(35))} 12:00")
        p["platform"].append(rng.choice(["vk", "telegram"]))
        p["account"].append("acme")
        p["post_id"].append(str(i))
        p["impressions"].append(rng.randrange(1000, 9000))
        p["reach"].append(rng.choice([None, rng.randrange(500, 5000)]))
        p["likes"].append(rng.randrange(100))
        p["comments"].append(rng.randrange(20))
        p["shares"].append(rng.randrange(10))
        p["saves"].append(rng.choice([None, rng.randrange(10)]))
    a = {c: [] for c in ("date", "platform", "account", "followers", "followers_gained", "followers_lost")}
    for k in range(35):
        for platform, base in (("vk", 5000), ("telegram", 800)):
            a["date"].append(str(first + timedelta(days=k)))
            a["platform"].append(platform)
            a["account"].append("acme")
            a["followers"].append(base + 3 * k if platform == "vk" else None)
            a["followers_gained"].append(rng.randrange(20))
            a["followers_lost"].append(rng.randrange(10))
    s = {"date": [str(first + timedelta(days=k)) for k in range(35)]}
    s |= {
        "revenue": [rng.randrange(10_000, 90_000) + 0.5 for _ in s["date"]],
        "currency": ["RUB"] * 35,
        "orders": [rng.randrange(10, 90) for _ in s["date"]],
        "customers_new": [rng.randrange(5, 50) for _ in s["date"]],
        "customers_returning": [rng.randrange(5, 50) for _ in s["date"]],
    }
    return {"mentions": m, "posts": p, "audience": a, "sales": s}


SAMPLE = {name: frame(name, data) for name, data in sample().items()}


def shuffled(tables: dict, seed: int) -> dict:
    return {name: f.sample(frac=1, random_state=seed).reset_index(drop=True) for name, f in tables.items()}


def same(a: float, b: float) -> bool:
    return (a != a and b != b) or abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def test_every_designed_indicator_is_registered_in_display_order():
    assert [id for id in IDS if id in DESIGNED] == DESIGNED, "every designed indicator, in display order"
    assert {kind: list(REGISTRY.of_kind(kind)) for kind in DESIGNED_OTHERS} == DESIGNED_OTHERS
    assert [*IDS, *(id for ids in DESIGNED_OTHERS.values() for id in ids)] == ALL, "grouped by kind"


@pytest.mark.parametrize("field", ["label", "formula", "denominator"])
@pytest.mark.parametrize("id", ALL)
def test_texts_in_both_languages(id, field):
    text = TEXTS[f"indicator.{id}.{field}"]
    assert text["en"].strip() and re.search("[a-z]", text["en"])
    assert text["ru"].strip() and re.search("[а-яё]", text["ru"], re.IGNORECASE), "Russian text is in Russian"
    if field == "label":
        assert max(len(text["en"]), len(text["ru"])) <= 32, "fits a dashboard tile"
    else:
        assert text["en"] == getattr(REGISTRY[id], field), "the English is the spec's, written once"


def test_texts_cover_levels_and_nothing_stale():
    assert all(set(TEXTS[f"level.{level}"]) == {"en", "ru"} for level in GROUPS)
    described = {key.split(".")[1] for key in TEXTS if key.startswith("indicator.")}
    assert described == set(REGISTRY)


@pytest.mark.parametrize("id", ALL)
def test_signature_and_module_attribute(id):
    item = REGISTRY[id]
    assert getattr(FAMILIES[item.family], id) is item.func, "the decorator returns the function itself"
    parameters = inspect.signature(item.func).parameters.values()
    positional = [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]
    if item.kind == "period":
        assert positional == list(item.needs) and set(item.options) <= set(OPTIONS)
        assert item.level in LEVELS
    else:
        assert positional == ["tables", "period"] and set(item.options) <= set(PERIOD_OPTIONS)
    assert item.kind in KINDS and item.level in GROUPS and item.func.__doc__ and ">>> " in item.func.__doc__


@pytest.mark.parametrize("id", ALL)
def test_the_docstring_states_the_spec_formula_once(id):
    item = REGISTRY[id]
    doc = " ".join(item.func.__doc__.split())
    assert f"Formula: {item.formula}" in doc and doc.count("Formula:") == 1
    assert f"Denominator: {item.denominator.rstrip('.')}." in doc


def test_decorator_returns_the_function_and_checks_it():
    def fake_count(mentions, *, brand):
        """A fake count.

        >>> 1
        1
        """
        return 0.0

    spec = dict(level="output", unit="count", higher_is_better=True, formula="The mentions.", denominator=A_COUNT)
    try:
        assert indicator("fake_count", needs=("mentions",), **spec)(fake_count) is fake_count
        assert fake_count.__doc__.startswith("A fake count.\n\nFormula: The mentions.\nDenominator: None: a count.")
        assert list(REGISTRY.of_kind("period"))[-1] == "fake_count", "a period indicator goes with its kind"
    finally:
        REGISTRY.pop("fake_count", None)
    with pytest.raises(ValueError, match="positional parameters"):
        indicator("fake_posts", needs=("posts",), **spec)(fake_count)
    with pytest.raises(ValueError, match="level"):
        indicator("fake", needs=("mentions",), **spec | {"level": "impact (context)"})
    with pytest.raises(ValueError, match="kind"):
        indicator("fake", needs=("mentions",), kind="forecast", **spec)
    with pytest.raises(ValueError, match="formula and its denominator"):
        indicator("fake", needs=("mentions",), **spec | {"formula": " "})
    with pytest.raises(ValueError, match="positional parameters"):
        indicator("fake_cost", needs=("activities",), kind="cost", **spec)(fake_count)
    assert "fake_posts" not in REGISTRY and "fake_cost" not in REGISTRY


def test_a_docstring_that_writes_its_own_formula_is_refused():
    def fake_share(mentions):
        """A fake share.

        Formula: a second copy.
        """
        return 0.0

    spec = dict(level="output", unit="fraction", higher_is_better=True, formula="Ours ÷ all.", denominator="All")
    with pytest.raises(ValueError, match="the spec's formula is the one"):
        indicator("fake_share", needs=("mentions",), **spec)(fake_share)
    assert "fake_share" not in REGISTRY


@pytest.mark.parametrize("id", OTHERS)
def test_a_spec_of_another_kind_gives_a_float_and_no_value_without_data(id):
    item = REGISTRY[id]
    tables = {name: schema.empty(name) for name in schema.TABLES}
    value = item.func(tables, WEEK, brand=BRAND, tz=TZ)
    assert type(value) is float and value != value


def outside_the_week(name: str) -> dict:
    """One row of ``name`` a month before the week: the table has no data for the period."""
    column = schema.TABLES[name].date_column
    return {
        column: ["2026-10-20"],
        "brand": [BRAND],
        "platform": ["vk"],
        "account": ["acme"],
        "post_id": ["1"],
        "followers": [100],
        "revenue": [10.0],
        "orders": [1],
        "likes": [1],
        "reach": [1],
    }


@pytest.mark.parametrize("how", ["missing", "empty", "no data in the period"])
@pytest.mark.parametrize("id", IDS)
def test_no_data_for_the_period_is_nan(id, how, check_value):
    needs = REGISTRY[id].needs
    if how == "missing":
        tables = {}
    elif how == "empty":
        tables = {name: schema.empty(name) for name in needs}
    else:
        tables = {
            name: frame(name, {k: v for k, v in outside_the_week(name).items() if k in schema.TABLES[name].columns})
            for name in needs
        }
    check_value(compute(tables, WEEK, brand=BRAND, tz=TZ, ids=[id])[id], float("nan"), id)


def test_the_sample_gives_every_indicator_a_value():
    values = compute(SAMPLE, WEEK, brand=BRAND, tz=TZ)
    assert [id for id, v in values.items() if type(v) is not float or v != v] == []


@pytest.mark.parametrize("id", IDS)
def test_direct_call_returns_a_float(id):
    item = REGISTRY[id]
    options = {"brand": BRAND, "start": WEEK.start, "end": WEEK.end, "tz": TZ}
    assert type(item.func(*(SAMPLE[n] for n in item.needs), **{k: options[k] for k in item.options})) is float


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_row_order_does_not_change_results(seed):
    before = compute(SAMPLE, WEEK, brand=BRAND, tz=TZ)
    after = compute(shuffled(SAMPLE, seed), WEEK, brand=BRAND, tz=TZ)
    assert [id for id in before if not same(before[id], after[id])] == []


def test_the_registry_loads_no_words_for_people():
    import subprocess
    import sys

    code = (
        "import sys, metrics.catalog, metrics.vocabulary; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('resonance', 'dashboard')))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
