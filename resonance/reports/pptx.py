"""The report as a 16:9 PowerPoint deck (python-pptx): a title slide with the headlines, one slide per
meeting topic — its numbers in a table in large type and its chart as a native chart (an editable chart
part with its data, not a picture) — and the decisions. Each number's formula, denominator and AMEC level
are in the slide's notes; a topic's caveats in a footnote.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import BinaryIO

from resonance.i18n import t
from resonance.reports.content import Chart, Report, Topic

FONT = "Calibri"
INK = (0x1A, 0x1A, 0x1A)
GREY = (0x55, 0x55, 0x55)
SERIES = ((0x00, 0x72, 0xB2), (0xE6, 0x9F, 0x00), (0x00, 0x9E, 0x73))
SENTIMENT = ((0x00, 0x9E, 0x73), (0x99, 0x99, 0x99), (0xD5, 0x5E, 0x00))
MAX_ROWS = 9  # numbers on a slide, large enough to read across a room


def _text(frame, text: str, *, size: int, bold: bool = False, colour=INK) -> None:
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    paragraph.text = text
    for run in paragraph.runs:
        run.font.size, run.font.bold, run.font.name = Pt(size), bold, FONT
        run.font.color.rgb = RGBColor(*colour)


def _lines(frame, lines: list[str], *, size: int, colour=INK) -> None:
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    frame.word_wrap = True
    for i, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = line
        for run in paragraph.runs:
            run.font.size, run.font.name = Pt(size), FONT
            run.font.color.rgb = RGBColor(*colour)


def _title(slide, text: str) -> None:
    from pptx.util import Inches

    box = slide.shapes.add_textbox(Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.9))
    _text(box.text_frame, text, size=36, bold=True)


def _chart(slide, chart: Chart, left, top, width, height) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.util import Pt

    data = CategoryChartData()
    data.categories = list(chart.categories)
    for name, values in chart.series:
        data.add_series(name, [None if math.isnan(v) else v for v in values])
    kind = {
        "line": XL_CHART_TYPE.LINE_MARKERS,
        "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
        "stacked": XL_CHART_TYPE.COLUMN_STACKED_100,
    }[chart.kind]
    frame = slide.shapes.add_chart(kind, left, top, width, height, data)
    drawn = frame.chart
    drawn.has_legend = True
    drawn.legend.position = XL_LEGEND_POSITION.BOTTOM
    drawn.legend.include_in_layout = False
    drawn.legend.font.size = Pt(14)
    drawn.category_axis.tick_labels.font.size = Pt(12)
    drawn.value_axis.tick_labels.font.size = Pt(14)
    drawn.value_axis.tick_labels.number_format = (
        "0%" if chart.unit == "fraction" or chart.kind == "stacked" else "#,##0"
    )
    drawn.value_axis.tick_labels.number_format_is_linked = False
    colours = SENTIMENT if chart.kind == "stacked" else SERIES
    for series, colour in zip(drawn.plots[0].series, colours, strict=False):
        fill = series.format.line if chart.kind == "line" else series.format.fill
        if chart.kind != "line":
            fill.solid()
            fill.fore_color.rgb = RGBColor(*colour)
        else:
            fill.color.rgb = RGBColor(*colour)
            fill.width = Pt(3)


def _numbers(slide, topic: Topic, lang: str, left, top, width) -> None:
    from pptx.util import Inches, Pt

    shown = topic.numbers[:MAX_ROWS]
    cols = ("indicator", "value", "previous", "change")
    table = slide.shapes.add_table(len(shown) + 1, len(cols), left, top, width, Inches(0.5) * (len(shown) + 1)).table
    for c, share in enumerate((0.37, 0.23, 0.2, 0.2)):
        table.columns[c].width = int(width * share)
    for c, name in enumerate(cols):
        _text(table.cell(0, c).text_frame, t(f"report.col.{name}", lang), size=14, bold=True)
    for r, n in enumerate(shown, start=1):
        for c, value in enumerate((n.label, n.shown, n.shown_previous, n.shown_change)):
            cell = table.cell(r, c)
            _text(cell.text_frame, value, size=18 if c == 1 else 16, bold=c == 1)
            cell.margin_left = cell.margin_right = Pt(6)


def _notes(slide, topic: Topic) -> None:
    lines = [f"{n.label}: {n.shown} — {n.formula} ({n.denominator}); {n.level}" for n in topic.numbers]
    slide.notes_slide.notes_text_frame.text = "\n".join([*lines, *topic.notes])


def _footnote(slide, lines: list[str]) -> None:
    from pptx.util import Inches

    if not lines:
        return
    box = slide.shapes.add_textbox(Inches(0.5), Inches(6.55), Inches(12.3), Inches(0.8))
    _lines(box.text_frame, lines, size=12, colour=GREY)


def write(report: Report, path: str | Path | BinaryIO) -> None:
    """Write the deck to ``path`` (a file name or a binary stream)."""
    from pptx import Presentation
    from pptx.util import Emu, Inches

    lang = report.lang
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(12_192_000), Emu(6_858_000)  # 16:9, as PowerPoint makes it
    blank = deck.slide_layouts[6]

    slide = deck.slides.add_slide(blank)
    box = slide.shapes.add_textbox(Inches(0.5), Inches(0.6), Inches(12.3), Inches(1.2))
    _text(box.text_frame, report.title, size=40, bold=True)
    box = slide.shapes.add_textbox(Inches(0.5), Inches(1.7), Inches(12.3), Inches(0.6))
    _text(box.text_frame, report.subtitle, size=20, colour=GREY)
    box = slide.shapes.add_textbox(Inches(0.5), Inches(2.6), Inches(12.3), Inches(3.8))
    _lines(box.text_frame, list(report.headlines), size=24)
    _footnote(slide, [t("report.footer", lang)])

    for topic in report.topics:
        slide = deck.slides.add_slide(blank)
        _title(slide, topic.title)
        if topic.numbers:
            width = Inches(7.3) if topic.chart is not None else Inches(12.3)
            _numbers(slide, topic, lang, Inches(0.5), Inches(1.4), width)
        if topic.chart is not None:
            left = Inches(8.0) if topic.numbers else Inches(0.5)
            _chart(slide, topic.chart, left, Inches(1.4), Inches(12.8) - left, Inches(5.0))
        if topic.quotes:
            box = slide.shapes.add_textbox(Inches(0.5), Inches(1.4), Inches(12.3), Inches(5.0))
            _lines(box.text_frame, [f"{heading}. {quote}" for heading, quote in topic.quotes[:6]], size=18)
        _notes(slide, topic)
        _footnote(slide, list(topic.notes))

    slide = deck.slides.add_slide(blank)
    _title(slide, t("report.topic.decisions", lang))
    for i, (title, lines) in enumerate(
        ((t("report.decided_before", lang), report.decided_before), (t("report.decided_now", lang), report.decided_now))
    ):
        box = slide.shapes.add_textbox(Inches(0.5 + 6.3 * i), Inches(1.4), Inches(6.0), Inches(5.0))
        _lines(box.text_frame, [title, *(lines or (t("report.none", lang),))], size=20)
    deck.save(str(path) if isinstance(path, (str, Path)) else path)
