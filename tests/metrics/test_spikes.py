"""Spikes in daily mentions: which days are found, against what threshold, and how they are explained."""

from datetime import date, timedelta

import pytest

from metrics.indicators.registry import frame
from metrics.insights.spikes import daily_thresholds, explanation, find_spikes, quotes
from resonance import say
from resonance.say import spike_rule as rule

BRAND = "Acme"
FIRST = date(2026, 6, 1)
SPREAD_1 = 1.4826  # the least spread: a MAD of 1 mention, scaled


def mentions(counts, *, brand=BRAND, first=FIRST, **columns):
    """``counts[i]`` mentions of ``brand`` at noon (Moscow) on day ``first + i``; other columns cycle their lists."""
    stamps = [f"{first + timedelta(days=i)} 09:00" for i, n in enumerate(counts) for _ in range(n)]
    data = {"brand": [brand] * len(stamps), "published_at": stamps}
    data.update({k: (v * (len(stamps) // len(v) + 1))[: len(stamps)] for k, v in columns.items()})
    return frame("mentions", data)


def explain(spike, lang):
    """The sentences the room reads about ``spike``."""
    return say.spike_explanation(explanation(spike), lang)


def details(spike, lang):
    """The statistics behind ``spike``, in words."""
    return say.spike_details(explanation(spike), lang)


def day(i):
    return FIRST + timedelta(days=i)


def spike_days(frame_, **options):
    return [s.day for s in find_spikes(frame_, brand=BRAND, **options)]


ALTERNATING = [18, 22] * 15  # median 20, MAD 2: spread 2 × 1.4826

CASES = [
    pytest.param([20] * 40, {}, [], id="a flat series has no spike"),
    pytest.param(ALTERNATING + [20] * 10, {}, [], id="ordinary ups and downs are not spikes"),
    pytest.param([20] * 30 + [100], {}, [day(30)], id="a 5x day on the last day of the data is found"),
    pytest.param(
        [20] * 30 + [100, 90, 20],
        {},
        [day(30), day(31)],
        id="the second day of a two-day spike is not hidden by the first",
    ),
    pytest.param([20] * 5 + [100], {}, [], id="too little history: no threshold"),
    pytest.param([20] * 14 + [100], {}, [day(14)], id="14 days of history are enough"),
    pytest.param([20] * 14 + [100], {"min_history": 20}, [], id="min_history asks for more"),
    pytest.param([*ALTERNATING, 27], {"min_history": 28}, [], id="k = 3: 27 is under 20 + 3 x 2.97"),
    pytest.param([*ALTERNATING, 27], {"min_history": 28, "k": 2.0}, [day(30)], id="k = 2 is more sensitive"),
    pytest.param([*ALTERNATING, 40], {"min_history": 28, "k": 8.0}, [], id="k = 8 is less sensitive"),
    pytest.param([1] * 30 + [8], {}, [], id="under min_count a jump is not a spike"),
    pytest.param([1] * 30 + [8], {"min_count": 5}, [day(30)], id="min_count can be lowered"),
    pytest.param(
        [20] * 30 + [100, 20, 100], {"start": day(32)}, [day(32)], id="start keeps the earlier days as history only"
    ),
    pytest.param([20] * 30 + [100, 20, 100], {"end": day(31)}, [day(30)], id="end leaves out later days"),
    pytest.param([], {}, [], id="empty input has none"),
]


@pytest.mark.parametrize(("counts", "options", "expected"), CASES)
def test_spike_days(counts, options, expected):
    assert spike_days(mentions(counts), **options) == expected


def test_the_threshold_is_the_median_before_plus_k_scaled_mads():
    (spike,) = find_spikes(mentions([20] * 30 + [100]), brand=BRAND)
    assert (spike.mentions, spike.usual) == (100, 20.0)
    assert spike.spread == pytest.approx(SPREAD_1)  # a flat history: MAD 0 is taken as 1
    assert spike.threshold == pytest.approx(20 + 3 * SPREAD_1)

    (spike,) = find_spikes(mentions([*ALTERNATING, 60]), brand=BRAND)
    assert spike.threshold == pytest.approx(20 + 3 * 2 * SPREAD_1)


def test_no_look_ahead_a_day_after_the_spike_keeps_its_threshold():
    table = daily_thresholds(mentions([20] * 30 + [100, 20]), brand=BRAND)
    assert table["threshold"].iloc[30] == pytest.approx(table["threshold"].iloc[31])  # the median ignores one day
    assert table["spike"].tolist()[-2:] == [True, False]
    assert table["threshold"].iloc[:14].isna().all()  # too little history


def test_days_without_mentions_count_as_zero_and_other_brands_do_not_count():
    ours = mentions([20] * 30 + [100])
    rival = mentions([5] * 31, brand="Rival")
    both = frame(
        "mentions",
        {"brand": [*ours["brand"], *rival["brand"]], "published_at": [*ours["published_at"], *rival["published_at"]]},
    )
    assert spike_days(both) == [day(30)]
    assert spike_days(mentions([20] * 30 + [100], brand="Rival")) == []
    gaps = daily_thresholds(mentions([3, 0, 0, 3]), brand=BRAND)
    assert gaps["mentions"].tolist() == [3, 0, 0, 3]


def test_days_are_local_days_in_the_business_time_zone():
    late = frame("mentions", {"brand": [BRAND] * 30, "published_at": ["2026-07-01 22:30"] * 30})
    assert daily_thresholds(late, brand=BRAND).index[0].date() == date(2026, 7, 2)  # 01:30 in Moscow
    assert daily_thresholds(late, brand=BRAND, tz="UTC").index[0].date() == date(2026, 7, 1)


def test_a_spike_is_explained_by_its_mentions():
    history = mentions([20] * 30, sentiment=["neutral"], platform=["telegram"], reach=[100])
    n = 40  # on day 30
    spike_day = frame(
        "mentions",
        {
            "brand": [BRAND] * n,
            "published_at": [f"{day(30)} 09:00"] * n,
            "sentiment": ["negative"] * 28 + ["neutral"] * 6 + ["positive"] * 4 + ["unknown"] * 2,
            "platform": ["vk"] * 24 + ["news"] * 16,
            "author": ["loud_one"] * 3 + [f"person{i}" for i in range(n - 3)],
            "reach": [1000 * (i + 1) for i in range(n)],
            "url": [f"https://example.com/{i}" for i in range(n)],
            "text": [f"Mention number {i}" for i in range(n)],
        },
    )
    data = frame(
        "mentions",
        {
            c: [*history[c], *spike_day[c]]
            for c in ("brand", "published_at", "sentiment", "platform", "author", "reach", "url", "text")
        },
    )
    (spike,) = find_spikes(data, brand=BRAND)
    assert spike.sentiment == pytest.approx({"positive": 4 / 38, "neutral": 6 / 38, "negative": 28 / 38})
    assert spike.platforms[["platform", "mentions"]].values.tolist() == [["vk", 24], ["news", 16]]
    assert spike.platforms["share"].tolist() == [0.6, 0.4]
    assert spike.authors.iloc[0].tolist() == ["loud_one", 3]
    assert spike.top_mentions["reach"].tolist() == [40000, 39000, 38000, 37000, 36000]
    assert spike.top_mentions.loc[0, ["url", "text"]].tolist() == ["https://example.com/39", "Mention number 39"]
    assert spike.activities is None

    en = [s.replace("\xa0", " ") for s in explain(spike, "en")]
    assert en == [
        "1 Jul: 40 mentions of Acme against a usual 20 a day.",
        "Sentiment: 74% negative, 16% neutral, 11% positive.",
        "Platforms: VK 60%, news sites 40%.",
        "There is no marketing calendar to compare it with.",
    ]
    ru = [s.replace("\xa0", " ") for s in explain(spike, "ru")]
    assert ru[:3] == [
        "1 июл.: 40 упоминаний бренда «Acme» вместо обычных 20 в день.",
        "Тональность: 74% негативных, 16% нейтральных, 11% позитивных.",
        "Площадки: ВКонтакте — 60%, СМИ — 40%.",
    ]
    assert [(q.text, say.quote_source(q, "en")) for q in quotes(spike)] == [
        ("Mention number 39", "news sites · person36 · reach 40,000"),
        ("Mention number 38", "news sites · person35 · reach 39,000"),
        ("Mention number 37", "news sites · person34 · reach 38,000"),
    ]
    assert [d.replace("\xa0", " ") for d in details(spike, "en")] == [
        "Threshold that day: 24.4 mentions, the median of the 28 days before it (20) plus 3 × MAD × 1.4826 (1.5).",
        "Most active authors: loud_one (3).",
    ]
    assert details(spike, "ru")[0].replace("\xa0", " ") == (
        "Порог в этот день: 24,4 упоминания — медиана за 28 дней до него (20) плюс 3 × MAD × 1,4826 (1,5)."
    )


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_spike_is_told_to_the_room_by_its_quotes_platforms_and_activity_with_the_statistics_apart(lang):
    history = mentions([20] * 30, platform=["telegram"], reach=[100])
    n = 30
    spike_day = frame(
        "mentions",
        {
            "brand": [BRAND] * n,
            "published_at": [f"{day(30)} 09:00"] * n,
            "platform": ["vk"] * 20 + ["telegram"] * 10,
            "author": [f"person{i}" for i in range(n)],
            "reach": [None] * n,  # no reach: the most engaged mentions are quoted
            "likes": list(range(n)),
            "comments": [1] * n,
            "text": ["Same repost"] * 2 + [f"Opinion {i}" for i in range(n - 2)],
        },
    )
    data = frame(
        "mentions",
        {
            c: [*(history[c] if c in history else [None] * len(history)), *spike_day[c]]
            for c in spike_day.columns
            if c in spike_day
        },
    )
    data.loc[: len(history) - 1, "likes"] = 0
    calendar_ = calendar([("2026-07-01", "2026-07-03", "promo", "Summer promo")])
    (spike,) = find_spikes(data, brand=BRAND, activities=calendar_)
    told = explanation(spike)
    room = " ".join(say.spike_explanation(told, lang)).replace("\xa0", " ")
    assert ("VK 67%" if lang == "en" else "ВКонтакте — 67%") in room  # the platforms
    assert "Summer promo" in room  # the calendar activity running that day
    assert [q.text for q in told.quotes] == ["Opinion 27", "Opinion 26", "Opinion 25"]  # most engaged first
    assert say.quote_source(told.quotes[0], lang).replace("\xa0", " ") == (
        "Telegram · person29 · 30 engagements" if lang == "en" else "Telegram · person29 · вовлечений: 30"
    )
    # The statistics are one click away, not in what the room reads.
    assert "MAD" not in room and "1.4826" not in room and "1,4826" not in room
    assert "MAD" in say.spike_details(told, lang)[0]


def test_quotes_are_each_text_once_and_a_spike_without_texts_has_none():
    n = 30
    spike_day = mentions([20] * 30 + [n], text=["Same text"] * 5 + [f"Other {i}" for i in range(n)])
    (spike,) = find_spikes(spike_day, brand=BRAND)
    assert [q.text for q in quotes(spike, n=5)].count("Same text") <= 1
    (spike,) = find_spikes(mentions([20] * 30 + [n]), brand=BRAND)
    assert quotes(spike) == []


def test_texts_read_apart_give_the_quotes_of_a_spike_found_without_them():
    full = mentions([20] * 30 + [40], text=[f"Text {i}" for i in range(7)], reach=[10, 20, 30])
    (spike,) = find_spikes(full.drop(columns="text"), brand=BRAND, texts=full[full["published_at"] >= "2026-07-01"])
    assert spike.mentions == 40 and quotes(spike)


def test_a_spike_of_many_single_voices_says_so():
    (spike,) = find_spikes(mentions([20] * 30 + [100], author=[f"a{i}" for i in range(700)]), brand=BRAND)
    assert "No author wrote more than once that day" in " ".join(details(spike, "en"))


@pytest.mark.parametrize(
    ("lang", "first"),
    [
        ("en", "1 Jul: 100 mentions of Acme against a usual 20 a day."),
        ("ru", "1 июл.: 100 упоминаний бренда «Acme» вместо обычных 20 в день."),
    ],
)
def test_the_first_sentence_names_the_numbers(lang, first):
    (spike,) = find_spikes(mentions([20] * 30 + [100]), brand=BRAND)
    assert explain(spike, lang)[0].replace("\xa0", " ") == first


def calendar(rows):
    return frame("activities", {k: [r[i] for r in rows] for i, k in enumerate(("start", "end", "channel", "name"))})


ACTIVITY_CASES = [
    pytest.param(
        [("2026-07-01", "2026-07-03", "promo", "Summer promo")],
        ["Summer promo"],
        "Summer promo (promo)",
        id="an activity on the day is listed",
    ),
    pytest.param([("2026-07-01", "2026-07-01", "tv", "TV day")], ["TV day"], "TV day (TV)", id="start = end = day"),
    pytest.param(
        [("2026-06-01", "2026-06-30", "tv", "June flight"), ("2026-07-02", "2026-07-09", "pr", "Event")],
        [],
        "No activity of the marketing calendar overlaps it.",
        id="activities before and after are not",
    ),
    pytest.param(
        [
            ("2026-06-01", "2026-06-30", "context", "Search, June"),
            ("2026-07-01", "2026-07-31", "context", "Search, July"),
        ],
        ["Search, July"],
        "Nothing new in the marketing calendar",
        id="an always-on channel is background",
    ),
    pytest.param([], [], "No activity of the marketing calendar overlaps it.", id="an empty calendar"),
]


@pytest.mark.parametrize(("rows", "names", "sentence"), ACTIVITY_CASES)
def test_overlapping_activities_are_listed(rows, names, sentence):
    (spike,) = find_spikes(mentions([20] * 30 + [100]), brand=BRAND, activities=calendar(rows))
    assert spike.activities["name"].tolist() == names
    assert sentence in explain(spike, "en")[-1]


def test_background_activities_are_not_news_when_something_new_overlaps():
    rows = [
        ("2026-06-01", "2026-06-30", "context", "Search, June"),
        ("2026-07-01", "2026-07-31", "context", "Search, July"),
        ("2026-07-01", "2026-07-02", "promo", "Promo code"),
    ]
    (spike,) = find_spikes(mentions([20] * 30 + [100]), brand=BRAND, activities=calendar(rows))
    assert spike.activities[["name", "background"]].values.tolist() == [["Promo code", False], ["Search, July", True]]
    assert explain(spike, "ru")[-1] == "В маркетинговом календаре на этот день: Promo code (промо)."


def test_without_a_text_column_top_mentions_have_no_text_and_no_quote():
    data = mentions([20] * 30 + [100], url=["https://example.com/a"], reach=[5]).drop(columns="text")
    (spike,) = find_spikes(data, brand=BRAND)
    assert "text" not in spike.top_mentions.columns
    assert spike.top_mentions["url"].iloc[0] == "https://example.com/a"
    assert quotes(spike) == []


def test_the_rule_is_written_out_in_both_languages():
    assert "median of the 28 days before it plus 3 × MAD" in rule("en")
    assert "1.4826" in rule("en")
    assert "медиана за 28 дней до него плюс 3 × MAD" in rule("ru")
    assert "за 21 день до него" in rule("ru", window=21)
    assert "пока истории меньше, чем 21 день" in rule("ru", min_history=21)
    assert "хотя бы 10 упоминаний" in rule("ru")
    assert "2.5 × MAD" in rule("en", k=2.5)


@pytest.mark.parametrize("options", [{"k": 0}, {"k": -1}, {"min_history": 0}, {"window": 7, "min_history": 14}])
def test_impossible_settings_say_what_is_valid(options):
    with pytest.raises(ValueError, match="must be"):
        find_spikes(mentions([20] * 30), brand=BRAND, **options)
