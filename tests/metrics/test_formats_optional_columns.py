"""Every registered format, read with each of its columns missing in turn.

Real exports often lack a column a format maps: the user's export template left it out, or an
older version of the tool did not write it. A file without an optional column must still be read
(the same format, every row); a file without a column the format cannot do without must be
refused with an ``IngestError`` whose code says so. No read may fail with any other exception.

The files are built from the format entries themselves: the header is the first source name of
each mapped column, the values follow the canonical column's type (dates in a layout the entry
accepts, counts, ids, links). :data:`OVERRIDES` holds what a few formats need besides: a line
above the header, a row of descriptions under it, other header names.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

import openpyxl
import pytest

from metrics import schema
from metrics.ingest import IngestError, read_export
from metrics.ingest.formats import FORMATS, Format
from resonance import say

TODAY = date(2026, 11, 26)
ROWS = 3
# One row a day, on consecutive days: the formats that add up lines to days give as many rows.
DAYS = [datetime(2026, 11, 16 + i, 9, 30, tzinfo=UTC) for i in range(ROWS)]
IDS = ["1866654321987654401", "1866654321987654402", "1866654321987654403"]

# Text values by canonical column, where the name says more than the type; a function of the row.
TEXT = {
    "url": lambda i: f"https://twitter.com/x/status/{IDS[i]}",
    "post_id": lambda i: IDS[i],
    "mention_key": lambda i: IDS[i],
    "_resource_id": lambda i: f"t3_abc{i}",
    "_account_id": lambda i: "17841400000000001",
    "_page_id": lambda i: "100000000000001",
    "platform": lambda i: ("Twitter", "VK", "Facebook")[i],
    "sentiment": lambda i: ("positive", "neutral", "negative")[i],
    "_sentiment": lambda i: ("positive", "neutral", "negative")[i],
    "kind": lambda i: "post",
    "query": lambda i: "Зерно (бренд)",
    "brand": lambda i: "Зерно",
    "currency": lambda i: "RUB",
    "channel": lambda i: "TV",
    "language": lambda i: "ru",
    "format": lambda i: "Photo",
    "account": lambda i: "zerno",
    "author": lambda i: f"author_{i}",
    "title": lambda i: f"Заголовок {i}",
    "text": lambda i: f"Лучший раф на районе, день {i + 1}",
    "_opening_text": lambda i: f"Зерно открылось на Лесной, день {i + 1}",
    "name": lambda i: f"Флайт {i + 1}",
    "target_audience": lambda i: "городские жители 20–40 лет",
    "_day": lambda i: DAYS[i].strftime("%d-%b-%y"),
    "_time": lambda i: DAYS[i].strftime("%I:%M %p"),
    "_order": lambda i: f"#100{i + 1}",
    "_status": lambda i: "paid",
    "_email": lambda i: f"ann{i}@example.com",
    "_doc_type": lambda i: "Продажа",
    "_type": lambda i: "Доставка покупателю",
    "_cancelled": lambda i: "",  # an order that was not cancelled
}

# Lines of a Brandwatch report above its header (the real files have them, CSV and XLSX).
BRANDWATCH_PREAMBLE = [
    ["Report:", "Bulk Mentions Download"],
    ["Brand:", "Зерно"],
    ["From:", "2026-11-16 00:00:00"],
    ["To:", "2026-11-22 23:59:59"],
    ["Label:"],
    [],
]

# What a format needs besides its columns: ``preamble`` lines above the header, a ``description``
# row under it (legacy Facebook Insights), ``candidate``: which source name of each column to use.
OVERRIDES: dict[str, dict] = {
    "brandwatch_mentions": {"preamble": BRANDWATCH_PREAMBLE},
    "mbs_daily_series": {"preamble": [["Facebook follows"]]},
    "fb_insights_posts": {"description": "Lifetime: The total number of times"},
    "fb_insights_page": {"description": "Daily: The number of people"},
    "generic_audience": {"candidate": 1},  # its Russian names are a Telegram statistics file's
    "awin_transactions": {"text": {"_type": "sale", "_status": "approved"}},  # a sale the network approved
    "stripe_payments": {"text": {"_status": "Paid"}},
    "mbs_audience": {"preamble": [["Age & gender"]]},
    "sentirueval_tweets": {"extra": {"sberbank": "1", "vtb": "NULL"}},  # one column per brand
}

# Formats whose files come as workbooks too: read once more as XLSX.
XLSX = (
    "brandwatch_mentions",
    "talkwalker_mentions",
    "wildberries_realisation",
    "ozon_accruals",
    "linkedin_posts",
    "linkedin_metrics",
    "activities_template",
)


def _value(fmt: Format, canonical: str, i: int) -> object:
    """A plausible value of ``canonical`` in row ``i``: a number as a number, anything else as text."""
    dtype = fmt.dtype(canonical)
    if dtype in (schema.TS, schema.DATE):
        layout = (fmt.date_formats.get(canonical) or ("ISO8601",))[0]
        if layout == "unix":
            return str(int(DAYS[i].timestamp()))
        return DAYS[i].strftime("%Y-%m-%d %H:%M:%S" if layout == "ISO8601" else layout)
    if canonical in fmt.percent:
        return f"{4 + i},5%"
    if dtype == schema.FLOAT:
        return 1200.5 + i
    if dtype == schema.INT:
        return 10 + i
    if canonical in OVERRIDES.get(fmt.id, {}).get("text", {}):
        return OVERRIDES[fmt.id]["text"][canonical]
    if canonical in TEXT:
        return TEXT[canonical](i)
    if canonical.startswith("_"):
        return 12 + i  # a helper the finish step parses itself: a count
    return f"{canonical} {i + 1}"


def columns(fmt: Format) -> dict[str, str]:
    """Source header → the canonical column that gives its values (the first that maps it)."""
    pick = OVERRIDES.get(fmt.id, {}).get("candidate", 0)
    out: dict[str, str] = {}
    for canonical, candidates in fmt.columns.items():
        out.setdefault(candidates[min(pick, len(candidates) - 1)], canonical)
    return out


def signature_headers(fmt: Format) -> set[str]:
    """Headers that hold a signature column (a header mapped twice counts once, as signature)."""
    pick = OVERRIDES.get(fmt.id, {}).get("candidate", 0)
    return {fmt.columns[c][min(pick, len(fmt.columns[c]) - 1)] for c in fmt.signature}


def rows(fmt: Format, without: str | None = None, blank: str | None = None) -> list[list]:
    """The file's rows: preamble lines, the header, a description row if any, the data rows.

    ``without`` leaves a column out; ``blank`` keeps its header with no value in any row.
    """
    override = OVERRIDES.get(fmt.id, {})
    mapped = {h: c for h, c in columns(fmt).items() if h != without}
    out = [list(line) for line in override.get("preamble", [])]
    extra = override.get("extra", {})
    out.append(list(mapped) + list(extra))
    if "description" in override:
        out.append(["" if not c.startswith("_") else f"{override['description']} ({h})" for h, c in mapped.items()])
    out += [
        ["" if h == blank else _value(fmt, c, i) for h, c in mapped.items()] + list(extra.values()) for i in range(ROWS)
    ]
    return out


def as_csv(table: list[list]) -> bytes:
    lines = []
    for row in table:
        cells = [str(v) for v in row]
        lines.append(",".join(f'"{c}"' if any(ch in c for ch in ',"\n') else c for c in cells))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def as_xlsx(table: list[list]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Mentions"
    for row in table:
        sheet.append([None if v == "" else v for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def read(data: bytes, name: str):
    return read_export(data, name=name, today=TODAY, tz="Europe/Moscow")


CASES = [(fmt, kind) for fmt in FORMATS if not fmt.refuse for kind in ("csv",) + (("xlsx",) if fmt.id in XLSX else ())]
REFUSED = [pytest.param(fmt, id=fmt.id) for fmt in FORMATS if fmt.refuse]


def _cases(which: str) -> list:
    """(format, csv or xlsx, header) for the ``optional`` headers, the ``signature`` ones, or ``all``."""
    out = []
    for fmt, kind in CASES:
        signature = signature_headers(fmt)
        for header in columns(fmt):
            if which == "all" or (header in signature) == (which == "signature"):
                out.append(pytest.param(fmt, kind, header, id=f"{fmt.id}-{kind}-{header}"))
    return out


def _build(fmt: Format, kind: str, without: str | None = None, blank: str | None = None) -> tuple[bytes, str]:
    table = rows(fmt, without, blank)
    return (as_xlsx(table), f"{fmt.id}.xlsx") if kind == "xlsx" else (as_csv(table), f"{fmt.id}.csv")


def test_every_format_that_needs_lines_above_its_header_gets_them_here():
    assert [f.id for f in FORMATS if f.preamble and not OVERRIDES.get(f.id, {}).get("preamble")] == []


@pytest.mark.parametrize("fmt, kind", [pytest.param(f, k, id=f"{f.id}-{k}") for f, k in CASES])
def test_a_whole_file_is_read_as_its_format_with_every_row(fmt, kind):
    result = read(*_build(fmt, kind))
    assert (result.format_id, result.table, result.rows_read) == (fmt.id, fmt.table, ROWS)


@pytest.mark.parametrize("fmt", REFUSED)
def test_a_layout_known_to_hold_no_table_is_refused_with_its_own_reason(fmt):
    with pytest.raises(IngestError) as refused:
        read(*_build(fmt, "csv"))
    assert refused.value.code == f"not_a_table.{fmt.id}"
    assert re.search(r"\b(upload|export)\b", say.problem(refused.value, "en"), re.I)  # and what to use instead


@pytest.mark.parametrize("fmt, kind, header", _cases("optional"))
def test_a_file_without_an_optional_column_is_read_or_refused_with_a_reason(fmt, kind, header):
    try:
        result = read(*_build(fmt, kind, without=header))
    except IngestError as exc:
        # Only a column every row needs may be missed, and the refusal says which.
        assert columns(fmt)[header] in schema.TABLES[fmt.table].required, exc
        assert exc.code == "missing_columns", exc
        return
    assert (result.format_id, result.table, result.rows_read) == (fmt.id, fmt.table, ROWS)


@pytest.mark.parametrize("fmt, kind, header", _cases("signature"))
def test_a_file_without_a_signature_column_is_another_format_or_refused(fmt, kind, header):
    try:
        result = read(*_build(fmt, kind, without=header))
    except IngestError as exc:
        # Unknown, lacking a column, or another layout known to hold no table (YouTube's views by day).
        assert exc.code in ("unknown_layout", "missing_columns") or exc.code.startswith("not_a_table."), exc
        return
    assert result.format_id not in (None, fmt.id) and result.table is not None


@pytest.mark.parametrize("fmt, kind, header", _cases("all"))
def test_a_column_with_no_values_is_read_or_refused_with_a_reason(fmt, kind, header):
    try:
        result = read(*_build(fmt, kind, blank=header))
    except IngestError as exc:
        # A column every row needs, or one that decides which rows count (a payment's status).
        assert exc.code in ("missing_columns", "nothing_left"), exc
        return
    assert (result.format_id, result.table) == (fmt.id, fmt.table)
    if header not in signature_headers(fmt):
        assert result.rows_read == ROWS
