"""A filter change on a workspace of 1M mentions: the server-side rerun, against pyarrow.csv.read_csv
of the mentions CSV.

    python bench/bench_dashboard.py [PATH] [--repeat 3]

The workspace is built once from the CSV (bench/make_mentions.py) in a temporary folder. AppTest
runs the dashboard in-process (server side only: no browser), opens This week, then changes the
brand and the platforms, each change timed. Target (issue "The weekly-meeting dashboard"): a
filter change ≤ 0.5× the baseline; it must not re-read the workspace or re-parse any file.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile

from common import arguments, baseline, best, big_workspace, dashboard_session


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    path = args.path

    from metrics import store

    with tempfile.TemporaryDirectory() as tmp:
        os.environ[store.ENV_WORKSPACE] = str(big_workspace(tmp, path))
        os.environ[store.ENV_HOME] = tmp

        base, changes, first = [], [], []
        for _ in range(args.repeat):
            base.append(baseline(path))
            opened, changed = dashboard_session(("Крона", "Утро Кофе"), timeout=600)
            first.append(opened)
            changes.extend(changed)
    b, c = best(base), statistics.median(changes)  # the baseline at its fastest, a typical change
    print(
        json.dumps(
            {
                "pyarrow_read_csv_s": round(b, 3),
                "first_run_s": round(statistics.median(first), 3),
                "filter_change_s": round(c, 3),
                "filter_change_max_s": round(max(changes), 3),
                "ratio": round(c / b, 2),
                "target": 0.5,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
