"""Insights in words: headlines, spikes, the sales association and the rules, in Russian or English.

``metrics`` returns what it found as values (``Headline``, ``SpikeExplanation``, ``Quote``,
``Finding``); this module is where they become sentences, from the tables in
``resonance/words/insights.py`` and ``resonance/words/context.py``, with numbers and dates formatted
for the language. Every interface (the dashboard, the command line, reports) speaks through it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from babel import Locale

from metrics.association import MAX_LAG, METHOD, Finding
from metrics.coding import ModelState
from metrics.decisions import Decision
from metrics.insights.change import LARGE_CHANGE, SMALL_BASE
from resonance.i18n import (
    TEXTS,
    format_change,
    format_day,
    format_decimal_value,
    format_number,
    format_percent_value,
    format_value,
    t,
)
from resonance.words.insights import ANY_SUBJECT_FORM, SUBJECT_FORMS

if TYPE_CHECKING:  # what is said of them needs no module of theirs: a summary of figures imports none
    from metrics.insights.headlines import Headline
    from metrics.insights.spikes import Quote, SpikeExplanation


def label(kind: str, value: object, lang: str) -> str:
    """A platform, channel or sentiment code in words (``insight.<kind>.<value>``), else the code itself.

    >>> label("platform", "vk", "ru"), label("platform", "mastodon", "ru")
    ('ВКонтакте', 'mastodon')
    """
    key = f"insight.{kind}.{value}"
    return t(key, lang) if key in TEXTS else str(value)


def _plural(key: str, n: float, lang: str) -> str:
    return t(f"{key}.{Locale(lang).plural_form(abs(n))}", lang)


def _percent(value: float, lang: str) -> str:
    return format_percent_value(value, lang, digits=0)


def _k(k: float, lang: str) -> str:
    return format_number(k, lang, digits=0 if float(k).is_integer() else 1)


# --- per cent or difference ---


def change_rule(lang: str) -> str:
    """The rule of ``metrics.insights.change`` in words, with its numbers, for the docs and the tiles.

    >>> change_rule("en").startswith("A change is given in per cent only when the base it is compared with is above 0")
    True
    """
    return t(
        "change.rule",
        lang,
        small_base=format_number(SMALL_BASE, lang),
        large_change=format_percent_value(LARGE_CHANGE, lang, digits=0),
    )


# --- headlines ---


def subject(indicator_id: str, lang: str) -> tuple[str, str]:
    """The headline's subject for an indicator, and its grammatical form (for the Russian verb)."""
    key = f"headline.subject.{indicator_id}"
    if key in TEXTS:
        return t(key, lang), SUBJECT_FORMS[indicator_id]
    name = f"indicator.{indicator_id}.label"
    return t("headline.subject_any", lang, label=t(name, lang) if name in TEXTS else indicator_id), ANY_SUBJECT_FORM


def headline(h: Headline, lang: str, *, currency: str = "RUB") -> str:
    """The headline in one sentence: what changed, by how much, to what, against what.

    >>> from metrics.insights.headlines import Headline
    >>> headline(Headline("mentions", "up", 282.0, 216.0, 66.0, 66 / 216, "count", "output"), "en")
    'Mentions rose 31% to 282 against last week (216).'
    >>> headline(Headline("mentions", "up", 282.0, 216.0, 66.0, 66 / 216, "count", "output"), "ru")
    'Упоминания выросли на 31% до 282 по сравнению с прошлой неделей (216).'
    >>> headline(Headline("mentions", "up", 376.0, 5.0, 371.0, float("nan"), "count", "output"), "en")
    'Mentions rose by 371, from 5 to 376, against last week.'
    """
    if h.told_as == "percent":
        by = format_percent_value(abs(h.relative), lang, digits=0)
    else:
        by = format_change(abs(h.change), h.unit, lang, currency=currency).lstrip("+")
    name, form = subject(h.indicator_id, lang)
    key = "headline.change_context" if h.context else "headline.change"
    if h.told_as == "difference":
        key += "_by"  # a difference, with both values: "rose by 371, from 5 to 376"
    return t(
        key,
        lang,
        subject=name,
        verb=t(f"headline.verb.{form}.{h.direction}", lang),
        change=by,
        value=format_value(h.value, h.unit, lang, currency=currency),
        previous=format_value(h.previous, h.unit, lang, currency=currency),
        against=t(f"headline.against.{h.compared_with}", lang),
    )


# --- spikes ---


def spike_explanation(e: SpikeExplanation, lang: str) -> list[str]:
    """Short sentences that explain a spike, for the room.

    The first says the day, its mentions and the usual level; then the sentiment split, the
    platforms the mentions came from and the activities of the marketing calendar running that
    day. The quotes are ``e.quotes`` (:func:`quote_source` says where each came from); the
    threshold and the authors are :func:`spike_details`.
    """
    sentences = [
        t(
            "spike.headline",
            lang,
            day=format_day(e.day, lang, with_year=False),
            count=format_number(e.mentions, lang),
            mentions=_plural("spike.mentions", e.mentions, lang),
            brand=e.brand,
            usual=format_number(e.usual, lang),
        )
    ]
    if e.sentiment:
        parts = [t(f"spike.sentiment.{s.value}", lang, share=_percent(s.share, lang)) for s in e.sentiment]
        sentences.append(t("spike.sentiment", lang, split=", ".join(parts)))
    else:
        sentences.append(t("spike.sentiment_unknown", lang))
    if e.platforms:
        parts = [
            t("spike.platform_share", lang, platform=label("platform", p.value, lang), share=_percent(p.share, lang))
            for p in e.platforms
        ]
        sentences.append(t("spike.platforms", lang, platforms=", ".join(parts)))
    activities = ", ".join(f"{a.name} ({label('channel', a.channel, lang)})" for a in e.activities)
    sentences.append(t(f"spike.{e.calendar}", lang, activities=activities))
    return sentences


def quote_source(q: Quote, lang: str) -> str:
    """Where a quote came from: platform, author and reach (or engagements when there is no reach)."""
    parts = [label("platform", q.platform, lang)] if q.platform is not None else []
    if q.author is not None:
        parts.append(q.author)
    if q.reach is not None:
        parts.append(t("spike.quote_reach", lang, reach=format_number(q.reach, lang)))
    elif q.engagements is not None:
        parts.append(t("spike.quote_engagements", lang, engagements=format_number(q.engagements, lang)))
    return " · ".join(parts)


def spike_details(e: SpikeExplanation, lang: str) -> list[str]:
    """The statistics behind a spike, for a click away: its threshold and how it was found, and the authors."""
    out = [
        t(
            "spike.threshold",
            lang,
            threshold=format_number(e.threshold, lang, digits=1),
            usual=format_number(e.usual, lang),
            spread=format_number(e.spread, lang, digits=1),
            k=_k(e.k, lang),
            window=f"{e.window} {_plural('spike.days', e.window, lang)}",
        )
    ]
    if e.authors:
        parts = [f"{a} ({format_number(c, lang)})" for a, c in e.authors]
        out.append(t("spike.authors", lang, authors=", ".join(parts)))
    elif e.single_voices:
        out.append(t("spike.authors_once", lang))
    return out


def spike_rule(lang: str, *, k: float = 3.0, window: int = 28, min_count: int = 10, min_history: int = 14) -> str:
    """The spike rule of ``metrics.insights.spikes`` in words, with its settings, for a chart's caption.

    >>> spike_rule("en").startswith("A day is a spike when its mentions are above the median of the 28 days before")
    True
    """
    return t(
        "spike.rule",
        lang,
        k=_k(k, lang),
        window=f"{window} {_plural('spike.days', window, lang)}",
        min_history=f"{min_history} {_plural('spike.days', min_history, lang)}",
        min_count=f"{min_count} {_plural('spike.mentions', min_count, lang)}",
    )


# --- sales in context ---


def _weeks(n: int, lang: str, key: str = "association.weeks") -> str:
    return t(f"{key}.{Locale(lang).plural_form(abs(n))}", lang, n=n)


def association_finding(found: Finding, indicator: str, lang: str, *, max_lag: int = MAX_LAG) -> str:
    """A finding of ``metrics.association`` in one plain sentence for the room (``indicator``: its label).

    >>> association_finding(Finding("no_evidence", lag=8, r=-0.14, low=-0.42, high=0.16, n=44), "Mentions", "en")
    'No evidence that “Mentions” moves with revenue at any lag, from the same week to 8 weeks later.'
    """
    if found.code == "no_data":
        return t("association.none", lang)
    if found.code == "no_evidence":
        return t("association.no_evidence", lang, indicator=indicator, up_to=_weeks(max_lag, lang, "association.up_to"))
    when = (
        t("association.same_week", lang)
        if found.lag == 0
        else t("association.later", lang, weeks=_weeks(int(found.lag or 0), lang))
    )
    return t(
        f"association.{found.code}",
        lang,
        indicator=indicator,
        when=when,
        strength=t(f"association.strength.{found.strength}", lang),
    )


def association_details(found: Finding, lang: str) -> list[str]:
    """The numbers behind :func:`association_finding`, for a click away: the lag told, its r, interval
    and n, and the method."""
    if found.code == "no_data":
        return [t(METHOD, lang)]
    key = "association.largest" if found.code == "no_evidence" else "association.strongest"
    out = [
        t(
            key,
            lang,
            lag=found.lag,
            r=format_decimal_value(found.r, lang),
            low=format_decimal_value(found.low, lang),
            high=format_decimal_value(found.high, lang),
            n=found.n,
        )
    ]
    if found.code != "no_evidence":
        out.append(t("association.many_lags", lang, tested=found.tested))
    return [*out, t(METHOD, lang)]


def spike_marks(explanations: list[SpikeExplanation], lang: str) -> list[tuple]:
    """Each spike's day with the sentences (and top quote) that explain it: what a chart marks on its line."""
    return [(e.day, [*spike_explanation(e, lang), *(f"“{q.text}”" for q in e.quotes[:1])]) for e in explanations]


def agreement(model: ModelState, lang: str) -> str:
    """How often the workspace's model agrees with the team's codes: F-macro ± half its 95% interval, and n.

    >>> from metrics.sentiment.agreement import Agreement
    >>> agreement(ModelState(True, 300, Agreement(300, 0.8, 0.75, 0.85, 0.71, 0.66, 0.76)), "en")
    'agreement with your codes 0.71 ± 0.05, n = 300'
    >>> agreement(ModelState(), "ru")
    'с вашей разметкой ещё не сверялась'
    """
    found = model.agreement
    if found is None or found.n == 0 or math.isnan(found.f_macro):
        return t("model_sentiment.unchecked", lang)
    return t(
        "model_sentiment.agreement",
        lang,
        f_macro=format_decimal_value(found.f_macro, lang),
        margin=format_decimal_value((found.f_macro_high - found.f_macro_low) / 2, lang),
        n=format_number(found.n, lang),
    )


def agreement_details(model: ModelState, lang: str) -> str | None:
    """The agreement in full: accuracy and F-macro (positive, negative), each with its 95% interval, and n
    (None without codes).

    >>> from metrics.sentiment.agreement import Agreement
    >>> agreement_details(ModelState(True, 300, Agreement(300, 0.8, 0.75, 0.85, 0.71, 0.66, 0.76)), "en")
    'Accuracy 0.80 (95% interval 0.75–0.85), F-macro of positive and negative 0.71 (0.66–0.76), n = 300.'
    """
    found = model.agreement
    if found is None or found.n == 0 or math.isnan(found.f_macro):
        return None
    return t(
        "model_sentiment.details",
        lang,
        **{
            name: format_decimal_value(getattr(found, name), lang)
            for name in ("accuracy", "accuracy_low", "accuracy_high", "f_macro", "f_macro_low", "f_macro_high")
        },
        n=format_number(found.n, lang),
    )


def model_status(model: ModelState, lang: str) -> str:
    """Which model judges the mentions the sources left without a sentiment, and its agreement with the codes.

    >>> model_status(ModelState(), "en")
    'Model: built-in (it learns from your codes from 30 on; you have 0); not checked against your codes yet.'
    """
    from metrics.sentiment.learn import MIN_CODES

    key = "model_sentiment.learnt" if model.learnt else "model_sentiment.built_in"
    return t(key, lang, codes=format_number(model.codes, lang), min=MIN_CODES, agreement=agreement(model, lang))


def sentiment_by_model(share: float, lang: str, model: ModelState | None = None) -> str | None:
    """What part of the sentiment figures the model read and how often it agrees with the team's codes,
    said where they are shown (None when it read none of them, or there is no sentiment)."""
    if share is None or math.isnan(share) or share <= 0:
        return None
    return t(
        "model_sentiment.note", lang, share=_percent(share, lang), agreement=agreement(model or ModelState(), lang)
    )


def decision(found: Decision, lang: str) -> str:
    """A decision on one line: its number, status, what, who and by when.

    >>> from datetime import date, datetime
    >>> decision(Decision(3, date(2026, 11, 16), date(2026, 11, 22), "Зерно", "Answer VK within 2 h", "Anna",
    ...     date(2026, 11, 30), "open", datetime(2026, 11, 23)), "en")
    '#3 [open] Answer VK within 2 h — Anna, by Nov 30, 2026'
    """
    line = t("decision.line", lang, id=found.id, status=t(f"decision.status.{found.status}", lang), what=found.what)
    extra = [found.who] if found.who else []
    if found.due:
        extra.append(t("decision.due", lang, due=format_day(found.due, lang)))
    return line + (" — " + ", ".join(extra) if extra else "")
