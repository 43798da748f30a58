"""How long ``resonance --help`` makes a user wait, against starting Python itself, and against another commit.

    python bench/bench_cli_start.py [--repeat 5] [--against REF]

Target (issue 13): ``resonance --help`` and ``resonance <command> --help`` in at most 0.3 s. Every run is a
fresh process, the cases interleaved; the medians are compared. ``--against REF`` measures the same
commands on the tree of a git commit (e.g. ``main``), exported to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {"python": ["-c", "pass"], "--help": ["-m", "resonance", "--help"]}
COMMANDS["import --help"] = ["-m", "resonance", "import", "--help"]


def seconds(args: list[str], tree: Path) -> float:
    """Wall time of ``python ARGS`` run in ``tree`` (its packages first on the path)."""
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, *args], cwd=tree, env=env, capture_output=True, check=True)
    return time.perf_counter() - start


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--against", metavar="REF", help="also measure the tree of this git commit")
    args = p.parse_args()
    trees = {"this tree": ROOT}
    with tempfile.TemporaryDirectory() as tmp:
        if args.against:
            archive = subprocess.run(["git", "archive", args.against], cwd=ROOT, capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
            trees[args.against] = Path(tmp)
        cases = [(tree, name) for tree in trees for name in COMMANDS if not (name == "python" and tree != "this tree")]
        for tree, name in cases:  # one run each first: compiled files written, disk cache warm
            seconds(COMMANDS[name], trees[tree])
        times: dict[tuple[str, str], list[float]] = {case: [] for case in cases}
        for _ in range(args.repeat):
            for tree, name in cases:
                times[(tree, name)].append(seconds(COMMANDS[name], trees[tree]))
    python = statistics.median(times[("this tree", "python")])
    for (tree, name), runs in times.items():
        median = statistics.median(runs)
        print(f"{tree:>12}  {name:<14} median {median:.3f} s  (min {min(runs):.3f})  {median / python:.1f}× python")
    if args.against:
        for name in COMMANDS:
            if name != "python":
                ratio = statistics.median(times[("this tree", name)]) / statistics.median(times[(args.against, name)])
                print(f"{name}: this tree / {args.against} = {ratio:.2f}")


if __name__ == "__main__":
    main()
