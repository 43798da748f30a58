"""All indicators for one week, and for a whole year, over a workspace of 1M mentions, against
pyarrow.csv.read_csv of the mentions CSV.

    python bench/bench_indicators.py [PATH] [--repeat 3]

The tables are read once from a workspace built from the CSV (not timed); then ``compute`` runs
for ISO week 2026-W47 and for the year 2025-11-24..2026-11-22. Target (issue "The indicator
library"): each ≤ 1× the baseline.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from datetime import date

from common import arguments, baseline, best, big_workspace


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    path = args.path
    from metrics import store
    from metrics.indicators.compute import compute
    from metrics.periods import Period, parse_week

    with tempfile.TemporaryDirectory() as tmp:
        workspace = store.open_workspace(big_workspace(tmp, path))
        tables = workspace.read_all(categorical=True)
        workspace.close()
    week, year = parse_week("2026-W47"), Period(date(2025, 11, 24), date(2026, 11, 22))
    base, weeks, years = [], [], []
    for _ in range(args.repeat):
        base.append(baseline(path))
        for period, times in ((week, weeks), (year, years)):
            t = time.perf_counter()
            values = compute(tables, period, brand="Зерно")
            times.append(time.perf_counter() - t)
            assert values["mentions"] > 0
    b, (w, y) = best(base), (statistics.median(x) for x in (weeks, years))  # the baseline at its fastest
    print(
        json.dumps(
            {
                "pyarrow_read_csv_s": round(b, 3),
                "week_s": round(w, 3),
                "week_ratio": round(w / b, 2),
                "year_s": round(y, 3),
                "year_ratio": round(y / b, 2),
                "target": 1.0,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
