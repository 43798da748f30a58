"""Unknown layouts from the shell: ``--table``/``--map``, ``--save-template``/``--template``, ``templates``.

The file is a Russian monitoring table in a layout no format knows, written as the tool writes it:
a BOM, two lines of preamble, semicolons, day-first dates.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from metrics import schema, store
from metrics.ingest.mapping import Mapping, mappable_columns
from resonance.cli import main

ROOT = Path(__file__).resolve().parents[2]
MONITORING = (
    "\ufeffМониторинг: Зерно\n"
    "Выгрузка: 23.11.2026\n"
    "\n"
    "Дата поста;Текст поста;Площадка;Тон (+/-/=);Автор поста;Охват автора\n"
    "16.11.2026 10:15;Зерно открыло точку на Тверской;ВКонтакте;позитив;Анна;1 200\n"
    "16.11.2026 12:40;Очередь в Зерне на полчаса;Telegram;негатив;@kofeman;300\n"
    "17.11.2026 09:00;Кофе как кофе;Отзывы;нейтрально;Иван;\n"
    "31.11.2026 09:00;Такого дня нет;Отзывы;нейтрально;Иван;\n"
)
# Next week the tool adds a column and moves another: another header, the same columns still there.
NEXT_WEEK = (
    "Площадка;Дата поста;Текст поста;Тон (+/-/=);Автор поста;Охват автора;Регион\n"
    "ВКонтакте;23.11.2026 08:30;Раф на кокосовом — лучший;позитив;Олег;5 000;Москва\n"
)
MAP = [
    "--table",
    "mentions",
    "--map",
    "дата  ПОСТА=published_at",
    "--map",
    "Текст поста=text",
    "--map",
    "Площадка=platform",
    "--map",
    "Тон (+/-/=)=sentiment",
    "--map",
    "Автор поста=author",
    "--map",
    "Охват автора=author_audience",
]


@pytest.fixture
def files(tmp_path):
    week = tmp_path / "мониторинг_неделя_47.csv"
    week.write_text(MONITORING, encoding="utf-8")
    later = tmp_path / "мониторинг_неделя_48.csv"
    later.write_text(NEXT_WEEK, encoding="utf-8")
    return week, later, tmp_path / "w.duckdb"


def mentions(workspace: Path):
    ws = store.open_workspace(workspace, create=False)
    try:
        return ws.read("mentions", with_text=True)
    finally:
        ws.close()


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "resonance.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_the_layout_is_unknown_without_a_mapping(files, capsys):
    week, _, _ = files
    assert main(["inspect", str(week)]) == 2
    assert "Resonance does not know these columns: «Дата поста»" in capsys.readouterr().out


def test_import_with_a_mapping_reads_the_rows_and_a_second_run_changes_nothing(files, capsys):
    week, _, workspace = files
    assert main(["import", str(week), "--workspace", str(workspace), *MAP]) == 0
    out = capsys.readouterr().out
    assert (
        f"{week.name}: Table read with your column mapping → mentions: 3 added, 0 replaced, 0 unchanged, 1 skipped."
        in out
    )
    rows = mentions(workspace).sort_values("source_row")
    assert rows["text"].tolist() == ["Зерно открыло точку на Тверской", "Очередь в Зерне на полчаса", "Кофе как кофе"]
    assert rows["platform"].tolist() == ["vk", "telegram", "review"]
    assert rows["sentiment"].tolist() == ["positive", "negative", "neutral"]
    assert rows["author_audience"].tolist()[:2] == [1200, 300]
    # Day-first dates with times, read in the workspace's time zone (Moscow) and kept in UTC.
    assert [str(ts) for ts in rows["published_at"]] == [
        "2026-11-16 07:15:00+00:00",
        "2026-11-16 09:40:00+00:00",
        "2026-11-17 06:00:00+00:00",
    ]

    assert main(["import", str(week), "--workspace", str(workspace), *MAP]) == 0
    assert "0 added, 0 replaced, 3 unchanged, 1 skipped." in capsys.readouterr().out
    assert len(mentions(workspace)) == 3


def test_a_mapped_date_is_judged_like_any_other(files, capsys):
    week, _, _ = files
    assert main(["inspect", str(week), *MAP]) == 0
    out = capsys.readouterr().out
    assert f"{week.name}, row 8, column «Дата поста»: «31.11.2026 09:00» is not a date; the row was skipped." in out


def test_inspect_with_the_mapping_shows_what_import_then_reads(files, capsys):
    week, _, workspace = files
    assert main(["inspect", "--json", str(week), *MAP]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["format"] == "mapping" and item["table"] == "mentions" and item["rows"] == 3
    assert item["mapping"]["columns"]["published_at"] == "Дата поста"  # as the file spells it
    assert not workspace.exists()  # inspecting writes nothing
    assert main(["import", str(week), "--workspace", str(workspace), *MAP]) == 0
    capsys.readouterr()
    assert len(mentions(workspace)) == item["rows"]
    assert main(["inspect", str(week), "--workspace", str(workspace), *MAP]) == 0
    out = capsys.readouterr().out
    assert "→ mentions; rows 3; skipped: rows without a valid date or key 1" in out
    assert "mapping → mentions: published_at ← «Дата поста», text ← «Текст поста»" in out
    # The rows themselves: inspect --rows shows what the import wrote.
    assert main(["inspect", "--json", "--rows", "10", str(week), "--workspace", str(workspace), *MAP]) == 0
    [item] = json.loads(capsys.readouterr().out)
    imported = mentions(workspace).sort_values("source_row")
    assert [r["text"] for r in item["first_rows"]] == imported["text"].tolist()
    assert [r["source_row"] for r in item["first_rows"]] == imported["source_row"].tolist() == [5, 6, 7]
    assert {r["brand"] for r in item["first_rows"]} == set(imported["brand"])
    assert main(["inspect", "--rows", "1", str(week), *MAP]) == 0
    assert "Зерно открыло точку на Тверской" in capsys.readouterr().out


def test_a_saved_template_is_applied_by_name_to_next_weeks_file(files, capsys):
    week, later, workspace = files
    assert main(["import", str(week), "--workspace", str(workspace), *MAP, "--save-template", "Мониторинг"]) == 0
    assert "saved the template «Мониторинг» → mentions: published_at ← «Дата поста»" in capsys.readouterr().out
    # Next week's header differs (a new column), so only the name finds the mapping.
    assert main(["inspect", str(later)]) == 2
    capsys.readouterr()
    assert main(["inspect", str(later), "--template", "мониторинг", "--workspace", str(workspace)]) == 0
    assert "template «Мониторинг» → mentions" in capsys.readouterr().out
    assert main(["import", str(later), "--workspace", str(workspace), "--template", "мониторинг"]) == 0
    assert "1 added" in capsys.readouterr().out
    assert "Раф на кокосовом — лучший" in mentions(workspace)["text"].tolist()
    assert main(["templates", "--workspace", str(workspace), "--json"]) == 0
    [saved] = json.loads(capsys.readouterr().out)
    assert saved["name"] == "Мониторинг" and saved["table"] == "mentions"
    assert saved["columns"]["sentiment"] == "Тон (+/-/=)"  # split on the last "="


def test_a_saved_template_also_reads_files_of_its_header_without_options(files, capsys):
    week, _, workspace = files
    assert main(["import", str(week), "--workspace", str(workspace), *MAP, "--save-template", "monitoring"]) == 0
    capsys.readouterr()
    # As the Data page does: a file with the same header is read by the saved mapping.
    ws = store.open_workspace(workspace)
    try:
        report = ws.import_file(week.read_bytes(), name=week.name)
        assert report.error is None and report.tables[0].unchanged == 3
    finally:
        ws.close()


def test_a_mapping_saved_by_the_data_page_is_a_template_for_the_shell(files, capsys):
    _week, later, workspace = files
    ws = store.open_workspace(workspace)
    try:
        headers = ("Дата поста", "Текст поста", "Площадка", "Тон (+/-/=)", "Автор поста", "Охват автора")
        ws.save_mapping(
            Mapping(
                "mentions", {"published_at": "Дата поста", "text": "Текст поста"}, headers, name="мониторинг_неделя_47"
            )
        )
    finally:
        ws.close()
    assert main(["templates", "--workspace", str(workspace)]) == 0
    assert (
        "template «мониторинг_неделя_47» → mentions: published_at ← «Дата поста», text ← «Текст поста»"
        in capsys.readouterr().out
    )
    assert main(["import", str(later), "--workspace", str(workspace), "--template", "мониторинг_неделя_47"]) == 0
    assert "1 added" in capsys.readouterr().out


def test_the_mapping_wins_over_a_known_format(tmp_path, capsys):
    # The generic reader knows «Дата», «Текст» and «Автор»; the user says the text is in «Заголовок».
    path = tmp_path / "known.csv"
    path.write_text("Дата;Текст;Автор;Заголовок\n16.11.2026;длинный текст;anna;Короткий заголовок\n", encoding="utf-8")
    assert main(["inspect", str(path)]) == 0
    assert "→ mentions; rows 1" in capsys.readouterr().out
    workspace = tmp_path / "w.duckdb"
    assert (
        main(
            [
                "import",
                str(path),
                "--workspace",
                str(workspace),
                "--table",
                "mentions",
                "--map",
                "Дата=published_at",
                "--map",
                "Заголовок=text",
            ]
        )
        == 0
    )
    assert mentions(workspace)["text"].tolist() == ["Короткий заголовок"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--map", "Дата поста=published_at"],
            "--map needs --table, the table the file fills: mentions, posts, audience, sales, activities, context.",
        ),
        (
            ["--table", "mentions", "--map", "Дата поста=published_at", "--map", "Текст поста=body"],
            "«body» is not a field of mentions; its fields: published_at, brand, mention_key, platform, author,",
        ),
        (
            ["--table", "mentions", "--map", "Текст поста=text"],
            "mentions needs a column for published_at: add --map SOURCE=published_at.",
        ),
        (
            ["--table", "mentions", "--map", "Дата публикации=published_at", "--map", "Текст поста=text"],
            "the mapping names columns the file does not have: «Дата публикации». The file's columns: «Дата поста», "
            "«Текст поста», «Площадка», «Тон (+/-/=)», «Автор поста», «Охват автора».",
        ),
        (["--table", "mentions", "--map", "Дата поста"], "--map takes SOURCE=FIELD"),
        (
            ["--table", "mentions", "--map", "Дата поста=published_at", "--map", "Площадка=published_at"],
            "published_at is mapped twice: from «Дата поста» and from «Площадка».",
        ),
        (["--table", "mentions"], "--table goes with --map SOURCE=FIELD or --template NAME."),
        (["--template", "nope"], "no workspace at"),  # nothing to look the name up in: none is made
        (["--save-template", "x"], "--save-template needs --map"),
        (
            ["--template", "x", "--table", "mentions", "--map", "Дата поста=published_at"],
            "--map and --template do not go together",
        ),
    ],
)
def test_bad_mapping_arguments_end_with_one_line_exit_2_and_import_nothing(files, capsys, args, message):
    week, _, workspace = files
    assert main(["import", str(week), "--workspace", str(workspace), *args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert len(captured.err.strip().splitlines()) == 1 and captured.out == ""
    assert (
        not workspace.exists() or len(mentions(workspace)) == 0
    )  # only a column the file lacks is known after opening it


def test_an_unknown_template_lists_the_saved_ones_and_inspect_needs_a_workspace(files, capsys):
    week, _, workspace = files
    assert main(["import", str(week), "--workspace", str(workspace), *MAP, "--save-template", "monitoring"]) == 0
    capsys.readouterr()
    assert main(["import", str(week), "--workspace", str(workspace), "--template", "другой"]) == 2
    assert f"no template «другой» in {workspace}; saved templates: «monitoring»." in capsys.readouterr().err
    assert (
        main(["import", str(week), "--workspace", str(workspace), "--template", "monitoring", "--table", "sales"]) == 2
    )
    assert "the template «monitoring» fills mentions, not sales." in capsys.readouterr().err
    assert main(["inspect", str(week), "--template", "monitoring"]) == 2
    assert "--template needs --workspace: templates are saved in a workspace." in capsys.readouterr().err
    other = week.with_name("sales.csv")
    other.write_text("День;Выручка\n16.11.2026;100\n", encoding="utf-8")
    assert main(["import", str(other), "--workspace", str(workspace), "--template", "monitoring"]) == 2
    assert "sales.csv: the mapping names columns the file does not have: «Дата поста»" in capsys.readouterr().err


def test_the_real_command_imports_with_a_mapping_and_says_so_in_russian(files):
    week, _, workspace = files
    proc = run("--lang", "ru", "import", str(week), "--workspace", str(workspace), *MAP, "--save-template", "m")
    assert proc.returncode == 0, proc.stderr
    assert "добавлено 3" in proc.stdout and "шаблон «m» сохранён → mentions" in proc.stdout
    assert len(mentions(workspace)) == 3
    proc = run("import", str(week), "--workspace", str(workspace), "--table", "mentions", "--map", "Текст поста=txt")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "resonance: «txt» is not a field of mentions; its fields: " + ", ".join(mappable_columns("mentions")) + "."
    ]


def test_help_lists_the_fields_of_every_table():
    proc = run("import", "--help")
    text = " ".join(proc.stdout.split())
    for table in schema.TABLES:
        assert f"{table}:" in text
        for field in mappable_columns(table):
            assert field in text
    assert "published_at*" in text and "Split on the last '=', so SOURCE may contain one" in text


def test_the_mapping_options_are_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for option in (
        "--table T",
        "--map SOURCE=FIELD",
        "--save-template NAME",
        "--template NAME",
        "resonance templates --workspace PATH",
        "resonance import --help",
    ):
        assert option in readme, option


def test_templates_of_an_empty_workspace_and_of_none(files, capsys):
    _, _, workspace = files
    store.open_workspace(workspace).close()
    assert main(["templates", "--workspace", str(workspace)]) == 0
    assert capsys.readouterr().out == f"no templates saved in {workspace}.\n"
    assert main(["--lang", "ru", "templates", "--workspace", str(workspace.with_name("none.duckdb"))]) == 2
    assert "нет рабочей области" in capsys.readouterr().err
