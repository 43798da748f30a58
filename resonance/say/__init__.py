"""What the library found, said in words: the reader's language, numbers and dates written for it.

``metrics`` returns codes, parameters and values; ``resonance.say`` is where they become sentences,
one module per layer as the tables of ``resonance/words/`` are: :mod:`resonance.say.ingest` (problems,
rows left out, assumptions, ``inspect --json``) and :mod:`resonance.say.insights` (headlines, spikes,
the sales association and the rules). Callers write ``say.problem(...)`` or ``say.headline(...)``.

A layer's module is imported when one of its names is first asked for: reading a file (``inspect``,
``import``) needs none of the insights' (the sales association, the sentiment model and their imports).
"""

from typing import TYPE_CHECKING

from metrics.lazy import exported

if TYPE_CHECKING:
    from resonance.say.ingest import (
        MAX_WARNINGS_SHOWN,
        assumption,
        format_label,
        inspection,
        problem,
        problem_dict,
        progress,
        skip_reasons,
        template_csv,
        where,
    )
    from resonance.say.insights import (
        agreement,
        agreement_details,
        association_details,
        association_finding,
        change_rule,
        decision,
        headline,
        label,
        model_status,
        quote_source,
        sentiment_by_model,
        spike_details,
        spike_explanation,
        spike_marks,
        spike_rule,
        subject,
    )

__all__ = [
    "MAX_WARNINGS_SHOWN",
    "agreement",
    "agreement_details",
    "association_details",
    "association_finding",
    "assumption",
    "change_rule",
    "decision",
    "format_label",
    "headline",
    "inspection",
    "label",
    "model_status",
    "problem",
    "problem_dict",
    "progress",
    "quote_source",
    "sentiment_by_model",
    "skip_reasons",
    "spike_details",
    "spike_explanation",
    "spike_marks",
    "spike_rule",
    "subject",
    "template_csv",
    "where",
]
# A name is looked for in the reading layer first: reading a file imports none of the insights.
__getattr__ = exported(__all__, "resonance.say.ingest", "resonance.say.insights")
