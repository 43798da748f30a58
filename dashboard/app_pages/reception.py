"""Reception: engagement on our posts and its rates, sentiment of the mentions over time, top posts."""

import streamlit as st

from dashboard import charts, page, present, state, tables, tiles
from dashboard.safe import md
from metrics import topics
from resonance.i18n import t

TILES = topics.NUMBERS["reception"]
SLIDE = ("engagements", "engagement_rate_reach", "net_sentiment", "negative_share")  # beside the sentiment chart

ctx = page.start("reception")
scope = ctx.scope
lang = scope.lang
presenting = present.active()
tiles.tile_grid(SLIDE if presenting else TILES, ctx.comparison, ctx.trend, scope, presenting=presenting)

st.subheader(t("reception.sentiment", lang))
sentiment = charts.sentiment_bars(ctx.trend, scope, activities=state.activities(scope.snapshot), large=presenting)
st.plotly_chart(
    sentiment, key="reception_sentiment", config={"displayModeBar": False}, height=present.chart_height(sentiment)
)
st.caption(t("reception.sentiment_note", lang))
page.sentiment_by_model(ctx.comparison, ctx.scope)
if presenting:
    st.stop()

st.subheader(t("reception.top_posts", lang))
if scope.only_for:  # our posts are not the competitor's
    st.caption(md(t("ours_only.posts", lang, brand=scope.only_for)))
    st.stop()
posts = tables.formatted(
    state.top_posts(scope),
    {
        "published_at": "moment",
        "platform": "platform",
        "engagements": "count",
        "reach": "count",
        "engagement_rate_reach": "percent",
    },
    lang,
    tz=scope.tz,
)
tables.dataframe(
    posts.rename(columns={c: t(f"reception.col.{c}", lang) for c in posts.columns}),
    hide_index=True,
    width="stretch",
    key="reception_posts",
    column_config={t("reception.col.url", lang): st.column_config.LinkColumn()},
)
