"""Start and stop the servers the portability checks talk to, on 127.0.0.1 only."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi.yaml"


def start(cmd: list[str], ready: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start a server; wait (at most 90 s) for the line matching `ready`, return its first group."""
    out = log.open("wb")
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                            env=dict(os.environ, NO_COLOR="1", FORCE_COLOR="0"))
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        match = re.search(ready, log.read_text(encoding="utf-8", errors="replace"))
        if match:
            return proc, match[1]
        if proc.poll() is not None:
            break
        time.sleep(0.3)
    stop(proc)
    tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
    raise SystemExit(f"session: {cmd[0]} did not start (see {log}):\n{tail}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def start_sandbox(logs: Path) -> tuple[subprocess.Popen[bytes], str]:
    """The sandbox on a free port, with a few synthetic patients; returns (process, base URL)."""
    logs.mkdir(parents=True, exist_ok=True)
    return start([sys.executable, str(ROOT / "scripts" / "sandbox.py"), "--port", "0", "--seed-patients", "20"],
                 r"(http://127\.0\.0\.1:[0-9]+/v1)", logs / "sandbox.log")
