"""The plain progress line (a log, CI) printed before any file is done: a run whose first
files are old .doc letters, each converted by LibreOffice for seconds, or waiting on
jieba's dictionary. It has no rate to reckon an ETA by: it said ``ETA 0 s``, as if the
run were about to end, then ``0.0 files/s, ETA not known yet`` every 5 s, the same line
again; it says now how long the run has gone without a file finished, so each line tells
the run is alive. One file to parse gets no periodic line at all (``0/1 done`` says
nothing its closing line will not). Once a file is done the ETA is reckoned as before."""

from __future__ import annotations

import re

import pytest

from replyparse.progress import BatchStats, PlainReporter


def line(parsed: int, failed: int) -> str:
    reporter = PlainReporter(interval=0.0)
    stats = BatchStats(seen=8, to_do=8)
    reporter.start(stats, 2)
    stats.parsed, stats.failed = parsed, failed
    with reporter.console.capture() as capture:
        reporter.advance(stats)
    return capture.get()


def test_nothing_done_yet_says_the_time_so_far_not_a_rate() -> None:
    assert re.fullmatch(
        r"replyparse: 0/8 done, no file finished yet \(\d+ s so far\)\n", line(0, 0)
    )


ONE_TO_PARSE = [
    pytest.param(1, id="one-letter"),
    pytest.param(40, id="one-changed-of-forty"),  # (the start line says 1 to parse)
]


@pytest.mark.parametrize("seen", ONE_TO_PARSE)
def test_one_file_to_parse_gets_no_periodic_line(seen: int) -> None:
    reporter = PlainReporter(interval=0.0)
    stats = BatchStats(seen=seen, to_do=1)
    reporter.start(stats, 1)
    with reporter.console.capture() as capture:
        reporter.advance(stats)
    assert capture.get() == ""


def test_a_file_done_gives_an_eta() -> None:
    assert re.fullmatch(
        r"replyparse: 3/8 done, [\d.]+ files/s, 1 failed, ETA [\d hmins]+\n", line(2, 1)
    )
