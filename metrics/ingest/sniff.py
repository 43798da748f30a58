"""Look at a file's bytes and decide how to read it: container, encoding, delimiter.

The order is fixed: container (magic bytes, never the extension), then encoding (BOM, strict
UTF-8, Windows-1251 when the text reads as Russian, Windows-1252 when it reads as a Latin-script
language such as an English export with ``Montréal`` or ``Page’s``; never a silent fall-back to
Latin-1), then rows that Excel wrapped in quotes (:func:`row_quoted`), then an Excel ``sep=``
line, then the delimiter.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass

from metrics.ingest.errors import IngestError
from metrics.ingest.options import Limits

# A text of a post or a page of a news story can be longer than the csv module's 131,072 characters a cell.
csv.field_size_limit(2**31 - 1)

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DELIMITERS = (",", ";", "\t", "|")
SAMPLE_LINES = 60  # physical lines the delimiter is judged on
_CYRILLIC = re.compile("[а-яёА-ЯЁ]")
_LATIN = re.compile("[a-zA-Z]")


def container(data: bytes, name: str) -> str:
    """``zip``, ``xlsx``, ``xls``, ``xml`` or ``text``, decided by magic bytes (an XML declaration or a
    first tag, never the extension)."""
    if data.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = zf.namelist()
        except zipfile.BadZipFile as exc:
            raise IngestError("corrupt_zip", name, detail=str(exc)) from None
        return "xlsx" if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names) else "zip"
    if data.startswith(OLE_MAGIC):
        return "xls"
    if data.startswith(b"PK"):
        raise IngestError("corrupt_zip", name, detail="truncated")
    start = data[:512].lstrip(codecs.BOM_UTF8 + b" \t\r\n")
    if start.startswith(b"<?xml") or (
        re.match(rb"<[A-Za-z_][\w.:-]*[\s>/]", start) and not re.match(rb"<html", start, re.I)
    ):
        return "xml"
    return "text"


MEGABYTE = 1 << 20
CHUNK = 1 << 20  # bytes taken out of an archive at a time, counted as they come


def zip_entries(data: bytes, name: str, limits: Limits | None = None) -> list[tuple[str, bytes | IngestError]]:
    """The readable entries of a ZIP: no folders, no ``__MACOSX/`` shadows, no hidden files. An entry that
    cannot be taken out (a password, a compression method Python does not have, damaged data) is its
    problem, the others are read. An archive past ``limits`` (entries, expanded bytes declared or read,
    compression ratio) is refused before, or as soon as, it goes past them: see :func:`within_limits`."""
    limits = limits or Limits()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = [
                info
                for info in zf.infolist()
                if not (
                    info.is_dir()
                    or info.filename.startswith("__MACOSX/")
                    or info.filename.rsplit("/", 1)[-1].startswith(".")
                    or not info.filename.rsplit("/", 1)[-1]
                )
            ]
            within_limits(infos, name, limits)
            entries: list[tuple[str, bytes | IngestError]] = []
            taken = [0]
            for info in infos:
                entries.append((info.filename, _entry(zf, info, f"{name}/{info.filename}", name, limits, taken)))
            return entries
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise IngestError("corrupt_zip", name, detail=str(exc)) from None


def within_limits(infos: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    """Refuse an archive whose directory already says it goes past ``limits``: too many files, too many
    bytes once expanded, or a file that expands more than ``limits.ratio`` times (a bomb)."""
    if len(infos) > limits.entries:
        raise IngestError("archive_entries", name, value=len(infos), maximum=limits.entries)
    declared = sum(info.file_size for info in infos)
    if declared > limits.expanded:
        raise IngestError("archive_expanded", name, value=declared // MEGABYTE, maximum=limits.expanded // MEGABYTE)
    for info in infos:
        if info.file_size > MEGABYTE and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise IngestError(
                "archive_ratio",
                f"{name}/{info.filename}",
                value=info.file_size // max(info.compress_size, 1),
                maximum=limits.ratio,
            )


def _entry(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, name: str, limits: Limits, taken: list[int]
) -> bytes | IngestError:
    """An entry's bytes, taken out a chunk at a time and counted: the archive is refused the moment the
    bytes actually taken out go past ``limits.expanded`` (its directory may understate them)."""
    if info.flag_bits & 0x1:
        return IngestError("zip_encrypted", label)
    try:
        parts = []
        with zf.open(info) as stream:
            while chunk := stream.read(CHUNK):
                taken[0] += len(chunk)
                if taken[0] > limits.expanded:
                    raise IngestError(
                        "archive_expanded",
                        name,
                        value=taken[0] // MEGABYTE,
                        maximum=limits.expanded // MEGABYTE,
                    )
                parts.append(chunk)
        return b"".join(parts)
    except NotImplementedError:
        return IngestError("zip_method", label, method=int(info.compress_type))
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError) as exc:
        return IngestError("corrupt_zip", label, detail=str(exc)[:200])


def xml_tables(data: bytes, name: str) -> list[tuple[str, list[list]]]:
    """The tables in an XML file, as a header row and value rows each, by table name.

    A row is an element whose two or more children hold only text; a cell's column is its ``name``
    attribute (phpMyAdmin's ``<column name="id">``) or its tag. Rows are grouped by their tag and
    ``name`` (phpMyAdmin's ``<table name="…">``). ``NULL`` is an empty cell, as phpMyAdmin writes it.
    Document types and entities are refused: a table needs neither, and they can fetch files or
    expand without end.
    """
    import xml.etree.ElementTree as ET

    if re.search(rb"<!(DOCTYPE|ENTITY)", data[: 1 << 16]) or b"<!ENTITY" in data:
        raise IngestError("bad_xml", name, detail="a document type or entities")
    tables: dict[tuple[str, str], tuple[dict[str, int], list[dict[str, str | None]]]] = {}
    try:
        for _, element in ET.iterparse(io.BytesIO(data), events=("end",)):
            children = list(element)
            if len(children) < 2 or any(len(child) for child in children):
                continue
            key = (element.tag.rsplit("}", 1)[-1], element.get("name") or "")
            columns, rows = tables.setdefault(key, ({}, []))
            row = {}
            for child in children:
                column = child.get("name") or child.tag.rsplit("}", 1)[-1]
                columns.setdefault(column, len(columns))
                text = child.text
                row[column] = None if text is None or text == "NULL" else text
            rows.append(row)
            element.clear()
    except ET.ParseError as exc:
        raise IngestError("bad_xml", name, detail=str(exc)) from None
    out = []
    for (tag, table), (columns, rows) in tables.items():
        header = list(columns)
        out.append((table or tag, [header] + [[row.get(c) for c in header] for row in rows]))
    if not out:
        raise IngestError("xml_no_table", name)
    return out


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    return b"\x00" in head and utf16_codec(head) is None


# Characters text has that binary data read as UTF-16 gives too: controls other than tabs and line ends,
# unassigned code points, private use, and unpaired surrogates.
_NOT_TEXT = frozenset({"Cc", "Cn", "Co", "Cs"})


def utf16_without_bom(head: bytes) -> str | None:
    """The codec of UTF-16 text written without a byte-order mark (``utf-16-le`` or ``utf-16-be``), judged
    by the first 4 KB; None for anything else (UTF-8, 8-bit text, binary data).

    Such text has zero bytes on one side of its characters only (digits, punctuation, Latin letters and
    line ends have a zero high byte; Cyrillic ones 0x04), and read that way it is text: a line end and no
    control, unassigned or private-use characters.

    >>> utf16_without_bom("Дата,Охват\\n2026-11-16,1200\\n".encode("utf-16-le"))
    'utf-16-le'
    >>> utf16_without_bom("date,reach\\n".encode("utf-16-be"))
    'utf-16-be'
    >>> utf16_without_bom(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR"), utf16_without_bom("date,reach\\n".encode())
    (None, None)
    """
    sample = head[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    zeros = (sample[0::2].count(0), sample[1::2].count(0))  # (even, odd) positions
    if max(zeros) == 0 or min(zeros) * 20 > max(zeros):
        return None
    codec = "utf-16-le" if zeros[1] > zeros[0] else "utf-16-be"
    try:  # the sample may end inside a surrogate pair: not final
        text = codecs.getincrementaldecoder(codec)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None
    if "\n" not in text and "\r" not in text:
        return None
    if any(unicodedata.category(c) in _NOT_TEXT and c not in "\t\r\n" for c in text):
        return None
    return codec


def utf16_codec(head: bytes) -> str | None:
    """How UTF-16 text is decoded: ``utf-16`` when a byte-order mark says so, ``utf-16-le`` or ``utf-16-be``
    when its bytes do (:func:`utf16_without_bom`); None for any other text or data. UTF-16 text is decoded
    whole, not by its head."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return utf16_without_bom(head)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was in: utf-16 (by BOM), utf-16-le or utf-16-be (without one: see
    :func:`utf16_without_bom`), utf-8-sig, utf-8, cp1251 or cp1252."""
    codec = utf16_codec(data)
    if codec is not None:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as exc:
            raise IngestError("bad_encoding", name, detail=str(exc)) from None
    if looks_binary(data):
        raise IngestError("binary", name)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise IngestError("bad_encoding", name, detail=str(exc)) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy(data, name, data[:HEAD_BYTES]), _legacy_encoding(data[:HEAD_BYTES], name)


UNKNOWN_ENCODING = "not UTF-8, UTF-16, Windows-1251 or Windows-1252"
# What Windows-1252 text holds beyond ASCII letters: punctuation and symbols an export may have.
_LATIN_SYMBOLS = set("’‘“”‚„–—…•€™°«»·§©®±×÷¢£¥¿¡\u00a0\u00ad")
# ... and the accented letters of Western European languages, with š and ž of place names in English exports
# (``Niš``; Windows-1250 has them on the same bytes); Š, Ž and ƒ are other code pages' letters read wrong.
_LATIN_LETTERS = {chr(c) for c in range(0xC0, 0x100)} - set("×÷") | set("ŒœŸšž")


def _legacy_encoding(head: bytes, name: str) -> str:
    """The 8-bit Windows code page the bytes are in: 1251 when they read as Russian, 1252 when they
    read as a Latin-script language; else the file is refused (it would be read wrong)."""
    text = head.decode("cp1251", errors="replace")
    if "\ufffd" not in text and _reads_as_russian(text):
        return "cp1251"
    try:
        text = head.decode("cp1252")
    except UnicodeDecodeError:
        raise IngestError("bad_encoding", name, detail=UNKNOWN_ENCODING) from None
    if not _reads_as_latin(text):
        raise IngestError("bad_encoding", name, detail=UNKNOWN_ENCODING)
    return "cp1252"


def _legacy(data: bytes, name: str, head: bytes) -> str:
    try:
        return data.decode(_legacy_encoding(head, name))
    except UnicodeDecodeError as exc:
        raise IngestError("bad_encoding", name, detail=str(exc)) from None


def _reads_as_latin(text: str) -> bool:
    """Windows-1252 also decodes nearly any byte, so check the result: accented letters sit inside
    Latin words (``Montréal``, ``Qualité``) and the other characters beyond ASCII are punctuation.

    Russian read as Windows-1252 gives words of accented letters only (``Àðãóìåíòû``).
    """
    extra = [c for c in text if not c.isascii()]
    if any(c not in _LATIN_LETTERS and c not in _LATIN_SYMBOLS for c in extra):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]
    foreign = sum(1 for w in words if sum(not c.isascii() for c in w) * 2 > len(w))
    return foreign <= 0.2 * len(words)


def _reads_as_russian(text: str) -> bool:
    """Windows-1251 decodes any byte, so check the result: Russian words are Cyrillic throughout.

    A Latin-1 file read as Windows-1251 gives Cyrillic letters inside Latin words (``Cafй``).
    """
    words = [w for w in re.findall(r"[^\W\d_]+", text) if _CYRILLIC.search(w)]
    if not words:
        return False
    mixed = sum(1 for w in words if _LATIN.search(w))
    return mixed / len(words) < 0.3


# A line that is one quoted field: a whole CSV row that Excel took for one cell and quoted on saving.
_WRAPPED = re.compile(r'"(?:[^"\n]|"")*"')
_WRAPPED_LINE = re.compile(r'^"((?:[^"\n]|"")*)"(\r?)$', re.M)


def row_quoted(text: str) -> bool:
    """Whether Excel wrapped the table's rows in quotes: a CSV opened as one column (the list separator
    being ``;``) and saved again, so that each line holding a quote became one quoted cell, its quotes
    doubled (``"4388,,1910,""Restaurant Vintage"",…"``), and the other lines (a caption's second
    line) stayed as they were. The first line, the header, is such a cell and holds several columns.
    """
    lines = [
        line.rstrip("\r")
        for line in text.split("\n", 200)[:200]
        if line.strip() and not re.fullmatch(r'"?sep=.?"?\r?', line)
    ]
    if len(lines) < 2 or not _WRAPPED.fullmatch(lines[0]) or '""' not in lines[0]:
        return False
    header = lines[0][1:-1].replace('""', '"')
    cells = max(len(next(csv.reader([header], delimiter=d), [])) for d in DELIMITERS)
    return cells >= 2 and sum(1 for line in lines[1:] if _WRAPPED.fullmatch(line)) >= 1


def unwrap_rows(text: str) -> str:
    """The table as it was before Excel wrapped its rows: each wrapped line's quotes undone."""
    return _WRAPPED_LINE.sub(lambda m: m.group(1).replace('""', '"') + m.group(2), text)


def split_sep_line(text: str) -> tuple[str, str | None]:
    """Strip Excel's ``sep=X`` first line; return the rest and ``X`` (or None)."""
    first, _, rest = text.partition("\n")
    m = re.fullmatch(r'"?sep=(.)"?\r?', first.strip("\ufeff"))
    if m:
        return rest, m.group(1)
    return text, None


def delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most rows of one width (quote-aware).

    Records are read by the CSV rules, so a delimiter inside quotes (``&amp;`` in a tweet, a comma
    in a title) does not count, and a quoted value's own lines (one may start with ``#``) stay in
    it. Comment lines (``#``, Google Analytics) are skipped only above the table. The width most
    records share wins, then the wider table; the last record may be cut off by the sample and is
    not counted.
    """
    lines = text.split("\n")
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].startswith("#")):
        start += 1
    cut = lines[start : start + SAMPLE_LINES]
    sample = "\n".join(cut)
    best, best_score = ",", -1.0
    for d in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample), delimiter=d) if r]
        except csv.Error:
            continue
        if start + SAMPLE_LINES < len(lines) and len(rows) > 1:
            rows = rows[:-1]
        widths = Counter(len(r) for r in rows if len(r) >= 2)
        if not widths:
            continue
        width, agree = max(widths.items(), key=lambda item: (item[1], item[0]))
        score = agree / len(rows) * 10 + min(width, 50) / 50
        if score > best_score:
            best, best_score = d, score
    return best


@dataclass
class Text:
    """A decoded text table: the text, how it was decoded, and its delimiter."""

    text: str
    encoding: str
    delimiter: str
    preamble_sep: bool
    row_quoted: bool = False


def text_table(data: bytes, name: str) -> Text:
    text, encoding = decode(data, name)
    if not text.strip():
        raise IngestError("empty", name)
    wrapped = row_quoted(text)
    if wrapped:
        text = unwrap_rows(text)
    text, sep = split_sep_line(text)
    return Text(text, encoding, sep or delimiter(text), sep is not None, wrapped)


HEAD_BYTES = 1 << 20


@dataclass
class Head:
    """What the first megabyte says about a text table: its encoding and the head decoded."""

    text: str
    encoding: str  # "utf-8" (checked in full later), "cp1251", "cp1252", "utf-16", "utf-16-le" or "utf-16-be"
    bom: int  # bytes of byte-order mark before the text
    complete: bool  # the head is the whole file
    row_quoted: bool = False  # Excel wrapped the rows in quotes: the text is given unwrapped


def head_text(data: bytes, name: str, *, complete: bool = True) -> Head:
    """Decode the head of a text table without decoding the whole file (which may be 300 MB).

    ``data`` is the file's first bytes (the whole of a UTF-16 file: :func:`utf16_codec`); ``complete`` says it is
    all of it.
    """
    head = _head_text(data, name, complete=complete)
    if row_quoted(head.text):
        head.text, head.row_quoted = unwrap_rows(head.text), True
    return head


def _head_text(data: bytes, name: str, *, complete: bool) -> Head:
    if utf16_codec(data) is not None:
        text, encoding = decode(data, name)
        return Head(text, encoding, 0, True)
    head = data[:HEAD_BYTES]
    if not complete:
        head = head[: head.rfind(b"\n") + 1] or head
    if looks_binary(head):
        raise IngestError("binary", name)
    bom = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
    try:
        text = head[bom:].decode("utf-8")
        return Head(text, "utf-8", bom, complete)
    except UnicodeDecodeError:
        if bom:
            raise IngestError("bad_encoding", name, detail="the UTF-8 text has invalid bytes") from None
    encoding = _legacy_encoding(head, name)
    return Head(head.decode(encoding), encoding, 0, complete)


def stacked_tables(text: str, header_line: int, delim: str) -> list[int]:
    """Where further tables begin in a text whose header (on ``header_line``) comes again below:
    the line of each later copy of the header, or of the name lines right above it (lines of one
    cell, such as ``Instagram reach``)."""
    lines = text.split("\n")
    header = lines[header_line - 1].rstrip("\r")
    if not header.strip():
        return []
    starts = []
    for i in range(header_line, len(lines)):
        if lines[i].rstrip("\r") != header:
            continue
        start = i
        while (
            start > header_line
            and len([c for c in next(csv.reader([lines[start - 1]], delimiter=delim), []) if c.strip()]) == 1
        ):
            start -= 1
        starts.append(start + 1)
    return starts


def head_rows(text: str, delim: str, n: int = 25) -> list[tuple[int, list[str]]]:
    """The first ``n`` rows with the physical line each one starts on (1-based)."""
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    rows = []
    line = 1
    try:
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
            if len(rows) >= n:
                break
    except csv.Error:
        pass
    return rows
