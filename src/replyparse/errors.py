"""Domain errors. The CLI turns them into exit codes and one-line messages."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

Stage = Literal["read", "parse", "write"]


class ReplyparseError(Exception):
    """Base class of every error replyparse raises on purpose."""


class InputError(ReplyparseError):
    """A file could not be turned into a letter: names the file, the stage and the reason."""

    def __init__(self, path: str | Path, reason: str, stage: Stage = "read") -> None:
        self.path = str(path)
        self.reason = reason
        self.stage: Stage = stage
        super().__init__(f"{self.path}: {reason}")
