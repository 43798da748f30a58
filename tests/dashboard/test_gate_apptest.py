"""The door (AppTest): with a team password set, a session sees only the sign-in form until it gives it."""

from __future__ import annotations

import shutil
from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard import gate
from resonance import access

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
SECRET = "кофе-по-пятницам"


def start(monkeypatch, tmp_path: Path, demo_workspace: Path, lang: str = "en") -> AppTest:
    home = tmp_path / "home"
    home.mkdir()
    workspace = home / "demo.duckdb"
    shutil.copy(demo_workspace, workspace)
    monkeypatch.setenv("RESONANCE_HOME", str(home))
    monkeypatch.setenv("RESONANCE_WORKSPACE", str(workspace))
    monkeypatch.delenv(access.ENV_FILE, raising=False)
    monkeypatch.setattr(gate, "WRONG_ANSWER_WAIT", 0.0)
    access.write(access.location(workspace), SECRET)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    return at


def drawn(at: AppTest) -> str:
    """Every text the run drew, the sidebar's included."""
    parts = [x.value for kind in ("title", "markdown", "caption", "error", "subheader") for x in getattr(at, kind)]
    parts += [str(x.label) for x in at.metric] + [str(x.label) for x in at.selectbox]
    return "\n".join(parts)


def test_nothing_of_the_workspace_is_drawn_before_the_password(monkeypatch, tmp_path, demo_workspace):
    at = start(monkeypatch, tmp_path, demo_workspace)
    assert at.text_input(key="gate_secret").label == "Password"
    assert not at.metric and not at.selectbox and not at.sidebar.children
    assert "Зерно" not in drawn(at) and "demo" not in drawn(at)

    at.text_input(key="gate_secret").input("wrong password")
    at.button[0].click().run()
    assert "That is not the team's password." in [e.value for e in at.error]
    assert not at.metric

    at.text_input(key="gate_secret").input(SECRET)
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert at.metric and at.metric[0].label == "Mentions"
    assert at.selectbox(key="app_brand").value == "Зерно"


def test_a_new_password_asks_every_open_session_again(monkeypatch, tmp_path, demo_workspace):
    at = start(monkeypatch, tmp_path, demo_workspace, lang="ru")
    assert at.text_input(key="gate_secret").label == "Пароль"
    at.text_input(key="gate_secret").input(SECRET)
    at.button[0].click().run()
    assert at.metric and at.metric[0].label == "Упоминания"
    access.write(access.location(tmp_path / "home" / "demo.duckdb"), "новый-пароль-123")
    at.run()
    assert not at.metric and at.text_input(key="gate_secret").label == "Пароль"


def test_served_to_the_network_with_the_file_removed_the_dashboard_stays_closed(monkeypatch, tmp_path, demo_workspace):
    monkeypatch.setenv(access.ENV_REQUIRED, "1")
    at = start(monkeypatch, tmp_path, demo_workspace)
    access.clear(access.location(tmp_path / "home" / "demo.duckdb"))
    at.run()
    assert not at.metric and "password has been removed" in at.error[0].value
