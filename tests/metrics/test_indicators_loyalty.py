"""Loyalty indicators (outcome): followers, their change, returning authors and advocates.

The period is 2026-W48 (Monday 23 to Sunday 29 November 2026, Moscow time).
"""

import pytest

NAN = float("nan")
COLUMNS = ("date", "platform", "account", "followers", "followers_gained", "followers_lost")
_ = None


def case(id, inputs, expected, name):
    return pytest.param(id, inputs, expected, id=f"{id}: {name}")


def audience(*rows):
    """Audience rows as (day of November 2026, platform, followers, gained, lost) of account "acme"."""
    rows = [(f"2026-11-{day}", platform, "acme", *counts) for day, platform, *counts in rows]
    return {"audience": {c: [r[i] for r in rows] for i, c in enumerate(COLUMNS)}}


def mentions(*rows):
    """Mentions as (published_at UTC, brand, author, sentiment)."""
    columns = ("published_at", "brand", "author", "sentiment")
    return {"mentions": {c: [r[i] for r in rows] for i, c in enumerate(columns)}}


CASES = [
    # followers
    case(
        "followers",
        audience(("28", "vk", 990, _, _), ("29", "vk", 1000, _, _), ("27", "telegram", 250, _, _)),
        1250.0,
        "normal: each account's last day, summed",
    ),
    case("followers", audience(("28", "vk", 990, _, _), ("29", "vk", _, 5, 1)), 990.0, "last day without a total"),
    case(
        "followers",
        audience(("29", "vk", 100, _, _), ("29", "ok", 50, _, _)),
        150.0,
        "same account name on two platforms",
    ),
    case("followers", audience(("29", "vk", _, 5, 1)), NAN, "no totals"),
    case("followers", {"audience": {}}, NAN, "no rows"),
    # followers_net_change
    case(
        "followers_net_change",
        audience(("22", "vk", 1000, _, _), ("29", "vk", 1040, _, _)),
        40.0,
        "totals: last day minus the day before",
    ),
    case(
        "followers_net_change",
        audience(("19", "vk", 1000, _, _), ("26", "vk", 1040, _, _)),
        40.0,
        "totals: the last ones found a few days off",
    ),
    case(
        "followers_net_change",
        audience(("14", "vk", 1000, _, _), ("29", "vk", 1040, _, _)),
        NAN,
        "total before the period too old",
    ),
    case(
        "followers_net_change",
        audience(("23", "vk", _, 10, 2), ("24", "vk", _, 5, 3), ("22", "vk", _, 100, 0)),
        10.0,
        "gained − lost over the period only",
    ),
    case(
        "followers_net_change",
        audience(("23", "vk", _, 10, _), ("24", "vk", _, 5, _)),
        NAN,
        "gains without losses give no net change",
    ),
    case(
        "followers_net_change",
        audience(
            ("22", "vk", 1000, _, _), ("29", "vk", 1040, _, _), ("23", "telegram", _, 12, 2), ("23", "ok", _, 7, _)
        ),
        50.0,
        "accounts by totals and by flows add up; gains-only left out",
    ),
    case(
        "followers_net_change",
        audience(("22", "vk", 1000, 0, 0), ("29", "vk", 990, 0, 0)),
        -10.0,
        "totals win over flows; a loss is negative",
    ),
    case("followers_net_change", {"audience": {}}, NAN, "no rows"),
    # follower_growth_rate
    case("follower_growth_rate", audience(("22", "vk", 1000, _, _), ("29", "vk", 1040, _, _)), 0.04, "normal"),
    case(
        "follower_growth_rate",
        audience(
            ("22", "vk", 1000, _, _),
            ("29", "vk", 1040, _, _),
            ("22", "telegram", 500, _, _),
            ("29", "telegram", 490, _, _),
        ),
        0.02,
        "two accounts",
    ),
    case(
        "follower_growth_rate",
        audience(("22", "vk", 1000, _, _), ("29", "vk", 1040, _, _), ("23", "telegram", _, 12, 2)),
        0.04,
        "account without a total before is left out of both sides",
    ),
    case("follower_growth_rate", audience(("22", "vk", 0, _, _), ("29", "vk", 10, _, _)), NAN, "zero followers before"),
    case("follower_growth_rate", audience(("23", "vk", _, 10, 2)), NAN, "no total before"),
    case("follower_growth_rate", {"audience": {}}, NAN, "no rows"),
    # returning_engagers_share
    case(
        "returning_engagers_share",
        mentions(
            ("2026-11-24 10:00", "Acme", "ann", None),
            ("2026-11-25 10:00", "Acme", "bob", None),
            ("2026-11-10 10:00", "Acme", "ann", None),
        ),
        0.5,
        "normal",
    ),
    case(
        "returning_engagers_share",
        mentions(
            ("2026-11-24 10:00", "Acme", "ann", None),
            ("2026-11-24 12:00", "Acme", "ann", None),
            ("2026-11-25 10:00", "Acme", "bob", None),
            ("2026-11-10 10:00", "Acme", "ann", None),
        ),
        0.5,
        "each author counted once",
    ),
    case(
        "returning_engagers_share",
        mentions(
            ("2026-11-24 10:00", "Acme", "ann", None),
            ("2026-11-25 10:00", "Acme", "bob", None),
            ("2026-11-10 10:00", "Rival", "bob", None),
            ("2026-11-26 10:00", "Rival", "eve", None),
        ),
        0.0,
        "competitors' mentions excluded",
    ),
    case(
        "returning_engagers_share",
        mentions(
            ("2026-11-24 10:00", "Acme", "ann", None),
            ("2026-11-25 10:00", "Acme", "bob", None),
            ("2026-10-25 21:30", "Acme", "ann", None),
            ("2026-10-25 20:30", "Acme", "bob", None),
        ),
        0.5,
        "28 local days before: 26 October in Moscow counts, 25 October does not",
    ),
    case(
        "returning_engagers_share",
        mentions(("2026-11-24 10:00", "Acme", "ann", None), ("2026-11-22 22:30", "Acme", "ann", None)),
        0.0,
        "22:30 UTC on Sunday is Monday in Moscow: in the period, not before",
    ),
    case(
        "returning_engagers_share",
        mentions(
            ("2026-11-24 10:00", "Acme", _, _),
            ("2026-11-10 10:00", "Acme", _, _),
            ("2026-11-24 10:00", "Acme", "ann", None),
        ),
        0.0,
        "mentions without an author left out",
    ),
    case(
        "returning_engagers_share", mentions(("2026-11-10 10:00", "Acme", "ann", None)), NAN, "no authors in the period"
    ),
    case("returning_engagers_share", {"mentions": {}}, NAN, "no mentions"),
    # advocates
    case(
        "advocates",
        mentions(
            ("2026-11-24 10:00", "Acme", "ann", "positive"),
            ("2026-11-25 10:00", "Acme", "ann", "positive"),
            ("2026-11-25 10:00", "Acme", "bob", "positive"),
            ("2026-11-26 10:00", "Acme", "eve", "positive"),
            ("2026-11-26 11:00", "Acme", "eve", "positive"),
            ("2026-11-26 12:00", "Acme", "eve", "positive"),
        ),
        2.0,
        "normal",
    ),
    case(
        "advocates",
        mentions(
            ("2026-11-24 10:00", "Acme", "bob", "positive"),
            ("2026-11-25 10:00", "Rival", "bob", "positive"),
            ("2026-11-24 10:00", "Acme", "eve", "positive"),
            ("2026-11-25 10:00", "Acme", "eve", "negative"),
        ),
        0.0,
        "competitors and other sentiments excluded",
    ),
    case(
        "advocates",
        mentions(
            ("2026-11-24 10:00", "Acme", _, "positive"),
            ("2026-11-25 10:00", "Acme", _, "positive"),
            ("2026-11-25 11:00", "Acme", "ann", "positive"),
        ),
        0.0,
        "mentions without an author left out",
    ),
    case(
        "advocates",
        mentions(("2026-11-24 10:00", "Acme", _, "positive"), ("2026-11-25 10:00", "Acme", "ann", None)),
        NAN,
        "no mention says both who and how: no value, not 0",
    ),
    case("advocates", {"mentions": {}}, 0.0, "no mentions is zero"),
]


@pytest.mark.parametrize("id, inputs, expected", CASES)
def test_loyalty(id, inputs, expected, check_indicator):
    check_indicator(id, inputs, expected)
