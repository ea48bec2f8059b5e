#!/usr/bin/env python3
"""Regenerate everything in generated/ from spec/ and overrides/.

    python scripts/regenerate.py           # validate, bundle, generate, write generated/
    python scripts/regenerate.py --check   # exit 1 and list the files that differ

Steps, each failing with one clear line:
1. lint the hand-written spec with Redocly (house rules in redocly.yaml);
2. bundle it into one file (external refs inlined) -> generated/openapi.yaml;
3. validate the bundle with openapi-spec-validator;
4. write its OpenAPI 3.0.3 companion -> generated/openapi-3.0.yaml (scripts/openapi30.py:
   @apiture/openapi-down-convert, then what it leaves), validated as 3.0 by openapi-spec-validator;
5. generate the Python client with openapi-python-client (pinned,
   --fail-on-warning) using overrides/config.yaml and overrides/templates/,
   place the hand-written modules of overrides/modules/ and the custom fields
   JSON Schema into the package, write the tables read from the spec (filters,
   resources, personal fields) and render the per-resource modules (walkers.py,
   filters.py) from their templates, format with ruff -> generated/python/;
6. generate TypeScript types with openapi-typescript -> generated/typescript/.

Everything is produced in a temporary directory first, so --check compares
byte for byte and a failed run never leaves generated/ half written.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import cli
import node_tools
import openapi30
import yaml
from spec_schemas import Spec, is_personal, load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
CUSTOM_FIELDS_SCHEMA = ROOT / "spec" / "custom_fields.schema.json"
SANDBOX_DEFINITION = ROOT / "tests" / "fixtures" / "custom_fields" / "definition.json"
OVERRIDES = ROOT / "overrides"
GENERATED = ROOT / "generated"
PACKAGE = "cliniko_client"

# Files the tools write that are not part of the output (caches).
IGNORED_NAMES = {".ruff_cache", "__pycache__", ".mypy_cache"}


class StepFailed(Exception):
    """A step failed; the message says which and why."""


def run(step: str, cmd: list[str], cwd: Path = ROOT) -> str:
    env = node_tools.environment()
    # The generator's post-hooks call `ruff` by name: find the one installed next to this Python
    # (a script run as .tox/generate/bin/python, without that folder on PATH, must still work).
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        hint = "run `npm ci` and install requirements/tools.txt"
        raise StepFailed(f"{step}: {exc.filename} not found ({hint})") from None
    if proc.returncode != 0:
        output = node_tools.tidy(proc.stdout + proc.stderr).strip()
        raise StepFailed(f"{step} failed ({' '.join(cmd[:2])} exited {proc.returncode}):\n{output}")
    return proc.stdout


def node_tool(name: str) -> str:
    try:
        return node_tools.tool(name)
    except node_tools.MissingTool as exc:
        raise StepFailed(str(exc)) from None


# Redocly's `--format=github-actions` lines: one per problem, with its file, line and column.
LINT_PROBLEM = re.compile(r"^::(?:error|warning) title=(?P<rule>[^,]*),file=(?P<file>[^,]*),"
                          r"line=(?P<line>[0-9]+),col=(?P<col>[0-9]+)[^:]*::(?P<message>.*)$", re.MULTILINE)


def lint_spec() -> None:
    """Redocly lint; each problem as one line `file:line:col: message (rule)`.

    A problem repeated in many places (one missing file breaks every `$ref` to it)
    is one line that counts the other places."""
    try:
        run("Redocly lint of spec/openapi.yaml", [node_tool("redocly"), "lint", str(SPEC), "--format=github-actions"])
    except StepFailed as exc:
        places: dict[tuple[str, str, str], list[str]] = {}
        for match in LINT_PROBLEM.finditer(str(exc)):
            message = unquote(match["message"]).strip().splitlines()[0]
            places.setdefault((match["file"], message, match["rule"]), []).append(f"{match['line']}:{match['col']}")
        if not places:
            raise
        lines = [
            f"{file}:{where[0]}: {message} ({rule})" + (f", and {len(where) - 1} more" if len(where) > 1 else "")
            for (file, message, rule), where in places.items()
        ]
        raise StepFailed("\n".join(lines)) from None


def bundle(out_dir: Path) -> Path:
    bundled = out_dir / "openapi.yaml"
    run("Redocly bundle", [node_tool("redocly"), "bundle", str(SPEC), "--output", str(bundled)])
    # Redocly names the bundle's inlined schemas after their file and pointer;
    # normalise the header so the output does not depend on the tool's banner.
    text = bundled.read_text(encoding="utf-8")
    header = "# Generated by scripts/regenerate.py from spec/openapi.yaml. Do not edit.\n"
    bundled.write_text(header + sort_components(text), encoding="utf-8")
    return bundled


# The order of `components` sections in the OpenAPI specification.
COMPONENT_SECTIONS = ("schemas", "responses", "parameters", "examples", "requestBodies", "headers",
                      "securitySchemes", "links", "callbacks", "pathItems")


def sort_components(text: str) -> str:
    """The bundle's components in a fixed order: sections as the OpenAPI specification
    lists them, names alphabetically. Redocly adds the components it lifts out of the
    spec's files in the order its walk meets them, so without this, moving a `$ref`
    from one operation file to another would reorder the bundle and the types generated
    from it. Works on Redocly's text (the last top-level key is `components`, sections
    indented 2, names 4) to keep its formatting."""
    head, marker, body = text.partition("\ncomponents:\n")
    if not marker or re.search(r"^\S", body, flags=re.MULTILINE):
        raise StepFailed("Redocly bundle: `components` is not the last top-level key; update sort_components")
    sections: dict[str, dict[str, str]] = {}
    for section_text in re.split(r"^(?=  [A-Za-z])", body, flags=re.MULTILINE):
        if not section_text.strip():
            continue
        name, _, entries = section_text.partition("\n")
        blocks = re.split(r"^(?=    \S)", entries, flags=re.MULTILINE)
        sections[name.strip().rstrip(":")] = {b.split(":", 1)[0].strip().strip("'\""): b for b in blocks if b.strip()}
    unknown = set(sections) - set(COMPONENT_SECTIONS)
    if unknown:
        raise StepFailed(f"Redocly bundle: unexpected components section(s) {sorted(unknown)}")
    out = [head, marker]
    for section in COMPONENT_SECTIONS:
        if section in sections:
            out.append(f"  {section}:\n")
            out.extend(block for _, block in sorted(sections[section].items()))
    return "".join(out)


def validate_bundle(bundled: Path) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename

    spec_dict, _ = read_from_filename(str(bundled))
    try:
        validate(spec_dict)
    except Exception as exc:  # the validator raises several exception types
        raise StepFailed(f"openapi-spec-validator rejected the bundle: {exc}") from None


def write_openapi30(bundled: Path, out_dir: Path) -> None:
    """The bundle as OpenAPI 3.0.3, for tools that read only 3.0 (README, "OpenAPI 3.0")."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, validate

    target = out_dir / "openapi-3.0.yaml"
    try:
        openapi30.convert(bundled, target)
    except (openapi30.ConversionFailed, node_tools.MissingTool) as exc:
        raise StepFailed(f"OpenAPI 3.0 companion: {exc}") from None
    try:
        validate(yaml.safe_load(target.read_text(encoding="utf-8")), cls=OpenAPIV30SpecValidator)
    except Exception as exc:  # the validator raises several exception types
        raise StepFailed(f"openapi-spec-validator rejected {target.name} as OpenAPI 3.0: {exc}") from None


def spec_version() -> str:
    return str(yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]["version"])


def generate_python(bundled: Path, out_dir: Path, templates: Path, resources: dict[str, dict[str, Any]]) -> None:
    target = out_dir / "python"
    run(
        "openapi-python-client",
        [
            sys.executable,
            str(Path(__file__).with_name("python_generator.py")),  # the CLI, with `format: decimal`
            "generate",
            "--path",
            str(bundled),
            "--config",
            str(OVERRIDES / "config.yaml"),
            "--custom-template-path",
            str(templates),
            "--output-path",
            str(target),
            "--meta",
            "pdm",
            "--overwrite",
            "--fail-on-warning",
        ],
    )
    package_dir = target / PACKAGE
    # The hand-written modules (the sandbox package among them) and the schema they
    # validate against ship in the package.
    for module in sorted((OVERRIDES / "modules").rglob("*.py")):
        placed = package_dir / module.relative_to(OVERRIDES / "modules")
        placed.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(module, placed)
    shutil.copyfile(CUSTOM_FIELDS_SCHEMA, package_dir / CUSTOM_FIELDS_SCHEMA.name)
    # The sandbox answers by the bundled spec (as JSON: no YAML parser needed) and
    # starts with the project's test definition of custom fields.
    bundle = yaml.safe_load(bundled.read_text(encoding="utf-8"))
    (package_dir / "openapi.json").write_text(json.dumps(bundle, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.copyfile(SANDBOX_DEFINITION, package_dir / "sandbox" / "default_definition.json")
    write_filter_tables(bundled, package_dir / "filter_fields.py", resources)
    write_pii_fields(bundled, package_dir / "pii_fields.py")
    write_resource_table(resources, package_dir / "resources.py")
    render_resource_modules(templates, package_dir)
    # Format once more, after the placed modules joined the package.
    run("ruff format", [sys.executable, "-m", "ruff", "format", "--quiet", str(target)])
    for cache in target.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    # The version comes from the spec (info.version) through the generator.
    if f'version = "{spec_version()}"' not in (target / "pyproject.toml").read_text(encoding="utf-8"):
        raise StepFailed("generated pyproject.toml does not carry the spec's info.version")


def filter_tables(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{operationId: {"fields": {field: type}, "operators": {type: [op, ...]}}} for every
    operation with a `q[]` parameter, read from x-cliniko-filters in the spec."""
    parameters = spec["components"]["parameters"]
    defaults = spec["info"]["x-cliniko-filter-operators"]
    tables: dict[str, dict[str, Any]] = {}
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method == "parameters":
                continue
            for param in item.get("parameters", []) + operation.get("parameters", []):
                param = parameters[param["$ref"].rsplit("/", 1)[1]] if "$ref" in param else param
                if param["name"] == "q[]":
                    fields = param["x-cliniko-filters"]
                    operators = {**defaults, **param.get("x-cliniko-filter-operators", {})}
                    used = {t: operators[t] for t in dict.fromkeys(fields.values())}
                    tables[operation["operationId"]] = {"fields": fields, "operators": used}
    return dict(sorted(tables.items()))


def write_filter_tables(bundled: Path, target: Path, resources: dict[str, dict[str, Any]]) -> None:
    spec = yaml.safe_load(bundled.read_text(encoding="utf-8"))
    tables = filter_tables(spec)
    classes = filter_classes(tables, resources)
    target.write_text(
        '"""Filterable fields and operators of each operation, from the spec\'s x-cliniko-filters,\n'
        "and the builder class of each (``cliniko_client.filters``) with the operations it serves.\n\n"
        'Generated by scripts/regenerate.py from spec/openapi.yaml. Do not edit.\n"""\n\n'
        "from typing import Any\n\n"
        f"FILTER_TABLES: dict[str, dict[str, Any]] = {tables!r}\n\n"
        f"FILTER_CLASSES: dict[str, list[str]] = {classes!r}\n",
        encoding="utf-8",
    )


def filter_classes(tables: dict[str, dict[str, Any]], resources: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """{builder class name: the operations whose q[] filters it builds}, one class per filter
    table of a resource's lists: a list with the same table as an earlier list of its resource
    shares that list's class (Patients: listPatients and listArchivedPatients); every other
    operation with filters (getPatient) has a class of its own. Named from the first operation:
    list<X> -> X, get<X> -> <X>ById (listDeletedPatients -> DeletedPatients)."""
    from openapi_python_client.strings import ClassName

    groups: list[list[str]] = []
    for lists in resources.values():
        shared: dict[str, list[str]] = {}  # the table, as text -> its group
        for operation in lists:
            if operation in tables:
                group = shared.setdefault(repr(tables[operation]), [])
                if not group:
                    groups.append(group)
                group.append(operation)
    grouped = {operation for group in groups for operation in group}
    groups += [[operation] for operation in tables if operation not in grouped]
    classes: dict[str, list[str]] = {}
    for group in groups:
        first = group[0]
        verb = re.match(r"(list|get)(?=[A-Z])", first)
        name = str(ClassName(first[len(verb[1]):] + ("ById" if verb[1] == "get" else "") if verb else first, ""))
        if name in classes:
            raise StepFailed(f"filter builders: {first} and {classes[name][0]} would both be named {name}; "
                             "rename one operation")
        classes[name] = group
    return classes


def resource_table(spec: Spec) -> dict[str, dict[str, Any]]:
    """{resource: {operationId: its list}} for every resource of the spec (`Spec.resources()`,
    from x-cliniko-resource; `Spec.lists`), main list first. Each list: its kind (main,
    archived, deleted, nested), its path, the resources whose records it lists when not its own,
    its generated module under cliniko_client.api (TAG.OPERATION),
    the list key and the page model's attribute holding it, the page and item model classes,
    and the Python names of its path parameters, all named by the generator's own rules."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    def model(uri: str, what: str, operation_id: str) -> str:
        pointer = uri.split("#", 1)[1]
        if not pointer.startswith("/components/schemas/") or pointer.count("/") != 3:
            raise StepFailed(f"resource table: the {what} schema of {operation_id} is not a named schema "
                             f"({pointer}); give it a name in its resource's schemas.yaml")
        return str(ClassName(pointer.rsplit("/", 1)[1], "field_"))

    def kinds(uri: str, operation_id: str) -> list[str]:
        # The model of a list's entries; of an entry of one of several kinds (a booking), each kind's.
        node, _ = spec.locate(uri)
        branches = node.get("anyOf", []) if isinstance(node, dict) and "properties" not in node else []
        if branches and all("$ref" in branch for branch in branches):
            return [model(spec.locate(f"{uri}/anyOf/{index}")[1], "item", operation_id)
                    for index in range(len(branches))]
        return [model(uri, "item", operation_id)]

    try:
        resources = spec.resources()
    except ValueError as exc:
        raise StepFailed(str(exc)) from None
    table: dict[str, dict[str, Any]] = {}
    for name, resource in sorted(resources.items()):
        table[name] = {}
        for found in spec.lists(resource):
            operation, _ = spec.operation(found.operation_id)
            tag = PythonIdentifier((operation.get("tags") or ["default"])[0], "tag")
            table[name][found.operation_id] = {
                "kind": found.kind,
                "path": found.path,
                # The resources whose records these are, when not its own: the legacy
                # appointments are individual appointments, bookings three kinds together.
                "view_of": [resource.stored_as] if resource.stored_as else list(resource.union_of),
                "module": f"{tag}.{PythonIdentifier(found.operation_id, 'field_')}",
                "key": name,
                "attribute": str(PythonIdentifier(name, "field_")),
                "page": model(found.page, "page", found.operation_id),
                "item": " | ".join(kinds(found.item, found.operation_id)),
                "item_models": kinds(found.item, found.operation_id),
                "path_parameters": [str(PythonIdentifier(p, "field_")) for p in found.path_parameters],
            }
    return table


def write_resource_table(table: dict[str, dict[str, Any]], target: Path) -> None:
    target.write_text(
        '"""The API\'s resources and their list operations, from the spec\'s x-cliniko-resource:\n'
        "{resource: {operationId: {kind, path, view_of (the resources whose records these are, if\n"
        "not its own), module (under cliniko_client.api), key, attribute, page, item (its annotation),\n"
        "item_models, path_parameters}}}, each resource's main list first. The walkers (walkers.py),\n"
        "the filter builders (filters.py) and the sync's resources (sync/resources.py) are made from it.\n\n"
        'Generated by scripts/regenerate.py from spec/openapi.yaml. Do not edit.\n"""\n\n'
        "from typing import Any\n\n"
        f"RESOURCES: dict[str, dict[str, dict[str, Any]]] = {table!r}\n",
        encoding="utf-8",
    )


# Modules of the package rendered here from overrides/templates/ (openapi-python-client renders
# only the files it knows); they, the package's __init__ and its guide read the resource table.
RESOURCE_MODULES = ("walkers.py", "filters.py")


def resource_templates(bundled: Path, table: dict[str, dict[str, Any]], work: Path) -> Path:
    """overrides/templates/ plus `resources.jinja`, the resource and filter tables of the bundle
    as Jinja variables (`{% from "resources.jinja" import resources, ... %}`): how every
    template, the generator's own among them, learns the resources."""
    from openapi_python_client.strings import PythonIdentifier

    templates = work / "templates"
    shutil.copytree(OVERRIDES / "templates", templates)
    spec = yaml.safe_load(bundled.read_text(encoding="utf-8"))
    tables = filter_tables(spec)
    classes = filter_classes(tables, table)
    modules = {cls: str(PythonIdentifier(cls, "field_")) for r in table.values() for row in r.values()
               for cls in (row["page"], *row["item_models"])}
    data = {"resources": table, "filter_tables": tables, "filter_classes": classes, "model_modules": modules,
            "pii_fields": pii_fields(spec)}
    (templates / "resources.jinja").write_text(
        "".join(f"{{% set {name} = {json.dumps(value, sort_keys=False)} %}}\n" for name, value in data.items()),
        encoding="utf-8",
    )
    return templates


def render_resource_modules(templates: Path, package_dir: Path) -> None:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates), trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    for module in RESOURCE_MODULES:
        (package_dir / module).write_text(env.get_template(f"{module}.jinja").render(), encoding="utf-8")


def pii_fields(spec: dict[str, Any]) -> dict[str, list[str]]:
    """{model class name: python attribute names of its personal (`x-pii: true` or `clinical`) properties}, for the
    models' redacted repr. Names are made by the generator's own rules (`self` -> `self_`)."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    schemas = spec["components"]["schemas"]

    def properties(schema: dict[str, Any]) -> dict[str, Any]:
        # allOf parts (PatientCreate = PatientUpdate + required) contribute their properties.
        found: dict[str, Any] = {}
        for part in schema.get("allOf", []):
            found.update(properties(schemas[part["$ref"].rsplit("/", 1)[1]] if "$ref" in part else part))
        return {**found, **schema.get("properties", {})}

    table = {}
    for name, schema in schemas.items():
        personal = [p for p, s in properties(schema).items() if isinstance(s, dict) and is_personal(s.get("x-pii"))]
        if personal:
            names = sorted(str(PythonIdentifier(p, prefix="field_")) for p in personal)
            table[str(ClassName(name, prefix="field_"))] = names
    return dict(sorted(table.items()))


def write_pii_fields(bundled: Path, target: Path) -> None:
    spec = yaml.safe_load(bundled.read_text(encoding="utf-8"))
    entries = "".join(f"    {name!r}: frozenset({names!r}),\n" for name, names in pii_fields(spec).items())
    target.write_text(
        '"""Personal properties of each model (`x-pii: true` in the spec), redacted from reprs.\n\n'
        'Generated by scripts/regenerate.py from spec/openapi.yaml. Do not edit.\n"""\n\n'
        f"PII_FIELDS: dict[str, frozenset[str]] = {{\n{entries}}}\n",
        encoding="utf-8",
    )


def generate_typescript(bundled: Path, out_dir: Path) -> None:
    target = out_dir / "typescript"
    target.mkdir()
    run(
        "openapi-typescript",
        [
            node_tool("openapi-typescript"),
            str(bundled),
            "--output",
            str(target / "schema.d.ts"),
            # Its lint of examples would reject unknown keys that our response schemas allow.
            "--redocly",
            str(OVERRIDES / "openapi-typescript.redocly.yaml"),
        ],
    )


def check_spec() -> None:
    """The shared spec loader's check: one line for a `$ref` to nothing, a missing or
    malformed file, a schema that is not JSON Schema (Redocly reports such a mistake
    as several problems)."""
    try:
        load_spec()
    except ValueError as exc:
        raise StepFailed(str(exc)) from None


def build(out_dir: Path) -> None:
    check_spec()
    lint_spec()
    bundled = bundle(out_dir)
    validate_bundle(bundled)
    # Read before anything else lands next to the bundle: Spec.load reads every file of its folder.
    resources = resource_table(Spec.load(bundled))
    templates = resource_templates(bundled, resources, out_dir.parent)
    write_openapi30(bundled, out_dir)
    generate_python(bundled, out_dir, templates, resources)
    generate_typescript(bundled, out_dir)


def tree_files(base: Path) -> set[Path]:
    return {
        p.relative_to(base)
        for p in base.rglob("*")
        if p.is_file() and not IGNORED_NAMES.intersection(p.relative_to(base).parts)
    }


def differences(fresh: Path, committed: Path) -> list[str]:
    fresh_files, committed_files = tree_files(fresh), tree_files(committed) if committed.exists() else set()
    report = [f"missing from generated/: {p}" for p in sorted(fresh_files - committed_files)]
    report += [f"not produced by the spec (stale): {p}" for p in sorted(committed_files - fresh_files)]
    report += [
        f"differs: {p}"
        for p in sorted(fresh_files & committed_files)
        if not filecmp.cmp(fresh / p, committed / p, shallow=False)
    ]
    return report


def main() -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if generated/ is stale")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cliniko-regen-") as tmp:
        fresh = Path(tmp) / "generated"
        fresh.mkdir()
        try:
            build(fresh)
        except StepFailed as exc:
            for line in str(exc).splitlines():
                print(f"regenerate: {line}", file=sys.stderr)
            return 1
        if args.check:
            report = differences(fresh, GENERATED)
            if report:
                print("generated/ is stale against spec/ and overrides/; run `tox -e generate`:", file=sys.stderr)
                for line in report:
                    print(f"  {line}", file=sys.stderr)
                return 1
            print(f"generated/ is in sync with spec/ and overrides/ ({len(tree_files(fresh))} files)")
            return 0
        if GENERATED.exists():
            shutil.rmtree(GENERATED)
        shutil.copytree(fresh, GENERATED)
    print(f"regenerated {GENERATED.relative_to(ROOT)}/ from {SPEC.relative_to(ROOT)} (version {spec_version()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
