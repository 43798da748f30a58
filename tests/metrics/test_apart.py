"""A file read in a process of its own (as the dashboard's server reads uploads) gives what reading it here
gives: the same rows and keys, the same refusals with what the page needs of them, its progress; a reader
that dies is one line, and nothing is written."""

from __future__ import annotations

import sys
from pathlib import Path

from metrics import store
from metrics.ingest import Progress, Tuning, reporting
from resonance import say

APART = Tuning(apart_from=0)  # every file apart, however small


def week(n: int) -> bytes:
    rows = "".join(f"2026-11-{17 + i % 5} 1{i % 10}:00;Зерно;vk;user{i};Кофе и молоко {i}\n" for i in range(n))
    return ("Дата;Бренд;Площадка;Автор;Текст\n" + rows).encode()


def test_an_upload_read_apart_is_the_upload_read_here(tmp_path: Path):
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    seen: list[Progress] = []
    with reporting(seen.append):
        apart = workspace.import_file(week(3_000), name="week.csv", apart=True, tuning=APART)
    assert apart.error is None and [(t.table, t.added) for t in apart.tables] == [("mentions", 3_000)]
    assert seen and seen[-1].rows == 3_000 and seen[-1].complete  # the page's bar was told how far it got
    here = workspace.import_file(week(3_000), name="week again.csv")
    assert [(t.table, t.added, t.unchanged) for t in here.tables] == [("mentions", 0, 3_000)]  # the same keys
    assert apart.result is not None and apart.result.content_hash == here.result.content_hash


def test_a_refusal_read_apart_keeps_its_columns_for_the_mapping_step(tmp_path: Path):
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    unknown = "Когда;Что сказали\n2026-11-20;Отличный кофе\n".encode()
    report = workspace.import_file(unknown, name="мониторинг.csv", apart=True, tuning=APART)
    assert report.error is not None and report.error.code == "unknown_layout"
    assert report.error.headers == ["Когда", "Что сказали"]
    assert say.problem(report.error, "en").startswith("мониторинг.csv: ")
    assert workspace.imports().empty


def test_a_reader_that_dies_is_one_line_and_writes_nothing(tmp_path: Path, monkeypatch):
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    monkeypatch.setattr(sys, "executable", "/bin/false")  # the child ends at once, without an answer
    report = workspace.import_file(week(10), name="week.csv", apart=True, tuning=APART)
    assert report.error is not None and report.error.code == "read_stopped"
    assert say.problem(report.error, "en") == (
        "week.csv: reading stopped before the end (the computer may have run out of memory; exit status 1). "
        "Nothing of this file was written. Try again, or split the file."
    )
    assert workspace.imports().empty


def test_a_small_upload_is_read_here_without_starting_a_process(tmp_path: Path, monkeypatch):
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    monkeypatch.setattr(sys, "executable", "/bin/false")  # a child would fail: none is started
    report = workspace.import_file(week(10), name="week.csv", apart=True)
    assert report.error is None and [(t.table, t.added) for t in report.tables] == [("mentions", 10)]
