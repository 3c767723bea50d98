"""A reply's own code (复政协…, 复人大…: 复 and the body answered) glued after a page's tool
words on a page flattened onto one line opens the 发文字号 where it stands, whether or not
the words before it end like an authority's name (``…文章分享复人大建字〔…〕``: nothing of
``分享`` ends like one). Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "关于县人大十七届二次会议第21号建议的答复"
_BODY = (
    "孙立代表：您提出的《关于增设公交站点的建议》收悉，现答复如下：我局高度重视，已在两个"
    "社区增设站点。"
    + "站点设置后，由公交公司统一管理，交通部门负责监督，每半年开展一次评估。" * 8
    + "感谢您对乡村客运的关心。某县交通运输局2022年4月9日"
)

READ = {
    "renda-jianzi": ("我要收藏文章分享复人大建字〔2021〕15号", "复人大建字〔2021〕15号"),
    "renda-han": ("我要收藏文章分享复人大函〔2021〕15号", "复人大函〔2021〕15号"),
    "share-alone": ("分享复人大建字〔2021〕15号", "复人大建字〔2021〕15号"),
    # as before: 政协 ends like a body's name
    "zhengxie": ("我要收藏文章分享复政协提字〔2021〕15号", "复政协提字〔2021〕15号"),
}

# Must not move: an authority's name before the code, the code on a line of its own
KEPT = {
    "authority-before": ("某县交通运输局复人大建字〔2021〕15号", "复人大建字〔2021〕15号"),
    "own-line": ("复人大建字〔2021〕15号\n", "复人大建字〔2021〕15号"),
}


@pytest.mark.parametrize(("head", "number"), READ.values(), ids=READ.keys())
def test_reply_code_opens_the_number(head: str, number: str) -> None:
    letter = parse_text(head + _TITLE + _BODY)
    assert letter.doc_number is not None
    assert letter.doc_number.text == number


@pytest.mark.parametrize(("head", "number"), KEPT.values(), ids=KEPT.keys())
def test_other_heads_as_before(head: str, number: str) -> None:
    letter = parse_text(head + _TITLE + _BODY)
    assert letter.doc_number is not None
    assert letter.doc_number.text == number
