"""``replyparse validate``: a letter's diagnostics as located findings, and the verdict.

Pure functions: :mod:`replyparse.validate_run` reads the files, the CLI prints what
:mod:`replyparse.validate_formats` makes of the findings and exits with :func:`exit_code`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from replyparse.config import Policy
from replyparse.letterness import NOT_A_LETTER, NOT_A_LETTER_MESSAGE, is_letter
from replyparse.model import FailOn, Letter, Severity
from replyparse.progress import plural
from replyparse.rules import ALWAYS_ON

_RANK: dict[FailOn, int] = {"info": 0, "warning": 1, "error": 2, "none": 3}

UNREADABLE = "unreadable"
"""The code of a file that could not be checked: unreadable, the parser failed, past the
time limit, or its worker died (not a rule: it cannot be switched off)."""

DEFAULT_POLICY = Policy()


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem of one file, placed at a line and column (1-based, in characters of the
    text as read) when it has a span. ``end_column`` is the column after the last
    character, as in SARIF."""

    path: str
    code: str
    severity: Severity
    message: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}:{self.column}"
        return f"{where}: {self.severity}: {self.code}: {self.message}"


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


def _place(starts: list[int], offset: int) -> tuple[int, int]:
    row = bisect_right(starts, offset) - 1
    return row + 1, offset - starts[row] + 1


def findings(path: str, letter: Letter, policy: Policy = DEFAULT_POLICY) -> list[Finding]:
    """The letter's findings in text order (unplaced ones first), under ``policy``.

    A record that is not a letter (:func:`replyparse.letterness.is_letter`) gives the one
    ``not-a-letter`` finding, unless that rule is off: the missing-part warnings would
    only repeat it. The :data:`~replyparse.rules.ALWAYS_ON` findings (``internal-error``)
    come first all the same: a failing parser can be why nothing of a letter was found.
    """
    out = _located(path, letter, policy)
    if policy.runs(NOT_A_LETTER) and not is_letter(letter):
        severity = policy.severity_of(NOT_A_LETTER, "error")
        always = [f for f in out if f.code in ALWAYS_ON]
        return [*always, Finding(path, NOT_A_LETTER, severity, NOT_A_LETTER_MESSAGE)]
    return out


def _located(path: str, letter: Letter, policy: Policy) -> list[Finding]:
    """The diagnostics that ``policy`` runs, as findings placed in the text."""
    starts = _line_starts(letter.text or "")
    out: list[Finding] = []
    for d in letter.diagnostics:
        code = str(d.code)
        if not policy.runs(code):
            continue
        severity = policy.severity_of(code, d.severity)
        if d.span is None:
            out.append(Finding(path, code, severity, d.message))
            continue
        start, end = d.span
        line, column = _place(starts, start)
        end_line, last_column = _place(starts, max(start, end - 1))
        end_column = last_column + 1 if end > start else last_column
        out.append(Finding(path, code, severity, d.message, line, column, end_line, end_column))
    out.sort(key=lambda f: (f.line or 0, f.column or 0))
    return out


def unreadable(path: str, reason: str) -> Finding:
    """The finding of a file or folder that could not be read."""
    return Finding(path, UNREADABLE, "error", reason)


def failing(found: Iterable[Finding], fail_on: FailOn) -> list[Finding]:
    """The findings at or above ``fail_on``'s severity (none for ``none``). A file that
    could not be read or checked, and a letter the parser failed on (``internal-error``),
    always fail: the check itself is incomplete there, whatever the threshold."""
    return [
        f
        for f in found
        if f.code == UNREADABLE or f.code in ALWAYS_ON or _RANK[f.severity] >= _RANK[fail_on]
    ]


@dataclass(slots=True)
class Summary:
    """Counts for the closing line. ``letters`` counts the files read and checked as
    letters; a file read but found no letter (its ``not-a-letter`` finding) is counted in
    ``not_letters`` instead, so that a stray note in a folder of letters is told apart."""

    letters: int = 0
    not_letters: int = 0
    """Files read whose text holds nothing of a letter (a ``not-a-letter`` finding)."""
    unreadable: int = 0
    """Files that could not be read, or not checked in time (each one finding)."""
    failing: int = 0
    """Findings at or above ``--fail-on``: any makes the exit code 1."""
    severities: Counter[Severity] = field(default_factory=Counter)
    """The other findings by severity."""
    failing_severities: Counter[Severity] = field(default_factory=Counter)
    """The findings at or above ``--fail-on`` (unreadable files aside), by severity."""

    def add(self, found: Sequence[Finding], fail_on: FailOn, *, read: bool = True) -> None:
        if read and any(f.code == NOT_A_LETTER for f in found):
            self.not_letters += 1
        else:
            self.letters += read
        for f in found:
            if f.code == UNREADABLE:
                self.unreadable += 1
            else:
                self.severities[f.severity] += 1
        failed = failing(found, fail_on)
        self.failing += len(failed)
        self.failing_severities.update(f.severity for f in failed if f.code != UNREADABLE)

    def why_failed(self, fail_on: FailOn, source: str = "") -> str | None:
        """Why the check fails when it found no error and every file was read, in one
        plain line: ``failed: 2 warnings at or above --fail-on warning (the default)``;
        None when it passes, or when an error or an unreadable file, counted in the
        summary, says why. A user who sees ``0 errors`` and a failing exit code learns
        that the threshold is why, and where it was set (``source``: ``the default``,
        ``fail-on in pyproject.toml``; empty when given on the command line)."""
        if not self.failing or self.unreadable or self.failing_severities["error"]:
            return None
        counts = [
            plural(self.failing_severities[s], s, "info" if s == "info" else None)
            for s in ("warning", "info")
            if self.failing_severities[s]
        ]
        where = f" ({source})" if source else ""
        return f"failed: {' and '.join(counts)} at or above --fail-on {fail_on}{where}"

    def line(self) -> str:
        """``3 letters, 2 warnings, 0 errors``; files that are no letter, infos and
        unreadable files when there are (``3 letters, 1 not a letter, …``: a not-a-letter
        finding is counted among the errors, or its severity, as it is printed)."""
        parts = [plural(self.letters, "letter")]
        if self.not_letters:
            parts.append(plural(self.not_letters, "not a letter", "not letters"))
        parts += [
            plural(self.severities["warning"], "warning"),
            plural(self.severities["error"], "error"),
        ]
        if infos := self.severities["info"]:
            parts.append(plural(infos, "info", "info"))
        if self.unreadable:
            parts.append(f"{self.unreadable} unreadable")
        return ", ".join(parts)

    def exit_code(self) -> int:
        """0 nothing at or above the threshold, 1 something is (or a file was unreadable),
        2 no letter was found at all (a CI job pointed at the wrong folder must not pass)."""
        if self.letters == 0 and self.not_letters == 0 and self.unreadable == 0:
            return 2
        return 1 if self.failing else 0
