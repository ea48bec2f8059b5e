"""What every script's command line shares (each script imports this first).

- Bad usage is one line and exit 2: argparse prints its whole usage block before
  the error; a user who mistyped one option needs the line that says which.
- A script started with a Python that lacks the project's tools (yaml, jsonschema,
  the generated package...) says so in one line and how to run it, instead of a
  ModuleNotFoundError traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import TracebackType
from typing import NoReturn

SCRIPT = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "script"


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _missing_module(kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
    if isinstance(error, ModuleNotFoundError):
        print(f"{SCRIPT}: Python module {error.name!r} is not installed for {sys.executable}; run the script with "
              f"a tox environment's Python (.tox/lint/bin/python scripts/{SCRIPT}, after one `tox` run) or "
              "through its tox environment (README)", file=sys.stderr)
    else:
        sys.__excepthook__(kind, error, traceback)


sys.excepthook = _missing_module
