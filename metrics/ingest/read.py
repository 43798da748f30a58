"""``read_export``: bytes in, canonical tables out, with an account of what was done.

A file is opened by its container (ZIP, workbook, XML table, text) into tables, and every table is
read in four steps:

1. plan (:mod:`metrics.ingest.plan`): recognise the header among the first rows, choose the format
   and the columns to read;
2. parse (:mod:`metrics.ingest.parse`): number the rows, leave out empty and total rows, parse each
   column by its type on an executor;
3. finish (:mod:`metrics.ingest.finish`): what the format adds (constants, ids from links, its own
   finish step, keys);
4. conform (here): rows lacking a required value left out, the table conformed to its schema, and
   what was read recorded in the :class:`ReadResult`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path

import pandas as pd

from metrics import schema
from metrics.ingest import sniff, values
from metrics.ingest.errors import LIMITS, IngestError, Problem
from metrics.ingest.finish import finish
from metrics.ingest.formats import LOCAL
from metrics.ingest.mapping import Mapping, shape_of
from metrics.ingest.options import Context, ReadOptions, Section, Tuning
from metrics.ingest.parse import Account, Parsed, parse_columns, table_rows, unreadable_error
from metrics.ingest.plan import Plan, plan_table, recognise
from metrics.ingest.progress import Progress, Report, current
from metrics.ingest.result import ReadResult
from metrics.ingest.sheets import Sheet, body_of, head_of, xls_sheets, xlsx_sheets
from metrics.ingest.source import Source
from metrics.ingest.text import Rewind, TextHead, arrow_batches, body_rows, sniff_head

__all__ = ["ReadResult", "Source", "Tuning", "read_export"]


def read_export(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    tz: str = "Europe/Moscow",
    today: date | None = None,
    brand: str | None = None,
    mappings: Sequence[Mapping] = (),
    mapping: Mapping | None = None,
    content_hash: bool = False,
    tuning: Tuning | None = None,
    progress: Report | None = None,
    batches: bool = False,
    keys: bool = True,
    sentiment: bool = True,
) -> ReadResult:
    """Recognise an export file and read it into canonical tables.

    ``source`` is a path or the file's bytes (then ``name`` is the file's name as the user knows
    it). ``tz`` is the business time zone for sources that write local times; ``brand`` is our
    brand, for mention tables that do not name one; ``mappings`` are the column mappings saved for
    files of a shape no format knows; ``mapping`` is applied to this file whatever its layout (the
    header is the first row holding all its source columns); ``content_hash`` computes the file's hash
    (:attr:`ReadResult.content_hash`) while its cells are parsed, which costs nothing then; ``tuning``
    says how fast and in how much memory to read (:class:`Tuning`), never what is read; ``progress`` is
    told how far the reading has got (:class:`~metrics.ingest.progress.Progress`: as Arrow takes each
    block of a text table, on its reading thread, and once the file is read; by default, the callback
    set with :func:`~metrics.ingest.progress.reporting`, if any). Raises
    :class:`IngestError` when nothing in the file can be read; for an unknown layout the error's
    ``headers`` lists the columns found, and when ``mapping`` names columns the file does not have.
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = name or path.name
        try:
            if not path.is_file():
                raise FileNotFoundError(2, "No such file", str(path))
            origin = Source(path=path)
            origin.head(1)
        except OSError as exc:
            raise IngestError("cannot_open", name, detail=exc.strerror or str(exc)) from None
    else:
        origin = Source(data=bytes(source))
        name = name or "upload"
    options = ReadOptions(
        today=today or date.today(),
        tz=tz,
        brand=brand,
        mappings={m.shape: m for m in mappings},
        mapping=mapping,
        tuning=tuning or Tuning(),
        batches=batches,
        keys=keys,
        sentiment=sentiment,
    )
    report = current(progress)
    result = read_source(origin, name, Context(options, hashed=origin if content_hash else None, progress=report))
    if report is not None and not any(leaf.batches is not None for leaf in result.leaves()):
        report(Progress(origin.size, origin.size, sum(leaf.rows_read for leaf in result.leaves())))
    if origin.path is not None:
        origin.release()
    result.origin = origin
    return result


def read_source(origin: Source, name: str, context: Context) -> ReadResult:
    """Every table in a file, opened by its container (decided by its first bytes, not its name)."""
    head = origin.head()
    if not head.strip() and (origin.size <= len(head) or not origin.all().strip()):
        raise IngestError("empty", name)
    kind = sniff.container(head if not head.startswith(sniff.ZIP_MAGIC) else origin.all(), name)
    limits = context.options.tuning.limits
    if kind == "zip":
        if context.depth > limits.depth:  # archives inside archives inside archives…
            raise IngestError("archive_depth", name, value=context.depth + 1, maximum=limits.depth + 1)
        return _read_zip(origin.all(), name, context)
    if kind == "xlsx":
        return _read_sheets(xlsx_sheets(origin.all(), name, limits), name, context)
    if kind == "xls":
        return _read_sheets(xls_sheets(origin.all(), name), name, context)
    if kind == "xml":
        return _read_sheets(sniff.xml_tables(origin.all(), name), name, context)
    return _read_text(origin, name, context)


ARCHIVE_PROBLEMS = ("corrupt_zip", "zip_encrypted", "zip_method", *LIMITS)  # an entry not taken out


def _read_zip(data: bytes, name: str, context: Context) -> ReadResult:
    """Every entry of a ZIP as a part; an entry that cannot be read is a part with its error."""
    parts = []
    context = replace(context, progress=None, depth=context.depth + 1)  # the entries' bytes are not the file's
    for entry, content in sniff.zip_entries(data, name, context.options.tuning.limits):
        label = f"{name}/{entry}"
        if isinstance(content, IngestError):
            parts.append(ReadResult(label, error=content))
            continue
        try:
            parts.append(read_source(Source(data=content), label, context))
        except IngestError as exc:
            parts.append(ReadResult(label, error=exc))
    if not any(p.error is None for p in parts):
        only = parts[0].error if len(parts) == 1 else None
        if only is not None and only.code in ARCHIVE_PROBLEMS:  # the one file could not be taken out: why
            raise only
        raise IngestError("zip_nothing", name, count=len(parts))
    return ReadResult(name, parts=parts)


def _read_sheets(sheets: list[Sheet], name: str, context: Context) -> ReadResult:
    """Every sheet whose header matches a known format; the others are left out quietly."""
    parts, unknown = [], None
    for title, rows in sheets:
        head = head_of(rows)
        try:
            header = recognise(head, name, context.options)
        except IngestError as exc:
            unknown = unknown or exc
            continue
        plan = plan_table(head, header, name, context.options, header_row=header.line)
        raw = body_of(rows, header.line, len(plan.header))
        part = ReadResult(name, sheet=title, header_row=header.line)
        read_table(plan, raw, context, part)
        parts.append(part)
    if not parts:
        raise unknown or IngestError("empty", name)
    return parts[0] if len(parts) == 1 else ReadResult(name, parts=parts)


def _read_text(origin: Source, name: str, context: Context) -> ReadResult:
    """A CSV/TSV/TXT table: sniff the head, find the header, then read the body in one pass.

    A file of up to a megabyte that repeats its header further down holds tables stacked one under
    the other: each is read on its own (:func:`_read_stacked`).
    """
    text = sniff_head(origin, name)
    header = recognise(text.rows, name, context.options)
    section = context.section
    starts = text.stacked(header.line) if section is None else []
    if starts:
        return _read_stacked(text, starts, name, context)
    header_row = text.header_row(header.line) + (section.line_offset if section else 0)
    plan = plan_table(text.rows, header, name, context.options, header_row=header_row)
    result = ReadResult(
        name, encoding=section.encoding if section else text.encoding, delimiter=text.delim, header_row=header_row
    )
    if _in_batches(origin, text, plan, context):
        result.format_id, result.table = plan.fmt.id, plan.fmt.table
        result.batches = _batches(origin, text, plan, context, result)
        return result
    raw = body_rows(origin, text, plan, context.options.tuning, progress=context.progress)
    read_table(plan, raw, context, result)
    if text.head.row_quoted:
        result.warnings.insert(0, Problem("row_quoted", name))
        result.warning_counts["row_quoted"] = 1
    return result


_WHAT_THE_FILE_IS = (
    "format_id",
    "table",
    "mapping",
    "time_zone",
    "zone_is_workspace",
    "export_day",
    "export_day_from_name",
    "unused_columns",
    "header",
    "columns_read",
)


def _in_batches(origin: Source, text: TextHead, plan: Plan, context: Context) -> bool:
    """Whether the table is read in batches: its reader takes them, the file is large, Arrow reads it, and
    its format reads each row alone (no value filled down from the rows above, a finish step row by row)."""
    tuning, fmt = context.options.tuning, plan.fmt
    return (
        context.options.batches
        and context.section is None
        and origin.size >= tuning.batches_from
        and tuning.arrow
        and not text.head.encoding.startswith("utf-16")
        and not text.head.row_quoted
        and fmt.batches
        and not fmt.fill_down
    )


# Columns whose emptiness throughout a table changes how its rows are read (questions are then found in the
# texts, a currency taken from the header), beside a format's own ``whole_column``.
WHOLE_COLUMN = ("is_question", "currency")


def _empty_columns(plan: Plan, raw: pd.DataFrame) -> list[str]:
    """The columns of ``WHOLE_COLUMN`` and the format's that the file has and a batch leaves empty."""
    return [
        c
        for c in (*WHOLE_COLUMN, *plan.fmt.whole_column)
        if c in plan.found and values.text(raw[plan.position[plan.found[c]]]).isna().all()
    ]


def _batches(
    origin: Source, text: TextHead, plan: Plan, context: Context, result: ReadResult
) -> Iterator[pd.DataFrame]:
    """The table's canonical rows batch by batch, each read, parsed, finished and conformed as a whole
    table is (rows numbered as in the file), its account added to ``result``.

    Raises :class:`Rewind` where a batch alone could say otherwise than the whole file: a batch that
    cannot be read on its own (every row left out, a column empty throughout it), dates in another layout
    than an earlier batch's, a total row (checked against every row)."""
    tuning, before = context.options.tuning, 0
    layouts: dict[str, str] = {}
    for raw in arrow_batches(origin, text, plan, tuning, context.progress):
        rows = len(raw)
        if _empty_columns(plan, raw):
            raise Rewind("a column a batch leaves empty")
        part = ReadResult(result.file)
        batch_plan = replace(plan, header_row=plan.header_row + before)
        try:
            read_table(batch_plan, raw, replace(context, hashed=context.hashed if not before else None), part)
        except IngestError as exc:
            raise Rewind(f"a batch read alone: {exc.code}") from None
        if part.totals:
            raise Rewind("a total row to check against every row")
        if any(layouts.setdefault(column, layout) != layout for column, layout in part.date_orders.items()):
            raise Rewind("dates written in two layouts")
        _add(result, part, first=not before, samples=tuning.max_warnings)
        before += rows
        frame, part.frame = part.frame, None
        yield frame
    if not before:
        raise Rewind("no rows")
    if context.progress is not None:
        context.progress(Progress(origin.size, origin.size, result.rows_read))


def _add(result: ReadResult, part: ReadResult, *, first: bool, samples: int) -> None:
    """A batch's account added to the file's: the first gives what the file is; every one its counts (and
    up to ``samples`` messages per reason and column)."""
    if first:
        for name in _WHAT_THE_FILE_IS:
            setattr(result, name, getattr(part, name))
        result.meta.update(part.meta)
    result.rows_read += part.rows_read
    for counts, more in ((result.rows_skipped, part.rows_skipped), (result.warning_counts, part.warning_counts)):
        for code, n in more.items():
            counts[code] = counts.get(code, 0) + n
    groups: dict[tuple[str, str | None], list[Problem]] = {}  # by reason and column, as a whole reading keeps them
    for warning in (*result.warnings, *part.warnings):
        kept = groups.setdefault((warning.code, warning.column), [])
        if len(kept) < samples:
            kept.append(warning)
    result.warnings = [w for kept in groups.values() for w in kept]
    result.date_orders.update(part.date_orders)


def _read_stacked(text: TextHead, starts: list[int], name: str, context: Context) -> ReadResult:
    """Tables stacked in one file, each with its name lines and its header (Business Suite's Facebook
    reach, then Instagram reach): each is read as a part, its rows numbered as in the file."""
    lines = text.body.split("\n")
    bounds = [1, *starts, len(lines) + 1]
    parts = []
    for start, end in pairwise(bounds):
        section = ("sep=" + text.sep + "\n" if text.sep else "") + "\n".join(lines[start - 1 : end - 1])
        try:
            parts.append(
                read_source(
                    Source(data=section.encode("utf-8")),
                    name,
                    replace(context, section=Section(start - 1, text.encoding), progress=None),
                )
            )
        except IngestError as exc:
            parts.append(ReadResult(name, error=exc))
    if not any(p.error is None for p in parts):
        raise next(p.error for p in parts if p.error is not None)
    return ReadResult(name, encoding=text.encoding, parts=parts)


def read_table(plan: Plan, raw: pd.DataFrame, context: Context, result: ReadResult) -> None:
    """One table's raw cells (``raw``, columns numbered as in the header) parsed, finished and conformed
    into ``result``: its canonical frame and the account of how it was read."""
    account = Account()
    rows = table_rows(plan, raw, account)
    frame, parsed = parse_columns(plan, rows.raw, account, tuning=context.options.tuning)
    if context.hashed is not None:
        # Reading and parsing the cells keep both cores busy; what follows leaves one for the hash.
        context.hashed.hash_in_background()
    frame, totals = finish(plan, frame, parsed, rows.totals, account, context.options)
    frame = _conform(plan, frame, parsed, account)
    _record(result, plan, frame, parsed, account, context.options)
    if totals is not None:
        result.totals = totals


def _conform(plan: Plan, out: pd.DataFrame, parsed: Parsed, account: Account) -> pd.DataFrame:
    """The table conformed to its schema, rows lacking a required value left out; raises when the
    table lacks a required column or every row was left out."""
    fmt, name = plan.fmt, plan.name
    table = schema.TABLES[fmt.table]
    skipped, unreadable = account.skipped, parsed.unreadable
    missing_required = [c for c in table.required if c not in out or out[c].isna().all()]
    if not missing_required:
        lacking = out[list(table.required)].isna().any(axis=1)
        if lacking.any():
            skipped["missing_required_value"] = int(lacking.sum())
            out = out[~lacking]
    left_out = {reason: n for reason, n in skipped.items() if n and reason not in ("empty_row", "total_row")}
    if out.empty and left_out and not unreadable:  # every row was read and then left out for a reason
        raise IngestError("nothing_left", name, reasons=left_out)
    if missing_required and unreadable and out.empty:  # the values are there, but none could be read
        raise unreadable_error(plan, unreadable)
    if missing_required:
        raise IngestError("missing_columns", name, columns=", ".join(missing_required), format=fmt.id)
    return schema.conform(fmt.table, out)


def _record(
    result: ReadResult, plan: Plan, frame: pd.DataFrame, parsed: Parsed, account: Account, options: ReadOptions
) -> None:
    """What was read, and how, written into ``result``."""
    fmt, found, header = plan.fmt, plan.found, plan.header
    result.format_id = fmt.id
    result.table = fmt.table
    if fmt.id == "mapping":
        chosen = options.mapping or options.mappings[shape_of(header)]
        result.mapping = Mapping(fmt.table, dict(found), tuple(str(h) for h in header), name=chosen.name)
    result.frame = frame
    result.rows_read = len(frame)
    result.rows_skipped = {k: v for k, v in account.skipped.items() if v}
    result.warnings = account.warnings
    result.warning_counts = account.counts
    result.date_orders.update(parsed.date_orders)
    if any(schema.TABLES[fmt.table].all_columns.get(c) == schema.TS for c in found):
        result.time_zone, result.zone_is_workspace = plan.tz, fmt.tz == LOCAL
    if fmt.table == "posts":
        result.export_day, result.export_day_from_name = plan.export_day, plan.export_day_named
    used = set(found.values())
    result.unused_columns = [h for h in dict.fromkeys(header) if str(h).strip() and h not in used]
    result.header = [str(h) for h in header]
    result.columns_read = {c: h for c, h in found.items() if not c.startswith("_")}
    result.meta.update(plan.meta)
