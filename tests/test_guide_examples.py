"""The READMEs' Python examples run as printed, against the sandbox.

Every ```python block of each guide is run, in order, in one fresh
interpreter (the installed `cliniko_client`, not the source tree), with only
CLINIKO_API_KEY and CLINIKO_BASE_URL pointing it at the package's sandbox (the
`cliniko_sandbox` fixture, the server `cliniko-sandbox` runs). Each
block is compiled under the guide's file name and line numbers, so a failure
reads `File "generated/python/README.md", line 57`. A comment `# prints TEXT`
after a statement says what it prints: the output must have a line containing
TEXT, after the line the previous `# prints` matched.
A guide that drifts from the package fails here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDES = ["generated/python/README.md", "README.md"]
FENCE = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
PRINTS = re.compile(r"#\s*prints\s+(.+?)\s*$", re.MULTILINE)

# Runs each block (argv: file, then line/source pairs) in one namespace, as a reader pasting them would.
RUNNER = """
import sys
name, blocks, namespace = sys.argv[1], sys.argv[2:], {"__name__": "__main__"}
for line, source in zip(blocks[::2], blocks[1::2]):
    exec(compile("\\n" * (int(line) - 1) + source, name, "exec"), namespace)
"""


def python_blocks(markdown: str) -> list[tuple[int, str]]:
    """(line of the block's first code line, source) of every ```python block."""
    return [(markdown.count("\n", 0, match.start(1)) + 1, match.group(1)) for match in FENCE.finditer(markdown)]


def test_block_extraction_finds_every_python_block() -> None:
    text = "intro\n```python\na = 1\n```\n\n```sh\nls\n```\n```python\nprint(a)  # prints 1\n```\n"
    assert python_blocks(text) == [(3, "a = 1\n"), (10, "print(a)  # prints 1\n")]
    assert PRINTS.findall(python_blocks(text)[1][1]) == ["1"]


# As the package guide says to start it (`cliniko-sandbox --seed-patients 20`), from the package's fixture.
@pytest.mark.cliniko_sandbox(seed_patients=20)
@pytest.mark.parametrize("guide", GUIDES)
def test_guide_examples_run_as_printed(guide: str, cliniko_sandbox: Any, tmp_path: Path) -> None:
    blocks = python_blocks((ROOT / guide).read_text(encoding="utf-8"))
    assert blocks, f"{guide} has no python examples"
    args = [part for line, source in blocks for part in (str(line), source)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLINIKO_")}
    env.update(CLINIKO_API_KEY=cliniko_sandbox.api_key, CLINIKO_BASE_URL=cliniko_sandbox.base_url, PYTHONPATH="")
    # cwd outside the repository: the examples must work with the installed package alone.
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, guide, *args],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, f"an example of {guide} failed:\n{proc.stderr[-3000:]}"
    # Each `# prints TEXT` in the order the guide shows them, every one on a line of its own.
    lines = proc.stdout.splitlines()
    at = 0
    for line, source in blocks:
        for expected in PRINTS.findall(source):
            found = next((i for i in range(at, len(lines)) if expected in lines[i]), None)
            assert found is not None, (
                f"{guide} (block at line {line}): expected a line with {expected!r} after output line {at}; "
                f"the output was:\n{proc.stdout[-2000:]}"
            )
            at = found + 1
