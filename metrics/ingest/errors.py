"""Problems found in a file: one error type for files that cannot be read, one record per warning.

Each problem has a stable reason ``code``; the message is looked up in the translation table
(``ingest.<code>``) so the same problem reads well in Russian and in English, and always names the
file, and the row and column where there is one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resonance import i18n


def _where(file: str, row: int | None, column: str | None, lang: str) -> str:
    parts = [file]
    if row is not None:
        parts.append(i18n.t("ingest.where.row", lang, row=row))
    if column is not None:
        parts.append(i18n.t("ingest.where.column", lang, column=column))
    return ", ".join(parts)


def skip_reasons(counts: dict[str, int], lang: str) -> str:
    """Rows left out, by reason, in words: ``total rows — 5, rows without a date or key — 1``."""
    return ", ".join(f"{i18n.t('skip.' + reason, lang)} — {i18n.format_number(n, lang)}"
                     for reason, n in counts.items() if n)


def _shown(value: object, lang: str) -> object:
    """Numbers as people write them in ``lang`` (``25 890`` / ``25,890``); anything else as it is."""
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool)):
        return i18n.format_number(value, lang, digits=0 if float(value).is_integer() else 2)
    if isinstance(value, dict):  # rows left out, by reason
        return skip_reasons(value, lang)
    return value


@dataclass(frozen=True)
class Problem:
    """A warning about part of a file that was read anyway (a skipped row, a dropped value)."""

    code: str
    file: str
    row: int | None = None
    column: str | None = None
    params: dict = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        params = {k: _shown(v, lang) for k, v in self.params.items()}
        return f"{_where(self.file, self.row, self.column, lang)}: {i18n.t('ingest.' + self.code, lang, **params)}"

    def as_dict(self, lang: str = "en") -> dict:
        return {"code": self.code, "file": self.file, "row": self.row, "column": self.column,
                "message": self.message(lang)}


class IngestError(ValueError):
    """A file that cannot be read at all; ``message(lang)`` says why and what would be valid."""

    headers: list[str] = []  # for an unknown layout: the columns found, to offer a column mapping
    header_row: int | None = None

    def __init__(self, code: str, file: str, *, row: int | None = None, column: str | None = None, **params):
        self.problem = Problem(code, file, row, column, params)
        super().__init__(self.problem.message("en"))

    @property
    def code(self) -> str:
        return self.problem.code

    def message(self, lang: str = "en") -> str:
        return self.problem.message(lang)
