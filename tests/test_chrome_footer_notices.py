"""More of a site's footer under the letter (replyparse.chrome): its report line
(网站监督举报热线), a browser's advice with a screen size, the site's credits led by 开办,
its notice of rights (…版权所有，未经授权禁止复制镜像。), its 办公地址, a Markdown copy's image
placeholder (``![]()``) and a prompt to follow the site's accounts after scanning. Under a
letter they hid its signature; a letter's own sentences that use the words stay. Snippets in
our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

CHROME = [
    pytest.param("网站监督举报热线：0000-5550123  网站举报邮箱：someone@example.com", id="report-line"),
    pytest.param("建议使用1280*800分辨率 IE10及以上版本浏览器", id="browser-and-screen"),
    pytest.param("开办：桐溪县人民政府 主办：桐溪县人民政府办公室 承办：桐溪县信息中心", id="credits"),
    pytest.param(
        "本站所刊登的各类信息和专栏资料，均为桐溪县人民政府网版权所有，未经授权禁止复制镜像。",
        id="notice-of-rights",
    ),
    pytest.param("用手机扫描二维码 关注桐溪县政府网微信 |", id="scan-and-follow"),
]  # fmt: skip

NOT_CHROME = [
    pytest.param("我局设立举报热线0000-5550123，接受群众监督。", id="a-letters-hotline"),
    pytest.param("请关注县教育局微信公众号，及时了解招生政策。", id="follow-in-a-sentence"),
    pytest.param("该成果的版权所有人为县文化馆。", id="copyright-in-a-sentence"),
    pytest.param("开办费用已列入预算。", id="kaiban-word"),
]

LETTER = (
    "关于县十届人大三次会议第12号建议的答复\n王某代表：\n"
    "你提出的关于整修某村水渠的建议收悉，现答复如下：我局已将该水渠列入明年整修计划。\n"
    "感谢你对水利工作的关心和支持。\n桐溪县水务局\n{date}"
)
FOOT = [
    "Copyright © 2005-2024 www.example.gov.cn",
    "版权所有：桐溪县人民政府 ICP备案号：某ICP备00000000号",
    "办公地址：桐溪县政务中心二楼 | |",
    "今日访问：0人 您是本站第 0 位访问者",
]


@pytest.mark.parametrize("line", CHROME)
def test_footer_line_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", NOT_CHROME)
def test_letters_line_is_no_chrome(line: str) -> None:
    assert not is_chrome_line(line)


@pytest.mark.parametrize("line", CHROME)
def test_the_signature_above_a_footer_is_read(line: str) -> None:
    text = LETTER.format(date="2024年5月20日") + "\n" + line
    letter = parse_text(text)
    assert (letter.signature.issuer, letter.signature.date) == ("桐溪县水务局", "2024-05-20")


def test_an_undated_signer_above_image_placeholders_and_a_footer() -> None:
    below = ["![]() |", "![]() |", "用手机扫描二维码 关注桐溪县政府网微博 |", *FOOT]
    letter = parse_text(LETTER.format(date="") + "\n".join(below))
    assert letter.signature.issuer == "桐溪县水务局"
    assert letter.issuer == "桐溪县水务局"
