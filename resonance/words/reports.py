"""The words of what leaves the meeting: the decision log and the reports (PPTX, HTML, XLSX)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # --- decisions ---
    "decision.status.open": {"en": "open", "ru": "в работе"},
    "decision.status.done": {"en": "done", "ru": "сделано"},
    "decision.status.dropped": {"en": "dropped", "ru": "отменено"},
    "decision.line": {"en": "#{id} [{status}] {what}", "ru": "№{id} [{status}] {what}"},
    "decision.due": {"en": "by {due}", "ru": "до {due}"},
    "decision.error.empty": {
        "en": "a decision needs a text: say what will be done.",
        "ru": "у решения должен быть текст: напишите, что будет сделано.",
    },
    "decision.error.too_long": {
        "en": "a decision's text is {length} characters long; write it in at most {limit}.",
        "ru": "текст решения длиной {length} символов; уложитесь в {limit}.",
    },
    "decision.error.status": {
        "en": "«{value}» is not a decision's status; valid: {valid}.",
        "ru": "«{value}» — не статус решения; возможны: {valid}.",
    },
    "decision.error.unknown": {"en": "there is no decision #{id}.", "ru": "решения №{id} нет."},
    "decision.error.nothing_to_undo": {
        "en": "the decision log has no change to take back.",
        "ru": "в журнале решений нет изменений, которые можно отменить.",
    },
}
