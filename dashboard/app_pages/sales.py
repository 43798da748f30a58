"""Sales in context: revenue beside a PR or loyalty indicator, week by week, with the marketing calendar,
and how the two move together at lags of 0–8 weeks — association, never attribution."""

from datetime import timedelta

import streamlit as st

from dashboard import charts, page, present, state
from metrics import association
from metrics.i18n import format_decimal_value, t

CHOICES = ("mentions", "mentions_reach", "share_of_voice", "net_sentiment", "engagements", "followers_net_change",
           "returning_engagers_share")

ctx = page.start("sales")
f, lang = ctx.filters, ctx.lang
path, version, period, brand, platforms, tz = f.key

st.warning(f"**{t(association.NOT_ATTRIBUTION, lang)}.** {t(association.WHY, lang)}", icon=":material/info:")
indicator = st.selectbox(t("sales.indicator", lang), CHOICES, key="sales_indicator",
                         format_func=lambda i: t(f"indicator.{i}.label", lang))
start = period.end - timedelta(days=364)
weeks, lags = state.association(path, version, indicator, brand, start, period.end, tz)

presenting = present.active()
st.subheader(t("sales.beside", lang))
st.plotly_chart(charts.sales_beside(weeks, indicator, lang, activities=state.activities(path, version),
                                    large=presenting),
                key="sales_beside", config={"displayModeBar": False},
                height=present.CHART_HEIGHT if presenting else "content")
if not presenting:  # a slide says in one sentence what the lags show
    st.subheader(t("sales.lags", lang))
    st.plotly_chart(charts.lag_chart(lags, lang), key="sales_lags", config={"displayModeBar": False})
strongest = association.strongest_lag(lags)
if strongest is None:
    st.info(t("association.none", lang))
else:
    row = lags.iloc[strongest]
    st.markdown(t("association.strongest", lang, lag=strongest, r=format_decimal_value(row["pearson"], lang),
                  low=format_decimal_value(row["pearson_low"], lang),
                  high=format_decimal_value(row["pearson_high"], lang), n=int(row["n"])))
st.caption(t(association.METHOD, lang))
