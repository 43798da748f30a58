"""``resonance code``: a team's sentiment codes from a file into a workspace, the model's agreement said."""

import json
from pathlib import Path

import pandas as pd

from metrics import store
from resonance.cli import main

ROOT = Path(__file__).resolve().parents[2]
CEDR = ROOT / "bench" / "sentiment" / "cedr_ru.csv"


def workspace_with_mentions(tmp_path: Path, texts: pd.Series) -> Path:
    path = tmp_path / "mentions.csv"
    pd.DataFrame(
        {
            "Дата": [f"2026-11-{16 + i % 7:02d} 10:{i % 60:02d}" for i in range(len(texts))],
            "Бренд": "Зерно",
            "Площадка": "vk",
            "Автор": [f"u{i}" for i in range(len(texts))],
            "Текст": texts.to_numpy(),
        }
    ).to_csv(path, index=False)
    workspace = tmp_path / "w.duckdb"
    assert main(["import", str(path), "--workspace", str(workspace), "--quiet"]) == 0
    store.forget(workspace)
    return workspace


def test_codes_from_a_file_teach_the_model_and_the_agreement_is_said_in_full(tmp_path, capsys):
    texts = pd.read_csv(CEDR).drop_duplicates("text").head(400)
    workspace = workspace_with_mentions(tmp_path, texts["text"])
    capsys.readouterr()
    codes = tmp_path / "codes.csv"
    texts.head(120).rename(columns={"text": "Текст", "label": "Тональность"}).to_csv(codes, index=False)
    assert main(["--lang", "en", "code", str(codes), "--workspace", str(workspace)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "codes.csv: 120 new codes, 0 changed, 0 as before; 120 mentions carry a hand code."
    assert out[1].startswith("Model: learnt from your 120 codes") and "agreement with your codes 0." in out[1]
    assert out[2].startswith("  Accuracy 0.") and out[2].endswith("n = 120.")

    assert main(["--lang", "en", "summary", "--workspace", str(workspace), "--week", "2026-W47"]) == 0
    note = capsys.readouterr().out.splitlines()[-1]  # the summary says who read the sentiment, how well
    assert note.startswith("70% of these sentiments were read by the model") and "n = 120" in note

    assert main(["code", "--json", "--workspace", str(workspace)]) == 0  # no file: the model as it is
    said = json.loads(capsys.readouterr().out)
    assert said["files"] == [] and said["model"]["learnt"] and said["model"]["codes"] == 120
    agreement = said["model"]["agreement"]
    assert agreement["n"] == 120 and agreement["f_macro_low"] <= agreement["f_macro"] <= agreement["f_macro_high"]


def test_a_file_that_is_no_codes_is_one_line_and_exit_2_and_bad_rows_are_named(tmp_path, capsys):
    workspace = workspace_with_mentions(tmp_path, pd.Series(["Отличный кофе", "Кофе остыл"]))
    wrong = tmp_path / "mentions.csv"
    some_bad = tmp_path / "codes.csv"
    some_bad.write_text("Text,Sentiment\nОтличный кофе,позитив\nКофе остыл,ужас\n")
    capsys.readouterr()
    assert main(["--lang", "en", "code", str(wrong), str(some_bad), "--workspace", str(workspace)]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines()[0].startswith(
        "error: mentions.csv: this is not a file of sentiment codes: it needs a «Text» column"
    )
    assert "codes.csv, row 3, column «Sentiment»: «ужас» is not a sentiment; the row was left out." in captured.err
    assert "codes.csv: 1 new codes" in captured.out
    assert "agreement with your codes" in captured.out


def test_a_missing_workspace_is_refused(tmp_path, capsys):
    assert main(["code", "--workspace", str(tmp_path / "none.duckdb")]) == 2
    assert "none.duckdb" in capsys.readouterr().err
