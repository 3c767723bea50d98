"""Instructions a letter of ``parse_text``, counted by callgrind: a measure of speed that
a busy machine does not move (not a test, not a timing).

    .venv/bin/python scripts/instructions.py [corpus|samples|seeds|all|FILE|FOLDER ...] [--cache]

The letters are parsed once to warm up, then ``--passes`` more times inside one call of
``functools.reduce``, and the process is run under ``valgrind --tool=callgrind`` with
collection off at the start and toggled on only inside that call
(``--toggle-collect=functools_reduce``): what is counted is the passes alone, start-up,
imports and warm-up never counted. (The count was once the difference between two
cachegrind processes, one with no passes: the two runs' start-ups differed by up to about
170 thousand a letter; counted inside the passes it holds to a few thousand.) Address
randomisation is off (``setarch -R``, where it is installed) and the hash seed is fixed:
with either left random, where objects land and how dicts lay out move the count of the
same code by 8-20 thousand a letter from run to run. The counted process reads byte code
and the cache folder (compiled patterns, the lexicon) from folders of its own, filled by a
run that is not counted: with the shared ones, patterns another tree's process had
rewritten in the cache were compiled again inside the count. ``--cache`` adds the simulated cache
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

# The process counted: warm up, then parse the letters ``passes`` times more, inside one
# call of functools.reduce (the function callgrind counts in: see the module's doc).
_CHILD = """
import functools
import sys
from pathlib import Path
from replyparse import nlp, parse_text
texts = [p.read_text(encoding="utf-8") for p in map(Path, sys.argv[2:])]
nlp.warm_up()
for text in texts:
    parse_text(text)
def one_pass(acc, _):
    for text in texts:
        parse_text(text)
functools.reduce(one_pass, range(int(sys.argv[1])), None)
print(Path(sys.modules["replyparse"].__file__).parent)  # the package counted
"""


def letters(name: str) -> list[Path]:
    """The letters ``name`` names: a set's (:data:`SETS`), a folder's ``*.txt`` or one file."""
    path = Path(name)
    if name not in SETS and path.is_file():
        return [path]
    folders = SETS.get(name) or [path]
    files = [p for folder in folders for p in sorted(folder.glob("*.txt"))]
    if not files:
        raise SystemExit(f"no letters in {', '.join(map(str, folders))}")
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
    """callgrind's totals for the child's passes (counted inside functools.reduce alone),
    event by event."""
    out = folder / f"callgrind.{passes}"
    env = child_env(folder)
    # address randomisation off where setarch can: with it on, where the allocator places
    # objects moves the count of the same tree by 8-20 thousand a letter from run to run
    fixed = ["setarch", platform.machine(), "-R"] if shutil.which("setarch") else []
    command = [
        *fixed,
        "valgrind",
        "--tool=callgrind",
        "--collect-atstart=no",
        "--toggle-collect=functools_reduce",
        f"--cache-sim={'yes' if cache else 'no'}",
        f"--callgrind-out-file={out}",
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
        elif line.startswith(("summary:", "totals:")):
            counts = list(map(int, line.split()[1:]))
            counts += [0] * (len(events) - len(counts))  # (callgrind leaves trailing zeros out)
            return dict(zip(events, counts, strict=True))
    raise SystemExit(f"callgrind wrote no totals to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "sets",
        nargs="*",
        default=["corpus"],
        metavar="SET",
        help=f"{', '.join(sorted(SETS))}, a folder of letters or a letter (default corpus)",
    )
    parser.add_argument("--passes", type=int, default=2, help="passes counted (default 2)")
    parser.add_argument("--cache", action="store_true", help="simulate the caches too")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    files = [file for name in args.sets for file in letters(name)]
    with tempfile.TemporaryDirectory(prefix="replyparse-ir-") as tmp:
        # not counted: compiles the byte code, makes the cache files
        warm = [sys.executable, "-c", _CHILD, "0", *map(str, files)]
        package = subprocess.run(
            warm, env=child_env(Path(tmp)), check=True, capture_output=True, text=True
        ).stdout.strip()
        more = counted(args.passes, files, args.cache, Path(tmp))
    parsed = args.passes * len(files)
    named = " ".join(args.sets)
    print(f"{named}: {len(files)} letters, {args.passes} passes counted, package {package}")
    for event in SHOWN:
        if event in more:
            print(f"{event:5} {more[event] / parsed:>12,.0f} a letter")


if __name__ == "__main__":
    main()
