"""The scope of a page: one value, equal for equal choices, and the key of every cached loader."""

from dataclasses import replace
from datetime import date

import pytest

from dashboard import state
from dashboard.scope import Scope, Snapshot
from metrics.periods import Period

WEEK = Period(date(2026, 11, 16), date(2026, 11, 22))


def week(**changes) -> Scope:
    chosen = Scope(
        Snapshot("/home/demo.duckdb", 7),
        WEEK,
        "week",
        brand="Зерно",
        our_brand="Зерно",
        platforms=("vk", "telegram"),
        lang="ru",
        tz="Europe/Moscow",
        currency="RUB",
    )
    return replace(chosen, **changes)


def test_equal_choices_make_equal_scopes_with_equal_hashes():
    assert week() == week() and hash(week()) == hash(week())
    assert len({week(), week(), week(brand="Крона")}) == 2


@pytest.mark.parametrize(
    "change",
    [
        {"brand": "Крона"},
        {"period": Period(date(2026, 11, 9), date(2026, 11, 15))},
        {"snapshot": Snapshot("/home/demo.duckdb", 8)},
        {"snapshot": Snapshot("/home/other.duckdb", 7)},
        {"platforms": ("vk",)},
        {"platforms": None},
        {"granularity": "range"},
        {"tz": "Asia/Almaty"},
    ],
)
def test_a_change_of_choice_or_version_changes_the_key(change):
    assert week(**change) != week()
    assert week(**change).data_key() != week().data_key()
    assert week(**change).cache_key() != week().cache_key()


def test_only_the_key_of_a_result_in_words_holds_the_language():
    assert week(lang="en").data_key() == week().data_key()
    assert week(lang="en").cache_key() != week().cache_key()


def test_a_competitor_chosen_is_told_by_the_scope():
    assert week().only_for is None
    assert week(brand="Крона").only_for == "Зерно"


def test_a_cached_loader_computes_again_only_when_the_scope_changes():
    calls: list[Scope] = []

    @state.loader(max_entries=8)
    def numbers(scope: Scope, extra: int = 0) -> str:
        calls.append(scope)
        return f"{scope.brand} {scope.snapshot.version} {extra}"

    @state.loader(max_entries=8, words=True)
    def sentence(scope: Scope) -> str:
        calls.append(scope)
        return f"{scope.brand} ({scope.lang})"

    numbers.clear()
    sentence.clear()
    assert numbers(week()) == numbers(week()) == "Зерно 7 0"
    assert len(calls) == 1
    assert numbers(week(brand="Крона")) == "Крона 7 0"
    assert numbers(week(snapshot=Snapshot("/home/demo.duckdb", 8))) == "Зерно 8 0"
    assert numbers(week(), extra=1) == "Зерно 7 1"
    assert len(calls) == 4
    assert numbers(week(lang="en")) == "Зерно 7 0" and len(calls) == 4  # numbers are the same in English
    assert sentence(week()) == "Зерно (ru)" and sentence(week(lang="en")) == "Зерно (en)"
    assert sentence(week()) == "Зерно (ru)" and len(calls) == 6
