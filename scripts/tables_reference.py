"""Write the column reference of ``docs/tables.md`` from the tables' description.

The reference sits between ``<!-- tables:start -->`` and ``<!-- tables:end -->`` and is
replaced whole with :func:`replyparse.tables.reference.markdown`.

Usage::

    python scripts/tables_reference.py          # rewrite docs/tables.md (make readme)
    python scripts/tables_reference.py --check  # exit 1 when docs/tables.md is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

from replyparse.tables.reference import markdown

sys.path.insert(0, str(Path(__file__).resolve().parent))
from marked_parts import ROOT, main, replace_part

DOC = ROOT / "docs" / "tables.md"


def render(doc: str) -> str:
    """``doc`` with its column reference brought up to date."""
    return replace_part(doc, "tables", "\n" + markdown() + "\n", where="docs/tables.md")


if __name__ == "__main__":
    raise SystemExit(main(DOC, render, __doc__.splitlines()[0]))
