"""scripts/node_tools.py: Redocly's Node 20 end-of-life notice is dropped, nothing else."""

from __future__ import annotations

import subprocess

import node_tools
import pytest

# Redocly CLI 2.77.0's notice on Node 20, as it prints it (stderr, before its own output).
NOTICE = """
    ╔═════════════════════════════════════════════════════════════════╗
    ║                                                                 ║
    ║  Deprecation warning: Node.js 20 support is ending              ║
    ║                                                                 ║
    ║  Node.js 20 reached end-of-life on April 30, 2026.              ║
    ║  Future Redocly CLI releases require Node.js 22.12.0 or later.  ║
    ║  You are using Node.js v20.20.2.                                ║
    ║                                                                 ║
    ║  Update Node.js: https://nodejs.org/en/download                 ║
    ║                                                                 ║
    ╚═════════════════════════════════════════════════════════════════╝

"""


def test_tidy_drops_the_node_20_notice_and_keeps_the_rest() -> None:
    rest = "validating spec/openapi.yaml...\nspec/openapi.yaml:3:1 error  info-contact  Info must have a contact"
    assert node_tools.tidy(NOTICE + rest + "\n") == rest


def test_tidy_keeps_other_boxes() -> None:
    box = "╔══╗\n║ Update available: 2.78.0 ║\n╚══╝"
    assert node_tools.tidy(box) == box


def test_a_real_redocly_run_reads_without_the_notice() -> None:
    version = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True).stdout
    node_major = int(version.lstrip("v").split(".")[0])
    if node_major != 20:
        pytest.skip(f"Redocly prints the notice on Node 20 only (this is Node {node_major})")
    proc = subprocess.run([node_tools.tool("redocly"), "--version"], capture_output=True, text=True,
                          env=node_tools.environment(), check=False)
    raw = proc.stdout + proc.stderr
    assert "Node.js 20 support is ending" in raw  # the notice this module exists for is still printed
    assert "Node.js 20" not in node_tools.tidy(raw)
    assert "2.77.0" in node_tools.tidy(raw)
