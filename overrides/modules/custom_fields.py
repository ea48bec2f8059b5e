"""Check a patient's ``custom_fields`` before sending it to Cliniko.

Two layers, both reported together:

1. The request variant of ``custom_fields.schema.json``
   (``#/$defs/CustomFieldsRequest``): shape, UUID tokens, name lengths,
   non-empty values, no unknown keys.
2. The account's ``patient_custom_fields_definition`` (from ``GET /settings``):
   tokens must exist at the right nesting, and the rules that depend on a
   field's type use the type from the definition. Cliniko disregards ``name``,
   ``type``, ``archived`` and ``enabled`` sent by a client, so this module
   disregards them too: a payload ``type`` that contradicts the definition is
   not a violation.

Archived entries: Cliniko ignores ``archived`` on input, but an archived
section, field, option or other cannot sensibly take a new answer, so an
answer to one is a violation (``archived_section``, ``archived_field``,
``archived_option``, ``archived_other``). Sending an archived entry without an
answer is fine. A patient whose answers predate the archiving must drop them
before an update passes this check.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

# jsonschema ships no type information; types-jsonschema adds it when installed.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped, unused-ignore]
from jsonschema.protocols import Validator  # type: ignore[import-untyped, unused-ignore]
from referencing import Registry, Resource

__all__ = ["SCHEMA_FILE", "Violation", "load_schema", "validate_custom_fields"]

SCHEMA_FILE = "custom_fields.schema.json"

_VALUE_TYPES = frozenset({"text", "paragraph", "date"})
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Violation:
    """One broken rule: where (a JSON pointer into the payload), which rule, and why."""

    pointer: str
    code: str
    message: str


def load_schema() -> dict[str, Any]:
    """Return the custom fields JSON schema.

    Looks next to this module first (the installed package ships a copy), then
    for ``spec/custom_fields.schema.json`` in each parent folder, so the module
    also works from the source tree.
    """
    here = Path(__file__).resolve().parent
    candidates = [here / SCHEMA_FILE]
    candidates += [folder / "spec" / SCHEMA_FILE for folder in (here, *here.parents)]
    for path in candidates:
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                schema: dict[str, Any] = json.load(handle)
            return schema
    raise FileNotFoundError(
        f"{SCHEMA_FILE} not found next to {here} nor in a spec/ folder above it"
    )


@cache
def _validator(entry_point: str) -> Validator:
    """A validator for ``#/$defs/<entry_point>``; built once, the schema does not change."""
    schema = load_schema()
    registry: Registry[Any] = Registry().with_resource(
        schema["$id"], Resource.from_contents(schema)
    )
    validator: Validator = Draft202012Validator(
        {"$ref": f"{schema['$id']}#/$defs/{entry_point}"}, registry=registry
    )
    return validator


def validate_custom_fields(payload: object, definition: object) -> list[Violation]:
    """Return every violation of ``payload`` (a request's ``custom_fields``).

    ``definition`` is the ``patient_custom_fields_definition`` of the settings,
    ``{"sections": [...]}``: the model ``get_settings.sync(...)`` returns has it as
    ``settings.patient_custom_fields_definition``; a dict from JSON works too.
    Raises ValueError if it is not one. ``payload`` is a dict or a ``CustomFields``
    model (``patient.custom_fields``); anything else is reported, and ``None``
    (nothing to check) as not an object.
    """
    index = _DefinitionIndex(_checked_definition(_plain(definition)))
    payload = _plain(payload)
    violations = _schema_violations(payload)
    if isinstance(payload, Mapping):
        flagged = {violation.pointer for violation in violations}
        violations += _Checker(index, flagged).check(payload)
    return violations


def _plain(value: object) -> object:
    """A generated model (anything with ``to_dict()``) as the JSON it stands for."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) and not isinstance(value, Mapping) else value


def _checked_definition(definition: object) -> Mapping[str, Any]:
    if definition is None or type(definition).__name__ == "Unset":  # the generated models' UNSET
        raise ValueError(
            "the account has no patient_custom_fields_definition (its settings came without one): "
            "there are no custom fields to check against"
        )
    if not isinstance(definition, Mapping):
        # One exception type for every bad definition keeps callers simple.
        raise ValueError(  # noqa: TRY004
            f"definition must be the patient_custom_fields_definition object, got {type(definition).__name__}"
        )
    if "patient_custom_fields_definition" in definition:
        raise ValueError(
            "pass settings['patient_custom_fields_definition'], not the whole settings object"
        )
    # The definition has the shape of a response: names and types present.
    for error in _validator("CustomFieldsResponse").iter_errors(definition):
        raise ValueError(
            f"definition is malformed at {_pointer(error.absolute_path) or '/'}: {error.message}"
        )
    return definition


# Any, not object: jsonschema's stubs type iter_errors' argument as JSON.
def _schema_violations(payload: Any) -> list[Violation]:
    violations: list[Violation] = []
    for error in _validator("CustomFieldsRequest").iter_errors(payload):
        violation = _from_schema_error(error)
        # Variants refine the shared $defs with allOf, so one rule can fail twice.
        if violation not in violations:
            violations.append(violation)
    return sorted(
        violations,
        key=lambda violation: (violation.pointer, violation.code, violation.message),
    )


def _from_schema_error(error: ValidationError) -> Violation:
    pointer = _pointer(error.absolute_path)
    schema_path = list(error.absolute_schema_path)
    if "propertyNames" in schema_path:
        # The error sits on the object; point at the offending key instead.
        key = str(error.instance)
        return _violation(
            f"{pointer}/{_escape(key)}",
            "unknown_property",
            f"key {key!r} is not accepted",
        )
    # other.value needs other.selected: dependentRequired (selected missing) or the
    # if/then that makes it `true` (selected false).
    if "dependentRequired" in schema_path or schema_path[-4:] == ["then", "properties", "selected", "const"]:
        return _violation(
            pointer.removesuffix("/selected"),
            "other_value_without_selected",
            "other.value needs other.selected: true",
        )
    if error.validator == "minLength" and pointer.endswith("/value"):
        return _violation(
            pointer,
            "empty_value",
            "an empty value is not valid; omit value when there is no answer",
        )
    return _violation(pointer, "schema", _rule(error))


def _rule(error: ValidationError) -> str:
    """The rule an answer broke, in the schema's words: never the answer (jsonschema's messages quote it)."""
    rule, value = error.validator, error.validator_value
    if rule == "required":
        return str(error.message)  # names the missing property, from the schema
    if rule == "type":
        return f"must be of type {' or '.join(value) if isinstance(value, list) else value}"
    if rule in ("enum", "const"):
        return f"must be {' or '.join(json.dumps(v) for v in (value if rule == 'enum' else [value]))}"
    limits = {"minLength": "at least {} characters", "maxLength": "at most {} characters",
              "minItems": "at least {} items", "maxItems": "at most {} items",
              "pattern": "text matching {}", "format": "a {}"}
    if rule in limits:
        return "must be " + limits[rule].format(value)
    return f"breaks the schema's {rule} rule"


class _DefinitionIndex:
    """The definition's entries by token, so lookups follow the nesting."""

    def __init__(self, definition: Mapping[str, Any]) -> None:
        self.sections: dict[str, Mapping[str, Any]] = {}
        self.fields: dict[str, dict[str, Mapping[str, Any]]] = {}
        # field token -> section name, to say where a misplaced field belongs
        self.field_section: dict[str, str] = {}
        for section in definition.get("sections", []):
            self.sections[section["token"]] = section
            self.fields[section["token"]] = {
                field["token"]: field for field in section.get("fields", [])
            }
            for field in section.get("fields", []):
                self.field_section[field["token"]] = section["name"]


class _Checker:
    """Walks a payload against the definition, collecting violations."""

    def __init__(self, index: _DefinitionIndex, flagged: set[str]) -> None:
        self.index = index
        self.flagged = flagged  # pointers the schema already reported

    def check(self, payload: Mapping[str, Any]) -> list[Violation]:
        violations: list[Violation] = []
        for pointer, section in _objects(payload.get("sections"), "/sections"):
            violations += self._section(pointer, section)
        return violations

    def _token(self, pointer: str, entry: Mapping[str, Any]) -> str | None:
        """The entry's token, or None when the schema already reported it missing or malformed."""
        token = entry.get("token")
        if not isinstance(token, str) or f"{pointer}/token" in self.flagged:
            return None
        return token

    def _section(self, pointer: str, section: Mapping[str, Any]) -> list[Violation]:
        token = self._token(pointer, section)
        if token is None:
            return []
        if token not in self.index.sections:
            return [
                _violation(
                    f"{pointer}/token",
                    "unknown_section_token",
                    f"section token {token} is not defined in the account's settings",
                )
            ]
        defined = self.index.sections[token]
        violations: list[Violation] = []
        answered = False
        for field_pointer, field in _objects(
            section.get("fields"), f"{pointer}/fields"
        ):
            violations += self._field(field_pointer, field, defined)
            answered = answered or _has_answer(field)
        if answered and defined.get("archived") is True:
            violations.append(
                _violation(
                    pointer,
                    "archived_section",
                    f"section {defined['name']!r} is archived and cannot take answers",
                )
            )
        return violations

    def _field(
        self, pointer: str, field: Mapping[str, Any], section: Mapping[str, Any]
    ) -> list[Violation]:
        known = self.index.fields[section["token"]]
        token = self._token(pointer, field)
        if token is None:
            return []
        if token not in known:
            message = (
                f"field token {token} is not defined in section {section['name']!r}"
            )
            home = self.index.field_section.get(token)
            if home is not None:
                message += f" (it belongs to section {home!r})"
            return [_violation(f"{pointer}/token", "unknown_field_token", message)]

        defined = known[token]
        kind = defined["type"]  # the payload's type is disregarded, as Cliniko does
        label = f"field {defined['name']!r} ({kind})"
        violations: list[Violation] = []
        if "value" in field:
            value = field["value"]
            if kind not in _VALUE_TYPES:
                violations.append(
                    _violation(
                        f"{pointer}/value",
                        "value_not_allowed",
                        f"{label} takes options/other, not value",
                    )
                )
            elif (
                kind == "date"
                and isinstance(value, str)
                and value
                and not _is_date(value)
            ):
                violations.append(
                    _violation(
                        f"{pointer}/value",
                        "bad_date",
                        f"{label} needs a YYYY-MM-DD date",
                    )
                )
        if kind in _VALUE_TYPES:
            for key in ("options", "other"):
                if key in field:
                    violations.append(
                        _violation(
                            f"{pointer}/{key}",
                            f"{key}_not_allowed",
                            f"{label} takes value, not {key}",
                        )
                    )
        else:
            violations += self._choices(pointer, field, defined, label)
        if defined.get("archived") is True and _has_answer(field):
            violations.append(
                _violation(
                    pointer,
                    "archived_field",
                    f"{label} is archived and cannot take answers",
                )
            )
        return violations

    def _choices(
        self,
        pointer: str,
        field: Mapping[str, Any],
        defined: Mapping[str, Any],
        label: str,
    ) -> list[Violation]:
        """options and other of a checkboxes or radiobuttons field."""
        violations: list[Violation] = []
        known = {option["token"]: option for option in defined.get("options", [])}
        selected = 0
        for option_pointer, option in _objects(
            field.get("options"), f"{pointer}/options"
        ):
            if option.get("selected") is True:
                selected += 1
            token = self._token(option_pointer, option)
            if token is None:
                continue
            if token not in known:
                violations.append(
                    _violation(
                        f"{option_pointer}/token",
                        "unknown_option_token",
                        f"option token {token} is not defined for {label}",
                    )
                )
            elif (
                option.get("selected") is True and known[token].get("archived") is True
            ):
                violations.append(
                    _violation(
                        option_pointer,
                        "archived_option",
                        f"option {known[token]['name']!r} of {label} is archived and cannot be selected",
                    )
                )

        other = field.get("other")
        other_selected = isinstance(other, Mapping) and other.get("selected") is True
        if other_selected:
            defined_other = defined.get("other")
            if (
                not isinstance(defined_other, Mapping)
                or defined_other.get("enabled") is not True
            ):
                violations.append(
                    _violation(
                        f"{pointer}/other/selected",
                        "other_not_enabled",
                        f"{label} has no enabled 'other' answer",
                    )
                )
            elif defined_other.get("archived") is True:
                violations.append(
                    _violation(
                        f"{pointer}/other/selected",
                        "archived_other",
                        f"the 'other' answer of {label} is archived and cannot be selected",
                    )
                )

        if defined["type"] == "radiobuttons":
            if selected > 1:
                violations.append(
                    _violation(
                        f"{pointer}/options",
                        "too_many_selected",
                        f"{label} accepts at most one selected option, got {selected}",
                    )
                )
            if other_selected and selected:
                violations.append(
                    _violation(
                        f"{pointer}/options",
                        "selected_with_other",
                        f"{label} has 'other' selected, so no option may be selected",
                    )
                )
        return violations


def _objects(items: object, pointer: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The objects of a JSON array with their pointers; anything else was reported by the schema."""
    if isinstance(items, list):
        for position, item in enumerate(items):
            if isinstance(item, Mapping):
                yield f"{pointer}/{position}", item


def _has_answer(field: Mapping[str, Any]) -> bool:
    options = field.get("options")
    other = field.get("other")
    return (
        "value" in field
        or (
            isinstance(options, list)
            and any(
                isinstance(o, Mapping) and o.get("selected") is True for o in options
            )
        )
        or (isinstance(other, Mapping) and other.get("selected") is True)
    )


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):  # fromisoformat alone also takes 20010526
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:  # e.g. 2023-02-30
        return False
    return True


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _pointer(path: Iterable[object]) -> str:
    return "".join(f"/{_escape(str(part))}" for part in path)


def _violation(pointer: str, code: str, text: str) -> Violation:
    return Violation(pointer, code, f"{text} (at {pointer or 'the top level'})")
