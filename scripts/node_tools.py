"""The project's pinned Node tools (package.json, installed by `npm ci` into node_modules/).

One place that finds them, runs them with telemetry off, and tidies what they print.

Node version: the pinned tools run on Node 20.19+ or 22.12+ (package.json `engines`;
Redocly CLI 2.77.0 declares exactly that). Node 20 is past its end of life (April 2026)
and Redocly CLI prints a ten-line notice about it on every run; releases after 2.77 need
Node 22.12+. The project stays on Node 20 while CI provides only Node 20; that is a
decision stated in the README, so the notice is dropped from the output shown to users
here (everything else Redocly prints is kept). Moving Redocly on means moving to Node 22.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_BIN = ROOT / "node_modules" / ".bin"

# Redocly's boxed "Deprecation warning: Node.js 20 support is ending" notice.
_NODE20_NOTICE = re.compile(r"\n?[ \t]*╔[^╝]*?Node\.js 20[^╝]*╝[ \t]*\n?")


class MissingTool(Exception):
    """A Node tool is not installed; the message is one line saying how to install it."""


def tool(name: str) -> str:
    """Path of node_modules/.bin/NAME."""
    path = NODE_BIN / name
    if not path.exists():
        raise MissingTool(f"node_modules/.bin/{name} is missing: run `npm ci` in {ROOT}")
    return str(path)


def environment() -> dict[str, str]:
    """The environment to run the tools in: no telemetry, no update notices."""
    return dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")


def tidy(output: str) -> str:
    """The tool's output without Redocly's Node 20 end-of-life notice (see the module's docstring)."""
    return _NODE20_NOTICE.sub("\n", output).strip("\n")
