"""Importing a mentions file into a workspace, and reading a year of it back for indicators,
against pyarrow.csv.read_csv on the same file.

    python bench/bench_store.py [PATH] [--shape brandwatch|generic] [--rows N] [--repeat 3]

The file is the 1M-row Brandwatch export or, with ``--shape generic``, the 2M-row generic mentions
table without an id (see bench_ingest.py).

Targets (issue "The workspace"): import ≤ 4× and read-back (without texts) ≤ 1× the baseline.
Each measurement runs in a fresh process, after a run of its own kind (see common.run_output);
the fastest of the interleaved runs are compared (the medians are printed too).
"""

from __future__ import annotations

import json
import statistics
import tempfile
from datetime import timedelta
from pathlib import Path

from common import ROOT, arguments, baseline, baseline_code, best, run_output, run_seconds

IMPORT = """
import sys, time
sys.path.insert(0, {root!r})
from metrics import store
workspace = store.open_workspace({workspace})
t = time.perf_counter()
report = workspace.import_file({path!r})
elapsed = time.perf_counter() - t
assert report.error is None and report.tables[0].added == {rows}, report
workspace.close()
print(elapsed)
"""

READ = """
import sys, time
from datetime import date
sys.path.insert(0, {root!r})
from metrics import store
workspace = store.open_workspace({workspace!r})
t = time.perf_counter()
frame = workspace.read("mentions", start=date.fromisoformat({start!r}), end=date.fromisoformat({end!r}))
elapsed = time.perf_counter() - t
assert len(frame) == {rows} and "text" not in frame, len(frame)
print(elapsed)
"""


def main() -> None:
    args = arguments(__doc__.splitlines()[0], shape="brandwatch")
    path, shape = args.path, args.shape
    # The year the file covers, a week past its end so that every row of it is read back.
    year = {"start": shape.start.isoformat(), "end": (shape.end + timedelta(days=8)).isoformat()}
    base, imports, reads = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        workspaces = [str(Path(tmp) / f"w{i}.duckdb") for i in range(args.repeat)]
        rows = int(run_output(baseline_code(path, skip_rows=shape.skip_rows))[1])  # every row of the file
        # Runs that only settle the machine import into a workspace of their own, new each time.
        settle = IMPORT.format(
            root=str(ROOT),
            path=str(path),
            rows=rows,
            workspace=f"__import__('tempfile').mkdtemp(dir={tmp!r}) + '/settle.duckdb'",
        )
        for workspace in workspaces:  # the import and its baseline, interleaved
            base.append(baseline(path, skip_rows=shape.skip_rows))
            imports.append(
                run_seconds(
                    IMPORT.format(root=str(ROOT), workspace=repr(workspace), path=str(path), rows=rows), settle=settle
                )
            )
        for workspace in workspaces:  # then reading each workspace back
            reads.append(run_seconds(READ.format(root=str(ROOT), workspace=workspace, rows=rows, **year)))
    b, i, r = (best(x) for x in (base, imports, reads))
    mb, mi, mr = (statistics.median(x) for x in (base, imports, reads))
    print(
        json.dumps(
            {
                "shape": shape.name,
                "rows": rows,
                "pyarrow_read_csv_s": round(b, 3),
                "import_s": round(i, 3),
                "import_ratio": round(i / b, 2),
                "import_target": 4.0,
                "read_year_s": round(r, 3),
                "read_ratio": round(r / b, 2),
                "read_target": 1.0,
                "medians": {
                    "pyarrow_read_csv_s": round(mb, 3),
                    "import_s": round(mi, 3),
                    "import_ratio": round(mi / mb, 2),
                    "read_year_s": round(mr, 3),
                    "read_ratio": round(mr / mb, 2),
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
