"""The one lookup of words for people, and numbers and dates formatted for the chosen language.

Every user-visible string — in the dashboard, the CLI and error messages — is looked up here by
key with :func:`t`. The words live in one table per layer (``resonance/words/*.py`` for the words
the interfaces share, the command line's, what reading a file gave, format names, indicators,
insights and context; ``dashboard/words.py`` for the dashboard's own); :func:`assemble` joins them
and refuses a key that two tables both define, so that one never silently overwrites the other. An
interface outside this package adds its table with :func:`register` when it is imported (this
package never imports it).

Importing this module is cheap (``resonance --help`` imports it): the tables are joined when a word
is first looked up (the indicators' words take their English from the indicator registry, which
imports pandas), and Babel and pandas are imported by the functions that format numbers and dates.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

LANGUAGES = ("ru", "en")
DEFAULT_LANGUAGE = "ru"
NO_VALUE = "–"

Entry = dict[str, str]  # a text by language: {"ru": ..., "en": ...}
Table = Mapping[str, Entry]


class DuplicateKeyError(ValueError):
    """Two tables of words define the same key: one would silently hide the other."""


def assemble(tables: Mapping[str, Table]) -> dict[str, Entry]:
    """One table from the tables of the layers (by name); a key that two of them define raises.

    >>> assemble({"a": {"x.one": {"en": "one"}}, "b": {"x.two": {"en": "two"}}})
    {'x.one': {'en': 'one'}, 'x.two': {'en': 'two'}}
    >>> assemble({"a": {"x.one": {"en": "one"}}, "b": {"x.one": {"en": "uno"}}})
    Traceback (most recent call last):
    ...
    resonance.i18n.DuplicateKeyError: 'x.one' is in the words of both a and b
    """
    out: dict[str, Entry] = {}
    owner: dict[str, str] = {}
    for layer, table in tables.items():
        for key, entry in table.items():
            if key in owner:
                raise DuplicateKeyError(f"{key!r} is in the words of both {owner[key]} and {layer}")
            owner[key] = layer
            out[key] = entry
    return out


def _own_tables() -> dict[str, Table]:
    """The tables of this package, by layer."""
    from resonance.words import app, cli, context, formats, indicators, ingest, insights, reports, vocabulary

    return {
        "app": app.TEXTS,
        "cli": cli.TEXTS,
        "ingest": ingest.TEXTS,
        "formats": formats.TEXTS,
        "indicators": indicators.TEXTS,
        "insights": insights.TEXTS,
        "context": context.TEXTS,
        "vocabulary": vocabulary.TEXTS,
        "reports": reports.TEXTS,
    }


class _Lookup:
    """The tables by layer and the one table they join into, made on first use (once, whatever the thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tables: dict[str, Table] | None = None
        self._texts: dict[str, Entry] = {}

    def tables(self) -> dict[str, Table]:
        if self._tables is None:
            with self._lock:
                if self._tables is None:
                    tables = _own_tables()
                    self._texts = assemble(tables)
                    self._tables = tables
        return self._tables

    def texts(self) -> dict[str, Entry]:
        self.tables()
        return self._texts

    def register(self, layer: str, table: Table) -> None:
        with self._lock:
            tables = self._tables if self._tables is not None else _own_tables()
            self._texts = assemble({**tables, layer: table})  # raises before anything changes
            self._tables = {**tables, layer: table}


_V = TypeVar("_V")


class _View(Mapping[str, _V]):
    """A read-only view of a table the lookup makes on first use."""

    def __init__(self, table: Callable[[], dict[str, _V]]) -> None:
        self._table = table

    def __getitem__(self, key: str) -> _V:
        return self._table()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._table()

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())

    def __repr__(self) -> str:
        return repr(self._table())


_LOOKUP = _Lookup()
# The tables of the layers, by layer (an interface outside this package adds its own with ``register``),
# and the one table of every key they hold.
TABLES: Mapping[str, Table] = _View(_LOOKUP.tables)
TEXTS: Mapping[str, Entry] = _View(_LOOKUP.texts)


def register(layer: str, table: Table) -> None:
    """Add ``table``, the words of ``layer``, to the one lookup; registering a layer again replaces its
    table (a module reloaded). Raises :class:`DuplicateKeyError`, changing nothing, when one of its
    keys is already another layer's."""
    _LOOKUP.register(layer, table)


def t(key: str, lang: str, /, **params: object) -> str:
    """The text for ``key`` in ``lang``, with ``{name}`` placeholders filled from ``params``.

    >>> t("app.title", "en")
    'Resonance'
    """
    try:
        entry = _LOOKUP.texts()[key]
    except KeyError:
        raise KeyError(f"no text for key {key!r}") from None
    text = entry.get(lang) or entry["en"]
    return text.format(**params) if params else text


# A number to show (ints are floats to the type checker); None, NaN and pandas' NA are shown as "–".
Number = float | Decimal


def is_missing(value: object) -> bool:
    """True for None, NaN and pandas' NA: the values shown as "–"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    kind = type(value)  # told by its type: asking pandas for its NA would import it
    return kind.__name__ == "NAType" and kind.__module__.startswith("pandas")


# Babel is imported where a number or a date is first formatted, not with the lookup.
def _decimal(value: Number, *, format: str, locale: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, format=format, locale=locale)


def _percent(value: Number, *, format: str, locale: str) -> str:
    from babel.numbers import format_percent

    return format_percent(value, format=format, locale=locale)


def _day(day: date | datetime, *, format: str, locale: str) -> str:
    from babel.dates import format_date

    return format_date(day, format=format, locale=locale)


def format_number(value: Number | None, lang: str, *, digits: int = 0) -> str:
    """A number as people write it in ``lang``: ``12 345`` in Russian, ``12,345`` in English.

    >>> format_number(12345.6, "en")
    '12,346'
    >>> format_number(float("nan"), "ru")
    '–'
    """
    if value is None or is_missing(value):
        return NO_VALUE
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return _decimal(value, format=pattern, locale=lang)


def format_compact(value: Number | None, lang: str) -> str:
    """A large count shortened for a tile: ``1.2M`` / ``1,2 млн``."""
    if value is None or is_missing(value):
        return NO_VALUE
    v = float(value)
    for bound, key in ((1e9, "unit.billion"), (1e6, "unit.million"), (1e3, "unit.thousand")):
        if abs(v) >= bound * 10 or (bound >= 1e6 and abs(v) >= bound):
            shown = _decimal(v / bound, format="#,##0.#", locale=lang)
            return f"{shown}\u00a0{t(key, lang)}"
    return format_number(v, lang)


def format_percent_value(value: Number | None, lang: str, *, digits: int = 1) -> str:
    """A fraction as a percentage: ``0.234`` → ``23.4%`` / ``23,4 %``."""
    if value is None or is_missing(value):
        return NO_VALUE
    return _percent(value, format="#,##0." + "0" * digits + "%", locale=lang)


def currency_symbol(currency: str, lang: str) -> str:
    key = "unit.currency." + currency
    return t(key, lang) if key in TEXTS else currency


def format_money(value: Number | None, currency: str, lang: str) -> str:
    """Money with the currency's symbol, shortened from a million: ``38 190 ₽``, ``13,1 млн ₽``.

    >>> format_money(13_100_000, "RUB", "en")
    '13.1\xa0M\xa0₽'
    """
    if value is None or is_missing(value):
        return NO_VALUE
    v = abs(float(value))
    shown = format_compact(value, lang) if v >= 1e6 else format_number(value, lang, digits=2 if 0 < v < 100 else 0)
    return f"{shown}\u00a0{currency_symbol(currency, lang)}"


def format_value(value: Number | None, unit: str, lang: str, *, currency: str = "RUB") -> str:
    """An indicator value formatted by its unit (count, fraction, index, currency, hours)."""
    if value is None or is_missing(value):
        return NO_VALUE
    if unit == "fraction":
        return format_percent_value(value, lang)
    if unit == "index":
        return _decimal(value, format="+0.00;−0.00", locale=lang)
    if unit == "currency":
        return format_money(value, currency, lang)
    if unit == "hours":
        return _hours(float(value), lang)
    return format_compact(value, lang)


def _hours(hours: float, lang: str) -> str:
    r"""A time to answer: whole minutes under an hour (a reply in 12 minutes is not "0.2 h"), else hours.

    >>> [_hours(h, lang).replace("\xa0", " ") for h, lang in ((0.2, "en"), (0.2, "ru"), (0.999, "en"), (1250.0, "ru"))]
    ['12 min', '12 мин', '1.0 h', '1 250,0 ч']
    """
    minutes = round(hours * 60)
    if abs(minutes) < 60:
        return f"{minutes}\u00a0{t('unit.minutes', lang)}"
    return f"{_decimal(hours, format='#,##0.0', locale=lang)}\u00a0{t('unit.hours', lang)}"


def format_decimal_value(value: Number | None, lang: str, *, digits: int = 2) -> str:
    """A plain decimal such as a correlation: ``0,42`` / ``-0.18``."""
    if value is None or is_missing(value):
        return NO_VALUE
    return _decimal(value, format="0." + "0" * digits, locale=lang)


def format_change(change: Number | None, unit: str, lang: str, *, currency: str = "RUB") -> str:
    """A change between two values: percentage points for fractions, signed numbers otherwise."""
    if change is None or is_missing(change):
        return NO_VALUE
    v = float(change)
    if unit == "fraction":
        return _decimal(v * 100, format="+#,##0.0;−#,##0.0", locale=lang) + "\u00a0" + t("unit.pp", lang)
    if unit == "index":
        return _decimal(v, format="+0.00;−0.00", locale=lang)
    sign = "+" if v >= 0 else "−"
    return sign + format_value(abs(v), unit, lang, currency=currency)


def format_relative(change_rel: Number | None, lang: str) -> str:
    if change_rel is None or is_missing(change_rel):
        return NO_VALUE
    return _percent(change_rel, format="+#,##0%;−#,##0%", locale=lang)


def format_day(day: date | datetime, lang: str, *, with_year: bool = True) -> str:
    """A day as ``16 нояб. 2026`` / ``Nov 16, 2026``."""
    return _day(day, format="medium" if with_year else "d MMM", locale=lang)


def format_moment(moment: object, lang: str, *, tz: str) -> str:
    """A moment (stored in UTC) as the clock showed it in ``tz``: ``22 нояб. 2026 г., 12:03`` /
    ``Nov 22, 2026, 12:03``. A time without a zone is read as UTC; a missing one is "–".

    >>> import pandas as pd
    >>> format_moment(pd.Timestamp("2026-11-22 09:03", tz="UTC"), "en", tz="Europe/Moscow")
    'Nov 22, 2026, 12:03'
    """
    import pandas as pd

    if is_missing(moment) or moment is pd.NaT:
        return NO_VALUE
    stamp = pd.Timestamp(moment)
    local = (stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp).tz_convert(tz)
    return f"{format_day(local, lang)}, {local:%H:%M}"


def format_month(first_day: date, lang: str) -> str:
    """A month as ``ноябрь 2026`` / ``November 2026``."""
    return _day(first_day, format="LLLL y", locale=lang)


def format_period(start: date, end: date, lang: str) -> str:
    """An inclusive period: ``16–22 нояб. 2026`` / ``Nov 16 – 22, 2026`` (Babel's interval format)."""
    from babel.dates import format_interval

    return format_interval(start, end, skeleton="yMMMd", locale=lang)
