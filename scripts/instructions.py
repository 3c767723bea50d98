"""Instructions a letter of ``parse_text``, counted by cachegrind: a measure of speed that
a busy machine does not move (not a test, not a timing).

    .venv/bin/python scripts/instructions.py [corpus|samples|seeds|all] [--cache]

The letters are parsed once to warm up, then the process is counted twice under
``valgrind --tool=cachegrind``, once with no more passes and once with ``--passes`` more;
the difference over the letters parsed is what a warm letter costs, start-up and warm-up
cancelled out. Address randomisation is off (``setarch -R``, where it is installed) and
the hash seed is fixed: with either left random, where objects land and how dicts lay out
move the count of the same code by 8-20 thousand a letter from run to run. Both counted
processes read byte code and the cache folder (compiled patterns, the lexicon) from
folders of their own, filled by a run that is not counted: with the shared ones, patterns
compiled in one counted run and not in the other (another tree's process had rewritten the
pattern cache between them) moved the result by half. ``--cache`` adds the simulated cache
misses (instruction fetches missing the first-level cache, I1mr; data reads, D1mr), about
twice as slow. Compare two trees by pointing ``PYTHONPATH`` at each one's ``src``: the
package counted is printed (a ``PYTHONPATH`` that names no folder silently counts the
installed one).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("REPLYPARSE_SHARED") or ROOT.parent / "shared")
SETS = {
    "samples": [ROOT / "samples"],
    "seeds": [SHARED / "seeds"],
    "corpus": [SHARED / "corpus" / "letters"],
}
SETS["all"] = [folder for name in ("samples", "seeds", "corpus") for folder in SETS[name]]
SHOWN = ("Ir", "I1mr", "D1mr", "D1mw")

# The process counted: warm up, then parse the letters ``passes`` times more.
_CHILD = """
import sys
from pathlib import Path
from replyparse import nlp, parse_text
texts = [p.read_text(encoding="utf-8") for p in map(Path, sys.argv[2:])]
nlp.warm_up()
for text in texts:
    parse_text(text)
for _ in range(int(sys.argv[1])):
    for text in texts:
        parse_text(text)
print(Path(sys.modules["replyparse"].__file__).parent)  # the package counted
"""


def letters(name: str) -> list[Path]:
    files = [p for folder in SETS[name] for p in sorted(folder.glob("*.txt"))]
    if not files:
        raise SystemExit(f"no letters in {', '.join(map(str, SETS[name]))}")
    return files


def child_env(folder: Path) -> dict[str, str]:
    """The counted processes' environment: the hash seed fixed, byte code and the cache
    folder in ``folder``."""
    return {
        **os.environ,
        "PYTHONHASHSEED": "0",
        "PYTHONPYCACHEPREFIX": str(folder / "pyc"),
        "XDG_CACHE_HOME": str(folder / "cache"),
    }


def counted(passes: int, files: list[Path], cache: bool, folder: Path) -> dict[str, int]:
    """cachegrind's totals for the child process, event by event."""
    out = folder / f"cachegrind.{passes}"
    env = child_env(folder)
    # address randomisation off where setarch can: with it on, where the allocator places
    # objects moves the count of the same tree by 8-20 thousand a letter from run to run
    fixed = ["setarch", platform.machine(), "-R"] if shutil.which("setarch") else []
    command = [
        *fixed,
        "valgrind",
        "--tool=cachegrind",
        f"--cache-sim={'yes' if cache else 'no'}",
        f"--cachegrind-out-file={out}",
        sys.executable,
        "-c",
        _CHILD,
        str(passes),
        *map(str, files),
    ]
    subprocess.run(command, env=env, check=True, capture_output=True)
    events: list[str] = []
    for line in out.read_text(encoding="utf-8").splitlines():
        if line.startswith("events:"):
            events = line.split()[1:]
        elif line.startswith("summary:"):
            return dict(zip(events, map(int, line.split()[1:]), strict=True))
    raise SystemExit(f"cachegrind wrote no summary to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("set", nargs="?", default="corpus", choices=sorted(SETS))
    parser.add_argument("--passes", type=int, default=2, help="passes counted (default 2)")
    parser.add_argument("--cache", action="store_true", help="simulate the caches too")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    files = letters(args.set)
    with tempfile.TemporaryDirectory(prefix="replyparse-ir-") as tmp:
        # not counted: compiles the byte code, makes the cache files
        warm = [sys.executable, "-c", _CHILD, "0", *map(str, files)]
        package = subprocess.run(
            warm, env=child_env(Path(tmp)), check=True, capture_output=True, text=True
        ).stdout.strip()
        base = counted(0, files, args.cache, Path(tmp))
        more = counted(args.passes, files, args.cache, Path(tmp))
    parsed = args.passes * len(files)
    print(f"{args.set}: {len(files)} letters, {args.passes} passes counted, package {package}")
    for event in SHOWN:
        if event in more:
            print(f"{event:5} {(more[event] - base[event]) / parsed:>12,.0f} a letter")


if __name__ == "__main__":
    main()
