"""What a page shows, as one value: the workspace's version, the period, the brand, the platforms, the language.

Pages build nothing from loose choices: they read one :class:`Scope` and pass it whole to the cached
loaders (``dashboard.state``) and to the chart builders that need more than the language. It is a frozen
dataclass of hashable values, so equal choices make equal scopes and cache keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from metrics.indicators.registry import is_competitor
from metrics.periods import Period


@dataclass(frozen=True)
class Snapshot:
    """One workspace as of one version: what every read of its tables depends on.

    >>> Snapshot("/tmp/demo.duckdb", 3) == Snapshot("/tmp/demo.duckdb", 3)
    True
    """

    path: str
    version: int


@dataclass(frozen=True)
class Scope:
    """What a page shows: one version of a workspace, a period of a granularity, a brand, the platforms
    (None: all), the language; with the workspace's settings the numbers depend on (our brand, the
    time zone, the currency).

    >>> from dataclasses import replace
    >>> from datetime import date
    >>> week = Scope(Snapshot("w.duckdb", 1), Period(date(2026, 11, 16), date(2026, 11, 22)), "week",
    ...              brand="Крона", our_brand="Зерно", platforms=None, lang="en", tz="Europe/Moscow",
    ...              currency="RUB")
    >>> week.only_for, replace(week, brand="Зерно").only_for
    ('Зерно', None)
    """

    snapshot: Snapshot
    period: Period | None
    granularity: str
    brand: str | None
    our_brand: str | None
    platforms: tuple[str, ...] | None
    lang: str
    tz: str
    currency: str

    @property
    def shown_period(self) -> Period:
        """The period, for what is drawn only once there is one (a page without data stops before)."""
        if self.period is None:
            raise ValueError("no period is chosen: the workspace has no data yet")
        return self.period

    @property
    def only_for(self) -> str | None:
        """Our brand's name when a competitor is chosen (what exists only for our brand is labelled
        with it and has no value); None when the brand chosen is ours."""
        return self.our_brand if is_competitor(self.brand, self.our_brand) else None

    def cache_key(self) -> tuple:
        """Every choice, as plain values: what a cached result in words depends on."""
        return (*self.data_key(), self.lang)

    def data_key(self) -> tuple:
        """Every choice but the language: what a cached result without words depends on (both
        languages share it, so switching the language computes nothing again)."""
        period = (self.period.start, self.period.end) if self.period is not None else None
        return (
            self.snapshot.path,
            self.snapshot.version,
            period,
            self.granularity,
            self.brand,
            self.our_brand,
            self.platforms,
            self.tz,
            self.currency,
        )
