"""``replyparse validate``: a letter's diagnostics as located, one-line messages.

Pure functions: the CLI reads the files and decides the exit code from what these return.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from replyparse.model import Diagnostic, Letter, Severity

FailOn = Severity
"""The lowest severity that fails a check."""
_RANK: dict[Severity, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Finding:
    """One diagnostic placed at a line and column (both 1-based) of the letter."""

    path: str
    line: int | None
    column: int | None
    diagnostic: Diagnostic

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}:{self.column}"
        d = self.diagnostic
        return f"{where}: {d.severity}: {d.code}: {d.message}"


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


def findings(path: str, letter: Letter) -> list[Finding]:
    """The letter's diagnostics in text order (unplaced ones first), located in its text."""
    text = letter.text or ""
    starts = _line_starts(text)
    out: list[Finding] = []
    for d in letter.diagnostics:
        if d.span is None:
            out.append(Finding(path, None, None, d))
            continue
        row = bisect_right(starts, d.span[0]) - 1
        out.append(Finding(path, row + 1, d.span[0] - starts[row] + 1, d))
    out.sort(key=lambda f: (f.line or 0, f.column or 0))
    return out


def failing(found: Sequence[Finding], fail_on: FailOn) -> list[Finding]:
    """The findings at or above ``fail_on``'s severity."""
    return [f for f in found if _RANK[f.diagnostic.severity] >= _RANK[fail_on]]
