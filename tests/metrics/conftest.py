"""Shared helpers for the indicator tests: inputs are dicts of lists, and one assertion helper.

Indicator cases are written as ``(id, inputs, expected)`` where ``inputs`` maps table names to
dicts of lists (``{"mentions": {"brand": ["Acme"]}}``). Tables an indicator needs but the case
leaves out are empty. Every case is about our brand ``Acme`` and the ISO week 2026-W48.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import pytest

from metrics import schema
from metrics.indicators import REGISTRY
from metrics.indicators.registry import frame
from metrics.periods import parse_week

BRAND = "Acme"
WEEK = parse_week("2026-W48")  # Monday 2026-11-23 … Sunday 2026-11-29
TZ = "Europe/Moscow"


def tables_from(inputs: Mapping[str, Mapping[str, list]]) -> dict:
    """Canonical frames from dicts of lists."""
    return {name: frame(name, data) for name, data in inputs.items()}


def same_value(got: float, expected: float) -> bool:
    """Equal as numbers, with NaN equal to NaN and a tolerance for float rounding."""
    if isinstance(expected, float) and math.isnan(expected):
        return isinstance(got, float) and math.isnan(got)
    return isinstance(got, float) and math.isclose(got, expected, rel_tol=1e-12, abs_tol=1e-12)


def assert_value(got: object, expected: float, what: str = "value") -> None:
    """The one assertion of indicator tests: a float equal to ``expected`` (NaN equals NaN)."""
    assert isinstance(got, float), f"{what}: {got!r} is a {type(got).__name__}, not a float"
    assert same_value(got, expected), f"{what}: got {got!r}, expected {expected!r}"


def call_indicator(id: str, inputs: Mapping[str, Mapping[str, list]]) -> float:
    """Call indicator ``id`` directly on frames built from ``inputs`` (already the period's rows)."""
    item = REGISTRY[id]
    frames = [frame(name, inputs[name]) if name in inputs else schema.empty(name) for name in item.needs]
    options = {"brand": BRAND, "start": WEEK.start, "end": WEEK.end, "tz": TZ}
    return item.func(*frames, **{k: options[k] for k in item.options})


@pytest.fixture
def check_indicator() -> Callable[[str, Mapping, float], None]:
    """``check_indicator(id, inputs, expected)``: call the indicator and assert its value."""

    def check(id: str, inputs: Mapping[str, Mapping[str, list]], expected: float) -> None:
        assert_value(call_indicator(id, inputs), expected, id)

    return check


@pytest.fixture
def check_value() -> Callable[[object, float, str], None]:
    """``check_value(got, expected, what)``: the same assertion for values computed by a test."""
    return assert_value


@pytest.fixture
def make_tables() -> Callable[[Mapping], dict]:
    return tables_from


@pytest.fixture(scope="session")
def demo_read(tmp_path_factory) -> tuple[dict, dict]:
    """The tables (texts included) and settings of a demo workspace built for the library's tests.

    The dashboard's tests keep their own demo workspace open; this one is built apart and closed
    after reading, so closing it cannot touch theirs.
    """
    from metrics import demo, store

    path = tmp_path_factory.mktemp("library_demo") / "demo.duckdb"
    demo.build(path)
    workspace = store.open_workspace(path)
    try:
        return workspace.read_all(with_text=True), workspace.settings()
    finally:
        workspace.close()


@pytest.fixture(scope="session")
def demo_tables(demo_read) -> tuple[dict, dict]:
    return demo_read
