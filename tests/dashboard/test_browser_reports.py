"""What leaves the meeting, in a real headless Chromium: a decision written on This week opens next week's
page and is in the three reports downloaded there; the HTML report asks the network for nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

TIMEOUT = 60_000
DECISION = "Answer every VK question within 2 hours"

pytestmark = pytest.mark.browser


def settled(page: Page) -> None:
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=TIMEOUT)


def download(page: Page, label: str, folder: Path) -> Path:
    with page.expect_download(timeout=TIMEOUT) as started:
        page.get_by_role("button", name=label).click()
    path = folder / started.value.suggested_filename
    started.value.save_as(path)
    return path


def test_a_decision_opens_next_weeks_page_and_is_in_every_report(
    page: Page, meeting_server: str, shots: Path, tmp_path: Path
):
    page.goto(meeting_server + "/?week=2026-W46&lang=en")
    settled(page)
    page.get_by_label("What we will do").fill(DECISION)
    page.get_by_label("Who").fill("Anna")
    page.get_by_role("button", name="Write the decision").click()
    expect(page.get_by_text(f"#1 [open] {DECISION} — Anna")).to_be_visible(timeout=TIMEOUT)

    page.goto(meeting_server + "/?week=2026-W47&lang=en")
    settled(page)
    expect(page.get_by_text("Last week we decided:")).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_text(f"#1 [open] {DECISION} — Anna")).to_be_visible()
    page.get_by_text("Last week we decided:").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "week_last_decisions_en.png"))

    deck = download(page, "Slides (PPTX)", tmp_path)
    assert deck.name == "Зерно 2026-11-16 – 2026-11-22.pptx"
    with zipfile.ZipFile(deck) as parts:
        assert any(name.startswith("ppt/charts/chart") for name in parts.namelist())  # native charts
        assert any(DECISION in parts.read(name).decode("utf-8") for name in parts.namelist() if name.endswith(".xml"))
    book = download(page, "Workbook (XLSX)", tmp_path)
    with zipfile.ZipFile(book) as parts:
        assert DECISION in parts.read("xl/sharedStrings.xml").decode("utf-8")
    report = download(page, "Web page (HTML)", tmp_path)
    assert DECISION in report.read_text(encoding="utf-8")

    asked: list[str] = []  # the report opened as a file: it may ask for nothing but itself
    page.on("request", lambda request: asked.append(request.url))
    page.goto(report.as_uri())
    expect(page.locator("h1")).to_contain_text("Зерно")
    expect(page.locator("section#decisions")).to_contain_text(DECISION)
    assert page.locator("svg").count() >= 5
    assert asked == [report.as_uri()]
    page.screenshot(path=str(shots / "report_html_en.png"), full_page=False)
    page.emulate_media(media="print")
    page.pdf(path=str(tmp_path / "report.pdf"), format="A4", landscape=True)
    assert (tmp_path / "report.pdf").stat().st_size > 10_000
