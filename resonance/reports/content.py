"""What a report says, in one language: built from the meeting's model (``metrics.summary.summary``) and
the decision log, so that every number equals ``resonance summary --json`` for the same arguments.

A report is a title, the period's headlines, and one topic per meeting page — its numbers (value,
previous, change, 4-period average, AMEC level, unit, formula and denominator), one chart's data, notes
and real quotes — then the decisions: the period before's with their status, and this period's. The
renderers (:mod:`resonance.reports.pptx`, ``html``, ``xlsx``) only lay this out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from metrics import topics
from metrics.decisions import Decision
from metrics.periods import Period
from metrics.summary import Figure, Summary
from resonance import say
from resonance.i18n import format_change, format_day, format_period, format_relative, format_value, t

# The meeting's topics in their order, each with the numbers its page shows (and the model's share of the
# sentiment beside reception's).
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (key, (*ids, "model_sentiment_share") if key == "reception" else ids) for key, ids in topics.NUMBERS.items()
)
# The chart of each topic: its kind and the trend's columns it draws.
CHARTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "this_week": ("line", ("mentions",)),
    "attention": ("line", ("share_of_voice",)),
    "reception": ("stacked", ("positive_share", "neutral_share", "negative_share")),
    "loyalty": ("bar", ("followers_net_change",)),
    "sales": ("line", ("revenue",)),
}


@dataclass(frozen=True)
class Number:
    """One indicator of a topic: its values (NaN for none) and how they read."""

    id: str
    label: str
    value: float
    previous: float
    change: float
    change_rel: float
    avg4: float
    level: str
    unit: str
    formula: str
    denominator: str
    shown: str
    shown_previous: str
    shown_change: str


@dataclass(frozen=True)
class Chart:
    """A chart's data: ``kind`` (line, bar, stacked), the periods' labels, and each series' name, values
    (NaN for none) and unit."""

    kind: str
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    unit: str


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    numbers: tuple[Number, ...] = ()
    chart: Chart | None = None
    notes: tuple[str, ...] = ()
    quotes: tuple[tuple[str, str], ...] = ()  # (heading, quote and its source)


@dataclass(frozen=True)
class Report:
    lang: str
    title: str
    subtitle: str
    brand: str | None
    period: Period
    previous: Period
    headlines: tuple[str, ...]
    topics: tuple[Topic, ...]
    decided_before: tuple[str, ...]
    decided_now: tuple[str, ...]
    decisions: tuple[Decision, ...] = field(default=())  # this period's and the period before's, as they stand


def _number(f: Figure, s: Summary, lang: str) -> Number:
    currency = s.currency
    shown_change = (
        format_relative(f.change_rel, lang)
        if not math.isnan(f.change_rel) and f.unit not in ("fraction", "index")
        else format_change(f.change, f.unit, lang, currency=currency)
    )
    return Number(
        f.id,
        t(f"indicator.{f.id}.label", lang),
        f.value,
        f.previous,
        f.change,
        f.change_rel,
        f.avg4,
        t(f"level.{f.level}", lang) if f.level else "",
        f.unit,
        t(f"indicator.{f.id}.formula", lang),
        t(f"indicator.{f.id}.denominator", lang),
        format_value(f.value, f.unit, lang, currency=currency),
        format_value(f.previous, f.unit, lang, currency=currency),
        shown_change,
    )


def _chart(key: str, s: Summary, lang: str) -> Chart | None:
    if key not in CHARTS or s.trend is None or s.trend.empty:
        return None
    kind, columns = CHARTS[key]
    present = [c for c in columns if c in s.trend.columns]
    if not present:
        return None
    labels = tuple(format_day(start.date(), lang, with_year=False) for start in s.trend.index)  # each period's start
    series = tuple(
        (t(f"indicator.{c}.label", lang), tuple(float(v) for v in s.trend[c].astype("float64").to_numpy()))
        for c in present
    )
    unit = s.indicators[present[0]].unit if present[0] in s.indicators else "count"
    title = " · ".join(name for name, _ in series)
    return Chart(kind, title, labels, series, unit)


def build(s: Summary, lang: str, *, decisions_before: list[Decision], decisions_now: list[Decision]) -> Report:
    """The report of summary ``s`` in ``lang`` with the decision log of its period and the period before."""
    topics = []
    for key, ids in TOPICS:
        numbers = tuple(_number(s.indicators[i], s, lang) for i in ids if i in s.indicators)
        notes: list[str] = []
        quotes: list[tuple[str, str]] = []
        if key == "voice" and s.voice is not None:
            for heading, found in (
                (t("report.questions", lang), s.voice.questions),
                (t("report.complaints", lang), s.voice.complaints),
            ):
                quotes += [(heading, f"“{q.text}” — {say.quote_source(q, lang)}") for q in found]
            for sentiment, terms in (("positive", s.voice.positive), ("negative", s.voice.negative)):
                if terms:
                    notes.append(t(f"report.terms.{sentiment}", lang, terms=", ".join(x.term for x in terms)))
        if key == "sales":
            if s.association is not None:
                label = t(f"indicator.{s.association.indicator_id}.label", lang)
                notes.append(say.association_finding(s.association.finding, label, lang))
            notes.append(t("report.sales_caveat", lang))
        if key in ("reception", "this_week"):
            read = s.indicators.get("model_sentiment_share")
            note = say.sentiment_by_model(read.value if read is not None else math.nan, lang)
            if note and key == "reception":
                notes.append(note)
        if key == "mix":
            notes.append(t("report.no_ave", lang))
        if key == TOPICS[0][0] and s.taken_as_ours:
            notes.insert(0, t("ours_unknown", lang, brand=s.brand))  # as the summary and the dashboard say it
        topics.append(
            Topic(key, t(f"report.topic.{key}", lang), numbers, _chart(key, s, lang), tuple(notes), tuple(quotes))
        )
    brand = s.brand or ""
    title = t("report.title", lang, brand=brand)
    subtitle = t(
        "report.subtitle",
        lang,
        period=format_period(s.period.start, s.period.end, lang),
        previous=format_period(s.previous.start, s.previous.end, lang),
    )
    return Report(
        lang,
        title,
        subtitle,
        s.brand,
        s.period,
        s.previous,
        tuple(say.headline(h, lang, currency=s.currency) for h in s.headlines),
        tuple(topics),
        tuple(say.decision(d, lang) for d in decisions_before),
        tuple(say.decision(d, lang) for d in decisions_now),
        (*decisions_before, *decisions_now),
    )


def for_period(workspace, period: Period, *, brand: str | None, lang: str) -> tuple[Summary, Report]:
    """The summary of ``period`` (as ``resonance summary`` computes it) and its report."""
    from metrics.summary import summary

    s = summary(workspace, period=period, brand=brand, n=12)
    before = s.previous
    return s, build(
        s,
        lang,
        decisions_before=workspace.decisions(start=before.start, end=before.end, brand=s.brand),
        decisions_now=workspace.decisions(start=period.start, end=period.end, brand=s.brand),
    )
