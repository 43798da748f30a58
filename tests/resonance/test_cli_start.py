"""The command line answers ``--help`` at once: no pandas, Arrow, DuckDB, Babel or dashboard is imported for it
(a library only stood in for, :mod:`resonance.deferred`, is not imported).

Each case runs in a fresh interpreter, where nothing is imported yet (the time it takes is measured by
``bench/bench_cli_start.py``, not here).
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "numpy", "pyarrow", "duckdb", "plotly", "streamlit", "babel")


def _heavy_after(code: str) -> list[str]:
    """The heavy packages imported by ``code``, run in a fresh interpreter (it prints its own output to stderr)."""
    probe = (
        f"import sys\nfrom resonance.deferred import imported\n{code}\n"
        f"print(' '.join(sorted({{m.split('.')[0] for m in sys.modules if imported(m)}} & set({HEAVY!r}))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.parametrize("command", ["", "serve", "demo", "import", "inspect", "templates", "summary"])
def test_help_imports_nothing_heavy(command):
    argv = [*command.split(), "--help"]
    code = (
        "import contextlib, io, runpy\n"
        f"sys.argv = ['resonance', *{argv!r}]\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.suppress(SystemExit):\n"
        "    runpy.run_module('resonance', run_name='__main__')\n"
        "assert 'usage: resonance' in out.getvalue(), out.getvalue()"
    )
    assert _heavy_after(code) == []


def test_the_help_of_import_lists_the_fields_a_mapping_may_name():
    done = subprocess.run(
        [sys.executable, "-m", "resonance", "import", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    assert "mentions:   published_at*, " in done.stdout


def test_the_words_import_cheaply_and_load_on_first_use():
    assert _heavy_after("from resonance.i18n import TEXTS, format_number, t") == []
    code = "from resonance.i18n import t\nassert t('indicator.reach.label', 'ru') == 'Охват'"
    assert "babel" not in _heavy_after(code)
    assert "babel" in _heavy_after("from resonance.i18n import format_number\nformat_number(1.0, 'en')")


def test_python_m_resonance_exits_with_the_commands_code(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "resonance", "templates", "--workspace", str(tmp_path / "none.duckdb")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "no workspace" in done.stderr


def test_a_command_that_ends_without_the_interpreters_teardown_still_writes_all_it_printed():
    """The command ends the process once its output is written (``resonance.cli.run``): a reader at the
    other end of a pipe gets every byte of a long answer, text or JSON."""
    argv = [sys.executable, "-m", "resonance", "inspect", str(ROOT / "sample_data" / "brandwatch_mentions.csv")]
    as_json = subprocess.run([*argv, "--json", "--rows", "400"], cwd=ROOT, capture_output=True, timeout=120)
    assert as_json.returncode == 0 and len(as_json.stdout) > 200_000  # several times what a pipe holds
    assert len(json.loads(as_json.stdout)[0]["first_rows"]) == 400
    last_author = json.loads(as_json.stdout)[0]["first_rows"][-1]["author"]
    as_text = subprocess.run([*argv, "--rows", "400"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert as_text.returncode == 0 and last_author in as_text.stdout.rstrip().splitlines()[-1]
