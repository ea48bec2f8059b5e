"""The package as another team installs it: a wheel in a fresh virtual environment.

Without the `[sandbox]` extra, `import cliniko_client` and a pytest run (which loads
the package's plugin) must not pull in the server (Starlette, uvicorn), and the
fixture and the command say which extra to install (and `cliniko-sync` into PostgreSQL
names the `[postgresql]` extra). With it, a consumer's test
files that use nothing but the `cliniko_sandbox` fixture (the package guide's own)
pass, and `cliniko-sandbox` serves. One venv, the extra added in the middle; pip
installs from PyPI through its cache, pinned by requirements/tools.txt. The venv is
made without pip (Debian's Python has no ensurepip without python3-venv) and filled by
this environment's pip (`pip --python`). And README.md's command for teams in other
languages (`pipx run --spec "./dist/<wheel>[sandbox]" cliniko-sandbox`) runs as printed and
serves, naming the wheel the package builds.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

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
    # nor the client: a project that has the package but does not use the fixture pays nothing
    assert not [name for name in sys.modules if name.split(".")[0] == "httpx" or name == "cliniko_client.client"]

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


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, as the README builds it: `pip wheel --no-deps ./generated/python -w dist`."""
    dist = tmp_path_factory.mktemp("wheel") / "dist"
    checked(run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", dist,
                ROOT / "generated" / "python", cwd=dist.parent))
    (built,) = dist.glob("cliniko_client-*.whl")
    return built


def test_a_fresh_venv_with_and_without_the_sandbox_extra(tmp_path: Path, wheel: Path) -> None:
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
    # Nor is psycopg: a PostgreSQL mirror names its extra, in one line without the password.
    refused = run("env", "CLINIKO_API_KEY=k-au1", tmp_path / "venv" / "bin" / "cliniko-sync", "--db",
                  "postgresql://sync:s3cret-pw@127.0.0.1:9/mirror", "--user-agent", USER_AGENT,
                  cwd=consumer, timeout=60)
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr == ("cliniko-sync: --db postgresql://sync@127.0.0.1:9/mirror: a PostgreSQL mirror needs "
                              "psycopg, which is not installed: pip install 'cliniko-client[postgresql]'\n")

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


def test_the_readme_command_for_other_languages(tmp_path: Path, wheel: Path) -> None:
    # README.md's block for teams in other languages, run as printed from a directory holding
    # ./dist/ with the wheel: `pipx run` installs it with the extra in a venv of its own (pipx
    # pinned by requirements/tools.txt, its home in tmp_path), and the sandbox serves. Only the
    # port changes, to one that is free.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("Teams in other languages run the command", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    wheels = set(re.findall(r"\./dist/(cliniko_client-[^\"\[]+\.whl)", block))
    assert wheels == {wheel.name}, f"README.md names {wheels}, the package builds {wheel.name}"
    # The pipx it installs is the one requirements/tools.txt pins (the one this test runs).
    pinned = re.findall(r"^pipx==(\S+)$", (ROOT / "requirements" / "tools.txt").read_text(encoding="utf-8"), re.M)
    assert re.findall(r"pipx==(\S+)", block) == pinned != [], block
    (command,) = [line for line in block.splitlines() if line.startswith("pipx run ")]
    assert command.endswith(" --port 8000 &"), command
    (tmp_path / "dist").mkdir()
    shutil.copy(wheel, tmp_path / "dist")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLINIKO_", "PYTEST_", "VIRTUAL_ENV", "TOX_"))}
    env.update(PIPX_HOME=str(tmp_path / "pipx"), PIPX_BIN_DIR=str(tmp_path / "bin"),
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}")
    server = subprocess.Popen(["bash", "-c", "exec " + command.replace(" --port 8000 &", f" --port {port}")],
                              cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 300  # pipx's first run installs the package and the extra
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/v1/settings/public", auth=("sandbox-key-au1", ""),
                                   headers={"User-Agent": USER_AGENT}, timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.communicate()[0][-3000:]
                assert time.monotonic() < deadline, "the sandbox did not answer within 300 s"
                time.sleep(0.5)
        assert answer.status_code == 200, answer.text
    finally:
        server.terminate()
        server.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
