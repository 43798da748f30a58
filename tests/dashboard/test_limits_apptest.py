"""The limits of archives and workbooks are the workspace's own: set on the Data page, kept, and used by the
next upload (AppTest)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from metrics import store
from metrics.ingest.options import Limits

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")


def test_limits_set_on_the_data_page_are_kept_in_the_workspace(monkeypatch, tmp_path):
    path = tmp_path / "brand.duckdb"
    store.open_workspace(path).close()
    monkeypatch.setenv("RESONANCE_HOME", str(tmp_path))
    monkeypatch.setenv("RESONANCE_WORKSPACE", str(path))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("app_pages/data.py").run()
    assert not at.exception, at.exception
    assert at.number_input(key="data_limit_files").value == 1000
    assert at.number_input(key="data_limit_files").label == "Files in an archive (default 1000)"
    at.number_input(key="data_limit_files").set_value(5000)
    at.number_input(key="data_limit_expanded").set_value(4096)
    next(b for b in at.button if b.label == "Save limits").click().run()
    assert not at.exception, at.exception
    assert "Limits saved: the next upload is read within them." in [s.value for s in at.success]
    kept = Limits.from_settings(store.open_workspace(path).settings()["limits"])
    assert (kept.entries, kept.expanded, kept.ratio) == (5000, 4096 << 20, 250)
    assert at.number_input(key="data_limit_files").value == 5000
