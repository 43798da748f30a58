"""A killed import leaves the workspace as it was; readers see committed data while an import runs;
older workspaces are upgraded in place."""

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from metrics import store
from metrics.ingest import read_export
from metrics.ingest.mapping import Mapping

ROOT = Path(__file__).resolve().parents[2]
EXPORTS = ROOT / "tests" / "fixtures" / "exports"


@pytest.fixture(scope="module")
def big_export(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    from make_mentions import write

    return write(150_000, tmp_path_factory.mktemp("big") / "mentions_150k.csv")


IMPORTER = """
import sys, time
sys.path.insert(0, {root!r})
from metrics import store

merge = store.Workspace._merge


def merge_then_wait(*args, **kwargs):
    # The rows are written (large appends go to the file before the commit); the commit has not happened.
    report = merge(*args, **kwargs)
    print("written", flush=True)
    time.sleep(60)
    return report


store.Workspace._merge = merge_then_wait
workspace = store.open_workspace({workspace!r})
print("importing", flush=True)
workspace.import_file({path!r})
print("done", flush=True)
"""


def test_an_import_killed_half_way_leaves_the_workspace_as_it_was(tmp_path, big_export):
    path = tmp_path / "w.duckdb"
    workspace = store.open_workspace(path)
    workspace.import_file(EXPORTS / "telegram_stats.csv")
    before = workspace.contents().set_index("table")["rows"].to_dict()
    workspace.close()

    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER.format(root=str(ROOT), workspace=str(path), path=str(big_export))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "importing"
    assert proc.stdout.readline().strip() == "written"  # 150,000 mentions written, not committed
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    reopened = store.open_workspace(path)
    try:
        assert reopened.contents().set_index("table")["rows"].to_dict() == before
        assert list(reopened.imports()["file_name"]) == ["telegram_stats.csv"]
        # And the next import works.
        report = reopened.import_file(big_export)
        assert report.tables[0].added == 150_000
    finally:
        reopened.close()


@pytest.fixture(scope="module")
def big_generic(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    from make_generic import write

    return write(60_000, tmp_path_factory.mktemp("generic") / "generic_60k.csv")


BATCHED_IMPORTER = """
import sys, time
sys.path.insert(0, {root!r})
from metrics import store
from metrics.ingest import Tuning

keyed, batches = store.Workspace._keyed, []


def keyed_then_wait(self, table, frame, aliases, judge):
    # Batches are written one after the other in one transaction; the third is being written.
    batches.append(len(frame))
    if len(batches) == 3:
        print("three batches", flush=True)
        time.sleep(60)
    return keyed(self, table, frame, aliases, judge)


store.Workspace._keyed = keyed_then_wait
workspace = store.open_workspace({workspace!r})
print("importing", flush=True)
workspace.import_file({path!r}, tuning=Tuning(batches_from=1, batch_bytes=1 << 20))
print("done", flush=True)
"""


@pytest.mark.parametrize("mentions_before", [False, True], ids=["into no mentions", "beside mentions"])
def test_an_import_in_batches_killed_half_way_leaves_the_workspace_as_it_was(tmp_path, big_generic, mentions_before):
    path = tmp_path / "w.duckdb"
    workspace = store.open_workspace(path)
    workspace.import_file(EXPORTS / "telegram_stats.csv")
    if mentions_before:
        head = big_generic.read_text(encoding="utf-8").splitlines(keepends=True)[:2001]
        workspace.import_file("".join(head).encode("utf-8"), name="first_2000.csv")
    before = workspace.contents().set_index("table")["rows"].to_dict()
    imports = list(workspace.imports()["file_name"])
    workspace.close()

    proc = subprocess.Popen(
        [sys.executable, "-c", BATCHED_IMPORTER.format(root=str(ROOT), workspace=str(path), path=str(big_generic))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "importing"
    assert proc.stdout.readline().strip() == "three batches"  # two written, not committed
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()

    reopened = store.open_workspace(path)
    try:
        assert reopened.contents().set_index("table")["rows"].to_dict() == before
        assert list(reopened.imports()["file_name"]) == imports
        assert "incoming" not in {name for (name,) in reopened.aggregate("SHOW TABLES")}
        report = reopened.import_file(big_generic)  # and the next import works
        assert report.error is None and report.tables[0].added + report.tables[0].unchanged == 60_000
    finally:
        reopened.close()


def test_readers_see_the_last_committed_state_while_an_import_runs(tmp_path, big_export):
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        workspace.import_file(EXPORTS / "telegram_stats.csv")
        seen = []
        importer = threading.Thread(target=workspace.import_file, args=(big_export,))
        importer.start()
        while importer.is_alive():
            seen.append(len(workspace.read("mentions", columns=["mention_key"])))
            assert len(workspace.read("audience")) == 3
            time.sleep(0.02)
        importer.join()
        assert set(seen) <= {0, 150_000}  # never half an import
        assert len(workspace.read("mentions", columns=["mention_key"])) == 150_000
    finally:
        workspace.close()


def test_an_older_workspace_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    workspace = store.open_workspace(path)
    workspace.import_file(EXPORTS / "sales_1c.csv")
    workspace.close()
    # What an older version wrote: no mappings table, no units column, the content hash as bare SHA-256
    # hex in a column named for it, an older schema number.
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE mappings").fetchall()
    con.execute("ALTER TABLE sales DROP COLUMN units").fetchall()
    con.execute("ALTER TABLE replaced_sales DROP COLUMN units").fetchall()
    con.execute("ALTER TABLE imports RENAME COLUMN content_hash TO sha256").fetchall()
    con.execute("UPDATE imports SET sha256 = ?", [hashlib.sha256((EXPORTS / "sales_1c.csv").read_bytes()).hexdigest()])
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'").fetchall()
    con.close()

    upgraded = store.open_workspace(path)
    try:
        assert len(upgraded.read("sales")) == 3  # nothing imported before is lost
        assert upgraded.read("sales")["units"].isna().all()
        assert upgraded.mappings() == []
        report = upgraded.import_file(EXPORTS / "sales_1c.csv")
        assert report.tables[0].unchanged == 3
        history = upgraded.imports().sort_values("id")
        assert history["content_hash"].str.split(":").str[0].tolist() == ["sha256", "blake3"]
        assert history["content_hash"].str.len().tolist() == [7 + 64, 7 + 64]
        version = upgraded._cursor().execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        assert int(version[0][0]) == store.SCHEMA_VERSION
    finally:
        upgraded.close()


def test_a_workspace_from_a_newer_version_is_not_touched(tmp_path):
    path = tmp_path / "new.duckdb"
    store.open_workspace(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'").fetchall()
    con.close()
    with pytest.raises(store.WorkspaceError, match="newer Resonance"):
        store.open_workspace(path)


def test_mappings_saved_before_they_had_names_are_named_when_the_workspace_is_upgraded(tmp_path):
    path = tmp_path / "v2.duckdb"
    store.open_workspace(path).close()
    mapping = Mapping("mentions", {"published_at": "Когда", "text": "Что"}, ("Когда", "Что", "Где"))
    # What version 2 wrote: a mappings table without names.
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE mappings").fetchall()
    con.execute("CREATE TABLE mappings (shape VARCHAR PRIMARY KEY, mapping VARCHAR, saved_at TIMESTAMPTZ)").fetchall()
    con.execute("INSERT INTO mappings VALUES (?, ?, now())", [mapping.shape, mapping.to_json()]).fetchall()
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'").fetchall()
    con.close()

    upgraded = store.open_workspace(path)
    try:
        [saved] = upgraded.mappings()
        assert saved.name == f"mentions-{mapping.shape[:6]}"
        assert saved.columns == mapping.columns and saved.headers == mapping.headers
        assert upgraded.mapping_named(saved.name.upper()) == saved
        # A name given later replaces the generated one; one mapping per header and per name.
        upgraded.save_mapping(Mapping(saved.table, saved.columns, saved.headers, name="monitoring"))
        assert [m.name for m in upgraded.mappings()] == ["monitoring"]
    finally:
        upgraded.close()


def pandas_content_key(frame: pd.DataFrame, who: str) -> pd.Series:
    """How mentions without an id or a link were keyed up to schema 3 (pandas' hash of a text)."""

    def part(column: str) -> pd.Series:
        return frame[column].astype("string").fillna("") if column in frame else pd.Series("", index=frame.index)

    basis = part("published_at") + "|" + part(who) + "|" + part("text")
    return pd.util.hash_pandas_object(basis, index=False).map(lambda h: f"h{h:016x}").astype("string")


def test_mentions_keyed_by_an_older_version_are_found_again_after_the_upgrade(tmp_path):
    path, export = tmp_path / "v3.duckdb", tmp_path / "mentions.csv"
    export.write_text(
        "Date,Author,Text,Platform,Reach,URL,ID\n"
        "2026-11-16 10:00,anna,Great coffee at Zerno,vk,120,,\n"
        "2026-11-16 11:30,boris,Zerno closed today,telegram,80,,\n"
        "2026-11-16 11:30,,Zerno closed today,telegram,15,,\n"
        "2026-11-17 09:00,вера,Кофе в Зерне — отличный,vk,,,\n"
        "2026-11-17 10:00,vera,h0123456789abcdef,vk,5,https://vk.com/wall-1_2,\n"
        "2026-11-18 10:00,gleb,Zerno again,vk,7,,4242\n",
        encoding="utf-8",
    )
    # What version 3 wrote: the same rows, those without an id or a link keyed by pandas' hash.
    result = read_export(export, tz="Europe/Moscow")
    frame = result.frame
    now = frame["mention_key"].tolist()
    older = frame["mention_key"].copy()
    hashed = frame["mention_key"].str.fullmatch(r"generic:h[0-9a-f]{16}") & frame["url"].isna()
    older[hashed] = "generic:" + pandas_content_key(frame[hashed], "author")
    result.frame = frame.assign(mention_key=older)
    workspace = store.open_workspace(path)
    workspace.import_result(result)
    # A later export changed every reach: the rows first imported are kept aside for undo.
    changed = workspace.import_result(_every_reach(read_export(export, tz="Europe/Moscow"), older, 1000))
    workspace.close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'").fetchall()
    assert sorted(r[0] for r in con.execute("SELECT mention_key FROM replaced_mentions").fetchall()) == sorted(older)
    con.close()

    upgraded = store.open_workspace(path)
    try:
        # The keys are those a reading gives now; ids and links are kept.
        assert sorted(upgraded.read("mentions")["mention_key"]) == sorted(now)
        assert {"generic:4242", "generic:https://vk.com/wall-1_2"} < set(now)
        again = upgraded.import_file(export)
        assert [(t.added, t.replaced, t.unchanged) for t in again.tables] == [(0, 6, 0)]
        assert len(upgraded.read("mentions")) == 6
        # Undoing both imports brings back the rows they replaced, under the keys of today.
        upgraded.undo(again.import_id)
        assert upgraded.read("mentions")["reach"].tolist() == [1000] * 6
        upgraded.undo(changed.import_id)
        mentions = upgraded.read("mentions")
        assert sorted(mentions["mention_key"]) == sorted(now)
        assert mentions["reach"].sum() == 120 + 80 + 15 + 5 + 7
        assert upgraded.import_file(export).tables[0].unchanged == 6
    finally:
        upgraded.close()


def _every_reach(result, keys: pd.Series, reach: int):
    """The same rows under the older keys, every one with the same reach."""
    result.frame = result.frame.assign(mention_key=keys, reach=pd.array([reach] * len(keys), dtype="Int64"))
    return result
