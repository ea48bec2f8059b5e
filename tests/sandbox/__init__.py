"""A local stand-in for Cliniko's Patients API, built from spec/openapi.yaml.

`create_app(...)` returns a Starlette app that answers like the live API (see
/work/shared/reference/cliniko-api-facts.md): routes in app.py, the rules each
in its own module (filters, pagination, validation, accounts, faults), storage
in SQLite. `scripts/sandbox.py` serves it on 127.0.0.1.
"""

from tests.sandbox.app import create_app

__all__ = ["create_app"]
