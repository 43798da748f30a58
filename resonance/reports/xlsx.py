"""The report as an Excel workbook (XlsxWriter): a sheet of indicators (value, previous, change, relative
change, 4-period average, AMEC level, unit, formula, denominator), a sheet of the period's mentions, one of
each other table the period holds, and the decisions. Numbers as numbers with formats, dates as dates,
frozen headers and filters.

Formula-safe: a text from an imported file is always written as text (``write_string``), never read as a
formula, so «=HYPERLINK(…)», «@SUM(1)», «+1+1» show as the characters they are and run nothing.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from resonance.i18n import t
from resonance.reports.content import Report

INDICATOR_COLUMNS = (
    "indicator",
    "value",
    "previous",
    "change",
    "change_rel",
    "avg4",
    "level",
    "unit",
    "formula",
    "denominator",
)
MENTION_COLUMNS = ("published_at", "platform", "author", "text", "reach", "sentiment", "sentiment_source", "url")
NUMBER_FORMATS = {"fraction": "0.0%", "index": "+0.00;-0.00", "currency": "#,##0.00", "hours": "0.0", "count": "#,##0"}
WIDTHS = {"indicator": 34, "formula": 60, "denominator": 40, "text": 80, "url": 40, "what": 60, "author": 20}


def _width(name: str) -> int:
    return WIDTHS.get(name, 16)


def write(
    report: Report, path: str | Path | BinaryIO, *, mentions: pd.DataFrame, tables: dict[str, pd.DataFrame], tz: str
) -> None:
    """Write ``report`` with the period's ``mentions`` and other ``tables`` (name → rows) to ``path`` (a file
    name or a binary stream)."""
    import xlsxwriter

    lang = report.lang
    book = xlsxwriter.Workbook(
        str(path) if isinstance(path, (str, Path)) else path,
        {
            "in_memory": True,
            "remove_timezone": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    header = book.add_format({"bold": True, "bg_color": "#EEEEEE", "text_wrap": True, "valign": "top"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    formats = {unit: book.add_format({"num_format": f}) for unit, f in NUMBER_FORMATS.items()}
    relative = book.add_format({"num_format": "+0%;-0%"})

    def sheet(title: str, columns: list[str], labels: list[str]):
        ws = book.add_worksheet(title[:31])
        for c, (name, label) in enumerate(zip(columns, labels, strict=True)):
            ws.write_string(0, c, label, header)
            ws.set_column(c, c, _width(name), wrap if name in ("text", "formula", "denominator", "what") else None)
        ws.freeze_panes(1, 0)
        return ws

    def cell(ws, r: int, c: int, value, fmt=None) -> None:
        """Any value: numbers as numbers, moments and days as dates, everything else as text, never a formula."""
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT or value is pd.NA:
            ws.write_blank(r, c, None)
        elif isinstance(value, (bool,)):
            ws.write_boolean(r, c, value)
        elif isinstance(value, (int, float)):
            ws.write_number(r, c, float(value), fmt)
        elif isinstance(value, pd.Timestamp):
            stamp = value.tz_convert(tz).tz_localize(None) if value.tzinfo else value
            ws.write_datetime(r, c, stamp.to_pydatetime(), when)
        elif isinstance(value, datetime):
            ws.write_datetime(r, c, value.replace(tzinfo=None), when)
        elif isinstance(value, date):
            ws.write_datetime(r, c, datetime(value.year, value.month, value.day), day)
        else:
            ws.write_string(r, c, str(value))

    # Indicators, topic by topic (each once), with their formula.
    ws = sheet(
        t("report.sheet.indicators", lang),
        list(INDICATOR_COLUMNS),
        [t(f"report.col.{c}", lang) for c in INDICATOR_COLUMNS],
    )
    seen: set[str] = set()
    r = 1
    for topic in report.topics:
        for n in topic.numbers:
            if n.id in seen:
                continue
            seen.add(n.id)
            fmt = formats.get(n.unit, formats["count"])
            values = (
                n.label,
                n.value,
                n.previous,
                n.change,
                n.change_rel,
                n.avg4,
                n.level,
                n.unit,
                n.formula,
                n.denominator,
            )
            for c, v in enumerate(values):
                cell(ws, r, c, v, relative if c == 4 else fmt if c in (1, 2, 3, 5) else None)
            r += 1
    ws.autofilter(0, 0, max(r - 1, 1), len(INDICATOR_COLUMNS) - 1)

    # The period's mentions.
    columns = [c for c in MENTION_COLUMNS if c in mentions.columns]
    ws = sheet(t("report.sheet.mentions", lang), columns, [t(f"report.col.{c}", lang) for c in columns])
    rows = (
        mentions[columns].sort_values("published_at", kind="stable") if "published_at" in columns else mentions[columns]
    )
    for r, row in enumerate(rows.itertuples(index=False), start=1):
        for c, (name, value) in enumerate(zip(columns, row, strict=True)):
            if name == "sentiment_source" and isinstance(value, str):
                value = t(f"report.source.{value}", lang)
            cell(ws, r, c, value, formats["count"] if name == "reach" else None)
    ws.autofilter(0, 0, max(len(rows), 1), max(len(columns) - 1, 0))

    # The other tables of the period, as they are.
    for name, frame in tables.items():
        if frame.empty:
            continue
        shown = [c for c in frame.columns if c not in ("source_file", "source_row", "import_id")]
        ws = sheet(t(f"report.sheet.{name}", lang), shown, shown)
        for r, row in enumerate(frame[shown].itertuples(index=False), start=1):
            for c, value in enumerate(row):
                cell(ws, r, c, value)
        ws.autofilter(0, 0, max(len(frame), 1), len(shown) - 1)

    # Decisions: the period before's and this period's, as they stand.
    names = ["period", "what", "who", "due", "status"]
    ws = sheet(t("report.sheet.decisions", lang), names, [t(f"report.col.{c}", lang) for c in names])
    for r, d in enumerate(report.decisions, start=1):
        logged = (
            f"{d.period_start.isoformat()} – {d.period_end.isoformat()}",
            d.what,
            d.who,
            d.due,
            t(f"decision.status.{d.status}", lang),
        )
        for c, value in enumerate(logged):
            cell(ws, r, c, value)
    book.close()
