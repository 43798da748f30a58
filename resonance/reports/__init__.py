"""Files that leave the meeting: PPTX with native charts, one self-contained HTML file, XLSX; all from
one report (:mod:`resonance.reports.content`) built from the meeting's model."""

from __future__ import annotations

import io

FORMATS = ("pptx", "html", "xlsx")
MEDIA_TYPES = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "html": "text/html",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def render(workspace, period, *, brand: str | None, lang: str, fmt: str) -> bytes:
    """The report of ``period`` for ``brand`` in ``lang`` as the bytes of a ``fmt`` file (see :data:`FORMATS`)."""
    from resonance.reports import content, html, pptx, xlsx

    if fmt not in FORMATS:
        raise ValueError(f"{fmt!r} is not a report format: {', '.join(FORMATS)}")
    model, report = content.for_period(workspace, period, brand=brand, lang=lang)
    if fmt == "html":
        return html.render(report).encode("utf-8")
    out = io.BytesIO()
    if fmt == "pptx":
        pptx.write(report, out)
    else:
        mentions = workspace.read("mentions", start=period.start, end=period.end, with_text=True)
        if model.brand is not None:
            mentions = mentions[mentions["brand"] == model.brand]
        # Our own accounts' and sales' tables are ours: a competitor's report has none of them.
        tables = (
            {}
            if model.competitor
            else {
                name: workspace.read(name, start=period.start, end=period.end)
                for name in ("posts", "audience", "sales")
            }
        )
        xlsx.write(report, out, mentions=mentions, tables=tables, tz=workspace.settings()["tz"])
    return out.getvalue()
