"""The meeting's model: one period of one brand, its indicators against the period before, and what stood out.

:func:`summary` is the one place that assembles it; the command line (``resonance summary``), the
This week page, presentation mode and reports render the :class:`Summary` it returns. Everything
in it is a value (numbers, codes, dates, small frozen records and the indicators' table); the words
for people are chosen where it is shown (``resonance.say``, ``resonance.payload``).

What it holds:

- the period, the period it is compared with, the brand and whether it is a competitor;
- every indicator (:class:`Figure`): the registered ones with their value, previous value,
  change, 4-period average, level, unit and direction; the sales association and the mix costs
  (``kind`` ``"association"`` and ``"cost"``); and why a value is missing (``no_value``);
- the indicators over the ``n`` periods ending with the period (``trend``) and as a comparison table;
- the headlines; the spikes of our mentions over the trend's periods with what explains them;
  the voice of the customer (keywords, questions, complaints) of the period;
- the sales association of mentions with revenue over the year up to the period's end, as a
  ``Finding`` with the caveat it is always shown with.

Parts that read a lot can be left out with ``include`` (they are then None or empty).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

import pandas as pd

from metrics import association, schema, store
from metrics.catalog import REGISTRY
from metrics.indicators import pushdown
from metrics.indicators.compute import compare_values, comparison_frame, series_values, trend_frame
from metrics.indicators.registry import Indicator, frame, is_competitor, taken_as_ours
from metrics.periods import DEFAULT_TZ, RANGE, Period, granularity_of, periods_ending
from metrics.reading import WorkspaceTables

if TYPE_CHECKING:  # the insights are imported by the parts that use them: a summary of figures needs none
    from metrics.insights.headlines import Headline
    from metrics.insights.spikes import Quote, SpikeExplanation

PARTS = ("context", "spikes", "voice")  # what ``include`` can leave out; indicators and headlines are always in
TERMS = 5  # keywords of each sentiment in the voice highlights
QUOTES = 3  # questions and complaints in the voice highlights
# Columns that no indicator, association or cost reads (keys, links, texts, how the source wrote them):
# a summary read from a workspace leaves them there.
UNREAD = frozenset(
    {"mention_key", "url", "title", "text", "published_tz", "query", "author_audience", "language"}
    | {"sentiment_source", "export_sentiment", "ave", "post_id", "source_file", "source_row"}
)
# Tables read whole: an activity of the calendar counts in every period it overlaps, whenever it starts.
WHOLE = frozenset({"activities"})


@dataclass(frozen=True)
class Figure:
    """One indicator of the period against the one before.

    ``kind`` is ``"period"`` (a registered indicator), ``"association"`` (Pearson's r of weekly
    mentions with weekly revenue at the strongest lag) or ``"cost"`` (a cost per contact).
    ``avg4`` is the average of the 4 periods before (NaN for the other kinds); ``change_rel`` the
    relative change (NaN where the base is 0 or missing, and for the other kinds). ``no_value`` says
    why there is no value: ``"ours_only"`` (a competitor is chosen and the indicator reads our own
    accounts, sales or calendar), ``"no_data"`` (the data cannot give it), or None when it has one.
    """

    id: str
    kind: str
    value: float
    previous: float
    change: float
    change_rel: float
    avg4: float
    change_avg4: float
    change_avg4_rel: float
    level: str
    unit: str
    higher_is_better: bool | None
    ours_only: bool
    no_value: str | None


@dataclass(frozen=True)
class Term:
    """A keyword or hashtag: the mentions that use it and their share of the mentions read."""

    term: str
    mentions: int
    share: float


@dataclass(frozen=True)
class Voice:
    """The voice of the customer in the period: the top words of positive and negative mentions, the
    widest-reaching questions and complaints. ``has_text`` is False when the mentions carry no text."""

    has_text: bool
    positive: tuple[Term, ...] = ()
    negative: tuple[Term, ...] = ()
    questions: tuple[Quote, ...] = ()
    complaints: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class SalesAssociation:
    """How ``indicator_id``'s weeks move with revenue's weeks in ``start``..``end`` (``finding``), and the
    caveat it is always shown with (``"not_attribution"``: an association, never a cause)."""

    indicator_id: str
    start: date
    end: date
    finding: association.Finding
    caveat: str = association.CAVEAT


@dataclass(frozen=True, eq=False)
class Summary:
    """The meeting's model for ``period`` and ``brand`` (see the module's notes)."""

    period: Period
    previous: Period
    granularity: str
    brand: str | None
    our_brand: str | None
    tz: str
    currency: str
    indicators: Mapping[str, Figure]
    periods: tuple[Period, ...]  # the trend's, oldest first: the period is the last
    values: tuple[Mapping[str, float], ...]  # every registered indicator in each of them
    compared: Mapping[str, Mapping[str, Any]]  # each indicator's row of the comparison
    spikes: tuple[SpikeExplanation, ...] | None = None
    voice: Voice | None = None
    association: SalesAssociation | None = None
    included: tuple[str, ...] = PARTS
    given_trend: pd.DataFrame | None = field(default=None, repr=False)  # the trend's frame, when the caller had it

    @cached_property
    def trend(self) -> pd.DataFrame:
        """The indicators over the trend's periods (one row per period, indexed by its first day)."""
        if self.given_trend is not None:
            return self.given_trend
        return trend_frame(self.values, self.periods, [spec.id for spec in REGISTRY.of_kind("period").values()])

    @cached_property
    def comparison(self) -> pd.DataFrame:
        """The comparison table of the registered indicators (``metrics.indicators.compute.compare``)."""
        return comparison_frame(self.compared)

    @cached_property
    def headlines(self) -> tuple[Headline, ...]:
        """What changed most, told first (at most three)."""
        from metrics.insights.headlines import headlines

        return tuple(headlines(self.comparison, n=3, compared_with=self.granularity))

    @property
    def competitor(self) -> bool:
        """Whether the brand is a competitor's (our own accounts, sales and calendar are then not its)."""
        return is_competitor(self.brand, self.our_brand)

    @property
    def taken_as_ours(self) -> bool:
        """Whether figures of our own accounts, sales or calendar are shown for the brand as if it were ours: the
        workspace names no brand of its own (:func:`metrics.indicators.registry.taken_as_ours`)."""
        return taken_as_ours({i: f.value for i, f in self.indicators.items()}, self.our_brand)

    @property
    def only_for(self) -> str | None:
        """Our brand's name when a competitor is chosen, else None."""
        return self.our_brand if self.competitor else None

    @property
    def spikes_in_period(self) -> tuple[SpikeExplanation, ...]:
        """The spikes of the period itself (``spikes`` covers every period of the trend)."""
        return tuple(e for e in self.spikes or () if self.period.start <= e.day <= self.period.end)


def _nan(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]  # any value: one that float() refuses is NaN
    except (TypeError, ValueError):
        return math.nan


def _figure(id: str, row: Mapping[str, Any], *, competitor: bool) -> Figure:
    own = REGISTRY[id].ours_only
    value = _nan(row["value"])
    return Figure(
        id=id,
        kind="period",
        value=value,
        previous=_nan(row["previous"]),
        change=_nan(row["change"]),
        change_rel=_nan(row["change_rel"]),
        avg4=_nan(row["avg4"]),
        change_avg4=_nan(row["change_avg4"]),
        change_avg4_rel=_nan(row["change_avg4_rel"]),
        level=str(row["level"]),
        unit=str(row["unit"]),
        higher_is_better=REGISTRY[id].higher_is_better,
        ours_only=own,
        no_value=_why(value, own, competitor),
    )


def _why(value: float, own: bool, competitor: bool) -> str | None:
    if not math.isnan(value):
        return None
    return "ours_only" if own and competitor else "no_data"


def _context_figure(spec: Indicator, value: float, previous: float, *, competitor: bool) -> Figure:
    return Figure(
        id=spec.id,
        kind=spec.kind,
        value=value,
        previous=previous,
        change=value - previous,
        change_rel=math.nan,
        avg4=math.nan,
        change_avg4=math.nan,
        change_avg4_rel=math.nan,
        level=spec.level,
        unit=spec.unit,
        higher_is_better=spec.higher_is_better,
        ours_only=spec.ours_only,
        no_value=_why(value, spec.ours_only, competitor),
    )


def _context(
    tables, period: Period, previous: Period, brand: str | None, tz: str, *, competitor: bool
) -> tuple[dict[str, Figure], SalesAssociation | None]:
    """The numbers told beside the period's indicators (the association with sales, the costs per contact), each
    from its spec, for the period and the one before; none of them is a competitor's (they read our sales or
    calendar)."""
    figures: dict[str, Figure] = {}
    found, year = None, None
    if not competitor:  # the period's year of weeks, read once: its finding and the association's value
        start = period.end - timedelta(days=association.YEAR_DAYS)
        if _lacking(tables, ("sales",)):
            found = SalesAssociation("mentions", start, period.end, association.Finding("no_data"))
        else:
            year = association.year_table(tables, period, brand=brand, tz=tz)
            found = SalesAssociation("mentions", start, period.end, association.finding(year))
    for spec in REGISTRY.of_kind("association", "cost").values():
        if (competitor and spec.ours_only) or _lacking(tables, spec.needs):
            now = before = math.nan
        else:
            reads_year = year is not None and spec.func is association.sales_association
            now = association.strongest_r(year) if reads_year else spec.func(tables, period, brand=brand, tz=tz)
            before = spec.func(tables, previous, brand=brand, tz=tz)
        figures[spec.id] = _context_figure(spec, now, before, competitor=competitor)
    return figures, found


def _lacking(tables: Mapping[str, pd.DataFrame], names: Sequence[str]) -> bool:
    """Whether a workspace's tables tell, without reading them, that one of ``names`` holds no row: then every
    association and cost that needs it has no value (``tests/metrics/test_summary.py`` holds each to that)."""
    has_rows = getattr(tables, "has_rows", None)
    return has_rows is not None and not all(has_rows(name) for name in names)


def _spikes(
    tables, texts: Callable[[date, date], pd.DataFrame], shown: Period, brand: str | None, tz: str
) -> tuple[SpikeExplanation, ...]:
    """The spikes of our mentions in ``shown``, explained (texts are read for the spike days only)."""
    from metrics.insights import spikes as spikes_of

    if brand is None:
        return ()
    options = {"brand": brand, "start": shown.start, "end": shown.end, "tz": tz, "activities": tables.get("activities")}
    pushable = getattr(tables, "pushable", None)
    if pushable is not None and pushable(pushdown.TABLE):  # the days counted where the mentions lie
        daily = pushdown.daily(tables, brand, tz)
    else:
        daily = spikes_of.daily_counts(tables["mentions"], brand, tz)
    none = frame("mentions", {})
    found = spikes_of.find_spikes(none, **options, texts=none, daily=daily)  # thresholds need the weeks before
    if found:  # the same days and thresholds, explained from the texts of the spike days
        read = texts(min(s.day for s in found), max(s.day for s in found))
        found = spikes_of.find_spikes(read, **options, texts=read, daily=daily)
    return tuple(spikes_of.explanation(s) for s in found)


def _quote(row: pd.Series) -> Quote:
    from metrics.insights.spikes import Quote

    def given(name: str) -> Any:
        value = row.get(name)
        return None if value is None or pd.isna(value) else value

    def text(name: str) -> str | None:
        value = given(name)
        return None if value is None else str(value)

    reach = given("reach")
    return Quote(
        text=str(row["text"]),
        platform=text("platform"),
        author=text("author"),
        reach=None if reach is None else float(reach),
        url=text("url"),
    )


def _voice(mentions: pd.DataFrame, period: Period, brand: str | None, tz: str, competitors: Sequence[str]) -> Voice:
    from metrics.insights import voice as voice_of

    if brand is None or "text" not in mentions.columns or not mentions["text"].notna().any():
        return Voice(has_text=False)
    start, end = period.start, period.end

    def terms(sentiment: str) -> tuple[Term, ...]:
        table = voice_of.top_terms(
            mentions, brand=brand, sentiment=sentiment, n=TERMS, exclude=competitors, start=start, end=end, tz=tz
        )
        return tuple(Term(str(r.term), int(r.mentions), float(r.share)) for r in table.itertuples())

    def quotes(table: pd.DataFrame) -> tuple[Quote, ...]:
        return tuple(_quote(row) for _, row in table.iterrows())

    return Voice(
        has_text=True,
        positive=terms("positive"),
        negative=terms("negative"),
        questions=quotes(voice_of.questions(mentions, brand=brand, n=QUOTES, start=start, end=end, tz=tz)),
        complaints=quotes(voice_of.complaints(mentions, brand=brand, n=QUOTES, start=start, end=end, tz=tz)),
    )


def _texts_of(source: store.Workspace | Mapping[str, pd.DataFrame]) -> Callable[[date, date], pd.DataFrame]:
    """Mentions with their texts for a range of days: read from the workspace, or the tables' own."""
    if isinstance(source, store.Workspace):
        return lambda start, end: source.read("mentions", start=start, end=end, with_text=True)
    return lambda start, end: source["mentions"]


def _read(
    workspace: store.Workspace,
    periods: Sequence[Period],
    include: Collection[str],
    platforms: Sequence[str] | None,
    tz: str,
) -> WorkspaceTables:
    """The tables the summary reads, as far as it reads them: the tables the indicators need, without the
    columns none of them reads, over the days of the trend and of the look-back days before it (the year
    of the sales association, the history of the spikes), with each table's first and last day."""
    period = periods[-1]
    first = periods[0].start - timedelta(days=max((s.lookback_days for s in REGISTRY.values()), default=0))
    if "context" in include:
        first = min(first, period.end - timedelta(days=association.YEAR_DAYS))
    if "spikes" in include:
        from metrics.insights.spikes import WINDOW

        first = min(first, periods[0].start - timedelta(days=WINDOW))
    needed = {name for spec in REGISTRY.values() for name in spec.needs} | {"mentions", "activities"}

    def read(name: str) -> pd.DataFrame:
        columns = [c for c in schema.TABLES[name].all_columns if c not in UNREAD]
        days: dict[str, Any] = {} if name in WHOLE else {"start": first, "end": period.end, "with_ends": True}
        return workspace.read(name, columns=columns, platforms=platforms, tz=tz, categorical=True, **days)

    return WorkspaceTables(workspace, sorted(needed), read)


def summary(
    source: store.Workspace | Mapping[str, pd.DataFrame],
    *,
    period: Period,
    brand: str | None = None,
    our_brand: str | None = None,
    platforms: Sequence[str] | None = None,
    tz: str | None = None,
    currency: str | None = None,
    granularity: str | None = None,
    n: int = 12,
    include: Collection[str] = PARTS,
    tables: Mapping[str, pd.DataFrame] | None = None,
    trend: pd.DataFrame | None = None,
) -> Summary:
    """The meeting's model for ``period`` and ``brand``, compared with the period before.

    ``source`` is a workspace (its settings give ``our_brand``, ``tz`` and ``currency`` unless they
    are given; ``brand`` defaults to our brand, else the first brand found; texts are read from it
    for the spike days and the period) or the canonical tables themselves (texts, if any, in their
    ``mentions``). ``granularity`` (``"week"``, ``"month"``, ``"day"``, ``"range"``; read from the
    period when None) says what "the period before" is; ``n`` (at least 5) periods make the trend.
    ``include`` names the parts of ``PARTS`` to compute. ``tables`` and ``trend`` may be given
    when already at hand (the dashboard's caches): they must be what this function would compute.
    Edge cases: a period without data gives indicators without values ("no_data") and no headlines;
    a competitor's indicators of our own accounts, sales and calendar have no value ("ours_only").

    >>> from metrics.indicators.registry import frame
    >>> from metrics.periods import parse_week
    >>> mentions = frame("mentions", {"brand": ["Acme"] * 30, "published_at":
    ...     ["2026-11-24 10:00"] * 20 + ["2026-11-17 10:00"] * 10})
    >>> s = summary({"mentions": mentions}, period=parse_week("2026-W48"), brand="Acme", include=())
    >>> s.indicators["mentions"].value, s.indicators["mentions"].previous, s.indicators["reach"].no_value
    (20.0, 10.0, 'no_data')
    >>> [h.indicator_id for h in s.headlines], str(s.previous)
    (['mentions'], '2026-11-16..2026-11-22')
    """
    if n < 5:
        raise ValueError(f"n = {n}: the trend needs at least 5 periods (the period and the 4 before it)")
    workspace = source if isinstance(source, store.Workspace) else None
    settings = workspace.settings() if workspace is not None else {}
    our_brand = our_brand if our_brand is not None else settings.get("brand")
    if brand is None:
        brand = our_brand or (next(iter(workspace.brands()), None) if workspace is not None else None)
    tz = tz or settings.get("tz") or DEFAULT_TZ
    currency = currency or settings.get("currency") or "RUB"
    granularity = granularity or granularity_of(period) or RANGE
    periods = [*periods_ending(period, n - 1, granularity), period]
    previous = periods[-2]
    if tables is None:
        tables = _read(source, periods, include, platforms, tz) if isinstance(source, store.Workspace) else source
    competitor = is_competitor(brand, our_brand)
    if trend is None:
        # brand is None only in a workspace without any brand, as the dashboard's own trend allows
        values = series_values(tables, periods, brand=brand, platforms=platforms, tz=tz, our_brand=our_brand)
    else:
        values = trend.sort_index().astype("float64").to_dict("records")
    compared = compare_values(values, list(REGISTRY.of_kind("period").values()))
    indicators = {id: _figure(id, row, competitor=competitor) for id, row in compared.items()}
    found = None
    if "context" in include:
        context, found = _context(tables, period, previous, brand, tz, competitor=competitor)
        indicators.update(context)
    texts = _texts_of(source)
    shown = Period(periods[0].start, period.end)
    competitors = tuple(settings.get("competitors") or ())
    return Summary(
        period=period,
        previous=previous,
        granularity=granularity,
        brand=brand,
        our_brand=our_brand,
        tz=tz,
        currency=currency,
        indicators=indicators,
        periods=tuple(periods),
        values=tuple(values),
        compared=compared,
        given_trend=trend,
        spikes=_spikes(tables, texts, shown, brand, tz) if "spikes" in include else None,
        voice=_voice(texts(period.start, period.end), period, brand, tz, competitors) if "voice" in include else None,
        association=found,
        included=tuple(p for p in PARTS if p in include),
    )
