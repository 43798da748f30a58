"""This week: the headline tiles of the chosen period against the one before and the 4-period average."""

import streamlit as st

from dashboard import charts, decisions, downloads, page, present, state, tiles
from dashboard.safe import md
from metrics import topics
from resonance import say
from resonance.i18n import format_period, t

TILES = topics.NUMBERS["this_week"]

chosen = state.scope()
lang = chosen.lang

if chosen.period is None:
    st.title(t("page.this_week", lang))
    st.info(t("week.empty", lang))
    st.page_link("app_pages/data.py", label=t("week.go_to_data", lang), icon=":material/upload_file:")
    st.stop()

period, granularity = chosen.period, chosen.granularity
model = state.summary(chosen)

label = state.period_label(period, granularity, lang)
st.title(f"{md(model.brand)} · " + t(f"heading.{granularity}", lang, label=label))
st.caption(t(f"compared.{granularity}", lang, previous=format_period(model.previous.start, model.previous.end, lang)))
page.ours_only_rule(chosen)
page.ours_unknown_rule(chosen, model.comparison)
with st.container(key="week_headlines"):
    for headline in model.headlines:
        st.markdown(f"#### {md(say.headline(headline, lang, currency=model.currency))}")

presenting = present.active()
if not presenting:  # the meeting opens with what it decided last time, and how that stands
    decisions.last_period(chosen, "week")
columns = tiles.tile_grid(TILES, model.comparison, model.trend, chosen, presenting=presenting)
page.sentiment_by_model(model.comparison, chosen)
with columns[3], st.container(border=True, key="week_note"):
    st.markdown(f"**{t('week.note_title', lang)}**")
    st.markdown(t("week.sales_note", lang))
    st.caption(t("week.no_value_help", lang))

if presenting:  # the slide is the headlines and the numbers; spikes and the trend are on the page
    st.stop()

# Spikes over the whole chart (marked on it), explained here for the chosen period.
if model.spikes_in_period:
    st.subheader(t("week.spikes", lang))
for e in model.spikes_in_period:
    with st.container(border=True, key=f"week_spike_{e.day.isoformat()}"):
        first, *sentences = say.spike_explanation(e, lang)
        st.markdown(f"**{md(first)}**")
        for line in sentences:
            st.markdown(md(line))
        if e.quotes:
            st.markdown(f"**{t('spike.quotes', lang)}**")
        for quote in e.quotes:
            st.markdown(f"> {md(quote.text)}")
            st.caption(md(say.quote_source(quote, lang)))
        with st.expander(t("spike.details", lang)):
            for line in say.spike_details(e, lang):
                st.markdown(md(line))
            st.caption(say.spike_rule(lang))

st.subheader(t(f"trend.{granularity}", lang))
st.plotly_chart(
    charts.weekly_trend(
        model.trend,
        chosen,
        spikes=say.spike_marks(list(model.spikes or ()), lang),
        activities=state.activities(chosen.snapshot),
    ),
    key="week_trend",
    config={"displayModeBar": False},
)

decisions.log(chosen, "week")
downloads.report_buttons(chosen, "week")
