"""Which records a change moved: a digest of the record of every text the project holds.

    PYTHONPATH=src .venv/bin/python scripts/record_identity.py OUT.tsv
    PYTHONPATH=src .venv/bin/python scripts/record_identity.py NEW.tsv --against BASE.tsv

The texts: every sample, seed and corpus letter (an absent set is left out), each of them
rewritten by every transform of the perturbation suite (``tests/perturb.py``), and every
string literal of ``tests/`` that holds Chinese and more Chinese characters than Latin
letters (the snippets the tests parse; docstrings are mostly English), and every such string
a test is parametrised with (texts built from pieces, which no literal holds whole; read off
pytest's collection, no test run). Each is parsed with
``parse_text(text, keep_text=False)`` and its record's JSON digested. ``OUT.tsv`` has one
``key<TAB>digest`` line per text: a letter's key (``corpus/017``), with ``:transform``, or
``lit:`` and the literal's own digest.

With ``--against``, prints how many texts the two files share and each key whose record
changed (and the counts only one file has: new test literals, removed ones), and exits 1
when any changed. A refactor should change none; a fix should change only what it says.
Records hold no path or time, so two runs of the same code give the same file.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import hashlib
import io
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import goldsets  # noqa: E402
import perturb  # noqa: E402
from replyparse import parse_text  # noqa: E402


def digest(text: str) -> str:
    """A short digest of ``text``'s record."""
    record = parse_text(text, keep_text=False)
    return hashlib.sha1(record.model_dump_json().encode()).hexdigest()[:16]


def _is_snippet(value: str) -> bool:
    """Whether a test's string literal is a letter's text or a part of one."""
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in value)
    latin = sum(ch.isascii() and ch.isalpha() for ch in value)
    return len(value) >= 12 and han > latin


def _snippets(tests: Path) -> dict[str, str]:
    """Each snippet literal of ``tests/*.py`` once, by the digest of its text."""
    found: dict[str, str] = {}
    for path in sorted(tests.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                value = node.value
                if _is_snippet(value):
                    key = "lit:" + hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()
                    found.setdefault(key[:16], value)
    return found


def _parameters(tests: Path) -> dict[str, str]:
    """Each snippet a test is parametrised with, once, by the same key as a literal's: the
    texts a test builds from pieces (``letter(closing=SIGN + "…")``), which no literal
    holds whole. Read off pytest's collection of ``tests/`` (no test is run)."""
    found: dict[str, str] = {}

    def add(value: object) -> None:
        if isinstance(value, str):
            if _is_snippet(value):
                key = "lit:" + hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()
                found.setdefault(key[:16], value)
        elif isinstance(value, (tuple, list)):
            for part in value:
                add(part)

    class Collector:
        def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
            for item in items:
                callspec = getattr(item, "callspec", None)
                if callspec is not None:
                    for value in callspec.params.values():
                        add(value)

    with contextlib.redirect_stdout(io.StringIO()):
        pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", str(tests)], [Collector()])
    return found


def identities() -> dict[str, str]:
    """{key: digest of its record} for every text (module docstring)."""
    out: dict[str, str] = {}
    for gold_set in goldsets.SETS:
        if not gold_set.present():
            continue
        for letter in goldsets.letters(gold_set):
            text, gold = letter.text(), letter.gold()
            out[letter.key] = digest(text)
            for transform in perturb.TRANSFORMS:
                rewritten = transform(text, gold, letter.key)
                if rewritten != text:
                    out[f"{letter.key}:{transform.name}"] = digest(rewritten)
    snippets = _snippets(ROOT / "tests")
    for key, text in _parameters(ROOT / "tests").items():
        snippets.setdefault(key, text)
    for key, text in snippets.items():
        out[key] = digest(text)
    return out


def _read(path: Path) -> dict[str, str]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2}


def compare(base: dict[str, str], new: dict[str, str]) -> list[str]:
    """The keys both hold whose records differ, in order."""
    return sorted(key for key in base.keys() & new.keys() if base[key] != new[key])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="where to write key<TAB>digest lines")
    parser.add_argument("--against", type=Path, help="a file this script wrote before")
    args = parser.parse_args(argv)
    found = identities()
    args.out.write_text("".join(f"{k}\t{v}\n" for k, v in found.items()), encoding="utf-8")
    print(f"{len(found)} texts: {args.out}")
    if args.against is None:
        return 0
    base = _read(args.against)
    changed = compare(base, found)
    shared = len(base.keys() & found.keys())
    print(
        f"{shared} in both, {len(changed)} changed, {len(base.keys() - found.keys())} only "
        f"in {args.against}, {len(found.keys() - base.keys())} only in {args.out}"
    )
    for key in changed:
        print(f"  changed {key}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
