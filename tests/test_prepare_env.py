"""scripts/prepare_env.py skips `npm ci` and the client's reinstall only when nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import prepare_env
import pytest

LOCK = {
    "name": "tools",
    "lockfileVersion": 3,
    "packages": {
        "": {"name": "tools", "dependencies": {"a": "1.0.0"}},
        "node_modules/a": {"version": "1.0.0", "integrity": "sha512-a"},
        "node_modules/@esbuild/win32-x64": {"version": "0.25.0", "optional": True, "os": ["win32"]},
    },
}
# What npm writes after installing LOCK on Linux: no root, no other-OS optional package.
INSTALLED = {"name": "tools", "lockfileVersion": 3,
             "packages": {"node_modules/a": {"version": "1.0.0", "integrity": "sha512-a"}}}


@pytest.fixture
def node(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(prepare_env, "ROOT", tmp_path)
    monkeypatch.setattr(prepare_env, "LOCKFILE", tmp_path / "package-lock.json")
    monkeypatch.setattr(prepare_env, "INSTALLED_LOCKFILE", tmp_path / "node_modules" / ".package-lock.json")
    (tmp_path / "package-lock.json").write_text(json.dumps(LOCK), encoding="utf-8")
    return tmp_path


def install(root: Path, lock: dict[str, object]) -> None:
    (root / "node_modules").mkdir(exist_ok=True)
    (root / "node_modules" / ".package-lock.json").write_text(json.dumps(lock), encoding="utf-8")


def test_node_modules_as_the_lockfile_pins_are_current(node: Path) -> None:
    install(node, INSTALLED)
    assert prepare_env.node_modules_current()


@pytest.mark.parametrize("installed", [
    None,  # a fresh clone: no node_modules
    {**INSTALLED, "packages": {"node_modules/a": {"version": "0.9.0", "integrity": "sha512-old"}}},  # older pin
    {**INSTALLED, "packages": {}},  # a pinned package missing
    {**INSTALLED, "packages": {**INSTALLED["packages"], "node_modules/b": {"version": "2.0.0"}}},  # npm install b
    {**INSTALLED, "lockfileVersion": 2},
], ids=["fresh-clone", "other-version", "missing-package", "extra-package", "other-lockfile-version"])
def test_anything_else_runs_npm_ci(node: Path, installed: dict[str, object] | None) -> None:
    if installed is not None:
        install(node, installed)
    assert not prepare_env.node_modules_current()


def test_a_broken_installed_lockfile_runs_npm_ci(node: Path) -> None:
    (node / "node_modules").mkdir()
    (node / "node_modules" / ".package-lock.json").write_text("{", encoding="utf-8")
    assert not prepare_env.node_modules_current()


def test_the_client_digest_follows_its_source_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepare_env, "CLIENT", tmp_path)
    (tmp_path / "cliniko_client").mkdir()
    (tmp_path / "cliniko_client" / "client.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    before = prepare_env.client_digest()
    for leftover in ("cliniko_client/__pycache__/client.pyc", "build/lib/x.py", "cliniko_client.egg-info/PKG-INFO"):
        (tmp_path / leftover).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / leftover).write_text("anything", encoding="utf-8")
    assert prepare_env.client_digest() == before
    (tmp_path / "cliniko_client" / "client.py").write_text("x = 2\n", encoding="utf-8")
    assert prepare_env.client_digest() != before
    (tmp_path / "cliniko_client" / "client.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "cliniko_client" / "client.py").rename(tmp_path / "cliniko_client" / "other.py")
    assert prepare_env.client_digest() != before  # a renamed file is a change too


def test_the_installed_client_is_current_only_with_its_stamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepare_env, "CLIENT_STAMP", tmp_path / "cliniko-client.sha256")
    assert not prepare_env.client_current("abc")  # a new environment
    (tmp_path / "cliniko-client.sha256").write_text("abc\n", encoding="utf-8")
    assert prepare_env.client_current("abc")
    assert not prepare_env.client_current("def")
