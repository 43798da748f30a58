"""The dashboard in a real headless Chromium against `resonance serve`, at 1920×1080.

Screenshots go to artifacts/screenshots; with UPDATE_SCREENSHOTS=1 the README's screenshot in
docs/ is refreshed from the same run.
"""

import os
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60_000

pytestmark = pytest.mark.browser


def wait_for_tiles(page: Page, count: int = 7) -> None:
    metrics = page.get_by_test_id("stMetric")
    expect(metrics).to_have_count(count, timeout=TIMEOUT)
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=TIMEOUT)  # the script finished


def tile_values(page: Page) -> list[str]:
    return page.get_by_test_id("stMetricValue").all_inner_texts()


def test_this_week_shows_numbers_and_switches_language(page: Page, demo_server: str, shots: Path):
    page.goto(demo_server)
    wait_for_tiles(page)
    expect(page.get_by_test_id("stMetricLabel").first).to_have_text("Упоминания")
    values = tile_values(page)
    assert len(values) == 7
    assert all(v.strip() and v.strip() != "–" for v in values), values
    assert any(ch.isdigit() for ch in values[0])
    expect(page.locator(".main-svg").first).to_be_visible(timeout=TIMEOUT)
    page.screenshot(path=str(shots / "this_week_ru.png"))

    page.get_by_role("radio", name="EN", exact=True).click()
    expect(page.get_by_test_id("stMetricLabel").first).to_have_text("Mentions", timeout=TIMEOUT)
    wait_for_tiles(page)
    expect(page.get_by_text("Week 2026-W47", exact=False).first).to_be_visible()
    page.screenshot(path=str(shots / "this_week_en.png"))
    assert (shots / "this_week_en.png").stat().st_size > 50_000
    chart = page.get_by_test_id("stPlotlyChart")
    chart.scroll_into_view_if_needed()
    expect(chart.get_by_text("Net sentiment")).to_be_visible(timeout=TIMEOUT)
    chart.screenshot(path=str(shots / "this_week_trend_en.png"))
    if os.environ.get("UPDATE_SCREENSHOTS"):
        shutil.copy(shots / "this_week_en.png", ROOT / "docs" / "this_week.png")

    # The choice is remembered: a reload keeps English.
    page.reload()
    expect(page.get_by_test_id("stMetricLabel").first).to_have_text("Mentions", timeout=TIMEOUT)


def test_formula_is_one_click_away(page: Page, demo_server: str, shots: Path):
    page.goto(demo_server + "/?lang=en")
    wait_for_tiles(page)
    page.get_by_test_id("stPopover").first.click()
    expect(page.get_by_text("Number of mentions of our brand", exact=False)).to_be_visible(timeout=TIMEOUT)
    page.screenshot(path=str(shots / "this_week_formula.png"))


def test_data_page_shows_what_the_workspace_holds(page: Page, demo_server: str, shots: Path):
    page.goto(demo_server + "/data?lang=en")
    expect(page.get_by_role("heading", name="What the workspace holds")).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_role("heading", name="Import history")).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_test_id("stDataFrame")).to_have_count(2, timeout=TIMEOUT)
    page.screenshot(path=str(shots / "data_en.png"))


def test_empty_workspace_says_what_to_do(page: Page, empty_server: str, shots: Path):
    page.goto(empty_server + "/?lang=en")
    expect(page.get_by_text("This workspace has no data yet", exact=False)).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_test_id("stMetric")).to_have_count(0)
    page.screenshot(path=str(shots / "this_week_empty.png"))
    page.get_by_role("link", name="Upload exports on the Data page").click()
    expect(page.get_by_text("The workspace is empty.")).to_be_visible(timeout=TIMEOUT)


def test_a_workspace_that_names_no_brand_says_whose_the_accounts_figures_are_taken_to_be(
    page: Page, unnamed_server: str, shots: Path
):
    page.goto(unnamed_server + "/?lang=en")
    wait_for_tiles(page)
    note = page.get_by_test_id("stAlert").filter(has_text="does not name your brand")
    expect(note).to_be_visible(timeout=TIMEOUT)
    expect(note).to_contain_text("as if it were yours")
    page.screenshot(path=str(shots / "this_week_unnamed_en.png"))


def test_the_loyalty_page_shows_how_customers_were_answered_once_their_conversations_are_imported(
    page: Page, care_server: str, shots: Path
):
    page.goto(care_server + "/loyalty?week=2017-W44&brand=AmazonHelp&lang=en")
    wait_for_tiles(page, 8)
    for label in ("Response rate", "Median response time"):
        value = page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue")
        expect(value).not_to_have_text("–", timeout=TIMEOUT)
        assert any(ch.isdigit() for ch in value.inner_text()), label
    page.screenshot(path=str(shots / "loyalty_care_en.png"))


def test_the_voice_page_quotes_the_questions_left_without_an_answer(page: Page, care_server: str, shots: Path):
    page.goto(care_server + "/voice?week=2017-W44&brand=Delta&lang=en")  # 3 of Delta's questions had no answer
    heading = page.get_by_role("heading", name="Questions left without an answer")
    expect(heading).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=TIMEOUT)
    heading.scroll_into_view_if_needed()
    # The file holds Delta's answers: the questions it left are quoted, neither "unknown" nor "every one answered".
    expect(page.get_by_text("No source of these questions says", exact=False)).to_have_count(0)
    expect(page.get_by_text("Every question of the period was answered", exact=False)).to_have_count(0)
    expect(page.get_by_text("@Delta", exact=False).first).to_be_visible(timeout=TIMEOUT)
    page.screenshot(path=str(shots / "voice_care_en.png"))


def test_upload_is_recognised_changes_the_tiles_and_can_be_undone(
    page: Page, demo_server: str, shots: Path, tmp_path: Path
):
    page.goto(demo_server + "/?lang=en")
    wait_for_tiles(page)
    revenue = page.get_by_test_id("stMetric").filter(has_text="Revenue").get_by_test_id("stMetricValue")
    before = revenue.inner_text()

    page.goto(demo_server + "/data?lang=en")
    extra = tmp_path / "extra_sales.csv"
    extra.write_bytes("Дата;Выручка, руб.;Заказы;Средний чек\n16.11.2026;9 999 999,00;1 000;9 999\n".encode("cp1251"))
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(extra)
    page.get_by_role("button", name="Import").click()
    expect(
        page.get_by_text("extra_sales.csv: Daily sales table → Sales by day: 0 added, 1 replaced", exact=False)
    ).to_be_visible(timeout=TIMEOUT)
    # What was assumed about the file and which of its columns were not used, offered to the table's fields.
    page.get_by_text("extra_sales.csv: what was assumed and what was not used").click()
    expect(page.get_by_text("Text read as Windows-1251, columns separated by «;».")).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_text("Columns not used:")).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_role("button", name="Read these columns too")).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_role("button", name="Read these columns too")).to_be_in_viewport(timeout=TIMEOUT)
    page.screenshot(path=str(shots / "data_uploaded_en.png"), animations="disabled")

    page.get_by_role("link", name="This week").click()
    wait_for_tiles(page)
    expect(revenue).not_to_have_text(before, timeout=TIMEOUT)

    page.get_by_role("link", name="Data").click()
    expect(page.get_by_text("Import to undo")).to_be_visible(timeout=TIMEOUT)
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_text("undone: 1 rows removed, 1 earlier rows brought back", exact=False)).to_be_visible(
        timeout=TIMEOUT
    )
    page.screenshot(path=str(shots / "data_undone_en.png"))
    page.get_by_role("link", name="This week").click()
    wait_for_tiles(page)
    expect(revenue).to_have_text(before, timeout=TIMEOUT)


PAGES = ["this-week", "attention", "reception", "loyalty", "voice", "sales", "mix", "forecast", "data"]


def address(path: str) -> str:
    """The page's address: the home page (This week) is the site's root."""
    return "" if path == "this-week" else path


def settled(page: Page) -> None:
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=TIMEOUT)
    expect(page.locator("h1").first).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_text("Page not found")).to_have_count(0)
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=TIMEOUT)  # nothing still loading


@pytest.mark.parametrize("brand", ["ours", "rival"])
@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_on_the_demo(page: Page, demo_server: str, shots: Path, path: str, lang: str, brand: str):
    """Every page in both languages, for our brand and for a competitor (whose page shows none of our
    own accounts' or sales' figures): a 1920×1080 screenshot of each to look at."""
    name = "Зерно" if brand == "ours" else "Крона"
    page.goto(f"{demo_server}/{address(path)}?lang={lang}&brand={name}")
    settled(page)
    page.wait_for_timeout(500)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    # Pages and charts of our own figures (sales, mix, forecast; followers): a competitor gets a note instead.
    ours_only = path in ("sales", "mix", "forecast", "loyalty")
    if path not in ("data", "voice", "forecast") and not (brand == "rival" and ours_only):
        expect(page.locator(".main-svg").first).to_be_visible(timeout=TIMEOUT)
    if path == "voice":  # both words tables have drawn their rows, not a loading placeholder
        tables = page.get_by_test_id("stDataFrame")
        expect(tables).to_have_count(2, timeout=TIMEOUT)
        for i in range(2):
            expect(tables.nth(i).locator("canvas").first).to_be_visible(timeout=TIMEOUT)
            assert tables.nth(i).bounding_box()["height"] > 100
    page.screenshot(path=str(shots / f"page_{path}_{lang}_{brand}.png"))


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_on_an_empty_workspace(page: Page, empty_server: str, shots: Path, path: str):
    page.goto(f"{empty_server}/{address(path)}?lang=en")
    settled(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expected = "The workspace is empty." if path == "data" else "This workspace has no data yet"
    expect(page.get_by_text(expected, exact=False)).to_be_visible(timeout=TIMEOUT)


SLIDES = ["agenda", "this_week", "attention", "reception", "loyalty", "voice", "sales", "mix", "forecast", "decisions"]
WITH_CHART = {"attention", "reception", "loyalty", "sales", "mix"}


def slide_bar(page: Page):
    return page.locator(".st-key-present_bar strong")


def test_presentation_mode_moves_by_keyboard_at_once(page: Page, demo_server: str):
    page.goto(demo_server + "/?lang=en&present=1")
    expect(page.get_by_role("heading", name="Agenda", exact=True)).to_be_visible(timeout=TIMEOUT)
    # The keys are read as soon as the slide is there: no click first, and the buttons need not be drawn yet.
    page.wait_for_function("window.resonanceSlideKeys === true", timeout=TIMEOUT)
    page.keyboard.press("ArrowRight")
    expect(slide_bar(page)).to_have_text("2 / 10 · This week", timeout=TIMEOUT)
    expect(page.get_by_test_id("stSidebar")).to_be_hidden()
    settled(page)
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("heading", name="Attention", exact=True)).to_be_visible(timeout=TIMEOUT)
    page.keyboard.press("ArrowLeft")
    expect(slide_bar(page)).to_have_text("2 / 10 · This week", timeout=TIMEOUT)
    settled(page)
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stSidebar")).to_be_visible(timeout=TIMEOUT)
    expect(page.locator(".st-key-present_bar")).to_have_count(0)


SLIDE_MEASURES = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const size = (e) => parseFloat(getComputedStyle(e).fontSize);
  return {
    main: main.scrollHeight - main.clientHeight,
    document: document.documentElement.scrollHeight - window.innerHeight,
    bottom: document.querySelector('[data-testid="stMainBlockContainer"]').getBoundingClientRect().bottom,
    ticks: [...document.querySelectorAll('.main-svg .xtick text, .main-svg .ytick text, .main-svg .legendtext')]
      .map(size),
    quotes: [...document.querySelectorAll('blockquote p')].map(size),
    values: [...document.querySelectorAll('[data-testid="stMetricValue"]')].map(size),
  };
}"""


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_slide_fits_the_screen_in_large_type(page: Page, demo_server: str, shots: Path, lang: str):
    """The whole deck, turned with the keyboard: each slide is one 1920×1080 screen, with no scrolling,
    chart ticks and legends of 18 px or more, and quotes of 24 px or more."""
    page.goto(f"{demo_server}/?lang={lang}&present=1")
    for n, slide in enumerate(SLIDES, start=1):
        expect(slide_bar(page)).to_contain_text(f"{n} / {len(SLIDES)} · ", timeout=TIMEOUT)
        settled(page)
        for placeholder in ("stSkeleton", "stSkeletonElement"):  # every element drawn, not a grey stand-in
            expect(page.get_by_test_id(placeholder)).to_have_count(0, timeout=TIMEOUT)
        if slide == "forecast":
            expect(page.get_by_test_id("stMetric")).to_have_count(7, timeout=TIMEOUT)
        if slide in WITH_CHART:
            expect(page.locator(".main-svg .xtick text").first).to_be_visible(timeout=TIMEOUT)
        if slide == "voice":
            expect(page.locator("blockquote").first).to_be_visible(timeout=TIMEOUT)
        page.wait_for_timeout(500)
        expect(page.get_by_test_id("stException")).to_have_count(0)
        expect(page.get_by_test_id("stPopover")).to_have_count(0)  # no "How it is counted" on a slide
        page.screenshot(path=str(shots / f"present_{n}_{slide}_{lang}.png"))
        seen = page.evaluate(SLIDE_MEASURES)
        assert seen["main"] <= 0 and seen["document"] <= 0 and seen["bottom"] <= 1080, (slide, seen)
        assert all(size >= 18 for size in seen["ticks"]), (slide, seen["ticks"])
        assert bool(seen["ticks"]) == (slide in WITH_CHART), slide
        assert all(size >= 24 for size in seen["quotes"]), (slide, seen["quotes"])
        assert all(size >= 60 for size in seen["values"]), (slide, seen["values"])
        if slide == "voice":
            assert seen["quotes"], "the voice slide shows quotes"
        page.keyboard.press("ArrowRight")


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_competitors_slides_keep_its_view_and_show_no_figure_of_ours(
    page: Page, demo_server: str, shots: Path, lang: str
):
    """The deck for a competitor, opened from a link: every slide keeps the link's view, and what exists
    only for our brand shows «–» with whose it is (tiles) or says so instead of figures (pages of our own)."""
    view = {"week": "2026-W45", "brand": "Крона", "platforms": "vk,telegram", "lang": lang}
    only_ours = "только для Зерно" if lang == "ru" else "only for Зерно"  # matched without regard to case
    page.goto(demo_server + f"/?week=2026-W45&brand=Крона&platforms=vk,telegram&lang={lang}&present=1")
    for n, slide in enumerate(SLIDES, start=1):
        expect(slide_bar(page)).to_contain_text(f"{n} / {len(SLIDES)} · ", timeout=TIMEOUT)
        settled(page)
        for placeholder in ("stSkeleton", "stSkeletonElement"):
            expect(page.get_by_test_id(placeholder)).to_have_count(0, timeout=TIMEOUT)
        page.wait_for_timeout(500)
        page.wait_for_url(lambda url: view_in(url)[1] == {**view, "present": "1"}, timeout=TIMEOUT)
        main = page.get_by_test_id("stMain")
        expect(main.get_by_text("Крона", exact=False).first).to_be_visible()
        expect(page.get_by_test_id("stException")).to_have_count(0)
        if slide in ("this_week", "loyalty"):  # tiles of our own accounts and sales: «–» and whose they are
            expect(main.get_by_text(only_ours, exact=False).first).to_be_visible(timeout=TIMEOUT)
        if slide in ("sales", "mix", "forecast"):  # built from our data alone: no figures at all
            expect(main.get_by_test_id("stMetric")).to_have_count(0)
            expect(main.locator(".main-svg")).to_have_count(0)
            expect(main.get_by_test_id("stTable")).to_have_count(0)
            expect(main.get_by_text(only_ours, exact=False).first).to_be_visible(timeout=TIMEOUT)
        page.screenshot(path=str(shots / f"present_{n}_{slide}_competitor_{lang}.png"))
        measured = page.evaluate(SLIDE_MEASURES)
        assert measured["main"] <= 0 and measured["document"] <= 0, (slide, measured)
        assert all(size >= 18 for size in measured["ticks"]), (slide, measured["ticks"])
        page.keyboard.press("ArrowRight")


def test_imported_text_is_shown_as_text_never_as_markup(page: Page, demo_server: str, shots: Path, tmp_path: Path):
    hostile = "Кофе холодный ![pixel](http://127.0.0.1:9/p.png) **жирно** $x^2$ <b>тег</b>"
    export = tmp_path / "monitoring.csv"
    export.write_text(
        "Дата;Текст;Тональность;Бренд;Автор;Охват\n"
        f"18.11.2026 12:00;{hostile};негатив;Зерно;[link](http://127.0.0.1:9);9999999\n",
        encoding="utf-8",
    )
    page.goto(demo_server + "/data?lang=en")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(export)
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("monitoring.csv: Mentions table (recognised by column names)", exact=False)).to_be_visible(
        timeout=TIMEOUT
    )
    page.get_by_role("link", name="Voice of the customer").click()
    expect(page.get_by_text("![pixel](http://127.0.0.1:9/p.png) **жирно** $x^2$", exact=False)).to_be_visible(
        timeout=TIMEOUT
    )
    expect(page.locator("img[src*='127.0.0.1:9']")).to_have_count(0)  # nothing is fetched from a quote
    expect(page.get_by_text("[link](http://127.0.0.1:9)", exact=False)).to_be_visible()  # the author, as written
    page.screenshot(path=str(shots / "voice_escaped_en.png"))


# Where a chart's annotations are drawn (px from the page's top): the picture's top edge, the top of its plot
# area, and each annotation's text.
CALENDAR_LABELS = """chart => {
  const svg = chart.querySelector('.main-svg');
  const plot = chart.querySelector('.bglayer rect.bg') || chart.querySelector('.cartesianlayer .plot');
  return {
    picture: svg.getBoundingClientRect().top,
    plot: plot.getBoundingClientRect().top,
    labels: [...chart.querySelectorAll('g.annotation text')].map(text => {
      const box = text.getBoundingClientRect();
      return {text: text.textContent, top: box.top, bottom: box.bottom};
    }),
  };
}"""


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("path", ["attention", "reception", "voice", "sales"])
def test_charts_and_tables_look_whole(page: Page, demo_server: str, shots: Path, path: str, lang: str):
    """The whole page, charts and tables included (a tall window: Streamlit scrolls inside its own frame)."""
    page.set_viewport_size({"width": 1920, "height": 3400})
    page.goto(f"{demo_server}/{path}?lang={lang}")
    settled(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    if path != "voice":
        expect(page.locator(".main-svg").first).to_be_visible(timeout=TIMEOUT)
    tables = page.get_by_test_id("stDataFrame")
    for i in range(tables.count()):  # tables draw on a canvas after the script has finished
        expect(tables.nth(i).locator("canvas").first).to_be_visible(timeout=TIMEOUT)
    if path == "reception":
        # Every sentiment has its legend entry, filled with its colour (a pattern over it, never instead).
        legend = page.get_by_test_id("stPlotlyChart").first.locator("g.legend g.traces")
        expect(legend).to_have_count(3, timeout=TIMEOUT)
        fills = legend.evaluate_all("""items => items.map(item => {
            const swatch = item.querySelector('.legendpoints path');
            const fill = swatch.style.fill || swatch.getAttribute('fill') || '';
            const id = (fill.match(/url\\(["']?#([^"')]+)/) || [])[1];
            const rect = id && document.getElementById(id) && document.getElementById(id).querySelector('rect');
            return rect ? (rect.style.fill || rect.getAttribute('fill')) : fill;
        })""")
        assert len(fills) == 3 and all(
            f and f not in ("none", "transparent", "rgb(255, 255, 255)", "#FFFFFF") for f in fills
        ), fills
        # The calendar's labels stand above the bars, inside the chart's picture: none crosses a bar or is cut.
        chart = page.get_by_test_id("stPlotlyChart").first
        expect(chart.locator("g.annotation").first).to_be_visible(timeout=TIMEOUT)
        placed = chart.evaluate(CALENDAR_LABELS)
        assert placed["labels"] and all(
            placed["picture"] <= label["top"] and label["bottom"] <= placed["plot"] + 1 for label in placed["labels"]
        ), placed
    page.wait_for_timeout(800)
    page.screenshot(path=str(shots / f"whole_{path}_{lang}.png"))


def all_hidden(locator) -> None:
    for i in range(locator.count()):
        expect(locator.nth(i)).to_be_hidden()


def choose_week(page: Page, label: str, week: str) -> None:
    box = page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").filter(has_text=label).first
    box.click()
    page.keyboard.type(week)
    page.keyboard.press("Enter")
    expect(page.locator("h1").first).to_contain_text(week, timeout=TIMEOUT)
    settled(page)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_words_for_the_room_spikes_and_sales(page: Page, demo_server: str, shots: Path, lang: str):
    """A spike is told by its quotes, platforms and calendar, with the threshold behind a click; the sales page
    says "no evidence" for mentions, whose every interval spans zero, with the numbers behind a click."""
    page.goto(f"{demo_server}/?lang={lang}")
    wait_for_tiles(page)
    deltas = page.get_by_test_id("stMetricDelta").all_inner_texts()
    assert not any("394" in d for d in deltas), deltas  # reach 46.9 K → 231.6 K: a difference, not +394%
    choose_week(page, "Week" if lang == "en" else "Неделя", "2026-W29")
    spike = page.locator(".st-key-week_spike_2026-07-16")
    spike.scroll_into_view_if_needed()
    expect(spike.get_by_text("Промокод ПРОСТИ", exact=False)).to_be_visible(timeout=TIMEOUT)
    expect(spike.locator("blockquote").first).to_be_visible()
    all_hidden(spike.get_by_text("MAD", exact=False))  # the statistics are behind a click
    spike.get_by_test_id("stExpander").click()
    expect(spike.get_by_text("MAD × 1", exact=False).first).to_be_visible(timeout=TIMEOUT)
    spike.screenshot(path=str(shots / f"this_week_spike_{lang}.png"))

    page.goto(f"{demo_server}/sales?lang={lang}")
    settled(page)
    sentence = "No evidence that" if lang == "en" else "Нет свидетельств"
    expect(page.get_by_text(sentence, exact=False)).to_be_visible(timeout=TIMEOUT)
    all_hidden(page.get_by_text("Fisher" if lang == "en" else "Фишер", exact=False))
    expect(page.get_by_text("Strongest at a lag" if lang == "en" else "Сильнее всего", exact=False)).to_have_count(0)
    details = page.get_by_test_id("stMainBlockContainer").get_by_test_id("stExpander")  # not the sidebar's link
    details.click()
    expect(page.get_by_text("Fisher" if lang == "en" else "Фишер", exact=False)).to_be_visible(timeout=TIMEOUT)
    details.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / f"sales_words_{lang}.png"))


# What a reader sees of the uploader: each piece of its text, or the words put in its place when it is shrunk away.
UPLOADER_WORDS = """el => [...el.querySelectorAll('p, span')]
    .filter(e => !e.children.length && e.textContent.trim() && !e.closest('[data-testid="stIconMaterial"]'))
    .map(e => getComputedStyle(e).fontSize === '0px'
         ? getComputedStyle(e, '::after').content.replace(/^"|"$/g, '') : e.textContent.trim())"""


def test_the_uploader_and_an_unknown_file_read_russian(page: Page, demo_server: str, shots: Path, tmp_path: Path):
    page.goto(demo_server + "/data?lang=ru")
    dropzone = page.get_by_test_id("stFileUploaderDropzone")
    expect(dropzone).to_be_visible(timeout=TIMEOUT)
    settled(page)
    assert dropzone.evaluate(UPLOADER_WORDS) == [
        "Выбрать файлы",
        "или перетащите их сюда · до 200 МБ на файл · CSV, TSV, TXT, XLSX, ZIP",
    ]
    page.get_by_test_id("stFileUploader").screenshot(path=str(shots / "data_uploader_ru.png"))
    dropzone.evaluate("""el => {
        const files = new DataTransfer(); files.items.add(new File(['x'], 'a.csv'));
        el.dispatchEvent(new DragEvent('dragenter', {dataTransfer: files, bubbles: true}));
    }""")
    expect(dropzone.locator("> div:not([data-testid]) > span")).to_have_count(1, timeout=TIMEOUT)
    assert dropzone.evaluate(UPLOADER_WORDS)[0] == "Отпустите файлы здесь"
    page.get_by_test_id("stFileUploader").screenshot(path=str(shots / "data_uploader_drag_ru.png"))
    dropzone.evaluate("el => el.dispatchEvent(new DragEvent('dragleave', {bubbles: true}))")

    strange = tmp_path / "мониторинг.csv"
    strange.write_text("Когда;Что написали;Где\n21.11.2026;Вкусный раф;vk\n", encoding="utf-8")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(strange)
    page.get_by_role("button", name="Загрузить", exact=True).click()
    expect(
        page.get_by_text(
            "мониторинг.csv: Resonance не знает таких столбцов: «Когда», «Что написали», «Где».", exact=False
        )
    ).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_text("Resonance читает выгрузки систем мониторинга", exact=False)).to_be_visible()
    expect(page.get_by_text("мониторинг.csv: какой столбец что означает?")).to_be_visible()
    expect(page.get_by_test_id("stAlertContentError")).to_have_count(0)
    expect(page.get_by_text("brandwatch_mentions", exact=False)).to_have_count(0)
    page.get_by_text("Все выгрузки, которые читает Resonance", exact=False).click()
    expect(
        page.get_by_test_id("stExpanderDetails").get_by_text("Meta Business Suite: посты Instagram", exact=False).first
    ).to_be_visible(timeout=TIMEOUT)
    page.screenshot(path=str(shots / "data_unknown_ru.png"), full_page=True)


def view_in(url: str) -> tuple[str, dict[str, str]]:
    """The page and the view an address names: ``("/reception", {"week": "2026-W45", ...})``."""
    parts = urlsplit(url)
    return parts.path, {key: values[-1] for key, values in parse_qs(parts.query).items()}


def test_a_link_opens_its_view_and_the_sidebar_keeps_it(page: Page, demo_server: str, shots: Path):
    view = {"week": "2026-W45", "brand": "Крона", "platforms": "vk,telegram", "lang": "en"}
    page.goto(demo_server + "/attention?week=2026-W45&brand=Крона&platforms=vk,telegram&lang=en")
    expect(page.get_by_role("heading", name="Attention", exact=True)).to_be_visible(timeout=TIMEOUT)
    wait_for_tiles(page, 8)
    expect(page.get_by_text("Крона · Week 2026-W45", exact=False).first).to_be_visible()
    sidebar = page.get_by_test_id("stSidebar")
    chosen = sidebar.get_by_test_id("stMultiSelect").get_by_role("group", name="Selected values").locator("[data-tag]")
    expect(chosen).to_have_text(["vk", "telegram"])
    expect(sidebar.get_by_role("combobox", name="Brand")).to_have_value("Крона")
    sidebar.get_by_text("Link to this view").click()
    link = sidebar.get_by_test_id("stCode")
    expect(link).to_contain_text(demo_server + "/attention?week=2026-W45&brand=Крона&platforms=vk,telegram&lang=en")
    page.screenshot(path=str(shots / "link_attention_en.png"))

    sidebar.get_by_role("link", name="Reception").click()
    expect(page.get_by_role("heading", name="Reception", exact=True)).to_be_visible(timeout=TIMEOUT)
    page.wait_for_url(lambda url: view_in(url) == ("/reception", view), timeout=TIMEOUT)
    expect(page.get_by_text("Крона · Week 2026-W45", exact=False).first).to_be_visible(timeout=TIMEOUT)
    expect(chosen).to_have_text(["vk", "telegram"])

    # A control changed on this page changes the address and keeps the rest; so does the home page's link.
    sidebar.get_by_role("radio", name="Month", exact=True).click()
    month = {"month": "2026-10", "brand": "Крона", "platforms": "vk,telegram", "lang": "en"}
    page.wait_for_url(lambda url: view_in(url) == ("/reception", month), timeout=TIMEOUT)
    sidebar.get_by_role("link", name="This week").click()
    page.wait_for_url(lambda url: view_in(url) == ("/", month), timeout=TIMEOUT)
    wait_for_tiles(page)
    expect(page.get_by_role("heading", name="Крона · October 2026")).to_be_visible(timeout=TIMEOUT)
    page.screenshot(path=str(shots / "link_this_week_month_en.png"))
