#!/usr/bin/env python3
"""Bring what a tox environment runs up to date, skipping what has not changed.

    python scripts/prepare_env.py [--node] [--client]

tox runs this before each environment's commands (tox.ini `commands_pre`):

--node    `npm ci`, unless node_modules/ already holds what package-lock.json pins.
          npm writes what it installed to node_modules/.package-lock.json: the
          lockfile's packages, less the root and the optional ones this platform
          skips (esbuild's other-OS binaries). `npm ci` wipes node_modules/ first
          and takes ~17 s even when nothing changed.
--client  `pip install --force-reinstall ./generated/python` into this Python's
          environment, unless generated/python/ is byte for byte what was installed
          last (a SHA-256 of its files, kept in the environment as
          cliniko-client.sha256). tox does not notice a changed local folder.

A fresh clone or a new environment has neither, so it installs everything.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import cli  # one-line bad usage; a Python without the tools says how to run it

ROOT = Path(__file__).resolve().parent.parent
LOCKFILE = ROOT / "package-lock.json"
INSTALLED_LOCKFILE = ROOT / "node_modules" / ".package-lock.json"
CLIENT = ROOT / "generated" / "python"
CLIENT_STAMP = Path(sys.prefix) / "cliniko-client.sha256"
# What building or running the package leaves in its folder; not part of what is installed.
NOT_SOURCE = {"__pycache__", ".ruff_cache", ".mypy_cache", "build", "dist"}


class Unusable(Exception):
    """An input this script reads is missing or malformed; the message is one line."""


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Unusable(f"{path.relative_to(ROOT)} is missing: restore it (git checkout {path.name})") from None
    except ValueError as exc:
        raise Unusable(f"{path.relative_to(ROOT)}: not JSON ({exc}): restore it from git") from None


def node_modules_current() -> bool:
    """Whether node_modules/ holds exactly the packages package-lock.json pins."""
    wanted = _json(LOCKFILE)
    if not INSTALLED_LOCKFILE.is_file():
        return False
    try:
        installed = json.loads(INSTALLED_LOCKFILE.read_text(encoding="utf-8"))
    except ValueError:
        return False  # a broken install: npm ci makes it anew
    packages = {path: entry for path, entry in wanted.get("packages", {}).items() if path}
    have = installed.get("packages", {})
    return (
        installed.get("lockfileVersion") == wanted.get("lockfileVersion")
        and all(packages.get(path) == entry for path, entry in have.items())
        and all(path in have or entry.get("optional") for path, entry in packages.items())
    )


def client_digest() -> str:
    """SHA-256 over the paths and contents of generated/python's files."""
    digest = hashlib.sha256()
    for path in sorted(CLIENT.rglob("*")):
        relative = path.relative_to(CLIENT)
        skipped = any(part in NOT_SOURCE or part.endswith(".egg-info") for part in relative.parts)
        if path.is_file() and not skipped:
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def client_current(digest: str) -> bool:
    try:
        metadata.distribution("cliniko-client")
    except metadata.PackageNotFoundError:
        return False
    return CLIENT_STAMP.is_file() and CLIENT_STAMP.read_text(encoding="utf-8").strip() == digest


def run(command: list[str]) -> None:
    done = subprocess.run(command, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise Unusable(f"`{' '.join(command)}` failed (exit {done.returncode}); its output is above")


def main(argv: list[str] | None = None) -> int:
    parser = cli.ArgumentParser(prog="prepare_env.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--node", action="store_true", help="npm ci, unless node_modules/ is current")
    parser.add_argument("--client", action="store_true", help="install generated/python, unless installed as is")
    args = parser.parse_args(argv)
    if not (args.node or args.client):
        parser.error("name what to prepare: --node, --client or both")
    try:
        if args.node and not node_modules_current():
            run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"])
        if args.client:
            digest = client_digest()
            if not client_current(digest):
                CLIENT_STAMP.unlink(missing_ok=True)  # no stamp while the install may be half done
                run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall",
                     str(CLIENT)])
                CLIENT_STAMP.write_text(digest + "\n", encoding="utf-8")
    except Unusable as exc:
        print(f"prepare_env.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
