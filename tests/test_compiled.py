"""The mypyc build (``make compile``, ``scripts/compile.py``) gives the records the pure
package gives: every gold letter, every perturbation of one and every line of one alone,
parsed by both.

The rest of the suite runs the pure package (its monkeypatched modules must be Python).
Skipped when there is no build, or when it is stale (made from other sources than
``src/``'s): building takes minutes and a C compiler, so the test does not build."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from goldsets import all_letters, at_least, gold_texts

ROOT = Path(__file__).resolve().parent.parent

# scripts/compile.py, loaded by its path (scripts/ on sys.path would shadow tests' modules)
_spec = importlib.util.spec_from_file_location("_mypyc_build", ROOT / "scripts" / "compile.py")
assert _spec is not None and _spec.loader is not None
mypyc_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mypyc_build)

# The child: parse each text (one per line of stdin, JSON-quoted), print a digest of each
# record; first the file of a compiled module, to show it is the extension that ran.
_CHILD = """
import hashlib, json, sys
from replyparse import parse_text
import replyparse.resegment
print(replyparse.resegment.__file__)
for line in sys.stdin:
    record = parse_text(json.loads(line), keep_text=False).model_dump_json()
    print(hashlib.sha1(record.encode()).hexdigest())
"""


def _digest(text: str) -> str:
    from replyparse import parse_text

    record = parse_text(text, keep_text=False).model_dump_json()
    return hashlib.sha1(record.encode()).hexdigest()


@pytest.mark.slow
def test_compiled_build_gives_the_same_records() -> None:
    if not mypyc_build.DIGEST_FILE.is_file():
        pytest.skip("no mypyc build: `make compile` makes one (needs a C compiler)")
    if not mypyc_build.is_fresh():
        pytest.skip("the mypyc build is stale (src/ changed since): `make compile`")

    # and every line of a gold letter alone: short texts take other paths (a one-line
    # title once lost its line to a page-heading test that mypyc compiled wrongly)
    lines = {line for g in all_letters() for line in g.text().splitlines() if line.strip()}
    texts = [*gold_texts(), *sorted(lines)]
    assert len(texts) >= at_least(1000, 100)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input="".join(json.dumps(t) + "\n" for t in texts),
        env={**os.environ, "PYTHONPATH": str(mypyc_build.COMPILED_SRC)},
        capture_output=True,
        text=True,
        check=True,
    )
    module, *digests = done.stdout.splitlines()
    assert module.endswith(tuple(EXTENSION_SUFFIXES)), f"{module}: no extension loaded"
    assert Path(module).is_relative_to(mypyc_build.COMPILED_SRC)
    changed = [i for i, (t, d) in enumerate(zip(texts, digests, strict=True)) if _digest(t) != d]
    assert not changed, f"{len(changed)} records differ, the first: {texts[changed[0]][:80]!r}"
