"""The view in the address: a link opens the same page with the same period, brand, platforms and language.

``/attention?week=2026-W47&brand=Зерно&platforms=vk,telegram&lang=ru`` (a month is ``month=2026-11``, a
day ``day=2026-11-16``, a custom range ``from=2026-11-01&to=2026-11-20``). Every run writes the view
back, so changing a control updates the address, and moving to another page keeps it: the sidebar's
links drop the query, the choices kept in session state put it back. What the address says counts
only when it came from outside (a link opened, back or forward in the browser), never when it is
what the last run wrote.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import streamlit as st

from dashboard.scope import Scope
from metrics.periods import ADDRESS_KEYS, PeriodError, from_address, to_address

KEYS = (*ADDRESS_KEYS, "brand", "platforms", "lang")
WRITTEN = "app_address"  # the view the last run wrote into the address


def view(scope: Scope) -> dict[str, str]:
    """The query parameters of what a page shows, in the order a reader expects them."""
    period, brand = scope.period, scope.brand
    params = {**to_address(period, scope.granularity), "brand": brand} if period is not None and brand else {}
    if period is not None and scope.platforms:
        params["platforms"] = ",".join(scope.platforms)
    return {**params, "lang": scope.lang}


def incoming() -> dict[str, str] | None:
    """The view the address asks for when it came from outside, or None when it is ours (or empty)."""
    asked = {key: st.query_params[key] for key in KEYS if key in st.query_params}
    if not asked or asked == st.session_state.get(WRITTEN):
        return None
    return asked


def apply(asked: dict[str, str], *, brands: list[str], platforms: list[str]) -> None:
    """Make the choices the address asks for (before the sidebar's controls are drawn).

    A period named in the address is explicit: it stays whatever is imported later. An address that
    names a period is a whole view: a brand or platforms it leaves out are our brand and all platforms.
    What cannot be read or is not in this workspace is left as it was.
    """
    try:
        named = from_address(asked)
    except PeriodError:
        named = None
    if named is not None:
        st.session_state["app_period"], st.session_state["app_granularity"] = named
        st.session_state["app_period_explicit"] = True
    if asked.get("brand") in brands:
        st.session_state["app_brand"] = asked["brand"]
    elif named is not None:
        st.session_state["app_brand"] = brands[0] if brands else None
    if "platforms" in asked:
        st.session_state["app_platforms"] = [p for p in asked["platforms"].split(",") if p in platforms]
    elif named is not None:
        st.session_state["app_platforms"] = []


def write(params: dict[str, str]) -> None:
    """Put the view into the address, first and in its order; other parameters (``present``) follow."""
    current = st.query_params.to_dict()
    wanted = {**params, **{key: value for key, value in current.items() if key not in KEYS}}
    if list(current.items()) != list(wanted.items()):
        st.query_params.from_dict(wanted)
    st.session_state[WRITTEN] = dict(params)


def _readable(value: str) -> str:
    """Letters of any script stay as they are (``Зерно``); what would break an address is escaped."""
    return "".join(c if c.isalnum() or c in "-_.~,:" else quote(c, safe="") for c in value)


def link(params: dict[str, str], page_path: str) -> str:
    """The full address of the view on the page at ``page_path`` (relative when the host is unknown)."""
    query = "&".join(f"{key}={_readable(value)}" for key, value in params.items())
    if st.query_params.get("present") == "1":
        query += "&present=1"
    base = st.get_option("server.baseUrlPath").strip("/")
    path = "/" + "/".join(part for part in (base, page_path) if part)
    url = urlsplit(st.context.url or "")
    origin = f"{url.scheme}://{url.netloc}" if url.scheme and url.netloc else ""
    return f"{origin}{path}?{query}"
