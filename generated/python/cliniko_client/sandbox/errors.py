"""The errors the sandbox answers with, as Cliniko's JSON bodies."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse


class ApiError(Exception):
    """An error answer: a status and `{"message": ...}` (plus `errors` for 422)."""

    def __init__(
        self, status: int, message: str, errors: dict[str, str] | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors
        self.headers = headers

    def response(self) -> JSONResponse:
        body: dict[str, Any] = {"message": _short(self.message)}
        if self.errors is not None:
            body["errors"] = {name: _short(text) for name, text in self.errors.items()}
        return JSONResponse(body, status_code=self.status, headers=self.headers)


def _short(text: str, limit: int = 1000) -> str:
    """Cliniko's messages are a few words; one that quotes a long input is cut short, well
    within the spec's bound on error texts (4096 characters)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def validation_failed(errors: dict[str, str]) -> ApiError:
    """Cliniko's 422: `{"message": "Validation Failed", "errors": {field: message}}`."""
    return ApiError(422, "Validation Failed", errors)
