"""Benchmark: the harness's cost against bare runs of the same programs, and
the whole test command. Prints figures; asserts nothing (DESIGN.md section 7:
harness <= 1.5 x bare; whole test command <= 60 s on 2 cores).

    .venv/bin/python scripts/bench_harness.py [--rounds N] [--no-suite]
"""
import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests import harness  # noqa: E402


def all_examples():
    seen = {}
    for lang in harness.LANGUAGES:
        for page in harness.pages(lang):
            for ex in harness.examples(page):
                if not ex.skip_reason:
                    seen.setdefault(ex.key(), ex)
    return list(seen.values())


def bare(examples):
    """What a reader does: python3 snippets/<topic>/<name>.py, output captured."""
    t = time.perf_counter()
    for ex in examples:
        subprocess.run([harness.snippet_python(), str(harness.ROOT / ex.source)],
                       capture_output=True, stdin=subprocess.DEVNULL)
    return time.perf_counter() - t


def through_harness():
    """Everything the harness does: expand, extract, run, check for leaks, compare."""
    t = time.perf_counter()
    for ex in all_examples():
        harness.check(ex, harness.run_example(ex))
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--no-suite", action="store_true", help="skip timing the whole test command")
    args = ap.parse_args()
    harness.become_subreaper()
    examples = [ex for ex in all_examples() if ex.source]
    print(f"{len(examples)} programs, {args.rounds} rounds, interpreter {harness.snippet_python()}")
    b, h = [], []
    for _ in range(args.rounds):           # interleaved, so drift hits both alike
        b.append(bare(examples))
        h.append(through_harness())
    mb, mh = statistics.median(b), statistics.median(h)
    print(f"bare python3 runs : median {mb:.3f} s  (min {min(b):.3f}, max {max(b):.3f})")
    print(f"through harness   : median {mh:.3f} s  (min {min(h):.3f}, max {max(h):.3f})")
    print(f"harness / bare    : {mh / mb:.2f} x   (bar: <= 1.5 x)")
    if not args.no_suite:
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-n", "2", "--dist", "loadgroup"],
                           cwd=harness.ROOT, capture_output=True, text=True)
        took = time.perf_counter() - t
        last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr[-300:]
        print(f"whole test command: {took:.1f} s  (bar: <= 60 s) -> {last}")


if __name__ == "__main__":
    main()
