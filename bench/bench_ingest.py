"""Reading a mentions file into canonical tables, against pyarrow.csv.read_csv on the same file.

    python bench/bench_ingest.py [PATH] [--shape brandwatch|generic] [--rows N] [--repeat 3]

The file is the 1M-row Brandwatch export (a mention id in every row) or, with ``--shape generic``,
the 2M-row generic mentions table without an id (bench/make_generic.py); either is written first
when it is not there.

Each measurement runs in a fresh process (so peak memory is its own), after a run of its own kind
(see common.run_output); the two are interleaved and the fastest runs compared (medians printed
too). Targets (issue "Reading real exports"): time ratio ≤ 3, peak memory ≤ 4× the file size.
Prints the ratios; never part of the test suite.
"""

from __future__ import annotations

import json
import statistics

from common import ROOT, arguments, best, run_output

BASELINE = """
import time, resource, pyarrow.csv as pacsv
t = time.perf_counter()
table = pacsv.read_csv({path!r}, read_options=pacsv.ReadOptions(skip_rows={skip_rows}))
elapsed = time.perf_counter() - t
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, table.num_rows)
"""

RESONANCE = """
import time, resource, sys
sys.path.insert(0, {root!r})
from metrics.ingest import read_export
t = time.perf_counter()
result = read_export({path!r})
elapsed = time.perf_counter() - t
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, result.rows_read)
"""


def run(code: str) -> tuple[float, int, int]:
    out = run_output(code)
    return float(out[0]), int(out[1]), int(out[2])


def main() -> None:
    args = arguments(__doc__.splitlines()[0], shape="brandwatch")
    path = args.path
    size = path.stat().st_size
    base, ours = [], []
    for _ in range(args.repeat):
        base.append(run(BASELINE.format(path=str(path), skip_rows=args.shape.skip_rows)))
        ours.append(run(RESONANCE.format(path=str(path), root=str(ROOT))))
    b, o = best([x[0] for x in base]), best([x[0] for x in ours])
    mb, mo = statistics.median(x[0] for x in base), statistics.median(x[0] for x in ours)
    rss = max(x[1] for x in ours)
    rows = ours[0][2]
    assert rows == base[0][2], f"read {rows} rows of {base[0][2]}"
    print(
        json.dumps(
            {
                "shape": args.shape.name,
                "file_mb": round(size / 1e6, 1),
                "rows": rows,
                "pyarrow_read_csv_s": round(b, 3),
                "read_export_s": round(o, 3),
                "time_ratio": round(o / b, 2),
                "time_target": 3.0,
                "peak_rss_mb": round(rss / 1e6),
                "memory_ratio": round(rss / size, 2),
                "memory_target": 4.0,
                "medians": {
                    "pyarrow_read_csv_s": round(mb, 3),
                    "read_export_s": round(mo, 3),
                    "time_ratio": round(mo / mb, 2),
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
