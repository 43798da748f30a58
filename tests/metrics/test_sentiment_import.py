"""Every mention gets a sentiment on import when its source gave none: the model's, said to be the model's;
an export's own label is never overwritten; a brand's name is no sentiment word."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pandas as pd

from metrics import store
from metrics.ingest import read_export
from metrics.periods import Period, parse_week
from metrics.summary import summary

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_sentiment import SETS, f_macro

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "listening"
HEADER = "Дата,Бренд,Площадка,Автор,Текст"


def read(lines: list[str], header: str = HEADER):
    return read_export(("\n".join([header, *lines]) + "\n").encode(), name="mentions.csv").frame


def test_mentions_without_a_sentiment_column_are_scored_by_the_model():
    frame = read(
        [
            "2026-11-20 10:00,Зерно,vk,a,Отличный кофе спасибо",
            "2026-11-20 11:00,Зерно,vk,b,Кофе холодный и невкусный",
            "2026-11-20 12:00,Зерно,vk,c,Открылись в 9",
            "2026-11-20 13:00,Зерно,vk,d,Great coffee",
            "2026-11-20 14:00,Зерно,vk,e,",
        ]
    )
    assert frame["sentiment"].tolist()[:4] == ["positive", "negative", "neutral", "positive"]
    assert frame["sentiment_source"].tolist()[:4] == ["model"] * 4
    assert frame["language"].tolist()[:4] == ["ru", "ru", "ru", "en"]
    last = frame.iloc[4]  # no text: nothing to judge, and no source of a judgement
    assert pd.isna(last["sentiment"]) and pd.isna(last["sentiment_source"])


def test_an_exports_label_is_kept_and_only_its_empty_cells_are_judged():
    frame = read(
        [
            "2026-11-20 10:00,Зерно,vk,a,Отличный кофе спасибо,negative",  # the export's word stands
            "2026-11-20 11:00,Зерно,vk,b,Отличный кофе спасибо,",  # empty: the model judges
            "2026-11-20 12:00,Зерно,vk,c,Ужасно,mixed",  # a judgement the vocabulary calls unknown
        ],
        header=HEADER + ",Тональность",
    )
    assert frame["sentiment"].tolist() == ["negative", "positive", "unknown"]
    assert frame["sentiment_source"].tolist() == ["export", "model", "export"]


def test_a_brands_name_is_no_sentiment_word():
    frame = read(["2026-11-20 10:00,Супер,vk,a,Заказал Супер на дом"])
    assert frame["sentiment"].tolist() == ["neutral"]


def test_a_real_export_in_another_language_is_left_without_a_sentiment(tmp_path):
    """Media Cloud's French stories carry no sentiment: the model reads Russian and English only, so it
    judges none of them (no made-up neutral), and the reception indicators stay without a value."""
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        report = workspace.import_file(REAL / "mediacloud_cote-d-ivoire-or-ivory-all-story-urls-20251024062233.csv")
        assert report.error is None
        mentions = workspace.read("mentions", with_text=True)
        assert len(mentions) == 300 and set(mentions["language"]) == {"fr"}
        assert mentions["sentiment"].isna().all() and mentions["sentiment_source"].isna().all()
        days = mentions["published_at"].dt.date
        s = summary(workspace, period=Period(days.min(), days.max()), brand=mentions["brand"].iloc[0], include=(), n=5)
        assert math.isnan(s.indicators["positive_share"].value)
    finally:
        workspace.close()


def test_real_russian_texts_without_a_sentiment_light_the_reception_indicators(tmp_path):
    """Real Russian sentences (CEDR) in the commonest layout, a generic table without a sentiment column:
    after the import every one has the model's sentiment, the shares have values, and the model agrees
    with the people who labelled them as the benchmark says."""
    texts = pd.read_csv(SETS["ru"])
    rows = pd.DataFrame(
        {
            "Дата": [f"2026-11-{16 + i % 7:02d} {i % 24:02d}:{i % 60:02d}" for i in range(len(texts))],
            "Бренд": "Зерно",
            "Площадка": "vk",
            "Автор": [f"user{i % 500}" for i in range(len(texts))],
            "Текст": texts["text"],
        }
    )
    path = tmp_path / "mentions.csv"
    rows.to_csv(path, index=False)
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        assert workspace.import_file(path).error is None
        mentions = workspace.read("mentions", with_text=True)
        assert len(mentions) == len(texts)
        assert set(mentions["sentiment_source"]) == {"model"}
        assert (mentions["language"] == "ru").mean() > 0.97  # a few are links or English quotes
        s = summary(workspace, period=parse_week("2026-W47"), brand="Зерно", include=(), n=5)
        for id in ("positive_share", "negative_share", "net_sentiment"):
            assert not math.isnan(s.indicators[id].value), id
        judged = mentions.set_index("text")["sentiment"]
        value, _ = f_macro(texts["label"].tolist(), judged.reindex(texts["text"]).fillna("neutral").tolist())
        assert value >= 0.45
    finally:
        workspace.close()
