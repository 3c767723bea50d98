"""Generated parts of a Markdown file, each between ``<!-- NAME:start -->`` and
``<!-- NAME:end -->``: replacing one, and the command line the generators share
(rewrite the file, or ``--check`` that it is current).

Used by ``cli_reference.py`` (README.md) and ``tables_reference.py`` (docs/tables.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def replace_part(text: str, name: str, body: str, *, where: str) -> str:
    """``text`` with the part called ``name`` replaced by ``body``; :class:`RuntimeError`
    naming ``where`` (the file) when it has no such part."""
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", flags=re.DOTALL)
    if not pattern.search(text):
        raise RuntimeError(f"{where} has no <!-- {name}:start/end --> markers")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text, count=1)


def main(path: Path, render: Callable[[str], str], description: str) -> int:
    """Bring ``path``'s generated parts up to date with ``render``; with ``--check``,
    only say (exit 1) when they are stale."""
    where = path.relative_to(ROOT).as_posix()
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help=f"exit 1 when {where} is stale")
    args = parser.parse_args()
    current = path.read_text(encoding="utf-8")
    fresh = render(current)
    if args.check:
        if fresh != current:
            print(f"{where} is stale: run `make readme`", file=sys.stderr)
            return 1
        return 0
    if fresh != current:
        path.write_text(fresh, encoding="utf-8")
        print(f"{where} updated")
    return 0
