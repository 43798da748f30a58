"""Names inside imported files are inert on every chart, in a real headless Chromium: a brand and a
marketing activity named with a styled span, a link and a picture make no request and no element."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

TIMEOUT = 60_000
TRAP = "http://127.0.0.1:9"
NAMES = (
    f'<span style="fill:url({TRAP}/span)">Rival</span>',
    f'<a href="{TRAP}/link">Click</a>',
    f'<img src="{TRAP}/p.png">',
)

pytestmark = pytest.mark.browser


def settled(page: Page) -> None:
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=TIMEOUT)


def test_names_from_files_make_no_request_and_no_element_on_the_charts(
    page: Page, meeting_server: str, shots: Path, tmp_path: Path
):
    mentions = tmp_path / "rivals.csv"
    lines = [
        f'"2026-11-{17 + i} 12:00";"{name.replace(chr(34), chr(34) * 2)}";vk;u{i};Кофе и {i}'
        for i, name in enumerate(NAMES)
    ]
    mentions.write_text("Дата;Бренд;Площадка;Автор;Текст\n" + "\n".join(lines) + "\n", encoding="utf-8")
    calendar = tmp_path / "calendar.csv"
    rows = [
        f'2026-11-{16 + i};2026-11-{17 + i};PR;"{name.replace(chr(34), chr(34) * 2)}";1000;RUB'
        for i, name in enumerate(NAMES)
    ]
    calendar.write_text("Начало;Окончание;Канал;Название;Бюджет;Валюта\n" + "\n".join(rows) + "\n", encoding="utf-8")

    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(meeting_server + "/data?lang=en")
    settled(page)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files([mentions, calendar])
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("rivals.csv", exact=False).first).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_text("calendar.csv", exact=False).first).to_be_visible(timeout=TIMEOUT)

    for path in ("/?week=2026-W47&lang=en", "/attention?week=2026-W47&lang=en"):
        page.goto(meeting_server + path)
        settled(page)
        expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=TIMEOUT)
        charts = page.locator(".js-plotly-plot")
        assert charts.locator("a[href*='127.0.0.1:9'], img, [style*='url(']").count() == 0
    expect(page.locator(".js-plotly-plot").get_by_text("Rival", exact=False).first).to_be_attached()
    page.screenshot(path=str(shots / "attention_inert_names_en.png"))
    assert not [url for url in asked if url.startswith(TRAP)]
