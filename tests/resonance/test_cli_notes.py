"""``resonance notes``: the decision log of a period from the shell, and the period before's."""

import json

from resonance.cli import main


def test_decisions_are_logged_listed_with_the_period_before_and_closed(tmp_path, capsys, demo_workspace):
    import shutil

    workspace = tmp_path / "w.duckdb"
    shutil.copy(demo_workspace, workspace)
    ws = ["--workspace", str(workspace)]
    assert (
        main(
            [
                "notes",
                *ws,
                "--week",
                "2026-W46",
                "--add",
                "Answer VK within 2 h",
                "--who",
                "Anna",
                "--due",
                "2026-11-20",
            ]
        )
        == 0
    )
    assert main(["--lang", "ru", "notes", *ws, "--week", "2026-W47", "--add", "Вернуть раф", "--done", "1"]) == 0
    out = capsys.readouterr().out
    assert "Решено в прошлом периоде:\n  №1 [сделано] Answer VK within 2 h — Anna, до 20 нояб. 2026" in out
    assert "Решено в этом периоде:\n  №2 [в работе] Вернуть раф" in out
    assert main(["notes", *ws, "--week", "2026-W47", "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert [d["what"] for d in said["decisions"]] == ["Вернуть раф"]
    assert said["previous"]["decisions"][0]["status"] == "done" and said["previous"]["period"]["start"] == "2026-11-09"


def test_a_bad_decision_is_one_line_and_exit_2(tmp_path, capsys, demo_workspace):
    import shutil

    workspace = tmp_path / "w.duckdb"
    shutil.copy(demo_workspace, workspace)
    assert main(["notes", "--workspace", str(workspace), "--week", "2026-W47", "--done", "7"]) == 2
    assert capsys.readouterr().err.strip() == "resonance: there is no decision #7."
    assert main(["notes", "--workspace", str(workspace), "--undo"]) == 2
    assert "no change to take back" in capsys.readouterr().err
