"""The decision log on This week (AppTest): written in the meeting, opening next week's page with its
status, changed with one click, undone; a decision without a text is refused in words."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

from metrics import store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")


def week(monkeypatch, home: Path, workspace: Path, iso: str) -> AppTest:
    monkeypatch.setenv("RESONANCE_HOME", str(home))
    monkeypatch.setenv("RESONANCE_WORKSPACE", str(workspace))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"week": iso, "lang": "en"})
    at.run()
    assert not at.exception, at.exception
    return at


def lines(at: AppTest) -> list[str]:
    return [m.value.replace("\\", "") for m in at.markdown]


def test_a_decision_written_this_week_opens_next_weeks_page_with_its_status(monkeypatch, demo_copy):
    home, workspace = demo_copy
    at = week(monkeypatch, home, workspace, "2026-W46")
    assert "Last week we decided:" not in " ".join(lines(at))
    at.text_input(key="week_decision_what").input("Answer every VK question within 2 hours")
    at.text_input(key="week_decision_who").input("Anna")
    at.button(key="FormSubmitter:week_decision_form-Write the decision").click().run()
    assert not at.exception, at.exception
    assert "#1 [open] Answer every VK question within 2 hours — Anna" in lines(at)

    at = week(monkeypatch, home, workspace, "2026-W47")
    assert "**Last week we decided:**" in lines(at)
    assert "#1 [open] Answer every VK question within 2 hours — Anna" in lines(at)
    status = next(s for s in at.segmented_control if s.key.startswith("week_status_1_"))
    status.set_value("done").run()
    assert "#1 [done] Answer every VK question within 2 hours — Anna" in lines(at)
    opened = store.open_workspace(workspace)
    assert opened.decisions()[0].status == "done"
    at.button(key="week_decision_undo").click().run()  # the status set by mistake is taken back
    assert "#1 [open] Answer every VK question within 2 hours — Anna" in lines(at)


def test_a_decision_without_a_text_is_refused_in_words(monkeypatch, demo_copy):
    home, workspace = demo_copy
    at = week(monkeypatch, home, workspace, "2026-W47")
    at.button(key="FormSubmitter:week_decision_form-Write the decision").click().run()
    assert [e.value for e in at.error] == ["a decision needs a text: say what will be done."]
