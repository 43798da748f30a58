"""A workspace's tables as a summary reads them: each read on first use, and the mentions aggregated where
they lie as long as nobody asks for their rows.

A year of mentions is millions of rows; the period indicators need only their counts and sums, which
DuckDB computes beside the data (``metrics.indicators.pushdown``). Whoever needs the rows themselves
(spikes, the costs per positive mention, the voice of the customer) gets them by asking, and from then
on every reader of the call uses the rows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

import pandas as pd

from metrics import store
from metrics.indicators import pushdown


class WorkspaceTables(Mapping[str, "pd.DataFrame"]):
    """The tables ``names`` of ``workspace``, each read by ``read(name)`` the first time it is asked for.

    ``pushable(name)`` says whether the table is aggregated in the workspace rather than from its rows: while
    they have not been read, or always with ``aggregate_read`` (a dashboard holds the rows for its tables and
    lists, and still counts millions of them faster where they lie); ``aggregate`` runs such a query.
    ``name in tables`` reads nothing. A table is read once, whatever the threads asking for it.
    """

    def __init__(
        self,
        workspace: store.Workspace,
        names: Sequence[str],
        read: Callable[[str], pd.DataFrame],
        *,
        aggregate_read: bool = False,
    ) -> None:
        self._workspace = workspace
        self._names = list(names)
        self._read = read
        self._frames: dict[str, pd.DataFrame] = {}
        self._rows: dict[str, bool] = {}
        self._aggregate_read = aggregate_read
        self._lock = threading.Lock()
        self._bounds: dict[tuple[tuple[str, ...] | None, str], tuple[date | None, date | None]] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._names:
            raise KeyError(name)
        with self._lock:
            if name not in self._frames:
                self._frames[name] = self._read(name)
            return self._frames[name]

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def has_rows(self, name: str) -> bool:
        """Whether the workspace holds any row of ``name``, asked of it rather than read: a table without rows
        gives every indicator that needs it no value, whatever the days asked."""
        with self._lock:
            if name not in self._rows:
                self._rows[name] = (name in self._frames and len(self._frames[name]) > 0) or self._workspace.has_rows(
                    name
                )
            return self._rows[name]

    def pushable(self, name: str) -> bool:
        return name in self._names and (self._aggregate_read or name not in self._frames)

    def bounds(self, platforms: Sequence[str] | None, tz: str) -> tuple[date | None, date | None]:
        """The first and last local day of the mentions of those platforms, asked of the workspace once (every
        indicator series of a summary, every rerun of a page, needs them)."""
        key = (None if platforms is None else tuple(platforms), tz)
        with self._lock:
            if key not in self._bounds:
                self._bounds[key] = pushdown.bounds(self, platforms, tz)
            return self._bounds[key]

    def aggregate(self, sql: str, params: Mapping[str, Any]) -> list[tuple]:
        return self._workspace.aggregate(sql, dict(params))
