"""Every module-level name of the package is bound once.

chrome.py and resegment.py hold hundreds of compiled patterns; a second ``_ROW_LABEL = …``
further down a module silently replaces the first for every function that reads it at call
time, and neither ruff nor mypy says a word (fix111's round lost five letters' signatures so
before it saw why). A name bound twice at the top of a module, by assignment, ``def`` or
``class``, fails here with both line numbers.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "replyparse"


def rebound_names(source: str) -> dict[str, list[int]]:
    """Names the module's top level binds more than once, with the lines that bind them."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            names = [node.target.id] if isinstance(node.target, ast.Name) else []
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_the_check_sees_a_pattern_bound_twice() -> None:
    source = 'import re\n_LABEL = re.compile("a")\ndef f(): ...\n_LABEL = re.compile("b")\n'
    assert rebound_names(source) == {"_LABEL": [2, 4]}


def test_the_check_sees_a_function_over_a_constant() -> None:
    assert rebound_names("NAME = 1\ndef NAME(): ...\n") == {"NAME": [1, 2]}


def test_the_check_lets_distinct_names_and_local_rebinding_pass() -> None:
    source = "A = 1\nB: int = 2\ndef f():\n    A = 3\n    return A\n"
    assert rebound_names(source) == {}


@pytest.mark.parametrize(
    "module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    assert rebound_names(module.read_text(encoding="utf-8")) == {}
