"""A paragraph's heading runs to its first ``。`` or ``；`` (docs/record.md, Sections): a
half-width ``;`` (a page typed in ASCII punctuation) ends it as ``；`` does, after every kind
of paragraph marker, ``第四、第五:`` too. Pinned so the two widths keep agreeing (dev33 009
and dev24 006: their gold runs to the 。, disputed against the record). Invented snippets.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "关于某事的答复\n王某委员:\n您提出的提案收悉,现答复如下:\n"
    "{marker}某纲要已经将某内容列出条款{sep}近年来各级做了大量工作,如某某活动等。\n"
    "{next}下一步将继续加强宣传。\n某市某局\n2019年6月1日\n"
)


@pytest.mark.parametrize("sep", [";", "；"])
@pytest.mark.parametrize(
    ("marker", "following"),
    [("第一、第二:", "第三:"), ("一、", "二、"), ("1.", "2.")],
)
def test_a_semicolon_of_either_width_ends_the_heading(
    sep: str, marker: str, following: str
) -> None:
    letter = parse_text(LETTER.format(marker=marker, sep=sep, next=following))
    first = letter.sections[0]
    assert (first.marker, first.heading) == (
        marker,
        "某纲要已经将某内容列出条款",
    )
