"""What a user waits for: ``resonance inspect``, ``import`` and a year's ``summary`` as whole processes,
against a process running pyarrow.csv.read_csv on the same file.

    python bench/bench_process.py [PATH] [--shape generic|brandwatch] [--rows N] [--repeat 3]

By default the 2M-row generic mentions table without an id (bench/make_generic.py, ~400 MB);
``--shape brandwatch`` takes the 1M-row Brandwatch export, ``--shape unlabelled`` the generic rows without
their sentiment column (the model judges every text on import; target: import ≤ 15×). Each is written
first when missing.
Each repeat runs, as subprocesses exactly as a user types them:

    python -m resonance inspect FILE --json
    python -m resonance import FILE --workspace NEW
    python -m resonance summary --workspace NEW --from START --to END --brand Зерно   (the file's year)

each right after a baseline process (``pyarrow.csv.read_csv`` of the file) and each after a run of
its own kind (see common.run_wall; the import that settles goes into a workspace of its own). The
times are wall-clock seconds of the whole process, start-up included, on both sides; a step's ratio
is the median of its runs over the median of the baselines run beside it. Targets (issue "Speed on
the files users have"): inspect ≤ 2, import ≤ 3, the year's summary ≤ 0.5. The 1-minute load average
before and after is printed too: on a busy machine (load above the cores) the ratios are not to be trusted.
Beside the import and the summary, a floor is measured the same way (:func:`floors`): DuckDB's own CSV
import of the file, and a Python that only imports DuckDB.
Never part of the tests.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from common import ROOT, arguments, baseline_code, run_wall

TARGETS = {"inspect": 2.0, "import": 3.0, "summary": 0.5}
UNLABELLED_IMPORT = 15.0  # issue "Offline sentiment a PR team can trust"


def commands(path: Path, workspace: str, shape) -> dict[str, list[str]]:
    """The three commands a user runs on the file, the import and summary on ``workspace``."""
    cli = [sys.executable, "-m", "resonance"]
    year = ["--from", shape.start.isoformat(), "--to", shape.end.isoformat(), "--brand", shape.brand]
    return {
        "inspect": [*cli, "inspect", str(path), "--json"],
        "import": [*cli, "import", str(path), "--workspace", workspace],
        "summary": [*cli, "summary", "--workspace", workspace, *year],
    }


def floors(path: Path, folder: str, skip_rows: int) -> dict[str, list[str]]:
    """What no version of a step can beat on this machine, run as processes beside the steps: for the
    import, DuckDB's own CSV reader writing the file into a table (no recognition, no checks, no keys);
    for the summary, starting Python and importing DuckDB, the one library it computes with (pandas,
    NumPy and Arrow are not imported for it: ``resonance.deferred``)."""
    native = (
        "import duckdb; con = duckdb.connect({db!r}); "
        'con.execute("CREATE OR REPLACE TABLE m AS SELECT * FROM read_csv({path!r}, skip={skip})")'
    ).format(db=str(Path(folder) / "native.duckdb"), path=str(path), skip=skip_rows)
    return {
        "import": [sys.executable, "-c", native],
        "summary": [sys.executable, "-c", "import duckdb"],
    }


def main() -> None:
    args = arguments(__doc__.splitlines()[0], shape="generic")
    path, shape = args.path, args.shape
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    base_argv = [sys.executable, "-c", baseline_code(path, skip_rows=shape.skip_rows)]
    times: dict[str, list[float]] = {step: [] for step in TARGETS}
    floor_times: dict[str, list[float]] = {"import": [], "summary": []}
    bases: dict[str, list[float]] = {step: [] for step in TARGETS}
    reads: list[float] = []
    rows = 0
    load = [os.getloadavg()[0]]  # how busy the machine was: ratios are trustworthy only when it is quiet
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            steps = commands(path, str(Path(tmp) / f"w{i}.duckdb"), shape)
            settles = {"import": commands(path, str(Path(tmp) / f"settle{i}.duckdb"), shape)["import"]}
            for step, argv in steps.items():
                seconds, out = run_wall(base_argv, env=env)
                bases[step].append(seconds)
                reads.append(float(out.split()[0]))
                rows = int(out.split()[1])
                seconds, out = run_wall(argv, settle=settles.get(step), env=env)
                times[step].append(seconds)
                if step == "inspect":  # every row read, none skipped
                    found = json.loads(out)[0]
                    assert found["rows"] == rows and not found["skipped"], (found["rows"], found["skipped"])
                if step in floor_times:
                    floor_times[step].append(run_wall(floors(path, tmp, shape.skip_rows)[step], env=env)[0])
                    native = Path(tmp) / "native.duckdb"
                    if native.exists():
                        native.unlink()
            for name in os.listdir(tmp):  # keep the disk free for the next repeat
                if name.startswith("settle"):
                    os.remove(Path(tmp) / name)
    load.append(os.getloadavg()[0])
    result = {
        "shape": shape.name,
        "file": str(path),
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "rows": rows,
        "repeat": args.repeat,
        "load_average_1min": {"start": round(load[0], 2), "end": round(load[1], 2), "cpus": os.cpu_count()},
        "baseline_s": round(statistics.median(x for b in bases.values() for x in b), 3),
        "baseline_read_csv_call_s": round(statistics.median(reads), 3),
        "steps": {},
    }
    for step, target in TARGETS.items():
        took, base = statistics.median(times[step]), statistics.median(bases[step])
        result["steps"][step] = {
            "s": round(took, 3),
            "baseline_s": round(base, 3),
            "ratio": round(took / base, 2),
            "target": UNLABELLED_IMPORT if step == "import" and shape.name == "unlabelled" else target,
            "runs_s": [round(x, 3) for x in times[step]],
        }
        if floor_times.get(step):
            floor = statistics.median(floor_times[step])
            result["steps"][step]["floor_s"] = round(floor, 3)
            result["steps"][step]["floor_ratio"] = round(floor / base, 2)
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
