"""Parse a whole column at once: numbers, percentages, dates, ids.

Decisions are made per column, never per cell: whether ``1,234`` is a thousand or one and a
quarter depends on the other values in the column, and so does ``03/04`` (March or April).
Each parser returns the parsed values and a mask of cells that held something unparseable.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from metrics import schema

PLACEHOLDERS = frozenset({"", "-", "–", "—", "n/a", "na", "nan", "none", "null", "undefined", "н/д", "#н/д", "#n/a"})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_THOUSANDS_COMMA = re.compile(r"^[-+]?\d{1,3}(,\d{3})+$")
_THOUSANDS_DOT = re.compile(r"^[-+]?\d{1,3}(\.\d{3}){2,}$")
_SUFFIX = {"k": 1e3, "к": 1e3, "тыс": 1e3, "тыс.": 1e3, "m": 1e6, "м": 1e6, "млн": 1e6, "b": 1e9, "млрд": 1e9}
_SUFFIX_RE = re.compile(r"^([-+]?[\d.,]+)\s*(k|к|тыс\.?|m|м|млн|b|млрд)$")

# Russian month names as people and platforms write them: nominative and genitive, the forms
# YouTube and Excel abbreviate (янв., февр., сент., нояб.) and the short ones (фев, сен, ноя), in any
# case, with or without a dot; and the year's "г." (``27 февр. 2025 г.`` → ``27 Feb 2025``).
RU_MONTHS = {
    "Jan": "янв(?:арь|аря|аре)?",
    "Feb": "фев(?:р|раль|раля|рале)?",
    "Mar": "мар(?:т|та|те)?",
    "Apr": "апр(?:ель|еля|еле)?",
    "May": "ма[йя]",
    "Jun": "июн(?:ь|я|е)?",
    "Jul": "июл(?:ь|я|е)?",
    "Aug": "авг(?:уст|уста|усте)?",
    "Sep": "сен(?:т|тябрь|тября|тябре)?",
    "Oct": "окт(?:ябрь|ября|ябре)?",
    "Nov": "ноя(?:б|брь|бря|бре)?",
    "Dec": "дек(?:абрь|абря|абре)?",
}
_NOT_LETTER = r"([^\pL]|$)"
_RU_REPLACEMENTS = tuple(
    [(f"(?i)(^|[^\\pL]){word}\\.?{_NOT_LETTER}", f"\\1{en}\\2") for en, word in RU_MONTHS.items()]
    + [(f"(?i)(\\d)\\s*(?:года|г)\\.?{_NOT_LETTER}", "\\1\\2"), (r"\s+", " ")]
)


# Tried in order on generic columns; the format that parses the most cells wins. Each is tried with
# and without a time of day (any of TIME_FORMATS), so one column may mix days and days with times.
DATE_FORMATS = (
    "ISO8601",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d.%m.%y",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%m-%d-%Y",
    "%d-%m-%Y",
    "%Y/%m/%d",
    "%b %d, %Y",
    "%B %d, %Y",
    "%a, %b %d, %Y",
    "%d %b %Y",
    "%d %B %Y",
    "%d-%b-%y",
    "%d-%b-%Y",
    "%Y-%m-%d %H:%M %z",
    "%a %b %d %H:%M:%S %z %Y",  # the last as Twitter's API writes it
)
# Times of day as exports write them after the day: 24-hour, 12-hour with AM/PM, Excel's "11.35".
TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M:%S %p", "%I:%M%p", "%H.%M", "%H.%M.%S")
# Dates without a year (TikTok writes "18 января", "28 August", "Sep 27"): see :func:`_yearless`.
YEARLESS_FORMATS = ("%d %b", "%b %d", "%d %B", "%B %d", "%d.%m")
EXCEL_EPOCH = "1899-12-30"  # day 0 of a spreadsheet's serial dates


# The placeholders as exports write them (matching these is much cheaper than lower-casing every cell).
_PLACEHOLDERS_WRITTEN = sorted(
    {v for p in PLACEHOLDERS for v in (p, p.upper(), p.capitalize(), p.title())} | {"NaN", "N/a"}
)


@cache
def _placeholder_set() -> pa.Array:
    return pa.array(_PLACEHOLDERS_WRITTEN, type=pa.large_string())


def _as_text(values: pd.Series) -> pd.Series:
    return values.astype("string").str.strip()


def _plain(values: pd.Series) -> pa.Array | None:
    """The column as Arrow text, as written, when it is text."""
    if values.dtype.kind in "fiubM" or isinstance(values.dtype, pd.DatetimeTZDtype):
        return None
    try:
        return pa.array(values, type=pa.large_string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None  # mixed Python objects (a spreadsheet's cells): the pandas path


def _arrow(values: pd.Series) -> pa.Array | None:
    """The column as trimmed Arrow text with blanks as null, when it is text (the fast path).

    Most columns of a big export need neither: a look at each cell's first and last bytes tells
    whether any may need trimming, and rewriting the column waits until a placeholder is found.
    """
    arr = _plain(values)
    if arr is None:
        return None
    untidy, shortest = _quick_look(arr)
    if untidy:
        arr = pc.utf8_trim_whitespace(arr)
    elif shortest > _LONGEST_PLACEHOLDER:  # ids, links, times: no cell is short enough to be one
        return arr
    placeholders = pc.is_in(arr, value_set=_placeholder_set())
    if not pc.any(placeholders).as_py():
        return arr
    return pc.if_else(placeholders, pa.scalar(None, pa.large_string()), arr)


# UTF-8 bytes that may begin a whitespace character (U+0009–U+000D, U+0020, and the leading bytes of
# U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) or end one.
_FIRST_SPACE = (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3)
_LAST_SPACE = (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x9F, 0xA8, 0xA9, 0xAF, *range(0x80, 0x8B))


@cache
def _space_bytes() -> tuple[np.ndarray, np.ndarray]:
    """Lookup tables by byte value: whether it may begin a whitespace character, and whether it may end one."""
    first, last = np.zeros(256, dtype=bool), np.zeros(256, dtype=bool)
    first[list(_FIRST_SPACE)] = True
    last[list(_LAST_SPACE)] = True
    return first, last


_LONGEST_PLACEHOLDER = max(len(p.encode()) for p in _PLACEHOLDERS_WRITTEN)


def _chunks(arr: pa.Array | pa.ChunkedArray) -> list[pa.Array]:
    return arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]


def _quick_look(arr: pa.Array | pa.ChunkedArray) -> tuple[bool, int]:
    """(whether some cell may begin or end with whitespace, the shortest cell's length in bytes),
    judged from each cell's first and last bytes and its offsets: a cell ending in a Cyrillic
    letter can look untidy, and then the column is trimmed anyway."""
    untidy, shortest = False, np.iinfo(np.int64).max
    for chunk in _chunks(arr):
        if not len(chunk):
            continue
        starts, ends, text = _cells(chunk)
        lengths = np.subtract(ends, starts)
        shortest = min(shortest, int(lengths.min()))
        if text is None or untidy:
            continue
        filled = np.greater(lengths, 0)
        first_space, last_space = _space_bytes()
        untidy = bool(first_space[text[starts[filled]]].any() or last_space[text[ends[filled] - 1]].any())
    return untidy, shortest


def _cells(chunk: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """A non-empty text chunk's cells as where each begins and ends in its bytes, and the bytes (None
    when no cell holds one), read in place."""
    _, offsets, data = chunk.buffers()
    width = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
    bounds = np.frombuffer(offsets, dtype=width)[chunk.offset : chunk.offset + len(chunk) + 1]
    return bounds[:-1], bounds[1:], None if data is None else np.frombuffer(data, dtype=np.uint8)


def _holds_byte(arr: pa.Array | pa.ChunkedArray, byte: bytes) -> bool:
    """Whether any cell may hold ``byte``: a scan of the text's bytes (a sliced column's buffer can
    hold bytes beyond its cells, so True means "maybe")."""
    data = [chunk.buffers()[2] for chunk in _chunks(arr)]
    return any(buffer is not None and bool((np.frombuffer(buffer, dtype=np.uint8) == byte[0]).any()) for buffer in data)


def _only_digits(arr: pa.Array | pa.ChunkedArray) -> bool:
    """Whether every cell is present and written with the digits 0–9 alone (judged from the bytes)."""
    if arr.null_count or not len(arr) or pc.min(pc.binary_length(arr)).as_py() == 0:
        return False
    for chunk in _chunks(arr):
        data = chunk.buffers()[2]
        text = np.frombuffer(data, dtype=np.uint8) if data is not None else np.empty(0, dtype=np.uint8)
        if len(text) and (text.min() < ord("0") or text.max() > ord("9")):
            return False
    return True


def _series(arr: pa.Array, index: pd.Index, dtype: str | None = None) -> pd.Series:
    out = pd.Series(arr.to_pandas().array, index=index)
    return out.astype(dtype) if dtype else out


def blank(values: pd.Series) -> pd.Series:
    """Cells that hold nothing: empty, NA, or a placeholder such as ``-``, ``N/A``, ``undefined``."""
    if values.dtype.kind in "fiub":
        return values.isna()
    arr = _arrow(values)
    if arr is not None:
        return pd.Series(pc.is_null(arr).to_numpy(zero_copy_only=False), index=values.index)
    text = _as_text(values)
    return text.isna() | text.str.lower().isin(PLACEHOLDERS)


def text(values: pd.Series, *, free: bool = False) -> pd.Series:
    """Text cells trimmed, placeholders as missing; ``free`` text (a post, a mention) is kept as written,
    only empty cells becoming missing."""
    if free and isinstance(values.dtype, pd.StringDtype):
        return values.astype("string").replace("", pd.NA) if (values == "").any() else values.astype("string")
    arr = _arrow(values)
    if arr is not None:
        return _series(arr, values.index, "string")
    out = _as_text(values)
    return out.where(~blank(out))


def numbers(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Numbers written any of the usual ways → (float values, mask of unparseable cells).

    Handles ``1,234``, ``1 234,5`` (also with a no-break space), ``1.234.567``, ``1.234,5``,
    ``"1777.0"``, ``1.2K``, ``2.57%`` (kept in percent units: see :func:`rates`), and the
    placeholders ``-``, ``–``, ``N/A``.

    >>> numbers(pd.Series(["1 234,5", "-", "2,0"]))[0].tolist()
    [1234.5, nan, 2.0]
    >>> numbers(pd.Series(["1,234", "12,500"]))[0].tolist()
    [1234.0, 12500.0]
    """
    if values.dtype.kind in "fiub":
        out = values.astype("float64")
        return out, pd.Series(False, index=values.index)
    clean = _clean_numbers(values)
    if clean is not None:
        return clean, pd.Series(False, index=values.index)
    empty = blank(values)
    text = _as_text(values).where(~empty).str.lower()
    text = text.str.replace(_SPACES, "", regex=True).str.rstrip("%")
    multiplier = pd.Series(1.0, index=values.index)
    suffixed = text.str.match(_SUFFIX_RE).fillna(False).astype(bool)
    if suffixed.any():
        parts = text[suffixed].str.extract(_SUFFIX_RE)
        multiplier[suffixed] = parts[1].map(_SUFFIX).astype(float)
        text = text.where(~suffixed, parts[0])
    present = text.dropna()
    has_comma = present.str.contains(",", regex=False)
    has_dot = present.str.contains(".", regex=False)
    if (has_comma & has_dot).any():
        both = present[has_comma & has_dot]
        comma_last = (both.str.rfind(",") > both.str.rfind(".")).mean() >= 0.5
        thousands, decimal = (".", ",") if comma_last else (",", ".")
    elif has_comma.any():
        commas = present[has_comma]
        thousands, decimal = (",", ".") if commas.str.match(_THOUSANDS_COMMA).all() else ("", ",")
    elif has_dot.any() and present[has_dot].str.match(_THOUSANDS_DOT).any():
        thousands, decimal = (".", ",")
    else:
        thousands, decimal = ("", ".")
    if thousands:
        text = text.str.replace(thousands, "", regex=False)
    if decimal == ",":
        text = text.str.replace(",", ".", regex=False)
    parsed = pd.to_numeric(text, errors="coerce").astype("float64") * multiplier
    bad = parsed.isna() & ~empty
    return parsed, bad


def _clean_numbers(values: pd.Series) -> pd.Series | None:
    """A column of plain numbers (the usual case in big files) in one step, or None."""
    try:
        arr = pa.array(values, type=pa.large_string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    for attempt in (arr, None):
        if attempt is None:
            attempt = _arrow(values)  # with spaces or placeholders around
        try:
            return _series(pc.cast(attempt, pa.float64()), values.index, "float64")
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            continue
    return None


def rates(values: pd.Series, *, percent: bool | None = None) -> tuple[pd.Series, pd.Series]:
    """Rates as fractions. ``percent`` True means the source writes percent units (``5.02``).

    When ``percent`` is None the column decides: a ``%`` sign, or any value above 1.5, means
    percent units.

    >>> rates(pd.Series(["4,2%", "0,8%"]))[0].round(4).tolist()
    [0.042, 0.008]
    """
    parsed, bad = numbers(values)
    if percent is None:
        has_sign = values.dtype.kind not in "fiub" and _as_text(values).str.endswith("%").fillna(False).any()
        percent = bool(has_sign or (parsed.abs() > 1.5).any())
    return (parsed / 100 if percent else parsed), bad


def _ru_months_to_en(arr: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """Russian month names as English abbreviations, the year's "г." dropped, by Arrow's regex engine.

    >>> _ru_months_to_en(pa.array(["27 февр. 2025 г.", "1 Сентября"])).to_pylist()
    ['27 Feb 2025', '1 Sep']
    """
    # Dates repeat (a day per row, a post per minute): each distinct cell is rewritten once.
    coded = pc.dictionary_encode(arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr)
    words = coded.dictionary
    for pattern, replacement in _RU_REPLACEMENTS:
        words = pc.replace_substring_regex(words, pattern=pattern, replacement=replacement)
    return pc.take(pc.utf8_trim_whitespace(words), coded.indices)


def _cyrillic(arr: pa.Array | pa.ChunkedArray) -> bool:
    """Whether any cell holds a Cyrillic letter. Every one is written in UTF-8 with a first byte of 0xD0
    or 0xD1: text without either (digits and Latin letters, as most dates are) is not looked at closely."""
    if not (_holds_byte(arr, b"\xd0") or _holds_byte(arr, b"\xd1")):
        return False
    return bool(pc.any(pc.match_substring_regex(arr, "[а-яА-ЯёЁ]")).as_py())


def _day_part(fmt: str) -> str:
    """The part of a format before its time of day: ``%m/%d/%Y %I:%M %p`` → ``%m/%d/%Y``."""
    return re.split(r",? %[HI]", fmt, maxsplit=1)[0]


def _probe(text: pd.Series) -> pd.Series | None:
    """A few cells of each shape the column's cells take (digits as 9, words as a), to see which
    formats can read any of them before trying those on every cell; None when the column is small."""
    present = text.dropna()
    if len(present) <= _PROBE_ABOVE:
        return None
    arr = pa.array(present, type=pa.large_string(), from_pandas=True)
    shape = pc.replace_substring_regex(pc.replace_substring_regex(arr, r"\d", "9"), r"\pL+", "a")
    shapes = pd.Series(shape.to_pandas().to_numpy(), index=present.index)
    return present[shapes.groupby(shapes, sort=False).cumcount() < 8]


_PROBE_ABOVE = 2000


def _unread(probe: pd.Series, fmt: str) -> bool:
    """Whether no cell of the probe reads with ``fmt`` (then the column is not tried with it)."""
    return bool(pd.to_datetime(probe, format=fmt, errors="coerce", utc="%z" in fmt).isna().all())


def _try_format(text: pd.Series, fmt: str, probe: pd.Series | None = None) -> pd.Series:
    if fmt == "ISO8601":
        # Plain ISO dates and timestamps, with or without zone; mixed precision allowed.
        iso = text.where(text.str.match(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$"))
        return pd.to_datetime(iso, format="ISO8601", errors="coerce", utc=True)
    has_zone = "%z" in fmt
    if probe is not None and _unread(probe, fmt):
        parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[s, UTC]" if has_zone else "datetime64[s]")
    else:
        parsed = pd.to_datetime(text, format=fmt, errors="coerce", utc=has_zone)
    if not has_zone:
        # The same order of day, month and year with or without a time, whichever way the time is
        # written: one column, one family. Only the cells still unread are tried again.
        day = _day_part(fmt)
        variants = [day] + [f"{day}{sep}{time}" for time in TIME_FORMATS for sep in (" ", ", ")]
        for variant in variants:
            if variant == fmt or (probe is not None and _unread(probe, variant)):
                continue
            rest = text[parsed.isna() & text.notna()]
            if rest.empty:
                break
            again = pd.to_datetime(rest, format=variant, errors="coerce")
            if again.notna().any():
                parsed = parsed.fillna(again.reindex(parsed.index))
    return parsed if has_zone else parsed.dt.tz_localize("UTC")


UNIX = "unix"  # a format: seconds since the epoch


class Dates(NamedTuple):
    """A date column read: the UTC timestamps, the cells that could not be read, and the years given
    to days written without one (empty when every date had its year)."""

    parsed: pd.Series
    bad: pd.Series
    years: tuple[int, ...] = ()
    format: str | None = None  # the layout chosen for the column, where one was (day/month order shows in it)


def dates(
    values: pd.Series,
    *,
    formats: tuple[str, ...] | None = None,
    tz: str = "UTC",
    reference: date | None = None,
) -> tuple[pd.Series, pd.Series]:
    """Dates and times → (UTC timestamps, mask of unparseable cells): :func:`read_dates` without the years.

    >>> dates(pd.Series(["13.03.2026", "01.04.2026"]))[0].dt.strftime("%Y-%m-%d").tolist()
    ['2026-03-13', '2026-04-01']
    """
    read = read_dates(values, formats=formats, tz=tz, reference=reference)
    return read.parsed, read.bad


def read_dates(
    values: pd.Series,
    *,
    formats: tuple[str, ...] | None = None,
    tz: str = "UTC",
    reference: date | None = None,
) -> Dates:
    """Dates and times → :class:`Dates` (UTC timestamps, mask of unparseable cells, years assumed).

    Naive values are read in the source's zone ``tz``; values with an offset keep their own. One
    format is chosen for the whole column: the first of ``formats`` (or, for generic files, of
    :data:`DATE_FORMATS`) that parses the most cells, so ``03/04/2026`` is decided by the rest of
    the column. Russian month names and Excel serial numbers are understood. Dates without a year
    are given one from ``reference``, the day of the export: none falls after it, and a series of
    days stays a series across New Year (see :func:`_years`); the years given are returned.
    ``formats=(UNIX,)`` reads unix times.

    >>> read_dates(pd.Series(["30 декабря", "31 декабря", "1 января"]), reference=date(2026, 7, 1)).years
    (2025, 2026)
    """
    arr = _arrow(values)  # text cells trimmed, blanks as null: the fast path's input, read once
    empty = (
        pd.Series(pc.is_null(arr).to_numpy(zero_copy_only=False), index=values.index)
        if arr is not None
        else blank(values)
    )
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return Dates(values.dt.tz_convert("UTC"), pd.Series(False, index=values.index))
    if formats == (UNIX,):  # seconds since 1970-01-01 UTC, as databases and APIs write them
        seconds = pd.to_numeric(values, errors="coerce")
        seconds = seconds.where((seconds > 1e8) & (seconds < 1e10))  # 1973 to 2286: anything else is not one
        return Dates(pd.to_datetime(seconds, unit="s", utc=True), seconds.isna() & ~empty)
    if values.dtype.kind == "M":
        return Dates(values.dt.tz_localize(tz).dt.tz_convert("UTC"), pd.Series(False, index=values.index))
    if values.dtype == object and values.dropna().map(lambda v: hasattr(v, "year")).all() and values.notna().any():
        parsed = pd.to_datetime(values, errors="coerce")
        return Dates(parsed.dt.tz_localize(tz).dt.tz_convert("UTC"), parsed.isna() & ~empty)
    numeric = pd.to_numeric(values, errors="coerce") if values.dtype.kind in "fiu" else None
    if numeric is not None:
        serial = pd.Timestamp(EXCEL_EPOCH) + pd.to_timedelta(numeric.where(numeric.between(20000, 80000)), unit="D")
        return Dates(serial.dt.tz_localize(tz).dt.tz_convert("UTC"), serial.isna() & ~empty)
    if arr is None:  # a spreadsheet's mixed cells: as trimmed text
        text = _as_text(values).where(~empty)
        arr = pa.array(text, type=pa.large_string(), from_pandas=True)
    if _cyrillic(arr):  # Russian month names: read as English ones
        arr = _ru_months_to_en(arr)
    fast = _dates_fast(arr, values.index, formats or DATE_FORMATS, int((~empty).sum()))
    if fast is not None:
        quick, quick_format = fast
        if tz != "UTC":
            quick = quick.dt.tz_localize(None).dt.tz_localize(tz, ambiguous="NaT", nonexistent="shift_forward")
        return Dates(quick.dt.tz_convert("UTC"), quick.isna() & ~empty, format=quick_format)
    text = _series(arr, values.index, "string")
    best, best_count, tried, probe, chosen = None, -1, set(), _probe(text), None
    for fmt in formats or DATE_FORMATS:
        if _day_part(fmt) in tried and "%z" not in fmt:
            continue  # the same family, already tried with every time of day
        tried.add(_day_part(fmt))
        parsed = _try_format(text, fmt, probe)
        count = int(parsed.notna().sum())
        if count > best_count:
            best, best_count, chosen = parsed, count, fmt
        if count == int((~empty).sum()):
            break
    if best is None:  # ``formats or DATE_FORMATS`` is never empty: at least one format was tried
        raise ValueError("no date format to try")
    years: tuple[int, ...] = ()
    if reference is not None and best_count < int((~empty).sum()):
        yearless, years = _yearless(text.where(best.isna()), reference)
        if yearless.notna().sum() > 0:
            best = best.fillna(yearless) if best is not None else yearless
    if best is None:
        best = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns, UTC]")
    if tz != "UTC":
        # Parsed as if UTC: reinterpret the wall-clock time in the source's zone.
        naive = best.dt.tz_localize(None)
        best = naive.dt.tz_localize(tz, ambiguous="NaT", nonexistent="shift_forward").dt.tz_convert("UTC")
    serial_like = text.str.fullmatch(r"\d{5}(\.\d+)?").fillna(False).astype(bool)
    if serial_like.any() and best.isna().all():
        numeric = pd.to_numeric(text.where(serial_like), errors="coerce")
        serial = pd.Timestamp(EXCEL_EPOCH) + pd.to_timedelta(numeric, unit="D")
        best = serial.dt.tz_localize(tz).dt.tz_convert("UTC")
    return Dates(best, best.isna() & ~empty, years, chosen if best_count > 0 else None)


def date_examples(formats: tuple[str, ...] | None = None, *, most: int = 8) -> list[str]:
    """How the dates that ``formats`` read look (one day, 16 November 2026 at 18:30), to say what is valid.

    >>> date_examples(("%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M:%S %p"))
    ['11/16/2026 18:30', '11/16/2026 06:30:00 PM']
    """
    day = datetime(2026, 11, 16, 18, 30)
    out: list[str] = []
    for fmt in formats or DATE_FORMATS:
        shown = ["2026-11-16", "2026-11-16 18:30"] if fmt == "ISO8601" else [day.strftime(fmt.replace("%z", "+0300"))]
        out += [s for s in shown if s not in out]
    return out[:most] + (["…"] if len(out) > most else [])


def _dates_fast(
    arr: pa.Array | None, index: pd.Index, formats: tuple[str, ...], present: int
) -> tuple[pd.Series, str] | None:
    """One format that reads every cell of the column (the usual case), without the slow helpers, and
    that format; else None.

    ISO dates go through Arrow's strict parser; other formats through pandas' strict strptime
    (Arrow's would turn 31.02 into 3 March).
    """
    if arr is None or present == 0:
        return None
    trimmed, sample = None, None
    for fmt in formats:
        if "%z" in fmt:
            continue
        if fmt != "ISO8601":
            if sample is None:  # a format that misses one of the first cells is not tried on them all
                sample = pd.Series(pc.drop_null(arr).slice(0, 256).to_pandas(), dtype="string")
            if pd.to_datetime(sample, format=fmt, errors="coerce").isna().any():
                continue
        if fmt == "ISO8601":
            try:
                parsed = _series(pc.cast(arr, pa.timestamp("us")), index)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                continue
        else:
            trimmed = _series(arr, index, "string") if trimmed is None else trimmed
            parsed = pd.to_datetime(trimmed, format=fmt, errors="coerce")
        if int(parsed.notna().sum()) == present:
            return parsed.dt.tz_localize("UTC"), fmt
    return None


def _yearless(text: pd.Series, reference: date) -> tuple[pd.Series, tuple[int, ...]]:
    """Days written without a year, and the years they were given (see :func:`_years`)."""
    # Read in a leap year, so that 29 February is a day; the first format that reads the most days wins.
    readings = [pd.to_datetime(text + " 2000", format=fmt + " %Y", errors="coerce") for fmt in YEARLESS_FORMATS]
    best = max(readings, key=lambda parsed: int(parsed.notna().sum()))
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[s]")
    present = best.notna().to_numpy()
    if not present.any():
        return out.dt.tz_localize("UTC"), ()
    month, day = best[present].dt.month.to_numpy(), best[present].dt.day.to_numpy()
    year = _years(month * 100 + day, reference)
    out[present] = pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": day}), errors="coerce").to_numpy()
    return out.dt.tz_localize("UTC"), tuple(sorted({int(y) for y in year}))


def _years(day: np.ndarray, reference: date) -> np.ndarray:
    """The year of each day (``month * 100 + day``, in file order) written without one.

    A series of days in order (a daily overview, oldest or newest first; posts by time) stays one:
    the newest day takes the last year that puts it on or before the export day ``reference``, and
    walking back to the oldest, the year goes back by one each time the month and day go up. Days
    in no order (posts sorted by views) each take the last year that puts them on or before it.
    Days are in order when at least two steps of less than half a year are taken and all go the
    same way (a step of more can be New Year's).

    >>> _years(np.array([1229, 1230, 1231, 101, 102]), date(2026, 7, 15)).tolist()
    [2025, 2025, 2025, 2026, 2026]
    >>> _years(np.array([1231, 1230, 1229, 302, 301]), date(2026, 7, 15)).tolist()
    [2025, 2025, 2025, 2025, 2025]
    """
    latest = np.where(day <= reference.month * 100 + reference.day, reference.year, reference.year - 1)
    steps = np.diff(day)
    small = steps[np.abs(steps) < 600]
    ups, downs = int((small > 0).sum()), int((small < 0).sum())
    if (ups and downs) or max(ups, downs) < 2:
        return latest  # no order, or too few days to tell: each on its own
    ups = ups > 0
    oldest_first = day if ups else day[::-1]
    newest = (latest if ups else latest[::-1])[-1]
    wraps = (oldest_first[:-1] > oldest_first[1:]).astype(np.int64)
    years = newest - np.append(np.cumsum(wraps[::-1])[::-1], 0)
    return years if ups else years[::-1]


def ids(values: pd.Series) -> pd.Series:
    """Ids as text: stripped of Excel guards (leading space or apostrophe, Meltwater's quotes around
    ``"2008923409527308316"``) and of a ``.0`` tail."""
    if values.dtype.kind in "fi":
        values = values.map(lambda v: f"{v:.0f}" if pd.notna(v) else pd.NA)
    arr = _arrow(values)
    if arr is not None:
        # Most id columns have neither guard: look before rewriting a million strings.
        if _holds_byte(arr, b"'") and pc.any(pc.starts_with(arr, "'")).as_py():
            arr = pc.utf8_ltrim(arr, characters="'")
        if _holds_byte(arr, b'"') and pc.any(pc.starts_with(arr, '"')).as_py():
            arr = pc.utf8_trim(arr, characters='"')
        if _holds_byte(arr, b".") and pc.any(pc.ends_with(arr, ".0")).as_py():
            arr = pc.replace_substring_regex(arr, pattern=r"\.0$", replacement="")
        return _series(arr, values.index, "string")
    text = _as_text(values).str.lstrip("'").str.strip('"')
    text = text.str.replace(r"\.0$", "", regex=True)
    return text.where(~blank(text))


def excel_mangled(values: pd.Series, parsed: pd.Series | None = None) -> pd.Series:
    """Ids that Excel mangled, judged per column: a column is not trusted when Excel wrote some of
    its ids in scientific notation (``1.22158E+17``) or rounded them (``122158000000000000``:
    several ids of 15 digits and more ending in 0000, repeated or most of them). In such a column
    the ids in scientific notation and those of 16 digits and more whose digits after the 15th are
    all 0 (Excel keeps 15) are returned. ``parsed`` is the column's :func:`ids`, when at hand.

    >>> excel_mangled(pd.Series(["5.70306E+17", "570306000000000000", "12345"])).tolist()
    [True, True, False]
    """
    raw = _plain(values)
    none = pd.Series(False, index=values.index)
    parsed = ids(values) if parsed is None else parsed
    arr = _plain(parsed)
    if arr is None or not len(arr):
        return none
    scientific = None
    if raw is None or _holds_byte(raw, b"+"):
        text = (
            _arrow(values) if raw is not None else pa.array(_as_text(values), type=pa.large_string(), from_pandas=True)
        )
        scientific = pc.fill_null(pc.match_substring_regex(text, r"^\d(\.\d+)?[eE]\+\d+$"), False)
        if not pc.any(scientific).as_py():
            scientific = None
    round_tail = pc.fill_null(pc.ends_with(arr, "0000"), False)
    if scientific is None and pc.sum(round_tail).as_py() in (None, 0, 1):
        return none  # the usual case, told at once
    long = pc.fill_null(pc.match_substring_regex(arr, r"^\d{15,}$"), False)
    rounded = pc.and_(long, round_tail)
    count = pc.sum(rounded).as_py() or 0
    repeated = count >= 2 and len(pc.unique(arr.filter(rounded))) < count
    if scientific is None and not (count >= 2 and (repeated or 2 * count >= (pc.sum(long).as_py() or 0))):
        return none
    affected = pc.fill_null(pc.match_substring_regex(arr, r"^\d{15}0+$"), False)
    if scientific is not None:
        affected = pc.or_(affected, scientific)
    return pd.Series(affected.to_numpy(zero_copy_only=False), index=values.index)


def constant(value: str, index: pd.Index) -> pd.Series:
    """A text column holding ``value`` on every row, built by Arrow (no list of a million references, and
    chunks sharing one block: :func:`metrics.schema.repeated`)."""
    return pd.Series(pd.arrays.ArrowStringArray(schema.repeated(value, len(index))), index=index, dtype="string")


def prefixed(prefix: str, values: pd.Series) -> pd.Series:
    """``prefix`` + each text cell (missing cells stay missing)."""
    arr = _plain(values)
    if arr is None:
        return prefix + values.astype("string")
    return _series(pc.utf8_replace_slice(arr, 0, 0, prefix), values.index, "string")


def one_of(values: pd.Series, labels: frozenset[str]) -> pd.Series:
    """Cells that are one of the lower-case ``labels`` in any case, spaces around allowed."""
    return _as_text(values).str.lower().isin(labels).fillna(False).astype(bool)


def blank_or_one_of(values: pd.Series, labels: frozenset[str]) -> tuple[pd.Series, pd.Series]:
    """(:func:`blank`, :func:`one_of`) for a column where both are rare: each cell's first byte, then
    Arrow's regex engine on the cells it leaves, find the few that may be either, and only those are
    looked at closely."""
    arr = _plain(values)
    if arr is None:
        return blank(values), one_of(values, labels)
    if _only_digits(arr):  # a column of ids or counts: nothing to look at closely
        return pd.Series(False, index=values.index), pd.Series(False, index=values.index)
    space = r"[\s\pZ\x0b\x{85}]*"  # what trimming removes
    words = sorted(PLACEHOLDERS | labels, key=len, reverse=True)
    pattern = "(?i)^" + space + "(" + "|".join(re.escape(w) for w in words if w) + ")?" + space + "$"
    empty, labelled = pd.Series(False, index=values.index), pd.Series(False, index=values.index)
    # A cell's first byte rules most out (a date, a name, a number): the regex reads the few it leaves.
    rows = np.flatnonzero(_may_begin(arr, _first_bytes(frozenset(words))))
    if len(rows):
        maybe = pc.fill_null(pc.match_substring_regex(pc.take(arr, pa.array(rows)), pattern), True)
        rows = rows[maybe.to_numpy(zero_copy_only=False)]
    if len(rows):
        few = values.iloc[rows]
        empty.iloc[rows] = blank(few).to_numpy()
        labelled.iloc[rows] = one_of(few, labels).to_numpy()
    return empty, labelled


@cache
def _first_bytes(words: frozenset[str]) -> np.ndarray:
    """A lookup table by byte value: whether a cell that begins with it may be whitespace or one of
    ``words`` in any case (the first byte of each word's lower-, upper- and title-case forms)."""
    table = _space_bytes()[0].copy()
    for word in words:
        for form in (word.lower(), word.upper(), word.title(), word.casefold()):
            if form:
                table[form.encode()[0]] = True
    return table


def _may_begin(arr: pa.Array | pa.ChunkedArray, first: np.ndarray) -> np.ndarray:
    """Per cell, whether it is missing, empty, or begins with a byte ``first`` allows."""
    out = [np.zeros(0, dtype=np.bool_)]
    for chunk in _chunks(arr):
        if not len(chunk):
            continue
        starts, ends, text = _cells(chunk)
        filled = np.greater(ends, starts)
        allowed = ~filled
        if text is not None and filled.any():
            allowed[filled] = first[text[starts[filled]]]
        if chunk.null_count:
            allowed |= chunk.is_null().to_numpy(zero_copy_only=False)
        out.append(allowed)
    return np.concatenate(out)


def contains(values: pd.Series, literal: str) -> pd.Series:
    """Cells holding ``literal`` (missing cells: missing). Arrow's regex engine finds a literal
    several times faster than its plain substring search."""
    arr = _plain(values)
    if arr is None:
        return values.astype("string").str.contains(literal, regex=False)
    return _series(pc.match_substring_regex(arr, re.escape(literal)), values.index, "boolean")


def id_from_link(links: pd.Series) -> pd.Series:
    """A post's id from its permalink: the last path segment (``/posts/980422845355742``, ``/p/AbC/``)."""
    return _as_text(links).str.extract(r"([^/?#]+)/?(?:[?#].*)?$", expand=False)


def counts_are_negative(parsed: pd.Series) -> pd.Series:
    return parsed.lt(0).fillna(False).astype(bool)


def to_int(parsed: pd.Series) -> pd.Series:
    """Counts as nullable integers (a count written as 1777.0 is 1777)."""
    floats = parsed.to_numpy(dtype="float64", na_value=np.nan)
    missing = np.isnan(floats)
    whole = np.round(np.where(missing, 0, floats)).astype("int64")
    return pd.Series(pd.arrays.IntegerArray(whole, missing), index=parsed.index)
