"""Reporting periods: ISO weeks, calendar months, days, and the local days they are made of.

A period is a closed range of local days in the workspace's business time zone. Timestamps are
stored in UTC; ``local_date`` turns them into the local day they belong to, and ``bucket`` labels
each day with the first day of its day, ISO week or month.

>>> parse_week("2026-W48")
Period(start=datetime.date(2026, 11, 23), end=datetime.date(2026, 11, 29))
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

DEFAULT_TZ = "Europe/Moscow"
GRANULARITIES = ("day", "week", "month")
RANGE = "range"  # a period chosen from–to: compared with the period of the same length before it

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


class PeriodError(ValueError):
    """A period, week or granularity that does not exist or cannot be read."""


@dataclass(frozen=True, order=True)
class Period:
    """A closed range of local days, ``start`` to ``end`` inclusive.

    >>> week = Period(date(2026, 11, 23), date(2026, 11, 29))
    >>> week.days, week.previous().start, week.shift(2).end
    (7, datetime.date(2026, 11, 16), datetime.date(2026, 12, 13))
    """

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        """The number of days in the period, both ends included."""
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length immediately before this one."""
        return self.shift(-1)

    def shift(self, n: int) -> Period:
        """This period moved by ``n`` of its own lengths (negative ``n`` goes back)."""
        step = timedelta(days=self.days * n)
        return Period(self.start + step, self.end + step)

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def day(value: date) -> Period:
    """The one-day period of ``value``."""
    return Period(value, value)


def iso_week(year: int, week: int) -> Period:
    """The ISO week ``week`` of ISO year ``year``, Monday to Sunday.

    Raises ``PeriodError`` for a week the year does not have (most years have 52).

    >>> iso_week(2025, 1)
    Period(start=datetime.date(2024, 12, 30), end=datetime.date(2025, 1, 5))
    """
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        weeks = date(year, 12, 28).isocalendar().week if 1 <= year <= 9999 else None
        valid = f"weeks 1–{weeks}" if weeks else "years 1–9999"
        raise PeriodError(f"{year}-W{week:02d} is not an ISO week: {year} has {valid}") from None
    return Period(monday, monday + timedelta(days=6))


def parse_week(text: str) -> Period:
    """Read an ISO week written as ``YYYY-Www`` (``2026-W47``; ``2026W47`` and ``2026-w47`` too).

    >>> parse_week("2026-W47").start
    datetime.date(2026, 11, 16)
    >>> parse_week("2026-47")
    Traceback (most recent call last):
    ...
    metrics.periods.PeriodError: '2026-47' is not an ISO week: write it as YYYY-Www, e.g. 2026-W47
    """
    match = _WEEK.match(str(text))
    if match is None:
        raise PeriodError(f"{text!r} is not an ISO week: write it as YYYY-Www, e.g. 2026-W47")
    return iso_week(int(match[1]), int(match[2]))


def month(year: int, month: int) -> Period:
    """The calendar month ``month`` (1–12) of ``year``.

    >>> month(2026, 2)
    Period(start=datetime.date(2026, 2, 1), end=datetime.date(2026, 2, 28))
    """
    if not 1 <= month <= 12:
        raise PeriodError(f"{year}-{month:02d} is not a month: months are 1–12")
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return Period(first, following - timedelta(days=1))


def granularity_of(period: Period) -> str | None:
    """``"day"``, ``"week"`` (Monday–Sunday) or ``"month"`` (calendar) if ``period`` is one, else None."""
    if period.days == 1:
        return "day"
    if period.days == 7 and period.start.weekday() == 0:
        return "week"
    if period == month(period.start.year, period.start.month):
        return "month"
    return None


def periods_ending(period: Period, n: int, granularity: str | None = None) -> list[Period]:
    """The ``n`` periods immediately before ``period``, oldest first.

    Weeks and days step by their length; months step by calendar month. Without ``granularity``
    it is read from ``period`` itself; a period that is none of these, or any period with
    ``granularity="range"``, steps by its own length.

    >>> [str(p) for p in periods_ending(month(2026, 3), 2)]
    ['2026-01-01..2026-01-31', '2026-02-01..2026-02-28']
    """
    if granularity is None:
        granularity = granularity_of(period)
    elif granularity != RANGE and granularity not in GRANULARITIES:
        raise PeriodError(f"{granularity!r} is not a granularity: use one of {', '.join(GRANULARITIES)}")
    out = []
    current = period
    for _ in range(n):
        if granularity == "month":
            before = current.start - timedelta(days=1)
            current = month(before.year, before.month)
        elif granularity == "week":
            current = Period(current.start - timedelta(days=7), current.start - timedelta(days=1))
        elif granularity == "day":
            current = day(current.start - timedelta(days=1))
        else:
            current = current.previous()
        out.append(current)
    return out[::-1]


def week_name(period: Period) -> str:
    """The ISO week a period starts in, as ``YYYY-Www``.

    >>> week_name(iso_week(2026, 47))
    '2026-W47'
    """
    iso = period.start.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def parse_month(text: str) -> Period:
    """Read a calendar month written as ``YYYY-MM`` (``2026-11``).

    >>> parse_month("2026-11").end
    datetime.date(2026, 11, 30)
    """
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", str(text))
    if match is None:
        raise PeriodError(f"{text!r} is not a month: write it as YYYY-MM, e.g. 2026-11")
    return month(int(match[1]), int(match[2]))


def parse_day(text: str) -> date:
    """Read a day written as ``YYYY-MM-DD`` (``2026-11-16``).

    >>> parse_day("2026-11-16")
    datetime.date(2026, 11, 16)
    """
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise PeriodError(f"{text!r} is not a day: write it as YYYY-MM-DD, e.g. 2026-11-16") from None


# --- a period in an address: week=2026-W47, month=2026-11, day=2026-11-16, from=…&to=… ---

ADDRESS_KEYS = ("week", "month", "day", "from", "to")


def to_address(period: Period, granularity: str) -> dict[str, str]:
    """The query parameters that name ``period`` of ``granularity`` in a link.

    >>> to_address(iso_week(2026, 47), "week")
    {'week': '2026-W47'}
    >>> to_address(Period(date(2026, 11, 1), date(2026, 11, 20)), RANGE)
    {'from': '2026-11-01', 'to': '2026-11-20'}
    """
    if granularity == "week":
        return {"week": week_name(period)}
    if granularity == "month":
        return {"month": period.start.strftime("%Y-%m")}
    if granularity == "day":
        return {"day": period.start.isoformat()}
    return {"from": period.start.isoformat(), "to": period.end.isoformat()}


def from_address(params: Mapping[str, str]) -> tuple[Period, str] | None:
    """The period and granularity a link names, or None when it names none.

    A week, month or day is taken first; ``from`` and ``to`` make a custom range (``from`` alone is
    one day). Raises ``PeriodError`` for a value that cannot be read.

    >>> from_address({"month": "2026-11", "lang": "ru"})
    (Period(start=datetime.date(2026, 11, 1), end=datetime.date(2026, 11, 30)), 'month')
    >>> from_address({"from": "2026-11-01", "to": "2026-11-20"})[1]
    'range'
    >>> from_address({"brand": "Зерно"}) is None
    True
    """
    if params.get("week"):
        return parse_week(params["week"]), "week"
    if params.get("month"):
        return parse_month(params["month"]), "month"
    if params.get("day"):
        return day(parse_day(params["day"])), "day"
    if params.get("from"):
        start = parse_day(params["from"])
        return Period(start, parse_day(params["to"]) if params.get("to") else start), RANGE
    return None


def last_complete_week(last_data_day: date, today: date) -> Period:
    """The latest Monday–Sunday week whose Sunday is on or before both ``last_data_day`` and ``today``.

    When the data ends mid-week, that week is not complete and the week before is returned.

    >>> last_complete_week(date(2026, 11, 26), today=date(2026, 11, 30))  # data ends on a Thursday
    Period(start=datetime.date(2026, 11, 16), end=datetime.date(2026, 11, 22))
    """
    limit = min(last_data_day, today)
    sunday = limit - timedelta(days=(limit.weekday() + 1) % 7)
    return Period(sunday - timedelta(days=6), sunday)


def _as_days(values: pd.Series | pd.Index | np.ndarray, tz: str) -> np.ndarray:
    """Local days as ``datetime64[D]``: aware timestamps are converted to ``tz``, naive ones kept."""
    values = pd.Series(values) if not isinstance(values, pd.Series) else values
    if not pd.api.types.is_datetime64_any_dtype(values.dtype):
        values = pd.to_datetime(values)
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        values = values.dt.tz_convert(tz).dt.tz_localize(None)
    return values.to_numpy().astype("datetime64[D]")


def local_days(values: pd.Series | np.ndarray, tz: str = DEFAULT_TZ) -> np.ndarray:
    """Like ``local_date`` but returns a NumPy ``datetime64[D]`` array (fast to compare)."""
    return _as_days(values, tz)


def local_date(ts: pd.Series, tz: str = DEFAULT_TZ) -> pd.Series:
    """The local day (midnight, ``datetime64[s]``) in ``tz`` of each UTC timestamp.

    Timestamps without a zone are taken as local already; dates stay as they are; missing stays
    missing.

    >>> ts = pd.Series(pd.to_datetime(["2026-11-22 22:30", "2026-11-22 20:30"], utc=True))
    >>> local_date(ts).dt.strftime("%Y-%m-%d").tolist()
    ['2026-11-23', '2026-11-22']
    """
    index = ts.index if isinstance(ts, pd.Series) else None
    return pd.Series(_as_days(ts, tz).astype("datetime64[s]"), index=index, name=getattr(ts, "name", None))


def bucket(dates: pd.Series, granularity: str, tz: str = DEFAULT_TZ) -> pd.Series:
    """Label each timestamp or date with the first local day of its day, ISO week or month.

    >>> ts = pd.Series(pd.to_datetime(["2026-11-22 22:30", "2026-11-30 09:00"], utc=True))
    >>> bucket(ts, "week").dt.strftime("%Y-%m-%d").tolist()
    ['2026-11-23', '2026-11-30']
    >>> bucket(ts, "month").dt.strftime("%Y-%m-%d").tolist()
    ['2026-11-01', '2026-11-01']
    """
    if granularity not in GRANULARITIES:
        raise PeriodError(f"{granularity!r} is not a granularity: use one of {', '.join(GRANULARITIES)}")
    days = _as_days(dates, tz)
    if granularity == "week":
        weekday = (days.astype("int64") + 3) % 7  # 1970-01-01 was a Thursday
        days = days - weekday.astype("timedelta64[D]")
    elif granularity == "month":
        days = days.astype("datetime64[M]").astype("datetime64[D]")
    index = dates.index if isinstance(dates, pd.Series) else None
    return pd.Series(days.astype("datetime64[s]"), index=index, name=granularity)
