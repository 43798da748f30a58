"""Sales in context: revenue beside a PR or loyalty indicator, week by week, with the marketing calendar,
and how the two move together at lags of 0–8 weeks — association, never attribution."""

import streamlit as st

from dashboard import charts, page, present, state
from dashboard.safe import md
from metrics import association
from metrics.indicators import REGISTRY
from resonance import say
from resonance.i18n import t

CHOICES = (
    "mentions",
    "mentions_reach",
    "share_of_voice",
    "net_sentiment",
    "engagements",
    "followers_net_change",
    "returning_engagers_share",
)

ctx = page.start("sales")
scope = ctx.scope
lang = scope.lang

st.warning(f"**{t(association.NOT_ATTRIBUTION, lang)}.** {t(association.WHY, lang)}", icon=":material/info:")
indicator = st.selectbox(
    t("sales.indicator", lang), CHOICES, key="sales_indicator", format_func=lambda i: t(f"indicator.{i}.label", lang)
)
weeks, lags = state.association(scope, indicator)

presenting = present.active()
st.subheader(t("sales.beside", lang))
beside = charts.sales_beside(
    weeks, indicator, lang, unit=REGISTRY[indicator].unit, activities=state.activities(scope.snapshot), large=presenting
)
st.plotly_chart(beside, key="sales_beside", config={"displayModeBar": False}, height=present.chart_height(beside))

found = association.finding(lags)
if not presenting:  # a slide says in one sentence what the lags show; the chart and statistics are on the page
    st.subheader(t("sales.lags", lang))
st.markdown(f"#### {md(say.association_finding(found, t(f'indicator.{indicator}.label', lang), lang))}")
if not presenting:
    st.plotly_chart(charts.lag_chart(lags, lang), key="sales_lags", config={"displayModeBar": False})
    with st.expander(t("association.details", lang), key="sales_details"):
        for line in say.association_details(found, lang):
            st.markdown(md(line))
