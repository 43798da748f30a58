"""The second step of reading a table: its rows numbered and sorted out, its columns parsed by type.

Columns are parsed on an executor (Arrow's kernels let go of the GIL, so two threads parse a large
table faster), each raw column let go once parsed, a large file's cells being its biggest part in
memory. Results are taken in the order the columns were given, so warnings come in the same order
whatever the executor.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from metrics import schema
from metrics.ingest import values, vocab
from metrics.ingest.errors import IngestError, Problem
from metrics.ingest.formats import Format
from metrics.ingest.formats.base import BRAND_COLUMN
from metrics.ingest.options import Tuning
from metrics.ingest.plan import Plan

FREE_TEXT = frozenset({"text", "title"})
TOTAL_LABELS = frozenset({"total", "totals", "grand total", "итого", "итоговое значение", "всего", "итог"})


@dataclass
class Account:
    """What reading a table left out (rows, by reason) and warned about (every warning counted by code,
    the first ones kept as messages)."""

    skipped: dict[str, int] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def tally(self, code: str, n: int = 1) -> None:
        """Count ``n`` more warnings of ``code``."""
        self.counts[code] = self.counts.get(code, 0) + n

    def warn(self, problem: Problem) -> None:
        """Keep one warning and count it."""
        self.tally(problem.code)
        self.warnings.append(problem)


class Rows(NamedTuple):
    """A table's rows to parse, numbered as a user counts them, and the file's own total row (or None)."""

    raw: pd.DataFrame
    totals: pd.DataFrame | None


def table_rows(plan: Plan, raw: pd.DataFrame, account: Account) -> Rows:
    """The rows below the header, numbered from it; empty rows and total rows left out and counted."""
    raw.index = pd.RangeIndex(plan.header_row + 1, plan.header_row + 1 + len(raw))  # the row number a user sees
    # Empty rows hold nothing (or only placeholders such as "-") in any column read: they are rare,
    # so the first column finds the candidates and the others are checked on those alone.
    if raw.shape[1]:
        empty_rows, total_rows = values.blank_or_one_of(raw.iloc[:, 0], TOTAL_LABELS)
    else:
        empty_rows, total_rows = pd.Series(True, index=raw.index), pd.Series(False, index=raw.index)
    for column in raw.columns[1:]:
        if not empty_rows.any():
            break
        candidates = empty_rows[empty_rows].index
        empty_rows.loc[candidates] = values.blank(raw.loc[candidates, column]).to_numpy()
    total_rows &= ~empty_rows
    skipped = account.skipped
    skipped["empty_row"], skipped["total_row"] = int(empty_rows.sum()), int(total_rows.sum())
    totals = raw[total_rows] if total_rows.any() else None  # checked against the rows read
    keep = ~(empty_rows | total_rows)
    if not keep.all():  # filtering copies every column: only when there is something to drop
        raw = raw[keep]
    fmt, found, position = plan.fmt, plan.found, plan.position
    if fmt.fill_down and fmt.fill_key in found:
        raw = fill_down(raw, [position[found[c]] for c in fmt.fill_down if c in found], position[found[fmt.fill_key]])
    return Rows(raw, totals)


def fill_down(raw: pd.DataFrame, columns: list[int], key: int) -> pd.DataFrame:
    """Continuation lines (a Shopify order's second item) repeat the key and leave the rest blank."""
    raw = raw.copy()
    group = raw[key].astype("string")
    for column in columns:
        cells = raw[column].astype("string").str.strip()
        cells = cells.where(cells.fillna("") != "")
        raw[column] = cells.groupby(group, sort=False).ffill().astype(object)
    return raw


EARLIEST = "2000-01-01"  # social media exports hold no earlier day


@dataclass
class Column:
    """One column parsed: its values, the cells that could not be read and why (``kind``), the cells
    flagged for other reasons as (code, mask) pairs, warnings about the whole column, the rows left
    without an id (ids Excel mangled, with no link to take them from) and the date layout chosen for a
    column whose day and month are numbers (which of them comes first is a decision)."""

    values: pd.Series
    bad: pd.Series
    kind: str = "bad_value"
    flagged: list[tuple[str, pd.Series]] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    keyless: pd.Series | None = None
    layout: str | None = None


def parse_column(plan: Plan, canonical: str, source: str, column: pd.Series, *, url: pd.Series | None = None) -> Column:
    """One column's values by the canonical column's type.

    Days written without a year are given one from the export day (taken from the file's name, else
    today), with one warning that says which years. Ids that Excel mangled are taken from the
    permalink ``url`` or left empty, with one warning per column.
    """
    dtype = plan.fmt.dtype(canonical)
    if dtype in (schema.TS, schema.DATE):
        return _dates(plan, canonical, source, column, dtype)
    if dtype in (schema.INT, schema.FLOAT):
        return _numbers(plan.fmt, canonical, column, dtype)
    if canonical in ("post_id", "mention_key"):
        return _ids(plan, canonical, source, column, url)
    return _texts(plan.fmt, canonical, column)


def _dates(plan: Plan, canonical: str, source: str, column: pd.Series, dtype: str) -> Column:
    fmt, name, day = plan.fmt, plan.name, plan.export_day
    parsed, bad, years, layout = values.read_dates(
        column, formats=fmt.date_formats.get(canonical), tz=plan.tz if dtype == schema.TS else "UTC", reference=day
    )
    notes = []
    if years and not canonical.startswith("_"):
        notes.append(
            Problem(
                "year_assumed" if plan.export_day_named else "year_assumed_today",
                name,
                None,
                source,
                {
                    "years": ", ".join(map(str, years)),
                    "day": day.isoformat(),
                    "example": f"{Path(name).stem}_2026-03-01{Path(name).suffix}",
                },
            )
        )
    # A day before 2000 or after the export was taken is kept, and said: a typo (9999-12-31, 0001-01-01)
    # would otherwise move the default period far from the data.
    flagged = []
    if not canonical.startswith("_") and parsed.notna().any():
        local = parsed.dt.tz_localize(None) if parsed.dt.tz is not None else parsed
        implausible = parsed.notna() & (
            (local < pd.Timestamp(EARLIEST)) | (local >= pd.Timestamp(day) + pd.Timedelta(days=2))
        )
        flagged.append(("implausible_date", implausible.fillna(False).astype(bool)))
    if dtype == schema.DATE:
        parsed = parsed.dt.tz_localize(None).dt.normalize()  # a day: a time of day would split it in a finish step
    ordered = layout and "%d" in layout and "%m" in layout and not canonical.startswith("_")
    return Column(parsed, bad, "bad_date", flagged=flagged, notes=notes, layout=layout if ordered else None)


def _numbers(fmt: Format, canonical: str, column: pd.Series, dtype: str) -> Column:
    if dtype == schema.INT and column.dtype.kind in "if" and canonical not in fmt.percent:
        counts = _counts(fmt, canonical, column)
        if counts is not None:
            return counts
    if canonical in fmt.percent:
        parsed, bad = values.rates(column, percent=fmt.percent[canonical])
    else:
        parsed, bad = values.numbers(column)
    flagged = []
    # A number past what a 64-bit integer holds (2⁶³, 1e400) is no count or sum of this world: said, left empty.
    huge = parsed.notna() & ~np.isfinite(parsed.astype("float64").fillna(0)) | (parsed.abs() >= 2.0**63)
    if huge.any():
        flagged.append(("number_too_large", huge.fillna(False).astype(bool)))
        parsed = parsed.mask(huge)
    if dtype == schema.INT:
        parsed = values.to_int(parsed)
        if canonical not in fmt.signed:
            negative = values.counts_are_negative(parsed)
            flagged.append(("negative_count", negative))
            parsed = parsed.mask(negative) if negative.any() else parsed
    return Column(parsed, bad, "bad_number", flagged)


def _counts(fmt: Format, canonical: str, column: pd.Series) -> Column | None:
    """A count column Arrow read as numbers (a large file's plain counts), when every cell is blank or a
    whole number within a 64-bit integer's range: then nothing needs parsing, rounding or checking for
    size, and no column as long as the table is built on the way; a negative count is still said. None
    otherwise (``1777.5``, ``1e400``): :func:`_numbers` reads the column cell by cell."""
    floats = column.to_numpy(dtype=np.float64, copy=False)
    missing = np.isnan(floats)
    if missing.all():
        return None
    low, high = float(np.nanmin(floats)), float(np.nanmax(floats))
    if not (low > -(2.0**63) and high < 2.0**63):
        return None
    if column.dtype.kind == "i":
        whole = column.to_numpy(dtype=np.int64, copy=False)
    else:
        with np.errstate(invalid="ignore"):  # a blank cell's NaN becomes a value under the mask
            whole = floats.astype(np.int64)
        if not bool(((whole == floats) | missing).all()):
            return None
    parsed = pd.Series(pd.arrays.IntegerArray(whole, missing), index=column.index)
    flagged = []
    if canonical not in fmt.signed:
        negative = pd.Series((whole < 0) & ~missing if low < 0 else False, index=column.index)
        flagged.append(("negative_count", negative))
        parsed = parsed.mask(negative) if low < 0 else parsed
    return Column(parsed, pd.Series(False, index=column.index), "bad_number", flagged)


def _ids(plan: Plan, canonical: str, source: str, column: pd.Series, url: pd.Series | None) -> Column:
    parsed, bad = values.ids(column), pd.Series(False, index=column.index)
    mangled = values.excel_mangled(column, parsed)
    if not mangled.any():
        return Column(parsed, bad)
    # Excel rounded the ids (1.22158E+17): a post's permalink still holds the real one; else the id is
    # left empty and the row is told apart by its link or its content.
    link = values.id_from_link(url[mangled]) if url is not None and canonical == "post_id" else pd.NA
    parsed = parsed.mask(mangled, link)
    first = mangled.idxmax()
    note = Problem("mangled_id", plan.name, None, source, {"count": int(mangled.sum()), "value": str(column[first])})
    return Column(parsed, bad, notes=[note], keyless=mangled & parsed.isna())


def _texts(fmt: Format, canonical: str, column: pd.Series) -> Column:
    parsed = values.text(column, free=canonical in FREE_TEXT)
    bad = pd.Series(False, index=column.index)
    if canonical == "sentiment":  # an empty cell gives none (the model may judge it), a word we do not know "unknown"
        words = {**vocab.SENTIMENT, **fmt.vocabulary.get("sentiment", {})}
        parsed = vocab.mapped(parsed, words, default="unknown").where(parsed.notna())
    elif canonical.startswith(BRAND_COLUMN):  # a brand's sentiment; empty: the row does not name it
        parsed = vocab.mapped(parsed, vocab.SENTIMENT, default="unknown").where(parsed.notna())
    elif canonical == "channel" and fmt.table == "activities":
        parsed = vocab.mapped(parsed, vocab.CHANNEL, default="other")
    elif canonical == "currency":
        parsed = parsed.str.strip().str.upper()  # an ISO code: Stripe writes «usd», Shopify «USD»
    return Column(parsed, bad)


@dataclass
class Parsed:
    """What parsing a table's columns found beside their values: the rows with a required value that
    could not be read, the first such cell of each required column as (source, reason, row, value,
    count), the rows left without an id by column, and the date layout chosen by source column."""

    bad_rows: pd.Series
    unreadable: dict[str, tuple[str, str, int, str, int]] = field(default_factory=dict)
    keyless: dict[str, pd.Series] = field(default_factory=dict)
    date_orders: dict[str, str] = field(default_factory=dict)


class Inline(Executor):
    """An executor that runs each call at once on the calling thread."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to whoever takes the result, as a pool would
            future.set_exception(exc)
        return future


def parse_columns(
    plan: Plan, raw: pd.DataFrame, account: Account, *, tuning: Tuning | None = None, executor: Executor | None = None
) -> tuple[pd.DataFrame, Parsed]:
    """Every column the plan maps, parsed on ``executor`` (by default a pool of ``tuning.workers``
    threads, or the calling thread when that is 0): the canonical columns as a frame, and what parsing
    found (:class:`Parsed`); warnings go to ``account``.

    Each raw column is deleted from ``raw`` once every canonical column read from it is parsed, but
    the first (it told empty rows) and the permalink's (kept for ids that Excel mangled).
    """
    tuning = tuning or Tuning()
    workers = tuning.workers(len(raw))
    parsing = _Parsing(plan, raw, account, tuning.max_warnings)
    if executor is not None:
        return parsing.run(executor, ahead=3 * max(workers, 1))
    with ThreadPoolExecutor(max_workers=workers) if workers else Inline() as pool:
        return parsing.run(pool, ahead=3 * max(workers, 1))


class _Parsing:
    """One table's columns being parsed: results are taken in order, counted, and their raw cells let go."""

    def __init__(self, plan: Plan, raw: pd.DataFrame, account: Account, max_warnings: int):
        self.plan, self.raw, self.account, self.max_warnings = plan, raw, account, max_warnings
        self.frame = pd.DataFrame(index=raw.index)
        self.parsed = Parsed(pd.Series(False, index=raw.index))
        position, found = plan.position, plan.found
        self.uses = Counter(position[source] for source in found.values())
        self.keep = {0} | ({position[found["url"]]} if "url" in found else set())

    def run(self, executor: Executor, *, ahead: int) -> tuple[pd.DataFrame, Parsed]:
        """Submit every column, taking results once more than ``ahead`` wait (a long column does not
        leave a worker idle, and few parsed columns wait in memory)."""
        position, found = self.plan.position, self.plan.found
        url = self.raw[position[found["url"]]] if "url" in found else None
        pending: deque = deque()
        for canonical, source in found.items():
            cells = self.raw[position[source]]
            pending.append(
                (canonical, source, cells, executor.submit(parse_column, self.plan, canonical, source, cells, url=url))
            )
            if len(pending) > ahead:
                self.take(*pending.popleft())
        while pending:
            self.take(*pending.popleft())
        return self.frame, self.parsed

    def take(self, canonical: str, source: str, cells: pd.Series, future: Future) -> None:
        """Record one parsed column: its warnings, its unreadable required cells, its values."""
        column: Column = future.result()
        parsed, account, name = self.parsed, self.account, self.plan.name
        required = canonical in schema.TABLES[self.plan.fmt.table].required
        for code, mask in [(column.kind + ("_row" if required else ""), column.bad), *column.flagged]:
            if not mask.any():
                continue
            account.tally(code, int(mask.sum()))
            for row in mask[mask].index[: self.max_warnings]:
                account.warnings.append(Problem(code, name, int(row), source, {"value": _as_written(cells[row])}))
        for note in column.notes:  # a warning about the whole column (the years given to days without one)
            account.warn(note)
        if column.bad.any() and required:
            parsed.bad_rows |= column.bad
            first = column.bad.idxmax()
            parsed.unreadable[canonical] = (
                source,
                column.kind,
                int(first),
                _as_written(cells[first]),
                int(column.bad.sum()),
            )
        if column.keyless is not None:
            parsed.keyless[canonical] = column.keyless
        if column.layout is not None:
            parsed.date_orders[source] = column.layout
        self.frame[canonical] = column.values
        at = self.plan.position[source]
        self.uses[at] -= 1
        if not self.uses[at] and at not in self.keep:
            del self.raw[at]


def _as_written(cell: Any) -> str:
    """A cell as a message quotes it (60 characters at most): a count Arrow read as a number is shown as
    the file writes it (``-3``, not ``-3.0``).

    >>> _as_written(-3.0), _as_written(1e20), _as_written(0.5), _as_written("x" * 70)[-3:]
    ('-3', '100000000000000000000', '0.5', 'xxx')
    """
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)[:60]


def unreadable_error(plan: Plan, unreadable: dict[str, tuple[str, str, int, str, int]]) -> IngestError:
    """Every row had a required value that could not be read: name the column that says why
    (its dates, when those are the cause), an example, and what would be valid."""
    canonical = max(unreadable, key=lambda c: (unreadable[c][1] == "bad_date", unreadable[c][4]))
    source, kind, row, value, count = unreadable[canonical]
    if kind == "bad_date":
        expected = values.date_examples(plan.fmt.date_formats.get(canonical))
        return IngestError(
            "unreadable_dates",
            plan.name,
            row=row,
            column=source,
            value=value,
            count=count,
            expected=", ".join(expected),
        )
    return IngestError("unreadable_values", plan.name, row=row, column=source, value=value, count=count)
