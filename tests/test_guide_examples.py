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

A block whose first line names a test file (`# test_sync.py`) is a user's test
module instead: it is saved under that name in an empty folder and run with
pytest there, so the package's `cliniko_sandbox` fixture (its pytest plugin) is
what serves it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cliniko_client.sandbox.testing import SandboxHandle

ROOT = Path(__file__).resolve().parent.parent
GUIDES = ["generated/python/README.md", "README.md"]
FENCE = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
PRINTS = re.compile(r"#\s*prints\s+(.+?)\s*$", re.MULTILINE)
TEST_FILE = re.compile(r"#\s*(test_[a-z0-9_]+\.py)\s*$")

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


def test_file_name(source: str) -> str | None:
    """`test_x.py` when a block is a test module (its first line is `# test_x.py`)."""
    match = TEST_FILE.match(source.split("\n", 1)[0])
    return match[1] if match else None


test_file_name.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def test_block_extraction_finds_every_python_block() -> None:
    text = "intro\n```python\na = 1\n```\n\n```sh\nls\n```\n```python\nprint(a)  # prints 1\n```\n"
    assert python_blocks(text) == [(3, "a = 1\n"), (10, "print(a)  # prints 1\n")]
    assert PRINTS.findall(python_blocks(text)[1][1]) == ["1"]
    assert test_file_name("# test_sync.py\nimport x\n") == "test_sync.py"
    assert test_file_name("# prints 1\n") is None and test_file_name("x = 1  # test_a.py\n") is None


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("CLINIKO_", "PYTEST_")) and k != "PYTHONPATH"}


@pytest.mark.parametrize("guide", GUIDES)
@pytest.mark.cliniko_sandbox(seed_patients=20)
def test_guide_examples_run_as_printed(guide: str, cliniko_sandbox: SandboxHandle, tmp_path: Path) -> None:
    blocks = [block for block in python_blocks((ROOT / guide).read_text(encoding="utf-8"))
              if not test_file_name(block[1])]
    assert blocks, f"{guide} has no python examples"
    args = [part for line, source in blocks for part in (str(line), source)]
    env = clean_env()
    env.update(CLINIKO_API_KEY=cliniko_sandbox.api_key, CLINIKO_BASE_URL=cliniko_sandbox.base_url)
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


def test_the_package_guides_test_files_pass_under_pytest(tmp_path: Path) -> None:
    guide = "generated/python/README.md"
    files = {name: (line, source) for line, source in python_blocks((ROOT / guide).read_text(encoding="utf-8"))
             if (name := test_file_name(source))}
    assert files, f"{guide} shows no test files (a block starting `# test_NAME.py`)"
    for name, (line, source) in files.items():
        # Blank lines first, so a failure points at the guide's own line numbers.
        (tmp_path / name).write_text("\n" * (line - 1) + source, encoding="utf-8")
    # An empty folder outside the repository: the installed package and its plugin alone.
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *files],
        cwd=tmp_path, env=clean_env(), capture_output=True, text=True, timeout=300, check=False,
    )
    assert proc.returncode == 0, f"a test file of {guide} failed:\n{proc.stdout[-4000:]}{proc.stderr[-2000:]}"
    assert " passed" in proc.stdout and "skipped" not in proc.stdout, proc.stdout[-2000:]
