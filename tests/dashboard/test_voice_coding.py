"""Teaching the sentiment model on the Voice of the customer page (AppTest): a person codes mentions the
source left without a sentiment, each code applies at once, and the agreement with the codes is stated."""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from metrics import store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")


def voice_page(monkeypatch, home: Path, workspace: Path) -> AppTest:
    monkeypatch.setenv("RESONANCE_HOME", str(home))
    monkeypatch.setenv("RESONANCE_WORKSPACE", str(workspace))
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("app_pages/voice.py").run()
    assert not at.exception, at.exception
    return at


def plain(text: str) -> str:
    """What a reader sees of a markdown element whose text was escaped."""
    return re.sub(r"\\(.)", r"\1", text)


def status(at: AppTest) -> str:
    return next(plain(m.value) for m in at.markdown if plain(m.value).startswith("Модель:"))


def card(at: AppTest) -> str:
    """The text offered to code (the page's first third-level heading)."""
    return next(plain(m.value) for m in at.markdown if m.value.startswith("### ")).removeprefix("### ")


def test_coding_ten_mentions_applies_each_code_and_states_the_agreement(monkeypatch, demo_with_comments):
    home, workspace = demo_with_comments
    at = voice_page(monkeypatch, home, workspace)
    assert status(at).endswith("с вашей разметкой ещё не сверялась.")
    seen, before = [], status(at)
    for i in range(10):
        text = card(at)
        seen.append(text)
        choice = ("negative", "neutral", "positive")[i % 3]
        at.button(key=f"voice_code_{choice}").click().run()
        assert not at.exception, at.exception
        if i == 0:
            assert "n = 1" in status(at) and status(at) != before  # the agreement is stated from the first code
    assert len(set(seen)) == 10  # a coded text is not offered again
    assert "согласие с вашей разметкой" in status(at) and "n = 10" in status(at)
    at.switch_page("app_pages/data.py").run()  # the round is one line of the history, to undo there
    history = next(df.value for df in at.dataframe if "#" in df.value.columns)
    assert (history.iloc[:, 1] == "Разметка тональности на странице «Голос клиента»").sum() == 1
    opened = store.open_workspace(workspace)
    try:
        mentions = opened.read("mentions", with_text=True).set_index("text")
        coded = mentions.loc[seen]
        assert set(coded["sentiment_source"]) == {"manual"}
        history = opened.imports()
        rounds = history[history["format_id"] == store.CODES_ON_PAGE]
        assert len(rounds) == 1 and rounds["rows_added"].item() == 10  # one round, one line to undo
        assert opened.sentiment_model().pending == 0  # the model learnt at the end of the round
    finally:
        opened.close()
        store.forget(workspace)


def test_a_skipped_mention_is_not_offered_again_and_nothing_is_written(monkeypatch, demo_with_comments):
    home, workspace = demo_with_comments
    at = voice_page(monkeypatch, home, workspace)
    first = card(at)
    at.button(key="voice_code_skip").click().run()
    assert card(at) != first
    assert "ещё не сверялась" in status(at)


def test_a_workspace_whose_sources_gave_every_sentiment_has_nothing_to_code(monkeypatch, demo_copy):
    home, workspace = demo_copy
    at = voice_page(monkeypatch, home, workspace)
    assert any("нечего размечать" in c.value for c in at.caption)
    assert not [b for b in at.button if b.key and b.key.startswith("voice_code_")]
