"""This week: the headline tiles of the chosen period against the one before and the 4-period average."""

import streamlit as st

from dashboard import charts, page, present, state, tiles
from dashboard.safe import md
from resonance.i18n import format_period, t
from metrics.insights.headlines import headlines
from metrics.insights.spikes import rule as spike_rule
from metrics.periods import Period, periods_ending

TILES = ("mentions", "reach", "engagements", "net_sentiment", "share_of_voice", "followers_net_change", "revenue")

chosen = state.scope()
lang = chosen.lang

if chosen.period is None:
    st.title(t("page.this_week", lang))
    st.info(t("week.empty", lang))
    st.page_link("app_pages/data.py", label=t("week.go_to_data", lang), icon=":material/upload_file:")
    st.stop()

period, granularity = chosen.period, chosen.granularity
comparison, trend = state.comparison(chosen), state.trend(chosen)

label = state.period_label(period, granularity, lang)
st.title(f"{md(chosen.brand)} · " + t(f"heading.{granularity}", lang, label=label))
previous = periods_ending(period, 1, granularity)[0]
st.caption(t(f"compared.{granularity}", lang, previous=format_period(previous.start, previous.end, lang)))
page.ours_only_rule(chosen)
with st.container(key="week_headlines"):
    for line in headlines(comparison, lang, n=3, compared_with=granularity, currency=chosen.currency):
        st.markdown(f"#### {md(line)}")

presenting = present.active()
columns = tiles.tile_grid(TILES, comparison, trend, chosen, presenting=presenting)
with columns[3], st.container(border=True, key="week_note"):
    st.markdown(f"**{t('week.note_title', lang)}**")
    st.markdown(t("week.sales_note", lang))
    st.caption(t("week.no_value_help", lang))

if presenting:  # the slide is the headlines and the numbers; spikes and the trend are on the page
    st.stop()

# Spikes over the whole chart (marked on it), explained here for the chosen period.
shown_range = Period(trend.index[0].date(), period.end)
spikes = state.spikes(chosen, shown_range)
explained = state.spike_explanations(chosen, shown_range)
in_period = [e for e in explained if period.start <= e.day <= period.end]
if in_period:
    st.subheader(t("week.spikes", lang))
    for e in in_period:
        with st.container(border=True, key=f"week_spike_{e.day.isoformat()}"):
            st.markdown(f"**{md(e.sentences[0])}**")
            for line in e.sentences[1:]:
                st.markdown(md(line))
            if e.quotes:
                st.markdown(f"**{t('spike.quotes', lang)}**")
            for quote in e.quotes:
                st.markdown(f"> {md(quote.text)}")
                st.caption(md(quote.source))
            with st.expander(t("spike.details", lang)):
                for line in e.details:
                    st.markdown(md(line))
                st.caption(spike_rule(lang))

st.subheader(t(f"trend.{granularity}", lang))
st.plotly_chart(charts.weekly_trend(trend, chosen, spikes=spikes, activities=state.activities(chosen.snapshot)),
                key="week_trend", config={"displayModeBar": False})
