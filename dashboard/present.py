"""Presentation mode: the meeting as full-screen slides with large type, for a shared screen.

The sidebar is hidden (its choices still apply). The deck is an agenda, one slide per meeting page
and a last slide for the decisions; every slide fits a 1920×1080 screen. The slides turn with
buttons or the keyboard: ← and → (or Page Up and Page Down) to move, Esc to leave. The keys are
read by a listener installed with the first slide, so a key pressed before the buttons have been
drawn is not lost.
"""

from __future__ import annotations

from typing import Literal

import streamlit as st

from dashboard import address, state
from dashboard.safe import md
from dashboard.style import PRESENTATION_CSS, PRESENTATION_KEYS
from resonance.i18n import t

CHART_HEIGHT = 470  # a chart under a row of tiles, on a 1920×1080 slide
RULE_LINE = 45  # the line that states a competitor's rule under a slide's heading


def chart_height(fig) -> int | Literal["content"]:
    """A chart's height: on a slide the room under the tiles (less the line of the competitor's rule, when
    a competitor is chosen); a sentence saying there is no data keeps its own."""
    if not active() or fig.layout.meta == "no_data":
        return "content"
    return CHART_HEIGHT - (RULE_LINE if state.scope().only_for else 0)


def active() -> bool:
    """On while the address says so (``?present=1``): a reload or a shared link keeps it."""
    return st.query_params.get("present") == "1"


def toggle(lang: str) -> None:
    """The sidebar switch that turns presentation mode on."""
    st.toggle(
        t("present.toggle", lang),
        value=active(),
        key="app_present_toggle",
        help=t("present.help", lang),
        on_change=_switched,
    )


def _switched() -> None:
    if st.session_state.get("app_present_toggle"):
        st.query_params["present"] = "1"
    else:
        _leave()


def _leave() -> None:
    st.query_params.pop("present", None)
    st.session_state["app_present_toggle"] = False
    st.session_state.pop("present_started", None)


def _go(page, view: dict[str, str]) -> None:
    """Another slide of the same view: period, granularity, brand, platforms and language go along.

    The sidebar's choices are widgets, and a page switched to from a script starts without them; the
    next slide is therefore opened as a link to the view is (``address.incoming`` reads it again)."""
    st.session_state.pop(address.WRITTEN, None)
    st.switch_page(page, query_params={**view, "present": "1"})


def slides(meeting: list, topics: list[str], lang: str) -> list:
    """The deck: the agenda, the meeting pages in their order (``topics``: their keys), the decisions."""

    def agenda() -> None:
        _heading("present.agenda", lang)
        lines = [
            f"{i}. **{t(f'page.{topic}', lang)}** — {t(f'page.{topic}.about', lang)}"
            for i, topic in enumerate(topics, start=1)
        ]
        lines.append(f"{len(meeting) + 1}. **{t('present.decisions', lang)}** — {t('present.decisions.about', lang)}")
        with st.container(key="present_agenda"):
            st.markdown("\n".join(lines))

    def decisions() -> None:
        from dashboard import decisions as log

        _heading("present.decisions", lang)
        chosen = state.scope()
        if chosen.period is None:
            return
        log.last_period(chosen, "present")
        log.log(chosen, "present")
        from dashboard import downloads

        downloads.report_buttons(chosen, "present")

    return [
        st.Page(agenda, title=t("present.agenda", lang), icon=":material/list:", url_path="agenda"),
        *meeting,
        st.Page(decisions, title=t("present.decisions", lang), icon=":material/gavel:", url_path="decisions"),
    ]


def _heading(title: str, lang: str) -> None:
    chosen = state.scope()
    st.title(t(title, lang))
    if chosen.period is not None:
        label = state.period_label(chosen.period, chosen.granularity, lang)
        st.caption(f"{md(chosen.brand)} · " + t(f"heading.{chosen.granularity}", lang, label=label))


def start(deck: list, current, default) -> None:
    """Opening the deck at the home page starts it at the agenda (once: This week is a slide too)."""
    if not st.session_state.get("present_started"):
        st.session_state["present_started"] = True
        if current.url_path == default.url_path:
            st.switch_page(deck[0], query_params=st.query_params.to_dict())


def bar(deck: list, current, lang: str, view: dict[str, str]) -> None:
    """The slide bar: where we are, previous and next (← →), and leave (Esc); ``view``: the address's view."""
    st.html(PRESENTATION_CSS)
    index = next((i for i, page in enumerate(deck) if page.url_path == current.url_path), 0)
    left, middle, right, leave = st.container(key="present_bar").columns([1, 6, 1, 1], vertical_alignment="center")
    if left.button(
        t("present.previous", lang),
        icon=":material/arrow_back:",
        key="present_previous",
        disabled=index == 0,
        width="stretch",
    ):
        _go(deck[index - 1], view)
    middle.markdown(f"**{t('present.slide', lang, n=index + 1, total=len(deck))} · {current.title}**")
    if right.button(
        t("present.next", lang),
        icon=":material/arrow_forward:",
        key="present_next",
        disabled=index == len(deck) - 1,
        width="stretch",
    ):
        _go(deck[index + 1], view)
    leave.button(t("present.exit", lang), icon=":material/close:", key="present_exit", on_click=_leave, width="stretch")
    with st.container(key="present_keys"):  # a constant script (no text of ours or of an import); not shown
        st.html(PRESENTATION_KEYS, unsafe_allow_javascript=True)
