"""The door in a real headless Chromium: a served dashboard with a team password shows only the sign-in
form, says a wrong password, opens on the right one, and asks no outside host for anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import SECRET

TIMEOUT = 60_000

pytestmark = pytest.mark.browser


def settled(page: Page) -> None:
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=TIMEOUT)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_locked_dashboard_opens_only_on_the_teams_password(page: Page, locked_server: str, shots: Path, lang: str):
    page.goto(f"{locked_server}/attention?week=2026-W45&lang={lang}")
    settled(page)
    field = page.get_by_label("Пароль" if lang == "ru" else "Password", exact=True)
    expect(field).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_test_id("stMetric")).to_have_count(0)
    expect(page.get_by_test_id("stSidebar")).to_have_count(0)
    assert "Зерно" not in page.inner_text("body")
    page.screenshot(path=str(shots / f"gate_{lang}.png"))

    field.fill("not-the-password")
    field.press("Enter")
    wrong = "Это не пароль команды." if lang == "ru" else "That is not the team's password."
    expect(page.get_by_text(wrong)).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_test_id("stMetric")).to_have_count(0)

    field.fill(SECRET)
    page.get_by_role("button", name="Открыть дашборд" if lang == "ru" else "Open the dashboard").click()
    expect(page.get_by_test_id("stMetric").first).to_be_visible(timeout=TIMEOUT)
    settled(page)
    expect(page.get_by_role("heading", level=1).first).to_contain_text("2026-W45")
    expect(page.get_by_test_id("stSidebar")).to_be_visible()
