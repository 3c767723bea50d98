"""A signer a copy ran on after the letter's last sentence, over a date a wiki-style mirror
glued its citation marks to (``…按程序办理。  某县水利局`` / ``二〇一一年三月九日[2]``): the
marks end the date's line as its end does, so the signer is cut off the sentence and signs
(mirror57: an earlier round took the marks for a sentence the date opens and signed
nothing). A date with words after it stays a sentence's. Snippets are invented."""

from __future__ import annotations

import time

import pytest

from replyparse import parse_text
from replyparse.closing import footnote_start

HEAD = "关于第5号建议的答复\n孙某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局将按程序办理。  某县水利局\n"


@pytest.mark.parametrize(
    "date",
    [
        pytest.param("二〇一一年三月九日[2]", id="one-mark"),
        pytest.param("2011年3月9日[2][3]", id="two-marks"),
        pytest.param("\n二〇一一年三月九日[2]", id="after-a-blank-line"),
    ],
)
def test_the_run_on_signer_signs_over_a_marked_date(date: str) -> None:
    letter = parse_text(HEAD + date + "\n")
    assert letter.signature.issuer == "某县水利局"
    assert letter.signature.date == "2011-03-09"


def test_a_date_opening_a_sentence_signs_nothing() -> None:
    letter = parse_text(HEAD + "2011年3月9日[2]起开始施工。\n")
    assert letter.signature.issuer is None


def test_a_long_run_of_marks_is_read_in_one_pass() -> None:
    """A hostile line of thousands of marks that a stray ] ends (``[1][1]…x]``): where the
    marks begin is found walking back from the end, never searched for from each mark
    (quadratic: some ten seconds for this line before)."""
    text = "2011年3月9日" + "[1]" * 20000 + "x]"
    started = time.monotonic()
    assert footnote_start(text) == len(text)
    assert footnote_start(text[:-2]) == len("2011年3月9日")
    assert time.monotonic() - started < 1
