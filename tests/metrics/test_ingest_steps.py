"""Reading in steps: plan, parse (on any executor), finish, conform; how a file is read never changes what it gives."""

from __future__ import annotations

from concurrent.futures import Executor, Future
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import Tuning, read_export
from metrics.ingest.options import ReadOptions
from metrics.ingest.parse import Account, Inline, parse_columns, table_rows
from metrics.ingest.plan import plan_table, recognise
from metrics.ingest.sniff import head_rows

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
TODAY = date(2026, 11, 26)
SALES = "Дата;Выручка;Заказы\n16.11.2026;1 200,50;3\n\n17.11.2026;-5;x\nИтого;1 195,50;3\n"


class Recording(Executor):
    """Runs each call on the calling thread and remembers the canonical column it parsed."""

    def __init__(self) -> None:
        self.columns: list[str] = []

    def submit(self, fn, /, *args, **kwargs) -> Future:
        self.columns.append(args[1])
        return Inline().submit(fn, *args, **kwargs)


def sales_plan():
    head = head_rows(SALES, ";", 25)
    header = recognise(head, "sales.csv", ReadOptions(today=TODAY))
    return head, plan_table(head, header, "sales.csv", ReadOptions(today=TODAY), header_row=header.line)


def test_the_plan_says_what_the_table_is_before_a_cell_is_parsed():
    _, plan = sales_plan()
    assert (plan.fmt.table, plan.header_row, plan.header) == ("sales", 1, ["Дата", "Выручка", "Заказы"])
    assert plan.found == {"date": "Дата", "revenue": "Выручка", "orders": "Заказы"}
    assert (plan.export_day, plan.export_day_named, plan.needed) == (TODAY, False, [0, 1, 2])


def test_columns_are_parsed_on_the_executor_given_in_the_plans_order():
    _, plan = sales_plan()
    raw = pd.DataFrame(
        [["16.11.2026", "1 200,50", "3"], [None, None, None], ["17.11.2026", "-5", "x"], ["Итого", "1 195,50", "3"]],
        dtype=object,
    )
    account = Account()
    rows = table_rows(plan, raw, account)
    executor = Recording()
    frame, parsed = parse_columns(plan, rows.raw, account, executor=executor)
    assert executor.columns == ["date", "revenue", "orders"] == list(frame.columns)
    assert account.skipped == {"empty_row": 1, "total_row": 1}
    assert frame["revenue"].tolist() == [1200.5, -5.0] and parsed.bad_rows.tolist() == [False, False]
    assert account.counts == {"bad_number": 1} and account.warnings[0].row == 4  # «x» orders, as a user counts rows


@pytest.mark.parametrize(
    "name", ["brandwatch_mentions.csv", "sales_1c.csv", "vk_posts.csv", "telegram_stats.csv", "marketing_calendar.xlsx"]
)
@pytest.mark.parametrize(
    "tuning",
    [Tuning(threads=0), Tuning(threads=3), Tuning(max_warnings=20, block_size=1 << 12)],
    ids=["inline", "three threads", "small blocks"],
)
def test_how_a_file_is_read_never_changes_what_it_gives(name, tuning):
    usual = read_export(EXPORTS / name, today=TODAY)
    tuned = read_export(EXPORTS / name, today=TODAY, tuning=tuning)
    pd.testing.assert_frame_equal(usual.frame, tuned.frame)
    assert (usual.rows_skipped, usual.warning_counts, usual.warnings) == (
        tuned.rows_skipped,
        tuned.warning_counts,
        tuned.warnings,
    )


def test_fewer_warnings_are_kept_but_every_one_is_counted():
    usual = read_export(EXPORTS / "brandwatch_mentions.csv", today=TODAY)
    brief = read_export(EXPORTS / "brandwatch_mentions.csv", today=TODAY, tuning=Tuning(max_warnings=0))
    assert brief.warning_counts == usual.warning_counts and len(brief.warnings) < len(usual.warnings)
