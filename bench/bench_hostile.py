"""Hostile and careless files through `resonance import`, each in a process of its own: what it answered,
whether it printed a traceback, its peak memory and time.

    python bench/bench_hostile.py [--keep DIR]

Writes each input into a temporary folder (decompression bombs are streamed, never held), imports it
into a fresh workspace with ``python -m resonance.cli import`` and reads the child's peak resident
memory from ``wait4``. Prints a Markdown table and, last, one JSON line with the totals. Targets (issue
"Hardening"): no traceback; a refusal peaks under 500 MB; exit code 2 with one line for a refusal.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
MB = 1 << 20
HEADER = "Дата;Бренд;Площадка;Автор;Текст\n"
ROW = "2026-11-20 10:00;Зерно;vk;anna;Кофе отличный\n"


def _stream_zip(path: Path, entries: list[tuple[str, Callable[[], object]]]) -> None:
    """A ZIP whose entries are written a megabyte at a time (each callable yields bytes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, chunks in entries:
            with zf.open(name, "w", force_zip64=True) as out:
                for chunk in chunks():  # type: ignore[attr-defined]
                    out.write(chunk)


def zeros(total: int):
    def chunks():
        block = b"0" * MB
        for _ in range(total // MB):
            yield block

    return chunks


def rows(total: int):
    def chunks():
        block = (ROW * (MB // len(ROW.encode()))).encode()
        yield HEADER.encode()
        for _ in range(total // len(block)):
            yield block

    return chunks


def _flagged(data: bytes, *, flag: int = 0, method: int | None = None) -> bytes:
    """A ZIP with a general-purpose flag set (1: encrypted) or its compression method changed (9: Deflate64)
    in every local and central header, as another program would have written it."""
    out = bytearray(data)
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        start = 0
        while (at := out.find(signature, start)) >= 0:
            out[at + flag_at] |= flag
            if method is not None:
                out[at + method_at : at + method_at + 2] = method.to_bytes(2, "little")
            start = at + 4
    return bytes(out)


def workbook(dtd: bytes = b"", cell: bytes = b"") -> bytes:
    """A real workbook (openpyxl's) of one mentions row whose first sheet declares ``dtd`` and has a third row
    whose cell holds ``cell`` as written (an entity's use, say); without either, the workbook as saved.
    ``tests/metrics/test_archive_limits.py`` builds its workbooks here too."""
    book = openpyxl.Workbook()
    book.active.append(["Дата", "Бренд", "Площадка", "Автор", "Текст"])
    book.active.append(["2026-11-20 10:00", "Зерно", "vk", "a", "Кофе"])
    saved = io.BytesIO()
    book.save(saved)
    parts = zipfile.ZipFile(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in parts.infolist():
            data = parts.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml" and (dtd or cell):
                head, rest = data.split(b"?>", 1) if b"?>" in data else (b"", data)
                data = (head + b"?>" if head else b"") + dtd + rest
                row = b'<row r="3"><c r="E3" t="inlineStr"><is><t>' + cell + b"</t></is></c></row>"
                data = data.replace(b"</sheetData>", row + b"</sheetData>")
            zf.writestr(info.filename, data)
    return out.getvalue()


def _endless_sheet(path: Path, cells: int) -> None:
    """An XLSX whose sheet has no <dimension> and ``cells`` cells (a workbook says its size only as read)."""
    base = zipfile.ZipFile(io.BytesIO(workbook()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for info in base.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                zf.writestr(info.filename, base.read(info.filename))
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(
                b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            out.write(b"<sheetData>")
            row = b"<row>" + b"<c><v>1</v></c>" * 100 + b"</row>"
            for _ in range(cells // 100):
                out.write(row)
            out.write(b"</sheetData></worksheet>")


LAUGHS = (
    b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(f'<!ENTITY {n} "{("&" + p + ";") * 10}">'.encode() for p, n in zip("abcdefg", "bcdefgh", strict=True))
    + b"]>"
)
OUTSIDE = b'<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


def inputs(folder: Path) -> list[tuple[str, Path]]:
    """Every input, written into ``folder``: (what it is, its path)."""
    made: list[tuple[str, Path]] = []

    def add(label: str, name: str, data: bytes | None = None, write: Callable[[Path], None] | None = None) -> None:
        path = folder / name
        if write is not None:
            write(path)
        else:
            path.write_bytes(data or b"")
        made.append((label, path))

    good = (HEADER + ROW * 50).encode()
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("week.csv", good)
    add("a sound CSV (baseline)", "week.csv", good)
    add("ZIP: 2 GB of zeros in one entry", "zeros.zip", write=lambda p: _stream_zip(p, [("week.csv", zeros(2 << 30))]))
    add(
        "ZIP: 4 entries of 1 GB each",
        "four.zip",
        write=lambda p: _stream_zip(p, [(f"w{i}.csv", zeros(1 << 30)) for i in range(4)]),
    )
    add("ZIP: 1.1 GB of CSV rows", "rows.zip", write=lambda p: _stream_zip(p, [("week.csv", rows(1100 * MB))]))
    nested = plain.getvalue()
    for level in range(3):
        box = io.BytesIO()
        with zipfile.ZipFile(box, "w") as zf:
            zf.writestr(f"level{level}.zip", nested)
        nested = box.getvalue()
    add("ZIP: archives nested 4 deep", "nested.zip", nested)
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(10_000):
            zf.writestr(f"part{i}.csv", good)
    add("ZIP: 10,000 small CSVs", "many.zip", many.getvalue())
    add("ZIP: an entry with a password", "encrypted.zip", _flagged(plain.getvalue(), flag=1))
    add("ZIP: an entry in Deflate64", "deflate64.zip", _flagged(plain.getvalue(), method=9))
    broken = bytearray(plain.getvalue())
    middle = broken.find(b"week.csv") + 20
    broken[middle : middle + 16] = bytes(16)
    add("ZIP: damaged deflate data", "damaged.zip", bytes(broken))
    add("ZIP: cut in half", "cut.zip", plain.getvalue()[: len(plain.getvalue()) // 2])
    add("XLSX: 25M cells, no <dimension>", "endless.xlsx", write=lambda p: _endless_sheet(p, 25_000_000))
    add("XLSX: a DTD of nested entities (billion laughs)", "laughs.xlsx", workbook(LAUGHS, b"&h;"))
    add(
        "XLSX: an entity naming /etc/passwd",
        "outside.xlsx",
        workbook(OUTSIDE, b"&x;"),
    )
    add("XLSX: cut in half", "cut.xlsx", workbook()[:3000])
    add("CSV: a header line of 200,000 characters", "wide.csv", ("Дата;" + "x" * 200_000 + "\n" + ROW).encode())
    add(
        "CSV: a cell of 1,000,000 characters",
        "long_cell.csv",
        (HEADER + "2026-11-20 10:00;Зерно;vk;anna;" + "к" * 1_000_000 + "\n").encode(),
    )
    add(
        "CSV: dates 9999-12-31 and 0001-01-01",
        "dates.csv",
        (HEADER + ROW + "9999-12-31 10:00;Зерно;vk;b;x\n0001-01-01 10:00;Зерно;vk;c;y\n").encode(),
    )
    add(
        "CSV: reach 1e400 and 2^63",
        "numbers.csv",
        (
            "Дата;Бренд;Площадка;Автор;Текст;Охват\n2026-11-20;Зерно;vk;a;x;1e400\n2026-11-20;Зерно;vk;b;y;9223372036854775808\n"
        ).encode(),
    )
    add(
        "CSV: formulas in cells",
        "formulas.csv",
        (
            HEADER
            + '2026-11-20 10:00;Зерно;vk;"=HYPERLINK(""http://x"",""y"")";@SUM(1)\n2026-11-20 11:00;Зерно;vk;+1+1;-2\n'
        ).encode(),
    )
    add(
        "CSV: names carrying HTML",
        "html.csv",
        (HEADER + '2026-11-20 10:00;<img src="http://127.0.0.1:9/x">;vk;<b>a</b>;<span>x</span>\n').encode(),
    )
    add("CSV: UTF-16 without a BOM", "utf16.csv", (HEADER + ROW).encode("utf-16-le"))
    add("CSV: Windows-1251", "cp1251.csv", (HEADER + ROW).encode("cp1251"))
    add("random bytes (1 MB)", "random.csv", random.Random(1).randbytes(MB))
    add("an empty file", "empty.csv", b"")
    add("a header and nothing else", "header.csv", HEADER.encode())
    add("a PNG named .csv", "picture.csv", b"\x89PNG\r\n\x1a\n" + bytes(200))
    return made


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--keep", type=Path, help="write the inputs here and keep them")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        made = inputs(folder)
        print("| input | size | exit | what it said | traceback | peak MB | s |")
        print("|---|---|---|---|---|---|---|")
        results = []
        for i, (label, path) in enumerate(made):
            result = _measured(path, Path(tmp) / f"w{i}.duckdb")
            results.append(result)
            size = path.stat().st_size
            shown = f"{size / MB:.1f} MB" if size >= MB else f"{size / 1024:.1f} KB"
            line = result["line"].replace("|", "\\|")
            print(
                f"| {label} | {shown} | {result['exit']} | {line} | {'yes' if result['traceback'] else 'no'} | "
                f"{result['peak_mb']} | {result['seconds']} |"
            )
        refusals = [r for r in results if r["exit"] != 0]
        print(
            json.dumps(
                {
                    "inputs": len(results),
                    "tracebacks": sum(r["traceback"] for r in results),
                    "refused": len(refusals),
                    "refusal_peak_mb_max": max((r["peak_mb"] or 0 for r in refusals), default=None),
                    "exit_codes": sorted({r["exit"] for r in results}),
                }
            )
        )


def _measured(path: Path, workspace: Path) -> dict:
    """:func:`run` with the child's own peak memory (``wait4`` on its pid, not the children's maximum)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "resonance.cli", "import", str(path), "--workspace", str(workspace)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out = proc.stdout.read() if proc.stdout else b""
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    text = err.decode("utf-8", "replace")
    return {
        "exit": os.waitstatus_to_exitcode(status),
        "line": (text.strip().splitlines() or out.decode("utf-8", "replace").strip().splitlines() or [""])[0][:150],
        "traceback": "Traceback (most recent call last)" in text,
        "peak_mb": usage.ru_maxrss >> 10,
        "seconds": round(time.perf_counter() - started, 1),
    }


if __name__ == "__main__":
    main()
