"""Every visible string exists in Russian and English, and numbers are written for the language.

That every key used has its texts, and that no key is defined twice, is checked in ``tests/test_layers.py``.
"""

import re

import pytest

import dashboard  # noqa: F401  (adds the dashboard's words: every table is checked)
from metrics.ingest.errors import CODES, SKIP_REASONS
from resonance.i18n import TEXTS, format_change, format_number, format_period, format_value, t


def test_every_text_has_both_languages_with_the_same_placeholders():
    for key, entry in TEXTS.items():
        assert set(entry) >= {"ru", "en"}, key
        assert entry["ru"].strip() and entry["en"].strip(), key
        placeholders = {lang: set(re.findall(r"\{(\w+)\}", entry[lang])) for lang in ("ru", "en")}
        assert placeholders["ru"] == placeholders["en"], key


@pytest.mark.parametrize(
    ("value", "unit", "lang", "shown"),
    [
        (12345, "count", "ru", "12,3\u00a0тыс."),
        (12345, "count", "en", "12.3\u00a0K"),
        (2648, "count", "ru", "2\u00a0648"),
        (0.599, "fraction", "ru", "59,9%"),
        (0.599, "fraction", "en", "59.9%"),
        (0.82, "index", "en", "+0.82"),
        (-0.1, "index", "ru", "−0,10"),
        (13_100_000, "currency", "ru", "13,1\u00a0млн\u00a0₽"),
        (float("nan"), "count", "en", "–"),
    ],
)
def test_values_are_written_for_the_language(value, unit, lang, shown):
    assert format_value(value, unit, lang) == shown


def test_changes_and_periods():
    assert format_change(0.064, "fraction", "ru") == "+6,4\u00a0п.\u00a0п."
    assert format_change(-66, "count", "en") == "−66"
    assert format_number(1234567, "en") == "1,234,567"
    from datetime import date

    assert format_period(date(2026, 11, 16), date(2026, 11, 22), "ru").startswith("16–22 нояб.")
    assert t("vs_avg4.week", "en", change="+5") == "vs 4-week average: +5"


def test_every_reason_a_fixture_gives_for_skipped_rows_has_a_text():
    from pathlib import Path

    from metrics.ingest import IngestError, read_export

    exports = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
    reasons = set()
    for path in exports.rglob("*"):
        if path.is_file():
            try:
                result = read_export(path)
            except IngestError:
                continue
            for leaf in result.leaves():
                reasons |= set(leaf.rows_skipped)
                assert all(w.code in CODES and f"ingest.{w.code}" in TEXTS for w in leaf.warnings), path
    assert reasons and all(f"skip.{r}" in TEXTS for r in reasons), sorted(
        r for r in reasons if f"skip.{r}" not in TEXTS
    )
    assert reasons <= set(SKIP_REASONS), sorted(reasons - set(SKIP_REASONS))
