"""Attention indicators (output): posts, reach, impressions, mentions, their authors and share of voice."""

import pytest

NAN = float("nan")


def case(id, inputs, expected, name):
    return pytest.param(id, inputs, expected, id=f"{id}: {name}")


CASES = [
    # posts_published
    case("posts_published", {"posts": {"post_id": ["1", "2", "3"]}}, 3.0, "normal"),
    case("posts_published", {"posts": {}}, 0.0, "no posts is zero"),
    case("posts_published", {"posts": {"post_id": ["1", None], "reach": [None, None]}}, 2.0, "missing values"),
    # reach
    case("reach", {"posts": {"reach": [100, 250]}}, 350.0, "normal"),
    case("reach", {"posts": {}}, 0.0, "no posts is zero"),
    case("reach", {"posts": {"reach": [100, None]}}, 100.0, "post without reach skipped"),
    case("reach", {"posts": {"reach": [None, None]}}, NAN, "not reported"),
    case("reach", {"posts": {"reach": [0, 0]}}, 0.0, "reported zero"),
    # impressions
    case("impressions", {"posts": {"impressions": [1000, 500], "reach": [10, 10]}}, 1500.0, "normal"),
    case("impressions", {"posts": {}}, 0.0, "no posts is zero"),
    case("impressions", {"posts": {"impressions": [1000, None]}}, 1000.0, "post without impressions skipped"),
    case("impressions", {"posts": {"impressions": [None], "reach": [10]}}, NAN, "not reported"),
    # mentions
    case("mentions", {"mentions": {"brand": ["Acme", "Rival", "Acme"]}}, 2.0, "competitors excluded"),
    case("mentions", {"mentions": {}}, 0.0, "no mentions is zero"),
    case("mentions", {"mentions": {"brand": ["Rival", "Other"]}}, 0.0, "only competitors"),
    case("mentions", {"mentions": {"brand": ["Acme", None, "acme"]}}, 1.0, "missing brand; exact name"),
    # mentions_reach
    case(
        "mentions_reach",
        {"mentions": {"brand": ["Acme", "Acme", "Rival"], "reach": [100, 200, 5000]}},
        300.0,
        "competitors excluded",
    ),
    case("mentions_reach", {"mentions": {}}, 0.0, "no mentions is zero"),
    case(
        "mentions_reach",
        {"mentions": {"brand": ["Acme", "Acme"], "reach": [100, None]}},
        100.0,
        "mention without reach skipped",
    ),
    case("mentions_reach", {"mentions": {"brand": ["Acme", "Rival"], "reach": [None, 5000]}}, NAN, "ours not reported"),
    case("mentions_reach", {"mentions": {"brand": ["Rival"], "reach": [5000]}}, 0.0, "none of ours"),
    # unique_authors
    case(
        "unique_authors",
        {"mentions": {"brand": ["Acme", "Acme", "Acme", "Rival"], "author": ["ann", "bob", "ann", "eve"]}},
        2.0,
        "an author counted once; competitors' authors excluded",
    ),
    case("unique_authors", {"mentions": {}}, 0.0, "no mentions is zero"),
    case(
        "unique_authors",
        {"mentions": {"brand": ["Acme", "Acme"], "author": ["ann", None]}},
        1.0,
        "mention without author left out",
    ),
    case(
        "unique_authors",
        {"mentions": {"brand": ["Acme", "Rival"], "author": [None, "eve"]}},
        NAN,
        "ours name no author",
    ),
    case("unique_authors", {"mentions": {"brand": ["Rival"], "author": ["eve"]}}, 0.0, "none of ours"),
    # share_of_voice
    case("share_of_voice", {"mentions": {"brand": ["Acme", "Rival", "Rival", "Other"]}}, 0.25, "normal"),
    case("share_of_voice", {"mentions": {}}, NAN, "no mentions"),
    case("share_of_voice", {"mentions": {"brand": ["Rival", "Other"]}}, 0.0, "none of ours"),
    case("share_of_voice", {"mentions": {"brand": ["Acme", None]}}, 1.0, "mention without brand not tracked"),
    # share_of_voice_reach
    case("share_of_voice_reach", {"mentions": {"brand": ["Acme", "Rival"], "reach": [100, 300]}}, 0.25, "normal"),
    case(
        "share_of_voice_reach",
        {"mentions": {"brand": ["Acme", "Acme", "Rival"], "reach": [100, None, 300]}},
        0.25,
        "mention without reach left out",
    ),
    case("share_of_voice_reach", {"mentions": {"brand": ["Acme", "Rival"], "reach": [0, 0]}}, NAN, "zero denominator"),
    case("share_of_voice_reach", {"mentions": {"brand": ["Acme", "Rival"]}}, NAN, "reach not reported"),
    case("share_of_voice_reach", {"mentions": {}}, NAN, "no mentions"),
    # share_of_voice_engagements
    case(
        "share_of_voice_engagements",
        {"mentions": {"brand": ["Acme", "Rival"], "likes": [10, 60], "comments": [5, 0], "shares": [5, 0]}},
        0.25,
        "normal",
    ),
    case(
        "share_of_voice_engagements",
        {"mentions": {"brand": ["Acme", "Rival", "Other"], "likes": [10, None, 30], "comments": [None, None, None]}},
        0.25,
        "missing counts as 0 only beside a given one",
    ),
    case(
        "share_of_voice_engagements",
        {"mentions": {"brand": ["Acme", "Rival"], "likes": [0, 0], "shares": [0, 0]}},
        NAN,
        "zero denominator",
    ),
    case("share_of_voice_engagements", {"mentions": {"brand": ["Acme", "Rival"]}}, NAN, "not reported"),
    case("share_of_voice_engagements", {"mentions": {}}, NAN, "no mentions"),
]


@pytest.mark.parametrize("id, inputs, expected", CASES)
def test_attention(id, inputs, expected, check_indicator):
    check_indicator(id, inputs, expected)
