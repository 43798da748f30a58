"""This week: the headline tiles of the chosen week against the week before and the 4-week average."""

import pandas as pd
import streamlit as st

from dashboard import charts, state, tiles
from metrics.i18n import format_period, t

TILES = ("mentions", "reach", "engagements", "net_sentiment", "share_of_voice", "followers_net_change", "revenue")

lang = state.language()
workspace = state.current_workspace()
week = st.session_state.get("app_week")

if week is None:
    st.title(t("page.this_week", lang))
    st.info(t("week.empty", lang))
    st.page_link("app_pages/data.py", label=t("week.go_to_data", lang), icon=":material/upload_file:")
    st.stop()

settings = workspace.settings
brand = st.session_state.get("app_brand") or settings["brand"]
platforms = tuple(st.session_state.get("app_platforms") or ()) or None
iso = week.start.isocalendar()
key = (str(workspace.path), workspace.version, week.start, week.end, brand, platforms, settings["tz"])
comparison = state.week_comparison(*key)
series = state.weekly_series(*key)

st.title(f"{brand} · " + t("week.heading", lang, week=f"{iso.year}-W{iso.week:02d}",
                            period=format_period(week.start, week.end, lang)))
previous = week.previous()
st.caption(t("week.compared", lang, previous=format_period(previous.start, previous.end, lang)))

for ids in (TILES[:4], TILES[4:]):
    columns = st.columns(4)
    for column, indicator_id in zip(columns, ids):
        with column:
            tiles.tile(indicator_id, comparison.loc[indicator_id], lang,
                       spark=series[indicator_id].tolist() if indicator_id in series else None,
                       currency=settings["currency"])
with columns[3], st.container(border=True, key="week_note"):
    st.markdown(f"**{t('week.note_title', lang)}**")
    st.markdown(t("week.sales_note", lang))
    st.caption(t("week.no_value_help", lang))

st.subheader(t("week.trend", lang))
st.plotly_chart(charts.weekly_trend(series, lang, current=pd.Timestamp(week.start)), key="week_trend",
                config={"displayModeBar": False})
