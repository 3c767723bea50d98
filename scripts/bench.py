"""Benchmark replyparse and write ``docs/benchmarks.md`` (not a test: timings flake).

    make bench                                      # everything; jionlp in .venv-bench
    .venv/bin/python scripts/bench.py --jionlp .venv-bench/bin/python --note "quiet machine"
    .venv/bin/python scripts/bench.py --quick       # 2,000-letter archive, fewer rounds

What it measures, each in one run of this script:

1. Steady state: ``parse_text`` letters/s and characters/s over the samples, the seeds
   and the corpus (``../shared``), warm (segmenter loaded), median of several rounds;
   the same letters through jionlp's ``extract_money`` + ``extract_time`` +
   ``extract_phone_number`` (in its own interpreter, rounds interleaved with ours so
   both see the same machine), and a floor: one pass of one compiled regex.
2. Cold start, median of 7 runs each, interleaved, the package byte-compiled first as
   an installed copy is: a bare interpreter, ``replyparse --help``, ``extract one.txt``,
   ``validate one.txt`` and jionlp's import plus its three extractors on the same
   letter; and ``extract one.txt`` with an empty cache folder, as on a machine's first
   run, which writes the IDF copy (``replyparse.idf``). Wall time and CPU time (user +
   system of the process): on a shared machine CPU time moves less.
3. Batch: ``replyparse extract DIR -o OUT -j N --quiet`` for ``-j 1`` and ``-j 2`` over a
   30-letter folder (median of 7, run first) and a generated archive (10,000 letters),
   wall and CPU time (the command and its workers; wall time ends as the command exits),
   with the peak resident memory of each process (sampled from /proc over the process
   tree: the parent and the workers) and of all of them together. The small folder's
   timed runs sample nothing (a sample costs about 2 ms of CPU, which a run using both
   CPUs would lose): one more run of each ``-j``, sampled every 0.05 s, gives its memory.
   The archive's run is sampled every 0.25 s. Each run writes a folder of its own,
   removed only at the end.

jionlp is installed for the benchmark only (``make bench`` puts it in ``.venv-bench``);
without ``--jionlp`` its rows are left out.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.metadata as md
import inspect
import json
import os
import platform
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("REPLYPARSE_SHARED") or ROOT.parent / "shared")
sys.path.insert(0, str(ROOT / "tests"))

from archivegen import build_archive  # noqa: E402
from procstat import processes  # noqa: E402

LETTER_SETS = {
    "samples": ROOT / "samples",
    "seeds": SHARED / "seeds",
    "corpus": SHARED / "corpus" / "letters",
}
ONE_LETTER = ROOT / "samples" / "s01_zhengxie_weiyuan.txt"
FLOOR = re.compile(r"\d+")  # the floor: one pass of one compiled regex

# jionlp's side, run by the jionlp interpreter: warm up, then time passes over the files.
JIONLP_STEADY = """
import json, sys, time
import jionlp as jio
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
def one_pass():
    for t in texts:
        jio.ner.extract_money(t); jio.ner.extract_time(t); jio.extract_phone_number(t)
one_pass()
cpu, wall = [], []
for _ in range(int(sys.argv[1])):
    c0, t0 = time.process_time(), time.perf_counter()
    one_pass()
    cpu.append(time.process_time() - c0); wall.append(time.perf_counter() - t0)
print(json.dumps({"cpu": cpu, "wall": wall, "version": jio.__version__}))
"""
JIONLP_COLD = """
import sys
import jionlp as jio
text = open(sys.argv[1], encoding="utf-8").read()
jio.ner.extract_money(text); jio.ner.extract_time(text); jio.extract_phone_number(text)
"""


# --- machine ------------------------------------------------------------------------


def machine() -> list[tuple[str, str]]:
    cpu = platform.processor() or platform.machine()
    mem = ""
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        cpu = next(
            (ln.split(":", 1)[1].strip() for ln in cpuinfo.splitlines() if "model name" in ln),
            cpu,
        )
        meminfo = Path("/proc/meminfo").read_text().split()
        mem = f"{int(meminfo[meminfo.index('MemTotal:') + 1]) / 1024**2:.1f} GiB"
    except (OSError, ValueError, StopIteration):
        pass
    return [
        ("CPU", f"{cpu}, {os.cpu_count()} logical CPUs"),
        ("memory", mem or "unknown"),
        ("system", platform.platform()),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
    ]


def versions(jionlp_version: str | None) -> str:
    names = ["replyparse", "rjieba", "jieba", "pydantic", "typer"]
    out = []
    for name in names:
        try:
            out.append(f"{name} {md.version(name)}")
        except md.PackageNotFoundError:
            out.append(f"{name} (not installed)")
    if jionlp_version:
        out.append(f"jionlp {jionlp_version}")
    return ", ".join(out)


def git_head() -> str:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# --- steady state -------------------------------------------------------------------


def letter_sets() -> dict[str, list[Path]]:
    found = {}
    for name, folder in LETTER_SETS.items():
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if files:
            found[name] = files
        else:
            print(f"note: no {name} at {folder}; left out", file=sys.stderr)
    return found


@dataclass
class Rates:
    """Per-pass CPU and wall times (s) of one measure on one set of letters."""

    letters: int
    chars: int
    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    rounds: list[float] = field(default_factory=list)
    """The median CPU time of a pass in each round, in the order of the rounds."""

    def add(self, passes: list[tuple[float, float]]) -> None:
        self.cpu += [c for c, _ in passes]
        self.wall += [w for _, w in passes]
        self.rounds.append(statistics.median([c for c, _ in passes]))

    @property
    def median(self) -> float:
        """Median CPU time of a pass: what a busy machine disturbs least."""
        return statistics.median(self.cpu)

    @property
    def letters_per_s(self) -> float:
        return self.letters / self.median

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.median

    @property
    def letters_per_wall_s(self) -> float:
        return self.letters / statistics.median(self.wall)


def paired_ratio(slow: Rates, fast: Rates) -> tuple[float, float, float]:
    """``slow``'s time over ``fast``'s, round by round (the two measured seconds apart, so a
    stretch when the host is slow falls on both): the median of the rounds' ratios, and
    their least and greatest. The ratio of the two medians would set a median of one side
    taken in a slow stretch against one of the other taken in a quick one."""
    ratios = [s / f for s, f in zip(slow.rounds, fast.rounds, strict=True)]
    return statistics.median(ratios), min(ratios), max(ratios)


def time_passes(work: Callable[[], object], passes: int) -> list[tuple[float, float]]:
    """(CPU, wall) seconds of each of ``passes`` calls of ``work``."""
    times = []
    for _ in range(passes):
        c0, t0 = time.process_time(), time.perf_counter()
        work()
        times.append((time.process_time() - c0, time.perf_counter() - t0))
    return times


def _files_per_worker() -> int:
    from replyparse.batch.plan import FILES_PER_WORKER

    return FILES_PER_WORKER


def segmenter_name() -> str:
    """The segmenter's class, and for the lexicon's whether it holds the whole dictionary."""
    from replyparse import nlp

    segmenter = nlp.tokenizer()
    name = type(segmenter).__name__
    if isinstance(segmenter, getattr(nlp, "LexiconSegmenter", ())):
        return f"{name} (warm: whole dictionary; cold runs: the lexicon's words)"
    return name


def steady_state(
    sets: dict[str, list[Path]], rounds: int, passes: int, jionlp: str | None
) -> tuple[dict[str, dict[str, Rates]], str | None]:
    from replyparse import nlp, parse_text

    nlp.warm_up()
    can_skip_keywords = "keywords" in inspect.signature(parse_text).parameters
    if len(sets) > 1:
        sets = {**sets, "all": [p for files in sets.values() for p in files]}
    texts = {name: [p.read_text(encoding="utf-8") for p in files] for name, files in sets.items()}
    results: dict[str, dict[str, Rates]] = {}
    jionlp_version = None
    for name, batch in texts.items():
        size = (len(batch), sum(map(len, batch)))
        rates = {"parse_text": Rates(*size), "floor": Rates(*size)}
        if can_skip_keywords:
            rates["parse_text, keywords=False"] = Rates(*size)
        if jionlp:
            rates["jionlp"] = Rates(*size)
        for text in batch:  # warm: patterns, vocabularies, first-call caches
            parse_text(text)
        for _ in range(rounds):
            rates["parse_text"].add(
                time_passes(lambda batch=batch: [parse_text(t) for t in batch], passes)
            )
            if can_skip_keywords:
                rates["parse_text, keywords=False"].add(
                    time_passes(
                        lambda batch=batch: [parse_text(t, keywords=False) for t in batch],
                        passes,
                    )
                )
            rates["floor"].add(
                time_passes(
                    lambda batch=batch: [sum(1 for _ in FLOOR.finditer(t)) for t in batch],
                    passes,
                )
            )
            if jionlp:
                done = subprocess.run(
                    [jionlp, "-c", JIONLP_STEADY, str(passes), *map(str, sets[name])],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                reply = json.loads(done.stdout.strip().splitlines()[-1])
                rates["jionlp"].add(list(zip(reply["cpu"], reply["wall"], strict=True)))
                jionlp_version = reply["version"]
        results[name] = rates
        print(f"steady: {name} done", file=sys.stderr)
    return results, jionlp_version


# --- cold start ---------------------------------------------------------------------


@dataclass
class Runs:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def run_once(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Wall time, CPU time (user + system, the process and its children) and exit code."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, proc.returncode


def replyparse_command() -> list[str]:
    script = Path(sys.executable).with_name("replyparse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "replyparse"]


def byte_compile() -> None:
    """Write the package's bytecode (``__pycache__``), as ``pip install`` does for an
    installed copy (and for jionlp): an editable install run with
    ``PYTHONDONTWRITEBYTECODE`` set would compile every module from source on every start."""
    import compileall

    import replyparse

    compileall.compile_dir(Path(replyparse.__file__).parent, quiet=1)


def cold_start(runs: int, jionlp: str | None) -> dict[str, Runs]:
    byte_compile()
    rp = replyparse_command()
    commands = {
        "bare interpreter (`python -c pass`)": [sys.executable, "-c", "pass"],
        "`replyparse --help`": [*rp, "--help"],
        "`replyparse extract one.txt`": [*rp, "extract", str(ONE_LETTER)],
        "`replyparse validate one.txt`": [*rp, "validate", str(ONE_LETTER)],
    }
    if jionlp:
        commands["jionlp: import + money, time, phone on one.txt"] = [
            jionlp,
            "-c",
            JIONLP_COLD,
            str(ONE_LETTER),
        ]
    # the same extraction with an empty cache folder, as on a machine's very first run
    first_run = "`replyparse extract one.txt`, empty cache folder (first run)"
    commands[first_run] = commands["`replyparse extract one.txt`"]
    out = {name: Runs() for name in commands}
    for command in commands.values():  # one unmeasured run each: file caches, .pyc files
        run_once(command)
    for _ in range(runs):  # round robin, so a burst of load hits every command alike
        for name, command in commands.items():
            env = None
            if name == first_run:
                env = {**os.environ, "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="bench-cache-")}
            wall, cpu, code = run_once(command, env)
            if env:
                shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
            if code not in (0, 1):  # validate exits 1 when the letter has warnings
                raise SystemExit(f"{command} exited {code}")
            out[name].wall.append(wall)
            out[name].cpu.append(cpu)
    return out


# --- batch --------------------------------------------------------------------------


def tree_rss_kib(root: int) -> dict[int, int]:
    """Resident set (KiB) of ``root`` and each of its descendants (Linux /proc)."""
    parents = {p.pid: p.ppid for p in processes()}
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [c for c, p in parents.items() if p == pid and c not in tree]
        tree.update(children)
        frontier.extend(children)
    sizes = {}
    for pid in tree:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS"):
                sizes[pid] = int(line.split()[1])
    return sizes


@dataclass
class BatchRun:
    letters: int
    jobs: int
    elapsed: float
    cpu: float  # user + system of the command and its workers
    peak_sum_kib: int
    peak_by_process_kib: dict[int, int]
    load: float = 0.0  # the one-minute load average when the run started
    timed: bool = True  # False: a run for its memory alone, left out of the timings


def batch_run(
    folder: Path, letters: int, out: Path, jobs: int, *, sample: float | None
) -> BatchRun:
    """One ``extract`` run. Its time ends when the command exits (its pid descriptor
    wakes the wait), not at the next sample; with ``sample`` (seconds), the process
    tree's resident sets are read that often meanwhile. Reading them takes about 2 ms of
    CPU, which a run using both CPUs loses, so timed runs of the small folder sample
    nothing and a run of their own gives their memory."""
    command = [*replyparse_command(), "extract", str(folder), "-o", str(out)]
    command += ["-j", str(jobs), "--quiet"]
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(command)
    peak_sum = 0
    peaks: dict[int, int] = {}
    if sample is not None and Path("/proc").is_dir():
        with _exit_waiter(proc.pid) as exited:
            while not exited(sample):
                sizes = tree_rss_kib(proc.pid)
                peak_sum = max(peak_sum, sum(sizes.values()))
                for child, kib in sizes.items():
                    peaks[child] = max(peaks.get(child, 0), kib)
        elapsed = time.perf_counter() - t0
    _, status, usage = os.wait4(proc.pid, 0)
    if sample is None or not Path("/proc").is_dir():
        elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"extract -j {jobs} exited {proc.returncode}")
    cpu = usage.ru_utime + usage.ru_stime  # the workers are waited for by the command
    return BatchRun(letters, jobs, elapsed, cpu, peak_sum, peaks, load)


@contextlib.contextmanager
def _exit_waiter(pid: int) -> Iterator[Callable[[float], bool]]:
    """``exited(seconds)``: whether process ``pid`` (a child, not yet waited for) has
    exited, waiting up to ``seconds`` for it, and waking as it exits: through a pid
    descriptor where there is one (Linux 5.3), else by ``waitid`` with ``WNOWAIT``
    every millisecond (the child stays to be waited for)."""
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        try:
            yield lambda seconds: bool(poller.poll(seconds * 1000))
        finally:
            os.close(fd)
        return

    def exited(seconds: float) -> bool:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            if os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
                return True
            time.sleep(0.001)
        return False

    yield exited


def batch(
    tmp: Path, sizes: Sequence[int], jobs: Sequence[int], repeat_small: int
) -> list[BatchRun]:
    """Each run writes a folder of its own, and none is removed before the last run: on
    ext4, files created right after thousands were deleted cost far more system time
    (the allocator steps over recently freed inodes), which would land on whichever run
    came next. A small folder (100 letters or fewer) is run ``repeat_small`` times with
    each ``-j`` in turn, nothing sampled, then once more with each for its memory; a
    large archive once with each, sampled every quarter second (about 1% of a CPU)."""
    runs = []
    for size in sizes:
        t0 = time.perf_counter()
        archive = build_archive(tmp / f"archive-{size}", size, broken=False)
        print(f"generated {size} letters in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        small = size <= 100
        plan: list[tuple[str, float | None]] = (
            [(f"{k}", None) for k in range(repeat_small)] + [("memory", 0.05)]
            if small
            else [("0", 0.25)]
        )
        for name, sample in plan:
            for j in jobs:
                out = tmp / f"out-{size}-j{j}-{name}"
                run = batch_run(archive.root, size, out, j, sample=sample)
                run.timed = not (small and sample is not None)
                runs.append(run)
                what = "memory run" if not run.timed else f"{run.elapsed:.3f} s"
                print(
                    f"batch: {size} letters -j {j}: {what} (CPU {run.cpu:.2f} s)",
                    file=sys.stderr,
                )
    return runs


# --- report -------------------------------------------------------------------------


def _autogroup() -> str:
    """Whether the kernel schedules sessions as groups (``kernel.sched_autogroup_enabled``)."""
    try:
        flag = Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip()
    except OSError:
        return "unknown here"
    return "on here" if flag == "1" else "off here"


def _f(x: float, digits: int = 0) -> str:
    return f"{x:,.{digits}f}"


def report(
    args: argparse.Namespace,
    started: str,
    loads: tuple[tuple[float, ...], tuple[float, ...]],
    steady: dict[str, dict[str, Rates]],
    jionlp_version: str | None,
    cold: dict[str, Runs],
    batches: list[BatchRun],
) -> str:

    lines = ["# Benchmarks", ""]
    lines += [
        "Written by `make bench` (`scripts/bench.py`); the script's docstring says how each "
        "number is taken. Timings vary from run to run: compare numbers of one run.",
        "",
    ]
    if args.note:
        lines += [f"**{args.note}**", ""]
    lines += ["| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in machine()]
    lines += [
        f"| packages | {versions(jionlp_version)} |",
        f"| segmenter | {segmenter_name()} |",
        f"| commit | {git_head()} |",
        f"| run | {started}; load average {loads[0][0]:.2f} at the start, "
        f"{loads[1][0]:.2f} at the end |",
        "",
    ]

    lines += ["## parse_text, warm", ""]
    lines += [
        f"Median over {args.rounds} rounds of {args.passes} passes each, one process each, "
        "by CPU time (user + system of the process: on a shared machine it moves far less "
        "than wall time; on a quiet one they agree; wall-time letters/s beside it). jionlp "
        "runs its three extractors on the same letters, in rounds interleaved with ours. "
        "Ratio: jionlp's time over ours (above 1: we are faster), taken round by round "
        "(both sides measured seconds apart) and the median of the rounds' ratios given; "
        "the targets below give the least and the greatest round too.",
        "",
        "| letters | measure | letters/s | characters/s | letters/s, wall | ratio to jionlp |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for name, rates in steady.items():
        jio = rates.get("jionlp")
        for measure, r in rates.items():
            ratio = f"{paired_ratio(jio, r)[0]:.2f}×" if jio else "—"
            label = f"{name} ({r.letters}, {r.chars:,} characters)"
            lines.append(
                f"| {label} | {measure} | {_f(r.letters_per_s)} | {_f(r.chars_per_s)} "
                f"| {_f(r.letters_per_wall_s)} | {ratio} |"
            )
    lines.append("")

    bare = statistics.median(next(iter(cold.values())).wall)
    jio_cold = next((v for k, v in cold.items() if k.startswith("jionlp")), None)
    lines += ["## Cold start", ""]
    lines += [
        f"Median of {args.cold_runs} runs each, round robin, the package byte-compiled "
        "first (as pip leaves an installed copy, and jionlp). CPU: user + system time of "
        "the process.",
        "",
        "| command | wall (s) | CPU (s) | × bare interpreter (wall) | × jionlp cold (wall) |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, runs in cold.items():
        wall, cpu = statistics.median(runs.wall), statistics.median(runs.cpu)
        vs_jio = f"{wall / statistics.median(jio_cold.wall):.2f}×" if jio_cold else "—"
        lines.append(f"| {name} | {wall:.3f} | {cpu:.3f} | {wall / bare:.1f}× | {vs_jio} |")
    lines.append("")

    lines += ["## Batch", ""]
    lines += [
        "`replyparse extract DIR -o OUT -j N --quiet`, each run into a new folder (none "
        "removed before the last run). CPU: user + system time of the command and its "
        "workers; with -j 2 on a busy machine the wall time depends on what the others "
        "leave of the second CPU: CPUs used (CPU over wall) says how much it got, and "
        "load the one-minute load average as the run started (runs of one row: the "
        "highest). Where the kernel groups processes by session for the scheduler "
        f"(autogroup: {_autogroup()}), a busy machine gives each session a fair share, "
        "whatever number of processes it runs: a second worker then only shares the "
        "first one's time. Processes: the command and its workers (the command decides "
        f"how many: one more for every {_files_per_worker()} files). Peak memory: the "
        "largest resident set any one process reached, and the peak of all of them "
        "together (shared pages counted once per process).",
        "",
        "| letters | -j | wall (s) | CPU (s) | CPUs used | load | letters/s | speed-up "
        "| processes | largest process (MiB) | all processes (MiB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    base: dict[int, float] = {}
    by_size: dict[tuple[int, int], list[BatchRun]] = {}
    for run in batches:
        by_size.setdefault((run.letters, run.jobs), []).append(run)
    for (letters, jobs), runs in by_size.items():
        clocked = [r for r in runs if r.timed] or runs
        elapsed = statistics.median(r.elapsed for r in clocked)
        cpu = statistics.median(r.cpu for r in clocked)
        base.setdefault(letters, elapsed)
        largest = max(max(r.peak_by_process_kib.values(), default=0) for r in runs) / 1024
        total = max(r.peak_sum_kib for r in runs) / 1024
        procs = max(len(r.peak_by_process_kib) for r in runs)
        note = f" (median of {len(clocked)})" if len(clocked) > 1 else ""
        shown = f"{elapsed:.{3 if elapsed < 10 else 2}f}{note}"
        lines.append(
            f"| {letters:,} | {jobs} | {shown} | {cpu:.2f} | {cpu / elapsed:.2f} "
            f"| {max(r.load for r in runs):.2f} | {_f(letters / elapsed)} "
            f"| {base[letters] / elapsed:.2f}× | {procs} | {largest:.0f} | {total:.0f} |"
        )
    lines.append("")
    lines += targets(steady, cold, by_size, args.small)
    return "\n".join(lines)


def targets(
    steady: dict[str, dict[str, Rates]],
    cold: dict[str, Runs],
    by_size: dict[tuple[int, int], list[BatchRun]],
    small: int,
) -> list[str]:
    """Issue #9's targets against this run's numbers."""
    rows = []

    def row(target: str, measured: str, met: bool | None) -> None:
        verdict = "—" if met is None else ("met" if met else "**not met**")
        rows.append(f"| {target} | {measured} | {verdict} |")

    for name, rates in steady.items():
        if "jionlp" in rates:
            ratio, least, most = paired_ratio(rates["jionlp"], rates["parse_text"])
            row(
                f"parse_text ≥ 5× jionlp ({name})",
                f"{ratio:.2f}× (rounds {least:.2f}–{most:.2f}×)",
                ratio >= 5,
            )
    walls = {k: statistics.median(v.wall) for k, v in cold.items()}
    cpus = {k: statistics.median(v.cpu) for k, v in cold.items()}
    bare = walls["bare interpreter (`python -c pass`)"]
    jio = next((k for k in walls if k.startswith("jionlp")), None)
    for name in ["`replyparse extract one.txt`", "`replyparse validate one.txt`"]:
        measured = f"{walls[name]:.3f} s (CPU {cpus[name]:.3f} s)"
        row(f"{name} ≤ 0.35 s", measured, walls[name] <= 0.35)
        if jio is not None:
            row(
                f"{name} faster than jionlp cold",
                f"{measured} vs {walls[jio]:.3f} s (CPU {cpus[jio]:.3f} s)",
                walls[name] < walls[jio],
            )
    helps = walls["`replyparse --help`"]
    row("`--help` ≤ 8× bare interpreter", f"{helps / bare:.1f}×", helps / bare <= 8)
    sizes = sorted({letters for letters, _ in by_size})
    for letters in sizes:
        if (letters, 1) in by_size and (letters, 2) in by_size:
            one = statistics.median(r.elapsed for r in by_size[(letters, 1)] if r.timed)
            two = statistics.median(r.elapsed for r in by_size[(letters, 2)] if r.timed)
            if letters != small:
                row(
                    f"-j 2 ≥ 1.7× -j 1 ({letters:,} letters)", f"{one / two:.2f}×", one / two >= 1.7
                )
            else:
                row(
                    f"-j 2 never slower than -j 1 ({letters} letters)",
                    f"{one / two:.2f}×",
                    two <= one,
                )
    return [
        "## Targets (issue #9)",
        "",
        "Judged on wall time, as the targets are set; when the machine is busy, wall time "
        "and CPU time part, and CPU time tells more.",
        "",
        "| target | this run | |",
        "|---|---:|---|",
        *rows,
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--jionlp", help="a Python interpreter that has jionlp installed")
    parser.add_argument("--letters", type=int, default=10_000, help="size of the big archive")
    parser.add_argument("--small", type=int, default=30, help="size of the small folder")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--cold-runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="2,000 letters, 3 rounds")
    parser.add_argument("--note", default="", help="a line printed at the top (load, machine)")
    parser.add_argument("--out", type=Path, help="write the Markdown here (and to stdout)")
    args = parser.parse_args()
    if args.quick:
        args.letters, args.rounds = min(args.letters, 2_000), min(args.rounds, 3)
    if args.jionlp and not Path(args.jionlp).exists():
        raise SystemExit(f"no interpreter at {args.jionlp}")

    started = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    load_start = os.getloadavg()
    steady, jionlp_version = steady_state(letter_sets(), args.rounds, args.passes, args.jionlp)
    cold = cold_start(args.cold_runs, args.jionlp)
    tmp = Path(tempfile.mkdtemp(prefix="replyparse-bench-"))
    try:
        # the small folder first: the large run's thousands of files are still being
        # written back to disk for seconds after it ends, which would land on it
        batches = batch(tmp, [args.small, args.letters], args.jobs, repeat_small=7)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = report(
        args, started, (load_start, os.getloadavg()), steady, jionlp_version, cold, batches
    )
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
