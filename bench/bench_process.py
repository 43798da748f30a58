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
Beside the import and the summary, floors are measured the same way (:func:`floors`): DuckDB's own CSV
import of the file; for the generic file, the storing floor (Arrow reads it, DuckDB writes its rows as
wide as the workspace keeps them, nothing checked or parsed: the import's target is not below it); and a
Python that only imports DuckDB. Every process keeps Python's compiled modules, as an installed package
does (:func:`processes_env`).
Never part of the tests.
"""

from __future__ import annotations

import functools
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


# The generic file's columns as the workspace names them, in the file's order (bench/make_generic.py).
GENERIC_COLUMNS = ("published_at", "brand", "platform", "author", "text", "reach", "likes", "comments", "shares")

# The floor of storing: Arrow reads the file and DuckDB writes its rows into an empty table laid out as the
# workspace's mentions (every column of it, the ones the file lacks as NULL or a constant, as an import
# writes them), in one transaction, into a database opened as a workspace's is (``store.CONNECTION``: rows
# not kept in insertion order). No recognition, no parsing of values, no keys, no checks.
_STORING = """
import os, duckdb, numpy, pyarrow, pyarrow.csv as pacsv
for old in ({db!r}, {db!r} + ".wal"):  # each run writes a new file, as an import into a new workspace does
    if os.path.exists(old):
        os.remove(old)
table = pacsv.read_csv({path!r})
table = table.rename_columns({names!r}[: table.num_columns])
table = table.append_column("source_row", pyarrow.array(numpy.arange(2, table.num_rows + 2)))
con = duckdb.connect({db!r}, config={config!r})
con.execute({ddl!r})
con.register("incoming", table)
con.execute("BEGIN")
con.execute({insert!r})
con.execute("COMMIT")
"""


@functools.cache
def mentions_ddl() -> str:
    """The statement a new workspace creates its mentions table with (read from one, made for the purpose)."""
    from metrics.store import open_workspace

    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Path(folder) / "layout.duckdb")
        try:
            return workspace.aggregate("SELECT sql FROM duckdb_tables() WHERE table_name = 'mentions'")[0][0]
        finally:
            workspace.close()


def storing_floor(path: Path, db: str, with_sentiment: bool) -> str:
    """The program of the storing floor (see ``_STORING``) for the generic file."""
    from metrics import schema, store

    columns = schema.TABLES["mentions"].all_columns
    ddl = mentions_ddl()
    names = [*GENERIC_COLUMNS, *(["sentiment"] if with_sentiment else [])]
    given = {c: f'"{c}"' for c in names}
    given.update(
        published_tz="'Europe/Moscow'",
        source_file=repr(path.name),
        source_row='"source_row"',
        import_id="1",
    )
    if with_sentiment:
        given.update(sentiment_source="'export'", export_sentiment='"sentiment"')
    select = ", ".join(f'{given.get(c, "NULL")} AS "{c}"' for c in [*columns, "import_id"])
    insert = f"INSERT INTO mentions BY NAME SELECT {select} FROM incoming"
    return _STORING.format(path=str(path), names=names, db=db, ddl=ddl, insert=insert, config=store.CONNECTION)


def floors(path: Path, folder: str, shape) -> dict[str, dict[str, list[str]]]:
    """What no version of a step can beat on this machine, run as processes beside the steps: for the
    import, DuckDB's own CSV reader writing the file into a table (no recognition, no checks, no keys)
    and, for the generic file, the storing floor (``_STORING``: the rows written as wide as the workspace
    keeps them); for the summary, starting Python and importing DuckDB, the one library it computes with
    (pandas, NumPy and Arrow are not imported for it: ``resonance.deferred``)."""
    native = (
        "import duckdb; con = duckdb.connect({db!r}); "
        'con.execute("CREATE OR REPLACE TABLE m AS SELECT * FROM read_csv({path!r}, skip={skip})")'
    ).format(db=str(Path(folder) / "floor.duckdb"), path=str(path), skip=shape.skip_rows)
    imports = {"floor": [sys.executable, "-c", native]}
    if shape.name in ("generic", "unlabelled"):
        code = storing_floor(path, str(Path(folder) / "floor.duckdb"), shape.name == "generic")
        imports["storing_floor"] = [sys.executable, "-c", code]
    return {"import": imports, "summary": {"floor": [sys.executable, "-c", "import duckdb"]}}


def processes_env(folder: str) -> dict[str, str]:
    """The environment every measured process runs in: the project importable, and Python's compiled
    modules kept (in ``folder``, not beside the sources), as they are for an installed package: a shell
    that sets ``PYTHONDONTWRITEBYTECODE`` would otherwise have every run compile our modules again."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main() -> None:
    args = arguments(__doc__.splitlines()[0], shape="generic")
    path, shape = args.path, args.shape
    base_argv = [sys.executable, "-c", baseline_code(path, skip_rows=shape.skip_rows)]
    times: dict[str, list[float]] = {step: [] for step in TARGETS}
    floor_times: dict[str, dict[str, list[float]]] = {"import": {}, "summary": {}}
    bases: dict[str, list[float]] = {step: [] for step in TARGETS}
    reads: list[float] = []
    rows = 0
    load = [os.getloadavg()[0]]  # how busy the machine was: ratios are trustworthy only when it is quiet
    with tempfile.TemporaryDirectory() as tmp:
        env = processes_env(tmp)
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
                for name, floor_argv in floors(path, tmp, shape).get(step, {}).items():
                    floor_times[step].setdefault(name, []).append(run_wall(floor_argv, env=env)[0])
                    for leftover in Path(tmp).glob("floor.duckdb*"):
                        leftover.unlink()
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
        for name, runs in floor_times.get(step, {}).items():
            floor = statistics.median(runs)
            result["steps"][step][f"{name}_s"] = round(floor, 3)
            result["steps"][step][f"{name}_ratio"] = round(floor / base, 2)
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
