"""The marketing mix: what each channel of the calendar cost per contact, per engagement, per positive mention.

A million on TV and a thousand on social are compared per contact, never by their totals. Each
activity of the calendar (``activities``: start, end, channel, budget, currency, contacts) counts
in a period by the share of its days that fall in the period: a four-week TV flight contributes a
quarter of its budget *and* a quarter of its contacts to a week inside it (both are assumed to be
spread evenly over the activity's days).

Engagements and positive mentions are measured on our own social accounts and in listening, so
only the SMM channel has a cost per engagement and per positive mention: engagements on the posts
we published in the period, and every positive mention of our brand in the period, whatever
prompted it (the most favourable reading for SMM). Other channels get no value there, with a reason.

:func:`channel_mix` gives every channel's costs; the costs told beside the period's indicators
are registered specs of kind ``cost``: the whole calendar's cost per thousand contacts and SMM's
cost per engagement and per positive mention.

>>> from metrics.indicators.registry import frame
>>> from metrics.periods import month
>>> calendar = frame("activities", {
...     "start": ["2026-03-02", "2026-03-01"], "end": ["2026-03-29", "2026-03-31"], "channel": ["tv", "smm"],
...     "name": ["Flight", "Content"], "budget": [12_000_000, 180_000], "currency": ["RUB", "RUB"],
...     "contacts": [45_000_000, 600_000]})
>>> channel_mix({"activities": calendar}, month(2026, 3), brand="Acme")["cost_per_thousand_contacts"].round(1).tolist()
[266.7, 300.0]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict, cast

import numpy as np
import pandas as pd

from metrics import schema, vocabulary
from metrics.indicators.compute import compute
from metrics.indicators.registry import indicator, is_value, numbers, ours, ratio
from metrics.periods import DEFAULT_TZ, Period, local_days

SMM = "smm"
PER_CONTACT = "mix.per_contact"  # "compared per contact, never by totals"
PRORATED = "mix.prorated"  # how a budget is counted in a period
AVE_NOTE = "ave.not_a_measure"  # AVE / "PR value" is kept but is not a measure of value

# How a budget counts in a period, in the formulas of the costs below.
PRORATED_RULE = (
    "each activity counts in a period by the share of its days that fall in it (its budget and contacts are "
    "multiplied by that share, as if spread evenly over its days)"
)
COLUMNS = (
    "channel",
    "activities",
    "budget",
    "currency",
    "contacts",
    "cost_per_thousand_contacts",
    "cost_per_thousand_contacts_reason",
    "engagements",
    "cost_per_engagement",
    "cost_per_engagement_reason",
    "positive_mentions",
    "cost_per_positive_mention",
    "cost_per_positive_mention_reason",
)
# Why a cost has no value; the text of each is ``mix.reason.<code>``.
REASONS = (
    "no_budget",
    "no_contacts",
    "mixed_currencies",
    "not_measured",
    "no_data",
    "no_engagements",
    "no_positive_mentions",
)


def prorated(activities: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The activities that overlap ``period``, with budget and contacts pro-rated by days of overlap.

    ``share`` = days of the activity inside the period ÷ days of the activity (both ends
    included; an activity whose end is before its start counts as one day). ``budget`` and
    ``contacts`` are the activity's × ``share``; missing stays missing. A missing channel is
    ``other``.

    >>> from metrics.indicators.registry import frame
    >>> from metrics.periods import parse_week
    >>> flight = frame("activities", {"start": ["2026-03-02"], "end": ["2026-03-29"], "channel": ["tv"],
    ...                               "name": ["Flight"], "budget": [12_000_000], "contacts": [45_000_000]})
    >>> prorated(flight, parse_week("2026-W10"))[["share", "budget", "contacts"]].iloc[0].tolist()
    [0.25, 3000000.0, 11250000.0]
    """
    start = activities["start"].to_numpy(dtype="datetime64[D]")
    end = np.maximum(activities["end"].to_numpy(dtype="datetime64[D]"), start)
    first, last = np.datetime64(period.start, "D"), np.datetime64(period.end, "D")
    overlap = (np.minimum(end, last) - np.maximum(start, first)).astype("int64") + 1
    length = (end - start).astype("int64") + 1
    keep = ~np.isnat(start) & (overlap > 0)
    out = pd.DataFrame(
        {
            "channel": activities["channel"].fillna(vocabulary.OTHER_CHANNEL).astype(schema.STR).to_numpy()[keep],
            "name": activities["name"].astype(schema.STR).to_numpy()[keep],
            "start": activities["start"].to_numpy()[keep],
            "end": activities["end"].to_numpy()[keep],
            "currency": activities["currency"].astype(schema.STR).to_numpy()[keep],
            "days": length[keep],
            "days_in_period": overlap[keep],
        }
    )
    out["share"] = out["days_in_period"] / out["days"]
    out["budget"] = numbers(activities["budget"])[keep] * out["share"].to_numpy()
    out["contacts"] = numbers(activities["contacts"])[keep] * out["share"].to_numpy()
    out["channel"] = out["channel"].astype(schema.STR)
    out["currency"] = out["currency"].astype(schema.STR)
    return out


def _given_sum(values: np.ndarray) -> float:
    return float(np.nansum(values)) if (~np.isnan(values)).any() else float("nan")


class _Costs(TypedDict):
    activities: int
    budget: float
    currency: str | None
    contacts: float
    currencies: list[str]
    cost_per_thousand_contacts: float
    cost_per_thousand_contacts_reason: str | None


def _costs(rows: pd.DataFrame) -> _Costs:
    """Budget, currency, contacts and cost per thousand contacts of some pro-rated activities."""
    budget, contacts = rows["budget"].to_numpy(dtype="float64"), rows["contacts"].to_numpy(dtype="float64")
    currencies = sorted(set(rows["currency"][~np.isnan(budget)].dropna()))
    both = ~np.isnan(budget) & ~np.isnan(contacts)
    out: _Costs = {
        "activities": len(rows),
        "budget": _given_sum(budget),
        "currency": currencies[0] if len(currencies) == 1 else None,
        "contacts": _given_sum(contacts),
        "currencies": currencies,
        "cost_per_thousand_contacts": float("nan"),
        "cost_per_thousand_contacts_reason": None,
    }
    cpm, reason = float("nan"), None
    if len(currencies) > 1:
        out["budget"], reason = float("nan"), "mixed_currencies"
    elif not both.any() and np.isnan(budget).all():
        reason = "no_budget"
    else:
        cpm = ratio(float(budget[both].sum()), float(contacts[both].sum()) / 1000)
        reason = "no_contacts" if np.isnan(cpm) else None
    out["cost_per_thousand_contacts"], out["cost_per_thousand_contacts_reason"] = cpm, reason
    return out


def _covered(frame: pd.DataFrame | None, name: str, period: Period, tz: str) -> np.ndarray | None:
    """Rows of ``frame`` whose local day is in the period; None when the table has no data around it."""
    if frame is None or len(frame) == 0:
        return None
    days = local_days(frame[schema.TABLES[name].date_column], tz)
    first, last = np.datetime64(period.start, "D"), np.datetime64(period.end, "D")
    known = days[~np.isnat(days)]
    if len(known) == 0 or known.min() > last or known.max() < first:
        return None
    return (days >= first) & (days <= last)


def positive_mentions(
    mentions: pd.DataFrame | None, period: Period, *, brand: str | None, tz: str = DEFAULT_TZ
) -> float:
    """Positive mentions of our brand published in ``period``; NaN when the mentions have no data around it.

    >>> from metrics.indicators.registry import frame
    >>> from metrics.periods import parse_week
    >>> m = frame("mentions", {"brand": ["Acme", "Acme", "Rival"], "sentiment": ["positive", "negative", "positive"],
    ...                        "published_at": ["2026-11-24 10:00"] * 3})
    >>> positive_mentions(m, parse_week("2026-W48"), brand="Acme")
    1.0
    """
    inside = _covered(mentions, "mentions", period, tz)
    if mentions is None or inside is None:
        return float("nan")
    return float((inside & ours(mentions, brand) & is_value(mentions["sentiment"], "positive")).sum())


def _per(cost: _Costs, count: float, none_reason: str) -> tuple[float, str | None]:
    if cost["cost_per_thousand_contacts_reason"] == "mixed_currencies":
        return float("nan"), "mixed_currencies"
    if np.isnan(cost["budget"]):
        return float("nan"), "no_budget"
    if np.isnan(count):
        return float("nan"), "no_data"
    value = ratio(cost["budget"], count)
    return value, (none_reason if np.isnan(value) else None)


def channel_mix(
    tables: Mapping[str, pd.DataFrame], period: Period, *, brand: str | None, tz: str = DEFAULT_TZ
) -> pd.DataFrame:
    """One row per channel of the calendar active in ``period``: budget, contacts and what they cost.

    - ``budget``, ``contacts``: Σ over the channel's activities, each pro-rated by its days in the
      period (:func:`prorated`); activities that do not give one are skipped (NaN when none does).
    - ``cost_per_thousand_contacts`` = Σ budget ÷ Σ contacts × 1000 over the activities that give
      both; NaN with a reason when the contacts are 0 or missing (``no_contacts``), there is no
      budget (``no_budget``) or the budgets are in more than one currency (``mixed_currencies``,
      and then ``budget`` is NaN too).
    - SMM only: ``engagements`` on our posts published in the period and ``positive_mentions`` of
      our brand in it; ``cost_per_engagement`` and ``cost_per_positive_mention`` = the SMM budget
      ÷ each. NaN with ``no_data`` when the posts or mentions have no data for the period, with
      ``no_engagements`` / ``no_positive_mentions`` when the count is 0. Other channels: NaN with
      ``not_measured``: their engagements are not in our data and mentions cannot be credited to
      one channel. Never 0 for "no value".

    Channels come in the order of ``vocabulary.CHANNELS``. The platform filter of the dashboard does
    not apply: the SMM budget pays for every platform. Empty calendar → an empty frame.
    """
    activities = tables.get("activities")
    columns = list(COLUMNS)
    if activities is None or len(activities) == 0:
        return _typed(pd.DataFrame(columns=columns))
    rows = prorated(activities, period)
    order = {c: i for i, c in enumerate(vocabulary.CHANNELS)}
    channels = sorted(rows["channel"].unique(), key=lambda c: (order.get(c, len(order)), c))
    smm_counts = None
    out = []
    for channel in channels:
        cost = _costs(rows[rows["channel"] == channel])
        record = {"channel": channel, **{k: v for k, v in cost.items() if k in columns}}
        if channel == SMM:
            if smm_counts is None:
                engaged = compute(tables, period, brand=brand, tz=tz, ids=["engagements"])["engagements"]
                smm_counts = (engaged, positive_mentions(tables.get("mentions"), period, brand=brand, tz=tz))
            record["engagements"], record["positive_mentions"] = smm_counts
            record["cost_per_engagement"], record["cost_per_engagement_reason"] = _per(
                cost, smm_counts[0], "no_engagements"
            )
            record["cost_per_positive_mention"], record["cost_per_positive_mention_reason"] = _per(
                cost, smm_counts[1], "no_positive_mentions"
            )
        else:
            record |= {
                "engagements": float("nan"),
                "cost_per_engagement": float("nan"),
                "cost_per_engagement_reason": "not_measured",
                "positive_mentions": float("nan"),
                "cost_per_positive_mention": float("nan"),
                "cost_per_positive_mention_reason": "not_measured",
            }
        out.append(record)
    return _typed(pd.DataFrame(out, columns=columns))


def _typed(table: pd.DataFrame) -> pd.DataFrame:
    for column in COLUMNS:
        if column == "activities":
            table[column] = table[column].astype("int64")
        elif column in ("channel", "currency") or column.endswith("_reason"):
            table[column] = table[column].astype(schema.STR)
        else:
            table[column] = table[column].astype("float64")
    return table.reset_index(drop=True)


def mix_total(activities: pd.DataFrame, period: Period) -> dict[str, object]:
    """The whole calendar in ``period``: budget, currency, contacts and cost per thousand contacts.

    Same rules as a channel of :func:`channel_mix`. When the budgets are in more than one currency
    there is no total: ``budget`` and the cost are NaN, ``reason`` is ``mixed_currencies`` and
    ``currencies`` lists them.

    >>> from metrics.indicators.registry import frame
    >>> from metrics.periods import month
    >>> both = frame("activities", {"start": ["2026-03-01"] * 2, "end": ["2026-03-31"] * 2, "channel": ["tv", "smm"],
    ...                             "name": ["a", "b"], "budget": [100.0, 5.0], "currency": ["RUB", "EUR"]})
    >>> total = mix_total(both, month(2026, 3))
    >>> total["budget"], total["reason"], total["currencies"]
    (nan, 'mixed_currencies', ['EUR', 'RUB'])
    """
    cost = _costs(prorated(activities, period))
    return {
        "budget": cost["budget"],
        "currency": cost["currency"],
        "currencies": cost["currencies"],
        "contacts": cost["contacts"],
        "cost_per_thousand_contacts": cost["cost_per_thousand_contacts"],
        "reason": cost["cost_per_thousand_contacts_reason"],
    }


def carries_ave(mentions: pd.DataFrame | None) -> bool:
    """Whether the imported mentions carry AVE / "PR value" figures (then show ``t(AVE_NOTE)``).

    They are kept as the file gives them and never used: no indicator reads the ``ave`` column.
    """
    return mentions is not None and "ave" in mentions.columns and bool(mentions["ave"].notna().any())


def _smm_cost(tables: Mapping[str, pd.DataFrame], period: Period, column: str, brand: str, tz: str) -> float:
    """``column`` of the SMM row of :func:`channel_mix`; NaN when the calendar has no SMM in ``period``."""
    table = channel_mix(tables, period, brand=brand, tz=tz)
    smm = table[table["channel"] == SMM]
    return float(smm[column].iloc[0]) if len(smm) else float("nan")


@indicator(
    "cost_per_thousand_contacts",
    kind="cost",
    level="mix",
    unit="currency",
    needs=("activities",),
    higher_is_better=False,
    formula="Per channel of the marketing calendar: Σ budget ÷ Σ contacts × 1000, over activities that give "
    f"both; {PRORATED_RULE}. – when the contacts are 0 or missing, or the budgets are in more than one currency.",
    denominator="Contacts of the channel, in thousands",
)
def cost_per_thousand_contacts(
    tables: Mapping[str, pd.DataFrame], period: Period, *, brand: str | None = None, tz: str = DEFAULT_TZ
) -> float:
    """What a thousand contacts of the whole calendar cost in ``period``, all channels together.

    Told beside the period's indicators; the same rule per channel is :func:`channel_mix`'s column.
    Edge cases: as :func:`mix_total`: NaN without contacts, without a budget, or with budgets in
    more than one currency.

    >>> from metrics.indicators.registry import frame
    >>> from metrics.periods import month
    >>> calendar = frame("activities", {"start": ["2026-03-01"], "end": ["2026-03-31"], "channel": ["tv"],
    ...                                 "name": ["Flight"], "budget": [300_000], "contacts": [1_000_000]})
    >>> cost_per_thousand_contacts({"activities": calendar}, month(2026, 3))
    300.0
    """
    activities = tables.get("activities")
    if activities is None:
        activities = schema.empty("activities")
    cost = mix_total(activities, period)["cost_per_thousand_contacts"]
    return float(cast(float, cost))


@indicator(
    "cost_per_engagement",
    kind="cost",
    level="mix",
    unit="currency",
    needs=("activities", "posts"),
    higher_is_better=False,
    formula="SMM only: the SMM budget of the period ÷ engagements (likes + comments + shares + saves) on our "
    f"posts published in the period; {PRORATED_RULE}. – when there are no engagements or no posts data; other "
    "channels have no value: their engagements are not in our data.",
    denominator="Engagements on our posts",
)
def cost_per_engagement(
    tables: Mapping[str, pd.DataFrame], period: Period, *, brand: str, tz: str = DEFAULT_TZ
) -> float:
    """What an engagement on our posts cost in ``period``: the SMM row of :func:`channel_mix`.

    Edge cases: NaN when the calendar has no SMM in the period, and as :func:`channel_mix` says.

    >>> from metrics.periods import month
    >>> cost_per_engagement({}, month(2026, 3), brand="Acme")
    nan
    """
    return _smm_cost(tables, period, "cost_per_engagement", brand, tz)


@indicator(
    "cost_per_positive_mention",
    kind="cost",
    level="mix",
    unit="currency",
    needs=("activities", "mentions"),
    higher_is_better=False,
    formula="SMM only: the SMM budget of the period ÷ positive mentions of our brand in the period, whatever "
    f"prompted them (the most favourable reading for SMM); {PRORATED_RULE}. – when there are none or no "
    "mentions data; other channels have no value: a mention cannot be credited to one channel.",
    denominator="Positive mentions of our brand",
)
def cost_per_positive_mention(
    tables: Mapping[str, pd.DataFrame], period: Period, *, brand: str, tz: str = DEFAULT_TZ
) -> float:
    """What a positive mention of our brand cost in ``period``: the SMM row of :func:`channel_mix`.

    Edge cases: NaN when the calendar has no SMM in the period, and as :func:`channel_mix` says.

    >>> from metrics.periods import month
    >>> cost_per_positive_mention({}, month(2026, 3), brand="Acme")
    nan
    """
    return _smm_cost(tables, period, "cost_per_positive_mention", brand, tz)
