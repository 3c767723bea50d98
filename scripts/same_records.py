"""Check that a refactor changed no record: the records of samples, seeds and corpus letters,
with the span keys added in schema version 1's additions taken out, must equal the
baseline records byte for byte.

    .venv/bin/python scripts/same_records.py /work/baseline

Run from the repository root (the baseline's ``source.path`` values are relative to it).
Prints one line per differing letter and a total; exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path

from replyparse import parse_file

# Keys added after the baseline was taken; each follows another key of its object, so it
# is removed with the comma before it.
ADDED = (
    "issuer_span|title_span|salutation_span|handling_type_span|public_span"
    "|kind_span|number_span|session_span|date_span|cc_spans|keyword_spans"
)
_SPAN = r"(?:null|\[\s*\d+,\s*\d+\s*\])"
_ADDED_KEY = re.compile(
    rf',\n\s*"(?:{ADDED})": (?:{_SPAN}|\[\s*\]|\[\s*{_SPAN}(?:,\s*{_SPAN})*\s*\])'
)

SETS = {
    "samples": Path("samples"),
    "seeds": Path("../shared/seeds"),
    "corpus": Path("../shared/corpus/letters"),
}


def without_added(record: str) -> str:
    return _ADDED_KEY.sub("", record)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("baseline", type=Path)
    args = ap.parse_args()
    total = differing = 0
    for name, folder in SETS.items():
        for letter in sorted(folder.glob("*.txt")):
            expected = args.baseline / name / f"{letter.stem}.json"
            if not expected.is_file():
                continue
            total += 1
            got = without_added(parse_file(letter).model_dump_json(indent=2) + "\n")
            want = expected.read_text(encoding="utf-8")
            if got != want:
                differing += 1
                print(f"DIFFERS {name}/{letter.name}")
                sys.stdout.writelines(
                    list(difflib.unified_diff(want.splitlines(True), got.splitlines(True)))[:40]
                )
    print(f"{total} letters compared, {differing} differ")
    return 1 if differing or not total else 0


if __name__ == "__main__":
    sys.exit(main())
