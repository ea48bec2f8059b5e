"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define, field


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


def decimal_from_json(value: str | int | float) -> Decimal:
    """An amount as JSON carries it (a decimal string, or a number in older shapes) as a Decimal.

    A number goes through its shortest decimal form (`90.0`, not the binary float's
    `90.0000000000000...`). ValueError, like every other parse error of the client, and
    without the value: amounts sit beside personal data in the same models.
    """
    if isinstance(value, bool):
        raise ValueError("expected a decimal amount, got a boolean")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError("expected a decimal amount (digits, one optional point)") from None
    if not amount.is_finite():
        raise ValueError("expected a finite decimal amount")
    return amount


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    http_response: httpx.Response | None = field(default=None, repr=False, eq=False)
    """ The httpx response this was built from (its request says the method and path). """


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
