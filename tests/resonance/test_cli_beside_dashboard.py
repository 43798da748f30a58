"""The read-only commands work while a dashboard holds the workspace (they read a copy as it was last
written, and say so); a command that writes says how to write instead."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from resonance.cli import main

ROOT = Path(__file__).resolve().parents[2]
HOLD = (  # a program that keeps the workspace open, as a running dashboard does
    "from metrics import store; import sys, time; store.open_workspace(sys.argv[1]); "
    "print('ready', flush=True); time.sleep(120)"
)


def test_summary_report_and_notes_beside_a_program_that_holds_the_workspace(tmp_path, capsys, demo_workspace):
    workspace = tmp_path / "w.duckdb"
    shutil.copy(demo_workspace, workspace)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(workspace)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert main(["summary", "--workspace", str(workspace), "--week", "2026-W47", "--json"]) == 0
        said = capsys.readouterr()
        assert '"mentions"' in said.out and "open in another program" in said.err
        out = tmp_path / "week.html"
        assert (
            main(["report", "--workspace", str(workspace), "--week", "2026-W47", "--format", "html", "--out", str(out)])
            == 0
        )
        assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        assert main(["notes", "--workspace", str(workspace), "--week", "2026-W47"]) == 0
        capsys.readouterr()
        assert main(["notes", "--workspace", str(workspace), "--week", "2026-W47", "--add", "Reply faster"]) == 2
        assert "open in another program (a running dashboard?)" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()
    assert not list(Path("/tmp").glob("resonance-read-*/w.duckdb"))  # the copies are gone
