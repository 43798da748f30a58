"""The demo workspace: the fictional coffee chain «Зерно» built from ``sample_data/``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from metrics import store

SAMPLE_DATA = Path(__file__).resolve().parents[1] / "sample_data"
SUFFIXES = {".csv", ".xlsx", ".zip", ".tsv", ".txt"}
SETTINGS = {
    "brand": "Зерно",
    "competitors": ["Крона", "Утро Кофе"],
    "aliases": {"Zerno": "Зерно", "Krona": "Крона", "Utro Coffee": "Утро Кофе"},
    "tz": "Europe/Moscow",
    "currency": "RUB",
    "language": "ru",
}


def sample_files(folder: Path = SAMPLE_DATA) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and not p.name.startswith("."))


def digest(folder: Path = SAMPLE_DATA) -> str:
    """What the demo is built from: a hash of the sample files' names and contents."""
    h = hashlib.sha256()
    for path in sample_files(folder):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _digest_file(path: Path) -> Path:
    return path.with_name(path.name + ".sample-digest")


def is_current(path: Path, folder: Path = SAMPLE_DATA) -> bool:
    """The demo workspace at ``path`` exists and was built from the sample files as they are now."""
    path = Path(path).expanduser()
    marker = _digest_file(path)
    return path.exists() and marker.exists() and marker.read_text().strip() == digest(folder)


def build(path: Path, folder: Path = SAMPLE_DATA) -> list[store.ImportReport]:
    """Write a fresh demo workspace at ``path`` (replacing any file there) and return the import reports."""
    path = Path(path).expanduser().resolve()
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(str(tmp) + ".wal")):
        leftover.unlink(missing_ok=True)
    workspace = store.open_workspace(tmp)
    try:
        workspace.update_settings(**SETTINGS)
        reports = workspace.import_files(sample_files(folder))
        failed = [r for r in reports if r.error]
        if failed:
            raise RuntimeError("; ".join(str(r.error) for r in failed))
    finally:
        workspace.close()
    store.forget(path)
    tmp.replace(path)  # the demo appears whole or not at all
    _digest_file(path).write_text(digest(folder))
    return reports
