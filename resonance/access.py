"""Who may open the dashboard: the team's password (or a generated token), kept hashed beside the workspace.

One file per folder of workspaces, ``resonance-access.json``, readable by its owner only::

    {"scheme": "scrypt", "n": 16384, "r": 8, "p": 1, "salt": "…", "hash": "…", "kind": "password", "set": "…"}

The secret itself is never written: scrypt (OpenSSL's, in the standard library) with a random salt, so a
copy of the folder does not give the password away, and a guess costs tens of milliseconds. A served
dashboard whose folder holds this file asks for the secret before it draws anything. ``resonance serve``
refuses to listen beyond this computer (``--address 0.0.0.0``) until the file exists.

Standard library only: the CLI's ``access`` command and ``serve`` read it without pandas or Streamlit.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

FILE_NAME = "resonance-access.json"
ENV_FILE = "RESONANCE_ACCESS_FILE"  # set by ``resonance serve``: the file the dashboard checks
ENV_REQUIRED = "RESONANCE_ACCESS_REQUIRED"  # "1" when served beyond this computer: no file, no dashboard
MIN_LENGTH = 8  # characters of a password a team sets; a generated token has 32
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_MAXMEM = 64 * 1024 * 1024


class AccessError(ValueError):
    """A secret that cannot be set, or a file that cannot be read as an access setting."""


@dataclass(frozen=True)
class Access:
    """The hash of the team's secret, as kept in the file."""

    salt: bytes
    digest: bytes
    kind: str  # "password" or "token"
    set_at: str
    n: int = SCRYPT["n"]
    r: int = SCRYPT["r"]
    p: int = SCRYPT["p"]

    def accepts(self, secret: str) -> bool:
        """True when ``secret`` is the team's (compared in constant time)."""
        return hmac.compare_digest(_hash(secret, self.salt, self.n, self.r, self.p), self.digest)


def location(workspace: Path) -> Path:
    """The access file for the folder that holds ``workspace``."""
    return Path(workspace).expanduser().resolve().parent / FILE_NAME


def read(path: Path) -> Access | None:
    """The access setting at ``path``, or None when there is none (a damaged file is an error, never "open")."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        if raw.get("scheme") != "scrypt":
            raise AccessError(f"{path}: unknown scheme {raw.get('scheme')!r}")
        return Access(
            salt=base64.b64decode(raw["salt"]),
            digest=base64.b64decode(raw["hash"]),
            kind=str(raw.get("kind", "password")),
            set_at=str(raw.get("set", "")),
            n=int(raw["n"]),
            r=int(raw["r"]),
            p=int(raw["p"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        if isinstance(exc, AccessError):
            raise
        raise AccessError(f"{path}: not an access setting ({exc})") from None


def write(path: Path, secret: str, kind: str = "password") -> Access:
    """Keep the hash of ``secret`` at ``path`` (owner-only, replaced atomically)."""
    if len(secret) < MIN_LENGTH:
        raise AccessError(f"a password needs at least {MIN_LENGTH} characters")
    salt = secrets.token_bytes(16)
    access = Access(
        salt=salt,
        digest=_hash(secret, salt, **SCRYPT),
        kind=kind,
        set_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    body = {
        "scheme": "scrypt",
        **SCRYPT,
        "salt": base64.b64encode(access.salt).decode(),
        "hash": base64.b64encode(access.digest).decode(),
        "kind": kind,
        "set": access.set_at,
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(body, out, indent=1)
        out.write("\n")
    os.chmod(part, 0o600)
    os.replace(part, path)
    return access


def new_token() -> str:
    """A secret to hand out instead of a password: 32 characters, safe to type and to paste."""
    return secrets.token_urlsafe(24)


def clear(path: Path) -> bool:
    """Remove the access setting; True when there was one."""
    try:
        Path(path).unlink()
        return True
    except FileNotFoundError:
        return False


def is_loopback(address: str) -> bool:
    """True for an address only this computer reaches (``localhost``, 127.0.0.0/8, ``::1``)."""
    if address.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(address.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to any interface


def _hash(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=32)
