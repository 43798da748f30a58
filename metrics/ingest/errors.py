"""Problems found in a file: one error type for files that cannot be read, one record per warning.

Each problem has a stable reason ``code``, the file, the row and column where there is one, and typed
parameters; the library says no words. The interface that shows a problem words it in its reader's
language (``resonance.say``), naming the file, row and column. :data:`CODES` lists every code the
reader gives (a known export that holds no table of ours is refused as ``not_a_table.<format id>``),
and :data:`SKIP_REASONS` every reason for rows left out, so that a test can check each has words.
A parameter named ``format`` holds a format id, which the edge says as the format's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeAlias

# A parameter's value: a text or number from the file, or rows left out counted by reason.
Param: TypeAlias = str | int | float | Mapping[str, int]
Params: TypeAlias = dict[str, Param]

# Files that cannot be read at all.
ERRORS = (
    "cannot_open",
    "empty",
    "binary",
    "bad_encoding",
    "corrupt_zip",
    "corrupt_xlsx",
    "bad_xml",
    "xml_no_table",
    "zip_nothing",
    "unknown_layout",
    "mapped_columns_absent",
    "missing_columns",
    "unreadable_dates",
    "unreadable_values",
    "nothing_left",
    "zip_encrypted",
    "archive_entries",
    "archive_expanded",
    "archive_ratio",
    "archive_depth",
    "archive_cells",
    "zip_method",
    "xml_dtd",
    "disk_full",
    "read_stopped",
    "codes_columns",
    "codes_nothing",
)
# Parts of a file read anyway: a value left empty or a row skipped (``_row``), a decision about a column.
WARNINGS = (
    "row_quoted",
    "bad_date",
    "bad_date_row",
    "bad_number",
    "bad_number_row",
    "negative_count",
    "mangled_id",
    "year_assumed",
    "year_assumed_today",
    "total_mismatch",
    "bad_code",
    "code_no_text",
    "implausible_date",
    "number_too_large",
)
CODES = ERRORS + WARNINGS
LIMITS = ("archive_entries", "archive_expanded", "archive_ratio", "archive_depth", "archive_cells")
REFUSED = "not_a_table"  # ``not_a_table.<format id>``: a known export that holds no table of ours

# Rows left out of a table, by reason (``ReadResult.rows_skipped``, the ``reasons`` of ``nothing_left``).
SKIP_REASONS = (
    "empty_row",
    "total_row",
    "cancelled_order",
    "voided_order",
    "unpaid_payment",
    "declined_transaction",
    "not_a_sale",
    "missing_required_value",
    "bad_required_value",
    "not_relevant",
    "support_reply",
    "no_brand_addressed",
)


@dataclass(frozen=True)
class Problem:
    """A warning about part of a file that was read anyway (a skipped row, a dropped value)."""

    code: str
    file: str
    row: int | None = None
    column: str | None = None
    params: Params = field(default_factory=dict)

    def __str__(self) -> str:
        """A technical line in plain English, for logs and tracebacks: where, the code and its parameters.

        >>> str(Problem("bad_date", "sales.csv", 17, "Дата", {"value": "31.02.2026"}))
        "sales.csv, row 17, column «Дата»: bad_date (value='31.02.2026')"
        """
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column «{self.column}»")
        params = ", ".join(f"{name}={value!r}" for name, value in self.params.items())
        return f"{', '.join(where)}: {self.code}" + (f" ({params})" if params else "")


class IngestError(ValueError):
    """A file that cannot be read at all: its :class:`Problem` says why, by code, file, row and column."""

    def __init__(
        self, code: str, file: str, *, row: int | None = None, column: str | None = None, **params: Param
    ) -> None:
        self.problem = Problem(code, file, row, column, params)
        self.headers: list[str] = []  # for an unknown layout: the columns found, to offer a column mapping
        self.header_row: int | None = None
        super().__init__(str(self.problem))

    @property
    def code(self) -> str:
        return self.problem.code

    def __reduce__(self):  # pickled whole (a file read in another process): the problem, not the message
        return (_rebuilt, (self.problem, self.headers, self.header_row))


def _rebuilt(problem: Problem, headers: list[str], header_row: int | None) -> IngestError:
    error = IngestError(problem.code, problem.file, row=problem.row, column=problem.column, **problem.params)
    error.headers, error.header_row = headers, header_row
    return error
