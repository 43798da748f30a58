"""A team's sentiment codes: read from a file, kept in the workspace, a hand code always wins, the model
learns from them and judges the other mentions again, and everything is undone like an import."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from metrics import store
from metrics.ingest import IngestError
from metrics.sentiment.codes import read_codes, sql_text_key, text_key

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_sentiment import SETS, f_macro

HEADER = "Дата,Бренд,Площадка,Автор,Текст"


def test_a_codes_file_in_russian_columns_and_words_is_read_with_its_bad_rows_named():
    data = (
        "Бренд;Текст;Тональность\n"
        "Зерно;Отличный кофе;позитив\n"
        ";Кофе остыл;-1\n"
        "Зерно;Открылись в 9;нейтрально\n"
        "Зерно;Очередь;так себе\n"  # not a sentiment
        "Зерно;;негатив\n"  # no text
    ).encode("cp1251")
    codes = read_codes(data, name="codes.csv")
    assert codes.codes[["brand", "text", "sentiment"]].values.tolist() == [
        ["Зерно", "Отличный кофе", "positive"],
        [None, "Кофе остыл", "negative"],
        ["Зерно", "Открылись в 9", "neutral"],
    ]
    problems = [(p.code, p.row, p.column, dict(p.params)) for p in codes.problems]
    assert problems == [
        ("bad_code", 5, "Тональность", {"value": "так себе"}),
        ("code_no_text", 6, "Текст", {}),
    ]


def test_a_codes_workbook_is_read_from_its_sheet_with_the_header(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["Notes"])
    sheet = book.create_sheet("codes")
    sheet.append(["Text", "Sentiment"])
    sheet.append(["Great coffee", "positive"])
    sheet.append(["Cold again", "negative"])
    path = tmp_path / "codes.xlsx"
    book.save(path)
    assert read_codes(path).codes["sentiment"].tolist() == ["positive", "negative"]


def test_a_file_that_is_no_codes_is_refused_with_the_columns_it_has():
    with pytest.raises(IngestError) as caught:
        read_codes("Дата,Текст\n2026-11-20,Кофе\n".encode(), name="mentions.csv")
    assert caught.value.code == "codes_columns" and caught.value.problem.params["columns"] == "Дата, Текст"
    with pytest.raises(IngestError) as caught:
        read_codes(b"Text,Sentiment\nGreat,maybe\n", name="codes.csv")
    assert caught.value.code == "codes_nothing"


def test_a_text_is_matched_whatever_its_white_space_in_python_and_in_duckdb():
    import duckdb

    texts = ["  Great\r\n coffee ", "Great\u00a0coffee", "Great\tcoffee\n", "Great coffee"]
    assert {text_key(t) for t in texts} == {"Great coffee"}
    found = duckdb.sql(f"SELECT {sql_text_key('t')} FROM (SELECT unnest($texts) AS t)", params={"texts": texts})
    assert {r[0] for r in found.fetchall()} == {"Great coffee"}


def _mentions(tmp_path: Path, texts: pd.Series, *, sentiment: list[str] | None = None) -> Path:
    rows = pd.DataFrame(
        {
            "Дата": [f"2026-11-{16 + i % 7:02d} {i % 24:02d}:{i % 60:02d}" for i in range(len(texts))],
            "Бренд": "Зерно",
            "Площадка": "vk",
            "Автор": [f"user{i}" for i in range(len(texts))],
            "Текст": texts.to_numpy(),
        }
    )
    if sentiment is not None:
        rows["Тональность"] = sentiment
    path = tmp_path / "mentions.csv"
    rows.to_csv(path, index=False)
    return path


def _codes(tmp_path: Path, frame: pd.DataFrame, name: str = "codes.csv") -> Path:
    path = tmp_path / name
    frame.rename(columns={"text": "Text", "label": "Sentiment"}).to_csv(path, index=False)
    return path


def _by_text(workspace) -> pd.DataFrame:
    return workspace.read("mentions", with_text=True).set_index("text")


def test_a_teams_codes_win_teach_the_model_and_are_undone_like_an_import(tmp_path):
    """Real Russian sentences (CEDR, labelled by people) as a brand's mentions without a sentiment; 300 of
    them coded by the team from a file. The coded ones carry the hand code; the model learnt from the codes
    judges the other 600 better than the built-in one did; the same mentions imported again change nothing;
    undoing the codes gives back the built-in reading."""
    texts = pd.read_csv(SETS["ru"]).drop_duplicates("text").head(900).reset_index(drop=True)
    coded, rest = texts.iloc[:300], texts.iloc[300:]
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        mentions = _mentions(tmp_path, texts["text"])
        assert workspace.import_file(mentions).error is None
        cold = _by_text(workspace)["sentiment"]
        assert workspace.sentiment_model().codes == 0

        report = workspace.add_codes(read_codes(_codes(tmp_path, coded)))
        assert (report.added, report.changed, report.unchanged) == (300, 0, 0)
        assert report.mentions_coded == 300
        model = workspace.sentiment_model()
        assert model.learnt and model.codes == 300 and model.agreement.n == 300
        assert 0.5 < model.agreement.f_macro < 0.95 and model.agreement.f_macro_low < model.agreement.f_macro

        after = _by_text(workspace)
        hand = after.loc[coded["text"]]
        assert set(hand["sentiment_source"]) == {"manual"}
        assert hand["sentiment"].tolist() == coded["label"].tolist()
        held_out = after.loc[rest["text"]]
        assert set(held_out["sentiment_source"]) <= {"model", None} | {pd.NA}
        before_f, _ = f_macro(rest["label"].tolist(), cold.loc[rest["text"]].fillna("neutral").tolist())
        after_f, _ = f_macro(rest["label"].tolist(), held_out["sentiment"].fillna("neutral").tolist())
        assert after_f > before_f + 0.05, (before_f, after_f)

        again = workspace.import_file(mentions)
        assert (again.tables[0].added, again.tables[0].replaced) == (0, 0)
        assert _by_text(workspace)["sentiment"].equals(after["sentiment"])

        history = workspace.imports()
        assert history.loc[history["id"] == report.import_id, "format_id"].item() == store.CODES_FORMAT
        workspace.undo(report.import_id)
        assert workspace.sentiment_model().codes == 0
        undone = _by_text(workspace)
        assert "manual" not in set(undone["sentiment_source"].dropna())
        assert undone["sentiment"].equals(cold)
    finally:
        workspace.close()


def test_a_hand_code_hides_an_exports_label_until_it_is_undone(tmp_path):
    texts = pd.Series(["Отличный кофе спасибо", "Кофе остыл", "Открылись в 9"])
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        workspace.import_file(_mentions(tmp_path, texts, sentiment=["positive", "", "neutral"]))
        cold = _by_text(workspace).loc["Кофе остыл", ["sentiment", "sentiment_source"]].tolist()
        assert cold[1] == "model"
        codes = pd.DataFrame({"text": ["Отличный  кофе\r\nспасибо", "Кофе остыл"], "label": ["negative", "positive"]})
        report = workspace.add_codes(read_codes(_codes(tmp_path, codes)))
        coded = _by_text(workspace)
        assert coded.loc["Отличный кофе спасибо", ["sentiment", "sentiment_source"]].tolist() == ["negative", "manual"]
        assert coded.loc["Кофе остыл", ["sentiment", "sentiment_source"]].tolist() == ["positive", "manual"]
        assert coded.loc["Открылись в 9", "sentiment_source"] == "export"
        assert workspace.sentiment_model().agreement.n == 2  # the built-in model against two codes
        workspace.undo(report.import_id)
        back = _by_text(workspace)
        assert back.loc["Отличный кофе спасибо", ["sentiment", "sentiment_source"]].tolist() == ["positive", "export"]
        assert back.loc["Кофе остыл", ["sentiment", "sentiment_source"]].tolist() == cold
    finally:
        workspace.close()


def test_a_code_for_a_brand_wins_over_one_for_any_brand_and_applies_to_that_brand_only(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(HEADER + "\n2026-11-20 10:00,Зерно,vk,a,Снова очередь\n2026-11-20 11:00,Бобы,vk,b,Снова очередь\n")
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        workspace.import_file(path)
        codes = tmp_path / "codes.csv"
        codes.write_text("Brand,Text,Sentiment\n,Снова очередь,neutral\nЗерно,Снова очередь,negative\n")
        workspace.add_codes(read_codes(codes))
        mentions = workspace.read("mentions").set_index("brand")
        assert mentions.loc["Зерно", "sentiment"] == "negative" and mentions.loc["Бобы", "sentiment"] == "neutral"
    finally:
        workspace.close()


def test_codes_given_one_by_one_are_one_round_of_the_history_and_apply_at_once(tmp_path):
    texts = pd.Series(["Отличный кофе спасибо", "Кофе остыл", "Открылись в 9"])
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        workspace.import_file(_mentions(tmp_path, texts))
        round_id, model = workspace.code("Зерно", "Кофе остыл", "negative")
        assert model.agreement.n == 1 and model.pending == 1
        for text, sentiment in (("Открылись в 9", "positive"), ("Кофе остыл", "neutral")):
            same, model = workspace.code("Зерно", text, sentiment, round_id=round_id)
            assert same == round_id
        mentions = _by_text(workspace)
        assert mentions.loc["Открылись в 9", ["sentiment", "sentiment_source"]].tolist() == ["positive", "manual"]
        assert mentions.loc["Кофе остыл", "sentiment"] == "neutral"  # the latest code wins
        assert model.agreement.n == 2 and model.pending == 3
        history = workspace.imports()
        row = history[history["id"] == round_id].iloc[0]
        assert (row["format_id"], row["rows_added"], row["rows_replaced"]) == (store.CODES_ON_PAGE, 2, 1)
        assert workspace.relearn().pending == 0
        with pytest.raises(ValueError, match="not a sentiment code"):
            workspace.code("Зерно", "Кофе остыл", "unknown")
        workspace.undo(round_id)
        assert "manual" not in set(_by_text(workspace)["sentiment_source"].dropna())
    finally:
        workspace.close()


def test_a_workspace_written_before_codes_keeps_its_exports_labels_aside_when_opened(tmp_path):
    """A workspace of the layout before codes (no ``export_sentiment``) is upgraded when opened: the labels
    its sources gave are kept aside, so that a code given later and undone gives them back."""
    import duckdb

    path = tmp_path / "w.duckdb"
    workspace = store.open_workspace(path)
    workspace.import_file(_mentions(tmp_path, pd.Series(["Отличный кофе", "Кофе остыл"]), sentiment=["positive", ""]))
    workspace.close()
    store.forget(path)
    with duckdb.connect(str(path)) as con:  # as the layout before wrote it
        con.execute("UPDATE mentions SET export_sentiment = NULL")
        con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    workspace = store.open_workspace(path)
    try:
        kept = _by_text(workspace)["export_sentiment"]
        assert kept.loc["Отличный кофе"] == "positive" and pd.isna(kept.loc["Кофе остыл"])
        report = workspace.add_codes(
            read_codes(_codes(tmp_path, pd.DataFrame({"text": ["Отличный кофе"], "label": ["negative"]})))
        )
        workspace.undo(report.import_id)
        back = _by_text(workspace).loc["Отличный кофе", ["sentiment", "sentiment_source"]].tolist()
        assert back == ["positive", "export"]
    finally:
        workspace.close()
