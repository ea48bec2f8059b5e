"""How pytest-xdist hands out the test files in `tox -e tests` (tox.ini, tests/conftest.py)."""

from __future__ import annotations

import configparser
import shlex

from tests.conftest import LONGEST_FIRST, ROOT


def pytest_command() -> list[str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "tox.ini", encoding="utf-8")
    lines = [line.strip() for line in parser["testenv:tests"]["commands"].splitlines()]
    return shlex.split(next(line for line in lines if line.startswith("pytest ")))


def test_the_longest_files_are_handed_out_first() -> None:
    # Whole files, in collection order: xdist's default (--loadscope-reorder) sorts them by their
    # number of tests, which undid LONGEST_FIRST (test_security.py, 51 tests and the longest,
    # started mid-run, after test_spec.py's 4,753 quick ones).
    command = pytest_command()
    assert command[command.index("--dist") + 1] == "loadfile", command
    assert "--no-loadscope-reorder" in command, command
    assert LONGEST_FIRST, "tests/conftest.py names the longest test files"
