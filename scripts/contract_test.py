#!/usr/bin/env python3
"""Contract-test any server against the bundled spec (generated/openapi.yaml) with schemathesis, the live API included.

    CLINIKO_API_KEY=... python scripts/contract_test.py --url https://api.au1.cliniko.com/v1
    python scripts/contract_test.py --url http://127.0.0.1:8000/v1 --api-key sandbox-key-au1 --allow-writes

Read-only (GET operations only) unless --allow-writes; writes to a server that
is not on this machine also need --test-account (a Cliniko account holding
test data only: the run creates, changes and archives patients). The key is
read from CLINIKO_API_KEY (preferred: it stays out of shell history) or
--api-key, handed to schemathesis through the environment, and scrubbed from
everything relayed. A run where every answer is a 401 fails (missing_auth).
JUnit report: reports/contract-junit.xml unless --report says otherwise.
Exit status: schemathesis's (0 pass, 1 failures), 2 for bad usage.
"""

from __future__ import annotations

import argparse
import base64
import ipaddress
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import cli
from spec_schemas import load_spec

ROOT = Path(__file__).resolve().parent.parent
# schemathesis reads the bundle: it does not follow an operation kept in a file of its own.
SPEC = ROOT / "generated" / "openapi.yaml"
DEFAULT_REPORT = ROOT / "reports" / "contract-junit.xml"
USER_AGENT = "cliniko-openapi-contract (maintainers@example.org)"

# The plain CLI's configuration at the repository root (its checks and the reasons for each
# exception), without its hooks line: this run's hooks come from SCHEMATHESIS_HOOKS.
ROOT_CONFIG = ROOT / "schemathesis.toml"
# The key reaches schemathesis only through this variable, resolved inside its config.
AUTH = """
[auth]
basic = { username = "${CLINIKO_API_KEY}", password = "" }
"""


def config_text() -> str:
    """The root schemathesis.toml with this run's auth instead of its hooks."""
    shared = re.sub(r"(?m)^hooks\s*=.*$", "", ROOT_CONFIG.read_text(encoding="utf-8"))
    return shared + AUTH


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def scrub(text: str, key: str) -> str:
    """The text with the key (and its Basic-auth encoding) masked where it stands as a
    whole token, so a short key does not mangle words that merely contain it."""
    for secret in (key, base64.b64encode(f"{key}:".encode()).decode()):
        text = re.sub(rf"(?<![A-Za-z0-9_-]){re.escape(secret)}(?![A-Za-z0-9_-])", "[API key]", text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True, help="the API's base URL, ending in /v1")
    parser.add_argument("--api-key", help="API key (prefer the CLINIKO_API_KEY environment variable)")
    parser.add_argument("--allow-writes", action="store_true", help="also test POST/PUT/PATCH/DELETE operations")
    parser.add_argument("--test-account", action="store_true",
                        help="confirm that the (non-local) account may be written to: test data only")
    parser.add_argument("--examples", type=int, default=25, metavar="N", help="examples per operation (default 25)")
    parser.add_argument("--seed", type=int, metavar="N", help="seed for a repeatable run")
    parser.add_argument("--no-coverage", action="store_true",
                        help="skip the coverage phase (its deterministic edge cases take most of a run): a smoke test")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT, metavar="FILE.xml", help="JUnit report path")
    parser.add_argument("--user-agent", default=USER_AGENT, help=f"User-Agent to send (default {USER_AGENT!r})")
    args = parser.parse_args(argv)

    key = os.environ.get("CLINIKO_API_KEY") or args.api_key
    if not key:
        parser.error("no API key: set CLINIKO_API_KEY (or pass --api-key)")
    if urlsplit(args.url).scheme not in ("http", "https") or not urlsplit(args.url).hostname:
        parser.error(f"--url {args.url!r}: expected an absolute http(s) URL such as https://api.au1.cliniko.com/v1")
    if urlsplit(args.url).scheme == "http" and not is_loopback(args.url):
        parser.error(f"refusing to send the API key over plain http to {args.url}: use https "
                     "(plain http only to this machine)")
    if args.allow_writes and not is_loopback(args.url) and not args.test_account:
        parser.error(f"refusing to write to {args.url}: it is not this machine; add --test-account "
                     "if this account holds test data only")
    if args.examples < 1:
        parser.error("--examples must be 1 or more")

    try:
        load_spec()  # a broken spec: one line here, not schemathesis's traceback
    except ValueError as exc:
        print(f"contract_test: {exc}", file=sys.stderr)
        return 2
    args.report.parent.mkdir(parents=True, exist_ok=True)
    phases = ",".join(phase for phase in ("examples", "coverage", "fuzzing", "stateful")
                      if not (phase == "coverage" and args.no_coverage)
                      and not (phase == "stateful" and not args.allow_writes))
    with tempfile.TemporaryDirectory(prefix="contract-") as workdir:
        config = Path(workdir) / "schemathesis.toml"
        config.write_text(config_text(), encoding="utf-8")
        command = [
            sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "--no-color",
            "run", str(SPEC), "--url", args.url,
            "-H", f"User-Agent: {args.user_agent}", "-H", "Accept: application/json",
            "--max-examples", str(args.examples), "--phases", phases,
            "--report", "junit", "--report-junit-path", str(args.report.resolve()),
        ]
        if not args.allow_writes:
            command += ["--include-method", "GET"]
        if args.seed is not None:
            command += ["--seed", str(args.seed), "--generation-deterministic"]
        env = dict(os.environ, CLINIKO_API_KEY=key, CONTRACT_URL=args.url.rstrip("/"),
                   CONTRACT_USER_AGENT=args.user_agent, SCHEMATHESIS_HOOKS="tests.support.contract_hooks",
                   PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        # Run in a scratch directory: no stray schemathesis.toml is picked up, no caches left behind.
        process = subprocess.Popen(command, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   text=True, errors="replace")
        assert process.stdout is not None
        for line in process.stdout:
            sys.stdout.write(scrub(line, key))
        status = process.wait()
    if args.report.exists():
        args.report.write_text(scrub(args.report.read_text(encoding="utf-8"), key), encoding="utf-8")
    print(f"JUnit report: {args.report}")
    return status


if __name__ == "__main__":
    sys.exit(main())
