"""Coding mentions by keyboard on the Voice of the customer page, in a real headless Chromium: ten keys
pressed, ten mentions coded, and the agreement with the team's codes stated and changed on the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

TIMEOUT = 60_000

pytestmark = pytest.mark.browser


def settled(page: Page) -> None:
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=TIMEOUT)


def test_ten_mentions_coded_by_keyboard_change_the_agreement(page: Page, coding_server: str, shots: Path):
    page.goto(coding_server + "/voice?lang=en")
    status = page.locator(".st-key-voice_model")
    expect(status).to_contain_text("not checked against your codes yet", timeout=TIMEOUT)
    card = page.locator(".st-key-voice_teach_card h3")
    expect(card).to_be_visible(timeout=TIMEOUT)
    card.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "voice_coding_before_en.png"))
    seen = []
    for i in range(10):
        settled(page)
        text = card.inner_text()
        seen.append(text)
        page.locator("h1").first.click()  # the page has the focus, not a field
        page.keyboard.press("123"[i % 3])
        expect(card).not_to_have_text(text, timeout=TIMEOUT)  # the next mention is offered
    settled(page)
    assert len(set(seen)) == 10
    expect(status).to_contain_text("agreement with your codes", timeout=TIMEOUT)
    expect(status).to_contain_text("n = 10")
    expect(page.get_by_text("0 of 10 codes in this round", exact=False)).to_be_visible()
    status.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "voice_coding_after_en.png"))
