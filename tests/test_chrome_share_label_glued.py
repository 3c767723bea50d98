"""A share tool's label glued before the salutation on a page flattened onto one line is
the page's, however it is written (``分享到：``, ``分享至：``, ``分享：``, its colon the
links' a copy lost): one pattern reads it, for the piece it opens and for the cut after it.
A page's date after its labelled colon (``发布日期: 2024-05-21``), alone on its line, is the
page's too. Snippets written for these tests; names and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = (
    "您提出的《关于增设公交站点的建议》收悉，现答复如下：我局高度重视，已在两个社区"
    "增设站点，调整线路三条，并将继续听取群众意见，逐步完善站点布局。"
    + "站点设置后，由公交公司统一管理，交通部门负责监督，每半年开展一次评估。" * 8
    + "感谢您对乡村客运的关心。某县交通运输局2022年4月9日"
)
_TITLE = "某县交通运输局关于县人大十七届二次会议第21号建议的答复"

SHARES = {"dao": "分享到:", "zhi": "分享至:", "bare": "分享:", "full-width": "分享到："}


@pytest.mark.parametrize("share", SHARES.values(), ids=SHARES.keys())
def test_share_label_glued_before_salutation(share: str) -> None:
    text = f"{_TITLE}发布时间:2021-06-10 来源:县交通运输局 打印本页 {share}孙立代表:" + _BODY
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == [("孙立", "代表")]


def test_colon_date_line_is_the_pages() -> None:
    body = _BODY.replace("。某县", "。\n\n某县")
    letter = parse_text(f"{_TITLE}\n发布日期: 2021-06-10\n孙立代表：\n" + body)
    assert letter.signature.date == "2022-04-09"


# Must not move: a letter's own sentence that speaks of sharing keeps its words
def test_sharing_in_a_sentence_stays() -> None:
    body = _BODY.replace("我局高度重视，", "我局高度重视，经验分享：")
    letter = parse_text(f"{_TITLE}\n孙立代表：\n" + body)
    assert letter.text is not None and "经验分享：已在两个社区" in letter.text
    assert [(a.name, a.role) for a in letter.addressees] == [("孙立", "代表")]
