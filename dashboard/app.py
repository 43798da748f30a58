"""Resonance: the frame. Language, workspace and filters in the sidebar; pages by st.navigation."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import address, gate, present, state
from dashboard.navigation import HOME, PAGES, SECTIONS, PageSpec
from dashboard.style import CSS
from metrics import store
from metrics.periods import GRANULARITIES, RANGE, Period, granularity_of
from resonance.i18n import LANGUAGES, t

HERE = Path(__file__).resolve().parent

st.set_page_config(
    page_title="Resonance", page_icon=str(HERE / "icon.png"), layout="wide", initial_sidebar_state="expanded"
)
st.html(CSS)

# A link (or back and forward in the browser) may ask for a view; the address the last run wrote does not.
asked = address.incoming()
if asked and asked.get("lang") in LANGUAGES:
    st.session_state["app_lang"] = asked["lang"]
    st.session_state.pop("app_lang_choice", None)  # the switch is drawn anew, on the language asked for
lang = state.language()
gate.require(lang)  # a team password set: nothing below is drawn until it is given


def _picked(key: str) -> None:
    """A period picked in the sidebar is kept until another is picked or a link names one."""
    value = st.session_state[key]
    if isinstance(value, tuple | list):  # a range: only once both ends are picked
        if len(value) < 2:
            return
        value = Period(*value)
    st.session_state["app_period"] = value
    st.session_state["app_period_explicit"] = True


def period_choice(periods: list[Period], chosen: Period, granularity: str) -> Period:
    """The day, week or month: one widget per language and granularity (its labels are dates)."""
    key = f"app_period_choice_{granularity}_{lang}"
    if st.session_state.get(key) != chosen:
        st.session_state[key] = chosen
    return st.selectbox(
        t(f"app.period.{granularity}", lang),
        periods,
        key=key,
        on_change=_picked,
        args=(key,),
        format_func=lambda p: state.period_label(p, granularity, lang),
    )


def period_range(chosen: Period, first, last) -> Period:
    """From–to, compared with the period of the same length before it."""
    key = f"app_range_choice_{lang}"
    held = st.session_state.get(key)
    if held is None or (len(held) == 2 and tuple(held) != (chosen.start, chosen.end)):  # one end picked: wait
        st.session_state[key] = (chosen.start, chosen.end)
    st.date_input(
        t("app.period.range", lang),
        value=(chosen.start, chosen.end),
        key=key,
        on_change=_picked,
        args=(key,),
        min_value=min(first, chosen.start),
        max_value=max(last, chosen.end),
        format="DD.MM.YYYY" if lang == "ru" else "YYYY-MM-DD",
    )
    return chosen


with st.sidebar:
    st.markdown(f"### {t('app.title', lang)}")
    st.caption(t("app.tagline", lang))
    present.toggle(lang)
    chosen_lang = st.segmented_control(
        t("app.language", lang),
        options=list(LANGUAGES),
        format_func=str.upper,
        default=lang,
        key="app_lang_choice",
    )
    if chosen_lang and chosen_lang != lang:
        st.session_state["app_lang"] = chosen_lang
        st.rerun()

    known = [str(p) for p in store.list_workspaces()]
    current_path = str(state.workspace_path())
    options = known if current_path in known else [current_path, *known]
    if len(options) > 1:
        picked = st.selectbox(
            t("app.workspace", lang),
            options,
            index=options.index(current_path),
            format_func=lambda p: Path(p).stem,
            key="app_workspace_choice",
        )
        if picked != current_path:
            st.session_state["app_workspace"] = picked
            st.rerun()

    snapshot = state.snapshot()
    saved = state.settings(snapshot)
    if st.session_state.get("app_period_workspace") != snapshot.path:  # a period picked for another one
        st.session_state["app_period_workspace"] = snapshot.path
        st.session_state.pop("app_period_explicit", None)
    contents = state.contents(snapshot).set_index("table")
    first = contents["first"].dropna().min() if contents["first"].notna().any() else None
    last = contents["last"].dropna().max() if contents["last"].notna().any() else None
    brands = state.brands(snapshot)
    platforms = state.platforms(snapshot)
    if asked:
        address.apply(asked, brands=brands, platforms=platforms)
    granularity = (
        st.segmented_control(
            t("app.granularity", lang),
            options=[*GRANULARITIES, RANGE],
            key="app_granularity",
            format_func=lambda g: t(f"granularity.{g}", lang),
            default="week",
            required=True,
        )
        or "week"
    )
    periods = state.available_periods(first, last, "week" if granularity == RANGE else granularity)
    if periods:
        # Unless a link or a pick chose it, the period is the newest one with mentions of the chosen brand.
        brand = st.session_state.get("app_brand") or saved["brand"]
        newest = state.default_period(periods, state.last_mention_day(snapshot, brand, saved["tz"])) or periods[0]
        chosen = st.session_state.get("app_period") if st.session_state.get("app_period_explicit") else newest
        chosen = chosen or newest
        if granularity == RANGE:
            period = period_range(chosen, first, last)
        else:
            if chosen not in periods:
                if granularity_of(chosen) == granularity:  # a link's period outside the list: shown as it is
                    periods = sorted([*periods, chosen], reverse=True)
                else:  # a new granularity: the newest period that overlaps the one chosen before
                    chosen = next((p for p in periods if p.start <= chosen.end and chosen.start <= p.end), newest)
            period = period_choice(periods, chosen, granularity)
        st.session_state["app_period"] = period
        st.selectbox(t("app.brand", lang), brands, key="app_brand")
        st.multiselect(
            t("app.platforms", lang), platforms, key="app_platforms", placeholder=t("app.all_platforms", lang)
        )

scope = state.scope()
view = address.view(scope)
address.write(view)


def page(spec: PageSpec) -> st.Page:
    return st.Page(
        str(HERE / spec.file),
        title=t(spec.title_key, lang),
        icon=f":material/{spec.icon}:",
        url_path=spec.url_path,
        default=spec.home,
    )


if present.active():  # the deck: an agenda, the meeting's pages, the decisions
    slides = {spec.id: page(spec) for spec in PAGES if spec.slide}
    deck = present.slides(list(slides.values()), list(slides), lang)
    current = st.navigation(deck, position="hidden")
    present.start(deck, current, slides[HOME.id])
    present.bar(deck, current, lang, view)
else:
    current = st.navigation(
        {t(f"nav.{section}", lang): [page(spec) for spec in PAGES if spec.section == section] for section in SECTIONS}
    )
with st.sidebar, st.expander(t("app.link", lang), icon=":material/link:"):
    st.code(address.link(view, current.url_path), language=None, wrap_lines=True)
    st.caption(t("app.link_help", lang))
current.run()
