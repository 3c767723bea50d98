"""The processes Linux lists under /proc, from their stat lines (the readers' tests and
``scripts/bench.py`` walk them)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Process:
    pid: int
    name: str
    state: str
    """``R``, ``S``, … ``Z`` for a zombie."""
    ppid: int
    session: int


def processes() -> Iterator[Process]:
    """Every process still there when its stat line is read."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        yield Process(int(entry), name, fields[0], int(fields[1]), int(fields[3]))
