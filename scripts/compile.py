"""Compile the parser's modules with mypyc into ``build/mypyc`` (opt-in; not a test).

    .venv/bin/python scripts/compile.py            # build, unless the build is up to date
    .venv/bin/python scripts/compile.py --check    # exit 1 when missing or stale
    PYTHONPATH=build/mypyc/src .venv/bin/replyparse extract samples/ -o out/

mypyc (part of mypy) turns type-annotated modules into C extensions; black and mypy ship
that way. The modules ``parse_text`` spends its time in are compiled; a letter then costs
about a fifth less time (a corpus letter 23% fewer instructions, docs/development.md).
The pure-Python package in ``src/`` stays the source and what ``make run`` and
``make test`` run; this build is a copy beside it. The release wheel (``make wheel``,
``hatch_build.py``) compiles the same ``MODULES`` through :func:`compile_copy`.

The build is a whole copy of the package (``build/mypyc/src/replyparse``: every module's
source, and an extension for each compiled one, which Python imports before the ``.py``
beside it), never extensions written into ``src/``, where an old one would silently run in
place of an edited module. The copy records a digest of the sources it was made from
(``SOURCE``); a build whose digest is not that of ``src/`` now is stale, and is rebuilt
here, and skipped by ``tests/test_compiled.py``.

Needs a C compiler and the Python headers (mypyc builds through setuptools). Left out,
and so run as Python: :mod:`replyparse.context` (a generic dataclass, which mypyc cannot
build yet: mypyc/mypyc#827), :mod:`replyparse.lexicon` (it keeps a weak reference to its
database, which a compiled class does not take) and :mod:`replyparse.idf` (the lexicon
subclasses its mapping, and a Python class cannot subclass a compiled one).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "replyparse"
BUILD = ROOT / "build" / "mypyc"
COMPILED_SRC = BUILD / "src"
DIGEST_FILE = BUILD / "SOURCE"

MODULES = [
    "parser",
    "checks",
    "resegment",
    "textview",
    "chrome",
    "repeats",
    "closing",
    "orgnames",
    "layout",
    "letter_parts",
    "elements",
    "labels",
    "unwrap",
    "flatforms",
    "newlines",
    "quotes",
    "traditional",
    "vocab",
    *(
        f"fields/{name}"
        for name in (
            "linescan",
            "dates",
            "amounts",
            "contacts",
            "references",
            "proposal",
            "numerals",
            "addressees",
            "cc",
            "docnumber",
            "handling",
            "issuer",
            "keywords",
            "publicity",
            "sections",
            "signature",
            "standards",
            "title",
        )
    ),
]
"""The modules compiled: those ``parse_text`` runs (paths under ``src/replyparse``)."""


def _sources() -> list[Path]:
    return sorted(
        p
        for p in PACKAGE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".so", ".pyd")
    )


def source_digest() -> str:
    """A digest of the package's files (names and contents), the compiler's version and the
    interpreter's: what a build is made from."""
    import mypy.version

    digest = hashlib.sha256(f"{mypy.version.__version__} {sys.version}\n".encode())
    for path in _sources():
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def is_fresh() -> bool:
    """Whether ``build/mypyc`` holds a build of ``src/`` as it is now."""
    try:
        return DIGEST_FILE.read_text(encoding="utf-8").strip() == source_digest()
    except OSError:
        return False


class CompileError(RuntimeError):
    """mypyc failed; the message ends with the log's last lines and where the whole is."""


def compile_copy(work: Path, env: Mapping[str, str]) -> list[Path]:
    """Copy the package into ``work/src/replyparse`` (a folder that does not exist yet),
    compile its ``MODULES`` there in place with mypyc run by this interpreter in ``env``,
    and return the extensions made (under ``work/src``: one a module, and mypyc's shared
    library beside the package). Raises :class:`CompileError` when mypyc fails. The build
    and the wheel's hook (``hatch_build.py``) both compile through here."""
    shutil.copytree(
        PACKAGE, work / "src" / "replyparse", ignore=shutil.ignore_patterns("__pycache__", "*.so")
    )
    shutil.copy2(ROOT / "pyproject.toml", work)  # the mypy settings the modules check under
    files = [f"src/replyparse/{name}.py" for name in MODULES]
    done = subprocess.run(
        [sys.executable, "-m", "mypyc", *files],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    (work / "build.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-20:])
        raise CompileError(
            f"{tail}\nmypyc failed (it needs a C compiler and the Python headers); "
            f"the whole log: {work / 'build.log'}"
        )
    shutil.rmtree(work / "build")  # the generated C and object files
    shutil.rmtree(work / ".mypy_cache", ignore_errors=True)
    return sorted(p for p in (work / "src").rglob("*") if p.suffix in (".so", ".pyd"))


def build() -> None:
    """Compile a copy of the package in a fresh folder, then put it where the last build
    was (a failed build leaves the last one as it was, and stale)."""
    work = BUILD.with_name("mypyc.partial")
    shutil.rmtree(work, ignore_errors=True)
    digest = source_digest()
    try:
        # no PYTHONPATH: one naming build/mypyc/src or src/ would show mypy a second package
        compile_copy(work, {**os.environ, "PYTHONPATH": ""})
    except CompileError as error:
        raise SystemExit(str(error)) from None
    (work / "SOURCE").write_text(digest + "\n", encoding="utf-8")
    shutil.rmtree(BUILD, ignore_errors=True)
    work.rename(BUILD)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when missing or stale")
    args = parser.parse_args()
    if is_fresh():
        print(f"up to date: {COMPILED_SRC}")
        return
    if args.check:
        raise SystemExit(f"missing or stale: {BUILD} (make compile)")
    print(f"compiling {len(MODULES)} modules with mypyc (a few minutes) ...", flush=True)
    build()
    print(f"built: PYTHONPATH={COMPILED_SRC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
