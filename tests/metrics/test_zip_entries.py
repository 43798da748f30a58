"""Archives whose entries cannot be taken out — a password, a compression method Python lacks, damaged data —
are one line each, naming the entry; the other entries of the archive are read; nothing is a traceback."""

from __future__ import annotations

import io
import struct
import zipfile

from metrics.ingest import IngestError, read_export
from resonance import say
from resonance.cli import main

GOOD = "Дата,Бренд,Площадка,Автор,Текст\n2026-11-20 10:00,Зерно,vk,a,Кофе\n".encode()


def archive(**entries: tuple[bytes, int]) -> bytes:
    """A ZIP of ``name=(content, method)`` entries."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, (content, method) in entries.items():
            zf.writestr(zipfile.ZipInfo(name + ".csv"), content, compress_type=method)
    return out.getvalue()


def patched(data: bytes, entry: str, *, flag: int | None = None, method: int | None = None) -> bytes:
    """``data`` with ``entry``'s general flag or compression method changed in both its headers."""
    raw = bytearray(data)
    name = (entry + ".csv").encode()
    # (signature, where the name's length is, where the name starts, where the flag is, where the method is)
    for signature, length_at, name_at, flag_at, method_at in (
        (b"PK\x03\x04", 26, 30, 6, 8),
        (b"PK\x01\x02", 28, 46, 8, 10),
    ):
        at = raw.find(signature)
        while at >= 0:
            size = struct.unpack_from("<H", raw, at + length_at)[0]
            if raw[at + name_at : at + name_at + size] == name:
                if flag is not None:
                    struct.pack_into("<H", raw, at + flag_at, flag)
                if method is not None:
                    struct.pack_into("<H", raw, at + method_at, method)
            at = raw.find(signature, at + 4)
    return bytes(raw)


def test_an_entry_with_a_password_or_an_unknown_method_is_named_and_the_others_are_read():
    data = archive(good=(GOOD, zipfile.ZIP_STORED), secret=(GOOD, zipfile.ZIP_STORED), odd=(GOOD, zipfile.ZIP_STORED))
    data = patched(patched(data, "secret", flag=0x1), "odd", method=9)  # Deflate64
    read = read_export(data, name="week.zip")
    by_part = {part.file: part for part in read.parts}
    assert by_part["week.zip/good.csv"].error is None and len(by_part["week.zip/good.csv"].frame) == 1
    assert by_part["week.zip/secret.csv"].error.code == "zip_encrypted"
    assert by_part["week.zip/odd.csv"].error.code == "zip_method"
    assert say.problem(by_part["week.zip/odd.csv"].error, "en") == (
        "week.zip/odd.csv: this file in the archive is compressed with a method that cannot be read (method 9). "
        "Pack it again as a standard ZIP (Deflate), or upload it alone."
    )


def test_damaged_compressed_data_is_a_damaged_archive_in_one_line(tmp_path, capsys):
    data = bytearray(archive(only=(GOOD * 50, zipfile.ZIP_DEFLATED)))
    start = 30 + len("only.csv")
    data[start + 5 : start + 25] = b"\xff" * 20  # the deflate stream, broken
    try:
        result = read_export(bytes(data), name="week.zip")
        errors = [part.error for part in result.parts]
    except IngestError as exc:
        errors = [exc]
    assert errors and all(e is not None and e.code in ("corrupt_zip", "zip_nothing") for e in errors)
    path = tmp_path / "week.zip"
    path.write_bytes(bytes(data))
    assert main(["inspect", str(path)]) == 2
    said = capsys.readouterr()
    assert "Traceback" not in said.err + said.out
    assert "week.zip/only.csv: the archive or workbook is damaged (Error -3 while decompressing data" in said.out
