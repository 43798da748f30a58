"""After an upload the dashboard's server gives the memory it took back to the system (a shared server
otherwise keeps what its largest upload needed, long after the session closed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import gc, json, os, sys
from pathlib import Path
from metrics import store
from dashboard.progress import release

def rss():  # the process's resident memory less DuckDB's buffer of the workspace's blocks, kept on purpose
    resident = int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    duck = workspace._cursor().execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchall()[0][0]
    return (resident - int(duck or 0)) >> 20

rows = ["Дата,Бренд,Площадка,Автор,Текст,Охват,Лайки"]
rows += [f"2026-11-{1 + i % 28:02d} 12:{i % 60:02d},Зерно,vk,user{i % 5000},Кофе {i} и молоко,{i % 900},{i % 7}"
         for i in range(400_000)]
data = ("\\n".join(rows) + "\\n").encode()
del rows
workspace = store.open_workspace(Path(sys.argv[1]))
workspace.import_file(data[:20_000], name="first.csv")  # the reader's modules and models, loaded once
gc.collect()
before = rss()
report = workspace.import_file(data, name="week.csv", apart=True)  # as the Data page reads uploads
assert report.error is None, report.error
del report, data
gc.collect()
kept = rss()
release()
print(json.dumps({"before": before, "kept": kept, "released": rss()}))
"""


def test_an_import_s_memory_is_given_back_when_it_ends(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "w.duckdb")], cwd=ROOT, capture_output=True, text=True, check=True
    )
    mb = json.loads(done.stdout)
    held, left = mb["kept"] - mb["before"], mb["released"] - mb["before"]
    assert held > 50, mb  # the import did take memory that Python alone does not give back
    assert left < held / 2, mb
