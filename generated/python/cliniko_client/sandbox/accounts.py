"""Accounts, their API keys and their settings.

Cliniko keys carry the account's shard after the LAST hyphen (`...-au2`); a key
may be sent with or without that suffix, and a key sent with another shard's
suffix is refused (401). Each key belongs to one user of one account, and an
account sees only its own patients.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .spec import bundled_spec, settings_example

SHARD = re.compile(r"^[a-z]{2}[0-9]{1,2}$")
# tests/fixtures/custom_fields/definition.json, placed here by scripts/regenerate.py.
DEFINITION_FILE = Path(__file__).with_name("default_definition.json")


@dataclass(frozen=True)
class User:
    key: str  # the key body, without the shard suffix
    may_view_settings: bool = True  # a role without it gets 403 on GET /settings


@dataclass
class Account:
    id: int
    name: str
    shard: str
    users: list[User]
    settings: dict[str, Any] = field(default_factory=dict)

    def api_key(self, user: int = 0) -> str:
        """The key as Cliniko hands it out: body, hyphen, shard."""
        return f"{self.users[user].key}-{self.shard}"

    @property
    def custom_fields_definition(self) -> dict[str, Any] | None:
        return self.settings.get("patient_custom_fields_definition")

    @property
    def default_reminder_type(self) -> str:
        return str(self.settings.get("reminders", {}).get("default_reminder_type", "None"))


def default_settings() -> dict[str, Any]:
    """The settings every sandbox account starts with.

    The custom fields definition is the project's test definition
    (tests/fixtures/custom_fields/definition.json: the seed's "Insurance coverage"
    section plus one field of each other type) when it is present; otherwise the
    spec's settings example (the seed's section alone).
    """
    example = settings_example()
    kept = ("patient_custom_fields_definition", "reminders")
    settings: dict[str, Any] = {key: example[key] for key in kept if key in example}
    if DEFINITION_FILE.exists():
        definition = json.loads(DEFINITION_FILE.read_text(encoding="utf-8"))
        # Accept either the bare definition or a whole settings object.
        settings["patient_custom_fields_definition"] = definition.get("patient_custom_fields_definition", definition)
    return settings


def settings_from(data: Any) -> dict[str, Any]:
    """Account settings from a settings object or a bare custom fields definition
    (`{"sections": [...]}`), over the defaults, checked against the spec's `GET /settings`
    answer. ValueError names the first problem with its JSON pointer."""
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object of settings (or a bare custom fields definition)")
    if "patient_custom_fields_definition" not in data and "sections" in data:
        data = {"patient_custom_fields_definition": data}
    settings = {**default_settings(), **copy.deepcopy(data)}
    spec = bundled_spec()
    errors = spec.errors_for(settings, spec.response_schema("getSettings", "200"))
    if errors:
        raise ValueError(f"{errors[0].pointer}: {errors[0].reason}")
    return settings


def load_settings(path: Path) -> dict[str, Any]:
    """Settings from a JSON file (`--settings`): a settings object, or a bare definition.
    ValueError with one line (the file, and where in it) if it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}:{exc.lineno}:{exc.colno}: malformed JSON: {exc.msg}") from None
    try:
        return settings_from(data)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


def default_accounts(settings: dict[str, Any] | None = None) -> list[Account]:
    """Two isolated accounts on two shards, so isolation and shard checks are testable.

    Account 1 also has a user whose role may not view settings (403 on /settings).
    """
    settings = settings if settings is not None else default_settings()
    return [
        Account(
            1,
            "Sandbox Clinic",
            "au1",
            [User("sandbox-key"), User("sandbox-reception-key", may_view_settings=False)],
            copy.deepcopy(settings),
        ),
        Account(2, "Other Sandbox Clinic", "uk1", [User("sandbox-other-key")], copy.deepcopy(settings)),
    ]


class Directory:
    """Finds the account and user of a request's credentials."""

    def __init__(self, accounts: list[Account]) -> None:
        self.accounts = accounts
        self._by_key = {user.key: (account, user) for account in accounts for user in account.users}

    def authenticate(self, authorization: str | None) -> tuple[Account, User] | None:
        """The account and user of a Basic `Authorization` header, or None (401)."""
        key = _basic_user(authorization)
        if key is None:
            return None
        if key in self._by_key:  # sent without its shard suffix
            return self._by_key[key]
        body, _, shard = key.rpartition("-")
        found = self._by_key.get(body)
        if found is None or not SHARD.match(shard) or shard != found[0].shard:
            return None
        return found


def _basic_user(authorization: str | None) -> str | None:
    """The user name of HTTP Basic credentials; the password must be empty."""
    if not authorization:
        return None
    scheme, _, encoded = authorization.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    if not sep or password or not user:
        return None
    return user
