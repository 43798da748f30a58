"""AVE and "PR value": kept as a file gives them, labelled as not a measure of value, never used."""

from __future__ import annotations

import inspect
import math
import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from metrics import association, forecast, mix
from metrics.indicators import REGISTRY
from metrics.indicators import compute as compute_module
from metrics.indicators import registry as registry_module
from metrics.indicators.compute import compare, compute
from metrics.indicators.registry import frame
from metrics.periods import month, parse_week
from resonance.i18n import TEXTS, t

BRAND = "Acme"
WEEK = parse_week("2026-W48")
TZ = "Europe/Moscow"
FIRST = date(2026, 10, 26)
EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
# Reading the column: a quoted name, an attribute, or an item lookup. Docstrings may say "AVE".
READS_AVE = re.compile(r"""["']ave["']|\.ave\b""")


def sample(ave: list[float] | None) -> dict:
    """Five weeks of a brand's tables; ``ave`` fills the mentions' AVE column (None: not given)."""
    rng = random.Random(2026)
    n = 300
    mentions = {
        "published_at": [f"{FIRST + timedelta(days=rng.randrange(35))} {rng.randrange(24):02d}:00" for _ in range(n)],
        "brand": [rng.choice([BRAND, BRAND, "Rival"]) for _ in range(n)],
        "platform": [rng.choice(["vk", "news"]) for _ in range(n)],
        "author": [rng.choice([f"user{k}" for k in range(30)]) for _ in range(n)],
        "reach": [rng.randrange(10, 100_000) for _ in range(n)],
        "likes": [rng.randrange(40) for _ in range(n)],
        "comments": [rng.randrange(9) for _ in range(n)],
        "shares": [rng.randrange(5) for _ in range(n)],
        "sentiment": [rng.choice(["positive", "neutral", "negative", "unknown"]) for _ in range(n)],
        "is_question": [rng.random() < 0.2 for _ in range(n)],
        "ave": ave if ave is not None else [None] * n,
    }
    mentions["replied_at"] = [f"{p[:10]} 23:59" if rng.random() < 0.5 else None for p in mentions["published_at"]]
    posts = {
        "published_at": [f"{FIRST + timedelta(days=3 * k)} 12:00" for k in range(12)],
        "platform": ["vk"] * 12,
        "account": ["acme"] * 12,
        "post_id": [str(k) for k in range(12)],
        "reach": [1000 + k for k in range(12)],
        "impressions": [2000 + k for k in range(12)],
        "likes": [10 + k for k in range(12)],
        "comments": list(range(12)),
    }
    days = [str(FIRST + timedelta(days=k)) for k in range(35)]
    audience = {
        "date": days,
        "platform": ["vk"] * 35,
        "account": ["acme"] * 35,
        "followers": [5000 + 3 * k for k in range(35)],
    }
    sales = {
        "date": days,
        "revenue": [10_000.0 + k for k in range(35)],
        "currency": ["RUB"] * 35,
        "orders": [20 + k % 5 for k in range(35)],
        "customers_new": [5] * 35,
        "customers_returning": [7] * 35,
    }
    activities = {
        "start": ["2026-11-01"],
        "end": ["2026-11-30"],
        "channel": ["smm"],
        "name": ["content"],
        "budget": [90_000.0],
        "currency": ["RUB"],
        "contacts": [300_000],
    }
    data = {"mentions": mentions, "posts": posts, "audience": audience, "sales": sales, "activities": activities}
    return {name: frame(name, columns) for name, columns in data.items()}


HUGE = [1e12 * (k + 1) for k in range(300)]  # "PR value" multipliers gone wild
WITHOUT, WITH = sample(None), sample(HUGE)


def same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == b


def test_the_sample_carries_ave_and_the_other_does_not():
    assert mix.carries_ave(WITH["mentions"]) and not mix.carries_ave(WITHOUT["mentions"])
    assert WITH["mentions"]["ave"].sum() > 1e15


@pytest.mark.parametrize("id", list(REGISTRY.of_kind("period")))
def test_no_registered_indicator_changes_with_ave(id):
    before = compute(WITHOUT, WEEK, brand=BRAND, tz=TZ, ids=[id])[id]
    after = compute(WITH, WEEK, brand=BRAND, tz=TZ, ids=[id])[id]
    assert same(before, after), f"{id}: {before} without AVE, {after} with it"
    assert not math.isnan(after), f"{id} has a value in the sample, so the check means something"


def test_comparisons_mix_and_association_do_not_change_with_ave():
    before, after = compare(WITHOUT, WEEK, brand=BRAND, tz=TZ), compare(WITH, WEEK, brand=BRAND, tz=TZ)
    assert before.equals(after)
    assert channel_mix_of(WITHOUT).equals(channel_mix_of(WITH))
    weeks = {
        name: association.weekly_series(
            tables, "mentions_reach", brand=BRAND, start=FIRST, end=FIRST + timedelta(days=34), tz=TZ
        )
        for name, tables in (("without", WITHOUT), ("with", WITH))
    }
    assert weeks["without"].equals(weeks["with"])


def channel_mix_of(tables: dict):
    return mix.channel_mix(tables, month(2026, 11), brand=BRAND, tz=TZ)


@pytest.mark.parametrize("id", list(REGISTRY.of_kind("period")))
def test_no_registered_indicator_needs_or_reads_the_ave_column(id):
    item = REGISTRY[id]
    assert "ave" not in item.needs and "ave" not in item.options
    assert not READS_AVE.search(inspect.getsource(item.func)), f"{id} reads the ave column"
    module = inspect.getmodule(item.func)
    assert not READS_AVE.search(inspect.getsource(module)), f"{module.__name__} reads the ave column"


@pytest.mark.parametrize("module", [compute_module, registry_module, association, forecast])
def test_the_machinery_around_indicators_does_not_read_ave(module):
    assert not READS_AVE.search(inspect.getsource(module)), module.__name__


def test_an_imported_file_keeps_its_ave_and_the_indicators_ignore_it():
    from metrics.ingest import read_export

    mentions = read_export(EXPORTS / "listening" / "meltwater_explore.csv").frame
    assert mix.carries_ave(mentions)  # kept as the file gives it
    week = parse_week("2026-W47")
    blanked = mentions.assign(ave=mentions["ave"] * float("nan"))
    ids = [id for id, item in REGISTRY.of_kind("period").items() if item.needs == ("mentions",)]
    kept = compute({"mentions": mentions}, week, brand="Зерно", tz=TZ, ids=ids)
    without = compute({"mentions": blanked}, week, brand="Зерно", tz=TZ, ids=ids)
    assert all(same(kept[id], without[id]) for id in ids) and kept["mentions"] == 3.0


def test_ave_is_labelled_as_not_a_measure_of_value_in_both_languages():
    en, ru = t(mix.AVE_NOTE, "en"), t(mix.AVE_NOTE, "ru")
    assert "Barcelona Principles" in en and "not a measure of the value" in en
    assert "Барселонские принципы" in ru and "не являются мерой ценности" in ru
    assert "never used as value" in TEXTS["column.ave"]["en"]
