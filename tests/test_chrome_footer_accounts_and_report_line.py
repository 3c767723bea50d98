"""A page's foot under the letter's date with no footer cells over its marks: the site's
social accounts one a line (``某区官方微博``, ``某区微信号``), a slider's arrow alone (``>``),
its logo caption, the address and then the site's name (``example.gov.cn  某区人民政府网站``),
and its line for reporting harmful content (``站内不良信息举报电话：…``, the site's own
label). Each is the page's: the signer and the date over them close the letter (an earlier
round read them as body lines and signed nothing, dev131/007 and 009). A letter's sentence
naming such a report line stays its own. Snippets in our own words, invented numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

LETTER = (
    "关于青石镇修缮村道的答复\n"
    "王某代表：\n"
    "您提出的《关于修缮青石镇村道的建议》收悉，现答复如下：\n"
    "我局已将该村道列入明年计划。\n"
    "感谢您对交通工作的关心和支持。\n"
    "青石县交通运输局\n"
    "2099年5月6日\n"
)


@pytest.mark.parametrize(
    "foot",
    [
        pytest.param(
            "\n主办：青石县人民政府 承办：青石县人民政府办公室\n"
            "联系电话：0000-5550123 地址：青石县某路1号\n"
            "Copyright © 青石县人民政府 版权所有\n"
            "站内不良信息举报电话：0000-5550179\n",
            id="report-line-last",
        ),
        pytest.param(
            "\n版权所有：青石县人民政府\n违法和不良信息举报电话：0000-5550179\n",
            id="report-line-national-words",
        ),
        pytest.param(
            "\n>\n青石官方微博\n青石官方微信公众号\n\n青石县微信号\n\n"
            "qingshi.gov.cn  青石县人民政府网站\n\n某ICP备00000000号\n",
            id="accounts-and-caption",
        ),
        pytest.param(
            "\n青石县微信号\nwww.qingshi.gov.cn 青石县人民政府门户网站\n网站标识码：0000000000\n",
            id="caption-with-www",
        ),
    ],
)
def test_the_pages_foot_leaves_the_closing(foot: str) -> None:
    letter = parse_text(LETTER + foot, keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("青石县交通运输局", "2099-05-06")
    assert letter.contacts == []


def test_a_letters_sentence_on_a_report_line_stays() -> None:
    line = "我局已在网站公布不良信息举报电话：0000-5550179，欢迎监督。"
    text = LETTER.replace("计划。\n", f"计划。\n{line}\n") + "\n版权所有：青石县人民政府\n"
    lines = text.split("\n")
    assert line not in {lines[i] for i in chrome_lines(lines)}
