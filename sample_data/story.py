"""The calendar of the Zerno demo story: the period, the dated events, and the curves they make.

Every series in ``generate.py`` and ``mentions.py`` reads its dates from here, so the README's
dates and the data's cannot drift apart.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

SEED = 20261126
DAYS = pd.date_range("2025-11-24", "2026-11-22", freq="D")  # 364 days = 2025-W48 … 2026-W47
N_DAYS = len(DAYS)
YEAR = np.linspace(0.0, 1.0, N_DAYS)  # position in the period, for trends
DOW = DAYS.day_of_week.to_numpy()  # 0 = Monday
MSK = dt.timedelta(hours=3)  # Europe/Moscow is UTC+3 all year
EXPORT_AT = dt.datetime(2026, 11, 23, 10, 0)  # when the post exports were taken (Moscow time)

# The dated events.
TV_FLIGHT = ("2026-03-02", "2026-03-29")  # then a two-week tail
PROMO = ("2026-09-14", "2026-10-11")  # «Осенний кэшбэк»
OUTAGE = ("2026-07-14", "2026-07-15")  # app and card payments down in every shop
APOLOGY = "2026-07-16"
FESTIVAL = ("2026-06-06", "2026-06-07")
KRONA_CAMPAIGN = ("2026-04-13", "2026-05-10")
WINTER_MENU = "2026-11-17"


def window(start: str, end: str) -> np.ndarray:
    """1.0 on the days from start to end inclusive, else 0.0."""
    return ((start <= DAYS) & (end >= DAYS)).astype(float)


def day(s: str) -> int:
    """Index of a date (YYYY-MM-DD) in DAYS."""
    return int((pd.Timestamp(s) - DAYS[0]).days)


def since(s: str) -> np.ndarray:
    """Days elapsed since ``s`` (negative before it)."""
    return np.arange(N_DAYS) - day(s)


def tv_curve() -> np.ndarray:
    """1 during the flight (after a three-day ramp-up), then a decaying two-week tail."""
    curve = window(*TV_FLIGHT)
    curve[day(TV_FLIGHT[0]) : day(TV_FLIGHT[0]) + 3] = [0.6, 0.85, 1.0]
    tail = np.arange(1, 15)
    curve[day(TV_FLIGHT[1]) + tail] = np.exp(-tail / 4.5)
    return curve


# Per-day curves, shared by every series that reacts to an event.
TV = tv_curve()
PROMO_ON = window(*PROMO)
FESTIVAL_ON = window(*FESTIVAL)
CAMPAIGN_ON = window(*KRONA_CAMPAIGN)
AFTER_APOLOGY = since(APOLOGY)
TO_FESTIVAL = since(FESTIVAL[0])
WINTER_ON = (since(WINTER_MENU) >= 0).astype(float)


def season_of(ts: pd.Timestamp) -> str:
    """Meteorological season of a date, for the seasonal menu."""
    return {
        12: "winter",
        1: "winter",
        2: "winter",
        3: "spring",
        4: "spring",
        5: "spring",
        6: "summer",
        7: "summer",
        8: "summer",
    }.get(ts.month, "autumn")


def lognoise(rng, sigma: float, size=N_DAYS) -> np.ndarray:
    """Multiplicative day-to-day noise with mean 1."""
    return rng.lognormal(-(sigma**2) / 2, sigma, size)
