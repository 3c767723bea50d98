"""A saved page flattened with nothing between its lines: the page's date cell
(``时间：2099-07-05``) with the salutation glued after it, its name redacted by the site
(``2099-07-05****委员：``). The date is the page's, parted from the salutation as it is from
a name in words (``2099-07-05王某委员：``): no date of the letter's is read off it."""

from __future__ import annotations

import pytest

from replyparse import parse_text

PAGE = [
    "某区政府网站欢迎您! 简体繁体无障碍 网站地图",
    "您当前位置:首页>详细资料",
    "对区政协九届三次会议第34号提案的答复",
    "来源: 某区综合行政执法局 时间: 2099-07-05",
    "{name}委员:",
    "您提出的《关于保护零散古树名木》的提案收悉,现答复如下:",
    "我局负责城区古树名木的后备资源调查工作,已完成普查建档,并逐株落实管护责任人。",
    "下一步,我局将加强日常巡查,发现病虫害及时处置,确保古树名木健康生长。",
    "感谢您对我区生态建设的关心和支持。",
    "某区综合行政执法局",
]


@pytest.mark.parametrize("name", ["****", "XXX", "王某"])
@pytest.mark.parametrize("joiner", ["", "\n\n"])
def test_page_date_glued_to_the_salutation(name: str, joiner: str) -> None:
    text = joiner.join(PAGE).replace("{name}", name)
    letter = parse_text(text, keywords=False)
    assert [d.value for d in letter.dates] == []
    assert [(a.name, a.role) for a in letter.addressees] == [(name, "委员")]
