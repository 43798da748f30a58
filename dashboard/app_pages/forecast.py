"""Forecast: a scenario from the marketing context — contacts × conversion × average order value —
that names what is missing instead of guessing it."""

import math

import streamlit as st

from dashboard import page, state
from metrics import forecast
from resonance.i18n import format_money, format_number, format_percent_value, format_period, t

ctx = page.start("forecast")
scope = ctx.scope
lang, period = scope.lang, scope.shown_period
data = state.tables(scope.snapshot)

planned = forecast.planned_contacts(data["activities"], period)
left, right = st.columns(2)
contacts = left.number_input(
    t("forecast.contacts", lang),
    min_value=0.0,
    step=100_000.0,
    format="%.0f",
    value=None if math.isnan(planned) else float(round(planned)),
    key="forecast_contacts",
    help=t("forecast.contacts_from_calendar", lang),
)
spread = right.slider(t("forecast.spread", lang), 0.0, 0.9, forecast.SPREAD, 0.05, key="forecast_spread", format="%.2f")

context = forecast.context_for(period, data["context"])
if context is None:
    st.warning(t("forecast.no_context", lang, period=format_period(period.start, period.end, lang)))
else:
    st.caption(
        t(
            "forecast.context_used",
            lang,
            period=format_period(context["period_start"].date(), context["period_end"].date(), lang),
        )
    )
    cells = st.columns(4)
    facts = [
        ("forecast.input.penetration", format_percent_value(context["penetration"], lang)),
        ("forecast.input.market_share", format_percent_value(context["market_share"], lang)),
        (
            "forecast.input.conversion_contact_to_sale",
            format_percent_value(context["conversion_contact_to_sale"], lang, digits=2),
        ),
        ("forecast.input.average_order_value", format_money(context["average_order_value"], scope.currency, lang)),
    ]
    for cell, (key, value) in zip(cells, facts, strict=True):
        cell.metric(t(key, lang).capitalize(), value)

result = forecast.scenario(contacts, context, spread=spread)
if result["missing"]:
    st.error(t("forecast.missing", lang, inputs=", ".join(t(f"forecast.input.{m}", lang) for m in result["missing"])))
    st.page_link("app_pages/data.py", label=t("week.go_to_data", lang), icon=":material/upload_file:")
else:
    st.subheader(t("forecast.revenue", lang))
    for cell, case in zip(st.columns(3), ("low", "base", "high"), strict=True):
        with cell, st.container(border=True):
            st.metric(t(f"forecast.{case}", lang), format_money(result[case], scope.currency, lang))
            st.caption(f"{t('forecast.purchases', lang)}: {format_number(result['purchases_' + case], lang)}")
st.caption(t(forecast.FORMULA, lang, spread=format_percent_value(spread, lang, digits=0)))
st.caption(t(forecast.CAVEAT, lang))
