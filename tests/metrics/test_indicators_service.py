"""Service indicators (outcome): questions and complaints answered, and how fast."""

import pytest

NAN = float("nan")
COLUMNS = ("brand", "is_question", "sentiment", "published_at", "replied_at")
AT = "2026-11-24 10:00"


def case(id, inputs, expected, name):
    return pytest.param(id, inputs, expected, id=f"{id}: {name}")


def mentions(*rows):
    """Mentions as (brand, is_question, sentiment, published_at, replied_at)."""
    return {"mentions": {c: [r[i] for r in rows] for i, c in enumerate(COLUMNS)}}


CASES = [
    # response_rate
    case(
        "response_rate",
        mentions(
            ("Acme", True, "neutral", AT, "2026-11-24 11:00"),
            ("Acme", True, "neutral", AT, "2026-11-24 12:00"),
            ("Acme", True, "positive", AT, None),
            ("Acme", False, "negative", AT, "2026-11-25 10:00"),
            ("Acme", False, "positive", AT, None),
        ),
        0.75,
        "normal: questions and complaints",
    ),
    case(
        "response_rate",
        mentions(("Acme", True, "neutral", AT, None), ("Acme", False, "negative", AT, None)),
        NAN,
        "replies not tracked by the source",
    ),
    case(
        "response_rate",
        mentions(("Acme", False, "positive", AT, "2026-11-24 11:00"), ("Acme", False, "neutral", AT, None)),
        NAN,
        "no questions or complaints",
    ),
    case(
        "response_rate",
        mentions(
            ("Acme", True, "neutral", AT, None),
            ("Rival", True, "neutral", AT, "2026-11-24 11:00"),
            ("Acme", True, "neutral", AT, "2026-11-24 11:00"),
        ),
        0.5,
        "competitors excluded",
    ),
    case(
        "response_rate",
        mentions(("Acme", None, None, AT, None), ("Acme", True, None, AT, "2026-11-24 11:00")),
        1.0,
        "missing question flag and sentiment are neither",
    ),
    case(
        "response_rate",
        mentions(("Acme", True, "neutral", AT, None), ("Acme", False, "neutral", AT, "2026-11-24 11:00")),
        0.0,
        "none answered is zero",
    ),
    case("response_rate", {"mentions": {}}, NAN, "no mentions"),
    # median_response_hours
    case(
        "median_response_hours",
        mentions(
            ("Acme", True, None, AT, "2026-11-24 11:00"),
            ("Acme", True, None, AT, "2026-11-24 13:00"),
            ("Acme", False, "negative", AT, "2026-11-25 10:00"),
            ("Acme", False, "positive", AT, "2026-11-29 10:00"),
        ),
        3.0,
        "normal: median over questions and complaints",
    ),
    case(
        "median_response_hours",
        mentions(("Acme", True, None, AT, "2026-11-24 11:00"), ("Acme", True, None, AT, "2026-11-24 13:00")),
        2.0,
        "even count",
    ),
    case(
        "median_response_hours",
        mentions(
            ("Acme", True, None, AT, "2026-11-24 11:00"),
            ("Acme", True, None, AT, "2026-11-24 09:00"),
            ("Acme", True, None, AT, None),
        ),
        1.0,
        "reply before the mention and unanswered left out",
    ),
    case(
        "median_response_hours",
        mentions(
            ("Acme", True, None, AT, "2026-11-24 11:00"),
            ("Rival", True, None, AT, "2026-11-28 11:00"),
            ("Rival", True, None, AT, "2026-11-28 11:00"),
        ),
        1.0,
        "competitors excluded",
    ),
    case("median_response_hours", mentions(("Acme", True, None, AT, None)), NAN, "nothing answered"),
    case("median_response_hours", {"mentions": {}}, NAN, "no mentions"),
]


@pytest.mark.parametrize("id, inputs, expected", CASES)
def test_service(id, inputs, expected, check_indicator):
    check_indicator(id, inputs, expected)
