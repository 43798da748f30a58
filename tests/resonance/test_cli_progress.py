"""``resonance import`` shows how far it has got on a terminal, and nothing anywhere else or with --quiet."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from metrics.ingest import Progress, read_export
from resonance.cli import main
from resonance.terminal import CLEAR, ProgressLine

ROOT = Path(__file__).resolve().parents[2]
EXPORTS = ROOT / "tests" / "fixtures" / "exports"
FILES = [str(EXPORTS / "brandwatch_mentions.csv"), str(EXPORTS / "sales_1c.csv")]


def test_not_on_a_terminal_the_import_prints_only_its_report(tmp_path, capsys):
    assert main(["import", *FILES, "--workspace", str(tmp_path / "w.duckdb")]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.count(" added, ") == 2


def _on_a_terminal(*args: str) -> tuple[int, str, str]:
    """Run ``resonance`` with its stderr on a pseudo-terminal: exit code, stdout, what the terminal got."""
    leader, follower = os.openpty()
    try:
        done = subprocess.Popen(
            [sys.executable, "-m", "resonance", *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=follower, text=True
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal's other end closed: the process is done
                break
            if not chunk:
                break
            shown += chunk
        out = done.stdout.read() if done.stdout else ""
        return done.wait(timeout=120), out, shown.decode()
    finally:
        os.close(leader)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_on_a_terminal_each_file_has_a_line_rewritten_in_place(tmp_path):
    code, out, shown = _on_a_terminal("import", *FILES, "--workspace", str(tmp_path / "w.duckdb"))
    assert code == 0 and out.count(" added, ") == 2
    assert "[1/2] brandwatch_mentions.csv: read in 0:0" in shown
    assert "[2/2] sales_1c.csv: read in 0:0" in shown and "checking and saving…" in shown
    assert shown.rstrip("\r\n").endswith("\x1b[K")  # the line is erased before each report
    code, _, shown = _on_a_terminal("--lang", "ru", "import", FILES[1], "--workspace", str(tmp_path / "w.duckdb"))
    assert code == 0 and "sales_1c.csv: прочитан за 0:0" in shown


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_quiet_shows_no_progress_even_on_a_terminal(tmp_path):
    code, out, shown = _on_a_terminal("import", FILES[1], "--workspace", str(tmp_path / "w.duckdb"), "--quiet")
    assert code == 0 and " added, " in out
    assert shown == ""


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_line_is_drawn_at_most_ten_times_a_second_and_always_when_the_bytes_are_read():
    now = [0.0]
    terminal = Terminal()
    line = ProgressLine("en", stream=terminal, clock=lambda: now[0])
    with line.file("week.csv"):
        for step in range(1, 11):  # a block every 1/32 s
            now[0] = step / 32
            line.report(Progress(step * 100, 1000, step * 10))
    drawn = [d for d in terminal.getvalue().split(CLEAR) if d]
    assert drawn == [
        "week.csv: 10% · ≈10 rows · 320 rows/s · – left",
        "week.csv: 50% · ≈50 rows · 320 rows/s · – left",
        "week.csv: 90% · ≈90 rows · 320 rows/s · – left",
        "week.csv: read in 0:00; checking and saving…",
    ]
    assert terminal.getvalue().endswith(CLEAR)


def test_a_terminal_line_is_not_drawn_on_a_pipe():
    pipe = io.StringIO()
    line = ProgressLine("en", stream=pipe)
    with line.file("sales_1c.csv"):
        read_export(EXPORTS / "sales_1c.csv")
        line.report(Progress(1000, 1000, 5))
    assert not line.shown and pipe.getvalue() == ""
