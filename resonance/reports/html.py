"""The report as one self-contained HTML file: styles and charts inline (SVG drawn here), no script, no
font, no image, no address it would fetch when opened; printable on A4 landscape, one topic a page.

Every text from an imported file (a brand, a quote, a decision) is escaped: it shows as written.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path

from resonance.i18n import format_compact, format_percent_value, t
from resonance.reports.content import Chart, Report

COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9")  # Okabe–Ito
SENTIMENT_COLOURS = ("#009E73", "#999999", "#D55E00")  # positive, neutral, negative
WIDTH, HEIGHT, PAD = 900, 300, 48
# The browser is told too: nothing may be fetched, nothing may run; inline styles only.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

STYLE = """
@page { size: A4 landscape; margin: 12mm; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a;
       margin: 24px auto; max-width: 1200px; line-height: 1.4; }
h1 { font-size: 30px; margin: 0 0 4px; } h2 { font-size: 24px; margin: 0 0 12px; }
.subtitle { color: #555; font-size: 18px; margin-bottom: 16px; }
.headline { font-size: 20px; font-weight: 600; margin: 6px 0; }
section { page-break-before: always; break-before: page; padding-top: 8px; }
section.first { page-break-before: auto; break-before: auto; }
table { border-collapse: collapse; width: 100%; font-size: 16px; margin: 8px 0 12px; }
th, td { border-bottom: 1px solid #ddd; padding: 6px 8px; text-align: left; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.formula { color: #555; font-size: 13px; }
.note { color: #333; font-size: 15px; margin: 4px 0; }
blockquote { margin: 6px 0; padding: 6px 12px; border-left: 4px solid #0072B2; background: #f6f8fa; }
svg text { font-family: inherit; font-size: 13px; fill: #333; }
footer { color: #777; font-size: 13px; margin-top: 24px; }
"""


def _ticks(low: float, high: float) -> list[float]:
    if high == low:
        high = low + 1
    step = 10 ** math.floor(math.log10((high - low) / 4))
    for factor in (1, 2, 5, 10):
        if (high - low) / (step * factor) <= 5:
            step *= factor
            break
    start = math.floor(low / step) * step
    return [start + i * step for i in range(int((high - start) / step) + 2) if start + i * step <= high + step]


def _label(value: float, unit: str, lang: str) -> str:
    """A tick or a bar's value as the language writes it: a share as a whole percent, else compact."""
    if unit == "fraction":
        return format_percent_value(value, lang, digits=0)
    return format_compact(value, lang)


def chart_svg(chart: Chart, lang: str) -> str:
    """A line, bar or stacked-bar chart of the periods as inline SVG (no value: no mark)."""
    values = [v for _, series in chart.series for v in series if not math.isnan(v)]
    if not values:
        return ""
    stacked = chart.kind == "stacked"
    top = 1.0 if stacked else max([*values, 0.0])
    bottom = 0.0 if stacked else min([*values, 0.0])
    ticks = _ticks(bottom, top) if not stacked else [0, 0.25, 0.5, 0.75, 1.0]
    low, high = min(ticks[0], bottom), max(ticks[-1], top)
    n = len(chart.categories)
    inner_w, inner_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD

    def x(i: float) -> float:
        return PAD + (i + 0.5) * inner_w / max(n, 1)

    def y(v: float) -> float:
        return PAD + inner_h - (v - low) / ((high - low) or 1) * inner_h

    parts = [f'<svg viewBox="0 0 {WIDTH} {HEIGHT + 30}" width="100%" role="img">']
    parts.append(f"<title>{escape(chart.title)}</title>")
    for tick in ticks:
        parts.append(f'<line x1="{PAD}" x2="{WIDTH - PAD}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#eee"/>')
        label = escape(_label(tick, chart.unit, lang))
        parts.append(f'<text x="{PAD - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{label}</text>')
    every = max(1, n // 6)
    for i, name in enumerate(chart.categories):
        if i % every == 0 or i == n - 1:
            parts.append(f'<text x="{x(i):.1f}" y="{HEIGHT - PAD + 18}" text-anchor="middle">{escape(name)}</text>')
    band = inner_w / max(n, 1) * 0.7
    if stacked:
        base = [0.0] * n
        for (name, series), colour in zip(chart.series, SENTIMENT_COLOURS, strict=False):
            for i, v in enumerate(series):
                if math.isnan(v) or v == 0:
                    continue
                parts.append(
                    f'<rect x="{x(i) - band / 2:.1f}" y="{y(base[i] + v):.1f}" width="{band:.1f}" '
                    f'height="{y(base[i]) - y(base[i] + v):.1f}" fill="{colour}"><title>{escape(name)}: '
                    f"{escape(_label(v, chart.unit, lang))}</title></rect>"
                )
                base[i] += v
    else:
        for k, ((name, series), colour) in enumerate(zip(chart.series, COLOURS, strict=False)):
            if chart.kind == "bar":
                for i, v in enumerate(series):
                    if math.isnan(v):
                        continue
                    y0, y1 = sorted((y(0), y(v)))
                    parts.append(
                        f'<rect x="{x(i) - band / 2:.1f}" y="{y0:.1f}" width="{band:.1f}" '
                        f'height="{y1 - y0:.1f}" fill="{colour}"/>'
                    )
            else:
                points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(series) if not math.isnan(v))
                parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="3"/>')
                for i, v in enumerate(series):
                    if not math.isnan(v):
                        parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="4" fill="{colour}"/>')
            parts.append(f'<text x="{PAD + 200 * k}" y="{HEIGHT + 22}" fill="{colour}">■ {escape(name)}</text>')
    if stacked:
        for k, ((name, _), colour) in enumerate(zip(chart.series, SENTIMENT_COLOURS, strict=False)):
            parts.append(f'<text x="{PAD + 220 * k}" y="{HEIGHT + 22}" fill="{colour}">■ {escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render(report: Report) -> str:
    """The report as an HTML document."""
    lang = report.lang
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        f"<title>{escape(report.title)}</title><style>{STYLE}</style></head><body>",
        f'<section class="first"><h1>{escape(report.title)}</h1>',
        f'<div class="subtitle">{escape(report.subtitle)}</div>',
        *(f'<div class="headline">{escape(h)}</div>' for h in report.headlines),
        "</section>",
    ]
    for topic in report.topics:
        out.append(f'<section id="{topic.key}"><h2>{escape(topic.title)}</h2>')
        if topic.numbers:
            cols = ("indicator", "value", "previous", "change", "level")
            out.append("<table><thead><tr>" + "".join(f"<th>{escape(t(f'report.col.{c}', lang))}</th>" for c in cols))
            out.append("</tr></thead><tbody>")
            for n in topic.numbers:
                out.append(
                    f'<tr><td>{escape(n.label)}<div class="formula">{escape(n.formula)}</div></td>'
                    f'<td class="num">{escape(n.shown)}</td><td class="num">{escape(n.shown_previous)}</td>'
                    f'<td class="num">{escape(n.shown_change)}</td><td>{escape(n.level)}</td></tr>'
                )
            out.append("</tbody></table>")
        if topic.chart is not None:
            out.append(chart_svg(topic.chart, lang))
        for heading, quote in topic.quotes:
            out.append(f"<blockquote><b>{escape(heading)}.</b> {escape(quote)}</blockquote>")
        out += [f'<p class="note">{escape(note)}</p>' for note in topic.notes]
        out.append("</section>")
    out.append(f'<section id="decisions"><h2>{escape(t("report.topic.decisions", lang))}</h2>')
    for title, lines in (
        (t("report.decided_before", lang), report.decided_before),
        (t("report.decided_now", lang), report.decided_now),
    ):
        out.append(f"<h3>{escape(title)}</h3><ul>")
        out += [f"<li>{escape(line)}</li>" for line in lines] or [f"<li>{escape(t('report.none', lang))}</li>"]
        out.append("</ul>")
    out.append(f"</section><footer>{escape(t('report.footer', lang))}</footer></body></html>")
    return "\n".join(out)


def write(report: Report, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(render(report), encoding="utf-8")
    return path
