"""What a stateful schemathesis run must have done to count: follow the spec's links."""

from __future__ import annotations

from collections import Counter


def followed_links(calls: Counter[str]) -> set[str]:
    """The calls on a created record: `GET /medical_alerts/{id}` after `POST /medical_alerts`,
    for any resource (the spec's links lead from each create to its record's operations)."""
    created = {label.split(" ", 1)[1] for label in calls if label.startswith("POST ") and "{" not in label}
    return {label for label in calls
            if any(label.split(" ", 1)[1].startswith(f"{collection}/{{id}}") for collection in created)}
