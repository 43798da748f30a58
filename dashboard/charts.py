"""Chart builders: pure functions from small frames to plotly Figures. Pages only display them.

One colour per series everywhere, from a colour-blind-safe palette (Okabe–Ito); text large
enough for a shared screen. Three rules keep a chart from looking broken on a shared screen:

- no data, no axes: a chart with nothing to draw is a short figure that says so in words;
- a series with nothing to draw (no value, or only zero bars) is left out, legend entry included;
- ticks at round steps: a right-hand axis gets its own round ticks (plotly would otherwise align
  them with the left axis's grid, at 17/34/51 %), and a fraction is shown on round percents.
"""

from __future__ import annotations

import html
import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.scope import Scope
from metrics.indicators import REGISTRY
from metrics.indicators.registry import own_source
from resonance.i18n import TEXTS, format_day, format_money, format_month, format_number, t

# Okabe & Ito (2008), safe for the common forms of colour blindness.
PALETTE = {
    "ours": "#0072B2",
    "context": "#7F7F7F",
    "positive": "#009E73",
    "neutral": "#999999",
    "negative": "#D55E00",
}
# Competitors take these in turn (then the context's grey).
COMPETITOR_COLOURS = ["#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]
FONT = dict(size=16)
LARGE_FONT = 22  # on a slide: the text of the chart; ticks, legends and notes are never under 20 px
# A right-hand axis of its own: round ticks, no grid of its own (the left axis draws the grid).
RIGHT_AXIS = dict(tickmode="auto", showgrid=False)
PERCENT_AXIS = dict(tickformat=".0%", tickmode="linear", tick0=0, dtick=0.2, range=[0, 1])


# Plotly reads a subset of HTML in every text of a chart (legends, ticks, hover, annotations, titles): a
# brand named <a href=…> would be a link, a style with url(…) a request. Every text is escaped here, at one
# place, when a chart is finished; the few tags our own words use for layout are given back.
_OUR_MARKUP = re.compile(r"&lt;(/?(?:br|b|i|sup|sub))&gt;")
_TRACE_TEXTS = ("name", "text", "hovertext", "x", "y", "labels", "legendgroup")


def inert(text: str) -> str:
    """A text as plotly shows it: its characters, never markup (our line breaks and bold kept).

    >>> inert('<span style="fill:url(http://x)">Rival</span> <br> <b>A & B</b>')
    '&lt;span style="fill:url(http://x)"&gt;Rival&lt;/span&gt; <br> <b>A &amp; B</b>'
    """
    return _OUR_MARKUP.sub(r"<\1>", html.escape(text, quote=False))


def _inert_values(values):
    """A trace's texts escaped: a text, or the texts among a sequence's values (numbers and days untouched)."""
    if isinstance(values, str):
        return inert(values)
    if values is None or isinstance(values, (int, float)):
        return values
    if isinstance(values, np.ndarray) and values.dtype != object:
        return values
    try:
        items = list(values)
    except TypeError:
        return values
    if not any(isinstance(v, str) for v in items):
        return values
    return [inert(v) if isinstance(v, str) else v for v in items]


def _inert_figure(fig: go.Figure) -> go.Figure:
    """Every text of ``fig`` escaped (see :func:`inert`): traces' names, values, texts and hovers, the
    annotations, the title and the axes' titles."""
    for trace in fig.data:
        for attr in _TRACE_TEXTS:
            if attr in trace and trace[attr] is not None:
                trace[attr] = _inert_values(trace[attr])
    for note in fig.layout.annotations or ():
        if note.text:
            note.text = inert(note.text)
    if fig.layout.title and fig.layout.title.text:
        fig.layout.title.text = inert(fig.layout.title.text)
    fig.for_each_xaxis(lambda axis: axis.update(title_text=inert(axis.title.text)) if axis.title.text else None)
    fig.for_each_yaxis(lambda axis: axis.update(title_text=inert(axis.title.text)) if axis.title.text else None)
    return fig


def _for_the_room(fig: go.Figure, large: bool) -> go.Figure:
    """A finished chart: its texts inert (:func:`inert`) and, on a slide (``large``), every text read from
    across a room, like the numbers beside it.

    Sizes are set on the axes, legend and notes themselves: the dashboard's theme would otherwise keep
    ticks and legends at 12 px.
    """
    fig = _inert_figure(fig)
    if not large:
        return fig
    fig.update_layout(
        font=dict(size=LARGE_FONT),
        legend=dict(font=dict(size=LARGE_FONT)),
        title_font_size=LARGE_FONT + 2,
        hoverlabel_font_size=20,
    )
    fig.update_xaxes(tickfont_size=20, title_font_size=20, tickangle=0, nticks=12)
    fig.update_yaxes(tickfont_size=20, title_font_size=20)
    fig.update_annotations(font_size=20)
    fig.update_traces(textfont_size=20)
    return fig


def _numbers(values) -> np.ndarray:
    if values is None:
        return np.array([], dtype="float64")
    return pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype="float64", na_value=np.nan)


def drawn(values, *, bars: bool = False) -> bool:
    """Whether a series leaves a mark: a value at all, and for bars a value other than 0.

    >>> drawn([float("nan"), 2.0]), drawn([0, 0], bars=True), drawn([0, 0])
    (True, False, True)
    """
    v = _numbers(values)
    v = v[np.isfinite(v)]
    return bool(len(v)) and (not bars or bool(np.any(v != 0)))


def no_data(lang: str, *, title: str | None = None, height: int = 150, large: bool = False) -> go.Figure:
    """A chart with nothing to draw: its title (if it has one) and the sentence that says so, no axes.

    ``large``: on a slide, the sentence and the title in the slide's large type."""
    fig = go.Figure()
    fig.add_annotation(
        text=t("chart.no_data", lang),
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font=dict(size=LARGE_FONT if large else 18, color="#555555"),
    )
    fig.update_layout(
        title=title,
        height=height + (40 if title else 0),
        font=FONT,
        plot_bgcolor="white",
        margin=dict(l=10, r=10, t=50 if title else 10, b=10),
        xaxis=dict(visible=False),
        yaxis=dict(visible=False),
        meta="no_data",
    )
    if large:
        fig.update_layout(font=dict(size=LARGE_FONT), title_font_size=LARGE_FONT + 2)
    return fig


def weekly_trend(
    series: pd.DataFrame,
    scope: Scope,
    *,
    spikes: list | None = None,
    activities: pd.DataFrame | None = None,
    large: bool = False,
) -> go.Figure:
    """Mentions, net sentiment and revenue per period, stacked on one time axis.

    ``series`` is indexed by each period's first day with columns ``mentions``, ``net_sentiment`` and
    ``revenue``. The scope's period is outlined. Revenue is drawn in grey: it is context, not a result
    of social media. With a competitor chosen (``scope.only_for``), the panels of indicators that
    exist only for our brand say so in their titles.
    """
    lang, granularity, only_for = scope.lang, scope.granularity, scope.only_for
    current = pd.Timestamp(scope.period.start) if scope.period is not None else None
    rows = [
        ("mentions", PALETTE["ours"], "bar"),
        ("net_sentiment", PALETTE["positive"], "line"),
        ("revenue", PALETTE["context"], "bar"),
    ]
    if not any(name in series and drawn(series[name]) for name, _, _ in rows):
        return no_data(lang, large=large)
    titles = [t(f"indicator.{name}.label", lang) for name, _, _ in rows]
    if only_for:
        titles = [
            title + (" — " + t(f"ours_only.{source}", lang, brand=only_for) if source else "")
            for title, source in zip(titles, (own_source(REGISTRY[name].needs) for name, _, _ in rows), strict=True)
        ]
    fig = make_subplots(rows=3, cols=1, shared_xaxes=True, vertical_spacing=0.09, subplot_titles=titles)
    weeks = pd.to_datetime(pd.Series(series.index))
    labels = [format_month(d, lang) if granularity == "month" else format_day(d, lang, with_year=False) for d in weeks]
    for i, (name, colour, kind) in enumerate(rows, start=1):
        values = series[name] if name in series else pd.Series(float("nan"), index=series.index)
        if kind == "bar":
            line_width = [3 if current is not None and w == current else 0 for w in weeks]
            fig.add_trace(
                go.Bar(
                    x=labels,
                    y=values.to_numpy(dtype="float64"),
                    name=titles[i - 1],
                    marker=dict(color=colour, line=dict(color="#000000", width=line_width)),
                ),
                row=i,
                col=1,
            )
        else:
            fig.add_trace(
                go.Scatter(
                    x=labels,
                    y=values.to_numpy(dtype="float64"),
                    name=titles[i - 1],
                    mode="lines+markers",
                    line=dict(color=colour, width=3),
                    marker=dict(size=9, symbol="circle"),
                ),
                row=i,
                col=1,
            )
            fig.add_hline(y=0, line=dict(color="#BBBBBB", width=1), row=i, col=1)
    _mark_spikes(fig, series, labels, spikes or [], lang)
    fig.update_layout(
        height=660, showlegend=False, font=FONT, margin=dict(l=10, r=10, t=70, b=10), bargap=0.25, plot_bgcolor="white"
    )
    fig.update_yaxes(gridcolor="#EEEEEE", zeroline=False)
    fig.update_yaxes(range=[-1, 1], row=2, col=1)
    fig.update_annotations(font=dict(size=17))
    return _for_the_room(add_calendar(fig, activities, series.index, granularity, lang, rows=True, large=large), large)


def _mark_spikes(fig: go.Figure, series: pd.DataFrame, labels: list[str], spikes: list, lang: str) -> None:
    """A star over each period's mentions bar that holds a spike, explained on hover."""
    if not spikes or "mentions" not in series:
        return
    starts = [d.date() for d in pd.to_datetime(pd.Series(series.index))]
    xs, ys, notes = [], [], []
    for day, lines in spikes:
        i = max((k for k, start in enumerate(starts) if start <= day), default=None)
        if i is None:
            continue
        xs.append(labels[i])
        ys.append(float(series["mentions"].iloc[i]) * 1.04)
        notes.append("<br>".join(lines))  # escaped with every text when the chart is finished
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="markers",
            name=t("week.spikes", lang),
            hovertext=notes,
            hoverinfo="text",
            marker=dict(symbol="star", size=18, color=PALETTE["negative"], line=dict(color="#000000", width=1)),
        ),
        row=1,
        col=1,
    )


def brand_colours(brands: list[str], ours: str | None) -> dict[str, str]:
    """Our brand in blue, competitors in the palette's other colours, the same order everywhere."""
    others = iter(COMPETITOR_COLOURS)
    return {b: PALETTE["ours"] if b == ours else next(others, PALETTE["context"]) for b in brands}


def _labels(index, lang: str, granularity: str) -> list[str]:
    days = pd.to_datetime(pd.Series(index))
    return [format_month(d, lang) if granularity == "month" else format_day(d, lang, with_year=False) for d in days]


CALENDAR_LINE = {False: 22, True: 30}  # px between the rows of calendar labels, by size (a slide's: large)


def add_calendar(
    fig: go.Figure,
    activities: pd.DataFrame,
    index,
    granularity: str,
    lang: str,
    *,
    rows: bool = False,
    large: bool = False,
) -> go.Figure:
    """Marketing-calendar items as shaded bands behind a time chart whose x labels come from ``index``.

    Each band covers the periods the activity overlaps and is named above the chart, in one of two rows
    that stand on the chart's top edge (never across its bars or lines; the top margin grows to hold
    them, at the size of ``large`` type); at most eight bands (the largest budgets) keep the chart
    readable. ``rows``: shade every row of a subplot grid.
    """
    if activities is None or activities.empty or len(index) == 0:
        return fig
    starts = pd.to_datetime(pd.Series(index)).reset_index(drop=True)
    labels = _labels(index, lang, granularity)
    step = starts.diff().median() if len(starts) > 1 else pd.Timedelta(days=7)
    ends = starts.shift(-1).fillna(starts.iloc[-1] + step) - pd.Timedelta(days=1)
    shown = activities[(activities["end"] >= starts.iloc[0]) & (activities["start"] <= ends.iloc[-1])]
    # Always-on channels (monthly search ads, content production) would shade every period: they are
    # the background, not an event, and are left out.
    first, last = starts.to_numpy("datetime64[s]"), ends.to_numpy("datetime64[s]")

    def overlaps(g: pd.DataFrame) -> np.ndarray:
        """Activity × period: whether the activity runs during the period."""
        begin, end = g["start"].to_numpy("datetime64[s]"), g["end"].to_numpy("datetime64[s]")
        return (begin[:, None] <= last[None, :]) & (end[:, None] >= first[None, :])

    covered = {c: int(overlaps(g).any(axis=0).sum()) for c, g in shown.groupby("channel", observed=True)}
    shown = shown[[covered.get(c, 0) < 0.9 * len(starts) for c in shown["channel"]]]
    shown = shown.sort_values("budget", ascending=False, na_position="last").head(8).sort_values("start")
    taken: list[list[tuple[float, float]]] = [[], []]  # the stretch of periods each row's labels cover
    hits = overlaps(shown)
    line = CALENDAR_LINE[large]
    # Above the top panel's title, when a grid of panels has titles (they stand on the same edge).
    titled = any(a.yref == "paper" and a.yanchor == "bottom" and (a.y or 0) >= 0.99 for a in fig.layout.annotations)
    base = 8 + (line + 4 if titled else 0)
    for number, (_, item) in enumerate(shown.iterrows()):
        hit = np.flatnonzero(hits[number]).tolist()
        if not hit:
            continue
        fig.add_vrect(
            x0=hit[0] - 0.5,
            x1=hit[-1] + 0.5,
            fillcolor=CHANNEL_COLOURS.get(item["channel"], "#DDDDDD"),
            opacity=0.18,
            line_width=0,
            layer="below",
            **({"row": "all", "col": 1} if rows else {}),
        )
        # A label in the right half ends at its band: plotly widens the axis to hold a label that runs past
        # the last period, which squeezes the chart (most on a slide's large type).
        right = hit[0] > len(starts) / 2
        x = hit[-1] + 0.45 if right else hit[0] - 0.45
        channel = t("channel." + str(item["channel"]), lang)
        # The first of the two rows above the chart where the label meets no other; where both are taken,
        # the channel's name alone (the band's colour says the rest); failing that, they alternate.
        for text in (f"{channel}: {item['name']}", channel):
            span = _label_span(text, len(starts))
            stretch = (x - span, x) if right else (x, x + span)
            row = next(
                (r for r, spans in enumerate(taken) if all(stretch[1] < a or stretch[0] > b for a, b in spans)), None
            )
            if row is not None:
                break
        row = number % 2 if row is None else row
        taken[row].append(stretch)
        fig.add_annotation(
            x=x,
            y=1,
            yshift=base + line * row,
            xref="x",
            yref="paper",
            yanchor="bottom",
            showarrow=False,
            xanchor="right" if right else "left",
            text=text,
            font=dict(size=13, color="#444444"),
        )
    used = sum(1 for spans in taken if spans)
    if used:
        # The labels' rows above the chart, and the chart's own title above them when it has one.
        title = 30 if fig.layout.title.text else 0
        needed = base + 4 + line * used + title
        fig.update_layout(margin_t=max(fig.layout.margin.t or 0, needed))
    fig.update_xaxes(type="category", categoryarray=labels)
    return fig


def _label_span(text: str, periods: int) -> float:
    """How many periods a calendar label covers, judged generously (the chart is about 1,400 px wide and
    a letter of the largest type about 11 px): enough to keep two labels of one row apart."""
    return len(text) * 11 / (1400 / max(periods, 1))


CHANNEL_COLOURS = {
    "tv": "#E69F00",
    "promo": "#CC79A7",
    "pr": "#009E73",
    "outdoor": "#56B4E9",
    "context": "#BBBBBB",
    "smm": "#0072B2",
    "influencer": "#D55E00",
}


def brand_trend(
    values: pd.DataFrame, share: pd.Series, scope: Scope, *, activities: pd.DataFrame | None = None, large: bool = False
) -> go.Figure:
    """Mentions per period of each brand (bars side by side, the scope's brand in our blue) and its share of
    voice (a line, right axis)."""
    lang, granularity = scope.lang, scope.granularity
    labels = _labels(values.index, lang, granularity)
    colours = brand_colours(list(values.columns), scope.brand)  # before leaving brands out: colours never shift
    shown = [brand for brand in values.columns if drawn(values[brand], bars=True)]
    if not shown:
        return no_data(lang, large=large)
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    for brand in shown:
        fig.add_trace(
            go.Bar(x=labels, y=values[brand].to_numpy(dtype="float64"), name=brand, marker_color=colours[brand])
        )
    if drawn(share):
        fig.add_trace(
            go.Scatter(
                x=labels,
                y=share.to_numpy(dtype="float64"),
                name=t("indicator.share_of_voice.label", lang),
                mode="lines+markers",
                line=dict(color="#000000", width=3, dash="dot"),
                marker=dict(size=9, symbol="diamond"),
            ),
            secondary_y=True,
        )
        fig.update_yaxes(
            title_text=t("indicator.share_of_voice.label", lang), secondary_y=True, **{**RIGHT_AXIS, **PERCENT_AXIS}
        )
    fig.update_yaxes(title_text=t("indicator.mentions.label", lang), secondary_y=False, gridcolor="#EEEEEE")
    fig.update_layout(
        barmode="group",
        height=460,
        font=FONT,
        legend=dict(orientation="h", y=-0.15),
        margin=dict(l=10, r=10, t=40, b=10),
        plot_bgcolor="white",
    )
    return _for_the_room(add_calendar(fig, activities, values.index, granularity, lang, large=large), large)


def platform_bars(values: pd.Series, lang: str, *, title: str, large: bool = False) -> go.Figure:
    """One horizontal bar per platform, largest on top, labelled with its value."""
    values = values.dropna().sort_values()
    if values.empty:
        return no_data(lang, title=title, large=large)
    names = [t(f"platform.{p}", lang) if f"platform.{p}" in TEXTS else str(p) for p in values.index]
    fig = go.Figure(
        go.Bar(
            x=values.to_numpy(dtype="float64"),
            y=names,
            orientation="h",
            marker_color=PALETTE["ours"],
            text=[format_number(v, lang) for v in values],
            textposition="outside",
        )
    )
    fig.update_layout(
        title=title,
        height=max(260, 46 * len(values) + 80),
        font=FONT,
        plot_bgcolor="white",
        margin=dict(l=10, r=40, t=50, b=10),
    )
    fig.update_xaxes(gridcolor="#EEEEEE")
    return _for_the_room(fig, large)


SENTIMENT_PATTERNS = {"positive": "", "neutral": ".", "negative": "x"}


def _sentiment_marker(sentiment: str) -> dict:
    """A sentiment's bar: its colour with a white pattern on top (positive: none). "overlay": the pattern
    is drawn over the fill colour; plotly's default ("replace") draws it instead of the colour, and a
    white pattern then shows nothing at all."""
    return dict(
        color=PALETTE[sentiment],
        line=dict(color="#FFFFFF", width=1),
        pattern=dict(
            shape=SENTIMENT_PATTERNS[sentiment],
            fillmode="overlay",
            bgcolor=PALETTE[sentiment],
            fgcolor="#FFFFFF",
            fgopacity=0.9,
            size=9,
            solidity=0.25,
        ),
    )


def sentiment_bars(
    shares: pd.DataFrame, scope: Scope, *, activities: pd.DataFrame | None = None, large: bool = False
) -> go.Figure:
    """Shares of positive, neutral and negative mentions per period, stacked to 100%.

    Sentiment is never told by colour alone, and never by pattern alone: each class is filled with
    its colour, has a white pattern on top of it (positive: none), and its name in the legend and on
    hover. A class with no mention in any period is left out of the legend.
    """
    lang, granularity = scope.lang, scope.granularity
    labels = _labels(shares.index, lang, granularity)
    shown = [
        s
        for s in ("positive", "neutral", "negative")
        if f"{s}_share" in shares and drawn(shares[f"{s}_share"], bars=True)
    ]
    if not shown:
        return no_data(lang, large=large)
    fig = go.Figure()
    for sentiment in shown:
        fig.add_trace(
            go.Bar(
                x=labels,
                y=shares[f"{sentiment}_share"].to_numpy(dtype="float64"),
                name=t(f"sentiment.{sentiment}", lang),
                marker=_sentiment_marker(sentiment),
                hovertemplate="%{x}: %{y:.0%} " + t(f"sentiment.{sentiment}", lang) + "<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        height=420,
        font=FONT,
        plot_bgcolor="white",
        legend=dict(orientation="h", y=-0.15),
        margin=dict(l=10, r=10, t=40, b=10),
    )
    fig.update_yaxes(gridcolor="#EEEEEE", **PERCENT_AXIS)
    return _for_the_room(add_calendar(fig, activities, shares.index, granularity, lang, large=large), large)


def platform_lines(
    values: pd.DataFrame, scope: Scope, *, title: str, activities: pd.DataFrame | None = None, large: bool = False
) -> go.Figure:
    """One line per platform over the periods (followers, say), each with its own marker shape."""
    lang, granularity = scope.lang, scope.granularity
    labels = _labels(values.index, lang, granularity)
    symbols = ["circle", "square", "diamond", "triangle-up", "cross", "x"]
    colours = COMPETITOR_COLOURS
    if not any(drawn(values[p]) for p in values.columns):
        return no_data(lang, title=title, large=large)
    fig = go.Figure()
    for i, platform in enumerate(values.columns):  # i before leaving platforms out: colours never shift
        if not drawn(values[platform]):
            continue
        fig.add_trace(
            go.Scatter(
                x=labels,
                y=values[platform].to_numpy(dtype="float64"),
                name=t(f"platform.{platform}", lang) if f"platform.{platform}" in TEXTS else platform,
                mode="lines+markers",
                line=dict(width=3, color=colours[i % len(colours)]),
                marker=dict(size=9, symbol=symbols[i % len(symbols)]),
            )
        )
    fig.update_layout(
        title=title,
        height=440,
        font=FONT,
        plot_bgcolor="white",
        legend=dict(orientation="h", y=-0.15),
        margin=dict(l=10, r=10, t=80, b=10),
    )
    fig.update_yaxes(gridcolor="#EEEEEE")
    return _for_the_room(add_calendar(fig, activities, values.index, granularity, lang, large=large), large)


def sales_beside(
    weeks: pd.DataFrame,
    indicator: str,
    lang: str,
    *,
    unit: str = "count",
    activities: pd.DataFrame | None = None,
    large: bool = False,
) -> go.Figure:
    """Weekly revenue (grey bars: context) and a PR or loyalty indicator (a line) on one time axis.

    ``unit`` is the indicator's: a fraction is read on round percents.
    """
    labels = _labels(weeks.index, lang, "week")
    revenue = weeks.get("revenue")
    line = weeks.get(indicator)
    if not drawn(revenue, bars=True) and not drawn(line):
        return no_data(lang, large=large)
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    if drawn(revenue, bars=True):
        fig.add_trace(
            go.Bar(
                x=labels,
                y=revenue.to_numpy(dtype="float64"),
                name=t("indicator.revenue.label", lang),
                marker_color=PALETTE["context"],
                opacity=0.75,
            ),
            secondary_y=False,
        )
        fig.update_yaxes(title_text=t("indicator.revenue.label", lang), secondary_y=False, gridcolor="#EEEEEE")
    if drawn(line):
        fig.add_trace(
            go.Scatter(
                x=labels,
                y=line.to_numpy(dtype="float64"),
                name=t(f"indicator.{indicator}.label", lang),
                mode="lines+markers",
                line=dict(color=PALETTE["ours"], width=3),
                marker=dict(size=7),
            ),
            secondary_y=True,
        )
        # From zero, as the revenue bars are: a line that starts at 100 would look like a rise from nothing.
        percent = dict(tickformat=".0%") if unit == "fraction" else {}
        fig.update_yaxes(
            title_text=t(f"indicator.{indicator}.label", lang),
            secondary_y=True,
            rangemode="tozero",
            **RIGHT_AXIS,
            **percent,
        )
    fig.update_layout(
        height=460,
        font=FONT,
        plot_bgcolor="white",
        legend=dict(orientation="h", y=-0.15),
        margin=dict(l=10, r=10, t=40, b=10),
        bargap=0.2,
    )
    return _for_the_room(add_calendar(fig, activities, weeks.index, "week", lang, large=large), large)


def lag_chart(table: pd.DataFrame, lang: str, *, large: bool = False) -> go.Figure:
    """Pearson's r at each lag with its 95% interval as an error bar and n written above it."""
    if "pearson" not in table or not drawn(table["pearson"]):
        return no_data(lang, large=large)
    lags = list(range(len(table)))
    r = table["pearson"].to_numpy(dtype="float64")
    fig = go.Figure(
        go.Scatter(
            x=lags,
            y=r,
            mode="markers+text",
            marker=dict(size=14, color=PALETTE["ours"], symbol="circle"),
            error_y=dict(
                type="data",
                symmetric=False,
                array=(table["pearson_high"] - table["pearson"]).to_numpy(dtype="float64"),
                arrayminus=(table["pearson"] - table["pearson_low"]).to_numpy(dtype="float64"),
                thickness=2,
                width=8,
            ),
            text=[f"n={int(n)}" for n in table["n"]],
            textposition="top center",
            name=t("association.column.pearson", lang),
        )
    )
    fig.add_hline(y=0, line=dict(color="#999999", width=1))
    fig.update_layout(
        height=380,
        font=FONT,
        plot_bgcolor="white",
        margin=dict(l=10, r=10, t=30, b=10),
        xaxis=dict(title=t("association.column.lag", lang), tickmode="linear", dtick=1),
        yaxis=dict(
            title=t("association.column.pearson", lang),
            range=[-1.05, 1.05],
            tickmode="linear",
            tick0=0,
            dtick=0.5,
            gridcolor="#EEEEEE",
        ),
    )
    return _for_the_room(fig, large)


def cost_per_contact(mix_table: pd.DataFrame, scope: Scope, *, large: bool = False) -> go.Figure:
    """Cost per thousand contacts of each channel, in the scope's currency: the fair comparison of a large
    and a small budget."""
    lang, currency = scope.lang, scope.currency
    shown = mix_table.dropna(subset=["cost_per_thousand_contacts"]).sort_values("cost_per_thousand_contacts")
    if shown.empty:
        return no_data(lang, large=large)
    names = [t(f"channel.{c}", lang) for c in shown["channel"]]
    values = shown["cost_per_thousand_contacts"].to_numpy(dtype="float64")
    fig = go.Figure(
        go.Bar(
            x=values,
            y=names,
            orientation="h",
            marker_color=PALETTE["ours"],
            text=[format_money(v, currency, lang) for v in values],
            textposition="outside",
        )
    )
    fig.update_layout(
        height=max(260, 50 * len(shown) + 80),
        font=FONT,
        plot_bgcolor="white",
        margin=dict(l=10, r=60, t=30, b=10),
        xaxis=dict(title=t("indicator.cost_per_thousand_contacts.label", lang), gridcolor="#EEEEEE"),
    )
    return _for_the_room(fig, large)


def theme_bars(table: pd.DataFrame, lang: str, *, large: bool = False) -> go.Figure:
    """The period's themes as horizontal bars of their mentions, split by sentiment (colour and pattern as
    in :func:`sentiment_bars`), the largest on top; a theme new this period says so in its label.

    A theme's words come from imported texts: they are escaped, never read as the chart's markup."""
    if table.empty:
        return no_data(lang, large=large)
    rows = table.iloc[::-1]  # plotly draws the first category at the bottom
    labels = [
        str(name) + (" · " + t("voice.theme_new", lang) if bool(new) else "")
        for name, new in zip(rows["theme"], rows["new"], strict=True)
    ]
    fig = go.Figure()
    for sentiment in ("positive", "neutral", "negative"):
        if not drawn(rows[sentiment], bars=True):
            continue
        fig.add_trace(
            go.Bar(
                y=labels,
                x=rows[sentiment].to_numpy(dtype="float64"),
                orientation="h",
                name=t(f"sentiment.{sentiment}", lang),
                marker=_sentiment_marker(sentiment),
                hovertemplate="%{y}: %{x} " + t(f"sentiment.{sentiment}", lang) + "<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        height=max(220, 70 * len(rows) + 80),
        font=FONT,
        plot_bgcolor="white",
        legend=dict(orientation="h", y=-0.12),
        margin=dict(l=10, r=10, t=20, b=10),
    )
    fig.update_xaxes(gridcolor="#EEEEEE", title=t("voice.col.mentions", lang))
    fig.update_yaxes(automargin=True)
    return _for_the_room(fig, large)
