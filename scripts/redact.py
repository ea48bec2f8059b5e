#!/usr/bin/env python3
"""Turn a captured Cliniko response into a fixture with no personal data in it.

    python scripts/redact.py captured.json > tests/fixtures/getPatient/response-200-live.json
    python scripts/redact.py list.json --operation listPatients --status 200 --seed 7

What is personal comes from the spec alone: every value under a property marked
`x-pii: true` (the nearest marking wins, so `phone_type: x-pii: false` inside
the personal `patient_phone_numbers` stays). Each personal value is replaced by
a synthetic one of the same kind and shape (emails at example.com, valid dates,
fictional phone numbers, real IANA zones, DVA- and Medicare-shaped numbers that
are not real...). A value's kind comes from its schema first (format, the named
schema it declares, the property's name: `country_code: "NZ"` is a country even
though NZ is a time zone too), from its look only where the schema is silent.
Phone numbers of every region are parsed and faked with libphonenumber
(scripts/phones.py: the fictional ranges, and what stands in where a country has
none), read in the region of their +CC, else of the patient's country_code, else
Australia's, and written as the input was (international or national, its spaces).
The same input value maps to the same output within a run: a keyed HMAC of the
value picks the replacement; the key is random, or derived from --seed for
reproducible output, and is never stored. Where no synthetic value fits the
schema, a placeholder that does (Etc/UTC, ZZ, the value with letters as x and
digits as 0) is written and reported on stderr, without the value.

Clinical free text (`x-pii: clinical`: a treatment note's title and content) is
the most sensitive class: every string under it becomes one fixed placeholder
(CLINICAL_PLACEHOLDER, cut to the schema's maxLength), never a value derived from
it, not even its length; vocabulary (a question's `type`) stays, and a clinical
boolean (which answer was `selected`) is removed. The tree keeps its shape.

Kept as they are: non-personal values, "" and null, and personal strings the
schema pins to a vocabulary (enum/const, uuid tokens) - they say nothing about
the person and custom_fields must keep them to stay valid. A boolean marked
personal itself (a custom field option's `selected`: which answer the patient
gave) is removed, and so is every key whose presence the schema ties to it
(`dependentSchemas`/`dependentRequired`, e.g. `other.value` needs `selected`).
Properties the schema does not know are redacted if they are strings (the safe
default) and reported on stderr.

The result is validated against the operation's response schema before it is
written; exit 1 with one line if it (or the input) does not validate.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import hmac
import json
import os
import random
import re
import sys
import zoneinfo
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import cli
import phones
from spec_schemas import SPEC_PATH, Spec, is_personal, load_spec

# --------------------------------------------------------------------------
# What real personal data looks like. The redactor re-draws any synthetic value
# that trips these, and tests/test_no_real_personal_data.py scans the repository
# with them.

RESERVED_EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
RESERVED_EMAIL_TLDS = (".example", ".test", ".invalid", ".localhost")
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)")

# The only allowlists. Cliniko's own published documentation (the seed) uses these
# two placeholder numbers in its patient example; they are public and belong to no patient.
DOCUMENTATION_PHONES = frozenset({"61444444444", "61399999999"})
# Two attendee ids of the 2021 documentation's patient case, 18 digits that happen to pass
# the Luhn checksum (one 18-digit id in ten does): published ids, no card numbers.
DOCUMENTATION_IDS = frozenset({"555656064805111313", "555655906260419766"})

PHONE_CANDIDATE = re.compile(r"(?<![\w+.-])\+?\(?[0-9][0-9 ().-]{6,}[0-9](?![\w])")
DIGIT_RUN = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){9,18}(?![0-9])")
MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        n = int(char) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def medicare_valid(digits: str) -> bool:
    """A 10-digit Medicare card number: first digit 2-6, 9th digit the weighted checksum."""
    if len(digits) != 10 or digits[0] not in "23456":
        return False
    return sum(int(d) * w for d, w in zip(digits, MEDICARE_WEIGHTS)) % 10 == int(digits[8])


def findings(text: str, region: str | None = None) -> Iterator[str]:
    """Why `text` looks like real personal data (nothing if it does not). `region`: the
    country_code of the patient it belongs to, which places national phone numbers."""
    for match in EMAIL.finditer(text):
        domain = match.group(1).lower().rstrip(".")
        if "." not in domain:
            continue  # not an address on the internet (`localhost` is fine too)
        reserved = domain in RESERVED_EMAIL_DOMAINS
        reserved |= any(domain.endswith("." + d) for d in RESERVED_EMAIL_DOMAINS)
        reserved |= any(domain.endswith(tld) for tld in RESERVED_EMAIL_TLDS)
        if not reserved:
            yield f"email address {match.group(0)!r} outside the reserved example domains"
    for match in PHONE_CANDIDATE.finditer(text):
        candidate = match.group(0).strip()
        if re.sub(r"[^0-9]", "", candidate) not in DOCUMENTATION_PHONES and (why := phones.looks_real(
                candidate, region)):
            yield why
    for match in DIGIT_RUN.finditer(text):
        digits = re.sub(r"[^0-9]", "", match.group(0))
        if 13 <= len(digits) <= 19 and luhn_valid(digits) and digits not in DOCUMENTATION_IDS:
            yield f"{match.group(0)!r} passes the Luhn checksum like a card number"
        if medicare_valid(digits):
            yield f"{match.group(0)!r} passes the Medicare checksum"



def country_of(value: Any, around: str | None) -> str | None:
    """The region phone numbers inside `value` are read in: its own `country_code` (a
    patient's, ISO 3166-1 alpha-2) when it has one, else the one `around` it."""
    code = value.get("country_code") if isinstance(value, dict) else None
    return code if isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code) else around


def scalars(document: Any, pointer: str = "", region: str | None = None) -> Iterator[tuple[str, str, str | None]]:
    """(JSON pointer, text, region) of every scalar, keys included (a key can carry data too);
    region as `country_of` says, for `findings`."""
    region = country_of(document, region)
    if isinstance(document, dict):
        for key, item in document.items():
            here = f"{pointer}/{_escape(str(key))}"
            yield here, str(key), region
            yield from scalars(item, here, region)
    elif isinstance(document, list):
        for i, item in enumerate(document):
            yield from scalars(item, f"{pointer}/{i}", region)
    elif document is not None and not isinstance(document, bool):
        yield pointer or "/", str(document), region


# --------------------------------------------------------------------------
# Synthetic values.

FIRST_NAMES = ("Avalon", "Brenna", "Corvin", "Delphine", "Emrys", "Fenna", "Galen", "Hollis",
               "Isolde", "Jory", "Kestrel", "Linnea", "Marlo", "Nerys", "Orrin", "Perrin")
LAST_NAMES = ("Ashdown", "Brackley", "Coldharbour", "Dunmore", "Elsworth", "Fennimore", "Gorsey",
              "Harrowgate", "Inchcombe", "Juniperfield", "Kettleby", "Lowmoor", "Marchbank", "Nettlefold")
LOREM = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore "
         "et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris").split()
COUNTRY_CODES = ("AU", "NZ", "GB", "IE", "CA", "US", "ZA", "SG", "FR", "DE", "NL", "SE")
# Canonical IANA zones (not backward-compatibility links such as America/Godthab).
# Cities, not countries, so a country name in the input never reappears inside one.
TIME_ZONES = ("Pacific/Auckland", "Pacific/Fiji", "Europe/London", "Europe/Dublin", "Europe/Berlin", "America/Toronto",
              "America/Vancouver", "America/New_York", "Asia/Tokyo", "Africa/Johannesburg", "Atlantic/Reykjavik")
DATE_SHAPE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NUMBER_SHAPE = re.compile(r"^\+?\(?[0-9][0-9 ().-]*$")
CODE_SHAPE = re.compile(r"^[A-Za-z0-9./#-]*[0-9][A-Za-z0-9./#-]*$|^[A-Z]{1,4}[ -]?[0-9]{1,8}[A-Z]?$")

# What a personal value is, from its schema first: its format, the named schema it
# declares ($ref), its property's name in the spec. Only where these say nothing (custom
# field answers, properties the spec does not know) does the value's look decide.
FORMAT_KINDS = {"email": "email", "date": "date", "iana-time-zone": "time_zone"}
SCHEMA_KINDS = {"Email": "email"}
PROPERTY_KINDS = {
    "first_name": "first_name", "preferred_first_name": "first_name", "last_name": "last_name",
    "number": "phone", "normalized_number": "phone",  # PhoneNumber, PhoneNumberInput
    "country_code": "country_code", "medicare": "medicare",
    "medicare_reference_number": "code", "dva_card_number": "code", "post_code": "code",
    "state": "text",  # NY is a state, not a country code
}
# Written when no synthetic value of a kind fits the schema (reported on stderr); any other
# kind gets its value masked: letters become x, digits 0, the rest stays.
PLACEHOLDERS = {"time_zone": "Etc/UTC", "country_code": "ZZ", "email": "x@example.com", "date": "1970-01-01"}


class NoSyntheticValue(ValueError):
    def __init__(self, kind: str) -> None:
        super().__init__(f"cannot make a synthetic {kind} that fits its schema")
        self.kind = kind


class Synthesizer:
    """Consistent synthetic values: the HMAC of (kind, value) seeds the choice."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def _rng(self, kind: str, value: str, attempt: int) -> random.Random:
        digest = hmac.new(self._key, f"{kind}\0{value}\0{attempt}".encode(), hashlib.sha256).digest()
        return random.Random(digest)

    def replace(self, value: str, hints: dict[str, Any], key: str, region: str | None = None) -> str:
        """A synthetic value of the kind of `value`; `region`: where its phone numbers are
        read (the patient's country_code). NoSyntheticValue if none fits the schema."""
        kind = self.kind(value, hints, key)
        make = functools.partial(self._phone, region=region) if kind == "phone" else getattr(self, "_" + kind)
        identity = _identity(kind, value, region)
        for attempt in range(50):  # re-draw the rare value that equals the input or looks real
            out = make(value, self._rng(kind, identity, attempt))
            if out != value and not any(findings(out, region)) and _fits(out, hints):
                return out
        raise NoSyntheticValue(kind)

    @staticmethod
    def placeholder(kind: str, value: str, hints: dict[str, Any]) -> str | None:
        """A safe value that fits the schema, for when no synthetic one does."""
        masked = "".join("0" if c.isdigit() else "x" if c.islower() else "X" if c.isupper() else c for c in value)
        return next((p for p in (PLACEHOLDERS.get(kind), masked) if p is not None and _fits(p, hints)
                     and not any(findings(p))), None)

    @staticmethod
    def kind(value: str, hints: dict[str, Any], key: str) -> str:
        declared = [FORMAT_KINDS.get(f) for f in sorted(hints["formats"])]
        declared += [SCHEMA_KINDS.get(name) for name in sorted(hints["schemas"])] + [PROPERTY_KINDS.get(key)]
        if kind := next((k for k in declared if k), None):
            return kind
        # The schema is silent: go by the value's look.
        if EMAIL_SHAPE.match(value):
            return "email"
        if DATE_SHAPE.match(value):
            return "date"
        if re.fullmatch(r"[A-Z]{2}", value):
            return "country_code"  # before time zones: NZ and GB are IANA zone names too
        if value in zoneinfo.available_timezones():
            return "time_zone"
        if NUMBER_SHAPE.match(value):
            digits = re.sub(r"[^0-9]", "", value)
            if len(digits) == 10 and digits[0] in "23456" and not value.startswith("+"):
                return "medicare"
            return "phone" if len(digits) >= 8 else "code"
        if CODE_SHAPE.match(value):
            return "code"  # DVA numbers, policy numbers: same letters/digits layout
        return "text"

    @staticmethod
    def _email(value: str, rng: random.Random) -> str:
        return f"{rng.choice(FIRST_NAMES).lower()}.{rng.choice(LAST_NAMES).lower()}{rng.randrange(100)}@example.com"

    @staticmethod
    def _date(value: str, rng: random.Random) -> str:
        return (date(1935, 1, 1) + timedelta(days=rng.randrange(365 * 75))).isoformat()

    @staticmethod
    def _time_zone(value: str, rng: random.Random) -> str:
        return rng.choice(TIME_ZONES)

    @staticmethod
    def _country_code(value: str, rng: random.Random) -> str:
        return rng.choice(COUNTRY_CODES)

    @staticmethod
    def _first_name(value: str, rng: random.Random) -> str:
        return rng.choice(FIRST_NAMES)

    @staticmethod
    def _last_name(value: str, rng: random.Random) -> str:
        return rng.choice(LAST_NAMES)

    @staticmethod
    def _code(value: str, rng: random.Random) -> str:
        # Same layout: a letter for a letter, a digit for a digit, punctuation kept; a
        # leading DVA state letter stays a DVA state letter.
        out = [_same_class(c, rng) for c in value]
        if value[:1] in "NVQSWT" and value[:1]:
            out[0] = rng.choice("NVQSWT")
        return "".join(out)

    @staticmethod
    def _medicare(value: str, rng: random.Random) -> str:
        count = sum(c.isdigit() for c in value)
        digits = [rng.choice("23456")] + [str(rng.randrange(10)) for _ in range(count - 1)]
        if count == 10:  # anything but the real check digit
            check = sum(int(d) * w for d, w in zip(digits, MEDICARE_WEIGHTS)) % 10
            digits[8] = str((check + 1 + rng.randrange(9)) % 10)
        return _into_layout(value, "".join(digits)) if count else Synthesizer._code(value, rng)

    @staticmethod
    def _phone(value: str, rng: random.Random, region: str | None) -> str:
        """A fictional number of the same region and kind, written as `value` is (phones.py).
        Its region: its +CC, else the patient's country_code, else phones.DEFAULT_REGION.
        A value that is no number at all is replaced by an Australian fictional mobile."""
        where = region or phones.DEFAULT_REGION
        number = phones.parse(value, where) or phones.STAND_IN
        return phones.written_like(value, number, phones.fictional(number, phones.region_of(number, where), rng))

    @staticmethod
    def _text(value: str, rng: random.Random) -> str:
        words: list[str] = []
        while len(" ".join(words)) < len(value):
            words.append(rng.choice(LOREM))
        text = " ".join(words)[: len(value)]
        text = text[:-1] + "x" if text.endswith(" ") else text
        return text[:1].upper() + text[1:]


def _identity(kind: str, value: str, region: str | None) -> str:
    """What makes two inputs "the same value": emails ignore case, a phone number is
    the same number whether written 0412 345 678 or +61412345678."""
    if kind == "email":
        return value.strip().lower()
    if kind == "phone" and (number := phones.parse(value, region or phones.DEFAULT_REGION)):
        return phones.e164(number)
    return value


def _same_class(char: str, rng: random.Random) -> str:
    if char.isdigit():
        return str(rng.randrange(10))
    if char.isupper():
        return chr(ord("A") + rng.randrange(26))
    if char.islower():
        return chr(ord("a") + rng.randrange(26))
    return char


def _into_layout(layout: str, digits: str) -> str:
    """Write `digits` in the places of the digits of `layout` (keeps spaces, +, dashes)."""
    it = iter(digits)
    return "".join(next(it) if c.isdigit() else c for c in layout)


def _fits(value: str, hints: dict[str, Any]) -> bool:
    if hints["max_length"] is not None and len(value) > hints["max_length"]:
        return False
    return all(re.search(p, value) for p in hints["patterns"])


# --------------------------------------------------------------------------
# Walking a response with its schema.


class Redactor:
    def __init__(self, spec: Spec, key: bytes) -> None:
        self.spec = spec
        self.synth = Synthesizer(key)
        self.personal: set[str] = set()  # JSON pointers of the leaves treated as personal
        self.unknown: dict[str, str] = {}  # pointer pattern -> what was done
        self.placeholders: dict[str, str] = {}  # pointer pattern -> what was written: no synthetic value fit

    def redact(self, instance: Any, schema_uri: str) -> Any:
        return self._walk(instance, [schema_uri], False, "", "", None)

    def _lookup(self, uri: str) -> Any:
        return self.spec.registry.resolver().lookup(uri).contents

    def _flatten(self, uri: str) -> list[tuple[dict[str, Any], str]]:
        """The schema at `uri` and everything it means by $ref and allOf, nearest first."""
        node = self._lookup(uri)
        if not isinstance(node, dict):
            return []
        nodes = [(node, uri)]
        if isinstance(node.get("$ref"), str):
            nodes += self._flatten(urljoin(uri.split("#", 1)[0], node["$ref"]))
        for i, _ in enumerate(node.get("allOf", [])):
            nodes += self._flatten(f"{uri}/allOf/{i}")
        return nodes

    def _nodes_for(self, instance: Any, uris: list[str]) -> list[tuple[dict[str, Any], str]]:
        nodes = [n for uri in uris for n in self._flatten(uri)]
        for node, uri in list(nodes):  # add the anyOf/oneOf branch the instance matches
            for keyword in ("anyOf", "oneOf"):
                for i, _ in enumerate(node.get(keyword, [])):
                    branch = f"{uri}/{keyword}/{i}"
                    if not self.spec.errors_for(instance, branch):
                        nodes += self._nodes_for(instance, [branch])
                        break
        return nodes

    def _walk(self, instance: Any, uris: list[str], personal: bool, pointer: str, key: str,
              region: str | None) -> Any:
        nodes = self._nodes_for(instance, uris)
        region = country_of(instance, region)
        marking = next((n["x-pii"] for n, _ in nodes
                        if isinstance(n.get("x-pii"), bool) or n.get("x-pii") == "clinical"), None)
        personal = personal if marking is None else marking  # False, True or "clinical"
        if isinstance(instance, dict):
            out = {}
            for name, value in instance.items():
                here = f"{pointer}/{_escape(name)}"
                subs = [f"{u}/properties/{_escape(name)}" for n, u in nodes if name in n.get("properties", {})]
                subs = subs or [f"{u}/additionalProperties" for n, u in nodes
                                if isinstance(n.get("additionalProperties"), dict)]
                if isinstance(value, bool) and self._marked_personal(subs):
                    self.personal.add(here)
                    continue  # a personal choice: drop it rather than invent another
                out[name] = (self._walk(value, subs, personal, here, name, region) if subs
                             else self._unknown(value, here, name, region))
            return self._drop_dependents(out, set(instance) - set(out), nodes)
        if isinstance(instance, list):
            subs = [f"{u}/items" for n, u in nodes if isinstance(n.get("items"), dict)]
            return [self._walk(v, subs, personal, f"{pointer}/{i}", key, region) if subs
                    else self._unknown(v, f"{pointer}/{i}", key, region) for i, v in enumerate(instance)]
        if not personal:
            return instance
        self.personal.add(pointer)
        if personal == "clinical":
            return _clinical(instance, _hints(nodes))
        return self._replace(instance, _hints(nodes), key, pointer, region)

    def _drop_dependents(self, out: dict[str, Any], removed: set[str],
                         nodes: list[tuple[dict[str, Any], str]]) -> dict[str, Any]:
        """Remove the keys whose presence the schema makes depend on a removed key."""
        if not removed:
            return out
        for node, uri in nodes:
            for name, needs in node.get("dependentRequired", {}).items():
                if removed & set(needs):
                    out.pop(name, None)
            for name in node.get("dependentSchemas", {}):
                dependent = self.spec.locate(f"{uri}/dependentSchemas/{_escape(name)}")[0]
                if removed & set(dependent.get("required", [])):
                    out.pop(name, None)
        return out

    def _marked_personal(self, uris: list[str]) -> bool:
        """Whether the property itself (not an ancestor) is marked personal (`true` or `clinical`)."""
        return any(is_personal(self.spec.locate(uri)[0].get("x-pii")) for uri in uris)

    def _unknown(self, instance: Any, pointer: str, key: str, region: str | None) -> Any:
        """A value the schema does not describe: redact every string in it."""
        pattern = _pattern(pointer)
        if isinstance(instance, dict):
            return {k: self._unknown(v, f"{pointer}/{_escape(k)}", k, region) for k, v in instance.items()}
        if isinstance(instance, list):
            return [self._unknown(v, f"{pointer}/{i}", key, region) for i, v in enumerate(instance)]
        if isinstance(instance, str):
            self.unknown.setdefault(pattern, "redacted")
            self.personal.add(pointer)
            return self._replace(instance, _hints([]), key, pointer, region)
        self.unknown.setdefault(pattern, f"kept ({json.dumps(instance)} is not a string)")
        return instance

    def _replace(self, value: Any, hints: dict[str, Any], key: str, pointer: str, region: str | None) -> Any:
        if value is None or value == "" or isinstance(value, bool):
            return value  # empty stays empty; flags like `selected` carry the structure
        if hints["pinned"]:
            return value  # enum/const/uuid: a vocabulary of the account, not of the person
        number = isinstance(value, int | float)
        text, hints = (str(abs(int(value))), hints | {"patterns": []}) if number else (value, hints)
        try:
            out = self.synth.replace(text, hints, key, region)
        except NoSyntheticValue as exc:  # never refuse a whole capture for one value: write a safe one
            placeholder = self.synth.placeholder(exc.kind, text, hints)
            if placeholder is None:
                raise ValueError(f"{pointer}: {exc}, nor a placeholder") from None
            self.placeholders.setdefault(_pattern(pointer), f"no synthetic {exc.kind} fits its schema, "
                                                            f"wrote {placeholder!r}")
            out = placeholder
        return int(out or 0) if number else out


CLINICAL_PLACEHOLDER = "Redacted clinical text."


def _clinical(value: Any, hints: dict[str, Any]) -> Any:
    """A clinical value: the fixed placeholder, whatever it said; empties and vocabulary stay."""
    if not isinstance(value, str) or value == "" or hints["pinned"]:
        return value
    return CLINICAL_PLACEHOLDER[: hints["max_length"]] if hints["max_length"] else CLINICAL_PLACEHOLDER


def _hints(nodes: list[tuple[dict[str, Any], str]]) -> dict[str, Any]:
    """What the schema says a replacement must look like."""
    formats = {n["format"] for n, _ in nodes if isinstance(n.get("format"), str)}
    patterns = [n["pattern"] for n, _ in nodes if isinstance(n.get("pattern"), str)]
    lengths = [n["maxLength"] for n, _ in nodes if isinstance(n.get("maxLength"), int)]
    pinned = any("enum" in n or "const" in n for n, _ in nodes) or "uuid" in formats
    # A named schema: a component of a bundle, or an entry of the split spec's schemas.yaml files.
    named = re.compile(r"(?:#/components/schemas/|/schemas\.yaml#/)([^/]+)$")
    schemas = {m.group(1) for _, uri in nodes if (m := named.search(uri))}
    return {"formats": formats, "schemas": schemas, "patterns": patterns,
            "max_length": min(lengths) if lengths else None, "pinned": pinned}


def _pattern(pointer: str) -> str:
    """A pointer with its array indexes as `*`: one report line for every patient of a list."""
    return re.sub(r"/[0-9]+(?=/|$)", "/*", pointer)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


# --------------------------------------------------------------------------


def guess_operation(instance: Any, spec: Spec | None = None) -> tuple[str, str]:
    """The operation a captured body most likely answers, from its shape: a page of any
    resource of `spec` by its list key, one record by its `links.self` (`/treatment_notes/ID`)."""
    if not isinstance(instance, dict):
        raise ValueError("expected a JSON object (a patient, a list of patients or settings)")
    if "patients" in instance:
        entries = instance["patients"] if isinstance(instance["patients"], list) else []
        tombstones = entries and all(isinstance(p, dict) and "id" not in p and "deleted_at" in p for p in entries)
        return ("listDeletedPatients" if tombstones else "listPatients"), "200"
    if "patient_custom_fields_definition" in instance:
        return "getSettings", "200"
    if spec is not None:
        reads = {path: op["operationId"] for method, path, op, _ in spec.operations() if method == "get"}
        for name in spec.resources():
            if isinstance(instance.get(name), list):
                entries = instance[name]
                tombstones = entries and all(isinstance(e, dict) and "deleted_at" in e and e.get("deleted_at")
                                             for e in entries)
                return (reads.get(f"/{name}/deleted") if tombstones else None) or reads[f"/{name}"], "200"
        link = instance.get("links", {}).get("self", "") if isinstance(instance.get("links"), dict) else ""
        if (found := re.search(r"/([a-z_]+)/[0-9]+$", str(link))) and f"/{found[1]}/{{id}}" in reads:
            return reads[f"/{found[1]}/{{id}}"], "200"
    return "getPatient", "200"


def default_status(spec: Spec, operation_id: str) -> str:
    op, uri = spec.operation(operation_id)
    for status in op.get("responses", {}):
        if status.startswith("2"):
            node, _ = spec.locate(f"{uri}/responses/{status}")
            if "application/json" in node.get("content", {}):
                return status
    raise KeyError(f"operation {operation_id!r} has no JSON success response")


def redact(instance: Any, spec: Spec, schema_uri: str, key: bytes) -> tuple[Any, Redactor]:
    redactor = Redactor(spec, key)
    return redactor.redact(instance, schema_uri), redactor


def seed_key(seed: str | None) -> bytes:
    if seed is None:
        return os.urandom(32)
    return hashlib.sha256(f"cliniko-openapi redact seed {seed}".encode()).digest()


def main(argv: list[str] | None = None) -> int:
    parser = cli.ArgumentParser(
        description="Replace every personal value (x-pii: true in the spec) of a captured response with a "
                    "consistent synthetic one; writes the fixture JSON to stdout.")
    parser.add_argument("input", metavar="IN.json", help="captured response body ('-' for stdin)")
    parser.add_argument("--operation", help="operationId the body answers (default: guessed from its shape)")
    parser.add_argument("--status", help="response status (default: the operation's JSON 2xx)")
    parser.add_argument("--seed", help="derive the HMAC key from this seed, for reproducible output "
                        "(default: a random key)")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    def fail(message: str) -> int:
        print(f"redact: {message}", file=sys.stderr)
        return 1

    try:
        text = sys.stdin.read() if args.input == "-" else Path(args.input).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return fail(f"{args.input}: cannot read ({getattr(exc, 'strerror', None) or exc})")
    try:
        instance = json.loads(text)
    except json.JSONDecodeError as exc:
        return fail(f"{args.input}:{exc.lineno}:{exc.colno}: malformed JSON: {exc.msg}")
    try:
        spec = load_spec(args.spec)
        operation, status = (args.operation, args.status) if args.operation else guess_operation(instance, spec)
        status = status or default_status(spec, operation)
        schema_uri = spec.response_schema(operation, status)
    except (KeyError, ValueError) as exc:
        return fail(str(exc.args[0] if exc.args else exc))
    where = f"the {operation} {status} response schema"
    if errors := spec.errors_for(instance, schema_uri):
        return fail(f"{args.input} does not match {where} ({errors[0].pointer}: {errors[0].reason}); "
                    "pass --operation/--status")
    try:
        out, redactor = redact(instance, spec, schema_uri, seed_key(args.seed))
    except ValueError as exc:
        return fail(str(exc))
    for pattern, what in sorted(redactor.unknown.items()):
        print(f"redact: {pattern} is not in {where}: {what}", file=sys.stderr)
    for pattern, what in sorted(redactor.placeholders.items()):
        print(f"redact: {pattern}: {what}; check it", file=sys.stderr)
    if errors := spec.errors_for(out, schema_uri):
        return fail(f"the redacted body does not validate against {where} "
                    f"({errors[0].pointer}: {errors[0].reason}); nothing written")
    sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
