"""Loyalty & service: followers kept and gained, returning authors, advocates, answers to customers."""

import streamlit as st

from dashboard import charts, page, present, state, tiles
from dashboard.safe import md
from resonance.i18n import t

TILES = ("followers", "followers_net_change", "follower_growth_rate", "returning_engagers_share", "advocates",
         "response_rate", "median_response_hours", "returning_customer_share")
SLIDE = ("followers", "followers_net_change", "returning_engagers_share", "response_rate")

ctx = page.start("loyalty")
f, lang = ctx.filters, ctx.lang
presenting = present.active()
tiles.tile_grid(SLIDE if presenting else TILES, ctx.comparison, ctx.trend, lang, currency=ctx.currency,
                granularity=f.granularity, only_for=ctx.only_for, presenting=presenting)

path, version, period, brand, platforms, tz = f.key
st.subheader(t("loyalty.followers", lang))
if ctx.only_for:  # our followers are not the competitor's
    st.caption(md(t("ours_only.audience", lang, brand=ctx.only_for)))
else:
    followers = state.platforms_over_time(path, version, period, f.granularity, "followers", "audience", tz)
    lines = charts.platform_lines(followers, lang, title=t("indicator.followers.label", lang),
                                  granularity=f.granularity, activities=state.activities(path, version),
                                  large=presenting)
    st.plotly_chart(lines, key="loyalty_followers", config={"displayModeBar": False},
                    height=present.chart_height(lines))
st.caption(t("loyalty.service_note", lang))
