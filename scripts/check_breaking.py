#!/usr/bin/env python3
"""Fail when an OpenAPI 3.x document changes in a way that breaks existing clients.

    python scripts/check_breaking.py BASE HEAD [--allow-major] [--format text|json] [--verbose]
    python scripts/check_breaking.py git:v1.0.0:generated/openapi.yaml generated/openapi.yaml
    python scripts/check_breaking.py releases generated/openapi.yaml   # against the newest release

BASE is the released document, HEAD the proposed one: YAML or JSON files,
git:REF:PATH (read with `git show REF:PATH` in the current repository), or a
folder of releases, openapi-X.Y.Z.yaml, of which the highest X.Y.Z is read. Both
should be bundled single files; internal $refs (#/...) are followed, external
ones are refused.

Direction decides what breaks. A request schema is what clients send, so a
request change breaks when the server accepts less than before. A response
schema is what clients receive, so a response change breaks when the server
may send something clients have not seen (a new type, null, an enum value).
Where the project's issue is stricter, the issue wins: removing an enum value
breaks in both directions, and so does a response field losing null (a
generated client's field type changes). Each kind of finding below is one rule
in scripts/breaking/rules.py, whose docstring says why.

One change to a named schema (#/components/schemas/X) is a finding in every
place an operation uses it, each with its full location (the JSON report lists
them all, with `schema` and `schema_path`). The text report counts findings per
kind and named schema; it lists them (one block per schema naming the places,
then each change once) with --verbose, and lists the breaking ones when they
fail the gate. Description and summary edits are counted, not listed.

Exit status: 0 when there is no breaking change, or when HEAD's info.version
bumps the major version (semver), or with --allow-major; 1 when breaking
changes come without a major bump; 2 for bad usage or input.
"""

from __future__ import annotations

import argparse
import sys

import cli
from breaking.engine import Finding, Report, compare_specs
from breaking.load import InputError, Spec, load_spec, newest_release
from breaking.pairs import RULES
from breaking.report import render_json, render_text, verdict

PROG = "check_breaking.py"
KINDS = {r.kind: r.summary() for r in RULES}

__all__ = ["KINDS", "Finding", "InputError", "Report", "Spec", "compare_specs", "load_spec", "main", "newest_release",
           "verdict"]


def main(argv: list[str] | None = None) -> int:
    kinds = "\n".join(f"  {k:32} {v}" for k, v in KINDS.items())
    parser = cli.ArgumentParser(
        prog=PROG,
        description=__doc__,
        epilog=f"finding kinds:\n{kinds}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("base", metavar="BASE", help="released document: a file, git:REF:PATH or a folder of releases")
    parser.add_argument("head", metavar="HEAD", help="proposed document: a file or git:REF:PATH")
    parser.add_argument(
        "--allow-major",
        action="store_true",
        help="report breaking changes but exit 0 even without a major version bump",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="text report: list every finding, not counts per kind and schema"
    )
    args = parser.parse_args(argv)
    try:
        base = load_spec(args.base, "BASE")
        head = load_spec(args.head, "HEAD")
        report = compare_specs(base, head)
    except InputError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    status, message = verdict(report, base, head, args.allow_major)
    if args.format == "json":
        print(render_json(report, base, head, status, message))
        if status:
            print(message, file=sys.stderr)
    else:
        print(render_text(report, base, head, status, message, args.verbose))
    return status


if __name__ == "__main__":
    sys.exit(main())
