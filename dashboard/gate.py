"""The door: when the team has set a password (``resonance access set``), nothing is drawn before it is given.

Called by the frame before the sidebar, the workspace's names and any page: a session that has not
given the secret sees the sign-in form only, and its run stops there. The secret is checked against
the hash in the workspace folder's ``resonance-access.json`` (read again when the file changes, so a
new password asks every open session again). A wrong answer waits a second before it is said.
Streamlit's own ``st.login`` needs an outside identity provider (OpenID Connect), which a team
offline or on a meeting-room laptop does not have.
"""

from __future__ import annotations

import functools
import hashlib
import os
import time
from pathlib import Path

import streamlit as st

from metrics import store
from resonance import access
from resonance.i18n import LANGUAGES, t

SIGNED_IN = "access_signed_in"  # the fingerprint of the secret this session gave
WRONG_ANSWER_WAIT = 1.0  # seconds before a wrong answer is said: guesses stay slow


def location() -> Path:
    """The access file of this server: the one ``resonance serve`` names, else beside the default workspace
    (found once per setting of the environment, not on every run of every viewer)."""
    return _location(
        os.environ.get(access.ENV_FILE), os.environ.get(store.ENV_WORKSPACE), os.environ.get(store.ENV_HOME)
    )


@functools.lru_cache(maxsize=8)
def _location(named: str | None, workspace: str | None, home: str | None) -> Path:
    return Path(named) if named else access.location(store.default_path())


@st.cache_resource(max_entries=4, show_spinner=False)
def _read(path: str, stamp: tuple[int, int]) -> access.Access | None:
    return access.read(Path(path))


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except FileNotFoundError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)


def _fingerprint(setting: access.Access) -> str:
    return hashlib.sha256(setting.salt + setting.digest).hexdigest()


def require(lang: str) -> None:
    """Return when this session may see the dashboard; otherwise draw the sign-in form and stop the run."""
    path = location()
    try:
        setting = _read(str(path), _stamp(path))
    except access.AccessError:
        st.error(t("gate.damaged", lang, path=path.name))
        st.stop()
    if setting is None:
        if os.environ.get(access.ENV_REQUIRED) == "1":  # served beyond this computer and the file is gone
            st.error(t("gate.missing", lang))
            st.stop()
        return
    if st.session_state.get(SIGNED_IN) == _fingerprint(setting):
        return
    _form(setting, lang)
    st.stop()


def _form(setting: access.Access, lang: str) -> None:
    _, middle, _ = st.columns([1, 2, 1])
    with middle:
        st.title(t("app.title", lang))
        chosen = st.segmented_control(
            t("app.language", lang), list(LANGUAGES), format_func=str.upper, default=lang, key="gate_lang"
        )
        if chosen and chosen != lang:
            st.session_state["app_lang"] = chosen
            st.rerun()
        st.markdown(f"#### {t(f'gate.ask_{setting.kind}', lang)}")
        with st.form("gate", border=False):
            secret = st.text_input(t(f"gate.{setting.kind}", lang), type="password", key="gate_secret")
            sent = st.form_submit_button(t("gate.enter", lang), type="primary")
        if sent:
            if secret and setting.accepts(secret):
                st.session_state[SIGNED_IN] = _fingerprint(setting)
                st.session_state.pop("gate_secret", None)
                st.rerun()
            time.sleep(WRONG_ANSWER_WAIT)
            st.error(t(f"gate.wrong_{setting.kind}", lang))
        st.caption(t("gate.help", lang))
