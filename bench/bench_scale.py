"""A year of a big brand on one laptop: a 10M-row generic export (~2 GB) imported, summarised and browsed.

    python bench/bench_scale.py [PATH] [--rows 10000000] [--repeat 3] [--kills 3] [--keep DIR]

Writes the generic mentions table (bench/make_generic.py, fixed seed) when it is missing, then measures,
each as a user meets it:

- ``resonance import FILE --workspace NEW`` as a process: wall time and peak memory (the process's
  maximum resident set, from the kernel), against the file's size (target: peak ≤ 3× the file);
- ``--kills`` more imports killed (SIGKILL) at moments spread over the import's length, each workspace
  reopened and checked: nothing of the killed import in it, the imports before it whole;
- ``resonance summary`` for the year (``--from/--to``, one brand) as a process, ``--repeat`` times
  (target ≤ 2 s);
- the dashboard (AppTest, server side, its caches emptied before each repeat): the first run of This
  week, then changes of the brand and of the platforms, each rerun timed (target ≤ 1 s per change).

Not part of the tests: it takes minutes and needs ~10 GB of disk. The figures are printed as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, SHAPES, dashboard_session, mentions_csv

SHAPE = SHAPES["generic"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def run(argv: list[str], *, kill_after: float | None = None) -> tuple[float, int, int]:
    """Run a command; its wall seconds, peak resident memory (bytes) and exit status (killed after
    ``kill_after`` seconds when given)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_after is not None:
        time.sleep(kill_after)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if kill_after is None and proc.returncode:
        raise SystemExit(f"{' '.join(argv)}\n{proc.stderr.read().decode() if proc.stderr else ''}")
    return time.perf_counter() - start, usage.ru_maxrss * 1024, proc.returncode


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "resonance", *args]


def counts(workspace: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from metrics import store

    opened = store.open_workspace(workspace, create=False)
    try:
        return {
            "rows": opened.contents().set_index("table")["rows"].to_dict(),
            "imports": list(opened.imports()["file_name"]),
        }
    finally:
        opened.close()


def kills(path: Path, folder: Path, seconds: float, n: int) -> list[dict]:
    """Imports killed at moments spread over ``seconds``, into a workspace holding a small import."""
    small = folder / "first_1000.csv"
    with open(path, encoding="utf-8") as file:
        small.write_text("".join(next(file) for _ in range(1001)), encoding="utf-8")
    trials = []
    for i in range(n):
        workspace = folder / f"killed{i}.duckdb"
        run(cli("import", str(small), "--workspace", str(workspace), "--quiet"))
        before = counts(workspace)
        moment = seconds * (i + 1) / (n + 1)
        _, _, code = run(cli("import", str(path), "--workspace", str(workspace), "--quiet"), kill_after=moment)
        after = counts(workspace)
        trials.append({"killed_after_s": round(moment, 1), "exit": code, "workspace_as_before": after == before})
        shutil.rmtree(workspace.with_suffix(".duckdb.tmp"), ignore_errors=True)
        workspace.unlink()
    return trials


def dashboard(workspace: Path, home: Path, repeat: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from metrics import store

    os.environ[store.ENV_WORKSPACE] = str(workspace)
    os.environ[store.ENV_HOME] = str(home)
    first, changes = [], []
    for _ in range(repeat):  # each repeat as a server that has just started: nothing computed yet
        opened, changed = dashboard_session(("Крона", "Утро Кофе", SHAPE.brand), fresh=True)
        first.append(opened)
        changes.extend(changed)
    return {
        "first_run_s": [round(x, 2) for x in first],
        "filter_change_s": round(statistics.median(changes), 3),
        "filter_change_max_s": round(max(changes), 3),
        "changes_s": [round(x, 2) for x in changes],
        "target_s": 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--keep", help="a folder to keep the workspace in (default: a temporary one)")
    args = parser.parse_args()
    path = mentions_csv(args.path, SHAPE, args.rows)
    size = path.stat().st_size
    folder = Path(args.keep or tempfile.mkdtemp(prefix="resonance-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        workspace = folder / "scale.duckdb"
        if workspace.exists():
            workspace.unlink()
        seconds, peak, _ = run(cli("import", str(path), "--workspace", str(workspace), "--quiet"))
        year = ["--from", SHAPE.start.isoformat(), "--to", SHAPE.end.isoformat(), "--brand", SHAPE.brand]
        summaries = [run(cli("summary", "--workspace", str(workspace), *year))[0] for _ in range(args.repeat)]
        result = {
            "file": str(path),
            "file_gb": round(size / 1e9, 2),
            "rows": counts(workspace)["rows"].get("mentions"),
            "load_average_1min": round(os.getloadavg()[0], 2),
            "cpus": os.cpu_count(),
            "import": {
                "s": round(seconds, 1),
                "peak_rss_gb": round(peak / 1e9, 2),
                "peak_over_file": round(peak / size, 2),
                "target_peak_over_file": 3.0,
            },
            "year_summary": {"s": round(statistics.median(summaries), 2), "runs_s": [round(x, 2) for x in summaries]},
            "dashboard": dashboard(workspace, folder, args.repeat),
            "killed_imports": kills(path, folder, seconds, args.kills),
        }
        result["year_summary"]["target_s"] = 2.0
        print(json.dumps(result, ensure_ascii=False, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
