"""Mix & budget: what each channel of the marketing calendar costs per contact, per engagement and per
positive mention in the period — never compared by totals."""

import pandas as pd
import streamlit as st

from dashboard import charts, page, present, state, tables
from metrics import mix
from metrics.catalog import REGISTRY
from resonance.i18n import format_number, t

ctx = page.start("mix")
scope = ctx.scope
lang = scope.lang

st.info(t(mix.PER_CONTACT, lang), icon=":material/balance:")
table = state.channel_mix(scope)
if table.empty:
    st.caption(t("mix.empty", lang))
    st.stop()

presenting = present.active()
st.plotly_chart(
    charts.cost_per_contact(table, scope, large=presenting), key="mix_per_contact", config={"displayModeBar": False}
)


reasons: set[str] = set()


def money(value: float, reason: object) -> str:
    """The cost, or "–" (its reason is listed once under the table)."""
    if pd.isna(value):
        if isinstance(reason, str) and reason != "not_measured":  # not_measured: the SMM note says why
            reasons.add(reason)
        return "–"
    return format_number(value, lang, digits=2 if value < 100 else 0)


shown = pd.DataFrame(
    {
        t("mix.column.channel", lang): [t(f"channel.{c}", lang) for c in table["channel"]],
        t("mix.column.budget", lang): [format_number(v, lang) for v in table["budget"]],
        t("mix.column.contacts", lang): [format_number(v, lang) for v in table["contacts"]],
        **{
            t(f"indicator.{cost}.label", lang): [
                money(v, r) for v, r in zip(table[cost], table[f"{cost}_reason"], strict=True)
            ]
            for cost in REGISTRY.of_kind("cost")
        },
    }
)
if presenting:  # a static table takes the slide's large type; no imported text is in it
    st.table(shown.set_index(shown.columns[0]))
else:
    tables.dataframe(shown, hide_index=True, width="stretch", key="mix_table")
for reason in sorted(reasons):
    st.caption("– : " + t(f"mix.reason.{reason}", lang))
st.caption(t(mix.PRORATED, lang))
st.caption(t("mix.smm_only", lang))
if state.carries_ave(scope.snapshot):
    st.caption(t(mix.AVE_NOTE, lang))
