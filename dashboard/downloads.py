"""The period's report to download (PPTX, HTML, XLSX) on This week and on the deck's last slide: each made
when its button is pressed, from the summary of the view shown, as ``resonance report`` makes it."""

from __future__ import annotations

import streamlit as st

from dashboard import state
from dashboard.scope import Scope
from resonance import reports
from resonance.i18n import t

ICONS = {"pptx": ":material/slideshow:", "html": ":material/public:", "xlsx": ":material/table:"}


def file_name(scope: Scope, fmt: str) -> str:
    """``Зерно 2026-11-16 – 2026-11-22.pptx``: the brand and the period, as a person would name it."""
    period = scope.shown_period
    brand = "".join(c for c in (scope.brand or "report") if c.isalnum() or c in " -_").strip() or "report"
    return f"{brand} {period.start.isoformat()} – {period.end.isoformat()}.{fmt}"


def report_buttons(scope: Scope, where: str) -> None:
    """Three buttons: the report of the view shown as PPTX, HTML and XLSX."""
    lang = scope.lang
    st.markdown(f"**{t('downloads.title', lang)}**")
    columns = st.columns(len(reports.FORMATS))
    for column, fmt in zip(columns, reports.FORMATS, strict=True):

        def made(fmt: str = fmt) -> bytes:
            workspace = state.current_workspace()
            return reports.render(workspace, scope.shown_period, brand=scope.brand, lang=lang, fmt=fmt)

        column.download_button(
            t(f"downloads.{fmt}", lang),
            data=made,
            file_name=file_name(scope, fmt),
            mime=reports.MEDIA_TYPES[fmt],
            icon=ICONS[fmt],
            key=f"{where}_report_{fmt}",
            width="stretch",
        )
