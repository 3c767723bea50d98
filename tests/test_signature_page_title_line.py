"""A page's title over the date, as a site's template writes it: the item's heading ending
as a reply does, then ``_`` and the page's publisher (``排涝工程答复_水务局``).
title58 decided that what a page's title writes after that separator is the page's, and
issuer59 that a page's publisher names no issuer: the line signs nothing, whatever the
publisher's name (an earlier round signed the whole line, or the authority after ``_``, or
nothing where a brand's word opened it). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "关于加快丁村排涝工程的答复\n吴某代表：\n你提出的关于加快丁村排涝工程的建议收悉。"
    "现答复如下：\n工程已于今春开工。\n感谢你的关心。\n{line}\n2030年9月1日\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "排涝工程答复_水务局",
        "排涝工程答复_丁山县水务局",
        "体育场馆建设答复_教育局",
        "排涝工程的复函_丁山县水务局",
    ],
)
def test_a_page_title_over_the_date_signs_nothing(line: str) -> None:
    record = parse_text(LETTER.format(line=line))
    assert record.signature.issuer is None
    assert record.issuer is None
    assert record.signature.date == "2030-09-01"
    assert span_problems(record) == []


def test_the_signer_itself_still_signs() -> None:
    record = parse_text(LETTER.format(line="丁山县水务局"))
    assert record.signature.issuer == "丁山县水务局"
