"""Benchmark batch extraction: letters/s with -j 1 and -j 2, speed-up, peak memory.

Not a test (timings flake). Generates an archive of invented and varied sample letters
in a temporary folder, runs ``replyparse extract ARCHIVE -o OUT -j N --quiet`` for
each N in a fresh output folder, and prints a Markdown table for the README.

    .venv/bin/python scripts/bench.py            # 10,000 letters, -j 1 and -j 2
    .venv/bin/python scripts/bench.py --letters 2000 --jobs 1 2 4

Peak memory is sampled from /proc every 0.1 s over the run's process tree (the parent,
the fork server and the workers): the peak of their summed resident sets, and the
largest single process. ``getrusage(RUSAGE_CHILDREN)`` alone would miss the workers,
which are children of multiprocessing's fork server, not of the command.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from archivegen import build_archive  # noqa: E402


def _tree_rss_kib(root: int) -> tuple[int, int]:
    """(sum, largest) resident set in KiB over ``root`` and its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [c for c, p in parents.items() if p == pid and c not in tree]
        tree.update(children)
        frontier.extend(children)
    sizes = []
    for pid in tree:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        sizes += [int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")]
    return sum(sizes), max(sizes, default=0)


def replyparse_command() -> list[str]:
    script = Path(sys.executable).with_name("replyparse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "replyparse"]


def measure(archive: Path, out: Path, jobs: int) -> dict[str, float]:
    """Run one extraction; wall time, peak RSS summed over its processes and the largest
    one (sampled from /proc every 0.1 s)."""
    command = [*replyparse_command(), "extract", str(archive), "-o", str(out)]
    command += ["-j", str(jobs), "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(command)
    peak_sum = peak_one = 0
    while proc.poll() is None:
        if Path("/proc").is_dir():
            total, largest = _tree_rss_kib(proc.pid)
            peak_sum, peak_one = max(peak_sum, total), max(peak_one, largest)
        time.sleep(0.1)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"extract -j {jobs} exited {proc.returncode}")
    return {"elapsed": elapsed, "sum_kib": peak_sum, "one_kib": peak_one}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="replyparse-bench-"))
    t0 = time.perf_counter()
    archive = build_archive(tmp / "archive", args.letters, broken=False)
    print(
        f"generated {len(archive.good)} letters in {time.perf_counter() - t0:.1f} s under {tmp}",
        file=sys.stderr,
    )
    rows = []
    base: float | None = None
    for jobs in args.jobs:
        result = measure(archive.root, tmp / f"out-j{jobs}", jobs)
        rate = args.letters / result["elapsed"]
        base = base or rate
        rows.append(
            (
                jobs,
                result["elapsed"],
                rate,
                rate / base,
                result["sum_kib"] / 1024,
                result["one_kib"] / 1024,
            )
        )
        print(f"-j {jobs}: {result['elapsed']:.1f} s, {rate:.0f} letters/s", file=sys.stderr)

    cpu = platform.processor() or platform.machine()
    print(
        f"\n{args.letters:,} letters, {os.cpu_count()} CPUs ({cpu}), "
        f"Python {platform.python_version()}\n"
    )
    print(
        "| jobs | wall time (s) | letters/s | speed-up | peak RSS, all processes (MiB) "
        "| largest process (MiB) |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for jobs, elapsed, rate, speedup, peak_sum, peak_one in rows:
        print(
            f"| {jobs} | {elapsed:.1f} | {rate:.0f} | {speedup:.2f}× | {peak_sum:.0f} "
            f"| {peak_one:.0f} |"
        )
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
