"""The package as another team installs it: a wheel in a fresh virtual environment.

Without the `[sandbox]` extra, `import cliniko_client` and a pytest run (which loads
the package's plugin) must not pull in the server (Starlette, uvicorn), and the
fixture and the command say which extra to install. With it, a consumer's test
files that use nothing but the `cliniko_sandbox` fixture (the package guide's own)
pass, and `cliniko-sandbox` serves. One venv, the extra added in the middle; pip
installs from PyPI through its cache, pinned by requirements/tools.txt. The venv is
made without pip (Debian's Python has no ensurepip without python3-venv) and filled by
this environment's pip (`pip --python`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.conftest import USER_AGENT
from tests.test_guide_examples import python_blocks, test_file_name

ROOT = Path(__file__).resolve().parent.parent
PINS = ROOT / "requirements" / "tools.txt"
SERVER_MODULES = ("starlette", "uvicorn")

# Runs under the venv's pytest without the extra: the plugin is loaded, the server is not.
WITHOUT_THE_EXTRA = """
import sys

def test_the_plugin_is_loaded_without_the_server():
    assert "cliniko_client.sandbox.pytest_plugin" in sys.modules
    assert not [name for name in sys.modules if name.split(".")[0] in ("starlette", "uvicorn")]

def test_the_fixture_names_the_extra(cliniko_sandbox):
    pass
"""


def run(*command: str | Path, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("CLINIKO_", "PYTEST_", "VIRTUAL_ENV", "TOX_")) and k != "PYTHONPATH"}
    return subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def checked(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def test_a_fresh_venv_with_and_without_the_sandbox_extra(tmp_path: Path) -> None:
    # The wheel, as `pip wheel` builds it from generated/python (pdm-backend from PyPI).
    checked(run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", tmp_path / "dist",
                ROOT / "generated" / "python", cwd=tmp_path))
    (wheel,) = (tmp_path / "dist").glob("cliniko_client-*.whl")
    checked(run(sys.executable, "-m", "venv", "--without-pip", tmp_path / "venv", cwd=tmp_path))
    python, command = tmp_path / "venv" / "bin" / "python", tmp_path / "venv" / "bin" / "cliniko-sandbox"
    pip = (sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--disable-pip-version-check",
           "-c", PINS)
    consumer = tmp_path / "consumer"
    consumer.mkdir()

    # ---- without the extra --------------------------------------------------------------------
    checked(run(*pip, wheel, "pytest", cwd=consumer))
    probe = checked(run(python, "-c", "import importlib.util, sys, cliniko_client, cliniko_client.sandbox; "
                        f"print([m for m in {SERVER_MODULES} if importlib.util.find_spec(m)], "
                        "[m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn')])", cwd=consumer))
    assert probe.stdout.split() == ["[]", "[]"], probe.stdout  # not installed, and so not imported
    (consumer / "test_without_extra.py").write_text(WITHOUT_THE_EXTRA, encoding="utf-8")
    light = run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_without_extra.py", cwd=consumer)
    assert "1 passed, 1 error" in light.stdout, light.stdout + light.stderr
    assert "the cliniko_sandbox fixture needs uvicorn: pip install 'cliniko-client[sandbox]'" in light.stdout
    assert "Traceback" not in light.stdout
    refused = run(command, "--port", "0", cwd=consumer, timeout=60)
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.strip() == ("cliniko-sandbox: uvicorn is not installed; install the extra: "
                                      "pip install 'cliniko-client[sandbox]'")
    (consumer / "test_without_extra.py").unlink()

    # ---- with the extra: the guide's test files, which use only the fixture ---------------------
    checked(run(*pip, f"{wheel}[sandbox]", cwd=consumer))
    guide = (ROOT / "generated" / "python" / "README.md").read_text(encoding="utf-8")
    files = [name for _, source in python_blocks(guide) if (name := test_file_name(source))]
    for line, source in python_blocks(guide):
        if name := test_file_name(source):
            (consumer / name).write_text("\n" * (line - 1) + source, encoding="utf-8")
    assert files
    tests = run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *files, cwd=consumer)
    assert tests.returncode == 0 and " passed" in tests.stdout, tests.stdout[-4000:] + tests.stderr[-2000:]
    assert "skipped" not in tests.stdout and "error" not in tests.stdout, tests.stdout[-2000:]

    # ---- and the command serves -----------------------------------------------------------------
    server = subprocess.Popen([command, "--port", "0", "--seed-patients", "3"], cwd=consumer,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert server.stdout is not None
        banner = [server.stdout.readline() for _ in range(2)]
        assert banner[1].startswith("Base URL: http://127.0.0.1:"), banner
        url = banner[1].removeprefix("Base URL: ").strip()
        listed = httpx.get(f"{url}/patients", auth=("sandbox-key-au1", ""), headers={"User-Agent": USER_AGENT})
        assert listed.status_code == 200 and listed.json()["total_entries"] == 4
    finally:
        server.terminate()
        server.wait(timeout=30)
