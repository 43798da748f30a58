"""Shared fixtures: the demo workspace, a real `resonance serve`, and Debian's chromium for Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("CI_ARTIFACTS", ROOT / "artifacts"))
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory) -> Path:
    """A RESONANCE_HOME holding a freshly built demo workspace (built once per test session)."""
    from metrics import demo

    home = tmp_path_factory.mktemp("home")
    demo.build(home / "demo.duckdb")
    return home


@pytest.fixture(scope="session")
def demo_workspace(demo_home) -> Path:
    return demo_home / "demo.duckdb"


@pytest.fixture(scope="session")
def empty_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("empty_home")
    from metrics import store

    store.open_workspace(home / "empty.duckdb").close()
    return home


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"resonance serve exited with {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200 and r.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"resonance serve not healthy after {timeout}s:\n{log.read_text()}")


def serve(home: Path, workspace: Path, name: str):
    """Start `resonance serve` on a free port, yield its URL, stop it."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = ARTIFACTS / f"{name}.log"
    env = {**os.environ, "RESONANCE_HOME": str(home), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    cmd = [
        sys.executable,
        "-m",
        "resonance.cli",
        "serve",
        "--workspace",
        str(workspace),
        "--port",
        str(port),
        "--address",
        "127.0.0.1",
    ]
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            _wait_healthy(url, proc, log)
            yield url
        finally:
            os.killpg(proc.pid, 15)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                proc.wait(timeout=5)


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory, demo_workspace):
    """A server on a copy of the demo workspace (browser tests may import into it)."""
    home = tmp_path_factory.mktemp("served")
    copy = home / "demo.duckdb"
    shutil.copy(demo_workspace, copy)
    yield from serve(home, copy, "streamlit-demo")


@pytest.fixture(scope="session")
def empty_server(tmp_path_factory, empty_home):
    home = tmp_path_factory.mktemp("served_empty")
    shutil.copy(empty_home / "empty.duckdb", home / "empty.duckdb")
    yield from serve(home, home / "empty.duckdb", "streamlit-empty")


@pytest.fixture(scope="session")
def unnamed_server(tmp_path_factory):
    """A server on a workspace of our mentions and a VK page's posts that names no brand of its own."""
    from metrics import store

    home = tmp_path_factory.mktemp("served_unnamed")
    workspace = store.open_workspace(home / "unnamed.duckdb")
    for name in ("brandwatch_mentions.csv", "vk_posts.csv"):
        assert workspace.import_file(ROOT / "sample_data" / name).error is None
    workspace.close()
    yield from serve(home, home / "unnamed.duckdb", "streamlit-unnamed")


@pytest.fixture(scope="session")
def care_server(tmp_path_factory):
    """A server on a brand's conversations with its customers on X (a real "Customer Support on Twitter" copy),
    AmazonHelp named as our brand."""
    from metrics import store

    home = tmp_path_factory.mktemp("served_care")
    workspace = store.open_workspace(home / "care.duckdb")
    real = ROOT / "tests" / "fixtures" / "real" / "listening" / "twcs_pandas_resaved_twcs.csv"
    assert workspace.import_file(real).error is None
    workspace.update_settings(brand="AmazonHelp")
    workspace.close()
    yield from serve(home, home / "care.duckdb", "streamlit-care")


# --- pytest-playwright: Debian's chromium, never a downloaded browser ---
@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"no chromium at {CHROMIUM}: run `make test`, which installs it")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "headless": True, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # A shared screen in a meeting room: 1920×1080.
    return {**browser_context_args, "viewport": {"width": 1920, "height": 1080}, "locale": "ru-RU"}


LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture
def page(page):
    """pytest-playwright's page, which fails its test if the browser asked any host but this computer."""
    outside: list[str] = []

    def record(request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme not in ("data", "blob", "about", "file") and parts.hostname not in LOCAL_HOSTS:
            outside.append(request.url)

    page.context.on("request", record)
    yield page
    assert not outside, f"requests to outside hosts: {outside[:5]}"


@pytest.fixture
def shots() -> Path:
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def demo_copy(tmp_path, demo_workspace) -> tuple[Path, Path]:
    """A home folder with a copy of the demo workspace, for tests that change it."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(demo_workspace, home / "demo.duckdb")
    return home, home / "demo.duckdb"


def _with_comments(home: Path, workspace: Path, n: int = 40) -> None:
    """Real Russian sentences (CEDR, bench/sentiment) imported as VK comments on our brand in 2026-W47,
    without a sentiment column: the model judges them, and they are what the Voice page offers to code."""
    import pandas as pd

    from metrics import store

    texts = pd.read_csv(ROOT / "bench" / "sentiment" / "cedr_ru.csv").drop_duplicates("text").head(n)
    path = home / "vk_comments.csv"
    pd.DataFrame(
        {
            "Дата": [f"2026-11-{16 + i % 7:02d} {10 + i % 12:02d}:{i % 60:02d}" for i in range(len(texts))],
            "Бренд": "Зерно",
            "Площадка": "vk",
            "Автор": [f"user{i}" for i in range(len(texts))],
            "Текст": texts["text"].to_numpy(),
        }
    ).to_csv(path, index=False)
    opened = store.open_workspace(workspace)
    try:
        assert opened.import_file(path).error is None
    finally:
        opened.close()
        store.forget(workspace)


@pytest.fixture
def demo_with_comments(demo_copy) -> tuple[Path, Path]:
    """A copy of the demo with comments the source left without a sentiment."""
    _with_comments(*demo_copy)
    return demo_copy


@pytest.fixture(scope="session")
def coding_server(tmp_path_factory, demo_workspace):
    """A server on a copy of the demo with comments the source left without a sentiment."""
    home = tmp_path_factory.mktemp("served_coding")
    copy = home / "demo.duckdb"
    shutil.copy(demo_workspace, copy)
    _with_comments(home, copy)
    yield from serve(home, copy, "streamlit-coding")


@pytest.fixture(scope="session")
def meeting_server(tmp_path_factory, demo_workspace):
    """A server on a copy of the demo for the meeting's own writes (decisions), apart from the other tests'."""
    home = tmp_path_factory.mktemp("served_meeting")
    copy = home / "demo.duckdb"
    shutil.copy(demo_workspace, copy)
    yield from serve(home, copy, "streamlit-meeting")


SECRET = "кофе-по-пятницам"


@pytest.fixture(scope="session")
def locked_server(tmp_path_factory, demo_workspace):
    """A server on a copy of the demo whose folder holds a team password (``resonance access set``)."""
    from resonance import access

    home = tmp_path_factory.mktemp("served_locked")
    copy = home / "demo.duckdb"
    shutil.copy(demo_workspace, copy)
    access.write(access.location(copy), SECRET)
    yield from serve(home, copy, "streamlit-locked")
