"""The READMEs' Python examples run as printed, against the sandbox, each section alone.

A reader copies one section, so each section's ```python blocks (those under one
heading) run in order in a namespace of their own: a section that needs a name
another section defined fails here with NameError. The one exception is the package
guide's "Connect" block, which makes the `client` every other section uses; it runs
first in each section's namespace, as the guide says. All sections run in one fresh
interpreter (the installed `cliniko_client`, not the source tree), with only
CLINIKO_API_KEY and CLINIKO_BASE_URL pointing it at the package's sandbox (the
`cliniko_sandbox` fixture, the server `cliniko-sandbox` runs). Each block is
compiled under the guide's file name and line numbers, so a failure reads
`File "generated/python/README.md", line 57`.

A comment `# prints TEXT` after a statement says exactly what it prints: that line
must print once, and exactly TEXT (the runner records what each line prints).
A guide that drifts from the package fails here.

A block whose first line names a test file (`# test_sync.py`) is a user's test
module instead: it is saved under that name in an empty folder and run with
pytest there, so the package's `cliniko_sandbox` fixture (its pytest plugin) is
what serves it.
"""

from __future__ import annotations

import json
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
HEADING = re.compile(r"^#{1,6} +(.+?) *$", re.MULTILINE)
PRINTS = re.compile(r"#\s*prints\s+(.+?)\s*$", re.MULTILINE)
TEST_FILE = re.compile(r"#\s*(test_[a-z0-9_]+\.py)\s*$")
SHARED_SECTION = "Connect"  # the package guide's client, which every other section uses

# Reads [[section, [[line, source], ...]], ...] as JSON on stdin; runs each section's blocks in
# a namespace of its own; records what each line prints (its `print` is the recorder) and writes
# {section: {line: [text, ...]}} to the file named by argv[2]. Exit 1 at the first failing section.
RUNNER = """
import json, sys, traceback
name, out = sys.argv[1], sys.argv[2]
printed = {}
def recorder(*args, sep=" ", end="\\n", file=None, flush=False):
    line = sys._getframe(1).f_lineno
    text = sep.join(map(str, args))
    if file is None:
        printed.setdefault(section, {}).setdefault(str(line), []).append(text)
    print(*args, sep=sep, end=end, file=file, flush=flush)
for section, blocks in json.load(sys.stdin):
    namespace = {"__name__": "__main__", "print": recorder}
    try:
        for line, source in blocks:
            exec(compile("\\n" * (line - 1) + source, name, "exec"), namespace)
    except BaseException:
        print(f"section {section!r} of {name} failed alone:", file=sys.stderr)
        traceback.print_exc()
        sys.exit(1)
json.dump(printed, open(out, "w", encoding="utf-8"))
"""


def python_blocks(markdown: str) -> list[tuple[int, str]]:
    """(line of the block's first code line, source) of every ```python block."""
    return [(markdown.count("\n", 0, match.start(1)) + 1, match.group(1)) for match in FENCE.finditer(markdown)]


def sections(markdown: str) -> list[tuple[str, list[tuple[int, str]]]]:
    """(heading, its ```python blocks) for each heading that has some, in order; test files left out."""
    found: dict[str, list[tuple[int, str]]] = {}
    for match in FENCE.finditer(markdown):
        headings = HEADING.findall(FENCE.sub("", markdown[: match.start()]))
        line = markdown.count("\n", 0, match.start(1)) + 1
        if not test_file_name(match.group(1)):
            found.setdefault(headings[-1] if headings else "(top)", []).append((line, match.group(1)))
    return list(found.items())


def runnable(markdown: str) -> list[tuple[str, list[tuple[int, str]]]]:
    """Each section with the shared Connect block first (the Connect section itself once)."""
    found = sections(markdown)
    shared = dict(found).get(SHARED_SECTION, [])
    return [(name, blocks if name == SHARED_SECTION else [*shared, *blocks]) for name, blocks in found]


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


def test_sections_group_blocks_under_their_heading() -> None:
    text = ("# Guide\n## Connect\n```python\nc = 1\n```\n## Read\n```python\n# a comment, not a heading\n"
            "r = c\n```\n### Deeper\n```python\nd = 2\n```\n```python\n# test_x.py\n```\n```python\ne = d\n```\n")
    assert sections(text) == [("Connect", [(4, "c = 1\n")]), ("Read", [(8, "# a comment, not a heading\nr = c\n")]),
                              ("Deeper", [(13, "d = 2\n"), (19, "e = d\n")])]
    assert [(name, [line for line, _ in blocks]) for name, blocks in runnable(text)] == [
        ("Connect", [4]), ("Read", [4, 8]), ("Deeper", [4, 13, 19])]


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("CLINIKO_", "PYTEST_")) and k != "PYTHONPATH"}


def run_sections(guide: str, found: list[tuple[str, list[tuple[int, str]]]], env: dict[str, str],
                 cwd: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, dict[str, list[str]]]]:
    out = cwd / "printed.json"
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, guide, str(out)], input=json.dumps(found),
        cwd=cwd, env=env, capture_output=True, text=True, timeout=180, check=False,
    )
    return proc, json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}


def test_a_section_that_needs_another_fails_alone(tmp_path: Path) -> None:
    text = "## Connect\n```python\nc = 1\n```\n## One\n```python\nx = c\n```\n## Two\n```python\nprint(x)\n```\n"
    proc, _ = run_sections("guide.md", runnable(text), clean_env(), tmp_path)
    assert proc.returncode == 1 and "section 'Two' of guide.md failed alone" in proc.stderr
    assert "NameError: name 'x' is not defined" in proc.stderr and 'File "guide.md", line 11' in proc.stderr


def test_the_recorder_keeps_what_each_line_printed(tmp_path: Path) -> None:
    text = "## A\n```python\nfor n in (1, 2):\n    print(n, 'x', sep='-')\nprint()\n```\n"
    proc, printed = run_sections("guide.md", runnable(text), clean_env(), tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert printed == {"A": {"4": ["1-x", "2-x"], "5": [""]}} and proc.stdout == "1-x\n2-x\n\n"


@pytest.mark.parametrize("guide", GUIDES)
@pytest.mark.cliniko_sandbox(seed_patients=20)
def test_guide_examples_run_as_printed(guide: str, cliniko_sandbox: SandboxHandle, tmp_path: Path) -> None:
    found = runnable((ROOT / guide).read_text(encoding="utf-8"))
    assert found, f"{guide} has no python examples"
    env = clean_env()
    env.update(CLINIKO_API_KEY=cliniko_sandbox.api_key, CLINIKO_BASE_URL=cliniko_sandbox.base_url)
    # cwd outside the repository: the examples must work with the installed package alone.
    proc, printed = run_sections(guide, found, env, tmp_path)
    assert proc.returncode == 0, f"an example of {guide} failed:\n{proc.stderr[-3000:]}"
    # Every `# prints TEXT`: its line printed once, exactly TEXT.
    wrong = []
    for section, blocks in found:
        for line, source in blocks:
            for offset, code in enumerate(source.splitlines()):
                for expected in PRINTS.findall(code):
                    got = printed.get(section, {}).get(str(line + offset), [])
                    if got != [expected]:
                        wrong.append(f"{guide}:{line + offset} ({section}): # prints {expected!r}, printed {got}")
    assert not wrong, "\n".join(wrong)


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
