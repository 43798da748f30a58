"""Workbooks (xlsx, xls) opened into sheets of rows, and a sheet's head and body as a table's."""

from __future__ import annotations

import io

import pandas as pd

from metrics.ingest.errors import IngestError
from metrics.ingest.plan import HEAD_ROWS, HeadRows

Sheet = tuple[str, list[list]]  # a sheet's title and its rows of cells


def xlsx_sheets(data: bytes, name: str) -> list[Sheet]:
    """Every sheet of an Excel workbook, its cells' values as Excel last computed them."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken workbook
        raise IngestError("corrupt_xlsx", name, detail=type(exc).__name__) from None
    try:
        return [(sheet.title, [list(r) for r in sheet.iter_rows(values_only=True)]) for sheet in book.worksheets]
    finally:
        book.close()


def xls_sheets(data: bytes, name: str) -> list[Sheet]:
    """Every sheet of an Excel 97–2003 workbook (LinkedIn still names its exports .xls)."""
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
    return sheets


def head_of(rows: list[list]) -> HeadRows:
    """A sheet's first rows, numbered from 1, their cells as text (an empty cell as "")."""
    return [(i + 1, ["" if v is None else str(v) for v in row]) for i, row in enumerate(rows[:HEAD_ROWS])]


def body_of(rows: list[list], line: int, width: int) -> pd.DataFrame:
    """The rows below the header on ``line``, cut or padded to the header's ``width``, as they are."""
    return pd.DataFrame([(list(r) + [None] * width)[:width] for r in rows[line:]], columns=range(width), dtype=object)
