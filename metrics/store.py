"""The workspace: one embedded DuckDB file per brand, where every week's imports are kept.

An import is recognised and validated first (:func:`metrics.ingest.read_export`), then written in
one transaction: the same fact is never counted twice (each table has a natural key), a newer
snapshot of a post replaces the older one, and whatever an import replaced is kept aside so the
import can be undone. Reads return pandas frames through Arrow, without text columns unless asked.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from metrics import coding, schema
from metrics import decisions as decision_log
from metrics.ingest import vocab
from metrics.ingest.errors import IngestError
from metrics.ingest.keys import CONTENT_KEY_PATTERN, content_key_sql
from metrics.ingest.options import Limits, Tuning
from metrics.sentiment.codes import CodesFile, text_key

if TYPE_CHECKING:  # the reader and its formats are imported by what reads a file, not by what reads the workspace
    from metrics.ingest import ReadResult
    from metrics.ingest.mapping import Mapping

SCHEMA_VERSION = 5


def _content_keys_again(table: str, column: str, who: str, *, prefix: str = "", where: str = "TRUE") -> tuple[str, ...]:
    """Statements that rewrite a table's content keys (``<prefix>h`` and 16 hex digits, the prefix
    kept), and those of the rows it keeps aside for undo, as :mod:`metrics.ingest.keys` computes them."""
    key = content_key_sql("epoch_us(published_at)", who, "text")
    return tuple(
        f"""UPDATE "{name}" SET "{column}" = regexp_extract("{column}", '^({prefix})', 1) || {key}
            WHERE regexp_full_match("{column}", '{prefix}{CONTENT_KEY_PATTERN}') AND {where}"""
        for name in (table, f"replaced_{table}")
    )


# Changes that adding missing tables and columns cannot make, by the schema version that brings them:
# each runs once, in order, when an older workspace is opened.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    # The import history's content hash names its algorithm (BLAKE3 from now on); older SHA-256 kept.
    2: (
        "ALTER TABLE imports RENAME COLUMN sha256 TO content_hash",
        "UPDATE imports SET content_hash = 'sha256:' || content_hash WHERE content_hash IS NOT NULL",
    ),
    # Column mappings have a name, to be applied by name from the shell; older ones are named for their
    # table and shape.
    3: (
        "ALTER TABLE mappings ADD COLUMN IF NOT EXISTS name VARCHAR",
        "UPDATE mappings SET name = json_extract_string(mapping, '$.table') || '-' || substr(shape, 1, 6) "
        "WHERE name IS NULL",
    ),
    # Rows without an id (or a link) are keyed by their content with MD5, stable across versions and
    # machines, instead of pandas' hash: keys stored before are computed again from the stored columns,
    # so that a file imported again still finds its rows (and an undone import brings back rows so keyed).
    4: (
        *_content_keys_again("mentions", "mention_key", "author", prefix="[^:]+:", where="url IS NULL"),
        *_content_keys_again("posts", "post_id", "account"),
    ),
    # The sentiment a source gave is kept beside the one shown, which a hand code may override.
    5: tuple(
        f"UPDATE {table} SET export_sentiment = sentiment WHERE sentiment_source = 'export'"
        for table in ("mentions", "replaced_mentions")
    ),
}
TEXT_COLUMNS = {"text", "title"}
# Columns with few distinct values: read as categories on request, indicators run about twice as fast.
CATEGORICAL = {
    "brand",
    "query",
    "platform",
    "author",
    "sentiment",
    "sentiment_source",
    "kind",
    "language",
    "published_tz",
    "account",
    "format",
    "channel",
    "currency",
}
ENV_WORKSPACE = "RESONANCE_WORKSPACE"
ENV_HOME = "RESONANCE_HOME"
DEFAULT_SETTINGS: dict[str, Any] = {
    "brand": None,
    "competitors": [],
    "aliases": {},
    "tz": "Europe/Moscow",
    "currency": "RUB",
    "language": "ru",
    "limits": {},  # how much an archive or workbook may hold (Limits.from_settings); empty: the defaults
}
READING_ONLY = {"limits"}  # settings of how files are read: saving them leaves every number's cache as it is
_SQL_TYPES = {
    schema.TS: "TIMESTAMPTZ",
    schema.DATE: "DATE",
    schema.INT: "BIGINT",
    schema.FLOAT: "DOUBLE",
    schema.STR: "VARCHAR",
    schema.BOOL: "BOOLEAN",
}


def home() -> Path:
    """Where workspaces live unless a path is given: ``$RESONANCE_HOME`` or ``~/.resonance``."""
    return Path(os.environ.get(ENV_HOME) or Path.home() / ".resonance")


def default_path() -> Path:
    """The workspace used when none is named: ``$RESONANCE_WORKSPACE``, else the demo workspace."""
    env = os.environ.get(ENV_WORKSPACE)
    return Path(env) if env else home() / "demo.duckdb"


def list_workspaces(folder: Path | None = None) -> list[Path]:
    folder = folder or home()
    return sorted(folder.glob("*.duckdb")) if folder.is_dir() else []


class WorkspaceError(ValueError):
    """A workspace that cannot be used: written by a newer version, or not a workspace."""


class WorkspaceBusy(WorkspaceError):
    """The workspace file is locked by another process."""


def _label(source: str | Path | bytes, name: str | None) -> str:
    """The file's name as the user knows it: the one given, else the path's, else "upload"."""
    return name or (Path(source).name if isinstance(source, (str, Path)) else "upload")


def _size(source: str | Path | bytes) -> int:
    """Bytes of a file given by its path or its contents (0 when it cannot be asked: the reader will say why)."""
    if isinstance(source, bytes | bytearray | memoryview):
        return len(source)
    try:
        return Path(source).stat().st_size
    except OSError:
        return 0


class WorkspaceFull(WorkspaceError):
    """The disk holding the workspace is full: the change was not written (the transaction rolled back)."""


def _is_disk_full(exc: BaseException) -> bool:
    import errno

    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return isinstance(exc, duckdb.Error) and "no space left on device" in str(exc).casefold()


@dataclass
class TableReport:
    """What one import did to one table."""

    table: str
    format_id: str | None = None
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: int = 0
    skipped_by: dict[str, int] = field(default_factory=dict)  # rows left out, by reason (``skip.<reason>``)


@dataclass
class ImportReport:
    """What one file's import did: the recognition result and, per table, rows added/replaced/unchanged."""

    file: str
    import_id: int | None = None
    result: ReadResult | None = None
    tables: list[TableReport] = field(default_factory=list)
    error: IngestError | None = None
    duplicate_of: int | None = None


@dataclass
class CodesReport:
    """What writing a team's codes did: codes new, changed (another sentiment for a text coded before) and
    as before; the rows of the file left out; the model now; mentions that carry a hand code."""

    file: str
    import_id: int
    added: int
    changed: int
    unchanged: int
    problems: list = field(default_factory=list)
    model: coding.ModelState = field(default_factory=coding.ModelState)
    mentions_coded: int = 0


CODES_FORMAT = "codes"  # the import history's format of a file of codes
CODES_ON_PAGE = "codes_page"  # and of a round of codes given on the Voice of the customer page


def _one(result: duckdb.DuckDBPyConnection) -> tuple | None:
    """The first row of a result, fetching all of it (DuckDB wants every result finished)."""
    rows = result.fetchall()
    return rows[0] if rows else None


def _row(result: duckdb.DuckDBPyConnection) -> tuple:
    """The first row of a result that always has one (a count, a sequence's next value, a stored setting)."""
    row = _one(result)
    if row is None:
        raise LookupError("the query returned no row")
    return row


class Workspace:
    """An open workspace. One per process per file; use :func:`open_workspace`.

    Writes (imports, undo, settings) take turns; reads never wait for them and see the last
    committed state, each on a cursor of its own.
    """

    def __init__(self, path: Path, con: duckdb.DuckDBPyConnection):
        self.path = path
        self._con = con
        self._lock = threading.RLock()
        self._generation = 0  # commits so far: the counters kept are those of the current one
        self._counters: dict[tuple[int, str], int] = {}

    # --- connection and schema ---
    def _schema_is_current(self) -> bool:
        """Whether the file is in this version's layout already: every table and column :meth:`_ensure_schema`
        creates or adds is there, and the meta rows it writes (asked in three queries, not forty statements)."""
        con = self._con
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        except duckdb.CatalogException:
            return False  # a new file
        if meta.get("schema_version") != str(SCHEMA_VERSION) or not {"version", "decisions_version", "settings"} <= set(
            meta
        ):
            return False
        have = set(con.execute("SELECT table_name, column_name FROM information_schema.columns").fetchall())
        named = {t for t, _ in have}
        wanted = {
            (name, column)
            for table in schema.TABLES.values()
            for name in (table.name, f"replaced_{table.name}")
            for column in table.all_columns
        }
        return wanted <= have and {"imports", "mappings", "codes", "decisions"} <= named

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        return self._con.cursor()

    def _ensure_schema(self) -> None:
        if self._schema_is_current():
            return  # a workspace opened to be read, again and again: nothing to write
        con = self._con
        con.execute("BEGIN TRANSACTION").fetchall()  # an upgrade happens whole or not at all
        try:
            con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)").fetchall()
            current = _one(con.execute("SELECT value FROM meta WHERE key = 'schema_version'"))
            if current and int(current[0]) > SCHEMA_VERSION:
                raise WorkspaceError(
                    f"{self.path} was written by a newer Resonance (schema {current[0]}); update Resonance to open it"
                )
            con.execute("CREATE SEQUENCE IF NOT EXISTS import_ids START 1").fetchall()
            con.execute(
                """CREATE TABLE IF NOT EXISTS imports (
                    id BIGINT PRIMARY KEY, file_name VARCHAR, content_hash VARCHAR, imported_at TIMESTAMPTZ,
                    format_id VARCHAR, table_name VARCHAR, rows_added BIGINT, rows_replaced BIGINT,
                    rows_unchanged BIGINT, rows_skipped BIGINT, undone_at TIMESTAMPTZ)"""
            ).fetchall()
            con.execute(
                "CREATE TABLE IF NOT EXISTS mappings (shape VARCHAR PRIMARY KEY, mapping VARCHAR, saved_at "
                "TIMESTAMPTZ, "
                "name VARCHAR)"
            ).fetchall()
            con.execute(coding.CODES_DDL).fetchall()
            for statement in decision_log.DDL:
                con.execute(statement).fetchall()
            for table in schema.TABLES.values():
                cols = ", ".join(f'"{c}" {_SQL_TYPES[d]}' for c, d in table.all_columns.items())
                con.execute(f'CREATE TABLE IF NOT EXISTS "{table.name}" ({cols}, import_id BIGINT)').fetchall()
                con.execute(
                    f'CREATE TABLE IF NOT EXISTS "replaced_{table.name}" ({cols}, import_id BIGINT, replaced_by BIGINT)'
                ).fetchall()
                # A workspace written before a column was added gets it, empty.
                for name in (table.name, f"replaced_{table.name}"):
                    have = {
                        r[0]
                        for r in con.execute(
                            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [name]
                        ).fetchall()
                    }
                    for column, dtype in table.all_columns.items():
                        if column not in have:
                            con.execute(f'ALTER TABLE "{name}" ADD COLUMN "{column}" {_SQL_TYPES[dtype]}').fetchall()
            # A new workspace is created in the newest layout; an older one catches up step by step.
            for version in sorted(v for v in MIGRATIONS if current and v > int(current[0])):
                for statement in MIGRATIONS[version]:
                    con.execute(statement).fetchall()
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]).fetchall()
            con.execute("INSERT OR IGNORE INTO meta VALUES ('version', '0')").fetchall()
            con.execute("INSERT OR IGNORE INTO meta VALUES ('decisions_version', '0')").fetchall()
            con.execute("INSERT OR IGNORE INTO meta VALUES ('settings', ?)", [json.dumps(DEFAULT_SETTINGS)]).fetchall()
            con.execute("COMMIT").fetchall()
        except BaseException:
            con.execute("ROLLBACK").fetchall()
            raise

    def version(self) -> int:
        """The workspace's version: it grows with every change; caches of reads are keyed on it."""
        return self._counter("version")

    def _counter(self, key: str) -> int:
        """A counter of ``meta``, asked once per change: a workspace is written by the process that opened
        it (DuckDB locks the file), so only this object's transactions change it; a dashboard asks on
        every run of every viewer. Kept per generation of commits: a value read while a change commits
        is kept under the generation it began in, never looked up again."""
        generation = self._generation
        kept = self._counters.get((generation, key))
        if kept is None:
            kept = int(_row(self._cursor().execute("SELECT value FROM meta WHERE key = ?", [key]))[0])
            if generation == self._generation:
                self._counters = {**self._counters, (generation, key): kept}
        return kept

    # --- settings ---
    def settings(self) -> dict:
        """Our brand, the competitors, aliases, time zone, currency and language, as saved (a query)."""
        raw = _row(self._cursor().execute("SELECT value FROM meta WHERE key = 'settings'"))[0]
        return {**DEFAULT_SETTINGS, **json.loads(raw)}

    def update_settings(self, **changes) -> dict:
        unknown = set(changes) - set(DEFAULT_SETTINGS)
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}; known: {', '.join(DEFAULT_SETTINGS)}")
        settings = {**self.settings(), **changes}
        with self._lock, self._transaction() as cur:
            cur.execute(
                "UPDATE meta SET value = ? WHERE key = 'settings'", [json.dumps(settings, ensure_ascii=False)]
            ).fetchall()
            if set(changes) - READING_ONLY:  # a change of how files are read changes no number and no name
                # Mentions already imported follow the new names and aliases.
                for alias, brand in _aliases(settings).items():
                    cur.execute(
                        "UPDATE mentions SET brand = ? WHERE lower(query) = ? OR lower(brand) = ?",
                        [brand, alias, alias],
                    ).fetchall()
                self._bump(cur)
        return settings

    def brands(self) -> list[str]:
        """Our brand first, then the competitors, then any other brand found in mentions."""
        s = self.settings()
        named = [b for b in [s["brand"], *s["competitors"]] if b]
        found = [
            r[0]
            for r in self._cursor()
            .execute("SELECT brand FROM mentions GROUP BY brand ORDER BY count(*) DESC")
            .fetchall()
            if r[0]
        ]
        return named + [b for b in found if b not in named]

    def platforms(self, tables: Iterable[str] = ("mentions", "posts")) -> list[str]:
        """The platforms found in ``tables``, sorted."""
        union = " UNION ".join(f'SELECT DISTINCT platform FROM "{t}"' for t in tables)
        return sorted(r[0] for r in self._cursor().execute(union).fetchall() if r[0] is not None)

    # --- column mappings for files no format knows ---
    def mappings(self) -> list[Mapping]:
        """The saved column mappings, oldest first, each with its name."""
        from metrics.ingest.mapping import Mapping

        rows = self._cursor().execute("SELECT mapping, name FROM mappings ORDER BY saved_at").fetchall()
        return [replace(Mapping.from_json(text), name=name) for text, name in rows]

    def mapping_named(self, name: str) -> Mapping | None:
        """The saved mapping called ``name`` (case and surrounding spaces aside), if there is one."""
        wanted = name.strip().casefold()
        return next((m for m in self.mappings() if m.name and m.name.casefold() == wanted), None)

    def save_mapping(self, mapping: Mapping) -> Mapping:
        """Remember ``mapping`` for every file with the same header, under its name, and return it saved.

        It replaces the mapping saved for the same header and the one saved under the same name. A
        mapping without a name is named for its table and header: ``mentions-1a2b3c``.
        """
        missing = mapping.missing()
        if missing:
            raise ValueError(f"the mapping leaves required columns unmapped: {', '.join(missing)}")
        if not mapping.headers:
            raise ValueError("a mapping is saved for a file's header; read the file with it first")
        name = (mapping.name or "").strip() or f"{mapping.table}-{mapping.shape[:6]}"
        mapping = replace(mapping, name=name)
        with self._lock, self._transaction() as cur:
            cur.execute(
                "DELETE FROM mappings WHERE lower(name) = lower(?) OR shape = ?", [name, mapping.shape]
            ).fetchall()
            cur.execute(
                "INSERT INTO mappings (shape, mapping, saved_at, name) VALUES (?, ?, ?, ?)",
                [mapping.shape, mapping.to_json(), datetime.now(UTC), name],
            ).fetchall()
            self._bump(cur)
        return mapping

    # --- imports ---
    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cur = self._cursor()
        cur.execute("BEGIN TRANSACTION").fetchall()
        try:
            try:
                yield cur
            except BaseException:
                with contextlib.suppress(duckdb.Error):  # a failed rollback must not hide why it rolled back
                    cur.execute("ROLLBACK").fetchall()
                raise
            else:
                cur.execute("COMMIT").fetchall()  # a failed commit rolls back
        except (duckdb.Error, OSError) as exc:
            if _is_disk_full(exc):
                raise WorkspaceFull(
                    f"{self.path}: the disk is full; nothing of this change was written and the workspace is as "
                    "it was. Free some space and try again."
                ) from exc
            raise
        finally:
            self._generation += 1  # the counters are asked again
            self._counters = {}

    def _bump(self, cur: duckdb.DuckDBPyConnection, counter: str = "version") -> None:
        """One more change of the data (``version``) or of the decision log (``decisions_version``): a
        decision changes no number, so the numbers' caches keyed on the version stay."""
        cur.execute(
            "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = ?", [counter]
        ).fetchall()

    def decisions_version(self) -> int:
        """The decision log's version: it grows with every change of a decision."""
        return self._counter("decisions_version")

    def read_file(
        self,
        source: str | Path | bytes,
        *,
        name: str | None = None,
        today: date | None = None,
        mapping: Mapping | None = None,
        batches: bool = False,
        tuning: Tuning | None = None,
        keys: bool = True,
        sentiment: bool = True,
        apart: bool = False,
    ) -> ReadResult:
        """Read one file as an import would (the workspace's settings and saved mappings), writing nothing.

        ``mapping`` is applied whatever the file's layout; ``batches`` reads a large table a batch at a time
        (:attr:`ReadResult.batches`: only :meth:`import_result` takes them); ``apart`` reads it in a process
        of its own (:mod:`metrics.ingest.apart`: a server's viewers are not held up meanwhile), unless it is
        small (:attr:`Tuning.apart_from`) or large enough to be read in batches. Raises :class:`IngestError`.
        """
        settings = self.settings()
        tuning = tuning or Tuning(limits=Limits.from_settings(settings["limits"]))
        options = dict(
            tz=settings["tz"],
            today=today,
            brand=settings["brand"],
            mappings=self.mappings(),
            mapping=mapping,
            content_hash=True,  # computed while the file is read, for the history and duplicate imports
            tuning=tuning,
            keys=keys,
            sentiment=sentiment,
        )
        size = _size(source) if apart else 0
        if apart and tuning.apart_from <= size and not (batches and size >= tuning.batches_from):
            from metrics.ingest.apart import read_apart

            return read_apart(source, name=_label(source, name), **options)
        from metrics.ingest import read_export

        return read_export(source, name=name, batches=batches, **options)

    def import_file(
        self,
        source: str | Path | bytes,
        *,
        name: str | None = None,
        today: date | None = None,
        mapping: Mapping | None = None,
        tuning: Tuning | None = None,
        apart: bool = False,
    ) -> ImportReport:
        """Recognise, validate and write one file; a file that cannot be read changes nothing.

        A large text table is read and written a batch at a time, in one transaction (memory holds a batch,
        not the file); one that turns out to need reading whole (:class:`Rewind`) is read again whole.
        ``apart``: read in a process of its own (see :meth:`read_file`), as the dashboard's server does."""
        from metrics.ingest import Rewind

        label = _label(source, name)

        def read(batches: bool) -> ReadResult:
            return self.read_file(
                source, name=name, today=today, mapping=mapping, batches=batches, tuning=tuning, apart=apart
            )

        try:
            try:
                return self.import_result(read(batches=True))
            except Rewind:
                return self.import_result(read(batches=False))
        except IngestError as exc:
            return ImportReport(label, error=exc)
        except WorkspaceFull:
            return ImportReport(label, error=IngestError("disk_full", label, folder=str(self.path.parent)))

    def import_files(self, sources: Iterable[str | Path]) -> list[ImportReport]:
        return [self.import_file(s) for s in sources]

    def import_result(self, result: ReadResult) -> ImportReport:
        report = ImportReport(result.file, result=result)
        aliases = _aliases(self.settings())
        brand = self.settings()["brand"]
        with self._lock, self._transaction() as cur:
            import_id = _row(cur.execute("SELECT nextval('import_ids')"))[0]
            report.import_id = import_id
            judge = coding.Judge.load(cur, brand)  # the team's codes and the model learnt from them
            for leaf in result.leaves():
                rows = leaf.frame if leaf.frame is not None else leaf.batches
                if rows is None or leaf.table is None:
                    continue
                counts = self._merge(cur, leaf.table, rows, import_id, aliases, judge)
                counts.skipped_by = dict(leaf.rows_skipped)
                counts.skipped = sum(leaf.rows_skipped.values())
                counts.format_id = leaf.format_id
                report.tables.append(counts)
            tables = sorted({r.table for r in report.tables})
            # Asked last: the content hash may still be being computed while the rows are written.
            previous = _one(
                cur.execute(
                    "SELECT id FROM imports WHERE content_hash = ? AND undone_at IS NULL ORDER BY id LIMIT 1",
                    [result.content_hash],
                )
            )
            report.duplicate_of = previous[0] if previous else None
            cur.execute(
                "INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                [
                    import_id,
                    result.file,
                    result.content_hash,
                    datetime.now(UTC),
                    ",".join(sorted({leaf.format_id for leaf in result.leaves() if leaf.format_id})),
                    ",".join(tables),
                    sum(r.added for r in report.tables),
                    sum(r.replaced for r in report.tables),
                    sum(r.unchanged for r in report.tables),
                    sum(r.skipped for r in report.tables),
                ],
            ).fetchall()
            self._bump(cur)
        return report

    def _keyed(
        self,
        table: str,
        frame: pd.DataFrame,
        aliases: dict[str, str],
        judge: coding.Judge | None,
    ) -> pa.Table:
        """The rows as the workspace keys them: brands resolved through the settings' aliases, key columns
        without missing values; mentions judged as the workspace judges them (:mod:`metrics.coding`).
        Arrow all the way: DuckDB scans it in place, in parallel."""
        spec = schema.TABLES[table]
        fills = {key: "" for key in spec.key if spec.columns[key] == schema.STR and frame[key].hasnans}
        rows = frame[list(spec.all_columns)]
        arrow = pa.Table.from_pandas(rows.fillna(fills) if fills else rows, preserve_index=False)
        if table == "mentions" and aliases:
            named = [
                vocab.per_unique_arrow(arrow.column(c), lambda v: aliases.get(v.casefold())) for c in ("query", "brand")
            ]
            arrow = arrow.set_column(
                arrow.schema.get_field_index("brand"), "brand", pc.coalesce(*named, arrow.column("brand"))
            )
        if table == "mentions":
            arrow = coding.kept_export(arrow)
            if judge is not None:
                arrow = judge.rows(arrow)
        return arrow

    def _incoming(
        self,
        cur: duckdb.DuckDBPyConnection,
        table: str,
        rows: pd.DataFrame | Iterator[pd.DataFrame],
        aliases: dict[str, str],
        judge: coding.Judge | None,
    ) -> int:
        """The rows (a frame, or batches of a large file) as ``incoming``, one row per key (the last one wins:
        exports repeat rows across pages): a frame is registered as it is; batches are staged in a table of
        the transaction (dropped before it ends; DuckDB writes it out as it grows), one batch in memory at a
        time, and copied from there whole: deleting repeats from rows just written would have them rewritten.
        Returns how many rows there are."""
        keys = ", ".join(f'"{k}"' for k in schema.TABLES[table].key)
        if isinstance(rows, pd.DataFrame):
            # One query finds the repeats, if any (as long as counting the distinct keys would take).
            arrow = _without_earlier_copies(cur, self._keyed(table, rows, aliases, judge), keys)
            cur.register("incoming", arrow)
            return arrow.num_rows
        staged = 0
        for frame in rows:
            batch = self._keyed(table, frame, aliases, judge)
            batch = batch.append_column("_row", pa.array(np.arange(staged, staged + batch.num_rows)))
            # Not registered: a name registered inside a transaction keeps its Arrow buffers until the end.
            relation = cur.from_arrow(batch)
            relation.insert_into("incoming") if staged else relation.create("incoming")
            staged += batch.num_rows
            del frame, batch
        distinct = _row(cur.execute(f"SELECT count(DISTINCT hash({keys})) FROM incoming"))[0]
        if distinct < staged:
            cur.execute(
                f"""DELETE FROM incoming WHERE _row IN (
                    WITH twice AS (SELECT hash({keys}) AS h FROM incoming GROUP BY h HAVING count(*) > 1)
                    SELECT _row FROM incoming WHERE hash({keys}) IN (SELECT h FROM twice)
                    QUALIFY row_number() OVER (PARTITION BY {keys} ORDER BY _row DESC) > 1)"""
            ).fetchall()
        return _row(cur.execute("SELECT count(*) FROM incoming"))[0]

    def _merge(
        self,
        cur: duckdb.DuckDBPyConnection,
        table: str,
        frame: pd.DataFrame | Iterator[pd.DataFrame],
        import_id: int,
        aliases: dict[str, str],
        judge: coding.Judge | None = None,
    ) -> TableReport:
        """Write one table's rows: new keys are added; a key already there is unchanged when its values
        are the same, else replaced (posts only by a snapshot at least as new), the old row kept aside
        for undo. The rows are scanned in place by DuckDB; only keys and flags are materialised.

        Values are compared as stored (a day read as a timestamp is hashed as the DATE it is kept as).
        A post's snapshot day is not one of its values: the same totals exported on a later day are
        unchanged, and the row only takes the later day (a snapshot between the two is then older)."""
        spec = schema.TABLES[table]
        columns = list(spec.all_columns)
        values = [c for c in spec.columns if c not in spec.key and c != "snapshot_date"]
        quoted = ", ".join(f'"{c}"' for c in columns)
        keys = ", ".join(f'"{k}"' for k in spec.key)
        on = " AND ".join(f'e."{k}" = i."{k}"' for k in spec.key)
        stored = {c: _SQL_TYPES[d] for c, d in spec.columns.items()}

        def row_hash(alias: str) -> str:
            return "hash(" + ", ".join(f'CAST({alias}."{c}" AS {stored[c]})' for c in values) + ")"

        try:
            rows = self._incoming(cur, table, frame, aliases, judge)
            if not _row(cur.execute(f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT 1)'))[0]:
                cur.execute(
                    f'INSERT INTO "{table}" ({quoted}, import_id) SELECT {quoted}, ? FROM incoming', [import_id]
                ).fetchall()
                return TableReport(table, added=rows)
            newer = "i.snapshot_date >= e.snapshot_date" if table == "posts" else "TRUE"
            cur.execute(
                f"""CREATE OR REPLACE TEMP TABLE matched AS
                    SELECT {", ".join(f'i."{k}"' for k in spec.key)},
                           {row_hash("i")} = {row_hash("e")} AS same, {newer} AS newer
                    FROM incoming i JOIN "{table}" e ON {on}"""
            ).fetchall()
            unchanged, replaced = _row(
                cur.execute(
                    "SELECT count(*) FILTER (same OR NOT newer), count(*) FILTER (NOT same AND newer) FROM matched"
                )
            )
            added = rows - unchanged - replaced
            if added:
                cur.execute(
                    f"""INSERT INTO "{table}" ({quoted}, import_id) SELECT {quoted}, ? FROM incoming i
                        WHERE NOT EXISTS (SELECT 1 FROM matched m WHERE {on.replace("e.", "m.")})""",
                    [import_id],
                ).fetchall()
            if replaced:
                changed = f"(SELECT {keys} FROM matched WHERE NOT same AND newer)"
                cur.execute(
                    f"""INSERT INTO "replaced_{table}" ({quoted}, import_id, replaced_by)
                        SELECT {quoted}, import_id, ? FROM "{table}" e
                        WHERE ({", ".join(f'e."{k}"' for k in spec.key)}) IN {changed}""",
                    [import_id],
                ).fetchall()
                cur.execute(f"""DELETE FROM "{table}" WHERE ({keys}) IN {changed}""").fetchall()
                cur.execute(
                    f"""INSERT INTO "{table}" ({quoted}, import_id) SELECT {quoted}, ? FROM incoming
                        WHERE ({keys}) IN {changed}""",
                    [import_id],
                ).fetchall()
            if table == "posts" and unchanged:
                cur.execute(
                    f"""UPDATE posts AS e SET snapshot_date = CAST(i.snapshot_date AS DATE) FROM incoming i
                        WHERE {on} AND CAST(i.snapshot_date AS DATE) > e.snapshot_date
                          AND ({", ".join(f'e."{k}"' for k in spec.key)}) IN (SELECT {keys} FROM matched WHERE same)"""
                ).fetchall()
            cur.execute("DROP TABLE matched").fetchall()
            return TableReport(table, added=int(added), replaced=int(replaced), unchanged=int(unchanged))
        finally:
            if isinstance(frame, pd.DataFrame):
                cur.unregister("incoming")
            else:
                cur.execute("DROP TABLE IF EXISTS incoming").fetchall()

    def undo(self, import_id: int) -> tuple[int, int]:
        """Remove an import's rows and bring back the rows it replaced: (rows removed, rows restored)."""
        with self._lock, self._transaction() as cur:
            row = _one(cur.execute("SELECT undone_at FROM imports WHERE id = ?", [import_id]))
            if row is None:
                raise ValueError(f"there is no import {import_id} in {self.path}")
            if row[0] is not None:
                raise ValueError(f"import {import_id} was already undone")
            removed = restored = 0
            for table in schema.TABLES:
                quoted = ", ".join(f'"{c}"' for c in schema.TABLES[table].all_columns)
                removed += _row(cur.execute(f'DELETE FROM "{table}" WHERE import_id = ?', [import_id]))[0]
                restored += _row(
                    cur.execute(
                        f'INSERT INTO "{table}" ({quoted}, import_id) SELECT {quoted}, import_id '
                        f'FROM "replaced_{table}" WHERE replaced_by = ?',
                        [import_id],
                    )
                )[0]
                cur.execute(f'DELETE FROM "replaced_{table}" WHERE replaced_by = ?', [import_id]).fetchall()
            codes = _row(cur.execute("DELETE FROM codes WHERE import_id = ?", [import_id]))[0]
            cur.execute("UPDATE imports SET undone_at = ? WHERE id = ?", [datetime.now(UTC), import_id]).fetchall()
            if codes:
                coding.settle(cur, self.settings()["brand"])
                removed += codes
            self._bump(cur)
        return int(removed), int(restored)

    # --- sentiment codes ---
    def sentiment_model(self) -> coding.ModelState:
        """The workspace's sentiment model and its agreement with the team's codes."""
        return coding.state(self._cursor())

    def codes(self) -> pd.DataFrame:
        """The codes in force: brand (missing for any brand), text, sentiment."""
        return coding.effective(self._cursor())

    def judge(self) -> coding.Judge | None:
        """How the workspace judges mentions now (None while it has no codes)."""
        return coding.Judge.load(self._cursor(), self.settings()["brand"])

    @staticmethod
    def _brand_of_code(brand: object, aliases: dict[str, str]) -> str | None:
        """A code's brand as the workspace names it (through the settings' aliases), None for any brand."""
        if brand is None or (isinstance(brand, float) and np.isnan(brand)) or brand is pd.NA:
            return None
        return aliases.get(str(brand).casefold(), str(brand))

    def add_codes(self, codes: CodesFile, *, progress: Callable[[int, int], None] | None = None) -> CodesReport:
        """Write a file's codes (each brand and text's latest wins), learn from all of them and judge the
        mentions again; one import of the history, undone like any (:meth:`undo`)."""
        settings = self.settings()
        aliases, brand = _aliases(settings), settings["brand"]
        frame = codes.codes.assign(brand=[self._brand_of_code(b, aliases) for b in codes.codes["brand"]])
        frame = frame.drop_duplicates(["brand", "text"], keep="last")
        with self._lock, self._transaction() as cur:
            import_id = _row(cur.execute("SELECT nextval('import_ids')"))[0]
            before = coding.effective(cur).rename(columns={"sentiment": "before"})
            merged = frame.merge(before, on=["brand", "text"], how="left")
            fresh = merged["before"].isna()
            changed = ~fresh & (merged["before"] != merged["sentiment"])
            written = merged[fresh | changed]
            cur.register("codes_in", written[["brand", "text", "sentiment"]])
            try:
                cur.execute(
                    "INSERT INTO codes SELECT brand, text, sentiment, ?, ? FROM codes_in",
                    [datetime.now(UTC), import_id],
                ).fetchall()
            finally:
                cur.unregister("codes_in")
            report = CodesReport(
                codes.file,
                import_id,
                added=int(fresh.sum()),
                changed=int(changed.sum()),
                unchanged=int(len(merged) - fresh.sum() - changed.sum()),
                problems=list(codes.problems),
            )
            self._history(
                cur,
                import_id,
                codes.file,
                CODES_FORMAT,
                report.added,
                report.changed,
                report.unchanged,
                len(codes.problems),
            )
            report.model = coding.settle(cur, brand, progress=progress)
            report.mentions_coded = _row(
                cur.execute("SELECT count(*) FROM mentions WHERE sentiment_source = 'manual'")
            )[0]
            self._bump(cur)
        return report

    def code(
        self, brand: str | None, text: str, sentiment: str, *, round_id: int | None = None
    ) -> tuple[int, coding.ModelState]:
        """One code given on the page, written at once and applied to its mentions; the codes of a round
        are one import of the history (``round_id``: the round's, None to begin one). Returns the round
        and the model's state (the model learns at :meth:`relearn`)."""
        if sentiment not in coding.CODED:
            raise ValueError(f"{sentiment!r} is not a sentiment code: positive, neutral or negative")
        key = text_key(text)
        if key is None:
            raise ValueError("a code needs a text")
        settings = self.settings()
        brand = self._brand_of_code(brand, _aliases(settings))
        with self._lock, self._transaction() as cur:
            open_round = round_id is not None and _one(
                cur.execute("SELECT 1 FROM imports WHERE id = ? AND undone_at IS NULL", [round_id])
            )
            if not open_round:
                round_id = _row(cur.execute("SELECT nextval('import_ids')"))[0]
                self._history(cur, round_id, CODES_ON_PAGE, CODES_ON_PAGE, 0, 0, 0, 0)
            before = _one(
                cur.execute(
                    "SELECT sentiment FROM codes WHERE brand IS NOT DISTINCT FROM ? AND text = ? "
                    "ORDER BY import_id DESC, coded_at DESC LIMIT 1",
                    [brand, key],
                )
            )
            column = "rows_added" if before is None else "rows_replaced" if before[0] != sentiment else "rows_unchanged"
            if before is None or before[0] != sentiment:
                cur.execute(
                    "INSERT INTO codes VALUES (?, ?, ?, ?, ?)", [brand, key, sentiment, datetime.now(UTC), round_id]
                ).fetchall()
            cur.execute(f"UPDATE imports SET {column} = {column} + 1 WHERE id = ?", [round_id]).fetchall()
            model = coding.code_one(cur, key, settings["brand"])
            self._bump(cur)
        assert round_id is not None
        return round_id, model

    def relearn(self, *, progress: Callable[[int, int], None] | None = None) -> coding.ModelState:
        """Learn from every code and judge the mentions again (the end of a round of codes on the page)."""
        with self._lock, self._transaction() as cur:
            model = coding.settle(cur, self.settings()["brand"], progress=progress)
            self._bump(cur)
        return model

    def _history(
        self,
        cur: duckdb.DuckDBPyConnection,
        import_id: int,
        name: str,
        format_id: str,
        added: int,
        replaced: int,
        unchanged: int,
        skipped: int,
    ) -> None:
        cur.execute(
            "INSERT INTO imports VALUES (?, ?, NULL, ?, ?, 'codes', ?, ?, ?, ?, NULL)",
            [import_id, name, datetime.now(UTC), format_id, added, replaced, unchanged, skipped],
        ).fetchall()

    # --- the meeting's decisions ---
    def decisions(
        self, *, start: date | None = None, end: date | None = None, brand: str | None = None
    ) -> list[decision_log.Decision]:
        """The decisions as they stand, of the periods overlapping ``start``..``end`` (see :mod:`metrics.decisions`)."""
        return decision_log.current(self._cursor(), start=start, end=end, brand=brand)

    def decide(
        self,
        *,
        start: date,
        end: date,
        what: str,
        who: str | None = None,
        due: date | None = None,
        brand: str | None = None,
    ) -> decision_log.Decision:
        """Log a decision for the period ``start``..``end``. Raises :class:`metrics.decisions.DecisionError`."""
        with self._lock, self._transaction() as cur:
            made = decision_log.add(cur, start=start, end=end, what=what, who=who, due=due, brand=brand)
            self._bump(cur, "decisions_version")
        return made

    def change_decision(self, decision_id: int, **changes: Any) -> decision_log.Decision:
        """A decision's new status, text, owner or day (``status``, ``what``, ``who``, ``due``)."""
        with self._lock, self._transaction() as cur:
            after = decision_log.change(cur, decision_id, **changes)
            self._bump(cur, "decisions_version")
        return after

    def remove_decision(self, decision_id: int) -> None:
        with self._lock, self._transaction() as cur:
            decision_log.remove(cur, decision_id)
            self._bump(cur, "decisions_version")

    def undo_decision(self) -> int:
        """Take back the latest change of the decision log; returns the decision it was about."""
        with self._lock, self._transaction() as cur:
            decision_id = decision_log.undo(cur)
            self._bump(cur, "decisions_version")
        return decision_id

    # --- reads ---
    def read(
        self,
        table: str,
        *,
        start: date | None = None,
        end: date | None = None,
        columns: Iterable[str] | None = None,
        with_text: bool = False,
        categorical: bool = False,
        with_ends: bool = False,
        platforms: Iterable[str] | None = None,
        tz: str | None = None,
    ) -> pd.DataFrame:
        """A canonical table (or the asked columns) for an optional period of days, as pandas.

        ``categorical`` reads the low-cardinality text columns (brand, platform, sentiment…) as
        pandas categories: the same values, but comparisons and groupings cost far less.
        ``with_ends`` adds, to the days asked, the rows of the table's first and last day (and, with
        ``platforms``, of the first and last day of those platforms): whoever reads them still knows
        where the data begins and ends (an indicator without data around a period has no value,
        with data around it a zero). Days are local days in ``tz`` (default: the settings' zone).
        """
        spec = schema.TABLES[table]
        wanted = (
            list(columns)
            if columns is not None
            else [c for c in spec.all_columns if with_text or c not in TEXT_COLUMNS]
        )
        column = f'"{spec.date_column}"'
        # The days asked as bounds on the stored values: a moment is in the days when it is at or after the
        # first one's local midnight and before the midnight after the last one (DuckDB skips whole row
        # groups outside them, and converts no moment).
        lo: date | datetime | None = start
        hi: date | datetime | None = end
        upper = "<="
        if spec.columns[spec.date_column] == schema.TS and (start is not None or end is not None):
            zone = ZoneInfo(tz or self.settings()["tz"])
            lo = None if start is None else datetime.combine(start, time(), zone)
            hi = None if end is None else datetime.combine(end + timedelta(days=1), time(), zone)
            upper = "<"
        where = [f"{column} >= ?"] * (lo is not None) + [f"{column} {upper} ?"] * (hi is not None)
        params: list[Any] = [b for b in (lo, hi) if b is not None]
        if with_ends and where:
            # The rows of the table's first and last moment are added where the days asked leave them out.
            extremes = f"min({column}), max({column})"
            chosen: list[Any] = []
            if platforms is not None and "platform" in spec.columns:
                among = "FILTER (WHERE platform IN (SELECT unnest(?::VARCHAR[])))"
                extremes += f", min({column}) {among}, max({column}) {among}"
                chosen = [list(platforms)] * 2
            ends = _row(self._cursor().execute(f'SELECT {extremes} FROM "{table}"', chosen))
            outside = [
                m
                for m in ends
                if m is not None and ((lo is not None and m < lo) or (hi is not None and not _before(m, hi, upper)))
            ]
            if outside:
                where = ["(" + " AND ".join(where) + f") OR {column} IN ({', '.join('?' * len(outside))})"]
                params += outside
        sql = f'SELECT {", ".join(chr(34) + c + chr(34) for c in wanted)} FROM "{table}"'
        if where:
            sql += " WHERE " + " AND ".join(where)
        arrow = self._cursor().sql(sql, params=params).to_arrow_table()
        if spec.date_column in wanted:
            arrow = _in_order(arrow, spec.date_column)  # indicators slice sorted tables without copying
        if categorical:
            arrow = arrow.combine_chunks()  # one dictionary per column
            for i, name in enumerate(arrow.column_names):
                if name in CATEGORICAL:
                    arrow = arrow.set_column(i, name, pc.dictionary_encode(arrow.column(i)))
        frame = arrow.to_pandas(date_as_object=False)
        return _typed(table, frame)

    def has_rows(self, table: str) -> bool:
        """Whether ``table`` holds any row."""
        return _one(self._cursor().execute(f'SELECT 1 FROM "{schema.TABLES[table].name}" LIMIT 1')) is not None

    def aggregate(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        """The rows of a read-only query over the canonical tables (named parameters ``$name``)."""
        return self._cursor().execute(sql, params or {}).fetchall()

    def read_all(self, *, with_text: bool = False, categorical: bool = False) -> dict[str, pd.DataFrame]:
        return {name: self.read(name, with_text=with_text, categorical=categorical) for name in schema.TABLES}

    def contents(self, *, today: date | None = None) -> pd.DataFrame:
        """Per table: rows, first and last day — of the days that can be (from 2000 to the day after
        ``today``): a mistyped 9999-12-31 is counted, but does not stretch the periods offered."""
        rows = []
        cur = self._cursor()
        tz = self.settings()["tz"]
        latest = (today or date.today()) + timedelta(days=1)
        for name, spec in schema.TABLES.items():
            column = f'"{spec.date_column}"'
            if spec.columns[spec.date_column] == schema.TS:
                column = f"CAST(timezone('{tz}', {column}) AS DATE)"
            plausible = f"FILTER (WHERE {column} BETWEEN DATE '2000-01-01' AND ?::DATE)"
            n, first, last = _row(
                cur.execute(
                    f'SELECT count(*), min({column}) {plausible}, max({column}) {plausible} FROM "{name}"',
                    [latest, latest],
                )
            )
            rows.append({"table": name, "rows": n, "first": first, "last": last})
        return pd.DataFrame(rows)

    def imports(self) -> pd.DataFrame:
        return self._cursor().sql("SELECT * FROM imports ORDER BY id DESC").to_arrow_table().to_pandas()

    def last_day(self) -> date | None:
        """The last day any table has data for."""
        days = [d for d in self.contents()["last"] if d is not None and not pd.isna(d)]
        return max(pd.Timestamp(d).date() for d in days) if days else None

    def close(self) -> None:
        with self._lock:
            self._con.close()
        _OPEN.pop(self.path, None)


MANY_REPEATS = 1000  # from this many repeated rows a table is copied without them, not cut around them


def _without_earlier_copies(cur: duckdb.DuckDBPyConnection, arrow: pa.Table, keys: str) -> pa.Table:
    """``arrow`` without the earlier rows of a key that repeats: the last one written wins (exports repeat rows
    at their pages' seams). Repeats are few: DuckDB finds them among the rows whose keys' hash repeats (the
    hash only narrows the search; rows are compared by their keys), and the table is cut around them
    without copying its columns; many repeats are filtered out in one copy."""
    numbered = arrow.append_column("_row", pa.array(np.arange(arrow.num_rows)))
    cur.register("incoming_rows", numbered)
    try:
        earlier = cur.execute(
            f"""WITH twice AS (SELECT hash({keys}) AS h FROM incoming_rows GROUP BY h HAVING count(*) > 1)
                SELECT _row FROM incoming_rows WHERE hash({keys}) IN (SELECT h FROM twice)
                QUALIFY row_number() OVER (PARTITION BY {keys} ORDER BY _row DESC) > 1
                ORDER BY _row"""
        ).fetchnumpy()["_row"]
    finally:
        cur.unregister("incoming_rows")
    if not len(earlier):
        return arrow
    if len(earlier) >= MANY_REPEATS:
        keep = np.ones(arrow.num_rows, dtype=bool)
        keep[earlier] = False
        return arrow.filter(pa.array(keep))
    parts, start = [], 0
    for row in earlier.tolist():
        parts.append(arrow.slice(start, row - start))
        start = row + 1
    return pa.concat_tables([*parts, arrow.slice(start)])


def _aliases(settings: dict) -> dict[str, str]:
    """Case-folded names a listening tool may use → the brand they stand for."""
    aliases = {k.casefold(): v for k, v in settings["aliases"].items()}
    for name in [settings["brand"], *settings["competitors"]]:
        if name:
            aliases.setdefault(name.casefold(), name)
    if settings["brand"]:
        from metrics.ingest.formats.generic import OURS

        aliases[OURS.casefold()] = settings["brand"]
    return aliases


def _before(value: date | datetime, bound: date | datetime, upper: str) -> bool:
    return value < bound if upper == "<" else value <= bound


def _in_order(arrow: pa.Table, column: str) -> pa.Table:
    """The rows by ``column``, missing values last: sorted here rather than by the query (Arrow sorts the
    fetched rows, gathered into one chunk, in a fraction of the time DuckDB takes to sort them)."""
    values = arrow.column(column)
    if values.null_count == 0 and len(values) > 1:
        moments = values.to_numpy()
        if bool((moments[1:] >= moments[:-1]).all()):
            return arrow
    return arrow.combine_chunks().take(pc.sort_indices(values))


def _typed(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The canonical dtypes, converting only the columns Arrow gave another type."""
    spec = schema.TABLES[table].all_columns
    for column in frame.columns:
        dtype = spec.get(column)
        if dtype is None or str(frame[column].dtype) in (dtype, "category"):
            continue
        if dtype == schema.DATE:
            frame[column] = pd.to_datetime(frame[column]).astype(schema.DATE)
        elif dtype == schema.TS:
            frame[column] = frame[column].dt.tz_convert("UTC").astype(schema.TS)
        else:
            frame[column] = frame[column].astype(dtype)
    return frame


_OPEN: dict[Path, Workspace] = {}
_OPEN_LOCK = threading.Lock()


def close_all() -> None:
    """Close every workspace this process opened (the CLI does this before it exits), and remove the copies
    made to be read."""
    for workspace in list(_OPEN.values()):
        workspace.close()
    while _COPIES:
        shutil.rmtree(_COPIES.pop(), ignore_errors=True)


def forget(path: str | Path) -> None:
    """Close the workspace at ``path`` if this process has it open (before replacing the file)."""
    workspace = _OPEN.get(Path(path).expanduser().resolve())
    if workspace is not None:
        workspace.close()


# How a workspace's database is opened. Rows are always read back in date order, so inserts need not keep
# theirs (twice as fast); a large import's row groups go to the file one by one, not five at a time (a
# third of the memory, and the time spent asking the system for it).
CONNECTION = {"preserve_insertion_order": False, "write_buffer_row_group_count": 1}


def open_workspace(path: str | Path | None = None, *, create: bool = True) -> Workspace:
    """The workspace at ``path`` (default: :func:`default_path`), opened once per process."""
    path = Path(path or default_path()).expanduser().resolve()
    with _OPEN_LOCK:
        if path in _OPEN:
            return _OPEN[path]
        if not path.exists() and not create:
            raise FileNotFoundError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            con = duckdb.connect(str(path), config=dict(CONNECTION))
        except duckdb.IOException as exc:
            if "lock" in str(exc).casefold():
                raise WorkspaceBusy(
                    f"{path} is open in another program (a running dashboard?); "
                    "import through it, or stop it and try again"
                ) from None
            raise WorkspaceBusy(f"{path} cannot be opened: {str(exc).splitlines()[0]}") from None
        workspace = Workspace(path, con)
        try:
            workspace._ensure_schema()
        except BaseException:
            con.close()
            raise
        _OPEN[path] = workspace
        return workspace


_COPIES: list[Path] = []  # folders of workspaces copied to be read (open_for_reading)


def open_for_reading(path: str | Path) -> tuple[Workspace, bool]:
    """A workspace to read: the workspace itself, or — when another program holds it (a running dashboard
    keeps it open) — a copy of its file as last written, opened in a folder of its own. Returns the
    workspace and whether it is such a copy (what it holds is then what the other program had written)."""
    try:
        return open_workspace(path, create=False), False
    except WorkspaceBusy:
        source = Path(path).expanduser().resolve()
        folder = Path(tempfile.mkdtemp(prefix="resonance-read-"))
        copy = folder / source.name
        shutil.copyfile(source, copy)
        wal = source.with_name(source.name + ".wal")
        if wal.exists():  # what was written since the last checkpoint
            shutil.copyfile(wal, copy.with_name(copy.name + ".wal"))
        _COPIES.append(folder)  # removed with the rest by close_all()
        try:
            return open_workspace(copy, create=False), True
        except (WorkspaceError, duckdb.Error) as exc:  # caught mid-write: say so, never read half a file
            raise WorkspaceBusy(f"{source} is being written by another program; try again ({exc})") from None
