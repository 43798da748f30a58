"""``read_export``: bytes in, canonical tables out, with an account of what was done."""

from __future__ import annotations

import io
import re
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import Iterator, Sequence

import blake3
import pandas as pd

from metrics import schema
from metrics.ingest import sniff, values, vocab
from metrics.ingest.errors import IngestError, Problem
from metrics.ingest.formats import LOCAL, Format, match, resolve, with_every_column
from metrics.ingest.formats.base import BRAND_COLUMN
from metrics.ingest.mapping import Mapping, shape_of
from metrics.ingest.result import ReadResult

HEAD_ROWS = 25
FREE_TEXT = frozenset({"text", "title"})
LARGE_FILE = 20 << 20  # from this size numbers are first read as numbers by Arrow
MAX_WARNINGS_PER_KIND = 20  # messages kept per reason and column; every one is counted
# Columns whose total row is not the sum of the rows: levels (followers), uniques (reach), rates.
NOT_ADDITIVE = frozenset({"followers", "reach", "author_audience"})
BLOCK_SIZE = 1 << 22  # bytes Arrow parses at a time, in parallel
TOTAL_LABELS = frozenset({"total", "totals", "grand total", "итого", "итоговое значение", "всего", "итог"})


class Source:
    """A file's bytes, read only as far as needed: a 300 MB export is streamed, not held in memory."""

    def __init__(self, path: Path | None = None, data: bytes | None = None):
        self.path, self._data = path, data
        self._hashing: Future | None = None

    @property
    def size(self) -> int:
        return len(self._data) if self._data is not None else self.path.stat().st_size

    def head(self, n: int = sniff.HEAD_BYTES) -> bytes:
        if self._data is not None:
            return self._data[:n]
        with open(self.path, "rb") as f:
            return f.read(n)

    def tail(self, n: int = 4096) -> bytes:
        if self._data is not None:
            return self._data[-n:]
        with open(self.path, "rb") as f:
            f.seek(max(0, self.size - n))
            return f.read()

    def all(self) -> bytes:
        if self._data is None:
            self._data = self.path.read_bytes()
        return self._data

    @contextmanager
    def stream(self, start: int, end: int) -> Iterator:
        """An Arrow input stream over bytes ``start:end``."""
        import pyarrow as pa

        if self._data is not None:
            yield pa.BufferReader(pa.py_buffer(self._data).slice(start, end - start))
            return
        # Read by Arrow itself into buffers it reuses (a Python stream would hand it new ones per block).
        with pa.OSFile(str(self.path)) as file:
            yield file.get_stream(start, end - start)

    def release(self) -> None:
        """Forget bytes read from a path (they can be read again); bytes given by the caller stay."""
        if self.path is not None:
            self._data = None

    def hash_in_background(self) -> None:
        """Start computing :meth:`content_hash` on a thread of its own (BLAKE3 lets go of the GIL)."""
        if self._hashing is None:
            self._hashing = Future()
            data = self._data
            threading.Thread(target=self._hash, args=(data,), daemon=True).start()

    def _hash(self, data: bytes | None) -> None:
        try:
            self._hashing.set_result(self._content_hash(data))
        except BaseException as exc:  # handed to whoever asks for the hash
            self._hashing.set_exception(exc)

    def content_hash(self) -> str | None:
        """The content hash, ``blake3:`` and 64 hex digits; None when the file can no longer be read."""
        try:
            return self._hashing.result() if self._hashing is not None else self._content_hash(self._data)
        except OSError:
            return None

    def _content_hash(self, data: bytes | None) -> str:
        # BLAKE3: a cryptographic hash several times faster than SHA-256 (a 300 MB export in 0.06 s).
        hasher = blake3.blake3()
        if data is not None:
            hasher.update(data)
        elif self.path.stat().st_size:  # an empty file cannot be mapped (and hashes as no bytes)
            hasher.update_mmap(self.path)
        return "blake3:" + hasher.hexdigest()


def read_export(
    source: str | Path | bytes, *, name: str | None = None, tz: str = "Europe/Moscow", today: date | None = None,
    brand: str | None = None, mappings: Sequence[Mapping] = (), mapping: Mapping | None = None,
    content_hash: bool = False,
) -> ReadResult:
    """Recognise an export file and read it into canonical tables.

    ``source`` is a path or the file's bytes (then ``name`` is the file's name as the user knows
    it). ``tz`` is the business time zone for sources that write local times; ``brand`` is our
    brand, for mention tables that do not name one; ``mappings`` are the column mappings saved for
    files of a shape no format knows; ``mapping`` is applied to this file whatever its layout (the
    header is the first row holding all its source columns); ``content_hash`` computes the file's hash
    (:attr:`ReadResult.content_hash`) while its cells are parsed, which costs nothing then. Raises
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
    context = {"tz": tz, "today": today or date.today(), "brand": brand,
               "mappings": {m.shape: m for m in mappings}, "mapping": mapping, "hash": origin if content_hash else None}
    result = _read_source(origin, name, context)
    if origin.path is not None:
        origin.release()
    result.origin = origin
    return result


def _read_bytes(data: bytes, name: str, context: dict) -> ReadResult:
    return _read_source(Source(data=data), name, context)


def _read_source(origin: Source, name: str, context: dict) -> ReadResult:
    head = origin.head()
    if not head.strip() and (origin.size <= len(head) or not origin.all().strip()):
        raise IngestError("empty", name)
    kind = sniff.container(head if not head.startswith(sniff.ZIP_MAGIC) else origin.all(), name)
    if kind == "zip":
        return _read_zip(origin.all(), name, context)
    if kind == "xlsx":
        return _read_xlsx(origin.all(), name, context)
    if kind == "xls":
        return _read_xls(origin.all(), name, context)
    if kind == "xml":
        return _read_sheets(sniff.xml_tables(origin.all(), name), name, context)
    return _read_text(origin, name, context)


def _read_zip(data: bytes, name: str, context: dict) -> ReadResult:
    parts = []
    for entry, content in sniff.zip_entries(data, name):
        label = f"{name}/{entry}"
        try:
            parts.append(_read_bytes(content, label, context))
        except IngestError as exc:
            parts.append(ReadResult(label, error=exc))
    if not any(p.error is None for p in parts):
        raise IngestError("zip_nothing", name, count=len(parts))
    return ReadResult(name, parts=parts)


def _read_xlsx(data: bytes, name: str, context: dict) -> ReadResult:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken workbook
        raise IngestError("corrupt_xlsx", name, detail=type(exc).__name__) from None
    try:
        sheets = [(sheet.title, [list(r) for r in sheet.iter_rows(values_only=True)]) for sheet in book.worksheets]
    finally:
        book.close()
    return _read_sheets(sheets, name, context)


def _read_xls(data: bytes, name: str, context: dict) -> ReadResult:
    """An Excel 97–2003 workbook (LinkedIn still names its exports .xls)."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data)
    except Exception as exc:  # xlrd raises its own and struct errors for a broken file
        raise IngestError("corrupt_xlsx", name, detail=type(exc).__name__) from None
    sheets = []
    for sheet in book.sheets():
        rows = []
        for r in range(sheet.nrows):
            row = []
            for cell in sheet.row(r):
                if cell.ctype == xlrd.XL_CELL_DATE:
                    row.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    row.append(None)
                else:
                    row.append(cell.value)
            rows.append(row)
        sheets.append((sheet.name, rows))
    return _read_sheets(sheets, name, context)


def _read_sheets(sheets: list[tuple[str, list[list]]], name: str, context: dict) -> ReadResult:
    """Every sheet whose header matches a known format; the others are left out quietly."""
    parts, unknown = [], None
    for title, rows in sheets:
        head = [(i + 1, ["" if v is None else str(v) for v in row]) for i, row in enumerate(rows[:HEAD_ROWS])]
        try:
            fmt, found, line = _find_header(head, name, context)
        except IngestError as exc:
            unknown = unknown or exc
            continue
        header = head[line - 1][1]
        width = len(header)
        raw = pd.DataFrame([(list(r) + [None] * width)[:width] for r in rows[line:]], columns=range(width),
                           dtype=object)
        part = ReadResult(name, sheet=title, header_row=line)
        _fill(part, fmt, found, header, raw, line, _preamble_meta(head[: line - 1]), context, name)
        parts.append(part)
    if not parts:
        raise unknown or IngestError("empty", name)
    return parts[0] if len(parts) == 1 else ReadResult(name, parts=parts)


def _read_text(origin: Source, name: str, context: dict) -> ReadResult:
    """A CSV/TSV/TXT table: sniff the head, find the header, then read the body in one pass.

    The body is read by Arrow's multi-threaded CSV reader straight from the bytes, only the
    columns the format maps, as text; a file that Arrow cannot read row for row the way a user
    numbers rows (ragged or blank lines inside the data, UTF-16, rows Excel wrapped in quotes) is
    read by pandas instead. A file of up to a megabyte that repeats its header further down holds
    tables stacked one under the other: each is read on its own (:func:`_read_stacked`).
    """
    head = sniff.head_text(origin.all() if origin.head(2) in (b"\xff\xfe", b"\xfe\xff") else origin.head(), name,
                           complete=origin.size <= sniff.HEAD_BYTES)
    if not head.text.strip():
        raise IngestError("empty", name)
    body, sep = sniff.split_sep_line(head.text)
    delim = sep or sniff.delimiter(body)
    rows = sniff.head_rows(body, delim, HEAD_ROWS)
    fmt, found, line = _find_header(rows, name, context)
    encoding = "utf-8-sig" if head.bom else head.encoding
    if head.complete and "line_offset" not in context:
        starts = sniff.stacked_tables(body, line, delim)
        if starts:
            return _read_stacked(body, sep, starts, name, context, encoding)
    index = next(i for i, (n, _) in enumerate(rows) if n == line)
    header = rows[index][1]
    header_row = index + 1 + (1 if sep else 0) + context.get("line_offset", 0)
    result = ReadResult(name, encoding=context.get("encoding", encoding), delimiter=delim, header_row=header_row)
    position = {h: i for i, h in reversed(list(enumerate(header)))}
    needed = sorted({position[h] for h in found.values()} | {0})
    raw = None
    if head.encoding != "utf-16" and not head.row_quoted:
        next_line = rows[index + 1][0] if index + 1 < len(rows) else None
        offset = head.bom + len((head.text[: len(head.text) - len(body)] + _upto_line(body, next_line)).encode(
            head.encoding)) if next_line else None
        numbers = {schema.INT, schema.FLOAT}
        kinds: dict[int, set[bool]] = {}
        for canonical, source in found.items():
            dtype = fmt.dtype(canonical)
            kinds.setdefault(position[source], set()).add(dtype in numbers and canonical not in fmt.percent)
        numeric = frozenset(p for p, k in kinds.items() if k == {True} and p != 0)
        raw = _arrow_rows(origin, offset, head.encoding, delim, len(header), needed, numeric)
    if raw is None:
        raw = _pandas_rows(origin.all(), name, line, delim, len(header))
    _fill(result, fmt, found, header, raw, header_row, _preamble_meta(rows[:index]), context, name)
    if head.row_quoted:
        result.warnings.insert(0, Problem("row_quoted", name))
        result.warning_counts["row_quoted"] = 1
    return result


def _read_stacked(body: str, sep: str | None, starts: list[int], name: str, context: dict,
                  encoding: str) -> ReadResult:
    """Tables stacked in one file, each with its name lines and its header (Business Suite's Facebook
    reach, then Instagram reach): each is read as a part, its rows numbered as in the file."""
    lines = body.split("\n")
    bounds = [1, *starts, len(lines) + 1]
    parts = []
    for start, end in zip(bounds, bounds[1:]):
        section = ("sep=" + sep + "\n" if sep else "") + "\n".join(lines[start - 1:end - 1])
        try:
            parts.append(_read_source(Source(data=section.encode("utf-8")), name,
                                      {**context, "line_offset": start - 1, "encoding": encoding}))
        except IngestError as exc:
            parts.append(ReadResult(name, error=exc))
    if not any(p.error is None for p in parts):
        raise next(p.error for p in parts if p.error is not None)
    return ReadResult(name, encoding=encoding, parts=parts)


def _upto_line(text: str, line: int) -> str:
    """The text before physical line ``line`` (1-based)."""
    pos = 0
    for _ in range(line - 1):
        pos = text.index("\n", pos) + 1
    return text[:pos]


def _arrow_rows(origin: Source, offset: int | None, encoding: str, delim: str, width: int,
                needed: list[int], numeric: frozenset[int] = frozenset(), multiline: bool = False) -> pd.DataFrame | None:
    """The rows after the header as text, or None when the file needs the careful reader.

    ``numeric`` columns of a large file are first read as numbers by Arrow itself (no text to
    build and parse again); if any cell is not a plain number the whole file is read as text.
    Arrow first splits the file into blocks at line ends, reading it in parallel; when a quoted
    value spans lines across a block's end it says so and the file is read again with
    ``multiline``, which finds the blocks' ends by following the quotes (slower).
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    names = [str(i) for i in range(width)]
    size = origin.size
    if offset is None or offset >= size:
        return pd.DataFrame({i: pd.Series([], dtype="str") for i in needed})
    tail = origin.tail()
    end = size - (len(tail) - len(tail.rstrip(b" \t\r\n")))  # trailing blank lines are not rows
    if end <= offset:
        return pd.DataFrame({i: pd.Series([], dtype="str") for i in needed})
    invalid = []

    def on_invalid(row) -> str:
        invalid.append(row)
        return "skip"

    types = {names[i]: pa.large_string() for i in needed}
    if size >= LARGE_FILE:
        types.update({names[i]: pa.float64() for i in numeric})
    try:
        with origin.stream(offset, end) as stream:
            table = pacsv.read_csv(
                stream,
                read_options=pacsv.ReadOptions(column_names=names, block_size=BLOCK_SIZE,
                                               encoding="utf8" if encoding == "utf-8" else encoding),
                parse_options=pacsv.ParseOptions(delimiter=delim, quote_char='"', double_quote=True,
                                                 newlines_in_values=multiline, ignore_empty_lines=False,
                                                 invalid_row_handler=on_invalid),
                convert_options=pacsv.ConvertOptions(include_columns=[names[i] for i in needed],
                                                     column_types=types,
                                                     strings_can_be_null=True, quoted_strings_can_be_null=True,
                                                     null_values=[""]),  # placeholders are judged per column
            )
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        if not multiline and "out of sync" in str(exc):  # a value spans lines across blocks
            return _arrow_rows(origin, offset, encoding, delim, width, needed, numeric, multiline=True)
        if numeric and size >= LARGE_FILE:  # numbers written some other way
            return _arrow_rows(origin, offset, encoding, delim, width, needed, multiline=multiline)
        return None  # invalid UTF-8 further down, or a layout Arrow cannot split: read it carefully
    if invalid:
        return None
    raw = table.to_pandas(self_destruct=True, split_blocks=True)
    del table
    raw.columns = needed
    return raw


def _pandas_rows(data: bytes, name: str, line: int, delim: str, width: int) -> pd.DataFrame:
    """Every row after the header, numbered as a user counts them, ragged and blank lines included."""
    text = sniff.text_table(data, name)
    read = dict(sep=delim, header=None, skiprows=line, names=list(range(width)), dtype=str,
                keep_default_na=False, na_filter=False, skip_blank_lines=False, quotechar='"')
    try:
        return pd.read_csv(io.StringIO(text.text), engine="c", **read)
    except (pd.errors.ParserError, ValueError):
        return pd.read_csv(io.StringIO(text.text), engine="python", on_bad_lines=lambda bad: bad[:width], **read)


def _find_header(head: list[tuple[int, list[str]]], name: str, context: dict) -> tuple[Format, dict[str, str], int]:
    """The header row among the first rows: a row with a saved mapping, else the best known format.

    A mapping the user chose for this file wins over both: its header is the first row holding all
    its columns.
    """
    if context["mapping"] is not None:
        return _mapped_header(head, name, context["mapping"])
    best = None
    for i, (line, row) in enumerate(head):
        cells = [c for c in row if str(c).strip()]
        if len(cells) < 2:
            continue
        saved = context["mappings"].get(shape_of(row))
        if saved is not None:
            fmt = saved.as_format()
            return fmt, resolve(fmt, row), line
        # The lines above, their empty cells left out (Excel pads a re-saved name line: «Facebook follows;»).
        preamble = "\n".join(",".join(c for c in r if str(c).strip()) for _, r in head[:i])
        matched = match(row, preamble)
        if matched:
            fmt, found = matched
            rank = (len(fmt.signature), len(found))
            if best is None or rank > best[0]:
                best = (rank, fmt, found, line)
    if best is None:
        line, columns = next(((n, row) for n, row in head if sum(1 for c in row if str(c).strip()) >= 2), (None, []))
        error = IngestError(
            "unknown_layout", name,
            columns=", ".join(f"«{c}»" for c in columns if str(c).strip())[:400] or "–",
        )
        error.headers = [str(c) for c in columns]
        error.header_row = line
        raise error
    if best[1].refuse:  # a known export that holds no table of ours: say what it is and what to export
        raise IngestError(f"not_a_table.{best[1].id}", name)
    return best[1], best[2], best[3]


def _mapped_header(head: list[tuple[int, list[str]]], name: str, mapping: Mapping) -> tuple[Format, dict[str, str], int]:
    fmt = mapping.as_format()
    best = None
    for line, row in head:
        if sum(1 for c in row if str(c).strip()) < 2:
            continue
        found = resolve(fmt, row)
        if len(found) == len(mapping.columns):
            return fmt, found, line
        if best is None or len(found) > len(best[1]):
            best = (row, found)
    row, found = best or ([], {})
    absent = [source for canonical, source in mapping.columns.items() if canonical not in found]
    error = IngestError("mapped_columns_absent", name, absent=", ".join(f"«{c}»" for c in absent),
                        columns=", ".join(f"«{c}»" for c in row if str(c).strip())[:400] or "–")
    error.headers = [str(c) for c in row]
    raise error


def _preamble_meta(rows: list[tuple[int, list[str]]]) -> dict:
    meta = {}
    for _, row in rows:
        cells = [str(c).strip() for c in row if str(c).strip()]
        if len(cells) >= 2 and cells[0].endswith(":"):
            meta[cells[0].rstrip(":").casefold()] = cells[1]
        elif len(cells) == 1:  # a table's name: the one right above the header
            meta["metric"] = cells[0].strip('"')
    return meta


def _export_day(name: str, context: dict) -> tuple[date, bool]:
    """The day an export was taken, from its name (MBS ``Nov-22-2026``, ISO dates) or else today;
    and whether the name said it."""
    stem = Path(name).stem
    for pattern, fmt in ((r"([A-Z][a-z]{2}-\d{2}-\d{4})(?!.*[A-Z][a-z]{2}-\d{2}-\d{4})", "%b-%d-%Y"),
                         (r"(\d{4}-\d{2}-\d{2})(?!.*\d{4}-\d{2}-\d{2})", "%Y-%m-%d")):
        m = re.search(pattern, stem)
        if m:
            try:
                return pd.to_datetime(m.group(1), format=fmt).date(), True
            except ValueError:
                pass
    return context["today"], False


def _fill(result: ReadResult, fmt: Format, found: dict[str, str], header: list[str], raw: pd.DataFrame,
          header_row: int, meta: dict, context: dict, name: str) -> None:
    """Parse the raw cells of one table into the format's canonical frame, recording what was skipped."""
    table = schema.TABLES[fmt.table]
    spec = table.all_columns
    position = {h: i for i, h in reversed(list(enumerate(header)))}
    raw.index = pd.RangeIndex(header_row + 1, header_row + 1 + len(raw))  # the row number a user sees
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
    skipped = {"empty_row": int(empty_rows.sum()), "total_row": int(total_rows.sum())}
    total_raw = raw[total_rows] if total_rows.any() else None  # checked against the rows read below
    keep = ~(empty_rows | total_rows)
    if not keep.all():  # filtering copies every column: only when there is something to drop
        raw = raw[keep]
    if fmt.fill_down and fmt.fill_key in found:
        raw = _fill_down(raw, [position[found[c]] for c in fmt.fill_down if c in found], position[found[fmt.fill_key]])
    problems: list[Problem] = []
    counts: dict[str, int] = {}
    bad_rows = pd.Series(False, index=raw.index)
    out = pd.DataFrame(index=raw.index)
    tz = context["tz"] if fmt.tz == LOCAL else fmt.tz
    # Columns are parsed two at a time (Arrow's kernels release the GIL) and each raw column is let
    # go once parsed, a large file's cells being its biggest part in memory; the permalink's is
    # kept for ids that Excel mangled.
    uses: dict[int, int] = {}
    for source in found.values():
        uses[position[source]] = uses.get(position[source], 0) + 1
    keep_raw = {0} | ({position[found["url"]]} if "url" in found else set())
    url = raw[position[found["url"]]] if "url" in found else None
    export_day, named = _export_day(name, context)
    keyless: dict[str, pd.Series] = {}  # rows whose id Excel mangled, with no link to take it from
    parse = partial(_parse_column, fmt=fmt, name=name, tz=tz, url=url, reference=export_day,
                    reference_named=named, keyless=keyless, layouts=result.date_orders)

    unreadable: dict[str, tuple] = {}  # required columns with unreadable cells: the first of them

    def take(task: tuple, future) -> None:
        nonlocal bad_rows
        canonical, source, column = task
        parsed, bad, kind, flagged, notes = future.result()
        required = canonical in table.required
        for code, cells in [(kind + ("_row" if required else ""), bad), *flagged]:
            if not cells.any():
                continue
            counts[code] = counts.get(code, 0) + int(cells.sum())
            for row in cells[cells].index[:MAX_WARNINGS_PER_KIND]:
                problems.append(Problem(code, name, int(row), source, {"value": str(column[row])[:60]}))
        for note in notes:  # a warning about the whole column (the years given to days without one)
            counts[note.code] = counts.get(note.code, 0) + 1
            problems.append(note)
        if bad.any() and required:
            bad_rows |= bad
            first = bad.idxmax()
            unreadable[canonical] = (source, kind, int(first), str(column[first])[:60], int(bad.sum()))
        out[canonical] = parsed
        uses[position[source]] -= 1
        if not uses[position[source]] and position[source] not in keep_raw:
            del raw[position[source]]

    workers = 2 if len(raw) > 50_000 else 1
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()
        for canonical, source in found.items():
            task = (canonical, source, raw[position[source]])
            pending.append((task, pool.submit(parse, *task)))
            if len(pending) > 3 * workers:  # a few ahead: a long column does not leave a worker idle
                take(*pending.popleft())
        while pending:
            take(*pending.popleft())
    if context["hash"] is not None:
        # Reading and parsing the cells keep both cores busy; what follows leaves one for the hash.
        context["hash"].hash_in_background()
    if "currency" in spec and ("currency" not in out or out["currency"].isna().all()):
        unit = next((h for h in header if re.search(r"(руб|rub|₽)", str(h), re.I)), None)
        if unit is not None:
            out["currency"] = "RUB"
    for column, value in fmt.constants.items():
        out[column] = values.constant(value, out.index) if isinstance(value, str) else value
    if total_raw is not None:
        result.totals = _check_totals(out, total_raw, found, position, spec)
        for check in result.totals:
            if not check["equal"]:
                counts["total_mismatch"] = counts.get("total_mismatch", 0) + 1
                problems.append(Problem("total_mismatch", name, check["row"], check["source"],
                                        {"total": check["total"], "sum": check["sum"]}))
    skipped["bad_required_value"] = int(bad_rows.sum())
    if bad_rows.any():
        out = out[~bad_rows]
    out["source_file"] = values.constant(name, out.index)
    out["source_row"] = out.index.astype("int64")
    if fmt.brand_columns:
        out = _brands_long(out)
    if fmt.id_from_url and "url" in out:
        out["post_id"] = values.id_from_link(out["url"]).fillna(out.get("post_id"))
    if "post_id" in keyless:  # a post whose id Excel mangled and that has no link: keyed by its content
        rows = keyless["post_id"].reindex(out.index, fill_value=False) & out["post_id"].isna()
        if rows.any():
            out.loc[rows, "post_id"] = _content_key(out[rows], "account")
    if fmt.table == "posts":
        out["snapshot_date"] = pd.Timestamp(export_day)
    if "published_tz" in spec and "published_at" in out:
        out["published_tz"] = values.constant(tz, out.index)  # times were read in this zone, stored in UTC
    if fmt.finish is not None:
        # A finish step may report rows it left out, by reason: meta["skipped"][reason] = count.
        # It is given every column its format maps, those the file lacks all missing.
        out = with_every_column(fmt, out.reset_index(drop=True))
        out = fmt.finish(out, {**meta, "file": name, "tz": context["tz"], "brand": context["brand"],
                               "skipped": skipped, "today": context["today"], "export_day": export_day})
    if fmt.table == "mentions" and "sentiment" in out:
        # Rows the source itself judged not about the brand (CrowdFlower's ``not_relevant``) are no mentions.
        irrelevant = out["sentiment"].eq(vocab.NOT_RELEVANT).fillna(False).astype(bool)
        if irrelevant.any():
            skipped["not_relevant"] = int(irrelevant.sum())
            out = out[~irrelevant]
    if fmt.table == "mentions":
        asks = "text" in out and ("is_question" not in out or out["is_question"].isna().all())
        with ThreadPoolExecutor(max_workers=1) as pool:  # both read whole text columns, in Arrow
            questions = pool.submit(values.contains, out["text"], "?") if asks else None
            out["mention_key"] = _mention_keys(out, fmt)
            if questions is not None:
                out["is_question"] = questions.result()
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
        raise _unreadable(name, fmt, unreadable)
    if missing_required:
        raise IngestError("missing_columns", name, columns=", ".join(missing_required), format=fmt.id)
    result.format_id = fmt.id
    result.table = fmt.table
    if fmt.id == "mapping":
        chosen = context["mapping"] or context["mappings"][shape_of(header)]
        result.mapping = Mapping(fmt.table, dict(found), tuple(str(h) for h in header), name=chosen.name)
    result.frame = schema.conform(fmt.table, out)
    result.rows_read = len(result.frame)
    result.rows_skipped = {k: v for k, v in skipped.items() if v}
    result.warnings = problems
    result.warning_counts = counts
    if any(spec.get(c) == schema.TS for c in found):
        result.time_zone, result.zone_is_workspace = tz, fmt.tz == LOCAL
    if fmt.table == "posts":
        result.export_day, result.export_day_from_name = export_day, named
    used = set(found.values())
    result.unused_columns = [h for h in dict.fromkeys(header) if str(h).strip() and h not in used]
    result.header = [str(h) for h in header]
    result.columns_read = {c: h for c, h in found.items() if not c.startswith("_")}
    result.meta.update(meta)


def _check_totals(out: pd.DataFrame, total_raw: pd.DataFrame, found: dict[str, str], position: dict[str, int],
                  spec: dict) -> list[dict]:
    """The file's own total row against the sum of the rows read, for every additive count it gives.

    A difference is reported, never corrected: a file trimmed by hand, rows skipped as unreadable or
    a platform that counts differently all show here. Uniques and levels (reach, followers) are not
    sums of their rows and are not compared.
    """
    checks = []
    row = total_raw.index[0]
    for canonical, source in found.items():
        if spec.get(canonical) not in (schema.INT, schema.FLOAT) or canonical in NOT_ADDITIVE or canonical not in out:
            continue
        total, bad = values.numbers(total_raw[position[source]].iloc[:1])
        if bad.any() or pd.isna(total.iloc[0]):
            continue
        added = pd.to_numeric(out[canonical], errors="coerce").sum()
        total = float(total.iloc[0])
        equal = abs(added - total) <= max(1.0, abs(total) * 0.001)  # exports round each row
        checks.append({"column": canonical, "source": source, "row": int(row), "total": round(total, 2),
                       "sum": round(float(added), 2), "equal": bool(equal)})
    return checks


def _unreadable(name: str, fmt: Format, unreadable: dict[str, tuple]) -> IngestError:
    """Every row had a required value that could not be read: name the column that says why
    (its dates, when those are the cause), an example, and what would be valid."""
    canonical = max(unreadable, key=lambda c: (unreadable[c][1] == "bad_date", unreadable[c][4]))
    source, kind, row, value, count = unreadable[canonical]
    if kind == "bad_date":
        expected = values.date_examples(fmt.date_formats.get(canonical))
        return IngestError("unreadable_dates", name, row=row, column=source, value=value, count=count,
                           expected=", ".join(expected))
    return IngestError("unreadable_values", name, row=row, column=source, value=value, count=count)


def _parse_column(canonical: str, source: str, column: pd.Series, *, fmt: Format, name: str,
                  tz: str, url: pd.Series | None, reference: date, reference_named: bool,
                  keyless: dict[str, pd.Series],
                  layouts: dict[str, str]) -> tuple[pd.Series, pd.Series, str, list, list[Problem]]:
    """One column's values by the canonical column's type: (values, unparseable cells, reason, the
    cells flagged for other reasons as (code, mask) pairs, and warnings about the whole column).

    Days written without a year are given one from ``reference``, the export day (taken from the
    file's name when ``reference_named``, else today), with one warning that says which years.
    Ids that Excel mangled are taken from the permalink or left empty, with one warning per column;
    ``keyless[canonical]`` gets the rows left without an id; ``layouts[source]`` the date layout chosen
    for a column whose day and month are numbers (which of them comes first is a decision).
    """
    problems: list[tuple[str, pd.Series]] = []
    notes: list[Problem] = []
    kind = "bad_value"
    dtype = fmt.dtype(canonical)
    if dtype in (schema.TS, schema.DATE):
        parsed, bad, years, layout = values.read_dates(column, formats=fmt.date_formats.get(canonical),
                                                       tz=tz if dtype == schema.TS else "UTC", reference=reference)
        if layout and "%d" in layout and "%m" in layout and not canonical.startswith("_"):
            layouts[source] = layout  # the order of day and month, decided by the whole column
        if years and not canonical.startswith("_"):
            notes.append(Problem("year_assumed" if reference_named else "year_assumed_today", name, None, source,
                                 {"years": ", ".join(map(str, years)), "day": reference.isoformat(),
                                  "example": f"{Path(name).stem}_2026-03-01{Path(name).suffix}"}))
        if dtype == schema.DATE:
            parsed = parsed.dt.tz_localize(None).dt.normalize()  # a day: a time of day would split it in a finish step
        kind = "bad_date"
    elif dtype in (schema.INT, schema.FLOAT):
        if canonical in fmt.percent:
            parsed, bad = values.rates(column, percent=fmt.percent[canonical])
        else:
            parsed, bad = values.numbers(column)
        kind = "bad_number"
        if dtype == schema.INT:
            parsed = values.to_int(parsed)
            if canonical not in fmt.signed:
                negative = values.counts_are_negative(parsed)
                problems.append(("negative_count", negative))
                parsed = parsed.mask(negative) if negative.any() else parsed
    elif canonical in ("post_id", "mention_key"):
        parsed, bad = values.ids(column), pd.Series(False, index=column.index)
        mangled = values.excel_mangled(column, parsed)
        if mangled.any():
            # Excel rounded the ids (1.22158E+17): a post's permalink still holds the real one; else
            # the id is left empty and the row is told apart by its link or its content.
            link = values.id_from_link(url[mangled]) if url is not None and canonical == "post_id" else pd.NA
            parsed = parsed.mask(mangled, link)
            keyless[canonical] = mangled & parsed.isna()
            first = mangled.idxmax()
            notes.append(Problem("mangled_id", name, None, source,
                                    {"count": int(mangled.sum()), "value": str(column[first])}))
    else:
        parsed = values.text(column, free=canonical in FREE_TEXT)
        bad = pd.Series(False, index=column.index)
        if canonical == "sentiment":
            parsed = vocab.mapped(parsed, {**vocab.SENTIMENT, **fmt.vocabulary.get("sentiment", {})}, default="unknown")
        elif canonical.startswith(BRAND_COLUMN):  # a brand's sentiment; empty: the row does not name it
            parsed = vocab.mapped(parsed, vocab.SENTIMENT, default="unknown").where(parsed.notna())
        elif canonical == "channel" and fmt.table == "activities":
            parsed = vocab.mapped(parsed, vocab.CHANNEL, default="other")
        elif canonical == "currency":
            parsed = parsed.str.strip().str.upper()  # an ISO code: Stripe writes «usd», Shopify «USD»
    return parsed, bad, kind, problems, notes


def _fill_down(raw: pd.DataFrame, columns: list[int], key: int) -> pd.DataFrame:
    """Continuation lines (a Shopify order's second item) repeat the key and leave the rest blank."""
    raw = raw.copy()
    group = raw[key].astype("string")
    for column in columns:
        cells = raw[column].astype("string").str.strip()
        cells = cells.where(cells.fillna("") != "")
        raw[column] = cells.groupby(group, sort=False).ffill().astype(object)
    return raw


def _brands_long(out: pd.DataFrame) -> pd.DataFrame:
    """One row per (row, brand) whose brand column has a value: wide brand columns made long.

    A tweet with ``sberbank`` = 0 and ``vtb`` = -1 gives two mentions, Сбербанк neutral and ВТБ
    negative; a brand left empty is not named in the row. Rows that name no brand give none.
    """
    columns = [c for c in out.columns if str(c).startswith(BRAND_COLUMN)]
    wide = out[columns].set_axis([c[len(BRAND_COLUMN):] for c in columns], axis=1).reset_index(drop=True)
    long = wide.melt(var_name="brand", value_name="sentiment", ignore_index=False).dropna(subset=["sentiment"])
    long = long.rename_axis("_row").reset_index().sort_values("_row", kind="stable")  # the file's order
    base = out.drop(columns=columns + [c for c in ("brand", "sentiment") if c in out]).reset_index(drop=True)
    rows = base.take(long["_row"].to_numpy()).reset_index(drop=True)
    rows["brand"] = long["brand"].astype("string").to_numpy()
    rows["sentiment"] = long["sentiment"].astype("string").to_numpy()
    return rows


def _mention_keys(frame: pd.DataFrame, fmt: Format) -> pd.Series:
    """The source's id, else the URL, else a hash of what the mention says and when."""
    key = frame["mention_key"] if "mention_key" in frame else pd.Series(pd.NA, index=frame.index)
    key = key.astype("string")
    if "url" in frame:
        key = key.fillna(frame["url"].astype("string"))
    if key.isna().any():
        key = key.fillna(_content_key(frame, "author"))
    return values.prefixed(fmt.id.split("_")[0] + ":", key)


def _content_key(frame: pd.DataFrame, who: str) -> pd.Series:
    """A key from what a row says, when, and by whom (``who``): ``h`` and 16 hex digits."""
    def part(column: str) -> pd.Series:
        return frame[column].astype("string").fillna("") if column in frame else pd.Series("", index=frame.index)

    basis = part("published_at") + "|" + part(who) + "|" + part("text")
    return pd.util.hash_pandas_object(basis, index=False).map(lambda h: f"h{h:016x}").astype("string")
