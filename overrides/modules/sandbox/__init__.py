"""A local stand-in for Cliniko's API, every resource the bundled spec declares.

Installed with the `[sandbox]` extra (`pip install "cliniko-client[sandbox]"`):

- `cliniko-sandbox --port 8000` serves it on 127.0.0.1 (server.py);
- the pytest fixture `cliniko_sandbox` gives each test a fresh one (pytest_plugin.py,
  testing.py);
- `create_app(...)` returns the Starlette app itself, for an `httpx.ASGITransport`.

It answers like the live API: routes in app.py, made from the spec's resources
(collections.py), the rules each in its own module (filters, pagination, validation,
accounts, faults; patients.py and records.py for what records do), storage in SQLite,
a table per resource (storage.py).
The rules come from the spec (spec.py) and the client's own modules (filter grammar,
custom fields validator): nothing is written twice.

Nothing is imported here eagerly: without the extra, `import cliniko_client` and
pytest (which loads the plugin) must not need starlette.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
