"""Sales in context: revenue beside a PR or loyalty indicator, week by week, with the marketing calendar,
and how the two move together at lags of 0–8 weeks — association, never attribution."""

from datetime import timedelta

import streamlit as st

from dashboard import charts, page, state
from dashboard.safe import md
from metrics import association
from metrics.indicators import REGISTRY
from metrics.i18n import format_decimal_value, t

CHOICES = ("mentions", "mentions_reach", "share_of_voice", "net_sentiment", "engagements", "followers_net_change",
           "returning_engagers_share")

ctx = page.start("sales", ours_only=True)
f, lang = ctx.filters, ctx.lang
path, version, period, brand, platforms, tz = f.key

st.warning(f"**{t(association.NOT_ATTRIBUTION, lang)}.** {t(association.WHY, lang)}", icon=":material/info:")
indicator = st.selectbox(t("sales.indicator", lang), CHOICES, key="sales_indicator",
                         format_func=lambda i: t(f"indicator.{i}.label", lang))
start = period.end - timedelta(days=364)
weeks, lags = state.association(path, version, indicator, brand, start, period.end, tz)

st.subheader(t("sales.beside", lang))
st.plotly_chart(charts.sales_beside(weeks, indicator, lang, unit=REGISTRY[indicator].unit,
                                    activities=state.activities(path, version)),
                key="sales_beside", config={"displayModeBar": False})

st.subheader(t("sales.lags", lang))
found = association.finding(lags)
st.markdown(f"#### {md(association.in_words(found, t(f'indicator.{indicator}.label', lang), lang))}")
st.plotly_chart(charts.lag_chart(lags, lang), key="sales_lags", config={"displayModeBar": False})
with st.expander(t("association.details", lang), key="sales_details"):
    for line in association.details(found, lang):
        st.markdown(md(line))
