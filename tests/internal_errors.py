"""The spy behind conftest's guard: every ``internal-error`` a parse makes, noted by step."""

from __future__ import annotations

import pytest

from replyparse import parser as parser_module
from replyparse.model import Diagnostic


def note_internal_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, each step that fails inside ``parse_text`` is noted in the list returned
    (``step: Error: message``); the diagnostic is made as before."""
    failed: list[str] = []
    made = parser_module._internal_error

    def noted(step: str, exc: Exception) -> Diagnostic:
        failed.append(f"{step}: {type(exc).__name__}: {exc}")
        return made(step, exc)

    monkeypatch.setattr(parser_module, "_internal_error", noted)
    return failed
