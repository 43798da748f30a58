"""Data: upload exports, see what was recognised and what went wrong, and what the workspace holds."""

import re
from pathlib import Path
from zoneinfo import available_timezones

import pandas as pd
import streamlit as st

from dashboard import state, tables
from dashboard.progress import release, with_progress
from dashboard.safe import md
from dashboard.style import uploader_css
from metrics import schema, store
from metrics.ingest import Problem, Progress
from metrics.ingest.formats import READABLE
from metrics.ingest.mapping import Mapping, mappable_columns
from metrics.ingest.options import Limits
from resonance import say
from resonance.i18n import format_number, t

CURRENCIES = ["RUB", "USD", "EUR", "KZT", "BYN", "UZS", "AMD", "GEL", "CNY", "TRY", "AED"]

lang = state.language()
workspace = state.current_workspace()

st.title(t("page.data", lang))

st.subheader(t("data.upload", lang))
st.caption(t("data.upload_help", lang))
st.html(
    uploader_css(
        button=t("data.uploader_button", lang),
        drop=t("data.uploader_drop", lang),
        hint=t("data.uploader_hint", lang, size=str(int(st.get_option("server.maxUploadSize")))),
    )
)
with st.form("data_upload_form", clear_on_submit=True):
    files = st.file_uploader(
        t("data.upload", lang),
        type=["csv", "tsv", "txt", "xlsx", "zip"],
        accept_multiple_files=True,
        key="data_files",
        label_visibility="collapsed",
    )
    submitted = st.form_submit_button(t("data.import_button", lang), type="primary")


def import_with_bar(data: bytes, name: str, bar, number: int = 1, count: int = 1) -> store.ImportReport:
    """One file imported while ``bar`` shows how far it has got: its share of the files, and in words its
    share read, rows, rate and time left, then that it is being checked and saved."""
    label = md(f"{name} ({number}/{count})" if count > 1 else name)

    def draw(done: Progress, seconds: float) -> None:
        bar.progress((number - 1 + done.fraction) / count, text=say.progress(label, done, seconds, lang))

    return with_progress(lambda: workspace.import_file(data, name=name, apart=True), draw)


def import_upload(uploaded, number: int, count: int, bar) -> store.ImportReport:
    return import_with_bar(uploaded.getvalue(), uploaded.name, bar, number, count)


def import_uploads(files: list) -> None:
    """Import each upload in turn; what the page shows of them is kept in session state, nothing else."""
    reports: list[store.ImportReport] = []
    problems: list[Problem] = []
    progress = st.progress(0.0)
    for i, uploaded in enumerate(files, start=1):
        report = import_upload(uploaded, i, len(files), progress)
        reports.append(report)
        if report.error:  # said above the problems, once; the table lists what was found inside files
            if report.error.code == "unknown_layout" and report.error.headers:
                # Kept until the user maps its columns (or leaves the page's session).
                st.session_state.setdefault("data_unmapped", {})[uploaded.name] = (
                    uploaded.getvalue(),
                    report.error.headers,
                )
        elif report.result is not None:
            for leaf in report.result.leaves():
                problems.extend(leaf.warnings)
                if leaf.error:
                    problems.append(leaf.error.problem)
        progress.progress(i / len(files), text=t("data.importing", lang, file=uploaded.name))
    progress.empty()
    st.session_state["data_last_reports"] = [state.import_summary(r) for r in reports]
    st.session_state["data_last_problems"] = problems


if submitted and files:
    try:
        import_uploads(files)
    finally:  # ended or failed: the rows read are garbage now, and the server gives their memory back
        del files
        release()


def extend_step(part: dict) -> None:
    """Offer the columns a known format left unused to the fields of its table it did not fill; the
    choice is saved for files of the same header (next week's export reads them too)."""
    free = [c for c in mappable_columns(part["table"]) if c not in part["read"] and c not in ("brand", "platform")]
    if part["format"] == "mapping" or not free:
        return
    st.caption(t("data.unused_help", lang))
    with st.form(f"data_extend_{part['file']}"):
        chosen = {}
        columns = st.columns(3)
        for i, source in enumerate(part["unused"]):
            with columns[i % 3]:
                field = st.selectbox(
                    source,
                    ["—", *free],
                    key=f"data_extend_{part['file']}_{source}",
                    format_func=lambda c: c if c == "—" else t(f"column.{c}", lang),
                )
            if field != "—":
                chosen[field] = source
        if st.form_submit_button(t("data.extend_save", lang)) and chosen:
            mapping = Mapping.extending(part["format"], chosen, part["header"], name=part["file"])
            workspace.save_mapping(mapping)
            st.success(t("data.extend_saved", lang, columns=md(", ".join(f"«{s}»" for s in chosen.values()))))


def unknown_layout(error) -> None:
    """A file of columns no format knows: what was found, that the mapping step below reads it, and
    what Resonance reads (the whole list one click away)."""
    if error.headers:
        st.warning(
            t("data.unknown_layout", lang, file=md(error.problem.file), columns=md(error.problem.params["columns"]))
        )
    else:
        st.error(md(say.problem(error, lang)))
    st.caption(t("ingest.known_kinds", lang))
    with st.expander(t("data.all_formats", lang, count=sum(len(ids) for ids in READABLE.values()))):
        for table, ids in READABLE.items():
            st.markdown(f"**{t(f'table.{table}', lang)}:** " + " · ".join(say.format_label(i, lang) for i in ids))


for summary in st.session_state.get("data_last_reports", []):
    if summary["error"] is not None:
        if summary["error"].code == "unknown_layout":
            unknown_layout(summary["error"])
        else:
            st.error(md(say.problem(summary["error"], lang)))
    for format_id, table, added, replaced, unchanged, skipped, skipped_by in summary["tables"]:
        done = t(
            "data.imported_ok",
            lang,
            file=md(summary["file"]),
            format=say.format_label(format_id, lang),
            table=t(f"table.{table}", lang),
            added=format_number(added, lang),
            replaced=format_number(replaced, lang),
            unchanged=format_number(unchanged, lang),
            skipped=format_number(skipped, lang),
        )
        why = t("data.skipped_why", lang, reasons=say.skip_reasons(skipped_by, lang)) if skipped else ""
        st.success(done + (" " + why if why else ""))
    for part in summary["parts"]:
        # What was decided rather than read, and what was left out, in plain words for each file read.
        with st.expander(t("data.assumed_in", lang, file=md(part["file"])), key=f"data_assumed_{part['file']}"):
            for code, params in part["assumed"]:
                st.markdown("- " + md(say.assumption(code, params, lang)))
            if part["unused"]:
                st.markdown(f"**{t('data.unused_columns', lang)}:** " + md(", ".join(f"«{c}»" for c in part["unused"])))
                extend_step(part)
last_problems = [
    {
        "file": p.file,
        "row": "–" if p.row is None else str(p.row),
        "column": p.column or "–",
        "message": say.problem(p, lang),
    }
    for p in st.session_state.get("data_last_problems", [])
]
if last_problems:
    st.subheader(t("data.problems", lang))
    tables.dataframe(
        pd.DataFrame(last_problems).rename(
            columns={
                "file": t("data.file", lang),
                "row": t("data.row", lang),
                "column": t("data.column", lang),
                "message": t("data.message", lang),
            }
        ),
        hide_index=True,
        width="stretch",
        key="data_problems",
    )


def mapping_step(file: str, data: bytes, headers: list[str]) -> None:
    """Map the columns of a file no format knows; the mapping is saved for files of the same shape."""
    with st.container(border=True, key=f"data_map_{file}"):
        st.markdown(f"**{t('data.map_title', lang, file=md(file))}**")
        st.caption(t("data.map_help", lang))
        table = st.selectbox(
            t("data.map_table", lang),
            list(schema.TABLES),
            key=f"data_map_table_{file}",
            format_func=lambda name: t(f"table.{name}", lang),
        )
        with st.form(f"data_map_form_{file}"):
            choices = {}
            required = set(schema.TABLES[table].required)
            columns = st.columns(3)
            for i, column in enumerate(mappable_columns(table)):
                label = t(f"column.{column}", lang) + (" *" if column in required else "")
                with columns[i % 3]:
                    picked = st.selectbox(label, ["—", *headers], key=f"data_map_{file}_{table}_{column}")
                if picked != "—":
                    choices[column] = picked
            name = st.text_input(
                t("data.map_name", lang),
                value=Path(file).stem,
                key=f"data_map_name_{file}",
                help=t("data.map_name_help", lang),
            )
            submitted = st.form_submit_button(t("data.map_save", lang), type="primary")
        if submitted:
            mapping = Mapping(table, choices, tuple(headers), name=name.strip() or Path(file).stem)
            missing = mapping.missing()
            if missing:
                st.error(t("data.map_missing", lang, columns=", ".join(t(f"column.{c}", lang) for c in missing)))
                return
            workspace.save_mapping(mapping)
            report = import_with_bar(data, file, st.progress(0.0))
            del st.session_state["data_unmapped"][file]
            if report.error:
                st.error(md(say.problem(report.error, lang)))
            elif report.result is not None:
                st.session_state["data_last_problems"] = [p for leaf in report.result.leaves() for p in leaf.warnings]
                st.session_state["data_last_reports"] = [state.import_summary(report)]
            del report, data
            release()
            st.rerun()


for file, (data, headers) in list(st.session_state.get("data_unmapped", {}).items()):
    mapping_step(file, data, headers)

saved_mappings = workspace.mappings()
if saved_mappings:
    with st.expander(t("data.saved_mappings", lang)):
        st.caption(t("data.saved_mappings_help", lang))
        tables.dataframe(
            pd.DataFrame(
                {
                    t("data.mapping_name", lang): [m.name for m in saved_mappings],
                    t("data.map_table", lang): [t(f"table.{m.table}", lang) for m in saved_mappings],
                    t("data.mapping_columns", lang): [
                        ", ".join(f"{t(f'column.{c}', lang)} ← «{h}»" for c, h in m.columns.items())
                        for m in saved_mappings
                    ],
                }
            ),
            hide_index=True,
            width="stretch",
            key="data_saved_mappings",
        )

with st.expander(t("data.templates", lang)):
    st.caption(t("data.templates_help", lang))
    left, right = st.columns(2)
    left.download_button(
        t("table.activities", lang),
        say.template_csv("activities", lang),
        file_name=t("data.template_file_activities", lang),
        mime="text/csv",
        icon=":material/download:",
        key="data_template_activities",
    )
    right.download_button(
        t("table.context", lang),
        say.template_csv("context", lang),
        file_name=t("data.template_file_context", lang),
        mime="text/csv",
        icon=":material/download:",
        key="data_template_context",
    )

st.subheader(t("data.heading", lang))
contents = state.contents(state.snapshot())
if contents["rows"].sum() == 0:
    st.info(t("data.empty", lang))
else:
    shown = pd.DataFrame(
        {
            t("data.table", lang): [t(f"table.{name}", lang) for name in contents["table"]],
            t("data.rows", lang): [format_number(n, lang) for n in contents["rows"]],
            t("data.first_day", lang): contents["first"].astype("string").fillna("–"),
            t("data.last_day", lang): contents["last"].astype("string").fillna("–"),
        }
    )
    tables.dataframe(shown, hide_index=True, width="stretch", key="data_contents")

history = workspace.imports()
# A round of codes given on the Voice of the customer page has no file: it is named for what it is.
history["file_name"] = history["file_name"].where(
    history["format_id"] != store.CODES_ON_PAGE, say.format_label(store.CODES_ON_PAGE, lang)
)
if len(history):
    st.subheader(t("data.imports", lang))
    tz = workspace.settings()["tz"]
    shown = pd.DataFrame(
        {
            "#": history["id"],
            t("data.file", lang): history["file_name"],
            t("data.format", lang): [
                ", ".join(say.format_label(f, lang) for f in str(v).split(",") if f) for v in history["format_id"]
            ],
            t("data.imported_at", lang): history["imported_at"].dt.tz_convert(tz).dt.strftime("%Y-%m-%d %H:%M"),
            t("data.added", lang): history["rows_added"],
            t("data.replaced", lang): history["rows_replaced"],
            t("data.unchanged", lang): history["rows_unchanged"],
            t("data.skipped", lang): history["rows_skipped"],
            t("data.undone_at", lang): history["undone_at"].dt.tz_convert(tz).dt.strftime("%Y-%m-%d %H:%M").fillna(""),
        }
    )
    tables.dataframe(shown, hide_index=True, width="stretch", key="data_history")
    active = history[history["undone_at"].isna()]
    if len(active):
        left, right = st.columns([3, 1], vertical_alignment="bottom")
        # Keyed on the workspace's version: after any import the newest one is offered first.
        chosen = left.selectbox(
            t("data.undo_which", lang),
            list(active["id"]),
            key=f"data_undo_choice_{workspace.version()}",
            format_func=lambda i: f"#{i} · {active.set_index('id').loc[i, 'file_name']}",
        )
        if right.button(t("data.undo", lang), key="data_undo", icon=":material/undo:"):
            removed, restored = workspace.undo(int(chosen))
            st.session_state["data_undone"] = t(
                "data.undone",
                lang,
                id=int(chosen),
                removed=format_number(removed, lang),
                restored=format_number(restored, lang),
            )
            st.rerun()
if "data_undone" in st.session_state:
    st.success(st.session_state.pop("data_undone"))

st.subheader(t("data.settings", lang))
settings = workspace.settings()
with st.form("data_settings_form"):
    left, right = st.columns(2)
    brand = left.text_input(t("data.our_brand", lang), value=settings["brand"] or "", key="data_set_brand")
    competitors = left.text_area(
        t("data.competitors", lang),
        value="\n".join(settings["competitors"]),
        key="data_set_competitors",
        help=t("data.one_per_line", lang),
    )
    aliases = right.text_area(
        t("data.aliases", lang),
        key="data_set_aliases",
        help=t("data.aliases_help", lang),
        value="\n".join(f"{k} = {v}" for k, v in settings["aliases"].items()),
    )
    zones = sorted(available_timezones())
    tz_choice = right.selectbox(t("data.time_zone", lang), zones, index=zones.index(settings["tz"]), key="data_set_tz")
    currency = right.selectbox(
        t("data.currency", lang),
        CURRENCIES,
        key="data_set_currency",
        index=CURRENCIES.index(settings["currency"]) if settings["currency"] in CURRENCIES else 0,
    )
    if st.form_submit_button(t("data.save_settings", lang)):
        pairs = [line.split("=", 1) for line in aliases.splitlines() if "=" in line]
        workspace.update_settings(
            brand=brand.strip() or None,
            competitors=[c.strip() for c in competitors.splitlines() if c.strip()],
            aliases={k.strip(): v.strip() for k, v in pairs if k.strip() and v.strip()},
            tz=tz_choice,
            currency=currency,
        )
        st.session_state["data_settings_saved"] = True
        st.rerun()  # the sidebar lists the brands under their new names
if st.session_state.pop("data_settings_saved", False):
    st.success(t("data.settings_saved", lang))

with st.expander(t("data.limits", lang), icon=":material/shield:"):
    st.caption(t("data.limits_help", lang))
    limits = Limits.from_settings(settings["limits"])
    default = Limits()
    with st.form("data_limits_form", border=False):
        left, middle, right, last = st.columns(4)
        n_files = left.number_input(
            t("data.limit_files", lang, default=default.entries), 1, 1_000_000, limits.entries, key="data_limit_files"
        )
        expanded = middle.number_input(
            t("data.limit_expanded", lang, default=default.expanded >> 20),
            1,
            1 << 20,
            limits.expanded >> 20,
            key="data_limit_expanded",
        )
        ratio = right.number_input(
            t("data.limit_ratio", lang, default=default.ratio), 2, 100_000, limits.ratio, key="data_limit_ratio"
        )
        cells = last.number_input(
            t("data.limit_cells", lang, default=default.cells // 1_000_000),
            1,
            10_000,
            limits.cells // 1_000_000,
            key="data_limit_cells",
        )
        if st.form_submit_button(t("data.save_limits", lang)):
            chosen = Limits.from_settings(
                {
                    "max_files": int(n_files),
                    "max_expanded_mb": int(expanded),
                    "max_ratio": int(ratio),
                    "max_cells": int(cells) * 10**6,
                }
            )
            workspace.update_settings(limits={} if chosen == default else chosen.to_settings())
            st.session_state["data_limits_saved"] = True
            st.rerun()
    if st.session_state.pop("data_limits_saved", False):
        st.success(t("data.limits_saved", lang))

MAX_WORKSPACE_NAME = 80  # characters of a workspace's file name: file systems stop at 255 bytes

with st.expander(t("data.new_workspace", lang)):
    name = st.text_input(t("data.new_workspace_name", lang), key="data_new_workspace")
    if st.button(t("data.create", lang), key="data_create_workspace") and name.strip():
        stem = re.sub(r"[^\w.-]+", "_", name.strip())
        if len(stem) > MAX_WORKSPACE_NAME:
            st.error(t("data.workspace_name_too_long", lang, length=len(stem), limit=MAX_WORKSPACE_NAME))
        else:
            path = store.home() / (stem + ".duckdb")
            try:
                store.open_workspace(path)
            except (OSError, store.WorkspaceError) as exc:  # a folder that cannot be written, a file in the way
                st.error(
                    t(
                        "data.workspace_cannot_create",
                        lang,
                        path=path,
                        reason=exc.strerror or str(exc) if isinstance(exc, OSError) else str(exc),
                    )
                )
            else:
                st.session_state["app_workspace"] = str(path)
                st.rerun()
