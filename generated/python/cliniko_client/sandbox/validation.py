"""Request bodies: reading them (400, 413, 415) and Cliniko's rules on them (422).

Content types, as the live API answered them (the spec's request bodies say it):
- `application/json` (and `*+json`): the body is JSON.
- `application/x-www-form-urlencoded`: flat fields, read as Rails reads them
  (the 2014-2019 docs sent `first_name=John&last_name=Snow`); nested fields
  (`patient_phone_numbers[][number]=...`) broke (Cliniko staff), so they are a
  400; a JSON body sent under this type was ignored, 200 and nothing changed
  (a 2017 report), so a body that looks like JSON is read as no fields at all.
- anything else (`multipart/form-data`, `text/plain`, no Content-Type): 415.
  What the live API does with them is not on record; refusing beats guessing.

The rules ARE the spec's: each body is validated against the operation's
request schema in spec/openapi.yaml (with its `$ref`s into
spec/custom_fields.schema.json, resolved by scripts/spec_schemas.py), and each
jsonschema error becomes one entry of Cliniko's 422 body,
`{"message": "Validation Failed", "errors": {"first_name": "can’t be blank"}}`.
What the schema cannot know, the account's custom fields definition, is
checked by the client's own validator, `validate_custom_fields`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any
from urllib.parse import parse_qsl

from jsonschema import validators  # type: ignore[import-untyped, unused-ignore]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped, unused-ignore]
from starlette.requests import Request

from .. import custom_fields, spec_schemas
from .ecma import compile_ecma
from .errors import ApiError, validation_failed

MAX_BODY_BYTES = 1024 * 1024
# Request line and headers (uvicorn's default is 16 KiB): twenty long q[] filters are
# schema-valid and make a long URL; they get an answer, not a bare text 400.
MAX_REQUEST_HEAD = 1024 * 1024
BLANK = "can’t be blank"  # Cliniko's curly apostrophe
NAMES = ("first_name", "last_name")
NUL = "must not contain NUL (U+0000) characters"
JSON_MEDIA = re.compile(r"application/(?:[a-z0-9.+-]+\+)?json")
FORM_MEDIA = "application/x-www-form-urlencoded"
# Rails' casts of form text for attributes that are not text (ActiveModel types).
FORM_CASTS: dict[str, tuple[Any, ...]] = {
    "true": (True,),
    "t": (True,),
    "on": (True,),
    "1": (True, 1),
    "false": (False,),
    "f": (False,),
    "off": (False,),
    "0": (False, 0),
    "": (None,),
}


async def read_body(request: Request, rules: BodyRules, operation: str) -> Any:
    """The request's body as JSON-shaped data, by its Content-Type (see the module's docstring)."""
    content_type = request.headers.get("content-type", "")
    media = content_type.split(";", 1)[0].strip().lower()
    if JSON_MEDIA.fullmatch(media):
        return _parse_json(await _read_raw(request))
    if media == FORM_MEDIA:
        return rules.form_fields(await _read_raw(request), operation)
    got = media or "no Content-Type"
    raise ApiError(415, f"Send the body as JSON with Content-Type: application/json (got {got[:100]})")


async def _read_raw(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ApiError(413, "Request body too large")
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY_BYTES:
            raise ApiError(413, "Request body too large")
    return bytes(raw)


def _parse_json(raw: bytes) -> Any:
    if not raw.strip():
        raise ApiError(400, "A JSON request body is required")
    try:
        body = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
        # Lone surrogates (\ud800) parse but cannot be stored or sent back as UTF-8.
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeError:
        raise ApiError(400, "The request body is not valid JSON: it is not UTF-8 text") from None
    except RecursionError:
        raise ApiError(400, "The request body is not valid JSON: it nests too deeply") from None
    except json.JSONDecodeError as exc:  # says where: "Expecting value: line 1 column 2"
        raise ApiError(400, f"The request body is not valid JSON: {exc}") from None
    except ValueError as exc:  # NaN/Infinity, which Python's parser would otherwise accept
        raise ApiError(400, f"The request body is not valid JSON: {str(exc)[:200]}") from None
    return body


def normalized(value: Any) -> Any:
    """Every string of a parsed body in Unicode NFC (the spec's "Text" section): an `é`
    sent as `e` + U+0301 is stored as the one character, so filters find either form."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [normalized(item) for item in value]
    if isinstance(value, dict):
        return {key: normalized(item) for key, item in value.items()}
    return value


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    if validator.is_type(instance, "string") and not compile_ecma(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


# The spec's validator (integers written as integers) with `pattern` read as ECMA-262,
# the dialect the spec's patterns are written in.
SpecValidator = validators.extend(spec_schemas.StrictValidator, {"pattern": _ecma_pattern})


class BodyRules:
    """The request body rules of every operation of the spec, each compiled when first used."""

    def __init__(self, spec: Any) -> None:
        self._spec = spec
        self._checker = spec_schemas.format_checker()

        # `format: int64` bounds an id to what a 64-bit integer holds (schemathesis enforces it too).
        @self._checker.checks("int64")  # type: ignore[untyped-decorator, unused-ignore]
        def _is_int64(value: object) -> bool:
            return not isinstance(value, int) or -(2**63) <= value < 2**63

        self._validators: dict[str, Any] = {}
        self._properties: dict[str, dict[str, Any]] = {}

    def _validator(self, uri: str) -> Any:
        if uri not in self._validators:
            self._validators[uri] = SpecValidator(
                {"$ref": uri}, registry=self._spec.registry, format_checker=self._checker
            )
        return self._validators[uri]

    def _writable(self, operation: str) -> dict[str, Any]:
        """One validator per property of the operation's body, to read form text as the type it takes."""
        if operation not in self._properties:
            schema_uri = self._spec.request_schema(operation)
            schema, located = self._spec.locate(schema_uri)
            self._properties[operation] = {
                name: self._validator(uri) for name, (_, uri) in self._spec.properties(schema, located).items()
            }
        return self._properties[operation]

    def form_fields(self, raw: bytes, operation: str) -> dict[str, Any]:
        """A form-encoded body as the JSON body Rails would have made of it."""
        try:
            text = raw.decode("utf-8")
            pairs = parse_qsl(text, keep_blank_values=True, errors="strict")
        except UnicodeError:
            raise ApiError(400, "The form body is not UTF-8 text") from None
        if text.lstrip().startswith(("{", "[")):
            return {}  # JSON under a form Content-Type: the live API ignored it (2017 report)
        body: dict[str, Any] = {}
        for name, value in pairs:  # a repeated field: the last one wins, as in Rails
            if "[" in name or "]" in name:
                raise ApiError(
                    400,
                    f"The form field {name[:100]!r} is nested; form bodies take flat fields only:"
                    " send nested fields (phone numbers, pronouns, custom fields) as JSON",
                )
            body[name] = self._form_value(operation, name, value)
        return body

    def _form_value(self, operation: str, name: str, text: str) -> Any:
        """The first of the text and Rails' casts of it that the property accepts (else the text, for a 422)."""
        validator = self._writable(operation).get(name)
        if validator is None:
            return text
        for candidate in (text, *FORM_CASTS.get(text.lower(), ())):
            if validator.is_valid(candidate):
                return candidate
        return text

    def check(self, operation: str, body: Any, definition: dict[str, Any] | None, record: str) -> None:
        """Raise Cliniko's 422 listing every property that breaks a rule (`record`: what the body
        describes, `patient`, for the messages)."""
        errors: dict[str, str] = {}
        for error in self._validator(self._spec.request_schema(operation)).iter_errors(body):
            for name, message in _entries(error, record):
                errors.setdefault(name, message)
        if isinstance(body, dict) and isinstance(body.get("custom_fields"), dict):
            violations = custom_fields.validate_custom_fields(body["custom_fields"], definition or {"sections": []})
            if violations and errors.get("custom_fields") != NUL:  # its pointers say more, except of a NUL
                errors["custom_fields"] = "; ".join(v.message for v in violations[:5])
        if errors:
            raise validation_failed(errors)


def _entries(error: ValidationError, record: str) -> list[tuple[str, str]]:
    """(property, Cliniko-style message) for one jsonschema error."""
    path = list(error.absolute_path)
    if not path:  # an error about the body itself
        if error.validator == "required":
            return [(name, BLANK) for name in error.validator_value if name not in error.instance]
        if error.validator == "additionalProperties":
            known = error.schema.get("properties", {})
            return [(name, f"is not a {record} attribute") for name in error.instance if name not in known]
        return [("base", f"must be a JSON object of {record} attributes")]
    name = str(path[0])
    if _nul(error):
        return [(name, NUL)]
    if len(path) > 1:  # inside pronouns, phone numbers, custom_fields
        return [(name, "is invalid")]
    if name in NAMES and (error.validator == "pattern" or error.instance is None):
        return [(name, BLANK)]  # "   " or null: Cliniko says blank; a number is simply invalid
    if error.validator == "maxLength":
        return [(name, f"is too long (maximum is {error.validator_value} characters)")]
    if error.validator == "enum":
        return [(name, "is not included in the list")]
    return [(name, "is invalid")]


def _nul(error: ValidationError) -> bool:
    """Whether the error (or one of its anyOf branches) is a text pattern refusing a NUL."""
    if error.validator == "pattern" and isinstance(error.instance, str) and "\x00" in error.instance:
        return True
    return any(_nul(branch) for branch in error.context or ())
