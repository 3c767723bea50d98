"""A saved page flattened with nothing between its lines: the site's links glued before the
crumb's lead (``网站地图您当前位置：首页>详细资料``), and the article's heading glued to the
crumb's last step (``…详细资料对区政协某次会议第34号提案的答复``). The lead is parted from the
links before it, and the crumb's last step from the heading after it, so the heading is
read as the letter's title, not as a step's name."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "对区政协九届三次会议第34号提案的答复"
PAGE = [
    "某区政府网站欢迎您! 简体繁体无障碍 网站地图",
    "您当前位置:首页>详细资料",
    f"{TITLE}(关于保护零散古树名木)",
    "来源: 某区综合行政执法局 时间: 2099-07-05",
    "王某委员:",
    "您提出的《关于保护零散古树名木》的提案收悉,现答复如下:",
    "我局负责城区古树名木的后备资源调查工作,已完成普查建档,并逐株落实管护责任人。",
    "下一步,我局将加强日常巡查,发现病虫害及时处置,确保古树名木健康生长。",
    "感谢您对我区生态建设的关心和支持。",
    "某区综合行政执法局",
    "2099年7月5日",
]


# ("\n\n": the tidy page, which must read the same)
@pytest.mark.parametrize("joiner", ["", " ", "\n\n"])
def test_heading_glued_to_the_crumb(joiner: str) -> None:
    letter = parse_text(joiner.join(PAGE), keywords=False)
    assert letter.title == TITLE
    assert letter.proposal is not None
    assert letter.proposal.number == "34"


def test_heading_glued_to_a_banners_step() -> None:
    page = [PAGE[0], "您当前位置:首页>详细资料>建议提案", *PAGE[2:]]
    letter = parse_text("".join(page), keywords=False)
    assert letter.title == TITLE
