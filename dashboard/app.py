"""Resonance: the frame. Language, workspace and filters in the sidebar; pages by st.navigation."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import state
from dashboard import present
from dashboard.style import CSS
from metrics import store
from metrics.i18n import LANGUAGES, t

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="Resonance", page_icon=":material/radio_button_checked:", layout="wide", initial_sidebar_state="expanded")
st.html(CSS)

lang = state.language()

with st.sidebar:
    st.markdown(f"### {t('app.title', lang)}")
    st.caption(t("app.tagline", lang))
    present.toggle(lang)
    chosen = st.segmented_control(
        t("app.language", lang), options=list(LANGUAGES), format_func=str.upper,
        default=lang, key="app_lang_choice",
    )
    if chosen and chosen != lang:
        st.session_state["app_lang"] = chosen
        st.query_params["lang"] = chosen
        st.rerun()

    known = [str(p) for p in store.list_workspaces()]
    current = str(state.workspace_path())
    options = known if current in known else [current, *known]
    if len(options) > 1:
        picked = st.selectbox(t("app.workspace", lang), options, index=options.index(current),
                              format_func=lambda p: Path(p).stem, key="app_workspace_choice")
        if picked != current:
            st.session_state["app_workspace"] = picked
            st.rerun()

    workspace = state.current_workspace()
    contents = state.contents(str(workspace.path), workspace.version).set_index("table")
    first = contents["first"].dropna().min() if contents["first"].notna().any() else None
    last = contents["last"].dropna().max() if contents["last"].notna().any() else None
    granularity = st.segmented_control(
        t("app.granularity", lang), options=["day", "week", "month"], key="app_granularity",
        format_func=lambda g: t(f"granularity.{g}", lang), default="week", required=True,
    ) or "week"
    periods = state.available_periods(first, last, granularity)
    if periods:
        # One widget per language and granularity (its labels are dates); the choice is kept in app_period.
        chosen = st.session_state.get("app_period")
        if chosen not in periods:  # a new granularity: the period that holds the one chosen before
            chosen = next((p for p in periods if chosen and p.start <= chosen.end and chosen.start <= p.end), None)
        period = st.selectbox(
            t(f"app.period.{granularity}", lang), periods, index=periods.index(chosen) if chosen in periods else 0,
            key=f"app_period_choice_{granularity}_{lang}",
            format_func=lambda p: state.period_label(p, granularity, lang),
        )
        st.session_state["app_period"] = period
        brands = workspace.brands()
        st.selectbox(t("app.brand", lang), brands, key="app_brand")
        platforms = sorted(set(state.current_tables()["mentions"]["platform"].dropna().unique())
                           | set(state.current_tables()["posts"]["platform"].dropna().unique()))
        st.multiselect(t("app.platforms", lang), platforms, key="app_platforms",
                       placeholder=t("app.all_platforms", lang))

# (module in app_pages/, material icon, address); the first is the home page.
MEETING = [("this_week", "event", "this-week"), ("attention", "campaign", "attention"),
           ("reception", "favorite", "reception"), ("loyalty", "loyalty", "loyalty"), ("voice", "forum", "voice"),
           ("sales", "point_of_sale", "sales"), ("mix", "pie_chart", "mix"), ("forecast", "trending_up", "forecast")]
WORKSPACE = [("data", "folder_open", "data")]


def page(module: str, icon: str, address: str) -> st.Page:
    return st.Page(str(HERE / "app_pages" / f"{module}.py"), title=t(f"page.{module}", lang), icon=f":material/{icon}:",
                   url_path=address, default=module == "this_week")


meeting = [page(*p) for p in MEETING]
presenting = present.active()
if presenting:  # the deck: an agenda, the meeting's pages, the decisions
    deck = present.slides(meeting, [module for module, _, _ in MEETING], lang)
    current = st.navigation(deck, position="hidden")
    present.start(deck, current, meeting[0])
    present.bar(deck, current, lang)
else:
    current = st.navigation({t("nav.meeting", lang): meeting, t("nav.workspace", lang): [page(*p) for p in WORKSPACE]})
current.run()
