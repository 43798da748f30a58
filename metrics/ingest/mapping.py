"""Column mappings a user made for a file nobody recognised, so next week's file is read without asking.

A mapping belongs to a *shape*: the file's header, normalised. It says which source column holds
each canonical column of one table, and becomes a :class:`Format` like any other.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from metrics import schema
from metrics.ingest import vocab
from metrics.ingest.formats.base import LOCAL, Format
from metrics.ingest.formats.generic import _audience, _mentions


@dataclass(frozen=True)
class Mapping:
    """``columns``: canonical column → the source header that holds it, for one ``table``."""

    table: str
    columns: dict[str, str]
    headers: tuple[str, ...]

    @property
    def shape(self) -> str:
        return shape_of(self.headers)

    def missing(self) -> list[str]:
        """Required columns of the table that the mapping does not cover."""
        optional = {"brand", "platform"}  # filled by the workspace or set to "other"
        return [c for c in schema.TABLES[self.table].required if c not in self.columns and c not in optional]

    def as_format(self) -> Format:
        finish = {"mentions": _mentions, "audience": _audience}.get(self.table)
        return Format(
            "mapping", self.table, {c: (h,) for c, h in self.columns.items()},
            signature=tuple(self.columns), tz=LOCAL, finish=finish,
        )

    def to_json(self) -> str:
        return json.dumps({"table": self.table, "columns": self.columns, "headers": list(self.headers)},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Mapping":
        data = json.loads(text)
        return cls(data["table"], dict(data["columns"]), tuple(data["headers"]))


def shape_of(headers) -> str:
    """A stable id of a header row: the same columns in any order, case or spacing give the same id."""
    names = sorted(vocab.normalise_header(h) for h in headers if str(h).strip())
    return hashlib.sha256("\x1f".join(names).encode()).hexdigest()[:16]


def mappable_columns(table: str) -> list[str]:
    """The canonical columns a user may map for ``table``, required ones first."""
    spec = schema.TABLES[table]
    skip = {"mention_key", "sentiment_source", "snapshot_date", "is_question", "replied_at", "kind", "query",
            "published_tz"}
    columns = [c for c in spec.columns if c not in skip]
    return sorted(columns, key=lambda c: (c not in spec.required, columns.index(c)))
