"""The meeting's decisions, kept in the workspace with the period they were taken for.

A decision says what will be done, who does it, by when, and how it stands (``open``, ``done``,
``dropped``). Every change is a new version of the decision (written, changed, removed): the log keeps
them all, what is shown is each decision's latest version, and :func:`undo` takes back the latest change
of the log, whatever it was — a decision written by mistake, a status set by mistake, a removal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import duckdb

STATUSES = ("open", "done", "dropped")
DDL = (
    "CREATE SEQUENCE IF NOT EXISTS decision_ids START 1",
    "CREATE SEQUENCE IF NOT EXISTS decision_changes START 1",
    """CREATE TABLE IF NOT EXISTS decisions (
        change BIGINT PRIMARY KEY, id BIGINT NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL,
        brand VARCHAR, what VARCHAR NOT NULL, who VARCHAR, due DATE, status VARCHAR NOT NULL,
        removed BOOLEAN NOT NULL DEFAULT FALSE, written_at TIMESTAMPTZ NOT NULL)""",
)
MAX_TEXT = 2000  # characters of a decision's "what" and "who"


class DecisionError(ValueError):
    """A decision that cannot be written: ``code`` says why (``empty``, ``too_long``, ``status``,
    ``unknown``, ``nothing_to_undo``), ``params`` what a message needs."""

    def __init__(self, code: str, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(f"{code} {params}" if params else code)


@dataclass(frozen=True)
class Decision:
    """One decision as it stands: what, who, by when, its status, the period it was taken for."""

    id: int
    period_start: date
    period_end: date
    brand: str | None
    what: str
    who: str | None
    due: date | None
    status: str
    written_at: datetime

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "period": {"start": self.period_start.isoformat(), "end": self.period_end.isoformat()},
            "brand": self.brand,
            "what": self.what,
            "who": self.who,
            "due": self.due.isoformat() if self.due else None,
            "status": self.status,
        }


_COLUMNS = "id, period_start, period_end, brand, what, who, due, status, written_at"


def _clean(text: str | None, *, required: bool) -> str | None:
    value = " ".join((text or "").split())
    if not value:
        if required:
            raise DecisionError("empty")
        return None
    if len(value) > MAX_TEXT:
        raise DecisionError("too_long", limit=MAX_TEXT, length=len(value))
    return value


def _latest(cur: duckdb.DuckDBPyConnection, where: str = "TRUE", params: list | None = None) -> list[Decision]:
    rows = cur.execute(
        f"""SELECT {_COLUMNS} FROM decisions
            QUALIFY row_number() OVER (PARTITION BY id ORDER BY change DESC) = 1 AND NOT removed AND {where}
            ORDER BY period_start, id""",
        params or [],
    ).fetchall()
    return [Decision(*row) for row in rows]


def current(
    cur: duckdb.DuckDBPyConnection, *, start: date | None = None, end: date | None = None, brand: str | None = None
) -> list[Decision]:
    """The decisions as they stand, of the periods that overlap ``start``..``end`` (all without them), of
    ``brand`` when given."""
    where: list[str] = ["TRUE"]
    params: list[object] = []
    if start is not None:
        where.append("period_end >= ?")
        params.append(start)
    if end is not None:
        where.append("period_start <= ?")
        params.append(end)
    if brand is not None:
        where.append("brand IS NOT DISTINCT FROM ?")
        params.append(brand)
    return _latest(cur, " AND ".join(where), params)


def _write(cur: duckdb.DuckDBPyConnection, d: Decision, *, removed: bool = False) -> None:
    change = cur.execute("SELECT nextval('decision_changes')").fetchall()[0][0]
    cur.execute(
        "INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            change,
            d.id,
            d.period_start,
            d.period_end,
            d.brand,
            d.what,
            d.who,
            d.due,
            d.status,
            removed,
            datetime.now(UTC),
        ],
    ).fetchall()


def add(
    cur: duckdb.DuckDBPyConnection,
    *,
    start: date,
    end: date,
    what: str,
    who: str | None = None,
    due: date | None = None,
    brand: str | None = None,
) -> Decision:
    """A new decision for the period ``start``..``end``, open."""
    decision_id = cur.execute("SELECT nextval('decision_ids')").fetchall()[0][0]
    made = Decision(
        decision_id,
        start,
        end,
        brand,
        _clean(what, required=True) or "",
        _clean(who, required=False),
        due,
        "open",
        datetime.now(UTC),
    )
    _write(cur, made)
    return made


def _one(cur: duckdb.DuckDBPyConnection, decision_id: int) -> Decision:
    found = _latest(cur, "id = ?", [decision_id])
    if not found:
        raise DecisionError("unknown", id=decision_id)
    return found[0]


def change(
    cur: duckdb.DuckDBPyConnection,
    decision_id: int,
    *,
    status: str | None = None,
    what: str | None = None,
    who: str | None = None,
    due: date | None = None,
) -> Decision:
    """A decision's new status (or text, owner, day): a new version of it."""
    before = _one(cur, decision_id)
    if status is not None and status not in STATUSES:
        raise DecisionError("status", value=status, valid=", ".join(STATUSES))
    after = Decision(
        before.id,
        before.period_start,
        before.period_end,
        before.brand,
        _clean(what, required=True) if what is not None else before.what,  # type: ignore[arg-type]
        _clean(who, required=False) if who is not None else before.who,
        due if due is not None else before.due,
        status or before.status,
        datetime.now(UTC),
    )
    _write(cur, after)
    return after


def remove(cur: duckdb.DuckDBPyConnection, decision_id: int) -> None:
    _write(cur, _one(cur, decision_id), removed=True)


def undo(cur: duckdb.DuckDBPyConnection) -> int:
    """Take back the latest change of the log; returns the decision it was about."""
    last = cur.execute("SELECT change, id FROM decisions ORDER BY change DESC LIMIT 1").fetchall()
    if not last:
        raise DecisionError("nothing_to_undo")
    cur.execute("DELETE FROM decisions WHERE change = ?", [last[0][0]]).fetchall()
    return int(last[0][1])
