"""The layout checks make every diagnostic one way, through ``checks._diag``: three of
them once built theirs with ``make_diagnostic`` directly, each spelling out the dict of
code, severity, message and span, so a change to how a check's diagnostic is made (a
field added, a span's form) had four places to be made in."""

from __future__ import annotations

import ast
import inspect

from replyparse import checks
from replyparse.model import DiagnosticCode


def _callers_of(tree: ast.AST, name: str) -> list[str]:
    """The functions of ``tree`` that call ``name`` by that name."""
    out: list[str] = []
    for func in ast.walk(tree):
        if isinstance(func, ast.FunctionDef):
            for node in ast.walk(func):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == name
                ):
                    out.append(func.name)
    return out


def test_make_diagnostic_is_called_by_the_helper_alone() -> None:
    tree = ast.parse(inspect.getsource(checks))
    assert _callers_of(tree, "make_diagnostic") == ["_diag"]


def test_the_helper_makes_what_make_diagnostic_made() -> None:
    placed = checks._diag(DiagnosticCode.DATE_ZERO_PADDED, "warning", "03 padded", (4, 6))
    assert (placed.code, placed.severity, placed.message, placed.span) == (
        "date-zero-padded",
        "warning",
        "03 padded",
        (4, 6),
    )
    whole = checks._diag(DiagnosticCode.MISSING_TITLE, "warning", "no title")
    assert whole.span is None
