"""Column mappings a user made for a file nobody recognised, so next week's file is read without asking.

A mapping belongs to a *shape*: the file's header, normalised. It says which source column holds
each canonical column of one table, and becomes a :class:`Format` like any other. A saved mapping
has a name, so that it can also be applied by name to a file of another shape (``--template``).

>>> m = from_pairs("mentions", ["Дата поста=published_at", "Текст поста=text"])
>>> m.columns
{'published_at': 'Дата поста', 'text': 'Текст поста'}
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace

from metrics.ingest import vocab
from metrics.ingest.formats.base import LOCAL, Format
from metrics.ingest.formats.generic import _audience, _mentions
from metrics.schema import mappable_columns, required_to_map


class MappingError(ValueError):
    """A column mapping that cannot be used: ``code`` and ``params`` say why (the interface words it)."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params
        super().__init__(f"{code}: {params}")


@dataclass(frozen=True)
class Mapping:
    """``columns``: canonical column → the source header that holds it, for one ``table``.

    ``headers`` is the whole header row of the file the mapping was made for (empty for a mapping
    typed in a shell before any file was read); ``name`` is what it is saved under.
    """

    table: str
    columns: dict[str, str]
    headers: tuple[str, ...]
    name: str | None = None
    base: str | None = None  # a known format these columns are added to (columns it left unused), or none

    @classmethod
    def extending(cls, base: str, columns: dict[str, str], headers, name: str | None = None) -> Mapping:
        """Columns of a file a known format reads that it left unused, mapped by the user: the format
        reads them too, for every file of the same header."""
        from metrics.ingest.formats import BY_ID

        return cls(BY_ID[base].table, dict(columns), tuple(str(h) for h in headers), name, base)

    @property
    def shape(self) -> str:
        return shape_of(self.headers)

    def missing(self) -> list[str]:
        """Required columns of the table that the mapping does not cover."""
        if self.base:
            return []  # the format it extends reads them
        return [c for c in required_to_map(self.table) if c not in self.columns]

    def as_format(self) -> Format:
        if self.base:
            from metrics.ingest.formats import BY_ID

            fmt = BY_ID[self.base]
            return replace(fmt, columns={**fmt.columns, **{c: (h,) for c, h in self.columns.items()}})
        finish = {"mentions": _mentions, "audience": _audience}.get(self.table)
        return Format(
            "mapping",
            self.table,
            {c: (h,) for c, h in self.columns.items()},
            signature=tuple(self.columns),
            tz=LOCAL,
            finish=finish,
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "table": self.table,
                "columns": self.columns,
                "headers": list(self.headers),
                **({"base": self.base} if self.base else {}),
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        data = json.loads(text)
        return cls(data["table"], dict(data["columns"]), tuple(data["headers"]), base=data.get("base"))


def shape_of(headers) -> str:
    """A stable id of a header row: the same columns in any order, case or spacing give the same id."""
    names = sorted(vocab.normalise_header(h) for h in headers if str(h).strip())
    return hashlib.sha256("\x1f".join(names).encode()).hexdigest()[:16]


def from_pairs(table: str, pairs: list[str] | tuple[str, ...], *, name: str | None = None) -> Mapping:
    """A mapping from ``SOURCE=FIELD`` pairs as typed in a shell; split on the last ``=``.

    Raises :class:`MappingError`: ``not_a_pair``, ``unknown_field`` (with the valid ``fields``),
    ``field_twice`` or ``unmapped_required``. Whether each source is a column of a file is
    known only when the file is read.

    >>> from_pairs("mentions", ["Тон=text"])
    Traceback (most recent call last):
    ...
    metrics.ingest.mapping.MappingError: unmapped_required: {'table': 'mentions', 'columns': ['published_at']}
    """
    fields = mappable_columns(table)
    columns: dict[str, str] = {}
    for pair in pairs:
        source, sep, field_name = pair.rpartition("=")
        source, field_name = source.strip(), field_name.strip().casefold()
        if not sep or not source or not field_name:
            raise MappingError("not_a_pair", pair=pair)
        if field_name not in fields:
            raise MappingError("unknown_field", field=field_name, table=table, fields=fields)
        if field_name in columns:
            raise MappingError("field_twice", field=field_name, sources=[columns[field_name], source])
        columns[field_name] = source
    mapping = Mapping(table, columns, (), name=name)
    missing = mapping.missing()
    if missing:
        raise MappingError("unmapped_required", table=table, columns=missing)
    return mapping
