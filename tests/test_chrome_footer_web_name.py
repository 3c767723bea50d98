"""A site's footer that names the site's registered web name (``网络实名：某县政府门户网``, as
it names its ``中文域名：``): a footer's mark, so the line is the page's with the cells after
it (``地址：…``), and the signer and date above the footer end the letter (an earlier round
kept the line, which parted the footer from the letter and lost the signature; fix95).
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

LETTER = [
    "林某代表：",
    "您提出的《关于拓宽桐溪县白沙乡道路的建议》的议案已收悉，现答复如下：",
    "该路段已列入明年改造计划。",
    "感谢您对交通建设工作的关心和支持！",
    "桐溪县交通运输局",
    "2099年3月27日",
]
FOOTER = [
    "主办方：桐溪县人民政府版权所有",
    "网络实名：桐溪县政府门户网 地址：某某省某某自治区桐溪瑶族自治县人民路37号",
    "邮编：000000 传真：0000-5550123 ICP备案号：某ICP备00000000号-1",
]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("网络实名：桐溪县政府门户网 地址：桐溪县人民路1号", id="with-an-address"),
        pytest.param("网络实名：桐溪县政府门户网", id="alone"),
    ],
)
def test_the_web_name_line_is_the_footers(line: str) -> None:
    lines = [*LETTER, line]
    assert [lines[i] for i in chrome_lines(lines)] == [line]


def test_the_signer_over_the_footer_signs() -> None:
    letter = parse_text("\n".join([*LETTER, *FOOTER]))
    assert span_problems(letter) == []
    assert letter.signature is not None
    assert letter.signature.issuer == "桐溪县交通运输局"
    assert letter.signature.date == "2099-03-27"
    assert letter.issuer == "桐溪县交通运输局"
    assert letter.contacts == []


def test_the_words_in_a_sentence_stay() -> None:
    line = "请群众通过网络实名：登记后反映问题。"
    lines = [*LETTER[:3], line, *LETTER[3:]]
    assert line not in [lines[i] for i in chrome_lines(lines)]
