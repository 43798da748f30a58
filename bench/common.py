"""What every benchmark shares: the files it reads (a Brandwatch export with a mention id, or a
generic mentions table without one) and the baseline it is compared with."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass(frozen=True)
class Shape:
    """A kind of file the benchmarks read: where it is written, what comes before its header, the
    year its dates cover and our brand's name in it."""

    name: str
    rows: int  # how many rows by default
    skip_rows: int  # lines before the header (the baseline skips them)
    start: date
    end: date
    brand: str

    def path(self, rows: int | None = None) -> Path:
        rows = rows or self.rows
        if self.name in ("generic", "unlabelled"):
            from make_generic import default_path

            return default_path(rows, sentiment=self.name == "generic")
        return HERE / "data" / f"mentions_{rows // 1000}k.csv"

    def write(self, rows: int, path: Path) -> Path:
        if self.name in ("generic", "unlabelled"):
            from make_generic import write

            return write(rows, path, sentiment=self.name == "generic")
        from make_mentions import write

        return write(rows, path)


SHAPES = {
    "brandwatch": Shape("brandwatch", 1_000_000, 6, date(2025, 11, 24), date(2026, 11, 22), "Зерно"),
    "generic": Shape("generic", 2_000_000, 0, date(2025, 1, 1), date(2025, 12, 31), "Зерно"),
    # The same rows without their sentiment column: the built-in model judges every text on import.
    "unlabelled": Shape("unlabelled", 2_000_000, 0, date(2025, 1, 1), date(2025, 12, 31), "Зерно"),
}

_BASELINE = """
import time, pyarrow.csv as pacsv
t = time.perf_counter()
table = pacsv.read_csv({path!r}, read_options=pacsv.ReadOptions(skip_rows={skip_rows}))
print(time.perf_counter() - t, table.num_rows)
"""


def mentions_csv(path: str | Path | None = None, shape: Shape = SHAPES["brandwatch"], rows: int | None = None) -> Path:
    """The file of that shape (by default the 1M-row Brandwatch export), written first if it is not there."""
    path = Path(path) if path else shape.path(rows)
    if not path.exists():
        shape.write(rows or shape.rows, path)
    return path


def run_output(code: str, *, settle: str | None = None) -> list[str]:
    """Run ``code`` in a fresh Python and return what it prints, split into words.

    On a shared machine the process that ran just before changes how fast the next one runs (by
    up to 2×, through the memory it leaves to the system): each measured run therefore follows a
    run of the same code (or of ``settle``), so both sides of a ratio are measured alike.
    """
    for snippet in (settle or code, code):
        done = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(done.stderr)
    return done.stdout.split()


def run_seconds(code: str, *, settle: str | None = None) -> float:
    """:func:`run_output`'s last number: the seconds the code measured."""
    return float(run_output(code, settle=settle)[-1])


def best(times: list[float]) -> float:
    """The fastest of repeated runs: what the code takes when nothing else slows it down (other
    processes only ever add time; ``timeit`` reports the same)."""
    return min(times)


def baseline(path: Path, *, skip_rows: int = 6) -> float:
    """pyarrow.csv.read_csv of the file (a Brandwatch export's six metadata rows skipped), in a fresh
    process: the seconds of the call."""
    return float(run_output(_BASELINE.format(path=str(path), skip_rows=skip_rows))[0])


def baseline_code(path: Path, *, skip_rows: int = 6) -> str:
    """The baseline as a program to run, printing its seconds and the rows read."""
    return _BASELINE.format(path=str(path), skip_rows=skip_rows)


def run_wall(argv: list[str], *, settle: list[str] | None = None, env: dict | None = None) -> tuple[float, str]:
    """Run a command as a user would and return its wall-clock seconds and what it printed.

    As in :func:`run_output`, the measured run follows a run of the same command (or of ``settle``).
    A command that fails stops the benchmark with its error.
    """
    for command in (settle or argv, argv):
        t = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        elapsed = time.perf_counter() - t
        if done.returncode:
            raise SystemExit(f"{' '.join(command)}\n{done.stderr}")
    return elapsed, done.stdout


def arguments(description: str, *, shape: str | None = None):
    """The benchmarks' command line: the file's path and how many times to repeat; with ``shape``
    (the default one), also ``--shape brandwatch|generic|unlabelled`` (as ``args.shape``, a :class:`Shape`) and
    ``--rows``, the file being written with a fixed seed when no path is given and it is missing."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("path", nargs="?")
    parser.add_argument("--repeat", type=int, default=3)
    if shape:
        parser.add_argument("--shape", choices=list(SHAPES), default=shape)
        parser.add_argument("--rows", type=int, help="rows of the written file (default 1M Brandwatch, 2M generic)")
    args = parser.parse_args()
    args.shape = SHAPES[getattr(args, "shape", "brandwatch")]
    args.path = mentions_csv(args.path, args.shape, getattr(args, "rows", None))
    return args


def big_workspace(folder: Path, export: Path) -> Path:
    """A workspace in ``folder`` with the export imported under the demo's settings (not timed)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from metrics import demo, store

    path = Path(folder) / "big.duckdb"
    workspace = store.open_workspace(path)
    workspace.update_settings(**demo.SETTINGS)
    workspace.import_file(export)
    workspace.close()
    return path


def dashboard_session(brands: Sequence[str], *, fresh: bool = False, timeout: int = 900) -> tuple[float, list[float]]:
    """A meeting's first minutes on the dashboard (AppTest, server side, on the workspace the environment
    names): This week opened, the brand changed to each of ``brands``, then the platforms to vk only. The
    first run's seconds and each change's; ``fresh`` empties the caches first (a server just started)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    if fresh:
        st.cache_data.clear()
        st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=timeout)
    at.session_state["app_lang"] = "en"
    steps = [at.run, *(lambda b=b: at.selectbox(key="app_brand").select(b).run() for b in brands)]
    steps.append(lambda: at.multiselect(key="app_platforms").select("vk").run())
    seconds = []
    for step in steps:
        t = time.perf_counter()
        step()
        seconds.append(time.perf_counter() - t)
        assert not at.exception, at.exception
    return seconds[0], seconds[1:]
