"""scripts/contract_test.py as a user meets it: refusals, key scrubbing, real runs against the sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from contract_test import scrub

from tests.conftest import SANDBOX_KEY

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "contract_test.py"


def run(*args: str, key: str | None = SANDBOX_KEY, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CLINIKO_API_KEY"}
    if key is not None:
        env["CLINIKO_API_KEY"] = key
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=timeout, check=False)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--url", "http://10.0.0.1/v1"], "refusing to send the API key over plain http"),
        (["--url", "https://api.au1.cliniko.com/v1", "--allow-writes"], "refusing to write to"),
        (["--url", "ftp://example.org/v1"], "expected an absolute http(s) URL"),
        (["--url", "http://127.0.0.1:1/v1", "--examples", "0"], "--examples must be 1 or more"),
    ],
)
def test_refuses_unsafe_or_bad_usage_before_sending_anything(args: list[str], message: str) -> None:
    result = run(*args, timeout=30)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_needs_a_key() -> None:
    result = run("--url", "http://127.0.0.1:1/v1", key=None, timeout=30)
    assert result.returncode == 2 and "no API key" in result.stderr


def test_scrub_masks_the_key_as_a_token_only() -> None:
    assert scrub("auth abc-def-au1 in abc-def-au1x", "abc-def-au1") == "auth [API key] in abc-def-au1x"
    user_agent = "User-Agent: Example (maintainers@example.org)"
    assert scrub(user_agent, "x") == user_agent
    assert scrub("Authorization: Basic eDo=", "x") == "Authorization: Basic [API key]"


@pytest.fixture
def sandbox_url(cliniko_sandbox: Any) -> str:
    # The package's own pytest fixture: a fresh sandbox over HTTP for each test.
    assert cliniko_sandbox.api_key == SANDBOX_KEY
    return str(cliniko_sandbox.base_url)


def test_read_only_run_passes_and_never_prints_the_key(sandbox_url: str, tmp_path: Path) -> None:
    report = tmp_path / "junit.xml"
    # Without the coverage phase (test_schemathesis.py runs it in-process): with it, this
    # run takes minutes.
    result = run("--url", sandbox_url, "--examples", "3", "--seed", "1", "--report", str(report), "--no-coverage")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "Coverage (disabled)" in result.stdout and "✅ Fuzzing" in result.stdout, result.stdout[-3000:]
    assert SANDBOX_KEY not in result.stdout + result.stderr + report.read_text(encoding="utf-8")
    assert "POST /patients" not in result.stdout, "read-only runs send no writes"


def test_a_run_where_everything_is_401_fails(sandbox_url: str, tmp_path: Path) -> None:
    result = run("--url", sandbox_url, "--examples", "2", "--seed", "1", "--report", str(tmp_path / "j.xml"),
                 "--no-coverage", key="not-a-sandbox-key-au1")
    assert result.returncode == 1, result.stdout[-3000:]
