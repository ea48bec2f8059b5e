"""What a rule sees and what it says: the pairs the engine hands over, Change, and Rule.

A rule is a class with a `kind` (the finding's name), a docstring (its first line is the
kind's summary in --help; the rest says why the change breaks clients, or why not) and one
method per level it looks at, named after the level. The engine calls `rule.LEVEL(pair)`
for each pair of that level it meets; the method yields a Change for each finding. Adding
a kind of finding is adding one class to rules.py with @rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from breaking.views import View

# The levels, in walking order, and what the pair's base/head hold at each.
LEVELS = {
    "operations": "Keyed: (METHOD, path) -> (display name, path item, operation)",
    "schemas": "Schemas: name -> schema, the document's #/components/schemas",
    "operation": "Pair: the operation objects",
    "security": "Pair: Security (the alternatives the operation accepts, the schemes they name)",
    "parameters": "Keyed: (in, name) -> parameter object",
    "parameter": "Pair: the parameter objects",
    "request_body": "Pair: the request body objects, None where there is none",
    "content": "Keyed: media type -> media type object",
    "responses": "Keyed: STATUS -> (status as written, response object)",
    "headers": "Keyed: lower-case name -> (name as written, header object)",
    "schema": "SchemaPair: the Views of the schemas",
    "properties": "Properties: name -> property schema (what travels in this direction)",
}


class Change(NamedTuple):
    breaking: bool
    location: str
    message: str


@dataclass(frozen=True, kw_only=True)
class Pair:
    """One thing as BASE and HEAD have it, where it is, and whether clients send it (request)."""

    base: Any
    head: Any
    location: str
    request: bool = False


@dataclass(frozen=True, kw_only=True)
class Keyed(Pair):
    """Two collections keyed alike: rules look at the keys found on one side only."""

    labels: dict = field(default_factory=dict)  # key -> what follows `location` in an entry's location

    def at(self, key) -> str:
        return f"{self.location}{self.labels[key]}"

    def removed(self) -> list:
        return [k for k in self.base if k not in self.head]

    def added(self) -> list:
        return [k for k in self.head if k not in self.base]

    def common(self) -> list:
        return [k for k in self.base if k in self.head]


@dataclass(frozen=True, kw_only=True)
class Schemas(Keyed):
    used: frozenset  # the $refs that HEAD's versions of BASE's operations reach


@dataclass(frozen=True, kw_only=True)
class SchemaPair(Pair):
    base: View
    head: View
    path: str = ""  # JSON pointer below the parameter, header or body; "" at its top


@dataclass(frozen=True, kw_only=True)
class Properties(Keyed):
    base_view: View
    head_view: View


@dataclass(frozen=True)
class Security:
    alternatives: list[dict]  # each {scheme: scopes}; [{}] means no authentication
    schemes: dict  # name -> the security scheme object


class Rule:
    kind: str

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0].rstrip(".")

    @classmethod
    def levels(cls) -> list[str]:
        return [level for level in LEVELS if callable(getattr(cls, level, None))]


RULES: list[Rule] = []


def rule(cls: type[Rule]) -> type[Rule]:
    """Register a rule; RULES keeps the order of rules.py, which is the report's order."""
    RULES.append(cls())
    return cls
