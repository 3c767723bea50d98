"""The plain progress line printed before any file is done (a run whose first files are
old .doc letters, each converted by LibreOffice for seconds) has no rate to reckon an ETA
by: it says the ETA is not known yet, where it said ``ETA 0 s``, as if the run were about
to end. Once a file is done the ETA is reckoned as before."""

from __future__ import annotations

import re

from replyparse.progress import BatchStats, PlainReporter


def line(parsed: int, failed: int) -> str:
    reporter = PlainReporter(interval=0.0)
    stats = BatchStats(seen=8, to_do=8)
    reporter.start(stats, 2)
    stats.parsed, stats.failed = parsed, failed
    with reporter.console.capture() as capture:
        reporter.advance(stats)
    return capture.get()


def test_nothing_done_yet_gives_no_eta() -> None:
    assert line(0, 0) == "replyparse: 0/8 done, 0.0 files/s, 0 failed, ETA not known yet\n"


def test_a_file_done_gives_an_eta() -> None:
    assert re.fullmatch(
        r"replyparse: 3/8 done, [\d.]+ files/s, 1 failed, ETA [\d hmins]+\n", line(2, 1)
    )
