"""Chart builders: pure functions from small frames to plotly Figures. Pages only display them.

One colour per series everywhere, from a colour-blind-safe palette (Okabe–Ito); text large
enough for a shared screen.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from metrics.i18n import format_day, format_month, t

# Okabe & Ito (2008), safe for the common forms of colour blindness.
PALETTE = {
    "ours": "#0072B2",
    "competitor": ["#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"],
    "context": "#7F7F7F",
    "positive": "#009E73",
    "neutral": "#999999",
    "negative": "#D55E00",
}
FONT = dict(size=16)


def weekly_trend(series: pd.DataFrame, lang: str, *, current: pd.Timestamp | None = None,
                 granularity: str = "week") -> go.Figure:
    """Mentions, net sentiment and revenue per period, stacked on one time axis.

    ``series`` is indexed by each week's Monday with columns ``mentions``, ``net_sentiment`` and
    ``revenue``. The week on screen (``current``) is outlined. Revenue is drawn in grey: it is
    context, not a result of social media.
    """
    rows = [("mentions", PALETTE["ours"], "bar"), ("net_sentiment", PALETTE["positive"], "line"),
            ("revenue", PALETTE["context"], "bar")]
    titles = [t(f"indicator.{name}.label", lang) for name, _, _ in rows]
    fig = make_subplots(rows=3, cols=1, shared_xaxes=True, vertical_spacing=0.09, subplot_titles=titles)
    weeks = pd.to_datetime(pd.Series(series.index))
    labels = [format_month(d, lang) if granularity == "month" else format_day(d, lang, with_year=False)
              for d in weeks]
    for i, (name, colour, kind) in enumerate(rows, start=1):
        values = series[name] if name in series else pd.Series(float("nan"), index=series.index)
        if kind == "bar":
            line_width = [3 if current is not None and w == current else 0 for w in weeks]
            fig.add_trace(go.Bar(x=labels, y=values.to_numpy(dtype="float64"), name=titles[i - 1],
                                 marker=dict(color=colour, line=dict(color="#000000", width=line_width))),
                          row=i, col=1)
        else:
            fig.add_trace(go.Scatter(x=labels, y=values.to_numpy(dtype="float64"), name=titles[i - 1],
                                     mode="lines+markers", line=dict(color=colour, width=3),
                                     marker=dict(size=9, symbol="circle")), row=i, col=1)
            fig.add_hline(y=0, line=dict(color="#BBBBBB", width=1), row=i, col=1)
    fig.update_layout(height=620, showlegend=False, font=FONT, margin=dict(l=10, r=10, t=40, b=10),
                      bargap=0.25, plot_bgcolor="white")
    fig.update_yaxes(gridcolor="#EEEEEE", zeroline=False)
    fig.update_yaxes(range=[-1, 1], row=2, col=1)
    fig.update_annotations(font=dict(size=17))
    return fig
