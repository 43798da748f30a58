"""Many viewers at once, and an upload in the middle: the dashboard as a team's shared server sees it.

    python bench/bench_load.py [--viewers 20] [--seconds 120] [--import-rows 100000] [--think 1.0 3.0]

Starts `resonance serve` on 127.0.0.1 (loopback only) on a copy of the demo workspace and connects
N simulated viewers that speak Streamlit's own websocket protocol (the protobuf messages a browser
sends and receives, without a browser: the client does not eat the cores the server needs). First
one client opens every page once, as whoever starts the server does. Then each viewer, as a person
in the meeting, opens the meeting's link (this week, our brand) and clicks through every page in
order from a page of their own, in Russian (7 in 10) or English; one click in five changes the
week (one of the last four) or the brand (ours or a competitor). Between two clicks a viewer
waits a think time (seeded, uniform in ``--think``); viewers join over the first ``--arrival``
seconds. A render is timed from the message that asks for it to the
server's "script finished"; an exception element, a failed run, a page not found or a dropped
connection is an error.

A third of the way in, one more client uploads a generic mentions CSV through the Data page as the
browser does (file URLs asked over the websocket, the file PUT to the upload URL with the XSRF
cookie, the uploader's state and the form's submit sent back). Once it is imported, every viewer's
next page is This week of the week the file adds to, and it must show the new number of mentions.

Prints one JSON object: renders, p50/p95/max (seconds; all renders and those while the import ran),
errors, the import's time, viewers that saw the new data, and the server's peak memory. Target
(issue "Hardening"): with 20 viewers, p95 ≤ 3 s, 0 errors, every viewer sees the new data.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import ClientConnection, connect

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OURS, RIVALS = "Зерно", ("Крона", "Утро Кофе")
PLATFORMS = ("vk", "telegram", "instagram", "youtube", "x")


@dataclass
class Render:
    page: str
    seconds: float
    started: float
    error: str | None = None
    metrics: dict[str, str] = field(default_factory=dict)  # label → value of every tile drawn


class Client:
    """One browser tab, as the server sees it: a websocket session that asks for pages."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.session_id = ""
        self.pages: dict[str, str] = {}  # url path ("" for the home page) → page script hash
        self.widgets: dict[str, object] = {}  # element kind → its proto, from the last run

    @classmethod
    async def open(cls, port: int) -> Client:
        ws = await connect(
            f"ws://127.0.0.1:{port}/_stcore/stream",
            subprotocols=["streamlit"],
            origin=f"http://127.0.0.1:{port}",
            max_size=None,
            open_timeout=60,
            ping_interval=None,
        )
        return cls(ws)

    async def run(self, page: str, query: str, widget_states=None, *, timeout: float = 300) -> Render:
        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.page_name = page
        msg.rerun_script.page_script_hash = self.pages.get(page, "")
        if widget_states is not None:
            msg.rerun_script.widget_states.CopyFrom(widget_states)
        started = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        render = Render(page, 0.0, started)
        self.widgets = {}
        async with asyncio.timeout(timeout):
            while True:
                fwd = ForwardMsg()
                fwd.ParseFromString(await self.ws.recv())
                kind = fwd.WhichOneof("type")
                if kind == "new_session":
                    self.session_id = fwd.new_session.initialize.session_id or self.session_id
                elif kind == "navigation":
                    for app_page in fwd.navigation.app_pages:
                        self.pages[app_page.url_pathname] = app_page.page_script_hash
                elif kind == "page_not_found":
                    render.error = f"page not found: {page}"
                elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                    element = fwd.delta.new_element
                    which = element.WhichOneof("type")
                    if which == "exception":
                        render.error = f"{element.exception.type}: {element.exception.message}"[:300]
                    elif which == "metric":
                        render.metrics.setdefault(element.metric.label, element.metric.body)
                    elif which in ("file_uploader", "button"):
                        self.widgets.setdefault(which, []).append(getattr(element, which))  # type: ignore[attr-defined]
                elif kind == "script_finished":
                    if fwd.script_finished not in (ForwardMsg.FINISHED_SUCCESSFULLY,):
                        render.error = render.error or f"script finished with status {fwd.script_finished}"
                    break
        render.seconds = time.perf_counter() - started
        return render


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(workspace: Path, home: Path, port: int, log: Path) -> subprocess.Popen:
    env = {"RESONANCE_HOME": str(home), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    cmd = [sys.executable, "-m", "resonance.cli", "serve", "--workspace", str(workspace), "--port", str(port)]
    cmd += ["--address", "127.0.0.1"]
    out = log.open("wb")
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server stopped:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return proc
        except OSError:
            time.sleep(0.25)
    raise SystemExit("the server did not answer in 120 s")


def peak_memory_mb(serve_pid: int) -> int:
    """The peak resident memory of the Streamlit process (the child of `resonance serve`), in MB."""
    peaks = []
    for pid in [serve_pid, *_children(serve_pid)]:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        found = re.search(r"VmHWM:\s+(\d+) kB", status)
        if found:
            peaks.append(int(found.group(1)) >> 10)
    return max(peaks, default=0)


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            out += [int(c) for c in (task / "children").read_text().split()]
    return out


def upload_file(rows: int, week_start: date, seed: int) -> tuple[bytes, int]:
    """A generic mentions CSV of ``rows`` rows over the year to ``week_start``'s week; returns it and how
    many of its mentions are ours in that week (what This week must add)."""
    rng = random.Random(seed)
    lines = ["Дата;Бренд;Площадка;Автор;Текст;Охват"]
    ours_in_week = 0
    first = week_start - timedelta(weeks=51)
    for i in range(rows):
        day = first + timedelta(days=rng.randrange(52 * 7))
        brand = OURS if rng.random() < 0.5 else rng.choice(RIVALS)
        ours_in_week += brand == OURS and day >= week_start
        text = f"Новый отзыв {i}: {rng.choice(('кофе отличный', 'долго ждали заказ', 'latte was great'))}"
        lines.append(f"{day} {rng.randrange(24):02d}:{rng.randrange(60):02d};{brand};{rng.choice(PLATFORMS)};")
        lines[-1] += f"load_user{rng.randrange(5000)};{text};{rng.randrange(10, 5000)}"
    return ("\n".join(lines) + "\n").encode("utf-8"), ours_in_week


def _multipart(name: str, data: bytes) -> tuple[bytes, str]:
    boundary = "----resonance" + secrets.token_hex(8)
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
        "Content-Type: text/csv\r\n\r\n"
    ).encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


async def do_upload(port: int, name: str, data: bytes) -> tuple[float, str | None]:
    """Upload ``data`` through the Data page as a browser does; the seconds it took and any error."""
    client = await Client.open(port)
    try:
        first = await client.run("data", "lang=ru")
        if first.error:
            return 0.0, first.error
        uploader = next(u for u in client.widgets.get("file_uploader", []) if u.id.endswith("data_files"))
        buttons = client.widgets.get("button", [])
        submit = next(b for b in buttons if b.is_form_submitter and b.form_id == uploader.form_id)
        # The upload URL, asked as the browser asks it.
        ask = BackMsg()
        ask.file_urls_request.request_id = "load-1"
        ask.file_urls_request.session_id = client.session_id
        ask.file_urls_request.file_names.append(name)
        await client.ws.send(ask.SerializeToString())
        while True:
            fwd = ForwardMsg()
            fwd.ParseFromString(await client.ws.recv())
            if fwd.WhichOneof("type") == "file_urls_response":
                urls = fwd.file_urls_response.file_urls[0]
                break
        started = time.perf_counter()
        await asyncio.to_thread(_put, port, urls.upload_url, name, data)
        put = time.perf_counter() - started
        states = BackMsg().rerun_script.widget_states
        state = states.widgets.add()
        state.id = uploader.id
        info = state.file_uploader_state_value.uploaded_file_info.add()
        info.name, info.size, info.file_id = name, len(data), urls.file_id
        info.file_urls.CopyFrom(urls)
        pressed = states.widgets.add()
        pressed.id, pressed.trigger_value = submit.id, True
        done = await client.run("data", "lang=ru", states, timeout=900)
        print(f"upload: PUT {put:.2f} s, the import's run {done.seconds:.2f} s", file=sys.stderr)
        return time.perf_counter() - started, done.error
    finally:
        await client.ws.close()


def _put(port: int, url: str, name: str, data: bytes) -> None:
    base = f"http://127.0.0.1:{port}"
    with urllib.request.urlopen(base + "/_stcore/health", timeout=60) as r:  # the XSRF cookie, as the page gets it
        cookies = [v for k, v in r.headers.items() if k.lower() == "set-cookie" and "_streamlit_xsrf" in v]
    if not cookies:
        raise RuntimeError("the server set no XSRF cookie")
    cookie = cookies[0]
    token = cookie.split(";", 1)[0].split("=", 1)[1]
    body, kind = _multipart(name, data)
    full = url if url.startswith("http") else base + url
    request = urllib.request.Request(full, data=body, method="PUT")
    request.add_header("Content-Type", kind)
    request.add_header("X-Xsrftoken", token)
    request.add_header("Cookie", f"_streamlit_xsrf={token}")
    request.add_header("Origin", base)
    with urllib.request.urlopen(request, timeout=600) as r:
        if r.status not in (200, 204):
            raise RuntimeError(f"upload answered {r.status}")


@dataclass
class Shared:
    imported_at: float | None = None  # perf_counter when the import ended
    import_window: tuple[float, float] | None = None
    new_mentions: str | None = None  # what This week shows after the import
    before_mentions: str | None = None


async def viewer(port: int, number: int, args, pages: list[str], weeks: list[str], target: str, shared: Shared):
    """A person at the meeting: opens the link (this week, our brand), then clicks through the pages in
    order from a page of their own, in their language; one click in five changes the brand or the week."""
    rng = random.Random(1000 + number)
    lang = "ru" if rng.random() < 0.7 else "en"
    week, brand = target, OURS
    at = rng.randrange(len(pages))
    renders: list[Render] = []
    saw_new: bool | None = None
    await asyncio.sleep(rng.uniform(0, args.arrival))  # people join over the first seconds
    try:
        client = await Client.open(port)
    except Exception as exc:
        return [Render("connect", 0.0, time.perf_counter(), error=repr(exc))], False
    end = time.perf_counter() + args.seconds
    try:
        first = await client.run("", f"lang=ru&week={target}&brand={OURS}")
        renders.append(first)
        shared.before_mentions = shared.before_mentions or first.metrics.get("Упоминания")
        while time.perf_counter() < end or (shared.imported_at is not None and saw_new is None):
            await asyncio.sleep(rng.uniform(*args.think))
            if shared.imported_at is not None and saw_new is None:  # the import has ended: look at it
                render = await client.run("", f"lang=ru&week={target}&brand={OURS}")
                shown = render.metrics.get("Упоминания")
                if shown not in (None, shared.before_mentions):
                    shared.new_mentions = shared.new_mentions or shown
                saw_new = shown is not None and shown == shared.new_mentions
            else:
                if rng.random() < 0.2:
                    week, brand = (
                        (rng.choice(weeks), brand) if rng.random() < 0.5 else (week, rng.choice((OURS, *RIVALS)))
                    )
                at = (at + 1) % len(pages)
                render = await client.run(pages[at], f"lang={lang}&week={week}&brand={brand}")
            renders.append(render)
    except Exception as exc:
        renders.append(Render("connection", 0.0, time.perf_counter(), error=repr(exc)[:300]))
    finally:
        await client.ws.close()
    return renders, bool(saw_new)


async def warm_up(port: int, pages: list[str], target: str) -> None:
    """Whoever starts the server opens every page once (the libraries a page needs are loaded then)."""
    client = await Client.open(port)
    try:
        for page in pages:
            await client.run(page, f"lang=ru&week={target}&brand={OURS}")
    finally:
        await client.ws.close()


async def uploader(port: int, args, data: bytes, shared: Shared) -> tuple[float, str | None]:
    await asyncio.sleep(args.seconds / 3)
    started = time.perf_counter()
    seconds, error = await do_upload(port, "load_upload.csv", data)
    shared.import_window = (started, time.perf_counter())
    shared.imported_at = time.perf_counter()
    return seconds, error


def _count(shown: str | None) -> int | None:
    """A tile's whole number as shown ("1 234" in Russian, "1,234" in English); None when there is none."""
    digits = re.sub(r"\D", "", shown or "")
    return int(digits) if digits else None


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 3)


async def main_async(args, port: int, serve_pid: int, weeks: list[str], target: str, data: bytes, expected: int):
    shared = Shared()
    pages = ["", "attention", "reception", "loyalty", "voice", "sales", "mix", "forecast", "data"]
    await warm_up(port, pages, target)
    viewers = [viewer(port, i, args, pages, weeks, target, shared) for i in range(args.viewers)]
    upload = uploader(port, args, data, shared) if args.import_rows else None
    results = await asyncio.gather(*viewers, *([upload] if upload else []))
    seen = results[: args.viewers]
    import_seconds, import_error = results[-1] if upload else (None, None)
    renders = [r for rs, _ in seen for r in rs]
    timed = [r.seconds for r in renders if r.error is None and r.seconds > 0]
    window = shared.import_window
    during = [r.seconds for r in renders if window and window[0] <= r.started <= window[1] and r.error is None]
    errors = [f"{r.page or 'this_week'}: {r.error}" for r in renders if r.error]
    if args.timeline:  # every render: when it began (seconds from the first), its page and how long it took
        zero = min(r.started for r in renders)
        lines = ["began_s,page,seconds,error"]
        lines += [f"{r.started - zero:.3f},{r.page or 'this_week'},{r.seconds:.3f},{bool(r.error)}" for r in renders]
        if window:
            lines.append(f"{window[0] - zero:.3f},import,{window[1] - window[0]:.3f},{bool(import_error)}")
        Path(args.timeline).write_text("\n".join(lines) + "\n")
    return {
        "viewers": args.viewers,
        "seconds": args.seconds,
        "think_s": list(args.think),
        "arrival_s": args.arrival,
        "renders": len(renders),
        "p50_s": percentile(timed, 0.5),
        "p95_s": percentile(timed, 0.95),
        "max_s": round(max(timed), 3) if timed else None,
        "during_import": {"renders": len(during), "p50_s": percentile(during, 0.5), "p95_s": percentile(during, 0.95)},
        "errors": len(errors),
        "error_samples": errors[:5],
        "import_rows": args.import_rows,
        "import_s": round(import_seconds, 2) if import_seconds else None,
        "import_error": import_error,
        "mentions_before_after": [shared.before_mentions, shared.new_mentions],
        "ours_added_to_the_week": expected,
        "viewers_saw_new_data": sum(1 for _, saw in seen if saw),
        "new_data_adds_up": _count(shared.before_mentions) + expected == _count(shared.new_mentions),
        "server_peak_mb": peak_memory_mb(serve_pid),
        "mean_render_s": round(statistics.fmean(timed), 3) if timed else None,
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--viewers", type=int, default=20)
    p.add_argument("--seconds", type=float, default=120)
    p.add_argument("--import-rows", type=int, default=100_000, help="rows of the upload (0: no upload)")
    p.add_argument("--think", type=float, nargs=2, default=(1.0, 3.0), metavar=("MIN", "MAX"))
    p.add_argument("--timeline", type=Path, help="write every render (began, page, seconds) to this CSV")
    p.add_argument("--arrival", type=float, default=10.0, help="viewers join over this many seconds")
    p.add_argument("--workspace", type=Path, help="a workspace to copy (default: the demo, built here)")
    args = p.parse_args()

    from metrics import store
    from metrics.periods import to_address

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        workspace = home / "load.duckdb"
        if args.workspace:
            shutil.copy(args.workspace, workspace)
        else:
            subprocess.run([sys.executable, "-m", "resonance.cli", "demo", "--workspace", str(workspace)], check=True)
        ws = store.open_workspace(workspace)
        last = ws.last_day()
        ws.close()
        store.close_all()
        assert last is not None, "the workspace holds nothing"
        monday = last - timedelta(days=last.weekday())
        weeks = [to_address(_week(monday - timedelta(weeks=k)), "week")["week"] for k in range(4)]
        target = weeks[0]
        data, expected = upload_file(args.import_rows, monday, seed=7) if args.import_rows else (b"", 0)
        port = free_port()
        proc = serve(workspace, home, port, home / "serve.log")
        try:
            report = asyncio.run(main_async(args, port, proc.pid, weeks, target, data, expected))
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        report["week"] = target
        print(json.dumps(report, ensure_ascii=False, indent=1))


def _week(monday: date):
    from metrics.periods import Period

    return Period(monday, monday + timedelta(days=6))


if __name__ == "__main__":
    main()
