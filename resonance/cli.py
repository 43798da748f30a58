"""``resonance``: serve the dashboard, build the demo, import, inspect and summarise from a shell.

Bad arguments and bad files end with a one-line message on stderr and exit code 2, never a
traceback.

``resonance --help`` answers at once: this module imports only the standard library, the schema's
table of columns and the lookup of words; each command imports the reader, the workspace (pandas,
Arrow, DuckDB) and the rest when it runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from metrics import schema
from resonance.i18n import LANGUAGES, t

if TYPE_CHECKING:
    from metrics import store
    from metrics.ingest.mapping import Mapping, MappingError
    from resonance.terminal import ProgressLine

EXIT_BAD_INPUT = 2


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, as argparse does, without the usage block
        raise CliError(message)


def _lang(args) -> str:
    return args.lang or os.environ.get("RESONANCE_LANG", "en")


def cmd_serve(args) -> int:
    import subprocess

    from metrics import store
    from resonance import access

    lang = _lang(args)
    workspace = Path(args.workspace).expanduser().resolve() if args.workspace else store.default_path().resolve()
    secret_file = access.location(workspace)
    try:
        setting = access.read(secret_file)
    except access.AccessError:
        raise CliError(t("cli.access.damaged", lang, path=secret_file)) from None
    open_to_network = not access.is_loopback(args.address)
    if open_to_network and setting is None:
        raise CliError(t("cli.serve.needs_access", lang, address=args.address, workspace=workspace))
    if open_to_network:
        print(t("cli.serve.network", lang, address=args.address, port=args.port, path=secret_file), file=sys.stderr)
    app = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
    env = {
        **os.environ,
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        store.ENV_WORKSPACE: str(workspace),
        access.ENV_FILE: str(secret_file),
    }
    if open_to_network:
        env[access.ENV_REQUIRED] = "1"  # the file taken away while serving closes the dashboard, never opens it
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.headless=true",
        "--browser.gatherUsageStats=false",
        "--client.toolbarMode=viewer",
        # Streamlit collects all garbage after every run of every viewer: with the libraries a page needs
        # loaded, that is most of a run's time (0.1–0.15 s) and all of it holds the interpreter's lock.
        # Python's own collector still runs as memory is allocated.
        "--runner.postScriptGC=false",
        # Streamlit watches every module's file for edits, to rerun an app as it is written: after every run
        # of every viewer it walks the thousands of modules loaded, on the thread that talks to all the
        # browsers. A served dashboard is not being written.
        "--server.fileWatcherType=none",
        f"--server.port={args.port}",
        f"--server.address={args.address}",
    ]
    try:
        return subprocess.call(cmd, env=env)
    except KeyboardInterrupt:
        return 0


def cmd_access(args) -> int:
    """Set, replace or remove the team's password (or a generated token) for the served dashboard."""
    import getpass

    from metrics import store
    from resonance import access

    lang = _lang(args)
    workspace = Path(args.workspace).expanduser() if args.workspace else store.default_path()
    path = access.location(workspace)
    if args.action == "status":
        try:
            setting = access.read(path)
        except access.AccessError:
            raise CliError(t("cli.access.damaged", lang, path=path)) from None
        if setting is None:
            print(t("cli.access.none", lang, path=path))
        else:
            print(t(f"cli.access.is_{setting.kind}", lang, path=path, set=setting.set_at))
        return 0
    if args.action == "clear":
        print(t("cli.access.cleared" if access.clear(path) else "cli.access.none", lang, path=path))
        return 0
    if args.action == "token":
        token = access.new_token()
        access.write(path, token, kind="token")
        print(token)
        print(t("cli.access.token_written", lang, path=path), file=sys.stderr)
        return 0
    if args.stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise CliError(t("cli.access.no_terminal", lang))
        secret = getpass.getpass(t("cli.access.prompt", lang))
        if getpass.getpass(t("cli.access.again", lang)) != secret:
            raise CliError(t("cli.access.mismatch", lang))
    if len(secret) < access.MIN_LENGTH:
        raise CliError(t("cli.access.short", lang, n=access.MIN_LENGTH))
    access.write(path, secret)
    print(t("cli.access.written", lang, path=path))
    return 0


def cmd_demo(args) -> int:
    from metrics import demo, store

    path = Path(args.workspace).expanduser() if args.workspace else store.home() / "demo.duckdb"
    if not args.force and demo.is_current(path):
        print(f"{path}: up to date with sample_data/ (use --force to rebuild)")
        return 0
    reports = demo.build(path)
    for r in reports:
        added = sum(x.added for x in r.tables)
        print(f"{r.file}: {added} rows")
    print(f"demo workspace: {path}")
    return 0


def cmd_import(args) -> int:
    from resonance.deferred import warm

    warm("pandas")  # imported while the first file is found and read: its rows are handed to pandas
    from metrics import store
    from resonance import say
    from resonance.terminal import ProgressLine

    lang = _lang(args)
    typed = _typed_mapping(args, lang)  # checked before the workspace is created
    if args.template and not Path(args.workspace).expanduser().exists():
        raise CliError(t("cli.no_workspace", lang, path=args.workspace))
    workspace = store.open_workspace(args.workspace)
    mapping = typed or _template(args, workspace, lang)
    line = ProgressLine(lang, quiet=args.quiet)
    if mapping is not None:
        return _import_mapped(args, workspace, mapping, lang, line)
    failed = False
    for number, path in enumerate(args.files, start=1):
        with line.file(Path(path).name, number, len(args.files)):
            report = workspace.import_file(path, tuning=_tuning(args, workspace))
        if report.error:
            print(f"{t('cli.error', lang)}: {say.problem(report.error, lang)}", file=sys.stderr)
            if report.error.code == "unknown_layout":
                print(t("cli.unknown_layout_hint", lang), t("ingest.known_kinds", lang), sep="\n", file=sys.stderr)
            failed = True
            continue
        _print_report(report, lang)
    return EXIT_BAD_INPUT if failed else 0


def _import_mapped(args, workspace: store.Workspace, mapping: Mapping, lang: str, line: ProgressLine) -> int:
    """Every file read with the user's mapping first: one that does not fit it stops all, nothing imported."""
    from dataclasses import replace

    from metrics.ingest import IngestError
    from resonance import say

    results = []
    for number, path in enumerate(args.files, start=1):
        try:
            with line.file(Path(path).name, number, len(args.files)):
                results.append(workspace.read_file(path, mapping=mapping, tuning=_tuning(args, workspace)))
        except IngestError as exc:
            raise CliError(say.problem(exc, lang)) from None
    for result in results:
        _print_report(workspace.import_result(result), lang)
    if args.save_template:
        applied = next(leaf.mapping for result in results for leaf in result.leaves() if leaf.mapping)
        before = workspace.mapping_named(args.save_template)
        saved = workspace.save_mapping(replace(applied, name=args.save_template))
        print(t("cli.template_saved", lang, name=saved.name, table=saved.table, columns=_columns(saved.columns)))
        if before is not None and before.shape != saved.shape:
            print(t("cli.template_renamed", lang, name=saved.name))
    return 0


def _print_report(report: store.ImportReport, lang: str) -> None:
    from resonance import say

    for leaf in report.result.leaves() if report.result is not None else ():
        if leaf.error:
            print(f"{t('cli.error', lang)}: {say.problem(leaf.error, lang)}", file=sys.stderr)
    for table in report.tables:
        print(
            t(
                "data.imported_ok",
                lang,
                file=report.file,
                format=say.format_label(table.format_id, lang),
                table=table.table,
                added=table.added,
                replaced=table.replaced,
                unchanged=table.unchanged,
                skipped=table.skipped,
            )
        )
        if table.skipped:
            print("  " + t("data.skipped_why", lang, reasons=say.skip_reasons(table.skipped_by, lang)))


def _typed_mapping(args, lang: str) -> Mapping | None:
    """The mapping given as ``--table T --map SOURCE=FIELD ...``, after checking the options go together."""
    if args.maps and args.template:
        raise CliError(t("cli.map_and_template", lang))
    if getattr(args, "save_template", None) and not args.maps:
        raise CliError(t("cli.save_needs_map", lang))
    if args.maps and not args.table:
        raise CliError(t("cli.map_needs_table", lang, tables=", ".join(schema.TABLES)))
    if args.table and not (args.maps or args.template):
        raise CliError(t("cli.table_needs_map", lang))
    if not args.maps:
        return None
    from metrics.ingest.mapping import MappingError, from_pairs

    try:
        return from_pairs(args.table, args.maps, name=getattr(args, "save_template", None))
    except MappingError as exc:
        raise CliError(_mapping_message(exc, lang)) from None


def _mapping_message(exc: MappingError, lang: str) -> str:
    params = dict(exc.params)
    if exc.code == "unknown_field":
        params["fields"] = ", ".join(params["fields"])
    elif exc.code == "field_twice":
        params["first"], params["second"] = params.pop("sources")
    elif exc.code == "unmapped_required":
        params["first"] = params["columns"][0]
        params["columns"] = ", ".join(params["columns"])
    return t(f"cli.map.{exc.code}", lang, **params)


def _template(args, workspace: store.Workspace | None, lang: str) -> Mapping | None:
    """The saved mapping named by ``--template``, if one was asked for."""
    if not args.template:
        return None
    if workspace is None:
        raise CliError(t("cli.template_needs_workspace", lang))
    found = workspace.mapping_named(args.template)
    if found is None:
        names = ", ".join(f"«{m.name}»" for m in workspace.mappings()) or "–"
        raise CliError(t("cli.unknown_template", lang, name=args.template, workspace=workspace.path, names=names))
    if args.table and args.table != found.table:
        raise CliError(t("cli.template_table", lang, name=found.name, template_table=found.table, table=args.table))
    return found


def _columns(columns: dict[str, str]) -> str:
    """A mapping's columns as ``field ← «source»``."""
    return ", ".join(f"{field} ← «{source}»" for field, source in columns.items())


def cmd_templates(args) -> int:
    from metrics import store

    lang = _lang(args)
    path = Path(args.workspace).expanduser()
    if not path.exists():
        raise CliError(t("cli.no_workspace", lang, path=path))
    saved = store.open_workspace(path, create=False).mappings()
    if args.json:
        print(
            json.dumps(
                [{"name": m.name, "table": m.table, "columns": m.columns, "headers": list(m.headers)} for m in saved],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not saved:
        print(t("cli.no_templates", lang, workspace=path))
    for m in saved:
        print(t("cli.template", lang, name=m.name, table=m.table, columns=_columns(m.columns)))
    return 0


def cmd_inspect(args) -> int:
    from resonance.deferred import warm

    warm("pandas")  # imported while the first file is found and read: its rows are handed to pandas
    from metrics.ingest import IngestError, read_export
    from resonance import say

    lang = _lang(args)
    typed = _typed_mapping(args, lang)
    workspace = None
    if args.workspace:  # read as an import into it would: its settings and saved mappings
        path = Path(args.workspace).expanduser()
        if not path.exists():
            raise CliError(t("cli.no_workspace", lang, path=path))
        from metrics import store  # only then: reading a file alone needs no DuckDB

        workspace = store.open_workspace(path, create=False)
    mapping = typed or _template(args, workspace, lang)
    out, failed = [], False
    for path in args.files:
        try:
            # Keys and the model's sentiment are what an import adds; rows shown show them.
            whole = bool(args.rows)
            tuning = _tuning(args, workspace)
            result = (
                workspace.read_file(path, mapping=mapping, keys=whole, sentiment=whole, tuning=tuning)
                if workspace is not None
                else read_export(path, mapping=mapping, keys=whole, sentiment=whole, tuning=tuning)
            )
            out.append(say.inspection(result, lang))
            if args.rows:
                _attach_rows(result, out[-1], args.rows)
        except IngestError as exc:
            failed = True
            out.append(
                {
                    "file": Path(path).name,
                    "format": None,
                    "table": None,
                    "rows": 0,
                    "skipped": {},
                    "warnings": [],
                    "error": say.problem(exc, lang),
                    "code": exc.code,
                }
            )
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2, default=str))
    else:
        for item in out:
            _print_inspection(item, lang)
    return EXIT_BAD_INPUT if failed else 0


# Columns every row of a table has that say nothing about the file.
_UNSHOWN = {"source_file", "published_tz", "sentiment_source", "export_sentiment", "is_question", "mention_key"}


def _attach_rows(result, item: dict, n: int) -> None:
    """The first ``n`` rows as they would be imported, under ``first_rows`` of each table read."""
    if result.parts:
        for part, sub_item in zip(result.parts, item["parts"], strict=True):
            _attach_rows(part, sub_item, n)
        return
    if result.frame is None:
        return
    frame = result.frame.head(n)
    mapped = set(result.mapping.columns) if result.mapping else set()
    shown = [c for c in frame.columns if (c not in _UNSHOWN or c in mapped) and frame[c].notna().any()]
    item["first_rows"] = json.loads(frame[shown].to_json(orient="records", date_format="iso", force_ascii=False))


def _print_inspection(item: dict, lang: str, indent: str = "") -> None:
    if "parts" in item:
        print(f"{indent}{item['file']}:")
        for part in item["parts"]:
            _print_inspection(part, lang, indent + "  ")
        return
    if item.get("error"):
        print(f"{indent}{item['file']}: {t('cli.error', lang)}: {item['error']}")
        return
    skipped = ", ".join(f"{t('skip.' + k, lang)} {v}" for k, v in item["skipped"].items()) or "0"
    print(
        f"{indent}{item['file']}: {item['format_label']} → {item['table']}; "
        f"{t('data.rows', lang).lower()} {item['rows']}; {t('data.skipped', lang).lower()}: {skipped}"
    )
    if item.get("mapping"):
        mapping = item["mapping"]
        columns = _columns(mapping["columns"])
        line = (
            t("cli.template", lang, name=mapping["name"], table=mapping["table"], columns=columns)
            if mapping["name"]
            else t("cli.mapping", lang, table=mapping["table"], columns=columns)
        )
        print(f"{indent}  {line}")
    for warning in item["warnings"]:
        print(f"{indent}  ! {warning['message']}")
    if item.get("warnings_not_shown"):
        print(f"{indent}  ! {t('data.warnings_more', lang, count=item['warnings_not_shown'])}")
    if item.get("unused_columns"):
        print(f"{indent}  {t('data.unused_columns', lang)}: " + ", ".join(f"«{c}»" for c in item["unused_columns"]))
    if item.get("first_rows"):
        import pandas as pd

        table = pd.DataFrame(item["first_rows"]).to_string(index=False, max_colwidth=32)
        print("\n".join(f"{indent}  {line}" for line in table.splitlines()))


def cmd_code(args) -> int:
    """Write a team's sentiment codes into a workspace; the model learns from them and judges the mentions
    again; say how often it agrees with the codes. Without files: the model's state."""
    from metrics import store
    from metrics.ingest import IngestError
    from metrics.sentiment.codes import read_codes
    from resonance import say
    from resonance.terminal import ProgressLine

    lang = _lang(args)
    path = Path(args.workspace).expanduser()
    if not path.exists():
        raise CliError(t("cli.no_workspace", lang, path=path))
    workspace = store.open_workspace(path, create=False)
    line = ProgressLine(lang, quiet=args.quiet or args.json)
    reports, failed = [], False
    for number, source in enumerate(args.files, start=1):
        try:
            codes = read_codes(source)
        except IngestError as exc:
            print(f"{t('cli.error', lang)}: {say.problem(exc, lang)}", file=sys.stderr)
            failed = True
            continue
        with line.file(t("cli.code.judging", lang, file=codes.file), number, len(args.files)):
            report = workspace.add_codes(codes, progress=line.counter())
        reports.append(report)
        if not args.json:
            print(
                t(
                    "cli.code.written",
                    lang,
                    file=report.file,
                    added=report.added,
                    changed=report.changed,
                    unchanged=report.unchanged,
                    coded=report.mentions_coded,
                )
            )
            for problem in report.problems:
                print("  " + say.problem(problem, lang), file=sys.stderr)
    model = workspace.sentiment_model()
    if args.json:
        print(json.dumps(code_json(reports, model), ensure_ascii=False, indent=2))
    else:
        print(say.model_status(model, lang))
        details = say.agreement_details(model, lang)
        if details:
            print("  " + details)
    return EXIT_BAD_INPUT if failed else 0


def code_json(reports: list, model) -> dict:
    """What ``code --json`` prints: each file's codes and the model's agreement with all of them."""
    from dataclasses import asdict

    from resonance import say

    return {
        "files": [
            {
                "file": r.file,
                "import_id": r.import_id,
                "added": r.added,
                "changed": r.changed,
                "unchanged": r.unchanged,
                "left_out": [say.problem_dict(p, "en") for p in r.problems],
                "mentions_coded": r.mentions_coded,
            }
            for r in reports
        ],
        "model": {
            "learnt": model.learnt,
            "codes": model.codes,
            "agreement": asdict(model.agreement) if model.agreement is not None else None,
        },
    }


def _workspace_and_period(args, lang: str, *, writes: bool = False):
    """The workspace asked for (it must exist) and the period: ``--week``, ``--from``/``--to``, else the last
    complete week with data. A command that only reads works while a dashboard holds the workspace: it
    reads a copy of it as last written, and says so."""
    from metrics import store
    from metrics.periods import Period, last_complete_week, parse_week

    path = Path(args.workspace).expanduser() if args.workspace else store.default_path()
    if not path.exists():
        raise CliError(t("cli.no_workspace", lang, path=path))
    if writes:
        workspace = store.open_workspace(path, create=False)
    else:
        workspace, copied = store.open_for_reading(path)
        if copied:
            print(t("cli.read_copy", lang, path=path), file=sys.stderr)
    if args.week:
        period = parse_week(args.week)
    elif args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise CliError("--from and --to go together")
        period = Period(_date(args.date_from), _date(args.date_to))
    else:
        last = workspace.last_day()
        if last is None:
            raise CliError(t("cli.no_data", lang))
        period = last_complete_week(last, date.today())
    return path, workspace, period


def cmd_notes(args) -> int:
    """The decision log of a period: list, add (``--add``), close (``--done``, ``--drop``), undo."""
    from metrics.decisions import DecisionError

    lang = _lang(args)
    writes = bool(args.add or args.done or args.drop or args.undo)
    path, workspace, period = _workspace_and_period(args, lang, writes=writes)
    brand = args.brand or workspace.settings()["brand"]
    try:
        if args.add:
            due = _date(args.due) if args.due else None
            made = workspace.decide(
                start=period.start, end=period.end, what=args.add, who=args.who, due=due, brand=brand
            )
            if not args.json:
                print(t("cli.notes.added", lang, id=made.id))
        for decision_id, status in [*((i, "done") for i in args.done), *((i, "dropped") for i in args.drop)]:
            workspace.change_decision(decision_id, status=status)
        if args.undo:
            print(
                t("cli.notes.undone", lang, id=workspace.undo_decision()), file=sys.stderr if args.json else sys.stdout
            )
    except DecisionError as exc:
        raise CliError(t(f"decision.error.{exc.code}", lang, **exc.params)) from None
    now = workspace.decisions(start=period.start, end=period.end, brand=brand)
    before = period.previous()
    earlier = workspace.decisions(start=before.start, end=before.end, brand=brand)
    if args.json:
        payload = {
            "workspace": str(path),
            "brand": brand,
            "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
            "decisions": [d.as_dict() for d in now],
            "previous": {
                "period": {"start": before.start.isoformat(), "end": before.end.isoformat()},
                "decisions": [d.as_dict() for d in earlier],
            },
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    from resonance import say

    for title, shown in ((t("cli.notes.previous", lang), earlier), (t("cli.notes.this", lang), now)):
        print(title)
        for decision in shown:
            print("  " + say.decision(decision, lang))
        if not shown:
            print("  " + t("cli.notes.none", lang))
    return 0


def cmd_report(args) -> int:
    """The period's report as PPTX, HTML or XLSX, built from the summary ``resonance summary`` computes."""
    from resonance.reports import render

    lang = _lang(args)
    _, workspace, period = _workspace_and_period(args, lang)
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise CliError(t("cli.report.no_folder", lang, path=out.parent))
    data = render(workspace, period, brand=args.brand or None, lang=lang, fmt=args.format)
    written = out.with_name(out.name + ".part")  # a report is whole or not there
    written.write_bytes(data)
    written.replace(out)
    print(t("cli.report.written", lang, path=out))
    return 0


def cmd_summary(args) -> int:
    from metrics.summary import summary
    from resonance.payload import summary_json

    lang = _lang(args)
    path, workspace, period = _workspace_and_period(args, lang)
    # The command shows no trend, spikes or voice: five periods give the comparison with the 4-period average.
    model = summary(workspace, period=period, brand=args.brand or None, include=("context",), n=5)
    if args.json:
        print(json.dumps(summary_json(model, lang, workspace=str(path)), ensure_ascii=False, indent=2))
        return 0
    _print_summary(model, lang, workspace.sentiment_model())
    return 0


def _print_summary(model, lang: str, sentiment_model=None) -> None:
    """The summary as text: the period against the one before, then each indicator's value (and previous)."""
    from resonance.i18n import format_value

    period, previous = model.period, model.previous
    print(f"{model.brand}: {period.start} … {period.end} (vs {previous.start} … {previous.end})")
    if model.competitor:
        print(t("ours_only.summary", lang, brand=model.our_brand))
    elif model.taken_as_ours:
        print(t("ours_unknown", lang, brand=model.brand))  # said, not guessed silently
    for ind_id, item in model.indicators.items():
        label = t(f"indicator.{ind_id}.label", lang)
        value, prev = format_value(item.value, item.unit, lang), format_value(item.previous, item.unit, lang)
        print(f"  {label:<36} {value:>14}   ({prev})")
    from resonance import say

    read = model.indicators.get("model_sentiment_share")
    note = say.sentiment_by_model(read.value if read is not None else float("nan"), lang, sentiment_model)
    if note:
        print(note)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="resonance", description="PR, loyalty and feedback dashboard for brand managers.")
    p.add_argument("--lang", choices=LANGUAGES, help="language of messages (default: en, or $RESONANCE_LANG)")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    s = sub.add_parser("serve", help="serve the dashboard")
    s.add_argument("--workspace", help="workspace file (default: $RESONANCE_WORKSPACE or the demo)")
    s.add_argument("--port", type=int, default=8501)
    s.add_argument(
        "--address",
        default="localhost",
        help="where to listen (default: this computer only); any other address needs `resonance access set` first",
    )
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser(
        "access",
        help="the team's password for the served dashboard (kept hashed beside the workspace)",
        description="set: a password typed twice (or one line on stdin with --stdin); token: a generated "
        "32-character token, printed once; clear: anyone who reaches the server may open it; status: what "
        "is set. The dashboard asks for it before it shows anything.",
    )
    s.add_argument("action", choices=("set", "token", "clear", "status"))
    s.add_argument("--workspace", help="the workspace served (default: $RESONANCE_WORKSPACE or the demo)")
    s.add_argument("--stdin", action="store_true", help="read the password from the first line of stdin")
    s.set_defaults(func=cmd_access)

    s = sub.add_parser("demo", help="build the demo workspace from sample_data/ (when missing or out of date)")
    s.add_argument("--workspace", help="where to write it (default: demo.duckdb in $RESONANCE_HOME, else ~/.resonance)")
    s.add_argument("--force", action="store_true", help="rebuild it even if it is up to date")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser(
        "import",
        help="import export files into a workspace",
        epilog=mapping_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--workspace", required=True)
    _mapping_options(s)
    s.add_argument(
        "--save-template",
        metavar="NAME",
        help="save the --map mapping in the workspace under NAME (the Data page offers it too)",
    )
    s.add_argument("--quiet", action="store_true", help="no progress line (it is shown only when stderr is a terminal)")
    _limit_options(s)
    s.set_defaults(func=cmd_import)

    s = sub.add_parser(
        "inspect",
        help="say what each file is and what would be read from it",
        epilog=mapping_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.add_argument("--workspace", help="read as an import into this workspace would (needed for --template)")
    s.add_argument("--rows", type=int, default=0, metavar="N", help="show the first N rows as they would be imported")
    _mapping_options(s)
    _limit_options(s)
    s.set_defaults(func=cmd_inspect)

    s = sub.add_parser("templates", help="the column mappings saved in a workspace")
    s.add_argument("--workspace", required=True)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_templates)

    s = sub.add_parser(
        "code",
        help="write a team's sentiment codes (columns Text, Sentiment, optional Brand); the model learns from them",
    )
    s.add_argument("files", nargs="*", metavar="CODES", help="CSV or XLSX files of codes (none: show the model)")
    s.add_argument("--workspace", required=True)
    s.add_argument("--json", action="store_true")
    s.add_argument("--quiet", action="store_true", help="no progress line (it is shown only when stderr is a terminal)")
    s.set_defaults(func=cmd_code)

    s = sub.add_parser("notes", help="the decisions of a period's meeting, and the period before's")
    _period_options(s)
    s.add_argument("--add", metavar="TEXT", help="log a decision for the period")
    s.add_argument("--who", help="who does it (with --add)")
    s.add_argument("--due", metavar="DATE", help="by when, YYYY-MM-DD (with --add)")
    s.add_argument("--done", type=int, action="append", default=[], metavar="ID", help="mark decision ID done")
    s.add_argument("--drop", type=int, action="append", default=[], metavar="ID", help="mark decision ID dropped")
    s.add_argument("--undo", action="store_true", help="take back the latest change of the decision log")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_notes)

    s = sub.add_parser("report", help="the period's report to send: PPTX with native charts, one HTML file, XLSX")
    _period_options(s)
    s.add_argument("--format", choices=("pptx", "html", "xlsx"), required=True)
    s.add_argument("--out", required=True, metavar="FILE")
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("summary", help="indicators of a week against the week before")
    _period_options(s)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_summary)
    return p


LIMIT_FLAGS = ("max_files", "max_expanded_mb", "max_ratio")  # the keys of Limits.to_settings they override


def _limit_options(s: argparse.ArgumentParser) -> None:
    """How much an archive may hold before it is refused unread (metrics.ingest.options.Limits)."""
    s.add_argument("--max-files", type=_positive, metavar="N", help="files in an archive (default 1000)")
    s.add_argument("--max-expanded-mb", type=_positive, metavar="MB", help="an archive's expanded size (default 1024)")
    s.add_argument("--max-ratio", type=_positive, metavar="R", help="how many times a file may expand (default 250)")
    s.epilog = (s.epilog or "") + (
        "\nThe defaults are the workspace's own limits (its settings on the Data page), else those above."
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number above zero")
    return value


def _tuning(args, workspace: store.Workspace | None = None):
    """The reading's limits: the workspace's (or the defaults), with those the flags raise or lower; None
    when no flag is given (the workspace's own settings apply). The flags are named as the settings are."""
    from metrics.ingest import Tuning
    from metrics.ingest.options import Limits

    given = {flag: value for flag in LIMIT_FLAGS if (value := getattr(args, flag, None))}
    if not given:
        return None
    saved = workspace.settings()["limits"] if workspace is not None else {}
    return Tuning(limits=Limits.from_settings({**saved, **given}))


def _period_options(s: argparse.ArgumentParser) -> None:
    s.add_argument("--workspace")
    s.add_argument("--week", help="ISO week, e.g. 2026-W47 (default: the last complete week with data)")
    s.add_argument("--from", dest="date_from", metavar="DATE")
    s.add_argument("--to", dest="date_to", metavar="DATE")
    s.add_argument("--brand")


def _mapping_options(s: argparse.ArgumentParser) -> None:
    s.add_argument("--table", choices=list(schema.TABLES), help="the table the file fills (with --map)")
    s.add_argument(
        "--map",
        dest="maps",
        action="append",
        metavar="SOURCE=FIELD",
        help="read column SOURCE of the file as FIELD of --table, whatever the file's layout; repeat "
        "for each column. Split on the last '=', so SOURCE may contain one",
    )
    s.add_argument("--template", metavar="NAME", help="apply the mapping saved in --workspace under NAME")


def mapping_help() -> str:
    """The fields ``--map`` accepts, per table (required ones marked), for ``--help``."""
    lines = ["fields for --map SOURCE=FIELD, by --table (* required):"]
    for table in schema.TABLES:
        required = set(schema.required_to_map(table))
        fields = ", ".join(f + ("*" if f in required else "") for f in schema.mappable_columns(table))
        lines.append(textwrap.fill(fields, 96, initial_indent=f"  {table + ':':<12}", subsequent_indent=" " * 14))
    lines += [
        "SOURCE is a column header of the file, matched regardless of case and spacing. A mapping",
        "given with --map is applied even when the file has a known layout.",
        "example: resonance import week.csv --workspace w.duckdb --table mentions \\",
        "           --map 'Дата поста=published_at' --map 'Текст поста=text' --save-template monitoring",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from resonance.deferred import defer

    defer()  # pandas, NumPy and Arrow imported by the first command step that uses them
    try:
        args = parser().parse_args(argv)
        return args.func(args)
    except BrokenPipeError:
        # The reader went away (``resonance inspect --json | head``): what is left to print goes nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (CliError, ValueError) as exc:  # our input errors are ValueErrors with a clear message
        print(f"resonance: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        store = sys.modules.get("metrics.store")  # imported by the commands that open a workspace
        if store is not None:
            store.close_all()


def run() -> NoReturn:
    """The ``resonance`` command: :func:`main`, then the process ends as soon as what it printed is written.

    :func:`main` closes everything a command opened (workspaces, the folders of their copies) and waits
    for its work; what the interpreter would do after, unloading every module and freeing what it holds
    piece by piece, changes nothing a user sees and takes a tenth of a second after a large file was
    read. A usage error or ``--help`` ends as it always does (``SystemExit``).
    """
    import contextlib

    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BrokenPipeError, ValueError):  # the reader went away, or the stream was closed
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
