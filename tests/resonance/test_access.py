"""The team's password: kept only as a hash beside the workspace, set and cleared from the CLI, and
required before `resonance serve` listens beyond this computer."""

from __future__ import annotations

import io
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from resonance import access, cli

SECRET = "кофе-по-пятницам"


def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_password_is_kept_as_a_salted_hash_readable_by_its_owner_only(tmp_path):
    path = tmp_path / access.FILE_NAME
    access.write(path, SECRET)
    text = path.read_text()
    assert SECRET not in text and SECRET.encode().hex() not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    kept = access.read(path)
    assert kept is not None and kept.accepts(SECRET)
    assert not kept.accepts(SECRET.upper()) and not kept.accepts("") and not kept.accepts(SECRET + " ")
    again = access.write(path, SECRET)
    assert again.salt != kept.salt and again.digest != kept.digest  # a new salt each time


def test_a_damaged_access_file_keeps_the_door_shut(tmp_path):
    path = tmp_path / access.FILE_NAME
    for body in ("{", '{"scheme": "plain", "password": "x"}', '{"scheme": "scrypt"}', "[]"):
        path.write_text(body)
        with pytest.raises(access.AccessError):
            access.read(path)
    assert access.read(tmp_path / "absent.json") is None


@pytest.mark.parametrize(
    ("address", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.8.9.1", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("meeting-room.local", False),
    ],
)
def test_only_loopback_addresses_count_as_this_computer(address, loopback):
    assert access.is_loopback(address) is loopback


def test_access_is_set_from_stdin_shown_and_cleared(capsys, monkeypatch, tmp_path):
    workspace = tmp_path / "brand.duckdb"
    code, out, _ = run(
        capsys, monkeypatch, "access", "set", "--stdin", "--workspace", str(workspace), stdin=SECRET + "\n"
    )
    assert code == 0 and "hash" in out
    kept = access.read(tmp_path / access.FILE_NAME)
    assert kept is not None and kept.accepts(SECRET) and kept.kind == "password"
    code, out, _ = run(capsys, monkeypatch, "--lang", "ru", "access", "status", "--workspace", str(workspace))
    assert code == 0 and "Пароль команды задан" in out
    code, out, _ = run(capsys, monkeypatch, "access", "clear", "--workspace", str(workspace))
    assert code == 0 and not (tmp_path / access.FILE_NAME).exists()


def test_a_short_password_or_no_terminal_changes_nothing(capsys, monkeypatch, tmp_path):
    workspace = str(tmp_path / "brand.duckdb")
    code, _, err = run(capsys, monkeypatch, "access", "set", "--stdin", "--workspace", workspace, stdin="short\n")
    assert code == 2 and "at least 8 characters" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, monkeypatch, "access", "set", "--workspace", workspace)  # stdin is not a terminal
    assert code == 2 and "--stdin" in err
    assert not (tmp_path / access.FILE_NAME).exists()


def test_a_generated_token_is_printed_once_and_only_its_hash_kept(capsys, monkeypatch, tmp_path):
    code, out, err = run(capsys, monkeypatch, "access", "token", "--workspace", str(tmp_path / "w.duckdb"))
    token = out.strip()
    assert code == 0 and len(token) == 32 and "not shown again" in err
    kept = access.read(tmp_path / access.FILE_NAME)
    assert kept is not None and kept.kind == "token" and kept.accepts(token)
    assert token not in (tmp_path / access.FILE_NAME).read_text()


def test_serving_to_the_network_without_a_password_is_refused_in_one_line(capsys, monkeypatch, tmp_path):
    started: list = []
    monkeypatch.setattr(subprocess, "call", lambda cmd, env: started.append((cmd, env)) or 0)
    workspace = str(tmp_path / "brand.duckdb")
    code, _, err = run(capsys, monkeypatch, "serve", "--workspace", workspace, "--address", "0.0.0.0")
    assert code == 2 and not started
    assert "resonance access set" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, monkeypatch, "--lang", "ru", "serve", "--workspace", workspace, "--address", "0.0.0.0")
    assert code == 2 and "пароля ещё нет" in err


def test_serving_to_the_network_with_a_password_warns_and_keeps_the_door_required(capsys, monkeypatch, tmp_path):
    started: list = []
    monkeypatch.setattr(subprocess, "call", lambda cmd, env: started.append((cmd, env)) or 0)
    workspace = tmp_path / "brand.duckdb"
    access.write(tmp_path / access.FILE_NAME, SECRET)
    code, _, err = run(capsys, monkeypatch, "serve", "--workspace", str(workspace), "--address", "0.0.0.0")
    assert code == 0 and "Warning" in err and "plain HTTP" in err
    cmd, env = started[0]
    assert "--server.address=0.0.0.0" in cmd
    # What keeps twenty viewers under three seconds (bench/bench_load.py): no full garbage collection after
    # every run and no watching of every module's file, both on the threads every viewer waits for.
    assert {"--runner.postScriptGC=false", "--server.fileWatcherType=none"} <= set(cmd)
    assert env[access.ENV_REQUIRED] == "1" and env[access.ENV_FILE] == str(tmp_path / access.FILE_NAME)
    started.clear()
    code, _, err = run(capsys, monkeypatch, "serve", "--workspace", str(workspace))  # localhost: no warning
    assert code == 0 and err == "" and access.ENV_REQUIRED not in started[0][1]


def test_a_damaged_access_file_stops_serve_with_one_line(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(subprocess, "call", lambda cmd, env: pytest.fail("started"))
    (tmp_path / access.FILE_NAME).write_text(json.dumps({"scheme": "scrypt", "salt": "%%"}))
    code, _, err = run(capsys, monkeypatch, "serve", "--workspace", str(tmp_path / "w.duckdb"), "--address", "0.0.0.0")
    assert code == 2 and access.FILE_NAME in err and len(err.strip().splitlines()) == 1


def test_a_served_folder_and_the_cli_agree_on_where_the_file_is(tmp_path):
    assert access.location(tmp_path / "a" / "w.duckdb") == (tmp_path / "a" / access.FILE_NAME).resolve()
    assert access.location(Path("~/w.duckdb")) == Path.home().resolve() / access.FILE_NAME
