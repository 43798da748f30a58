"""docs/indicators.md: generated from the registry and the texts, and never stale."""

from __future__ import annotations

import re

import pytest

from metrics.indicators import REGISTRY
from resonance import docs
from resonance.i18n import TEXTS, t

ENTRIES = docs.entries()


def test_the_committed_reference_is_current():
    committed = docs.PATH.read_text(encoding="utf-8") if docs.PATH.exists() else ""
    assert committed == docs.render(), (
        f"{docs.PATH.name} is stale: regenerate it with `{docs.REGENERATE}` (from the repository root) "
        "and commit the result"
    )


def test_every_registered_indicator_and_every_designed_extra_is_documented():
    ids = [e.id for e in ENTRIES]
    assert set(REGISTRY) <= set(ids) and len(ids) == len(set(ids))
    assert {
        "sales_association",
        "cost_per_thousand_contacts",
        "cost_per_engagement",
        "cost_per_positive_mention",
    } <= set(ids)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_each_entry_shows_what_a_reader_needs(entry):
    text = docs.render()
    section = text.split(f"### `{entry.id}`\n", 1)[1].split("\n### ", 1)[0]
    for field in ("label", "formula", "denominator"):
        assert set(TEXTS[f"indicator.{entry.id}.{field}"]) >= {"en", "ru"}, field
    assert t(f"indicator.{entry.id}.label", "en") in section and t(f"indicator.{entry.id}.label", "ru") in section
    for name in ("AMEC level", "Unit", "Direction", "Tables", "Formula", "Формула", "Denominator", "Знаменатель"):
        assert re.search(rf"^\| {name} \| .+ \|$", section, re.MULTILINE), f"{entry.id}: no {name}"
    assert f"| Unit | {entry.unit} |" in section
    assert all(f"`{table}`" in section for table in entry.needs)


def test_indicators_are_grouped_by_level_in_amec_order():
    text = docs.render()
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    levels = [t(f"level.{level}", "en") for level in docs.ORDER]
    assert [h.split(" · ")[0][3:] for h in headings[: len(levels)]] == levels
    order = [e.level for e in ENTRIES]
    assert order == sorted(order, key=docs.ORDER.index)
    assert "AVE" in headings[-1] and "Barcelona Principles" in text


def test_check_reports_a_stale_file_and_writing_fixes_it(tmp_path, capsys):
    path = tmp_path / "indicators.md"
    path.write_text("# Indicators\n\nold text\n", encoding="utf-8")
    assert docs.main(["--check", "--path", str(path)]) == 1
    assert "python -m resonance.docs" in capsys.readouterr().err
    assert docs.main(["--path", str(path)]) == 0
    assert docs.main(["--check", "--path", str(path)]) == 0
