#!/usr/bin/env python3
"""Serve the Cliniko sandbox on 127.0.0.1: the package's `cliniko-sandbox` command.

    python scripts/sandbox.py --port 8000 [--seed-patients N] [--rate-limit 200/60] ...

The sandbox lives in the package (cliniko_client.sandbox, source
overrides/modules/sandbox/); this wrapper runs it from a checkout, where
`tox -e sandbox -- --port 8000` does the same. `--help` lists the options.
"""

from __future__ import annotations

import sys

try:
    from cliniko_client.sandbox.server import main
except ImportError as exc:  # a clear line instead of a traceback
    sys.exit(
        f"sandbox: {exc.name} is not installed; run `tox -e sandbox -- --port 8000`, or first "
        "`pip install './generated/python[sandbox]'`"
    )

if __name__ == "__main__":
    sys.exit(main())
