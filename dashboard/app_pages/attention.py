"""Attention: mentions, their reach and our share of voice against competitors; platforms; top authors."""

import streamlit as st

from dashboard import charts, page, present, state, tables, tiles
from metrics import topics
from resonance.i18n import t

TILES = topics.NUMBERS["attention"]
SLIDE = TILES[:4]  # a slide: how loud we are against the competitors

ctx = page.start("attention")
scope = ctx.scope
lang = scope.lang
presenting = present.active()
tiles.tile_grid(SLIDE if presenting else TILES, ctx.comparison, ctx.trend, scope, presenting=presenting)

st.subheader(t("attention.by_brand", lang))
by_brand = charts.brand_trend(
    state.brands_over_time(scope),
    ctx.trend["share_of_voice"],
    scope,
    activities=state.activities(scope.snapshot),
    large=presenting,
)
st.plotly_chart(
    by_brand, key="attention_brands", config={"displayModeBar": False}, height=present.chart_height(by_brand)
)
st.caption(t("attention.sov_note", lang))
if presenting:
    st.stop()

left, right = st.columns(2)
with left:
    by_platform = state.per_platform(scope, "mentions", ("mentions",))
    st.plotly_chart(
        charts.platform_bars(by_platform["mentions"], lang, title=t("attention.platforms", lang)),
        key="attention_platforms",
        config={"displayModeBar": False},
    )
with right:
    st.markdown(f"**{t('attention.top_authors', lang)}**")
    authors = tables.formatted(
        state.top_authors(scope),
        {"platform": "platform", "mentions": "count", "reach": "count", "positive": "count", "negative": "count"},
        lang,
        tz=scope.tz,
    )
    tables.dataframe(
        authors.rename(columns={c: t(f"attention.col.{c}", lang) for c in authors.columns}),
        hide_index=True,
        width="stretch",
        key="attention_authors",
    )
