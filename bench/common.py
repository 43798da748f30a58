"""What every benchmark shares: the 1M-row export and the baseline it is compared with."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CSV = HERE / "data" / "mentions_1000k.csv"

_BASELINE = """
import time, pyarrow.csv as pacsv
t = time.perf_counter()
pacsv.read_csv({path!r}, read_options=pacsv.ReadOptions(skip_rows=6))
print(time.perf_counter() - t)
"""


def mentions_csv(path: str | Path = DEFAULT_CSV) -> Path:
    """The 1M-row Brandwatch export, written first if it is not there."""
    path = Path(path)
    if not path.exists():
        from make_mentions import write

        write(1_000_000, path)
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


def baseline(path: Path) -> float:
    """pyarrow.csv.read_csv of the export (its six metadata rows skipped), in a fresh process."""
    return run_seconds(_BASELINE.format(path=str(path)))


def arguments(description: str):
    """The benchmarks' command line: the export's path and how many times to repeat."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("path", nargs="?", default=str(DEFAULT_CSV))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    args.path = mentions_csv(args.path)
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
