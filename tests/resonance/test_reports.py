"""``resonance report``: the PPTX opens in python-pptx and in LibreOffice with native charts and the
summary's numbers, the XLSX holds them as numbers and no imported text as a formula, the HTML holds every
topic and asks for nothing."""

from __future__ import annotations

import csv
import json
import math
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics import store
from resonance.cli import main

WEEK = ["--week", "2026-W47"]
HOSTILE = ('=HYPERLINK("http://example.invalid","x")', "@SUM(1)", "+1+1", "-2+3", "\tTAB", "\rCR")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, demo_workspace) -> Path:
    """The demo with mentions whose texts and authors would run as formulas in a spreadsheet, and decisions."""
    folder = tmp_path_factory.mktemp("reports")
    path = folder / "demo.duckdb"
    shutil.copy(demo_workspace, path)
    export = folder / "monitoring.csv"
    pd.DataFrame(
        {
            "Дата": [f"19.11.2026 1{i}:00" for i in range(len(HOSTILE))],
            "Текст": HOSTILE,
            "Тональность": "негатив",
            "Бренд": "Зерно",
            "Автор": [f"{text}x" for text in HOSTILE],
            "Охват": 100,
        }
    ).to_csv(export, sep=";", index=False, quoting=csv.QUOTE_ALL)
    opened = store.open_workspace(path)
    assert opened.import_file(export).error is None
    opened.decide(
        start=date(2026, 11, 9),
        end=date(2026, 11, 15),
        what="Answer every VK question within 2 hours",
        who="Anna",
        brand="Зерно",
    )
    opened.decide(
        start=date(2026, 11, 16), end=date(2026, 11, 22), what="=Bring back the old raf recipe", brand="Зерно"
    )
    opened.close()
    store.forget(path)
    return path


def summary_json(workspace: Path, capsys) -> dict:
    assert main(["summary", "--workspace", str(workspace), *WEEK, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["indicators"]


def report(workspace: Path, fmt: str, out: Path, capsys, lang: str = "en") -> Path:
    assert (
        main(["--lang", lang, "report", "--workspace", str(workspace), *WEEK, "--format", fmt, "--out", str(out)]) == 0
    )
    assert capsys.readouterr().out.strip() == f"{'Report written' if lang == 'en' else 'Отчёт записан'}: {out}"
    return out


def test_the_deck_has_native_charts_and_the_summarys_numbers(workspace, tmp_path, capsys):
    from pptx import Presentation

    numbers = summary_json(workspace, capsys)
    deck = Presentation(str(report(workspace, "pptx", tmp_path / "week.pptx", capsys)))
    assert deck.slide_width * 9 == deck.slide_height * 16  # 16:9
    slides = list(deck.slides)
    charts = [shape.chart for slide in slides for shape in slide.shapes if shape.has_chart]
    assert len(charts) >= 5  # chart parts with their data, editable in PowerPoint (not pictures)
    first = charts[0]
    assert first.plots[0].series[0].name == "Mentions"
    assert list(first.plots[0].series[0].values)[-1] == numbers["mentions"]["value"]
    cells = [
        c.text
        for slide in slides
        for shape in slide.shapes
        if shape.has_table
        for row in shape.table.rows
        for c in row.cells
    ]
    assert f"{numbers['mentions']['value']:,.0f}" in cells and "Net sentiment" in cells
    assert f"{numbers['net_sentiment']['value']:+.2f}" in cells
    notes = slides[1].notes_slide.notes_text_frame.text
    assert "Mentions: 288 — " in notes and "Output" in notes  # each number's formula and AMEC level
    texts = [shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame]
    assert any("association, never attribution" in x for x in texts)
    assert any("#1 [open] Answer every VK question within 2 hours — Anna" in x for x in texts)
    assert any("#2 [open] =Bring back the old raf recipe" in x for x in texts)


def test_the_deck_opens_in_libreoffice_without_repair_and_renders_every_slide(workspace, tmp_path, capsys):
    deck = report(workspace, "pptx", tmp_path / "неделя 47.pptx", capsys, lang="ru")
    done = subprocess.run(
        ["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path), str(deck)],
        capture_output=True,
        text=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf = tmp_path / "неделя 47.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    from pptx import Presentation

    assert len(pages) == len(Presentation(str(deck)).slides) == 9
    artifacts = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
    artifacts.mkdir(parents=True, exist_ok=True)
    for page in pages[:3]:
        shutil.copy(page, artifacts / f"report_pptx_{page.name}")


def test_the_workbook_holds_numbers_and_never_a_formula_from_an_imported_text(workspace, tmp_path, capsys):
    import openpyxl

    numbers = summary_json(workspace, capsys)
    book = openpyxl.load_workbook(report(workspace, "xlsx", tmp_path / "week.xlsx", capsys))
    indicators = book["Indicators"]
    assert indicators.freeze_panes == "A2" and indicators.auto_filter.ref
    rows = {r[0].value: r for r in indicators.iter_rows(min_row=2)}
    assert rows["Mentions"][1].value == numbers["mentions"]["value"] and rows["Mentions"][1].data_type == "n"
    assert math.isclose(rows["Share of voice"][1].value, numbers["share_of_voice"]["value"])
    assert rows["Share of voice"][1].number_format == "0.0%"
    mentions = book["Mentions"]
    header = [c.value for c in mentions[1]]
    assert header == ["Published", "Platform", "Author", "Text", "Reach", "Sentiment", "Sentiment from", "Link"]
    every = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in every if c.data_type == "f"]  # no formula anywhere
    from openpyxl.utils.escape import unescape  # a carriage return is stored as _x000D_, as Excel does

    texts = {unescape(c.value) for c in every if isinstance(c.value, str)}
    assert set(HOSTILE) <= texts  # shown as the characters they are
    assert "=Bring back the old raf recipe" in texts
    assert mentions.cell(2, 1).is_date
    assert book.sheetnames == ["Indicators", "Mentions", "Our posts", "Audience", "Sales", "Decisions"]


def test_the_html_is_one_file_with_every_topic_the_numbers_and_the_decisions(workspace, tmp_path, capsys):
    numbers = summary_json(workspace, capsys)
    page = report(workspace, "html", tmp_path / "week.html", capsys).read_text(encoding="utf-8")
    for topic in ("this_week", "attention", "reception", "loyalty", "voice", "sales", "mix", "decisions"):
        assert f'<section id="{topic}">' in page or f'id="{topic}"' in page
    assert "<script" not in page and "<link" not in page and "src=" not in page and "url(" not in page
    assert f'<td class="num">{numbers["mentions"]["value"]:,.0f}</td>' in page
    assert page.count("<svg") >= 5
    assert "Answer every VK question within 2 hours" in page
