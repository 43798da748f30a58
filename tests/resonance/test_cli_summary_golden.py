"""`resonance summary --json` of the demo workspace, byte for byte as the fixtures recorded it.

The fixtures in tests/fixtures/summary/ were written by the command itself; the workspace's path
is recorded as "WORKSPACE". A change to the payload shows up here first: extend it on purpose
(and say so in the README), never by accident. An indicator registered after a fixture was recorded
is left out of the comparison (it is new, not changed): adding one does not rewrite the fixtures.
"""

import json
from pathlib import Path

import pytest

from metrics.catalog import REGISTRY
from resonance.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "summary"
CASES = {
    "w47_en": ["summary", "--week", "2026-W47"],
    "w47_ru": ["--lang", "ru", "summary", "--week", "2026-W47"],
    "w47_krona_en": ["summary", "--week", "2026-W47", "--brand", "Крона"],
    "range_ru": ["--lang", "ru", "summary", "--from", "2026-07-01", "--to", "2026-07-20"],
    # A calendar month is compared with the calendar month before, the mix costs and the sales association too.
    "month_en": ["summary", "--from", "2026-10-01", "--to", "2026-10-31"],
}


@pytest.mark.parametrize("name", list(CASES))
def test_summary_json_is_unchanged(name, capsys, demo_workspace):
    assert main([*CASES[name], "--workspace", str(demo_workspace), "--json"]) == 0
    out = capsys.readouterr().out.replace(json.dumps(str(demo_workspace)), '"WORKSPACE"', 1)
    recorded = (FIXTURES / f"{name}.json").read_text(encoding="utf-8")
    payload, known = json.loads(out), json.loads(recorded)["indicators"]
    added = [id for id in payload["indicators"] if id not in known]
    assert all(id in REGISTRY for id in added)
    payload["indicators"] = {id: item for id, item in payload["indicators"].items() if id in known}
    assert json.dumps(payload, ensure_ascii=False, indent=2) + "\n" == recorded
