"""A crumb whose lead lost its 位置 (``当前所在：首页 > …``) is a crumb when its trail from
首页 follows: the page's, and the lines over it (a site's name, its welcome) the site's
banner, no issuer (fix117). Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "对省某届人大某次会议第12号建议的答复函\n"
    "\n"
    "吴某代表：\n"
    "您提出的《关于疏浚某某河道的建议》收悉。现答复如下：\n"
    "河道疏浚已完成设计。\n"
)


@pytest.mark.parametrize("lead", ["当前所在:", "当前所在：", "您当前所在："])
def test_the_sites_name_over_the_crumb_is_no_issuer(lead: str) -> None:
    head = f"某某通中心\n\n欢迎访问某某在线网!\n\n{lead}首页 > 意见征求 > 正文\n\n"
    record = parse_text(head + LETTER)
    assert record.issuer is None
    assert record.title == "对省某届人大某次会议第12号建议的答复函"


def test_a_sentence_opening_so_is_no_crumb() -> None:
    # (no trail from 首页: the lead alone reads as nothing of a crumb)
    assert not _is_crumb("当前所在：某某街道")


def _is_crumb(text: str) -> bool:
    from replyparse.chrome import _crumb_line

    return _crumb_line(text)


def test_the_trail_makes_it_a_crumb() -> None:
    assert _is_crumb("当前所在：首页 > 意见征求")
