"""The chart builders on small frames: what a person sees on the shared screen, read from the figure."""

import math

import pandas as pd
import pytest

from dashboard import charts
from dashboard.scope import Scope, Snapshot

WEEKS = pd.date_range("2026-10-05", periods=4, freq="7D")
NAN = float("nan")
WHITE = ("#FFFFFF", "#FFF", "white")


def scope(lang: str, *, brand: str = "Зерно", granularity: str = "week") -> Scope:
    """A page's scope in ``lang``, with our brand chosen and no period (nothing outlined)."""
    return Scope(
        Snapshot("demo.duckdb", 1),
        None,
        granularity,
        brand=brand,
        our_brand="Зерно",
        platforms=None,
        lang=lang,
        tz="Europe/Moscow",
        currency="RUB",
    )


def frame(columns: dict) -> pd.DataFrame:
    return pd.DataFrame(columns, index=WEEKS[: len(next(iter(columns.values())))])


def says_no_data(fig) -> bool:
    texts = [a.text for a in fig.layout.annotations]
    return (
        not fig.data
        and fig.layout.meta == "no_data"
        and fig.layout.xaxis.visible is False
        and any(text.startswith(("Nothing to draw", "Рисовать нечего")) for text in texts)
    )


def is_round(step: float) -> bool:
    mantissa = step / 10 ** math.floor(math.log10(step))
    return any(math.isclose(mantissa, m) for m in (1, 2, 2.5, 5))


def ticks_are_round(fig) -> None:
    """No axis left to plotly's "sync" (a right-hand axis at the left grid's odd values), and every
    explicit step round; percent axes on whole percents."""
    layout = fig.to_plotly_json()["layout"]
    for name, axis in layout.items():
        if not name.startswith(("xaxis", "yaxis")):
            continue
        if axis.get("overlaying"):
            assert axis.get("tickmode") in ("auto", "linear"), name
        if axis.get("tickmode") == "linear" and "dtick" in axis:
            assert is_round(axis["dtick"]), (name, axis["dtick"])
            if axis.get("tickformat") == ".0%":
                assert math.isclose(axis["dtick"] * 100, round(axis["dtick"] * 100)), name


SHARES = frame(
    {
        "positive_share": [0.2, 0.25, 0.3, 0.31],
        "neutral_share": [0.11, 0.1, 0.05, 0.0],
        "negative_share": [0.69, 0.65, 0.65, 0.69],
    }
)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_sentiment_is_filled_with_its_colour_under_its_pattern(lang):
    fig = charts.sentiment_bars(SHARES, scope(lang))
    assert [trace.name for trace in fig.data] == (
        ["Позитивные", "Нейтральные", "Негативные"] if lang == "ru" else ["Positive", "Neutral", "Negative"]
    )
    for trace, sentiment in zip(fig.data, ("positive", "neutral", "negative"), strict=True):
        colour = charts.PALETTE[sentiment]
        assert trace.marker.color == colour and colour.upper() not in WHITE
        pattern = trace.marker.pattern
        # The pattern is drawn over the colour, in the bar and in its legend entry, never instead of it.
        assert pattern.fillmode == "overlay" and pattern.bgcolor == colour
    assert len({trace.marker.pattern.shape for trace in fig.data}) == 3  # not told by colour alone either
    ticks_are_round(fig)


def test_a_sentiment_nobody_expressed_has_no_legend_entry():
    shares = SHARES.assign(neutral_share=0.0)
    assert [trace.name for trace in charts.sentiment_bars(shares, scope("en")).data] == ["Positive", "Negative"]


def test_brand_trend_leaves_out_brands_without_mentions_and_keeps_their_colours():
    values = frame({"Зерно": [10, 12, 9, 11], "Крона": [0, 0, 0, 0], "Утро": [3, NAN, 4, 5]})
    share = pd.Series([0.6, 0.55, 0.58, 0.62], index=values.index)
    fig = charts.brand_trend(values, share, scope("en"))
    assert [trace.name for trace in fig.data] == ["Зерно", "Утро", "Share of voice"]
    assert fig.data[1].marker.color == charts.brand_colours(["Зерно", "Крона", "Утро"], "Зерно")["Утро"]
    ticks_are_round(fig)
    axis = fig.layout.yaxis2
    assert axis.tickformat == ".0%" and axis.dtick == 0.2 and tuple(axis.range) == (0, 1)


def test_share_of_voice_without_values_has_no_line_and_no_legend_entry():
    values = frame({"Зерно": [10, 12, 9, 11]})
    fig = charts.brand_trend(values, pd.Series(NAN, index=values.index), scope("en"))
    assert [trace.name for trace in fig.data] == ["Зерно"]


@pytest.mark.parametrize(
    "indicator, unit, tickformat",
    [("share_of_voice", "fraction", ".0%"), ("mentions", "count", None), ("net_sentiment", "index", None)],
)
def test_the_indicator_beside_revenue_has_round_ticks_of_its_own(indicator, unit, tickformat):
    weeks = frame({"revenue": [84_900, 115_900, 99_000, 101_000], indicator: [0.551, 0.602, 0.574, 0.611]})
    fig = charts.sales_beside(weeks, indicator, "en", unit=unit)
    ticks_are_round(fig)
    assert fig.layout.yaxis2.tickmode == "auto" and fig.layout.yaxis2.tickformat == tickformat


def test_sales_without_revenue_draw_the_indicator_alone():
    weeks = frame({"revenue": [NAN] * 4, "mentions": [5, 6, 7, 8]})
    fig = charts.sales_beside(weeks, "mentions", "ru")
    assert [trace.name for trace in fig.data] == ["Упоминания"]


EMPTY_WEEKS = frame({"a": [NAN] * 4})


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize(
    "build",
    [
        lambda lang: charts.sentiment_bars(EMPTY_WEEKS, scope(lang)),
        lambda lang: charts.sentiment_bars(pd.DataFrame(), scope(lang)),
        lambda lang: charts.brand_trend(frame({"Зерно": [0, 0, NAN, 0]}), pd.Series(NAN, index=WEEKS), scope(lang)),
        lambda lang: charts.platform_bars(pd.Series([NAN, NAN], index=["vk", "x"]), lang, title="Platforms"),
        lambda lang: charts.platform_lines(frame({"vk": [NAN] * 4}), scope(lang), title="Followers"),
        lambda lang: charts.sales_beside(frame({"revenue": [NAN] * 4, "mentions": [NAN] * 4}), "mentions", lang),
        lambda lang: charts.lag_chart(
            pd.DataFrame({"pearson": [NAN] * 9, "pearson_low": [NAN] * 9, "pearson_high": [NAN] * 9, "n": [0] * 9}),
            lang,
        ),
        lambda lang: charts.cost_per_contact(
            pd.DataFrame({"channel": ["tv"], "cost_per_thousand_contacts": [NAN]}), scope(lang)
        ),
        lambda lang: charts.weekly_trend(frame({"mentions": [NAN] * 4}), scope(lang)),
    ],
    ids=["sentiment", "sentiment_no_columns", "brands", "platforms", "platform_lines", "sales", "lags", "mix", "week"],
)
def test_no_data_is_said_in_words_not_drawn_as_empty_axes(build, lang):
    fig = build(lang)
    assert says_no_data(fig)
    assert fig.layout.height <= 200  # a line of text, not a chart-sized blank


@pytest.mark.parametrize(
    "build",
    [
        lambda: charts.sentiment_bars(EMPTY_WEEKS, scope("ru"), large=True),
        lambda: charts.brand_trend(
            frame({"Зерно": [0, 0, NAN, 0]}), pd.Series(NAN, index=WEEKS), scope("ru"), large=True
        ),
        lambda: charts.platform_bars(pd.Series([NAN], index=["vk"]), "ru", title="Площадки", large=True),
        lambda: charts.platform_lines(frame({"vk": [NAN] * 4}), scope("ru"), title="Подписчики", large=True),
        lambda: charts.sales_beside(frame({"revenue": [NAN] * 4, "mentions": [NAN] * 4}), "mentions", "ru", large=True),
        lambda: charts.cost_per_contact(
            pd.DataFrame({"channel": ["tv"], "cost_per_thousand_contacts": [NAN]}), scope("ru"), large=True
        ),
        lambda: charts.weekly_trend(frame({"mentions": [NAN] * 4}), scope("ru"), large=True),
    ],
    ids=["sentiment", "brands", "platforms", "platform_lines", "sales", "mix", "week"],
)
def test_no_data_on_a_slide_is_said_in_the_slides_large_type(build):
    fig = build()
    assert says_no_data(fig)
    assert all(a.font.size >= 20 for a in fig.layout.annotations)
    if fig.layout.title.text:
        assert fig.layout.title.font.size >= 20


def test_a_chart_with_no_data_keeps_its_title():
    fig = charts.platform_bars(pd.Series(dtype="float64"), "en", title="Our mentions by platform")
    assert says_no_data(fig) and fig.layout.title.text == "Our mentions by platform"


def test_every_builder_on_the_demo_week_has_round_ticks():
    lags = pd.DataFrame(
        {
            "pearson": [0.1, -0.14, 0.3],
            "pearson_low": [-0.2, -0.42, 0.0],
            "pearson_high": [0.4, 0.16, 0.55],
            "n": [52, 51, 50],
        }
    )
    for fig in (charts.lag_chart(lags, "en"), charts.sentiment_bars(SHARES, scope("ru"))):
        ticks_are_round(fig)


def test_calendar_labels_that_would_overlap_go_to_different_rows_and_others_stay_on_the_first():
    import pandas as pd
    import plotly.graph_objects as go

    from dashboard.charts import add_calendar

    weeks = pd.date_range("2026-01-05", periods=52, freq="7D")
    activities = pd.DataFrame(
        {
            "start": pd.to_datetime(["2026-03-02", "2026-03-30", "2026-09-07", "2026-11-09"]),
            "end": pd.to_datetime(["2026-03-29", "2026-04-05", "2026-09-13", "2026-11-15"]),
            "channel": ["tv", "pr", "outdoor", "promo"],
            "budget": [4.0, 3.0, 2.0, 1.0],
            "name": [
                "ТВ-флайт «Зерно рядом»",
                "Стенд на городском кофейном фестивале",
                "Запуск зимнего меню",
                "Осенний кэшбэк",
            ],
        }
    )
    fig = add_calendar(go.Figure(), activities, weeks, "week", "ru")
    rows = {a.text.split(":")[0]: a.yshift for a in fig.layout.annotations}
    assert rows["ТВ"] != rows["PR"]  # side by side: two rows
    assert rows["Наружная реклама"] == rows["Промо"] == rows["ТВ"]  # far apart: the first row
    # Both rows stand on the chart's top edge, above its bars and lines, and the margin above holds them.
    assert {(a.y, a.yref, a.yanchor) for a in fig.layout.annotations} == {(1, "paper", "bottom")}
    assert min(rows.values()) > 0 and fig.layout.margin.t >= max(rows.values()) + 20


def test_calendar_labels_of_a_grid_stand_above_its_top_panels_title_at_any_size():
    series = pd.DataFrame(
        {"mentions": [10.0, 12, 9, 11], "net_sentiment": [0.1, 0.2, 0.0, 0.3], "revenue": [5.0, 6, 5, 7]},
        index=pd.date_range("2026-10-26", periods=4, freq="7D"),
    )
    activities = pd.DataFrame(
        {
            "start": pd.to_datetime(["2026-11-02"]),
            "end": pd.to_datetime(["2026-11-08"]),
            "channel": ["promo"],
            "budget": [1.0],
            "name": ["Осенний кэшбэк"],
        }
    )
    for large in (False, True):
        fig = charts.weekly_trend(series, scope("ru"), activities=activities, large=large)
        title = next(a for a in fig.layout.annotations if a.text == "Упоминания")
        label = next(a for a in fig.layout.annotations if a.text.startswith("Промо"))
        assert (label.y, label.yanchor) == (title.y, "bottom") and label.yshift >= title.font.size
        assert fig.layout.margin.t >= label.yshift + label.font.size


def test_themes_are_bars_by_sentiment_their_imported_words_escaped_and_new_ones_said():
    table = pd.DataFrame(
        {
            "theme": ["доставка · курьер", '<span style="fill:url(http://x)">Rival</span>'],
            "positive": [1, 0],
            "neutral": [2, 0],
            "negative": [9, 3],
            "new": [False, True],
        }
    )
    fig = charts.theme_bars(table, "en")
    labels = list(fig.data[0].y)
    assert labels[-1] == "доставка · курьер"  # the largest on top (plotly draws the first at the bottom)
    assert labels[0].startswith("&lt;span") and labels[0].endswith(" · new this period")
    assert [trace.name for trace in fig.data] == ["Positive", "Neutral", "Negative"]
    assert charts.theme_bars(table.iloc[0:0], "en").layout.meta == "no_data"


HOSTILE = (
    '<span style="fill:url(http://127.0.0.1:9/x)">Rival</span>',
    '<a href="http://127.0.0.1:9/">Click</a>',
    '<img src="http://127.0.0.1:9/p.png">',
)


def test_names_from_imported_files_reach_a_chart_as_text_never_as_markup():
    """Brands, activities and spike quotes from files are escaped in every text of a chart: plotly shows
    their characters and makes no link, picture or styled element of them."""
    import json

    values = frame({"Зерно": [10, 12, 9, 11], **{name: [3, 4, 5, 6] for name in HOSTILE}})
    share = pd.Series([0.6, 0.55, 0.58, 0.62], index=values.index)
    activities = pd.DataFrame(
        {
            "start": WEEKS[:3],
            "end": WEEKS[:3] + pd.Timedelta(days=6),
            "channel": ["pr", "tv", "promo"],
            "budget": [1.0, 2.0, 3.0],
            "name": list(HOSTILE),
        }
    )
    trend = frame({"mentions": [10, 40, 9, 11], "mentions_reach": [1, 2, 3, 4]})
    figures = [
        charts.brand_trend(values, share, scope("en"), activities=activities),
        charts.weekly_trend(
            trend,
            scope("en"),
            spikes=[(WEEKS[1].date(), [f"“{HOSTILE[1]}”", "Mentions doubled"])],
            activities=activities,
        ),
        charts.theme_bars(
            pd.DataFrame(
                {
                    "theme": list(HOSTILE),
                    "positive": [1, 2, 3],
                    "neutral": [0, 0, 0],
                    "negative": [1, 1, 1],
                    "new": [True, False, False],
                }
            ),
            "en",
        ),
    ]
    for fig in figures:
        text = json.dumps(fig.to_plotly_json(), ensure_ascii=False)
        for tag in ("<span", "<a ", "<img"):
            assert tag not in text, tag
        assert "&lt;a href=" in text or "&lt;span style=" in text
    legend = [trace.name for trace in figures[0].data]
    assert legend[1] == '&lt;span style="fill:url(http://127.0.0.1:9/x)"&gt;Rival&lt;/span&gt;'
    spikes = next(trace for trace in figures[1].data if trace.hovertext)
    assert "<br>" in spikes.hovertext[0]  # our own line break is kept
