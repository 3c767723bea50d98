"""A long line of many claimed places and many places asked about (a flattened page, or a
hostile file: a 发文字号 and a sum, a 发文字号 and a date, a 《》 title and a ``<<>>`` one, a
title of many kind words, written thousands of times): each amount, date, doubled title or
kind word asked whether it lies in a range of the others by testing each range
(quadratic). Each now asks the ranges joined once (:class:`replyparse.context.Covered`), by
halving. The work is counted (lines of the modules run), never timed: doubling the line
must no more than about double it. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields import amounts, dates, proposal, references
from workcount import lines_run

_MODULES = (amounts, dates, proposal, references)


@pytest.mark.parametrize(
    "unit",
    [
        "某交函〔2021〕12号投入资金5万元，",  # amounts outside the numbers
        "某交函〔2021〕12号2021年9月3日，",  # dates outside the numbers
        "《甲办法》<<乙办法>>",  # doubled titles outside the 《》 ones
        "关于某某建议的答复",  # a title's kind words outside the places read
        "某局¥300元某交函〔2021〕12号",  # sums by the yuan's sign
        "2021.1.1-2021.2.1，2021-01-05，",  # figures-only dates outside dotted ranges
    ],
    ids=["amounts", "dates", "doubled-titles", "title-kind-words", "yuan-sign", "dotted"],
)
def test_work_grows_linearly(unit: str) -> None:
    small = lines_run(_MODULES, lambda: parse_text(unit * 200))
    large = lines_run(_MODULES, lambda: parse_text(unit * 400))
    assert large < 2.3 * small, (small, large)


def test_the_opening_kind_words_outside_quotes() -> None:
    """The opening's kind words are read outside its quotes, however many there are."""

    def opening(count: int) -> str:
        return "关于某事的答复\n张三代表：\n" + "“甲”该建议" * count + "现答复如下：\n"

    small = lines_run(_MODULES, lambda: parse_text(opening(200)))
    large = lines_run(_MODULES, lambda: parse_text(opening(400)))
    assert large < 2.3 * small, (small, large)


def test_the_claimed_places_still_excluded() -> None:
    """A date inside a 发文字号 is none, a sum after one is read; a tidy letter's own."""
    letter = parse_text("某交函〔2021〕12号投入资金5万元，2021年9月3日")
    assert [a.value for a in letter.amounts] == [50000]
    assert [d.value for d in letter.dates] == ["2021-09-03"]
