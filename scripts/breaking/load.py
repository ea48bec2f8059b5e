"""Reading the two documents: a file or git:REF:PATH, parsed, checked to be OpenAPI 3.x, and
$refs resolved (internal ones only: compare bundled files)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote

import yaml

# libyaml's safe loader when PyYAML has it: the same documents, parsed ~8x faster (most of a run).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# $ref siblings that say nothing about valid values; other siblings turn the $ref into an allOf.
ANNOTATIONS = {"$ref", "description", "summary", "title", "example", "examples", "$comment"}


class InputError(Exception):
    """Bad usage or input: reported as one line, exit status 2."""


# Boolean schemas and missing schemas become these; constants so their id() is stable.
ANY_SCHEMA: dict = {}
NO_SCHEMA: dict = {"not": {}}


def read_source(source: str, label: str) -> str:
    """Return the text of a file or of git:REF:PATH."""
    if source.startswith("git:"):
        ref, sep, path = source[4:].partition(":")
        if not (ref and sep and path):
            raise InputError(f"{label}: '{source}' is not git:REF:PATH (e.g. git:v1.0.0:generated/openapi.yaml)")
        try:
            found = subprocess.run(
                ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                capture_output=True,
                text=True,
                check=False,
            )
        except FileNotFoundError:
            raise InputError(f"{label}: git is not installed; pass a file instead of '{source}'") from None
        if found.returncode != 0 and found.stderr.strip():  # e.g. not inside a git repository
            raise InputError(f"{label}: cannot read '{source}': {found.stderr.strip().splitlines()[0]}")
        if found.returncode != 0:
            raise InputError(f"{label}: git ref '{ref}' not found; check `git tag` / `git branch -a` or fetch it")
        shown = subprocess.run(["git", "show", f"{ref}:{path}"], capture_output=True, text=True, check=False)
        if shown.returncode != 0:
            raise InputError(
                f"{label}: '{path}' does not exist at git ref '{ref}'; give the path from the repository root"
            )
        return shown.stdout
    path = Path(source)
    if not path.exists():
        raise InputError(
            f"{label}: file '{source}' not found; pass a bundled OpenAPI file such as generated/openapi.yaml"
        )
    if path.is_dir():
        raise InputError(
            f"{label}: '{source}' is a directory; pass a bundled OpenAPI file such as generated/openapi.yaml"
        )
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{label}: '{source}' is not UTF-8 text; pass a YAML or JSON file") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot read '{source}': {exc.strerror}") from None


def parse(text: str, source: str, label: str):
    """Parse YAML (JSON is tried first when the text looks like JSON, for exact error positions)."""
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{label}: invalid JSON in '{source}' at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from None
    try:
        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise InputError(f"{label}: invalid YAML in '{source}'{where}: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{label}: invalid YAML in '{source}': {str(exc).splitlines()[0]}") from None


class Spec:
    """One OpenAPI document, with $ref resolution."""

    def __init__(self, root, label: str, source: str):
        if not isinstance(root, dict):
            raise InputError(f"{label}: '{source}' is not an OpenAPI document (expected a mapping with 'openapi: 3.x')")
        if "swagger" in root:
            raise InputError(
                f"{label}: '{source}' is Swagger {root['swagger']}; only OpenAPI 3.x documents are compared"
            )
        if not str(root.get("openapi", "")).startswith("3."):
            raise InputError(f"{label}: '{source}' is not an OpenAPI document (no 'openapi: 3.x' field)")
        info = root.get("info")
        if not isinstance(info, dict) or info.get("version") is None:
            raise InputError(f"{label}: '{source}' has no info.version; add one such as 1.0.0")
        if not isinstance(root.get("paths") or {}, dict):
            raise InputError(f"{label}: 'paths' in '{source}' is not a mapping")
        self.root, self.label, self.source = root, label, source
        self.version = str(info["version"])
        self._made: dict = {}

    def made(self, key, build):
        """Build a derived node once, so its identity is stable (cycle detection relies on it)."""
        if key not in self._made:
            self._made[key] = build()
        return self._made[key]

    def pointer(self, ref: str):
        if not ref.startswith("#"):
            raise InputError(
                f"{self.label}: external $ref '{ref}' is not supported; compare bundled files (redocly bundle)"
            )
        node = self.root
        for raw in ref[1:].split("/")[1:]:
            part = unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise InputError(f"{self.label}: $ref '{ref}' points at nothing in '{self.source}'; fix the reference")
        return node

    def resolve(self, node):
        """Follow a chain of $refs to the object it names."""
        chain: list[str] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in chain:
                raise InputError(
                    f"{self.label}: circular $ref {' -> '.join([*chain, ref])}; a $ref must end at an object"
                )
            chain.append(ref)
            node = self.pointer(ref)
        return node

    def schema(self, node) -> dict:
        """Resolve a schema; in OpenAPI 3.1 a $ref with constraining siblings means allOf."""
        if (
            isinstance(node, dict)
            and "$ref" in node
            and any(k not in ANNOTATIONS and not k.startswith("x-") for k in node)
        ):
            return self.made(
                ("ref", id(node)),
                lambda: {"allOf": [{"$ref": node["$ref"]}, {k: v for k, v in node.items() if k != "$ref"}]},
            )
        node = self.resolve(node)
        if node is False:
            return NO_SCHEMA
        return node if isinstance(node, dict) else ANY_SCHEMA


RELEASE_NAME = re.compile(r"^openapi-(\d+)\.(\d+)\.(\d+)\.yaml$")


def newest_release(folder: Path, label: str = "BASE") -> Path:
    """FOLDER/openapi-X.Y.Z.yaml with the highest X.Y.Z, by number (1.10.0 is newer than 1.9.0)."""
    releases = {
        tuple(int(n) for n in match.groups()): path
        for path in folder.iterdir()
        if (match := RELEASE_NAME.match(path.name)) and path.is_file()
    }
    if not releases:
        raise InputError(
            f"{label}: directory '{folder}' holds no openapi-X.Y.Z.yaml; pass a bundled OpenAPI file or releases/"
        )
    return releases[max(releases)]


def load_spec(source: str, label: str) -> Spec:
    if not source.startswith("git:") and Path(source).is_dir():
        source = str(newest_release(Path(source), label))
    return Spec(parse(read_source(source, label), source, label), label, source)


def as_list(node) -> list:
    return node if isinstance(node, list) else []


def as_dict(node) -> dict:
    return node if isinstance(node, dict) else {}
