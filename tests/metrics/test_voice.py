"""Voice of the customer: keywords and hashtags by sentiment, questions and complaints as real quotes."""

from datetime import date

import pytest

from metrics.indicators.registry import frame
from metrics.insights.voice import complaints, questions, top_terms

BRAND = "Зерно"


def mentions(texts, **columns):
    """Mentions of our brand with these texts; other columns given as lists (or one value for all)."""
    n = len(texts)
    data = {"brand": [BRAND] * n, "published_at": ["2026-07-14 09:00"] * n, "text": texts}
    data.update({k: v if isinstance(v, list) else [v] * n for k, v in columns.items()})
    return frame("mentions", data)


def terms(frame_, **options):
    return top_terms(frame_, brand=BRAND, **options)["term"].tolist()


TERM_CASES = [
    pytest.param(
        ["Это очень вкусный кофе и он был горячий", "The coffee was hot and it is good"],
        {},
        ["coffee", "good", "hot", "вкусный", "горячий", "кофе"],
        id="stop words removed, ru and en",
    ),
    pytest.param(
        ["Очередь, очередь, опять очередь!", "Снова очередь"],
        {},
        ["очередь"],
        id="a word used three times in one mention counts once",
    ),
    pytest.param(
        ["Люблю #Зерно и #кофе", "#кофе с утра", "#кофе"],
        {},
        ["#кофе", "#зерно", "люблю", "утра"],
        id="hashtags keep their # and are counted",
    ),
    pytest.param(
        ["Был в Зерне, потом в Зерно, зерном пахнет", "ЗЕРНО"],
        {},
        ["пахнет"],
        id="the brand's name and its word forms are left out",
    ),
    pytest.param(["Zerno app crashed"], {"exclude": ["Zerno"]}, ["app", "crashed"], id="exclude other spellings"),
    pytest.param(["Ещё кофе", "еще кофе"], {"lang_stopwords": ()}, ["еще", "кофе"], id="ё is е; no stop words"),
    pytest.param(
        ["Оплата 14.07 не прошла: 500 руб", "оплата"],
        {},
        ["оплата", "прошла", "руб"],
        id="numbers and short words are left out",
    ),
    pytest.param(
        ["кофе,вкусно,быстро", "вкусно!кофе"],
        {},
        ["вкусно", "кофе", "быстро"],
        id="punctuation without spaces still splits words",
    ),
    pytest.param(["какао-бар открыли", "Какао-бар"], {}, ["какао-бар", "открыли"], id="hyphenated words stay whole"),
    pytest.param([None, ""], {}, [], id="no text, no terms"),
]


@pytest.mark.parametrize(("texts", "options", "expected"), TERM_CASES)
def test_top_terms(texts, options, expected):
    assert terms(mentions(texts), **options) == expected


def test_terms_are_counted_by_sentiment():
    data = mentions(
        ["Приложение опять упало", "Приложение удобное", "Приложение упало", "Кофе вкусный"],
        sentiment=["negative", "positive", "negative", "positive"],
    )
    table = top_terms(data, brand=BRAND)
    row = table.set_index("term").loc["приложение"]
    assert (row["mentions"], row["negative"], row["positive"], row["neutral"]) == (3, 2, 1, 0)
    assert row["share"] == pytest.approx(0.75)
    assert terms(data, sentiment="negative") == ["приложение", "упало"]  # «опять» is a stop word
    assert terms(data, sentiment=["positive"], n=2) == ["вкусный", "кофе"]


def test_only_our_brand_in_the_period():
    data = frame(
        "mentions",
        {
            "brand": [BRAND, "Крона", BRAND],
            "published_at": ["2026-07-14 09:00", "2026-07-14 09:00", "2026-07-20 22:30"],  # 21 Jul in Moscow
            "text": ["Капучино", "Латте", "Раф"],
        },
    )
    assert terms(data) == ["капучино", "раф"]
    assert terms(data, start=date(2026, 7, 14), end=date(2026, 7, 20)) == ["капучино"]
    assert terms(data, start=date(2026, 7, 21)) == ["раф"]


def test_n_limits_the_table():
    data = mentions([f"слово{i} " * (i + 1) + " ".join(f"слово{j}" for j in range(i)) for i in range(30)])
    assert len(top_terms(data, brand=BRAND)) == 20
    assert len(top_terms(data, brand=BRAND, n=5)) == 5
    assert len(top_terms(data, brand=BRAND, n=None)) == 30


QUESTION_CASES = [
    pytest.param("Во сколько открывается Зерно на Тверской?", None, "question_mark", id="a question mark"),
    pytest.param("Работаете в выходные", True, "flag", id="flagged by the source"),
    pytest.param("Подскажите, где ближайшее Зерно", None, "question_word", id="a question word, no mark"),
    pytest.param("Отличный кофе. Почему так дорого", None, "question_word", id="the last sentence asks"),
    pytest.param("how do I get the cashback", None, "question_word", id="an English question word"),
    pytest.param("Можно ли оплатить баллами весь заказ", None, "question_word", id="можно ли"),
    pytest.param("Как всегда вкусно!", None, None, id="an exclamation is not a question"),
    pytest.param("Как всегда вкусно", None, None, id="как всегда is not a question"),
    pytest.param("Как кофейни борются за утренних покупателей.", None, None, id="a headline with a full stop"),
    pytest.param("Will be back soon", None, None, id="will is not a question word"),
    pytest.param("Кофе отличный", False, None, id="a statement"),
]


@pytest.mark.parametrize(("text", "flag", "found_by"), QUESTION_CASES)
def test_questions_are_found(text, flag, found_by):
    found = questions(mentions([text], is_question=[flag]), brand=BRAND)
    assert found["found_by"].tolist() == ([found_by] if found_by else [])


def test_questions_are_real_quotes_widest_reach_first_each_text_once():
    data = mentions(
        [
            "Где Зерно на Арбате?",
            "Есть ли овсяное молоко?",
            "Где  Зерно на Арбате?",
            "Кофе хороший",
            "Сколько стоит раф?",
        ],
        reach=[10, 500, 300, None, 50],
        author=["a", "b", "c", "d", "e"],
        platform="vk",
        url=[f"https://vk.com/wall-1_{i}" for i in range(5)],
        is_question=[None] * 5,
    )
    found = questions(data, brand=BRAND)
    assert found[["text", "reach", "copies"]].values.tolist() == [
        ["Есть ли овсяное молоко?", 500, 1],
        ["Где  Зерно на Арбате?", 300, 2],
        ["Сколько стоит раф?", 50, 1],
    ]
    assert found.loc[0, ["author", "platform", "url"]].tolist() == ["b", "vk", "https://vk.com/wall-1_1"]
    assert set(found.columns) >= {"published_at", "platform", "author", "text", "url", "reach", "found_by"}
    assert len(questions(data, brand=BRAND, n=1)) == 1


def test_complaints_are_our_negative_mentions_widest_reach_first():
    data = frame(
        "mentions",
        {
            "brand": [BRAND, BRAND, BRAND, "Крона", BRAND],
            "published_at": ["2026-07-14 09:00"] * 4 + ["2026-08-01 09:00"],
            "sentiment": ["negative", "positive", "negative", "negative", "negative"],
            "reach": [100, 10_000, 2_000, 50_000, 900],
            "text": ["Оплата картой не проходит", "Лучший раф", "Приложение упало", "Крона закрыта", "Очередь"],
        },
    )
    widest_first = ["Приложение упало", "Очередь", "Оплата картой не проходит"]
    assert complaints(data, brand=BRAND)["text"].tolist() == widest_first
    assert complaints(data, brand=BRAND, end=date(2026, 7, 31))["text"].tolist() == [
        "Приложение упало",
        "Оплата картой не проходит",
    ]
    assert (complaints(data, brand=BRAND)["sentiment"] == "negative").all()


@pytest.mark.parametrize(
    "result",
    [
        lambda m: top_terms(m, brand=BRAND),
        lambda m: questions(m, brand=BRAND),
        lambda m: complaints(m, brand=BRAND),
    ],
    ids=["top_terms", "questions", "complaints"],
)
def test_without_a_text_column_results_are_empty_not_errors(result):
    data = mentions(["Где Зерно?"], sentiment="negative", is_question=True).drop(columns="text")
    out = result(data)
    assert out.empty and len(out.columns) > 0
    assert result(frame("mentions", {})).empty


def test_a_mention_is_a_question_or_a_complaint_never_both():
    """The rule the Voice page states: a negative mention is a complaint even when it asks something
    (and so is its word-for-word copy); the questions are the others."""
    data = mentions(
        [
            "Почему приложение Зерна опять не работает?",
            "Почему  приложение Зерна опять не работает?",
            "Где Зерно на Арбате?",
            "Оплата картой не проходит",
        ],
        sentiment=["negative", "neutral", "neutral", "negative"],
        reach=[100, 90, 50, 10],
        is_question=[None] * 4,
    )
    asked, complained = questions(data, brand=BRAND), complaints(data, brand=BRAND)
    assert asked["text"].tolist() == ["Где Зерно на Арбате?"]
    assert complained["text"].tolist() == ["Почему приложение Зерна опять не работает?", "Оплата картой не проходит"]
    assert len(questions(data, brand=BRAND, with_complaints=True)) == 2  # the two copies are one quote
