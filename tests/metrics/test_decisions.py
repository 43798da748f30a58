"""The decision log: kept with its period in the workspace, each change a version, the latest undone."""

from __future__ import annotations

from datetime import date

import pytest

from metrics import store
from metrics.decisions import DecisionError

W46, W47 = (date(2026, 11, 9), date(2026, 11, 15)), (date(2026, 11, 16), date(2026, 11, 22))


def test_a_decision_is_kept_with_its_period_its_status_changes_and_the_latest_change_is_undone(tmp_path):
    path = tmp_path / "w.duckdb"
    workspace = store.open_workspace(path)
    numbers, log = workspace.version(), workspace.decisions_version()
    first = workspace.decide(
        start=W46[0],
        end=W46[1],
        what="  Answer every VK\nquestion  within 2 hours ",
        who="Anna",
        due=date(2026, 11, 20),
        brand="Зерно",
    )
    assert first.what == "Answer every VK question within 2 hours" and first.status == "open"
    workspace.decide(start=W47[0], end=W47[1], what="Bring back the old raf recipe", brand="Зерно")
    assert [d.what for d in workspace.decisions(start=W46[0], end=W46[1])] == [first.what]
    workspace.change_decision(first.id, status="done")
    # A decision changes no number: the data's version (every number's cache) stays, the log's grows.
    assert workspace.version() == numbers and workspace.decisions_version() == log + 3
    workspace.close()
    store.forget(path)

    workspace = store.open_workspace(path)  # kept in the workspace file
    try:
        assert workspace.decisions(start=W46[0], end=W46[1])[0].status == "done"
        assert workspace.undo_decision() == first.id  # the status set by mistake is taken back
        assert workspace.decisions(start=W46[0], end=W46[1])[0].status == "open"
        workspace.remove_decision(first.id)
        assert workspace.decisions(start=W46[0], end=W46[1]) == []
        workspace.undo_decision()  # and a removal too
        assert [d.id for d in workspace.decisions()] == [first.id, first.id + 1]
        assert workspace.decisions(brand="Крона") == []
    finally:
        workspace.close()


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (dict(what="   "), "empty"),
        (dict(what="x" * 2001), "too_long"),
        (dict(status="maybe"), "status"),
    ],
)
def test_a_decision_that_cannot_be_written_is_refused_and_nothing_is_written(tmp_path, change, code):
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        made = workspace.decide(start=W47[0], end=W47[1], what="Reply faster")
        version = workspace.decisions_version()
        with pytest.raises(DecisionError) as caught:
            workspace.change_decision(made.id, **change)
        assert caught.value.code == code and workspace.decisions_version() == version
        assert workspace.decisions()[0].what == "Reply faster" and workspace.decisions()[0].status == "open"
        with pytest.raises(DecisionError, match="unknown"):
            workspace.change_decision(made.id + 5, status="done")
    finally:
        workspace.close()
