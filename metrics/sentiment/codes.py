"""A team's sentiment codes: read from a file (``Text``, ``Sentiment``, optionally ``Brand``) and matched
to mentions by the text a model judges (a mention's text, else its title) and the brand.

A code is matched on its text with runs of white space made one space and the ends trimmed, so that a
text copied from a spreadsheet (where Excel turns line breaks into ``\\r\\n``) still finds its mention;
the same rule is written once for Python (:func:`text_key`) and once for RE2 (:data:`WHITE_RE2`: DuckDB, Arrow).
A code without a brand applies to a text whoever it mentions; one with a brand to that brand's mention
only, and wins over one without.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from metrics.ingest import sniff, vocab
from metrics.ingest.errors import IngestError, Problem

SENTIMENTS = ("positive", "neutral", "negative")
HEADERS = {
    "text": ("text", "текст", "message", "сообщение", "comment", "комментарий", "mention", "упоминание"),
    "sentiment": ("sentiment", "тональность", "code", "код", "label", "метка", "оценка"),
    "brand": ("brand", "бренд", "марка"),
}
HEADER_ROWS = 20  # the header is looked for in this many first rows
_WHITE = re.compile(r"[\t\n\v\f\r \u00a0]+")
# The same white space for RE2 (DuckDB's and Arrow's regular expressions).
WHITE_RE2 = r"[\t\n\x0B\f\r \x{00A0}]+"


def text_key(text: object) -> str | None:
    """The text a code is matched on: white space runs as one space, ends trimmed (None for no text).

    >>> text_key("  Great\\r\\n coffee ")
    'Great coffee'
    """
    if text is None or (isinstance(text, float) and text != text) or text is pd.NA:
        return None
    key = _WHITE.sub(" ", str(text)).strip(" ")
    return key or None


def sql_text_key(column: str) -> str:
    """:func:`text_key` as a DuckDB expression over ``column``."""
    return f"trim(regexp_replace({column}, '{WHITE_RE2}', ' ', 'g'))"


@dataclass
class CodesFile:
    """The codes read from a file: one row per code (``brand`` missing when the file names none; ``row`` is
    the file's row), and the rows left out with why."""

    file: str
    codes: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)


def _rows(data: bytes, name: str) -> list[list]:
    kind = sniff.container(data, name)
    if kind in ("xlsx", "xls"):
        from metrics.ingest.sheets import xls_sheets, xlsx_sheets

        sheets = (xlsx_sheets if kind == "xlsx" else xls_sheets)(data, name)
        for _, rows in sheets:  # the first sheet with a header of codes
            if _header(rows) is not None:
                return rows
        return sheets[0][1] if sheets else []
    if kind != "text":
        raise IngestError("codes_columns", name, columns="")
    text = sniff.text_table(data, name)
    frame = pd.read_csv(
        io.StringIO(text.text), sep=text.delimiter, header=None, dtype=str, keep_default_na=False, na_filter=False
    )
    return frame.to_numpy().tolist()


def _header(rows: list[list]) -> tuple[int, dict[str, int]] | None:
    """The header's index among ``rows`` and the position of each column it names."""
    for i, row in enumerate(rows[:HEADER_ROWS]):
        cells = [vocab.normalise_header("" if c is None else c) for c in row]
        found = {name: cells.index(h) for name, heads in HEADERS.items() for h in heads if h in cells}
        if "text" in found and "sentiment" in found:
            return i, found
    return None


def read_codes(source: str | Path | bytes, *, name: str | None = None) -> CodesFile:
    """The codes in a CSV, TSV or Excel file (any encoding the importer reads).

    A row without a text, or whose sentiment is not positive, neutral or negative (in English or Russian,
    or 1 / 0 / -1), is left out with a problem naming its row and column; the same text coded twice for
    the same brand keeps the lower row. Raises :class:`IngestError` when the file has no ``Text`` and
    ``Sentiment`` columns or no row left.
    """
    label = name or (Path(source).name if isinstance(source, (str, Path)) else "codes")
    if isinstance(source, (str, Path)):
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise IngestError("cannot_open", label, detail=exc.strerror or type(exc).__name__) from None
    else:
        data = source
    if not data.strip():
        raise IngestError("empty", label)
    rows = _rows(data, label)
    found = _header(rows)
    if found is None:
        first = next((r for r in rows[:HEADER_ROWS] if any(str(c or "").strip() for c in r)), [])
        raise IngestError("codes_columns", label, columns=", ".join(str(c) for c in first if str(c or "").strip()))
    line, position = found
    header = rows[line]
    problems: list[Problem] = []
    kept = []
    for offset, row in enumerate(rows[line + 1 :]):
        number = line + 2 + offset  # the file's row, counted from 1
        cells = list(row) + [None] * (len(header) - len(row))
        if not any(str(c).strip() for c in cells if c is not None):
            continue
        text = text_key(cells[position["text"]])
        raw = cells[position["sentiment"]]
        code = vocab.SENTIMENT.get(vocab.normalise_header("" if raw is None else raw))
        if text is None:
            problems.append(Problem("code_no_text", label, number, str(header[position["text"]])))
            continue
        if code not in SENTIMENTS:
            value = "" if raw is None else str(raw)
            problems.append(Problem("bad_code", label, number, str(header[position["sentiment"]]), {"value": value}))
            continue
        brand = text_key(cells[position["brand"]]) if "brand" in position else None
        kept.append((brand, text, code, number))
    if not kept:
        raise IngestError("codes_nothing", label, count=len(problems))
    codes = pd.DataFrame(kept, columns=["brand", "text", "sentiment", "row"])
    codes = codes.drop_duplicates(["brand", "text"], keep="last").reset_index(drop=True)
    codes["brand"] = codes["brand"].astype(object).where(codes["brand"].notna(), None)
    return CodesFile(label, codes, problems)
