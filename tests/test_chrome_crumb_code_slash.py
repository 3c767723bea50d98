"""A page flattened with nothing between its lines: the crumb's last step (``正文``) glued to
the heading, the index number's cell glued after it, its code holding a slash after a hyphen
(``索引号:12345678AB-/2031-0001``). That slash is the code's, no crumb's step, so the crumb
still ends after ``正文`` and the heading is the letter's title (fix102, dev102/005 glued; an
earlier round took the slash for the crumb's last step and dropped the title with it)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "白石县交通运输局关于答复县政协某届某次会议第21号提案的函"
PAGE = [
    "首页 >> 正文",
    TITLE,
    "索引号:12345678AB-/2031-0001 公开范围:公开 发文日期:2031年06月26日 主题词:提案 著录日期:",
    "陈小禾委员:",
    "您在县政协会议上提出的关于改造乡村公路的提案交由我单位办理,现答复如下:",
    "经统计,全县需改造的乡村公路共计12条,我局已将其中8条列入今年计划,其余4条明年实施。",
    "改造完成后,沿线群众出行条件将明显改善,我局将加强质量监管,确保工程按期完工。",
    "谢谢您对乡村公路的关注,欢迎继续提出意见。",
    "白石县交通运输局",
    "2031年6月26日",
]


@pytest.mark.parametrize("joiner", ["\n", " ", ""])
def test_heading_after_the_crumb_with_a_code_slash_after_it(joiner: str) -> None:
    letter = parse_text(joiner.join(PAGE), keywords=False)
    assert letter.title == TITLE
    assert letter.proposal is not None
    assert letter.proposal.number == "21"
