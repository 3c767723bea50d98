"""Run the hostile corpus through the real CLI; time and memory each case; write the table.

Not a test (timings flake): every case of ``tests/hostile/build.py`` is built into a
temporary folder and run as ``replyparse extract INPUT -o OUT -j 1 --quiet`` (plus the
limit options a case sets), in its own session so a hang can be killed whole. For each:
the outcome (a record, checked, or the failure's reason from ``errors.jsonl``), whether
it is the expected one, the wall time, and the peak resident memory: of the largest
process (its own high-water mark, VmHWM, read from /proc every 20 ms over the process
tree, LibreOffice included) and of the whole tree summed (VmRSS, as sampled).

    .venv/bin/python scripts/hostile.py                    # every case, writes docs/robustness.md
    .venv/bin/python scripts/hostile.py --case fifo --case txt-200mb   # some cases, no file written
    .venv/bin/python scripts/hostile.py --skip-slow

Exit status 1 when a case does not end as expected (a traceback, a hang, another
reason or exit status, memory over 1 GiB).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

from build import CASES, Case, build  # noqa: E402

from replyparse.limits import DEFAULT_LIMITS, OPTIONS, show  # noqa: E402

GUARD_SECONDS = 600.0
"""A case still running after this long is a hang: its session is killed."""
MEMORY_BUDGET_KIB = 1024 * 1024
DOC = ROOT / "docs" / "robustness.md"


@dataclass
class Result:
    case: Case
    outcome: str
    ok: bool | None  # None: not judged (batch side)
    seconds: float
    largest_kib: int
    tree_kib: int


def replyparse_command() -> list[str]:
    script = Path(sys.executable).with_name("replyparse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "replyparse"]


def _processes() -> dict[int, tuple[int, int, int]]:
    """pid → (parent pid, resident KiB, peak resident KiB) of every process (/proc).

    The peak (VmHWM) is the process's own high-water mark since it was started or
    exec'd; ``getrusage``'s would include the memory of the runner it was forked from.
    """
    out: dict[int, tuple[int, int, int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        rss = int(fields.get("VmRSS", "0 kB").split()[0])
        peak = int(fields.get("VmHWM", "0 kB").split()[0])
        out[int(entry)] = (parent, rss, peak)
    return out


def _tree_rss(root: int) -> tuple[int, int]:
    """(resident KiB summed, largest peak KiB) over ``root`` and its descendants."""
    table = _processes()
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [c for c, (p, _, _) in table.items() if p == pid and c not in tree]
        tree.update(children)
        frontier.extend(children)
    found = [table[pid] for pid in tree if pid in table]
    return sum(rss for _, rss, _ in found), max((peak for _, _, peak in found), default=0)


def _left_running(scratch: Path) -> list[str]:
    """Processes still alive (after a second's grace) whose command line names ``scratch``;
    each is killed by its pid once named."""
    time.sleep(1.0) if any(scratch.iterdir()) else None
    needle = os.fsencode(scratch)
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if needle in cmdline and state != "Z":
            found.append(os.fsdecode(cmdline.split(b"\0")[0]).rsplit("/", 1)[-1] + f"[{entry}]")
            with contextlib.suppress(OSError):
                os.kill(int(entry), signal.SIGKILL)
    return found


def limit_options(case: Case) -> list[str]:
    options: list[str] = []
    for name, value in case.limits.items():
        options += [OPTIONS[name], f"{value:g}"]  # type: ignore[index]
    return options


def cli_options() -> str:
    return subprocess.run(
        [*replyparse_command(), "extract", "--help"], capture_output=True, text=True, check=False
    ).stdout


def run(case: Case, work: Path, help_text: str) -> Result:
    inputs = build(case, work / "case")
    out = case.out(work / "case") if case.out is not None else work / "out"
    options = limit_options(case)
    missing = [o for o in options[::2] if o not in help_text]
    if missing:
        return Result(case, f"not run: the CLI has no {', '.join(missing)}", None, 0, 0, 0)
    command = [*replyparse_command(), "extract", str(inputs), "-o", str(out), "-j", "1", "--quiet"]
    stderr_path = work / "stderr.txt"
    # a temporary folder of the run's own: LibreOffice's profile is made in it, so a
    # LibreOffice left running afterwards is found by it
    scratch = work / "tmp"
    scratch.mkdir()
    start = time.perf_counter()
    with open(stderr_path, "wb") as stderr:
        proc = subprocess.Popen(
            command + options,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
            env={**os.environ, "TMPDIR": str(scratch)},
        )
    tree = largest = 0
    status = None
    while status is None:
        # sample before reaping: the exited process stays a zombie until waited for, and
        # its last high-water mark was read while it ran
        total, one = _tree_rss(proc.pid)
        tree, largest = max(tree, total), max(largest, one)
        pid, raw = os.waitpid(proc.pid, os.WNOHANG)
        if pid:
            status = os.waitstatus_to_exitcode(raw)
            proc.returncode = status
            break
        if time.perf_counter() - start > GUARD_SECONDS:
            os.killpg(proc.pid, signal.SIGKILL)
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    tree = max(tree, largest)
    stderr_text = stderr_path.read_text(encoding="utf-8", errors="replace")
    outcome = _outcome(status, out, stderr_text, seconds)
    ok = _judge(case, outcome, status, out)
    left = _left_running(scratch)
    if left:
        outcome += f" (LEFT RUNNING: {', '.join(left)})"
        ok = False
    if ok and largest > MEMORY_BUDGET_KIB:
        ok = False
    return Result(case, outcome, ok, seconds, largest, tree)


def _outcome(status: int, out: Path, stderr: str, seconds: float) -> str:
    if seconds > GUARD_SECONDS:
        return "HUNG (killed)"
    if "Traceback" in stderr:
        return "TRACEBACK: " + " ".join(stderr.split())[-200:]
    errors = out / "errors.jsonl" if out.is_dir() else None
    failures = []
    if errors is not None and errors.is_file():
        failures = [
            json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines() if line
        ]
    records = len(list(out.rglob("*.json"))) if out.is_dir() else 0
    if status == 0:
        return f"record{'s: ' + str(records) if records != 1 else ''}"
    if failures:
        reasons = "; ".join(f["error"] for f in failures)
        head = f"{records} record(s); " if records else ""
        return f"{head}fails: {reasons}"
    first = next((line for line in stderr.splitlines() if line.strip()), "")
    return f"exit {status}: {first.strip()[:200]}"


def _judge(case: Case, outcome: str, status: int, out: Path) -> bool:
    if outcome.startswith(("HUNG", "TRACEBACK")):
        return False
    if case.side == "batch":
        records = len(list(out.rglob("*.json"))) if out.is_dir() else 0
        failing = case.fails is None or case.fails in outcome
        return status in case.exits and records == case.records and failing
    fails = case.cli_fails or case.fails
    if fails is not None:
        return outcome.startswith("fails: ") and fails in outcome and "\n" not in outcome
    if status != 0:
        return False
    if case.check is None:
        return True
    records = list(out.rglob("*.json"))
    return len(records) == 1 and case.check(json.loads(records[0].read_text(encoding="utf-8")))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(results: list[Result]) -> str:
    rows = [
        "| case | input | #12 | expected | outcome | as expected | time (s)"
        " | peak RSS, largest process (MiB) | peak RSS, all processes (MiB) |",
        "|---|---|---|---|---|:-:|---:|---:|---:|",
    ]
    for r in results:
        mark = "not run" if r.ok is None else "yes" if r.ok else "**NO**"
        rows.append(
            f"| `{r.case.name}` | {_cell(r.case.what)} | {r.case.ref} | {_cell(r.case.expected)}"
            f" | {_cell(r.outcome)} | {mark} | {r.seconds:.1f} | {r.largest_kib / 1024:.0f}"
            f" | {r.tree_kib / 1024:.0f} |"
        )
    return "\n".join(rows)


def document(results: list[Result]) -> str:
    limits = "\n".join(
        f"| `{name}` | `{OPTIONS[name]}` | {show(name, getattr(DEFAULT_LIMITS, name))} |"
        for name in OPTIONS
    )
    bad = [r.case.name for r in results if r.ok is False]
    machine = f"{os.cpu_count()} CPUs, {platform.machine()}, Python {platform.python_version()}"
    load = os.getloadavg()[0]
    verdict = (
        f"Cases not as expected: {', '.join(bad)}." if bad else "Every case ended as expected."
    )
    return f"""# Robustness: hostile and broken input

Generated by `scripts/hostile.py` (do not edit by hand): every case of the hostile
corpus (`tests/hostile/build.py`, built into a temporary folder; nothing large is
committed) run through the real CLI as `replyparse extract INPUT -o OUT -j 1 --quiet`,
with the limit options a case sets. Each must end in a record (checked where the case
says what must hold) or a failure with a one-line reason, within the limits: no
traceback, no hang, under 1 GiB of memory. `tests/hostile/test_hostile.py` runs the
same reader-side cases in-process in `make test`.

Peak memory: "largest process" is the highest high-water mark (VmHWM) of any process of
the run's tree, LibreOffice's included, read from /proc every 20 ms; "all processes"
sums the tree's resident sets (VmRSS) as sampled, so it can miss a short peak. A run of
`replyparse` takes about 40 MiB before it reads a file and about 90 MiB once it parses a
letter (Python, pydantic, the segmenter); LibreOffice about 210 MiB.

Measured on {machine}, load average {load:.1f} at the end of the run (the machine is
shared: times are indicative). Batch-side cases (file names, folder walks, outputs, the
per-file time limit) are judged by their exit status and the records they leave.
{verdict}

## Limits

Each breach is a failure whose reason names the limit, its value and the option that
raises it (why these values: `src/replyparse/limits.py`).

| limit | option | default |
|---|---|---|
{limits}

Fixed bounds inside the PDF reader (not options): at most 100,000 glyphs and 10,000
Form XObject invocations drawn per page; pictures are never drawn, and of the paths only
straight pieces (a table's rules), at most 1,000 per page (a page that draws more is read
without tables).

## Cases

{table(results)}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--case", action="append", default=[], help="run only this case (repeatable)"
    )
    parser.add_argument("--skip-slow", action="store_true", help="leave out the slow cases")
    parser.add_argument(
        "--no-doc", action="store_true", help=f"do not write {DOC.relative_to(ROOT)}"
    )
    args = parser.parse_args()
    chosen = [
        c
        for c in CASES
        if (not args.case or c.name in args.case) and not (args.skip_slow and c.slow)
    ]
    help_text = cli_options()
    results = []
    for case in chosen:
        with tempfile.TemporaryDirectory(prefix="replyparse-hostile-") as tmp:
            result = run(case, Path(tmp), help_text)
        results.append(result)
        mark = {True: "ok ", False: "BAD", None: "-- "}[result.ok]  # None: not run
        print(
            f"{mark} {case.name}: {result.outcome[:150]} ({result.seconds:.1f} s,"
            f" {result.largest_kib / 1024:.0f} MiB)",
            flush=True,
        )
    if not args.case and not args.skip_slow and not args.no_doc:
        DOC.parent.mkdir(exist_ok=True)
        DOC.write_text(document(results), encoding="utf-8")
        print(f"wrote {DOC.relative_to(ROOT)}")
    sys.exit(1 if any(r.ok is False for r in results) else 0)


if __name__ == "__main__":
    main()
