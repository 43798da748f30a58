"""Text tables (CSV, TSV, TXT): the head sniffed, then the body's cells read as text, by Arrow or by pandas.

The body is read by Arrow's multi-threaded CSV reader straight from the bytes, only the columns the
format maps; a file that Arrow cannot read row for row the way a user numbers rows (ragged or blank
lines inside the data, UTF-16, rows Excel wrapped in quotes) is read by pandas instead.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from metrics import schema
from metrics.ingest import sniff
from metrics.ingest.errors import IngestError
from metrics.ingest.options import Tuning
from metrics.ingest.plan import HEAD_ROWS, HeadRows, Plan
from metrics.ingest.progress import Counted, Report
from metrics.ingest.source import Source


@dataclass(frozen=True)
class TextHead:
    """A text table's head: decoded (:class:`sniff.Head`), the text after a ``sep=`` line (``body``),
    the separator that line named, the delimiter, and the first rows."""

    head: sniff.Head
    body: str
    sep: str | None
    delim: str
    rows: HeadRows

    @property
    def encoding(self) -> str:
        """The encoding as reported: ``utf-8-sig`` for UTF-8 with a byte-order mark."""
        return "utf-8-sig" if self.head.bom else self.head.encoding

    def index(self, line: int) -> int:
        """The position among :attr:`rows` of the row on ``line``."""
        return next(i for i, (n, _) in enumerate(self.rows) if n == line)

    def header_row(self, line: int) -> int:
        """The row a user sees the header on, counting a ``sep=`` line."""
        return self.index(line) + 1 + (1 if self.sep else 0)

    def stacked(self, line: int) -> list[int]:
        """The lines of further tables stacked below the one whose header is on ``line`` (none unless the
        head is the whole file: only a small file is looked through)."""
        return sniff.stacked_tables(self.body, line, self.delim) if self.head.complete else []


def sniff_head(origin: Source, name: str) -> TextHead:
    """Decode a text table's head (the whole file when it is UTF-16) and find its delimiter and first rows."""
    first = origin.head()
    head = sniff.head_text(
        origin.all() if sniff.utf16_codec(first) is not None else first,
        name,
        complete=origin.size <= sniff.HEAD_BYTES,
    )
    if not head.text.strip():
        raise IngestError("empty", name)
    body, sep = sniff.split_sep_line(head.text)
    delim = sep or sniff.delimiter(body)
    return TextHead(head, body, sep, delim, sniff.head_rows(body, delim, HEAD_ROWS))


def body_rows(
    origin: Source, text: TextHead, plan: Plan, tuning: Tuning, *, progress: Report | None = None
) -> pd.DataFrame:
    """The rows after the header as text: by Arrow when it can read them row for row, else by pandas.
    ``progress`` is told of each block Arrow takes."""
    raw = None
    if tuning.arrow and not text.head.encoding.startswith("utf-16") and not text.head.row_quoted:
        raw = _arrow_rows(origin, _Cells.of(text, plan), tuning, _Told.of(text, progress))
    if raw is None:
        raw = _pandas_rows(origin.all(), plan.name, plan.line, text.delim, len(plan.header))
    return raw


@dataclass(frozen=True)
class _Cells:
    """Where a text table's body starts (bytes; None: it has no rows), how it is written, and which
    columns are read (``numeric`` ones as numbers first, in a large file)."""

    offset: int | None
    encoding: str
    delim: str
    width: int
    needed: list[int]
    numeric: frozenset[int] = frozenset()

    @classmethod
    def of(cls, text: TextHead, plan: Plan) -> _Cells:
        head, body, rows = text.head, text.body, text.rows
        index = text.index(plan.line)
        next_line = rows[index + 1][0] if index + 1 < len(rows) else None
        if next_line is None and not head.complete and "\n" in body[len(_upto_line(body, plan.line)) :]:
            # The head ends inside the first row (a cell longer than the head): the rows begin on the line
            # after the header's.
            next_line = plan.line + 1
        offset = (
            head.bom
            + len((head.text[: len(head.text) - len(body)] + _upto_line(body, next_line)).encode(head.encoding))
            if next_line
            else None
        )
        return cls(offset, head.encoding, text.delim, len(plan.header), plan.needed, _numeric(plan))


def _numeric(plan: Plan) -> frozenset[int]:
    """The columns read only as counts or amounts (not rates), the first column aside."""
    numbers = {schema.INT, schema.FLOAT}
    kinds: dict[int, set[bool]] = {}
    for canonical, source in plan.found.items():
        dtype = plan.fmt.dtype(canonical)
        kinds.setdefault(plan.position[source], set()).add(dtype in numbers and canonical not in plan.fmt.percent)
    return frozenset(p for p, k in kinds.items() if k == {True} and p != 0)


def _upto_line(text: str, line: int) -> str:
    """The text before physical line ``line`` (1-based).

    >>> _upto_line("a\\nb\\nc", 3)
    'a\\nb\\n'
    """
    pos = 0
    for _ in range(line - 1):
        pos = text.index("\n", pos) + 1
    return text[:pos]


@dataclass(frozen=True)
class _Told:
    """Whom to tell of each block read (None: nobody), and the bytes of a line of the head, to count rows by."""

    report: Report | None
    line_bytes: float = 1.0

    @classmethod
    def of(cls, text: TextHead, report: Report | None) -> _Told:
        if report is None:
            return cls(None)
        head = text.head.text
        return cls(report, len(head.encode(text.head.encoding, "replace")) / max(1, head.count("\n")))

    def stream(self, stream, start: int, total: int):
        """``stream`` (bytes ``start:`` of ``total``), reporting each read when someone is told."""
        if self.report is None:
            return stream
        return Counted(stream, start=start, total=total, line_bytes=self.line_bytes, report=self.report)


def _body(origin: Source, cells: _Cells) -> tuple[int, int] | None:
    """Where the body's rows start and end (bytes; trailing blank lines are not rows); None without rows."""
    size = origin.size
    if cells.offset is None or cells.offset >= size:
        return None
    tail = origin.tail()
    end = size - (len(tail) - len(tail.rstrip(b" \t\r\n")))
    return (cells.offset, end) if end > cells.offset else None


def _csv_options(cells: _Cells, tuning: Tuning, size: int, multiline: bool, on_invalid: Callable[[Any], str]):
    """Arrow's options for the body: every needed column as text (count columns of a large file as
    numbers), nothing inferred, empty cells missing."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    names = [str(i) for i in range(cells.width)]
    types = {names[i]: pa.large_string() for i in cells.needed}
    if size >= tuning.large_file:
        types.update({names[i]: pa.float64() for i in cells.numeric})
    return (
        pacsv.ReadOptions(
            column_names=names,
            block_size=tuning.block_size,
            encoding="utf8" if cells.encoding == "utf-8" else cells.encoding,
        ),
        pacsv.ParseOptions(
            delimiter=cells.delim,
            quote_char='"',
            double_quote=True,
            newlines_in_values=multiline,
            ignore_empty_lines=False,
            invalid_row_handler=on_invalid,
        ),
        pacsv.ConvertOptions(
            include_columns=[names[i] for i in cells.needed],
            column_types=types,
            strings_can_be_null=True,
            quoted_strings_can_be_null=True,
            null_values=[""],
        ),  # placeholders are judged per column
    )


def _arrow_rows(
    origin: Source, cells: _Cells, tuning: Tuning, told: _Told, multiline: bool = False
) -> pd.DataFrame | None:
    """The rows after the header as text, or None when the file needs the careful reader.

    ``numeric`` columns of a large file are first read as numbers by Arrow itself (no text to
    build and parse again); if any cell is not a plain number the whole file is read as text.
    Arrow first splits the file into blocks at line ends, reading it in parallel; when a quoted
    value spans lines across a block's end it says so and the file is read again with
    ``multiline``, which finds the blocks' ends by following the quotes (slower).
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    needed, size = cells.needed, origin.size
    body = _body(origin, cells)
    if body is None:
        return pd.DataFrame({i: pd.Series([], dtype="str") for i in needed})
    start, end = body
    invalid = []

    def on_invalid(row) -> str:
        invalid.append(row)
        return "skip"

    read, parse, convert = _csv_options(cells, tuning, size, multiline, on_invalid)
    try:
        with origin.stream(start, end) as stream:
            table = pacsv.read_csv(
                told.stream(stream, start, size), read_options=read, parse_options=parse, convert_options=convert
            )
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        if not multiline and "out of sync" in str(exc):  # a value spans lines across blocks
            return _arrow_rows(origin, cells, tuning, told, multiline=True)
        if cells.numeric and size >= tuning.large_file:  # numbers written some other way
            return _arrow_rows(origin, replace(cells, numeric=frozenset()), tuning, told, multiline=multiline)
        return None  # invalid UTF-8 further down, or a layout Arrow cannot split: read it carefully
    if invalid:
        return None
    raw = table.to_pandas(self_destruct=True, split_blocks=True)
    del table
    raw.columns = needed
    return raw


class Rewind(Exception):
    """A file read in batches turns out to need reading whole (a row Arrow cannot split, a value spanning
    lines, a count written otherwise than as a number, a total row to check against every row): whoever
    took the batches drops them and reads the file again, whole."""


def arrow_batches(
    origin: Source, text: TextHead, plan: Plan, tuning: Tuning, progress: Report | None
) -> Iterator[pd.DataFrame]:
    """The rows after the header as text (as :func:`body_rows` gives them all), about ``tuning.batch_bytes``
    of the file at a time: each stretch ends at a line break and is read by Arrow in parallel, as a whole
    file is; memory holds one. Raises :class:`Rewind` where the whole file would be read another way (a
    stretch cut inside a quoted value that spans lines leaves a row Arrow cannot read, and says so)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    cells, told = _Cells.of(text, plan), _Told.of(text, progress)
    body = _body(origin, cells)
    if body is None:
        return
    pos, end = body
    invalid = []

    def on_invalid(row) -> str:
        invalid.append(row)
        return "skip"

    read, parse, convert = _csv_options(cells, tuning, origin.size, False, on_invalid)
    while pos < end:
        stop = origin.line_end(pos + tuning.batch_bytes, end) if pos + tuning.batch_bytes < end else end
        try:
            with origin.stream(pos, stop) as stream:
                table = pacsv.read_csv(
                    told.stream(stream, pos, origin.size),
                    read_options=read,
                    parse_options=parse,
                    convert_options=convert,
                )
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            raise Rewind(str(exc)) from None
        if invalid:
            raise Rewind("a row Arrow cannot split")
        raw = table.to_pandas(self_destruct=True, split_blocks=True)
        del table
        raw.columns = cells.needed
        yield raw
        pos = stop


def _pandas_rows(data: bytes, name: str, line: int, delim: str, width: int) -> pd.DataFrame:
    """Every row after the header, numbered as a user counts them, ragged and blank lines included."""
    text = sniff.text_table(data, name)
    read = {
        "sep": delim,
        "header": None,
        "skiprows": line,
        "names": list(range(width)),
        "dtype": str,
        "keep_default_na": False,
        "na_filter": False,
        "skip_blank_lines": False,
        "quotechar": '"',
    }
    try:
        return pd.read_csv(io.StringIO(text.text), engine="c", **read)
    except (pd.errors.ParserError, ValueError):
        return pd.read_csv(io.StringIO(text.text), engine="python", on_bad_lines=lambda bad: bad[:width], **read)
