"""No module of the package binds a module-level name twice (an assignment, a function or
a class). A second ``_SENTENCE = …`` lower in ``chrome.py`` silently rebound the first for
every function that used it; a pattern meant for one new use must get a name of its own.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

import replyparse

PACKAGE = Path(replyparse.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_twice(path: Path) -> dict[str, list[int]]:
    lines: defaultdict[str, list[int]] = defaultdict(list)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            for target in node.targets:
                names += [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        for name in names:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_module_binds_each_name_once(path: Path) -> None:
    assert _bound_twice(path) == {}
