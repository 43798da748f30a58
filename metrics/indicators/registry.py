"""The one list of every number the product shows, as plain data, and the helpers indicators share.

Each number is an :class:`Indicator` spec registered with ``@indicator`` next to the function that
computes it: its ``kind``, AMEC level, unit, direction, formula and denominator (written once, in
English, in the spec), the canonical tables it reads, how many days before the period it needs and
whether it exists only for our brand. The decorator returns the function itself, with the formula
and denominator written into its docstring. The words for people (labels, the Russian formula and
denominator) live with the interface that shows them, never here.

Kinds (``KINDS``): ``period`` indicators are one number per period from the canonical tables,
``indicator(tables..., *, options)``, in :mod:`metrics.indicators`; the others take
``(tables, period, *, brand, tz)``: the lagged ``association`` of an indicator with sales
(:mod:`metrics.association`) and the ``cost`` per contact of the marketing mix (:mod:`metrics.mix`).
``metrics.catalog`` imports every family, so its ``REGISTRY`` is complete; ``REGISTRY.of_kind("period")``
gives one kind, in display order.

>>> from metrics.indicators import REGISTRY
>>> REGISTRY["net_sentiment"].level, REGISTRY["net_sentiment"].needs, REGISTRY["net_sentiment"].kind
('out-take', ('mentions',), 'period')

Mentions are found per brand, ours and the competitors'; every other table (our own accounts'
posts and audience, our sales, our marketing calendar and context) is our brand's alone. An
indicator that reads one of them exists only for our brand (``ours_only``): with a competitor
chosen it has no value, never our figure under the competitor's name.

>>> REGISTRY["net_sentiment"].ours_only, REGISTRY["followers"].ours_only
(False, True)
"""

from __future__ import annotations

import inspect
import math
import re
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from metrics import schema, vocabulary

KINDS = ("period", "association", "cost")
LEVELS = ("output", "out-take", "outcome", "impact")  # AMEC
GROUPS = (*LEVELS, "mix")  # what a spec's ``level`` may be: an AMEC level, or the marketing mix (inputs)
UNITS = ("count", "fraction", "index", "currency", "hours")
OPTIONS = ("brand", "start", "end", "tz")
KNOWN_SENTIMENTS = vocabulary.KNOWN_SENTIMENTS
# The parameters of a function of any kind other than ``period``, and the options it may take.
TABLES_AND_PERIOD = ("tables", "period")
PERIOD_OPTIONS = ("brand", "tz")
# The denominator of a number that has none.
A_COUNT = "None: a count"
A_SUM = "None: a sum"
# The canonical tables that hold our brand's data only (mentions are per brand), in the order a
# page names the source: our own accounts, our sales, our marketing calendar, our market context.
OWN_TABLES = ("posts", "audience", "sales", "activities", "context")
DOC_WIDTH = 100


def ours_only(needs: Sequence[str]) -> bool:
    """Whether an indicator reading the tables ``needs`` exists only for our brand.

    >>> ours_only(("mentions",)), ours_only(("activities", "mentions"))
    (False, True)
    """
    return any(table in OWN_TABLES for table in needs)


def own_source(needs: Sequence[str]) -> str | None:
    """The first of ``needs`` that is our brand's alone (``OWN_TABLES`` order), or None.

    >>> own_source(("posts", "audience")), own_source(("mentions",))
    ('posts', None)
    """
    return next((table for table in OWN_TABLES if table in needs), None)


def taken_as_ours(values: Mapping[str, float], our_brand: str | None) -> bool:
    """Whether figures of our own accounts, sales or calendar (``ours_only``) have a value while the workspace
    names no brand of its own: they are then shown for the brand chosen as if it were ours, which is said
    (the command line's summary, the reports and the dashboard's pages: ``tests/resonance/test_cli_competitor.py``,
    ``tests/dashboard/test_pages_competitor.py``)."""
    return our_brand is None and any(
        REGISTRY[i].ours_only and not math.isnan(v) for i, v in values.items() if i in REGISTRY
    )


def is_competitor(brand: str | None, our_brand: str | None) -> bool:
    """Whether ``brand`` is a competitor: a brand other than ``our_brand`` (both known).

    >>> is_competitor("Крона", "Зерно"), is_competitor("Зерно", "Зерно"), is_competitor("Крона", None)
    (True, False, False)
    """
    return brand is not None and our_brand is not None and brand != our_brand


@dataclass(frozen=True)
class Indicator:
    """The spec of one number the product shows, and the function that computes it."""

    id: str
    func: Callable[..., float]
    level: str
    unit: str
    higher_is_better: bool | None
    needs: tuple[str, ...]
    lookback_days: int
    family: str
    ours_only: bool = False  # reads a table of our brand only (``OWN_TABLES``): no value for a competitor
    full_lookback: bool = False  # no value unless the data covers every look-back day (not only some)
    kind: str = "period"
    formula: str = ""  # in English; "–" is how an interface shows no value
    denominator: str = ""

    @property
    def options(self) -> tuple[str, ...]:
        """The keyword-only options the function declares (a subset of ``OPTIONS``)."""
        parameters = inspect.signature(self.func).parameters.values()
        return tuple(p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY)


class Registry(dict[str, Indicator]):
    """Every registered spec by id: grouped by kind in ``KINDS`` order, each kind in the order registered."""

    def add(self, spec: Indicator) -> None:
        """Register ``spec`` (replacing one of the same id) and keep the kinds in ``KINDS`` order."""
        self[spec.id] = spec
        ordered = sorted(self.values(), key=lambda s: KINDS.index(s.kind))
        if [s.id for s in ordered] != list(self):
            self.clear()
            self.update((s.id, s) for s in ordered)

    def of_kind(self, *kinds: str) -> dict[str, Indicator]:
        """The specs of ``kinds``, by id, in registry order.

        >>> from metrics.indicators import REGISTRY
        >>> list(REGISTRY.of_kind("period"))[:3]
        ['posts_published', 'reach', 'impressions']
        """
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise ValueError(f"unknown kinds {unknown}: use {', '.join(KINDS)}")
        return {id: spec for id, spec in self.items() if spec.kind in kinds}


REGISTRY = Registry()


def indicator(
    id: str,
    *,
    level: str,
    unit: str,
    needs: Sequence[str],
    higher_is_better: bool | None,
    formula: str,
    denominator: str,
    kind: str = "period",
    lookback_days: int = 0,
    full_lookback: bool = False,
) -> Callable[[Callable[..., float]], Callable[..., float]]:
    """Register the decorated function as the spec ``id`` and return it, its docstring completed.

    A ``period`` function's positional parameters must be named after ``needs`` (canonical tables, in
    that order) and its keyword-only options must be among ``OPTIONS``; any other kind takes
    ``(tables, period)`` and options among ``PERIOD_OPTIONS``. ``formula`` and ``denominator``
    (English) are written once, here: the decorator puts them in the docstring after its summary
    line, so the docstring itself must not carry a ``Formula:``. ``full_lookback``: the indicator
    compares the period with all of its ``lookback_days`` (who came back), so it has no value when
    the data starts after the first of them; otherwise the look-back is where a last value is searched.
    """
    _check_spec(id, kind, level, unit, needs, formula, denominator)

    def register(func: Callable[..., float]) -> Callable[..., float]:
        _check_signature(id, kind, needs, func)
        known = REGISTRY.get(id)
        if known and (known.func.__module__, known.func.__qualname__) != (func.__module__, func.__qualname__):
            raise ValueError(f"indicator {id!r} is registered twice")
        if known is None or known.func is not func:
            func.__doc__ = documented(id, func.__doc__, formula, denominator)
        family = func.__module__.rsplit(".", 1)[-1]
        REGISTRY.add(
            Indicator(
                id,
                func,
                level,
                unit,
                higher_is_better,
                tuple(needs),
                lookback_days,
                family,
                ours_only(needs),
                full_lookback,
                kind,
                formula,
                denominator,
            )
        )
        return func

    return register


def _check_spec(
    id: str, kind: str, level: str, unit: str, needs: Sequence[str], formula: str, denominator: str
) -> None:
    """Raise ``ValueError`` saying what is wrong with a spec and what is valid."""
    if kind not in KINDS:
        raise ValueError(f"indicator {id!r}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if level not in GROUPS:
        raise ValueError(f"indicator {id!r}: level {level!r} is not one of {', '.join(GROUPS)}")
    if unit not in UNITS:
        raise ValueError(f"indicator {id!r}: unit {unit!r} is not one of {', '.join(UNITS)}")
    unknown = [t for t in needs if t not in schema.TABLES]
    if unknown:
        raise ValueError(f"indicator {id!r}: {unknown} are not canonical tables ({', '.join(schema.TABLES)})")
    if not formula.strip() or not denominator.strip():
        raise ValueError(f"indicator {id!r}: a spec states its formula and its denominator")


def _check_signature(id: str, kind: str, needs: Sequence[str], func: Callable[..., float]) -> None:
    """Raise ``ValueError`` when ``func``'s parameters do not fit its kind and its tables."""
    parameters = list(inspect.signature(func).parameters.values())
    positional = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    options = [p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY]
    expected, allowed = (list(needs), OPTIONS) if kind == "period" else (list(TABLES_AND_PERIOD), PERIOD_OPTIONS)
    if positional != expected:
        raise ValueError(f"indicator {id!r}: positional parameters {positional} must be {expected}")
    if not set(options) <= set(allowed):
        raise ValueError(f"indicator {id!r}: options {options} must be among {', '.join(allowed)}")


def documented(id: str, doc: str | None, formula: str, denominator: str) -> str:
    """``doc`` with the spec's formula and denominator as its second paragraph.

    >>> print(documented("x", "Posts published.\\n\\n    Edge cases: none is 0.\\n", "Our posts.", A_COUNT))
    Posts published.
    <BLANKLINE>
    Formula: Our posts.
    Denominator: None: a count.
    <BLANKLINE>
    Edge cases: none is 0.
    <BLANKLINE>
    """
    text = inspect.cleandoc(doc or "")
    if not text:
        raise ValueError(f"indicator {id!r}: the function needs a docstring with a summary line and an example")
    if re.search(r"^Formula:", text, re.MULTILINE):
        raise ValueError(f"indicator {id!r}: the docstring writes a formula; the spec's formula is the one")
    summary, _, rest = text.partition("\n\n")
    section = [
        textwrap.fill(f"Formula: {formula}", DOC_WIDTH),
        textwrap.fill(f"Denominator: {denominator.rstrip('.')}.", DOC_WIDTH),
    ]
    return "\n\n".join([summary, "\n".join(section), *([rest] if rest else [])]) + "\n"


# Helpers shared by the indicator functions. Canonical columns are nullable (pd.NA); these turn
# them into plain NumPy arrays with an explicit policy for missing values.


def frame(table: str, data: Mapping[str, Sequence]) -> pd.DataFrame:
    """A canonical frame of ``table`` from a dict of lists (other columns all missing).

    >>> frame("mentions", {"brand": ["Acme"], "published_at": ["2026-11-23 10:00"]})["published_at"].iloc[0]
    Timestamp('2026-11-23 10:00:00+0000', tz='UTC')
    """
    return schema.conform(table, pd.DataFrame(dict(data)))


def is_value(series: pd.Series, value: str | None) -> np.ndarray:
    """``series == value`` as a bool array; missing is False."""
    return series.eq(value).to_numpy(dtype=bool, na_value=False)


def is_true(series: pd.Series) -> np.ndarray:
    """A boolean column as a bool array; missing is False."""
    return series.to_numpy(dtype=bool, na_value=False)


def numbers(series: pd.Series) -> np.ndarray:
    """A numeric column as float64; missing is NaN."""
    return series.to_numpy(dtype="float64", na_value=np.nan)


def ours(mentions: pd.DataFrame, brand: str | None) -> np.ndarray:
    """Which mentions are of our brand (exact canonical name); none without a brand."""
    return is_value(mentions["brand"], brand)


def reported_sum(values: np.ndarray, selected: np.ndarray | None = None) -> float:
    """The sum of the selected values, with the "not reported" rule.

    No selected rows is a real 0.0, unless the frame has rows and none of them reports the value
    (the source does not report it: NaN); selected rows whose value is missing in every one of
    them give NaN; otherwise missing values are skipped.

    >>> reported_sum(np.array([np.nan, np.nan]), np.array([False, False]))
    nan
    >>> reported_sum(np.array([5.0, np.nan]), np.array([False, False]))
    0.0
    """
    if selected is not None:
        if not selected.any() and len(values) and np.isnan(values).all():
            return float("nan")
        values = values[selected]
    if len(values) == 0:
        return 0.0
    if np.isnan(values).all():
        return float("nan")
    return float(np.nansum(values))


def row_total(frame: pd.DataFrame, columns: Sequence[str]) -> np.ndarray:
    """Per row, the sum of ``columns`` that are given; NaN where none of them is."""
    parts = np.column_stack([numbers(frame[c]) for c in columns])
    given = ~np.isnan(parts)
    total = np.where(given, parts, 0.0).sum(axis=1)
    return np.where(given.any(axis=1), total, np.nan)


def accounts(audience: pd.DataFrame) -> np.ndarray:
    """A code per row for its account, a (platform, account) pair; a missing part is a value of its own."""
    return audience.groupby(["platform", "account"], dropna=False, sort=False).ngroup().to_numpy()


def last_given(values: np.ndarray, days: np.ndarray, selected: np.ndarray) -> float:
    """The value on the latest day among ``selected`` rows whose value is given; NaN if none is."""
    rows = np.flatnonzero(selected & ~np.isnan(values))
    if len(rows) == 0:
        return float("nan")
    return float(values[rows[np.argmax(days[rows])]])


def latest_followers(audience: pd.DataFrame) -> float:
    """Followers at the end of the data: per account its latest day with a total, summed.

    NaN when no account gives a total.
    """
    totals = numbers(audience["followers"])
    days = audience["date"].to_numpy(dtype="datetime64[D]")
    codes = accounts(audience)
    latest = [last_given(totals, days, codes == code) for code in np.unique(codes)]
    latest = [v for v in latest if not np.isnan(v)]
    return float(sum(latest)) if latest else float("nan")


def ratio(numerator: float, denominator: float) -> float:
    """``numerator ÷ denominator``, NaN when either is missing or the denominator is 0."""
    if not math.isfinite(numerator) or not math.isfinite(denominator) or denominator == 0:
        return float("nan")
    return float(numerator / denominator)
