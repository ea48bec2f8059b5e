#!/usr/bin/env python3
"""Build the API reference as one self-contained HTML page.

    python scripts/build_docs.py [--spec generated/openapi.yaml] [--output build/docs/index.html]

Renders the bundle with Redocly's `build-docs --inlineBundle`, so the page
carries its own script and styles and works offline (without the flag the
page loads Redoc from a CDN and is blank without network). The page is then
scanned for external scripts and stylesheets; any found is an error.

Redoc's sidebar footer ("API docs by Redocly") loads its logo from
cdn.redoc.ly, and Redoc 3 has no option to hide it; the build swaps that URL
for an inline SVG of the same word, so the page makes no request at all
(tests/test_docs.py blocks and counts every one, images included).

Redoc 3 shows only the x-codeSamples whose label it knows (curl, Python, ...);
a sample labelled `cliniko_client` is silently hidden. So the build passes
Redoc a config listing every (lang, label) pair the spec's samples use, on
top of the project's redocly.yaml.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path
from typing import Any

import cli
import node_tools
import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi.yaml"
OUTPUT = ROOT / "build" / "docs" / "index.html"
PROJECT_CONFIG = ROOT / "redocly.yaml"

# Tags that would make the browser fetch a script or stylesheet from the network.
EXTERNAL_ASSET = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^\"'\s>]+"
    r"|<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^\"'\s>]+",
    re.IGNORECASE,
)


# Redoc's footer logo URLs (full and collapsed sidebar), and what the page shows instead:
# the same attribution as text, drawn inline, so no request leaves the page.
REDOC_LOGOS = re.compile(r"https://cdn\.redoc\.ly/redoc/logo-mini(?:-full)?\.svg")
INLINE_LOGO = "data:image/svg+xml," + urllib.parse.quote(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">'
    '<text x="0" y="12" font-family="sans-serif" font-size="12" font-weight="bold" fill="#ef5a25">Redocly</text>'
    "</svg>"
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
    # Plugin paths are relative to the config file, which is written elsewhere here.
    config["plugins"] = [str(PROJECT_CONFIG.parent / plugin) for plugin in config.get("plugins", [])]
    code_samples = config.setdefault("openapi", {}).setdefault("codeSamples", {})
    code_samples.setdefault("languages", code_sample_languages(spec))
    target.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return target


def build_docs(spec: Path, output: Path) -> Path:
    if not spec.is_file():
        raise BuildError(f"{display(spec)} is missing: run `python scripts/regenerate.py` first")
    try:
        redocly = node_tools.tool("redocly")
    except node_tools.MissingTool as exc:
        raise BuildError(str(exc)) from None
    output.parent.mkdir(parents=True, exist_ok=True)
    output.unlink(missing_ok=True)  # a failed build must not leave an old page behind
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
        cmd = [redocly, "build-docs", str(spec), "--inlineBundle", "--config", str(config)]
        cmd += ["--output", str(output)]
        proc = subprocess.run(cmd, cwd=ROOT, env=node_tools.environment(), capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not output.is_file():
        detail = (node_tools.tidy(proc.stderr).strip() or proc.stdout.strip()).splitlines()
        raise BuildError(f"redocly build-docs exited {proc.returncode}: {detail[-1] if detail else 'no output'}")
    html = REDOC_LOGOS.sub(INLINE_LOGO, output.read_text(encoding="utf-8"))
    output.write_text(html, encoding="utf-8")
    found = external_assets(html)
    if found:
        raise BuildError(f"{display(output)} loads assets from the network (dead offline): {found[0]}")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
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
