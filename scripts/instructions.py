"""Instructions a letter of ``parse_text``, counted by callgrind: a measure of speed that
a busy machine does not move (not a test, not a timing).

    .venv/bin/python scripts/instructions.py [corpus|samples|seeds|all|FILE|FOLDER ...] [--cache]
    .venv/bin/python scripts/instructions.py all --stages   # each stage's share too

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

``--stages`` counts each stage of ``parse_text`` in place, in the parse as it runs (no stage
replayed on inputs kept from another run, which misled before: a stage replayed over letters
taken in turn reads its memos cold): each stage is called through a C function of its own
that nothing else in a parse calls (``itertools.starmap``, ``operator.call`` …, see
:data:`_TRAMPOLINES`), and callgrind's inclusive count of that function is the stage's.
Eight stages a counted process; two processes count the sixteen of :data:`STAGES` (the
view, re-segmenting, the layout, the keywords, the record's items placed, each extractor
of note, and the other extractors together); what is left (``parse_text``'s own loop,
the record made, the newlines) is the total less them.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
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


# --stages: each stage called through one of these C functions (each calls a Python function
# once and is called nowhere else in a parse), so callgrind's inclusive count of that C
# function is the stage's. Its symbol as callgrind names it, and the wrapper's source.
_TRAMPOLINES = {
    "starmap_next": "lambda f: lambda *a, **k: next(itertools.starmap(lambda: f(*a, **k), ((),)))",
    "groupby_next": (
        "lambda f: lambda *a, **k: (lambda out: (next(itertools.groupby((0,), "
        "key=lambda _: out.append(f(*a, **k)))), out[0])[1])([])"
    ),
    "_operator_call": "lambda f: lambda *a, **k: operator.call(f, *a, **k)",
    "takewhile_next": (
        "lambda f: lambda *a, **k: (lambda out: (list(itertools.takewhile("
        "lambda _: out.append(f(*a, **k)), (0,))), out[0])[1])([])"
    ),
    "partial_vectorcall": "lambda f: lambda *a, **k: functools.partial(f, *a, **k)()",
    "dropwhile_next": (
        "lambda f: lambda *a, **k: (lambda out: (next(itertools.dropwhile("
        "lambda _: out.append(f(*a, **k)), (0,))), out[0])[1])([])"
    ),
    "accumulate_next": (
        "lambda f: lambda *a, **k: list(itertools.accumulate((0, 0), lambda x, y: f(*a, **k)))[1]"
    ),
    "defdict_missing": "lambda f: lambda *a, **k: collections.defaultdict(lambda: f(*a, **k))[0]",
}
STAGES = (
    # (stage, what is wrapped: a name in replyparse.parser, an extractor's name, or several)
    ("the view (TextView)", "TextView"),
    ("unwrap", "unwrap"),
    ("re-segmenting (resegment)", "resegment"),
    ("the layout (segment)", "segment"),
    ("keywords", "extractor:keywords"),
    ("proposal", "extractor:proposal"),
    ("contacts", "extractor:contacts"),
    ("items placed (Context.add_all)", "add_all"),
    ("sections", "extractor:sections"),
    ("dates", "extractor:dates"),
    ("amounts", "extractor:amounts"),
    ("doc_number", "extractor:doc_number"),
    ("salutation", "extractor:salutation"),
    ("references", "extractor:references"),
    ("layout_checks", "extractor:layout_checks"),
    ("the other extractors", "extractor:*"),
)

# The process counted with --stages: the stages of STAGES[first:first + 8] wrapped, each in
# one of the trampolines in turn (argv: passes, first, letters).
_STAGES_CHILD = """
import collections, functools, itertools, operator, sys
from pathlib import Path
from replyparse import nlp
import replyparse.parser as P
import replyparse.context as C
tramps = [TRAMPOLINES]
stages = STAGES
first = int(sys.argv[2])
chosen = stages[first : first + len(tramps)]
named = {what.split(":", 1)[1] for _, what in stages if what.startswith("extractor:")}
wrapped = {}
for (stage, what), tramp in zip(chosen, tramps):
    if what == "add_all":
        C.Context.add_all = tramp(C.Context.add_all)
    elif what.startswith("extractor:"):
        wrapped[what.split(":", 1)[1]] = tramp
    else:
        setattr(P, what, tramp(getattr(P, what)))
def wrap(e):
    tramp = wrapped.get(e.name) or (wrapped.get("*") if e.name not in named else None)
    return P.Extractor(e.name, tramp(e.run)) if tramp else e
P.REGISTRY = tuple(map(wrap, P.REGISTRY))
P.KEYWORDS = next(e for e in P.REGISTRY if e.name == "keywords")
P.SALUTATION = next(e for e in P.REGISTRY if e.name == "salutation")
texts = [p.read_text(encoding="utf-8") for p in map(Path, sys.argv[3:])]
nlp.warm_up()
for text in texts:
    P.parse_text(text)
def one_pass(acc, _):
    for text in texts:
        P.parse_text(text)
functools.reduce(one_pass, range(int(sys.argv[1])), None)
""".replace("TRAMPOLINES", ", ".join(_TRAMPOLINES.values())).replace("STAGES\n", f"{STAGES!r}\n")


_INCLUSIVE_LINE = re.compile(r"\s*([0-9,]+) \(\s*[0-9.]+%\)\s+(\S+)")


def inclusive(out: Path, symbols: list[str]) -> dict[str, int]:
    """callgrind's inclusive Ir of each of ``symbols`` (C functions) in ``out``."""
    text = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return inclusive_counts(text, symbols)


def inclusive_counts(text: str, symbols: list[str]) -> dict[str, int]:
    """Each of ``symbols`` with its count in ``text``, ``callgrind_annotate --inclusive=yes``'s
    listing: the first line naming it (the largest; a function's lines for the headers it
    inlines and its recursive calls, ``name'2``, come after it or are not it)."""
    found: dict[str, int] = {}
    for line in text.splitlines():
        m = _INCLUSIVE_LINE.match(line)  # ``  51,972,270 ( 6.02%)  file.c:function [lib]``
        if m is None:
            continue
        name = m.group(2).rsplit(":", 1)[-1]
        if name in symbols and name not in found:
            found[name] = int(m.group(1).replace(",", ""))
    return found


def stage_counts(passes: int, files: list[Path], folder: Path) -> list[tuple[str, int]]:
    """Each stage of :data:`STAGES` and its instructions over the counted passes."""
    symbols = list(_TRAMPOLINES)
    fixed = ["setarch", platform.machine(), "-R"] if shutil.which("setarch") else []
    counts: list[tuple[str, int]] = []
    for first in range(0, len(STAGES), len(symbols)):
        out = folder / f"callgrind.stages.{first}"
        command = [
            *fixed,
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=functools_reduce",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            _STAGES_CHILD,
            str(passes),
            str(first),
            *map(str, files),
        ]
        subprocess.run(command, env=child_env(folder), check=True, capture_output=True)
        found = inclusive(out, symbols)
        chunk = STAGES[first : first + len(symbols)]
        for (stage, _), symbol in zip(chunk, symbols[: len(chunk)], strict=True):
            counts.append((stage, found.get(symbol, 0)))
    return counts


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
    parser.add_argument(
        "--stages", action="store_true", help="each stage's instructions too (two more runs)"
    )
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
        stages = stage_counts(args.passes, files, Path(tmp)) if args.stages else []
    parsed = args.passes * len(files)
    named = " ".join(args.sets)
    print(f"{named}: {len(files)} letters, {args.passes} passes counted, package {package}")
    for event in SHOWN:
        if event in more:
            print(f"{event:5} {more[event] / parsed:>12,.0f} a letter")
    if stages:
        total = more["Ir"]
        for stage, count in [*stages, ("the rest", total - sum(c for _, c in stages))]:
            print(f"  {stage:32} {count / parsed:>12,.0f} {100 * count / total:6.1f}%")


if __name__ == "__main__":
    main()
