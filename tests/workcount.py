"""Work counted, never timed: the lines of some modules run while a call runs (a linear-work
test doubles a hostile input and asks that the count no more than about doubles)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from types import FrameType, ModuleType


def lines_run(modules: tuple[ModuleType, ...], call: Callable[[], object]) -> int:
    """How many lines of ``modules`` run (generator expressions' steps included) while
    ``call()`` runs."""
    files = {module.__file__ for module in modules}
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> object:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: object) -> object:
        return local if frame.f_code.co_filename in files else None

    before = sys.gettrace()
    sys.settrace(calls)
    try:
        call()
    finally:
        sys.settrace(before)
    return count


class CountedPattern:
    """A compiled pattern whose searches add the characters they are given to
    ``counter[0]`` (patched in for a module's own pattern)."""

    def __init__(self, pattern: re.Pattern[str], counter: list[int]) -> None:
        self.pattern, self.counter = pattern, counter

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        self.counter[0] += min(len(text), endpos) - pos
        return self.pattern.search(text, pos, endpos)
