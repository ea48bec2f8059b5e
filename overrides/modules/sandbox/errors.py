"""The errors the sandbox answers with, as Cliniko's JSON bodies."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse


class ApiError(Exception):
    """An error answer: a status and `{"message": ...}` (plus `errors` for 422)."""

    def __init__(self, status: int, message: str, errors: dict[str, str] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors
        self.headers = headers

    def response(self) -> JSONResponse:
        body: dict[str, Any] = {"message": self.message}
        if self.errors is not None:
            body["errors"] = self.errors
        return JSONResponse(body, status_code=self.status, headers=self.headers)


def validation_failed(errors: dict[str, str]) -> ApiError:
    """Cliniko's 422: `{"message": "Validation Failed", "errors": {field: message}}`."""
    return ApiError(422, "Validation Failed", errors)
