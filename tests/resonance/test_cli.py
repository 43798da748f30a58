"""The command line: one-line messages and exit code 2 for bad input, never a traceback."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from metrics.catalog import REGISTRY
from resonance.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXPORTS = ROOT / "tests" / "fixtures" / "exports"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "resonance.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_inspect_says_what_each_file_is(capsys):
    code = main(["inspect", str(EXPORTS / "sales_1c.csv"), str(EXPORTS / "vk_posts.csv")])
    out = capsys.readouterr().out
    assert code == 0
    assert (
        "sales_1c.csv: Daily sales table → sales; rows 3; skipped: total rows 1, rows without a valid date or key 1"
        in out
    )
    assert "! sales_1c.csv, row 8, column «Дата»: «31.02.2026» is not a date" in out
    assert "vk_posts.csv: Posts with Russian columns (VK, Telegram) → posts; rows 2" in out


def test_inspect_json_lists_one_object_per_file_and_exits_2_when_one_is_unreadable(tmp_path, capsys):
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\x00\x00" * 50)
    code = main(["inspect", "--json", str(EXPORTS / "telegram_stats.csv"), str(bad)])
    items = json.loads(capsys.readouterr().out)
    assert code == 2
    assert [i["file"] for i in items] == ["telegram_stats.csv", "photo.csv"]
    assert items[0]["format"] == "telegram_stats" and items[0]["rows"] == 3 and items[0]["error"] is None
    assert items[1]["code"] == "binary" and "not a text table" in items[1]["error"]
    for item in items:
        assert {"file", "format", "table", "rows", "skipped", "warnings", "error"} <= set(item)


def test_import_then_summary_of_a_chosen_week(tmp_path, capsys):
    workspace = tmp_path / "w.duckdb"
    assert (
        main(
            [
                "import",
                str(EXPORTS / "brandwatch_mentions.csv"),
                str(EXPORTS / "sales_1c.csv"),
                "--workspace",
                str(workspace),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert (
        "brandwatch_mentions.csv: Brandwatch mentions → mentions: 4 added, 0 replaced, 0 unchanged, 1 skipped." in out
    )
    assert main(["summary", "--workspace", str(workspace), "--week", "2026-W47", "--brand", "Зерно", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["period"] == {"start": "2026-11-16", "end": "2026-11-22"}
    indicators = payload["indicators"]
    assert indicators["mentions"]["value"] == 3.0
    assert indicators["mentions"]["previous"] is None  # no listening data the week before: no value, not 0
    assert indicators["share_of_voice"]["value"] == pytest.approx(0.75)
    assert indicators["revenue"]["value"] == pytest.approx(1834567.0 + 1734000.5)
    assert {"value", "previous", "change", "level", "unit"} <= set(indicators["net_sentiment"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summary", "--workspace", "/nonexistent/w.duckdb"], "no workspace at /nonexistent/w.duckdb"),
        (["summary", "--week", "2026-W99", "--workspace", "{ws}"], "2026-W99"),
        (["import", "--workspace", "{ws}"], "the following arguments are required: FILE"),
        (["import", "/nonexistent/file.csv", "--workspace", "{ws}"], "file.csv: cannot open the file"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_arguments_end_with_one_line_and_exit_2(tmp_path, args, message):
    ws = tmp_path / "w.duckdb"
    main(["import", str(EXPORTS / "telegram_stats.csv"), "--workspace", str(ws)])
    proc = run(*[a.replace("{ws}", str(ws)) for a in args])
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_demo_is_built_once_and_again_only_when_the_sample_data_changes(tmp_path, capsys):
    target = tmp_path / "demo.duckdb"
    assert main(["demo", "--workspace", str(target)]) == 0
    assert "demo workspace:" in capsys.readouterr().out
    assert main(["demo", "--workspace", str(target)]) == 0
    assert "up to date" in capsys.readouterr().out
    (tmp_path / "demo.duckdb.sample-digest").write_text("older sample data")
    assert main(["demo", "--workspace", str(target)]) == 0
    assert "demo workspace:" in capsys.readouterr().out
    assert main(["summary", "--workspace", str(target), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["period"] == {"start": "2026-11-16", "end": "2026-11-22"}
    # Every registered number is in the summary, in the registry's order, each with its level and unit
    # (which numbers the product is built around is the common indicator test's to say).
    assert list(payload["indicators"]) == list(REGISTRY)
    assert all({"level", "unit"} <= set(item) for item in payload["indicators"].values())
    assert payload["indicators"]["response_rate"]["value"] is None  # the demo's listening has no replies: no value
    assert abs(payload["indicators"]["sales_association"]["value"]) < 0.5
    assert payload["indicators"]["cost_per_engagement"]["level"] == "mix"


def test_import_says_why_rows_were_skipped_and_what_to_do_with_an_unknown_file(tmp_path, capsys):
    strange = tmp_path / "monitoring.csv"
    strange.write_text("Когда;Что написали\n21.11.2026;Вкусный раф\n", encoding="utf-8")
    code = main(
        [
            "--lang",
            "ru",
            "import",
            str(EXPORTS / "sales_1c.csv"),
            str(strange),
            "--workspace",
            str(tmp_path / "w.duckdb"),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 2
    assert "  Пропущены: строки итогов — 1, строки без корректной даты или ключа — 1." in out
    assert "monitoring.csv: Resonance не знает таких столбцов: «Когда», «Что написали»." in err
    assert "--table ТАБЛИЦА --map 'СТОЛБЕЦ=ПОЛЕ'" in err and "Resonance читает выгрузки систем мониторинга" in err
    assert "brandwatch_mentions" not in err


def test_a_reader_that_goes_away_ends_the_command_quietly():
    """``resonance inspect --json … | head``: the pipe closes early; no traceback, nothing on stderr."""
    files = sorted((ROOT / "tests" / "fixtures" / "real" / "listening").glob("*.csv"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "resonance.cli", "inspect", "--json", "--rows", "300", *map(str, files)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100).startswith(b"[")
    proc.stdout.close()  # as head does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) in (0, 2)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
