"""Loyalty & service: followers kept and gained, returning authors, advocates, answers to customers."""

import streamlit as st

from dashboard import charts, page, present, state, tiles
from dashboard.safe import md
from metrics import topics
from resonance.i18n import t

TILES = topics.NUMBERS["loyalty"]
SLIDE = ("followers", "followers_net_change", "returning_engagers_share", "response_rate")

ctx = page.start("loyalty")
scope = ctx.scope
lang = scope.lang
presenting = present.active()
tiles.tile_grid(SLIDE if presenting else TILES, ctx.comparison, ctx.trend, scope, presenting=presenting)

st.subheader(t("loyalty.followers", lang))
if scope.only_for:  # our followers are not the competitor's
    st.caption(md(t("ours_only.audience", lang, brand=scope.only_for)))
else:
    followers = state.platforms_over_time(scope, "followers", "audience")
    lines = charts.platform_lines(
        followers,
        scope,
        title=t("indicator.followers.label", lang),
        activities=state.activities(scope.snapshot),
        large=presenting,
    )
    st.plotly_chart(
        lines, key="loyalty_followers", config={"displayModeBar": False}, height=present.chart_height(lines)
    )
st.caption(t("loyalty.service_note", lang))
