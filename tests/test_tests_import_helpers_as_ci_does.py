"""Test modules import the shared helpers as top-level modules (``from snippets import
COPIES``), never through a ``tests`` package: ``make test`` runs pytest's own entry point, where
the checkout's folder is not on ``sys.path``, so ``from tests.snippets import …`` imports in a
worktree run with ``python -m pytest`` and fails to collect on a clean clone (stop 73 caught
one so)."""

from __future__ import annotations

import re
from pathlib import Path

_TESTS = Path(__file__).resolve().parent
_THROUGH_PACKAGE = re.compile(r"^\s*(?:from|import)\s+tests(?:\.|\s|$)", re.MULTILINE)


def test_no_test_module_imports_through_a_tests_package() -> None:
    offenders = sorted(
        path.name
        for path in _TESTS.rglob("*.py")
        if _THROUGH_PACKAGE.search(path.read_text(encoding="utf-8"))
    )
    assert offenders == []


def test_the_check_sees_such_an_import() -> None:
    assert _THROUGH_PACKAGE.search("import pytest\nfrom tests.snippets import COPIES\n")
    assert not _THROUGH_PACKAGE.search("from snippets import COPIES\n")
