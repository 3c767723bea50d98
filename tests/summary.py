"""Reading a batch run's closing summary from its standard error, in either form: the
table (``parsed │ 12``) or the one line of a run with little to say (``nothing to do:
20 files unchanged …``, ``1 letter parsed, …``, ``1 file failed, …``)."""

from __future__ import annotations

import re

_NOTHING_TO_DO = re.compile(r"replyparse: nothing to do: (?P<n>\d+) files? unchanged")
_ONE = re.compile(r"replyparse: 1 (?:letter (?P<parsed>parsed)|file (?P<failed>failed))")


def summary_count(stderr: str, row: str) -> int:
    """The count the summary gives for ``row`` (``parsed``, ``unchanged since the last run``…)."""
    match = re.search(rf"{re.escape(row)}\s*│\s*(\d+)", stderr)
    if match:
        return int(match.group(1))
    if row.startswith("not done") and re.search(r"files found\s*│", stderr):
        return 0  # (a table leaves the row out when nothing is left: cli76)
    if short := _NOTHING_TO_DO.search(stderr):
        n = int(short.group("n"))
        counts = {"files found": n, "unchanged since the last run": n, "parsed": 0, "failed": 0}
    elif short := _ONE.search(stderr):
        parsed = short.group("parsed") is not None
        counts = {"files found": 1, "unchanged since the last run": 0, "parsed": int(parsed)}
        counts["failed"] = 1 - int(parsed)
    else:
        counts = {}
    assert row in counts, f"no {row!r} row in:\n{stderr}"
    return counts[row]
