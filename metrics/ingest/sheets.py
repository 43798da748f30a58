"""Workbooks (xlsx, xls) opened into sheets of rows, and a sheet's head and body as a table's."""

from __future__ import annotations

import io
import zipfile

import pandas as pd

from metrics.ingest.errors import IngestError
from metrics.ingest.options import Limits
from metrics.ingest.plan import HEAD_ROWS, HeadRows
from metrics.ingest.sniff import within_limits

Sheet = tuple[str, list[list]]  # a sheet's title and its rows of cells


def xlsx_sheets(data: bytes, name: str, limits: Limits | None = None) -> list[Sheet]:
    """Every sheet of an Excel workbook, its cells' values as Excel last computed them.

    A workbook is a ZIP: one past ``limits`` (its files, their expanded bytes, a file expanding more than
    the ratio) is refused before it is opened, and one whose sheets hold more than ``limits.cells``
    cells as soon as it does (a sheet without a ``<dimension>`` says its size only as it is read)."""
    import openpyxl

    limits = limits or Limits()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            within_limits(zf.infolist(), name, limits)
            _without_dtd(zf, name)
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except IngestError:
        raise
    except Exception as exc:  # openpyxl raises many types for a broken workbook
        raise IngestError("corrupt_xlsx", name, detail=type(exc).__name__) from None
    cells = 0
    sheets: list[Sheet] = []
    try:
        for sheet in book.worksheets:
            rows = []
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
                if cells > limits.cells:
                    raise IngestError("archive_cells", name, value=cells, maximum=limits.cells)
                rows.append(list(row))
            sheets.append((sheet.title, rows))
        return sheets
    except IngestError:
        raise
    except Exception as exc:  # a sheet's XML that cannot be read (a DTD, broken markup)
        raise IngestError("corrupt_xlsx", name, detail=type(exc).__name__) from None
    finally:
        book.close()


DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY")


def _without_dtd(zf: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook whose XML declares a DTD: Excel never writes one, and its entities can expand a
    few bytes into gigabytes ("billion laughs") or name files of this computer. The prolog is where a
    DTD must stand, so the first 4 KB of each part are enough (read, not the part)."""
    for info in zf.infolist():
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        with zf.open(info) as part:
            head = part.read(4096)
        if any(mark in head for mark in DTD_MARKS):
            raise IngestError("xml_dtd", name, part=info.filename)


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
