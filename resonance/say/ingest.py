"""What reading a file gave, said in words: problems, rows left out, assumptions, ``inspect --json``.

``metrics.ingest`` returns codes, parameters and values; here they become sentences in the reader's
language, from the tables ``resonance/words/ingest.py`` and ``formats.py``: a problem names its
file, then its row and column, and numbers are written as people write them in that language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from metrics.ingest.errors import IngestError, Param, Problem
from metrics.ingest.progress import Progress
from resonance.i18n import NO_VALUE, format_compact, format_number, format_percent_value, t

if TYPE_CHECKING:
    from metrics.ingest.result import ReadResult

MAX_WARNINGS_SHOWN = 50  # messages in ``inspect --json``; the rest are counted by code


def where(file: str, row: int | None, column: str | None, lang: str) -> str:
    """The file, then the row and the column where there is one.

    >>> where("sales.csv", 17, "Дата", "ru")
    'sales.csv, строка 17, столбец «Дата»'
    """
    parts = [file]
    if row is not None:
        parts.append(t("ingest.where.row", lang, row=row))
    if column is not None:
        parts.append(t("ingest.where.column", lang, column=column))
    return ", ".join(parts)


def skip_reasons(counts: Mapping[str, int], lang: str) -> str:
    """Rows left out, by reason, in words: ``total rows — 5, rows without a date or key — 1``."""
    return ", ".join(f"{t('skip.' + reason, lang)} — {format_number(n, lang)}" for reason, n in counts.items() if n)


def progress(file: str, done: Progress, seconds: float, lang: str) -> str:
    """How far the reading of ``file`` has got after ``seconds``: the share of its bytes, the rows, their
    rate and the time left at that rate; once every byte is taken, the time it took and what follows.

    >>> progress("week.csv", Progress(250, 1000, 30_000), 2.0, "en")
    'week.csv: 25% · ≈30\xa0K rows · 15\xa0K rows/s · 0:06 left'
    >>> progress("week.csv", Progress(1000, 1000, 120_000), 8.0, "ru")
    'week.csv: прочитан за 0:08; проверка и запись…'
    """
    if done.complete:
        return t("progress.finishing", lang, file=file, elapsed=_clock(seconds))
    fraction = done.fraction
    return t(
        "progress.reading",
        lang,
        file=file,
        percent=format_percent_value(fraction, lang, digits=0),
        rows=format_compact(done.rows, lang),
        rate=format_compact(done.rows / seconds, lang) if seconds > 0 else NO_VALUE,
        left=_clock(seconds * (1 - fraction) / fraction) if fraction >= 0.01 and seconds >= 1 else NO_VALUE,
    )


def _clock(seconds: float) -> str:
    """A duration as a clock shows it: ``0:06``, ``12:40``, ``1:02:03``."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_label(format_id: str | None, lang: str) -> str:
    """A format's name for people: ``Daily sales table`` / ``Таблица продаж по дням``; "–" for none."""
    return t(f"format.{format_id}", lang) if format_id else NO_VALUE


def _shown(name: str, value: Param, lang: str) -> object:
    """A parameter as people read it in ``lang``: a format by its name, numbers as written in the
    language (``25 890`` / ``25,890``), rows left out by reason; anything else as it is."""
    if name == "format" and isinstance(value, str):
        return format_label(value, lang)
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool)):
        return format_number(value, lang, digits=0 if float(value).is_integer() else 2)
    if isinstance(value, Mapping):
        return skip_reasons(value, lang)
    return value


def problem(found: Problem | IngestError, lang: str) -> str:
    """A problem (or the problem of a file that could not be read) in words, after where it is.

    >>> problem(Problem("bad_number", "sales.csv", 4, "Выручка", {"value": "много"}), "en")
    'sales.csv, row 4, column «Выручка»: «много» is not a number; the value was left empty.'
    """
    p = found.problem if isinstance(found, IngestError) else found
    params = {name: _shown(name, value, lang) for name, value in p.params.items()}
    return f"{where(p.file, p.row, p.column, lang)}: {t('ingest.' + p.code, lang, **params)}"


def problem_dict(found: Problem | IngestError, lang: str) -> dict:
    """A problem as ``inspect --json`` lists it: code, file, row, column and the message."""
    p = found.problem if isinstance(found, IngestError) else found
    return {"code": p.code, "file": p.file, "row": p.row, "column": p.column, "message": problem(p, lang)}


def assumption(code: str, params: Mapping[str, object], lang: str) -> str:
    """One thing decided about a file rather than read from it (``ReadResult.assumptions``), in words."""
    return t(f"assume.{code}", lang, **params)


def template_csv(table: str, lang: str) -> bytes:
    """The template of ``table`` to fill in, its header in ``lang``: the names its format reads first in
    Russian or in English, so that the file filled in is read back whichever language wrote it."""
    from metrics.ingest.formats.templates import TEMPLATES, csv_file  # the formats: only for a template

    header = [names[0] if lang == "ru" else names[1] for names in TEMPLATES[table].columns.values()]
    return csv_file(table, header)


def inspection(result: ReadResult, lang: str) -> dict:
    """What ``resonance inspect --json`` prints for a file read (a ZIP or workbook adds ``parts``)."""
    if result.parts:
        return _inspection_of_parts(result, [inspection(part, lang) for part in result.parts])
    counts = dict(result.warning_counts) or _count_codes(result.warnings)
    return {
        "file": result.file,
        "format": result.format_id,
        "format_label": format_label(result.format_id, lang) if result.format_id else None,
        "table": result.table,
        "rows": result.rows_read,
        "skipped": dict(result.rows_skipped),
        "warning_counts": counts,
        "warnings": [problem_dict(w, lang) for w in result.warnings[:MAX_WARNINGS_SHOWN]],
        "warnings_not_shown": sum(counts.values()) - min(len(result.warnings), MAX_WARNINGS_SHOWN),
        "unused_columns": list(result.unused_columns),
        "assumed": [
            {"code": code, **params, "message": assumption(code, params, lang)} for code, params in result.assumptions()
        ],
        "totals": list(result.totals),
        "error": problem(result.error, lang) if result.error else None,
        "encoding": result.encoding,
        "delimiter": result.delimiter,
        "header_row": result.header_row,
        "sheet": result.sheet,
        "mapping": None
        if result.mapping is None
        else {"name": result.mapping.name, "table": result.mapping.table, "columns": dict(result.mapping.columns)},
    }


def _inspection_of_parts(result: ReadResult, parts: list[dict]) -> dict:
    """A ZIP or a workbook: its parts' rows, rows left out and warnings added up, a sample of warnings."""
    skipped: dict[str, int] = {}
    counts: dict[str, int] = {}
    for part in parts:
        for reason, count in part["skipped"].items():
            skipped[reason] = skipped.get(reason, 0) + count
        for code, count in part["warning_counts"].items():
            counts[code] = counts.get(code, 0) + count
    unreadable = [
        {"code": "part_unreadable", "file": p["file"], "row": None, "column": None, "message": p["error"]}
        for p in parts
        if p["error"]
    ]
    if unreadable:
        counts["part_unreadable"] = len(unreadable)
    sample = [w for p in parts for w in p["warnings"]] + unreadable
    return {
        "file": result.file,
        "format": sorted({p["format"] for p in parts if p["format"]}),
        "table": sorted({p["table"] for p in parts if p["table"]}),
        "rows": sum(p["rows"] for p in parts),
        "skipped": skipped,
        "warning_counts": counts,
        "warnings": sample[:MAX_WARNINGS_SHOWN],
        "warnings_not_shown": sum(counts.values()) - min(len(sample), MAX_WARNINGS_SHOWN),
        "error": None,
        "parts": parts,
    }


def _count_codes(problems: list[Problem]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for found in problems:
        counts[found.code] = counts.get(found.code, 0) + 1
    return counts
