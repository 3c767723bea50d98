"""Write the column reference of ``docs/tables.md`` from the tables' description.

The reference sits between ``<!-- tables:start -->`` and ``<!-- tables:end -->`` and is
replaced whole with :func:`replyparse.tables.reference.markdown`.

Usage::

    python scripts/tables_reference.py          # rewrite docs/tables.md (make readme)
    python scripts/tables_reference.py --check  # exit 1 when docs/tables.md is stale
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from replyparse.tables.reference import markdown

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "tables.md"
_PART = re.compile(r"(<!-- tables:start -->\n).*?(<!-- tables:end -->)", flags=re.DOTALL)


def render(doc: str) -> str:
    """``doc`` with its column reference brought up to date."""
    if not _PART.search(doc):
        raise RuntimeError("docs/tables.md has no <!-- tables:start/end --> markers")
    return _PART.sub(lambda m: m.group(1) + "\n" + markdown() + "\n" + m.group(2), doc, count=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is stale")
    args = parser.parse_args()
    current = DOC.read_text(encoding="utf-8")
    fresh = render(current)
    if args.check:
        if fresh != current:
            print("docs/tables.md is stale: run `make readme`", file=sys.stderr)
            return 1
        return 0
    if fresh != current:
        DOC.write_text(fresh, encoding="utf-8")
        print("docs/tables.md updated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
