"""Synthetic patients: nobody real, ever.

Names come from a small made-up list; emails use example.com / example.org;
phone numbers come from ranges reserved for fiction (Australian mobiles
0491 570 156-159 and UK 07700 900xxx). Each account starts with one active,
one archived, one merged and one deleted patient, so every list has content;
ids mix 8-digit (records created before 2019) and 18-digit ones, as real accounts do, and
records created now get 19 digits, as accounts of 2025 and later do; `seed_patients` adds N
more in one transaction.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from .patients import render_custom_fields

FIRST_NAMES = (
    "Alex",
    "Sam",
    "Jordan",
    "Taylor",
    "Morgan",
    "Casey",
    "Riley",
    "Jamie",
    "Avery",
    "Quinn",
    "Brianna",
    "Robin",
    "Charlie",
    "Drew",
    "Emerson",
    "Finley",
    "Harper",
    "Kai",
    "Logan",
    "Rowan",
)
LAST_NAMES = (
    "Example",
    "Sample",
    "Testington",
    "Placeholder",
    "Madeup",
    "Fictional",
    "Dummyson",
    "Mockley",
    "Synthetic",
    "Notreal",
    "Pretendson",
    "Fakerly",
    "Specimen",
    "Prototype",
    "Demo",
    "Stubbs",
)
PHONES = (
    ("0491 570 156", "Mobile"),
    ("0491 570 157", "Mobile"),
    ("0491 570 158", "Home"),
    ("0491 570 159", "Work"),
    ("+44 7700 900{:03d}", "Mobile"),
)
TIME_ZONES = ("Australia/Melbourne", "Australia/Sydney", "Europe/London", "Pacific/Auckland", None)
EPOCH = datetime(2015, 1, 1, tzinfo=UTC)
SPAN_SECONDS = 10 * 365 * 24 * 3600  # created between 2015 and 2025


def timestamp(moment: datetime) -> str:
    """UTC, whole seconds, `Z`: the one format stored and compared (see filters.py)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now() -> str:
    return timestamp(datetime.now(UTC))


# Real ids grew longer over the years, all sent as strings: records created before 2019
# have 8 digits (80412345), later ones 18 (836447129235883061), and accounts of 2025 and
# 2026 19 (public clients show 1952658344565026236 on au5, 1764041171115451305 on uk2).
# (created before, lowest id, highest id + 1); 19 digits stop below 2^63-1, which no
# stored id reaches (filters.INT64_MAX).
ID_RANGES = (
    (datetime(2019, 1, 1, tzinfo=UTC), 10**7, 10**8),
    (datetime(2025, 1, 1, tzinfo=UTC), 10**17, 10**18),
    (datetime.max.replace(tzinfo=UTC), 10**18, 2**63 - 1),
)


def mint_id(rng: random.Random, taken: set[int], created: datetime) -> int:
    """A 64-bit id like the live API's for a record created at `created` (see ID_RANGES)."""
    low, high = next((low, high) for before, low, high in ID_RANGES if created < before)
    while True:
        candidate = rng.randrange(low, high)
        if candidate not in taken:
            taken.add(candidate)
            return candidate


def example_answers(definition: dict[str, Any] | None) -> dict[str, Any] | None:
    """One valid answer to every live field of a custom fields definition."""
    if not definition or not definition.get("sections"):
        return None
    sections = []
    for section in definition["sections"]:
        if section.get("archived"):
            continue
        fields = []
        for field in section.get("fields", []):
            if field.get("archived"):
                continue
            options = [o for o in field.get("options", []) if not o.get("archived")]
            if field["type"] in ("text", "paragraph"):
                fields.append({"token": field["token"], "value": "ABC-12345"})
            elif field["type"] == "date":
                fields.append({"token": field["token"], "value": "2001-05-26"})
            elif options:
                chosen = options[-1:] if field["type"] == "radiobuttons" else options[:2]
                fields.append(
                    {"token": field["token"], "options": [{"token": o["token"], "selected": True} for o in chosen]}
                )
        sections.append({"token": section["token"], "fields": fields})
    return {"sections": sections}


def synthetic_patient(
    blank: dict[str, Any],
    rng: random.Random,
    taken: set[int],
    number: int,
    custom_fields: dict[str, Any] | None,
    created: datetime | None = None,
) -> dict[str, Any]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    if created is None:
        created = EPOCH + timedelta(seconds=rng.randrange(SPAN_SECONDS))
    patient_id = mint_id(rng, taken, created)
    phone, phone_type = rng.choice(PHONES)
    phone = phone.format(number % 1000)
    year, month, day = rng.randrange(1940, 2015), rng.randrange(1, 13), rng.randrange(1, 29)
    born = None if rng.random() < 0.1 else f"{year}-{month:02d}-{day:02d}"
    patient = dict(blank)
    patient.update(
        id=patient_id,
        first_name=first,
        last_name=last,
        email=f"{first}.{last}.{number}@{rng.choice(('example.com', 'example.org'))}".lower(),
        date_of_birth=born,
        patient_phone_numbers=[
            {
                "number": phone,
                "phone_type": phone_type,
                "normalized_number": "+" + "".join(c for c in phone if c.isdigit()) if phone.startswith("+") else None,
            }
        ],
        time_zone=rng.choice(TIME_ZONES),
        old_reference_id=f"OLD-{number:06d}" if rng.random() < 0.3 else "",
        accepted_privacy_policy=rng.choice((None, True, False)),
        custom_fields=custom_fields if rng.random() < 0.2 else None,
        created_at=timestamp(created),
        updated_at=timestamp(created + timedelta(seconds=rng.randrange(3600 * 24 * 400))),
    )
    return patient


def starter_patients(
    blank: dict[str, Any], rng: random.Random, taken: set[int], definition: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """Active, archived, merged (into the active one) and deleted: one of each."""
    answers = example_answers(definition)
    rendered = render_custom_fields(answers, definition) if answers and definition else None
    # Two old records (8-digit ids) and two recent ones (18 digits): every list mixes lengths.
    old, recent = datetime(2016, 3, 1, 9, tzinfo=UTC), datetime(2023, 8, 1, 9, tzinfo=UTC)
    active, archived, merged, deleted = (
        synthetic_patient(blank, rng, taken, n, None, created + timedelta(days=n))
        for n, created in enumerate((old, recent, recent, old))
    )
    active["custom_fields"] = rendered
    archived["archived_at"] = now()
    merged.update(archived_at=now(), merged_at=now(), merged_with_id=active["id"])
    deleted["deleted_at"] = now()
    return [active, archived, merged, deleted]


def synthetic_patients(
    blank: dict[str, Any], rng: random.Random, taken: set[int], count: int, definition: dict[str, Any] | None
) -> list[dict[str, Any]]:
    answers = example_answers(definition)
    rendered = render_custom_fields(answers, definition) if answers and definition else None
    return [synthetic_patient(blank, rng, taken, n, rendered) for n in range(count)]
