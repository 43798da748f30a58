"""Headlines: the largest meaningful changes of a comparison, told as sentences in Russian and English."""

import math

import pandas as pd
import pytest

from metrics.indicators import REGISTRY
from metrics.indicators.compute import compare
from metrics.indicators.registry import frame
from metrics.insights import headlines as chosen
from metrics.insights.headlines import change_size
from metrics.periods import parse_week
from resonance import say

NAN = float("nan")


def comparison(values):
    """A frame shaped like ``compare(...)``: ``{id: (value, previous)}``, level and unit from the registry."""
    ids = list(values)
    out = pd.DataFrame(index=pd.Index(ids, name="id"))
    out["value"] = [float(values[i][0]) for i in ids]
    out["previous"] = [float(values[i][1]) for i in ids]
    out["change"] = out["value"] - out["previous"]
    out["change_rel"] = out["change"] / out["previous"].abs()
    out["level"] = [REGISTRY[i].level for i in ids]
    out["unit"] = [REGISTRY[i].unit for i in ids]
    return out


def headlines(table, lang, *, currency="RUB", **options):
    """The headlines of ``table`` as the dashboard and the CLI tell them."""
    return [say.headline(h, lang, currency=currency) for h in chosen.headlines(table, **options)]


def plain(lines):
    return [line.replace("\xa0", " ") for line in lines]


WEEK_47 = {  # the demo's week: attention moved, sales did not
    "posts_published": (24, 12),
    "reach": (231_599, 46_867),
    "mentions": (282, 216),
    "share_of_voice": (0.599, 0.535),
    "positive_share": (0.537, 0.418),
    "net_sentiment": (0.82, 0.60),
    "engagements": (11_794, 2_648),
    "followers_net_change": (679, 514),
    "returning_engagers_share": (0.291, 0.363),
    "advocates": (8, 8),
    "response_rate": (NAN, NAN),
    "revenue": (13_113_270, 13_075_080),
}

CHOICE_CASES = [
    pytest.param(
        WEEK_47,
        ["followers_net_change", "mentions", "positive_share"],
        id="main indicators first, one per AMEC level, largest first",
    ),
    pytest.param(
        {
            "mentions": (300, 200),
            "mentions_reach": (4e6, 1e6),
            "share_of_voice": (0.6, 0.4),
            "positive_share": (0.45, 0.42),
        },
        ["mentions", "share_of_voice", "positive_share"],
        id="not all three about attention",
    ),
    pytest.param(
        {"reach": (5000, 1000), "engagements": (900, 100)},
        ["engagements", "reach"],
        id="other indicators fill the places left",
    ),
    pytest.param(
        {"mentions": (NAN, 200), "share_of_voice": (0.5, NAN), "positive_share": (0.6, 0.4)},
        ["positive_share"],
        id="no value or no previous is skipped",
    ),
    pytest.param({"mentions": (201, 200), "positive_share": (0.41, 0.40)}, [], id="changes under 2% are no news"),
    pytest.param({"advocates": (4, 2), "mentions": (120, 100)}, ["mentions"], id="a small count's jump is no news"),
    pytest.param({"mentions": (50, 0)}, [], id="no relative change from zero"),
    pytest.param({"followers_net_change": (40, -30)}, [], id="no relative change across zero"),
    pytest.param(
        {"mentions": (150, 200), "negative_share": (0.05, 0.35)},
        ["negative_share", "mentions"],
        id="falls count as much as rises",
    ),
    pytest.param({"mentions": (NAN, NAN)}, [], id="nothing to say"),
]


@pytest.mark.parametrize(("values", "expected"), CHOICE_CASES)
def test_headlines_pick_the_largest_meaningful_changes(values, expected):
    lines = headlines(comparison(values), "en")
    subjects = {
        "mentions": "Mentions",
        "positive_share": "Positive share",
        "share_of_voice": "Share of voice",
        "followers_net_change": "Followers' net change",
        "reach": "Reach of our posts",
        "engagements": "Engagements on our posts",
        "negative_share": "Negative share",
    }
    assert [line.split(" rose ")[0].split(" fell ")[0] for line in lines] == [subjects[i] for i in expected]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Followers' net change rose 32% to 679 against last week (514).",
                "Mentions rose 31% to 282 against last week (216).",
                "Positive share rose 11.9 pp to 53.7% against last week (41.8%).",
            ],
        ),
        (
            "ru",
            [
                "Чистый прирост подписчиков вырос на 32% до 679 по сравнению с прошлой неделей (514).",
                "Упоминания выросли на 31% до 282 по сравнению с прошлой неделей (216).",
                "Доля позитива выросла на 11,9 п. п. до 53,7% по сравнению с прошлой неделей (41,8%).",
            ],
        ),
    ],
)
def test_headlines_are_written_in_both_languages(lang, expected):
    assert plain(headlines(comparison(WEEK_47), lang)) == expected


@pytest.mark.parametrize(
    ("values", "lang", "expected"),
    [
        ({"mentions": (150, 200)}, "en", "Mentions fell 25% to 150 against last week (200)."),
        ({"mentions": (150, 200)}, "ru", "Упоминания снизились на 25% до 150 по сравнению с прошлой неделей (200)."),
        (
            {"share_of_voice": (0.3, 0.5)},
            "ru",
            "Доля голоса снизилась на 20,0 п. п. до 30,0% по сравнению с прошлой неделей (50,0%).",
        ),
        ({"net_sentiment": (-0.44, 0.47)}, "en", "Net sentiment fell 0.91 to −0.44 against last week (+0.47)."),
        (
            {"reach": (12_000, 10_000)},
            "ru",
            "Охват наших постов вырос на 20% до 12 тыс. по сравнению с прошлой неделей (10 тыс.).",
        ),
        (
            {"median_response_hours": (3.0, 4.0)},
            "en",
            "Median response time fell 25% to 3.0 h against last week (4.0 h).",
        ),
        (
            {"posts_published": (24, 20)},
            "ru",
            "Число опубликованных постов выросло на 20% до 24 по сравнению с прошлой неделей (20).",
        ),
    ],
)
def test_each_sentence_names_the_number_and_what_it_is_compared_with(values, lang, expected):
    assert plain(headlines(comparison(values), lang)) == [expected]


SMALL_BASE_CASES = [
    pytest.param(
        {"mentions": (752, 10)},
        "en",
        "Mentions rose by 742, from 10 to 752, against last week.",
        id="en: +7,420% from a base of 10 is a difference",
    ),
    pytest.param(
        {"mentions": (752, 10)},
        "ru",
        "Упоминания выросли на 742 — с 10 до 752 — по сравнению с прошлой неделей.",
        id="ru: +7 420% from a base of 10 is a difference",
    ),
    pytest.param(
        {"posts_published": (24, 12)},
        "ru",
        "Число опубликованных постов выросло на 12 — с 12 до 24 — по сравнению с прошлой неделей.",
        id="ru: a count under 20 is a small base",
    ),
    pytest.param(
        {"mentions": (8, 19)},
        "en",
        "Mentions fell by 11, from 19 to 8, against last week.",
        id="en: a fall from a small base too",
    ),
    pytest.param(
        {"mentions": (61, 20)},
        "en",
        "Mentions rose by 41, from 20 to 61, against last week.",
        id="en: more than three times the base is a difference",
    ),
    pytest.param(
        {"mentions": (60, 20)},
        "en",
        "Mentions rose 200% to 60 against last week (20).",
        id="en: +200% from 20 is still in per cent",
    ),
    pytest.param(
        {"reach": (231_599, 46_867)},
        "ru",
        "Охват наших постов вырос на 184,7 тыс. — с 46,9 тыс. до 231,6 тыс. — по сравнению с прошлой неделей.",
        id="ru: +394% of a large base is a difference",
    ),
    pytest.param(
        {"revenue": (1_200_000, 40_000)},
        "en",
        "Revenue rose by 1.2 M ₽, from 40,000 ₽ to 1.2 M ₽, against last week: context, not a result of social media.",
        id="en: money too, with its context",
    ),
]


@pytest.mark.parametrize(("values", "lang", "expected"), SMALL_BASE_CASES)
def test_a_change_on_a_small_base_or_beyond_200_percent_is_told_as_a_difference(values, lang, expected):
    (line,) = plain(headlines(comparison(values), lang))
    assert line == expected
    assert "%" not in line or "200%" in line


@pytest.mark.parametrize(
    ("values", "lang", "expected"),
    [
        (
            {"revenue": (16_400_000, 13_300_000)},
            "en",
            "Revenue rose 23% to 16.4 M ₽ against last week (13.3 M ₽): context, not a result of social media.",
        ),
        (
            {"revenue": (16_400_000, 13_300_000)},
            "ru",
            "Выручка выросла на 23% до 16,4 млн ₽ по сравнению с прошлой неделей (13,3 млн ₽) — это контекст, "
            "а не результат соцсетей.",
        ),
        (
            {"orders": (30_000, 25_000)},
            "en",
            "Orders rose 20% to 30 K against last week (25 K): context, not a result of social media.",
        ),
    ],
)
def test_sales_are_worded_as_context(values, lang, expected):
    assert plain(headlines(comparison(values), lang)) == [expected]


@pytest.mark.parametrize("n", [0, 1, 2, 3, 5])
def test_never_more_than_n(n):
    many = {id: (2.0, 1.0) if REGISTRY[id].unit != "fraction" else (0.6, 0.3) for id in REGISTRY.of_kind("period")}
    many = {id: (v * 100, p * 100) if REGISTRY[id].unit == "count" else (v, p) for id, (v, p) in many.items()}
    assert len(headlines(comparison(many), "en", n=n)) == n


@pytest.mark.parametrize(
    ("compared_with", "lang", "phrase"),
    [
        ("month", "en", "against last month"),
        ("month", "ru", "по сравнению с прошлым месяцем"),
        ("day", "en", "against the day before"),
        (None, "ru", "по сравнению с предыдущим периодом"),
    ],
)
def test_the_comparison_is_named(compared_with, lang, phrase):
    (line,) = headlines(comparison({"mentions": (300, 200)}), lang, compared_with=compared_with)
    assert phrase in line


def test_headlines_are_a_pure_function_of_the_frame():
    table = comparison(WEEK_47)
    before = table.copy()
    assert headlines(table, "en") == headlines(table, "en")
    pd.testing.assert_frame_equal(table, before)
    assert headlines(table.iloc[::-1], "en") == headlines(table, "en")  # row order does not matter


def test_an_empty_frame_has_no_headlines():
    assert headlines(comparison({}), "ru") == []


def test_sizes_are_on_one_scale():
    sizes = change_size(
        comparison(
            {"mentions": (282, 216), "positive_share": (0.54, 0.42), "net_sentiment": (0.8, 0.6), "advocates": (4, 2)}
        )
    )
    assert sizes["mentions"] == pytest.approx(66 / 216)
    assert sizes["positive_share"] == pytest.approx(0.12)  # points
    assert sizes["net_sentiment"] == pytest.approx(0.1)  # half: an index spans −1..1
    assert math.isnan(sizes["advocates"])  # too small a base


def test_headlines_read_a_real_comparison():
    mentions = frame(
        "mentions",
        {
            "brand": ["Acme"] * 5,
            "published_at": [
                "2026-11-24 10:00",
                "2026-11-25 10:00",
                "2026-11-26 10:00",
                "2026-11-17 10:00",
                "2026-11-10 10:00",
            ],
        },
    )
    table = compare({"mentions": mentions}, parse_week("2026-W48"), brand="Acme", ids=["mentions", "reach"])
    assert plain(headlines(table, "en", min_change=0.5)) == []  # 1 → 3 mentions: under the base of 10
    table = compare(
        {
            "mentions": frame(
                "mentions",
                {"brand": ["Acme"] * 33, "published_at": ["2026-11-24 10:00"] * 20 + ["2026-11-17 10:00"] * 13},
            )
        },
        parse_week("2026-W48"),
        brand="Acme",
    )
    assert plain(headlines(table, "en")) == ["Mentions rose by 7, from 13 to 20, against last week."]  # a base under 20


def test_a_competitors_headlines_never_speak_of_our_own_accounts_or_sales(demo_tables):
    tables, settings = demo_tables
    own = [i for i in REGISTRY.of_kind("period").values() if i.ours_only]
    rival = compare(tables, parse_week("2026-W47"), brand="Крона", tz=settings["tz"], our_brand=settings["brand"])
    assert rival.loc[[i.id for i in own], ["value", "previous", "avg4"]].isna().all().all()
    for lang in ("en", "ru"):
        lines = headlines(rival, lang, n=len(rival))
        assert lines  # the competitor's mentions still make headlines
        for item in own:
            subject = say.subject(item.id, lang)[0]
            assert not any(line.startswith(subject + " ") for line in lines), (item.id, lines)


def test_every_indicator_reading_our_own_tables_is_ours_only():
    for item in REGISTRY.of_kind("period").values():
        assert item.ours_only == bool(set(item.needs) - {"mentions"}), item.id


def test_a_headline_is_a_value_with_its_numbers():
    (h,) = chosen.headlines(comparison({"mentions": (752, 10)}), compared_with="quarter")
    assert (h.indicator_id, h.direction, h.value, h.previous, h.change) == ("mentions", "up", 752.0, 10.0, 742.0)
    assert (h.told_as, h.compared_with, h.context) == ("difference", "period", False)
    (h,) = chosen.headlines(comparison({"revenue": (16_400_000, 13_300_000)}))
    assert h.told_as == "percent" and h.context and h.relative == pytest.approx(3.1 / 13.3)
