"""Presentation mode: every meeting page as a full-screen slide with large type, for a shared screen.

The sidebar is hidden (its choices still apply), the headlines of the period head every slide, and
the slides turn with buttons or the keyboard: ← and → to move, Esc to leave.
"""

from __future__ import annotations

import streamlit as st

from dashboard import state
from dashboard.safe import md
from dashboard.style import PRESENTATION_CSS
from metrics.i18n import t
from metrics.insights.headlines import headlines


def active() -> bool:
    """On while the address says so (``?present=1``): a reload or a shared link keeps it."""
    return st.query_params.get("present") == "1"


def toggle(lang: str) -> None:
    """The sidebar switch that turns presentation mode on."""
    st.toggle(t("present.toggle", lang), value=active(), key="app_present_toggle", help=t("present.help", lang),
              on_change=_switched)


def _switched() -> None:
    if st.session_state.get("app_present_toggle"):
        st.query_params["present"] = "1"
    else:
        _leave()


def _leave() -> None:
    st.query_params.pop("present", None)
    st.session_state["app_present_toggle"] = False


def _go(page, lang: str) -> None:
    st.switch_page(page, query_params={"present": "1", "lang": lang})


def bar(slides: list, current, lang: str) -> None:
    """The slide bar: where we are, previous and next (← →), leave (Esc), and the period's headlines."""
    st.html(PRESENTATION_CSS)
    index = next((i for i, page in enumerate(slides) if page.url_path == current.url_path), 0)
    left, middle, right, leave = st.columns([1, 6, 1, 1], vertical_alignment="center")
    if left.button(t("present.previous", lang), icon=":material/arrow_back:", shortcut="left",
                   key="present_previous", disabled=index == 0, width="stretch"):
        _go(slides[index - 1], lang)
    middle.markdown(f"**{t('present.slide', lang, n=index + 1, total=len(slides))} · {current.title}**")
    if right.button(t("present.next", lang), icon=":material/arrow_forward:", shortcut="right",
                    key="present_next", disabled=index == len(slides) - 1, width="stretch"):
        _go(slides[index + 1], lang)
    leave.button(t("present.exit", lang), icon=":material/close:", shortcut="escape", key="present_exit",
                 on_click=_leave, width="stretch")
    chosen = state.filters()
    if chosen.period is not None and index > 0:  # the first slide shows them itself
        comparison = chosen.comparison
        lines = headlines(comparison, lang, n=3, compared_with=chosen.granularity,
                          currency=chosen.workspace.settings["currency"])
        with st.container(key="present_headlines"):
            for line in lines:
                st.markdown(f"##### {md(line)}")
