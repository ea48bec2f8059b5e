"""The verdict (exit status and the line that explains it) and the text and JSON reports.

The text report lists a section's findings one by one where they need reading: the
breaking ones when they fail the gate, everything with --verbose. Otherwise a section is
a count per kind and named schema, short enough to read on every `tox -e lint`; the JSON
report always holds every finding.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict

from breaking.engine import Finding, Report
from breaking.load import Spec
from breaking.pairs import RULES

SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.+-]*)?$")


def major(version: str) -> int | None:
    m = SEMVER.match(version.strip())
    return int(m.group(1)) if m else None


def verdict(report: Report, base: Spec, head: Spec, allow_major: bool) -> tuple[int, str]:
    """Exit status and the line that explains it."""
    versions = f"BASE {base.version} -> HEAD {head.version}"
    n = len(report.breaking)
    if not n:
        return 0, "no breaking changes"
    bm, hm = major(base.version), major(head.version)
    if bm is not None and hm is not None and hm > bm:
        return 0, f"{n} breaking change(s) allowed by the major version bump of info.version ({versions})"
    if allow_major:
        return 0, f"{n} breaking change(s) accepted because of --allow-major ({versions})"
    message = f"breaking changes require a major version bump of info.version ({versions})"
    for label, version, m in (("BASE", base.version, bm), ("HEAD", head.version, hm)):
        if m is None:
            message += f"; {label} info.version '{version}' is not MAJOR.MINOR.PATCH"
    return 1, message


def render_text(report: Report, base: Spec, head: Spec, status: int, message: str, verbose: bool = False) -> str:
    lines = [f"BASE {base.source} ({base.version}) -> HEAD {head.source} ({head.version})"]
    counted = False
    for title, findings, listed in (
        ("BREAKING", report.breaking, verbose or status != 0),
        ("NON-BREAKING", report.non_breaking, verbose),
    ):
        shown = grouped(findings)
        distinct = sum(len(entries) for _, _, entries in shown)
        lines.append(f"{title} ({len(findings)}{f', {distinct} distinct' if distinct != len(findings) else ''}):")
        lines += details(shown) if listed else counts(findings)
        counted |= bool(findings) and not listed
    if report.description_changes:
        lines.append(f"{report.description_changes} description/summary change(s), not listed.")
    if counted:
        lines.append("Each finding: --verbose, or --format json.")
    lines.append(message)
    return "\n".join(lines)


def counts(findings: list[Finding]) -> list[str]:
    """One line per kind and named schema, in the rules' order: how many findings, how many distinct."""
    order = {r.kind: i for i, r in enumerate(RULES)}
    rows: dict[tuple, list[Finding]] = {}
    for f in findings:
        rows.setdefault((order[f.kind], f.kind, f.schema or ""), []).append(f)
    width = max((len(kind) for _, kind, _ in rows), default=0)
    lines = []
    for (_, kind, schema), found in sorted(rows.items()):
        distinct = len({(f.schema_path, f.message) for f in found}) if schema else len(found)
        more = f" ({distinct} distinct)" if distinct != len(found) else ""
        lines.append(f"  {len(found):5}  {kind:{width}}  {schema or '(not in a named schema)'}{more}")
    return lines


def details(shown: list[tuple[str | None, list[str], list[Finding]]]) -> list[str]:
    lines = []
    for schema, places, entries in shown:
        if schema is None:
            lines += [f"  [{f.kind}] {f.location}: {f.message}" for f in entries]
            continue
        lines.append(f"  {schema}, in each of {len(places)} places:")
        lines += [f"      {place}" for place in places]
        lines += [f"    [{f.kind}] {f.schema_path or '(the schema itself)'}: {f.message}" for f in entries]
    return lines


def grouped(findings: list[Finding]) -> list[tuple[str | None, list[str], list[Finding]]]:
    """Findings in report order, with those that repeat one change to a shared schema in
    several places folded into one block: (schema, places, one finding per change). A
    finding seen in one place only stays on its own line (schema None)."""
    places: dict[tuple, list[str]] = {}
    for f in findings:
        if f.schema is not None:
            place = f.location[: len(f.location) - len(f.schema_path)].rstrip()
            places.setdefault((f.schema, f.kind, f.schema_path, f.message), []).append(place)
    blocks: dict[tuple, tuple[str | None, list[str], list[Finding]]] = {}
    for i, f in enumerate(findings):
        where = places.get((f.schema, f.kind, f.schema_path, f.message), [])
        if len(where) < 2:
            blocks[("single", i)] = (None, [], [f])
            continue
        block = blocks.setdefault((f.schema, tuple(where)), (f.schema, where, []))
        if not any((g.kind, g.schema_path, g.message) == (f.kind, f.schema_path, f.message) for g in block[2]):
            block[2].append(f)
    return list(blocks.values())


def render_json(report: Report, base: Spec, head: Spec, status: int, message: str) -> str:
    return json.dumps(
        {
            "base": {"source": base.source, "version": base.version},
            "head": {"source": head.source, "version": head.version},
            "breaking": [asdict(f) for f in report.breaking],
            "non_breaking": [asdict(f) for f in report.non_breaking],
            "description_changes": report.description_changes,
            "passed": status == 0,
            "message": message,
        },
        indent=2,
    )
