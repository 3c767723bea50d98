"""A reporter's lines: written as rich's console prints them as text, without rich until
a console is made (a cold run of one letter prints one line, and rich's import cost it 5%
of its instructions)."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from rich.console import Console
from rich.text import Text

from replyparse.progress import BatchStats, PlainReporter, QuietReporter

LINES = [
    pytest.param("replyparse: 1 letter parsed, written to out (0.23 s)", id="ascii"),
    pytest.param("note: 某市档案馆/答复函.txt: 已跳过", id="hanzi"),
    pytest.param("x" * 300, id="longer-than-a-terminal"),
    pytest.param("[bold]not markup[/bold] :smile: and `ticks`", id="markup-and-emoji-codes"),
    pytest.param("two\nlines", id="a-newline"),
    pytest.param("a\ttab after 甲乙", id="a-tab"),
    pytest.param("bell\a back\b vt\v ff\f cr\r end", id="control-codes"),
    pytest.param("escape \x1b[31m kept", id="escape"),
    pytest.param("", id="empty"),
]


def rich_printed(line: str) -> str:
    out = io.StringIO()
    Console(file=out, highlight=False, soft_wrap=True).print(Text(line))
    return out.getvalue()


@pytest.mark.parametrize("line", LINES)
def test_a_line_reads_as_rich_prints_it(line: str, capsys: pytest.CaptureFixture[str]) -> None:
    QuietReporter().say(line)
    assert capsys.readouterr().err == rich_printed(line)


def test_a_made_console_prints_every_line() -> None:
    reporter = PlainReporter()
    with reporter.console.capture() as capture:  # (a progress bar's lines go through it)
        reporter.say("replyparse: 2/8 done")
    assert capture.get() == "replyparse: 2/8 done\n"


def test_a_one_line_summary_imports_no_rich() -> None:
    code = (
        "import sys\n"
        "from replyparse.progress import BatchStats, PlainReporter\n"
        "stats = BatchStats(seen=1, to_do=1, parsed=1, output='out')\n"
        "PlainReporter().finish(stats)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"
    assert done.stderr.startswith("replyparse: 1 letter parsed, written to out (")


def test_a_summary_table_still_comes_from_rich(capsys: pytest.CaptureFixture[str]) -> None:
    stats = BatchStats(seen=3, to_do=3, parsed=3, output="out")
    PlainReporter().finish(stats)
    err = capsys.readouterr().err
    assert "replyparse extract" in err and "files found" in err
    assert err.endswith("output: out\n")
