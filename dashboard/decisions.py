"""The decision log on the pages: what was decided the period before (and how it stands), what is decided
for this period, written in the meeting; on This week and on the deck's last slide."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import state
from dashboard.safe import md
from dashboard.scope import Scope
from metrics.decisions import STATUSES, Decision, DecisionError
from resonance import say
from resonance.i18n import t


def _status(decision: Decision, scope: Scope, where: str) -> None:
    """The decision on one line, and its status to change with one click (the control is keyed on the
    decision log's version: after an undo it shows the status as it stands again)."""
    lang = scope.lang
    left, right = st.columns([4, 2], vertical_alignment="center")
    left.markdown(md(say.decision(decision, lang)))
    chosen = right.segmented_control(
        t("decision.status", lang),
        STATUSES,
        default=decision.status,
        format_func=lambda s: t(f"decision.status.{s}", lang),
        key=f"{where}_status_{decision.id}_{state.current_workspace().decisions_version()}",
        label_visibility="collapsed",
    )
    if chosen and chosen != decision.status:
        state.current_workspace().change_decision(decision.id, status=chosen)
        st.rerun()


def last_period(scope: Scope, where: str) -> None:
    """«The period before we decided …» with each decision's status (nothing when nothing was decided)."""
    before = scope.shown_period.previous()
    found = state.decisions(scope.snapshot, before.start, before.end, scope.brand)
    if not found:
        return
    with st.container(border=True, key=f"{where}_last_decisions"):
        st.markdown(f"**{t(f'decisions.before.{scope.granularity}', scope.lang)}**")
        for decision in found:
            _status(decision, scope, where)


def log(scope: Scope, where: str) -> None:
    """This period's decisions, a form to write one (what, who, by when) and the undo of the last change."""
    lang, period = scope.lang, scope.shown_period
    st.subheader(t("decisions.title", lang))
    found = state.decisions(scope.snapshot, period.start, period.end, scope.brand)
    for decision in found:
        _status(decision, scope, where)
    if not found:
        st.caption(t("decisions.none", lang))
    with st.form(f"{where}_decision_form", clear_on_submit=True, border=True):
        what = st.text_input(t("decisions.what", lang), key=f"{where}_decision_what")
        left, right = st.columns(2)
        who = left.text_input(t("decisions.who", lang), key=f"{where}_decision_who")
        due: date | None = right.date_input(
            t("decisions.due", lang),
            value=None,
            format="DD.MM.YYYY" if lang == "ru" else "YYYY-MM-DD",
            key=f"{where}_decision_due",
        )
        if st.form_submit_button(t("decisions.add", lang), icon=":material/add:"):
            try:
                state.current_workspace().decide(
                    start=period.start, end=period.end, what=what, who=who, due=due, brand=scope.brand
                )
            except DecisionError as exc:
                st.error(t(f"decision.error.{exc.code}", lang, **exc.params))
            else:
                st.rerun()
    logged = bool(found or state.decisions(scope.snapshot, None, None, None))
    if logged and st.button(t("decisions.undo", lang), key=f"{where}_decision_undo", icon=":material/undo:"):
        try:
            state.current_workspace().undo_decision()
        except DecisionError as exc:
            st.error(t(f"decision.error.{exc.code}", lang, **exc.params))
        else:
            st.rerun()
