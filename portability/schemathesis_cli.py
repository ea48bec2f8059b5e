"""The plain schemathesis CLI against the sandbox, as a user runs it from the repository root.

    python portability/schemathesis_cli.py SEED [SEED...] [--quick-seeds SEED...] [--max-examples N]

Starts the sandbox on a free port, then for each seed runs exactly

    schemathesis run generated/openapi.yaml --url URL/v1 -a sandbox-key-au1: \\
        -H 'User-Agent: ...' --seed SEED

with the root schemathesis.toml (its checks, exceptions and hooks) and, as every run
here, `--max-examples` (each run's budget shared by the operations: example_budget.py).
`--quick-seeds` adds seeds run without the coverage phase (deterministic, so one full
run covers it) and with `--max-examples` examples, to vary the random phases cheaply.
Prints each run's summary; exit 1 if any run fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from servers import ROOT, start_sandbox, stop

sys.path.insert(0, str(ROOT / "scripts"))
from example_budget import examples_per_operation  # noqa: E402 - scripts/ is not a package

# 100 examples per operation in a full run and 25 in a quick one, for the 21 operations of
# 2.1.0: each run's whole budget, shared by the operations of the spec (example_budget.py).
FULL_RUN_EXAMPLES = examples_per_operation(2100, floor=10)
QUICK_RUN_EXAMPLES = examples_per_operation(525, floor=5)

KEY = "sandbox-key-au1"
AGENT = "cliniko-openapi portability (maintainers@example.org)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seeds", nargs="*", type=int, help="seeds of full runs (every phase, default examples)")
    parser.add_argument("--quick-seeds", nargs="*", type=int, default=[], help="seeds of runs without coverage")
    parser.add_argument("--max-examples", type=int, default=QUICK_RUN_EXAMPLES,
                        help="examples per operation in quick runs")
    args = parser.parse_args()
    runs = [(seed, ["--max-examples", str(FULL_RUN_EXAMPLES)]) for seed in args.seeds] + [
        (seed, ["--phases", "examples,fuzzing,stateful", "--max-examples", str(args.max_examples)])
        for seed in args.quick_seeds]
    if not runs:
        parser.error("give at least one seed")
    logs = ROOT / "build" / "portability" / "schemathesis"
    sandbox, url = start_sandbox(logs)
    failed = 0
    try:
        for seed, extra in runs:
            started = time.monotonic()
            cmd = [sys.executable, "-m", "schemathesis.cli", "run", "generated/openapi.yaml", "--url", url,
                   "-a", f"{KEY}:", "-H", f"User-Agent: {AGENT}", "--seed", str(seed), "--no-color", *extra]
            proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
            log = logs / f"seed-{seed}.log"
            log.write_text(proc.stdout + proc.stderr, encoding="utf-8")
            lines = [line for line in proc.stdout.splitlines() if line.strip()]
            what = (f"full ({FULL_RUN_EXAMPLES} examples)" if "--phases" not in extra
                    else f"quick (no coverage phase, {args.max_examples} examples)")
            print(f"seed {seed} {what}: exit {proc.returncode} in {time.monotonic() - started:.0f} s: "
                  f"{lines[-1].strip('= ') if lines else 'no output'}")
            if proc.returncode != 0:
                failed += 1
                failures = [line for line in lines if line.lstrip().startswith(("- ST", "❌ ST", "Error"))]
                for line in failures[:20] or lines[-30:]:
                    print(f"    {line.strip()}")
                print(f"    full output: {log.relative_to(ROOT)}")
    finally:
        stop(sandbox)
    print(f"schemathesis CLI: {len(runs)} runs, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
