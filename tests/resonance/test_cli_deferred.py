"""The command line imports pandas, NumPy and Arrow only when a step uses them (:mod:`resonance.deferred`).

A year's summary of a workspace of mentions is counted where the mentions lie: the command answers
without importing any of them, and says what the frame functions say over the same rows. Reading a
file needs pandas, but not DuckDB unless a workspace is named. Each case runs in a fresh interpreter.
"""

import json
import math
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from metrics import store
from metrics.periods import Period
from metrics.summary import summary

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "sample_data" / "brandwatch_mentions.csv"
YEAR = ["--from", "2025-11-24", "--to", "2026-11-22", "--brand", "Зерно"]


def _run(argv: list[str]) -> tuple[dict, list[str]]:
    """``resonance ARGV`` in a fresh interpreter: its JSON, and the libraries it really imported."""
    probe = (
        "import contextlib, io, json, sys\n"
        "from resonance.cli import main\n"
        "from resonance.deferred import imported\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    code = main({argv!r})\n"
        "assert code == 0, code\n"
        "heavy = sorted(m for m in ('pandas', 'numpy', 'pyarrow', 'duckdb') if imported(m))\n"
        "print(json.dumps({'out': json.loads(out.getvalue()), 'imported': heavy}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    return result["out"], result["imported"]


@pytest.fixture(scope="module")
def mentions_only(tmp_path_factory) -> Path:
    """A workspace holding one export of mentions and nothing else (no posts, followers, sales, calendar)."""
    path = tmp_path_factory.mktemp("mentions") / "w.duckdb"
    workspace = store.open_workspace(path)
    workspace.update_settings(brand="Зерно", competitors=["Крона", "Утро Кофе"])
    assert workspace.import_file(EXPORT).error is None
    workspace.close()
    return path


def test_a_years_summary_of_mentions_imports_no_pandas_numpy_or_arrow(mentions_only):
    out, heavy = _run(["summary", "--workspace", str(mentions_only), *YEAR, "--json"])
    assert heavy == ["duckdb"]
    assert out["indicators"]["mentions"]["value"] > 1000  # the year's mentions were counted


def test_it_says_what_the_frame_functions_say_over_the_same_rows(mentions_only):
    out, _ = _run(["summary", "--workspace", str(mentions_only), *YEAR, "--json"])
    workspace, _ = store.open_for_reading(mentions_only)
    try:
        settings = workspace.settings()
        tables = workspace.read_all()  # every row in memory: the indicators' own functions over frames
        expected = summary(
            tables,
            period=Period(date(2025, 11, 24), date(2026, 11, 22)),
            brand="Зерно",
            our_brand=settings["brand"],
            tz=settings["tz"],
            currency=settings["currency"],
            include=("context",),
            n=5,
        )
    finally:
        store.close_all()
    assert set(out["indicators"]) == set(expected.indicators)
    for id, figure in expected.indicators.items():
        for key in ("value", "previous", "change", "avg4"):
            got, want = out["indicators"][id][key], getattr(figure, key)
            assert (got is None and math.isnan(want)) or got == pytest.approx(want), (id, key, got, want)


def test_inspecting_a_file_imports_no_duckdb_unless_a_workspace_is_named(mentions_only):
    out, heavy = _run(["inspect", str(EXPORT), "--json"])
    assert out[0]["rows"] > 1000 and "duckdb" not in heavy and "pandas" in heavy
    _, heavy = _run(["inspect", str(EXPORT), "--json", "--workspace", str(mentions_only)])
    assert "duckdb" in heavy


def test_a_library_warmed_on_a_thread_is_the_one_the_command_then_uses():
    """``inspect`` and ``import`` have pandas imported on a thread while Arrow reads the file; the command's
    own first use of it, at the same time or later, gets the same module, loaded once."""
    probe = (
        "import sys, threading\n"
        "from resonance.deferred import defer, warm, imported\n"
        "defer()\n"
        "import pandas as pd\n"
        "thread = warm('pandas')\n"
        "frame = pd.DataFrame({'a': [1, 2]})\n"  # asked while the thread may still be importing it
        "thread.join()\n"
        "real = sys.modules['pandas']\n"
        "assert imported('pandas') and type(real).__name__ == 'module', real\n"
        "assert pd.DataFrame is real.DataFrame and isinstance(frame, real.DataFrame)\n"
        "assert warm('pandas') is None  # imported already: nothing to do\n"
        "print(int(frame['a'].sum()))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "3"), done.stderr
