"""A page's heading that is the proposal's own title (``关于…的建议``), the page's cells under
it, over the letter's own title printed over two lines (``对区九届人大一次会议`` /
``第0321号建议的答复``): the item's title, header, read for the proposal, and the title the
two lines the letter prints, as over a title whole on its line (dev129: the three lines were
read as one title). Flattened with nothing between its lines, the cell naming the site with the
font tool's label glued after it (``来源:某区政务网字号对…``) is the page's too. Snippets in
our own words, invented names and numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

PAGE = (
    "位置:首页--政务公开--建议提案\n\n关于改善某医院门前通行条件的建议\n\n"
    "发布日期:2031-10-19 09:39 来源:某区政务网\n字号\n\n"
    "对区九届人大一次会议\n\n第0321号建议的答复\n\n王某代表:\n\n"
    "您提出的《关于改善某医院门前通行条件的建议》已收悉，经研究，现答复如下：\n"
    "我区已协调公交公司调整站点位置，并增设隔离护栏，缓解了行人横穿马路的问题。\n"
    "感谢您对我区工作的关心和支持。\n\n二〇三一年五月三十日\n"
)


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param(lambda t: t, id="lined"),
        pytest.param(spaced, id="spaced"),
        pytest.param(glued, id="glued"),
    ],
)
def test_the_proposals_title_over_the_letters_broken_title_is_header(copy) -> None:
    record = parse_text(copy(PAGE), keywords=False)
    assert record.title == "对区九届人大一次会议第0321号建议的答复"
    assert record.proposal is not None
    assert (record.proposal.number, record.proposal.title) == (
        "0321",
        "关于改善某医院门前通行条件的建议",
    )
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]
    assert record.signature.date == "2031-05-30"
    assert span_problems(record) == []


def test_a_title_broken_after_its_opening_words_stays_one() -> None:
    # (no proposal's title above: the lines are the one title, as before)
    text = PAGE.replace("关于改善某医院门前通行条件的建议\n\n发布日期", "发布日期", 1)
    record = parse_text(text, keywords=False)
    assert record.title == "对区九届人大一次会议第0321号建议的答复"
