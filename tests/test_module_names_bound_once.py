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
            names = [n.id for t in node.targets for n in _targets(t)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            names = [node.target.id] if isinstance(node.target, ast.Name) else []
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            overload = any(_named(d, "overload") for d in node.decorator_list)
            names = [] if overload else [node.name]
        elif isinstance(node, ast.ClassDef):
            names = [node.name]
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            # (a def or a pattern named as an imported name replaces the import: review66;
            # ``import a.b`` and ``import a.c`` bind the one package ``a``, no rebinding)
            names = [
                a.asname or a.name
                for a in node.names
                if a.name != "*" and (a.asname or "." not in a.name)
            ]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def _targets(target: ast.expr) -> list[ast.Name]:
    """The names an assignment's target binds (``A, B = …`` binds both)."""
    if isinstance(target, ast.Name):
        return [target]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [n for t in target.elts for n in _targets(t)]
    return []


def _named(decorator: ast.expr, name: str) -> bool:
    """Whether ``decorator`` is ``name`` or ``module.name`` (``@overload``, ``@typing.overload``)."""
    if isinstance(decorator, ast.Name):
        return decorator.id == name
    return isinstance(decorator, ast.Attribute) and decorator.attr == name


def test_the_check_sees_an_import_rebound_and_an_unpacked_name() -> None:
    source = "from re import compile\nA, B = 1, 2\ndef compile(): ...\nB = 3\n"
    assert rebound_names(source) == {"compile": [1, 3], "B": [2, 4]}


def test_the_check_lets_overloads_pass() -> None:
    source = "@overload\ndef f(a: int) -> int: ...\n@overload\ndef f(a: str) -> str: ...\n"
    assert rebound_names(source + "def f(a): ...\n") == {}


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
