#!/usr/bin/env python3
"""Build the API reference as one self-contained HTML page.

    python scripts/build_docs.py [--spec generated/openapi.yaml] [--output build/docs/index.html]

Renders the bundle with Redocly's `build-docs --inlineBundle`, so the page
carries its own script and styles and works offline (without the flag the
page loads Redoc from a CDN and is blank without network). The page is then
scanned for external scripts and stylesheets; any found is an error.

Redoc 3 shows only the x-codeSamples whose label it knows (curl, Python, ...);
a sample labelled `cliniko_client` is silently hidden. So the build passes
Redoc a config listing every (lang, label) pair the spec's samples use, on
top of the project's redocly.yaml.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi.yaml"
OUTPUT = ROOT / "build" / "docs" / "index.html"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
PROJECT_CONFIG = ROOT / "redocly.yaml"

# Tags that would make the browser fetch a script or stylesheet from the network.
EXTERNAL_ASSET = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^\"'\s>]+"
    r"|<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^\"'\s>]+",
    re.IGNORECASE,
)


class BuildError(Exception):
    """The page could not be built; the message is one line for the user."""


def display(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def external_assets(html: str) -> list[str]:
    """The <script src> / <link href> tags of `html` that point off the page."""
    return [match.group(0) for match in EXTERNAL_ASSET.finditer(html)]


def code_sample_languages(spec: dict[str, Any]) -> list[dict[str, str]]:
    """Every distinct (lang, label) of the spec's x-codeSamples, in order of first use."""
    seen: dict[tuple[str, str], None] = {}
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                for sample in operation.get("x-codeSamples", []):
                    seen.setdefault((sample["lang"], sample.get("label", sample["lang"])), None)
    return [{"lang": lang, "label": label} for lang, label in seen]


def docs_config(spec: dict[str, Any], target: Path) -> Path:
    """Write the project's redocly.yaml plus the code-sample languages to `target`."""
    config = yaml.safe_load(PROJECT_CONFIG.read_text(encoding="utf-8")) if PROJECT_CONFIG.exists() else {}
    code_samples = config.setdefault("openapi", {}).setdefault("codeSamples", {})
    code_samples.setdefault("languages", code_sample_languages(spec))
    target.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return target


def build_docs(spec: Path, output: Path) -> Path:
    if not spec.is_file():
        raise BuildError(f"{display(spec)} is missing: run `python scripts/regenerate.py` first")
    if not REDOCLY.exists():
        raise BuildError(f"{display(REDOCLY)} is missing: run `npm ci` in {ROOT}")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.unlink(missing_ok=True)  # a failed build must not leave an old page behind
    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    with tempfile.TemporaryDirectory(prefix="cliniko-docs-") as tmp:
        try:
            document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}" if mark else ""
            raise BuildError(f"{display(spec)}{where}: malformed YAML ({getattr(exc, 'problem', exc)})") from None
        if not isinstance(document, dict) or "openapi" not in document:
            raise BuildError(f"{display(spec)}: not an OpenAPI document (no `openapi` key)")
        config = docs_config(document, Path(tmp) / "redocly.yaml")
        cmd = [str(REDOCLY), "build-docs", str(spec), "--inlineBundle", "--config", str(config)]
        cmd += ["--output", str(output)]
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not output.is_file():
        detail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
        raise BuildError(f"redocly build-docs exited {proc.returncode}: {detail[-1] if detail else 'no output'}")
    found = external_assets(output.read_text(encoding="utf-8"))
    if found:
        raise BuildError(f"{display(output)} loads assets from the network (dead offline): {found[0]}")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=BUNDLE, help="bundled spec (default: generated/openapi.yaml)")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="HTML page (default: build/docs/index.html)")
    args = parser.parse_args(argv)
    try:
        page = build_docs(args.spec.resolve(), args.output.resolve())
    except BuildError as exc:
        print(f"build_docs: {exc}", file=sys.stderr)
        return 1
    print(f"built {display(page)} ({page.stat().st_size // 1024} KiB, self-contained)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
