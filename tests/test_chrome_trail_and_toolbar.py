"""Site chrome over and under a letter that a page writes without the usual signs
(replyparse.chrome): a crumb's trail with no 首页 nor 当前位置 (``建议提案 > 人大代表建议``),
a toolbar's login and accessibility switches (``登录 | 注册``, ``无障碍阅读 进入适老模式``),
a read-aloud button (``文章播报``), a metadata table's 发文机构 over its value between the
page's heading and the letter's title, and a footer's 主办单位 with the site's 地址 and 邮编
(no signer). And the letter's lines that only look like them. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = "桐溪县交通运输局关于县一届人大一次会议第48号建议的答复"
BODY = """王某代表：
您提出的关于某路硬化的建议收悉，现答复如下：
我局将积极争取项目，尽快改善群众出行条件。
感谢您的关心和支持。
"""
SIGNED = "桐溪县交通运输局\n2022年8月9日\n"
LETTER = f"{TITLE}\n{BODY}{SIGNED}"


def _chrome(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in chrome_lines(lines)}


OVER_TITLE = [
    pytest.param("建议提案 > 人大代表建议\n", id="trail-without-home"),
    pytest.param("某网站欢迎您!\n建议提案 > 人大代表建议\n", id="trail-under-a-welcome"),
    pytest.param("某站3> 建议提案   > >  人大代表建议\n", id="trail-with-an-empty-step"),
    pytest.param("政务公开 > 建议提案 > 人大代表建议 >\n", id="trail-ending-in-a-step"),
    pytest.param(
        "登录 | 注册   微信 简体 繁体\n无障碍阅读 进入适老模式\n\n", id="login-and-switches"
    ),
    pytest.param("无障碍阅读 进入适老模式\n\n", id="accessibility-switches-alone"),
    pytest.param("无障碍浏览 适老模式\n", id="accessibility-browse"),
]


@pytest.mark.parametrize("above", OVER_TITLE)
def test_chrome_over_the_title_joins_no_title(above: str) -> None:
    letter = parse_text(above + LETTER)
    assert letter.title == TITLE
    assert letter.issuer == "桐溪县交通运输局"
    assert letter.signature.issuer == "桐溪县交通运输局"


@pytest.mark.parametrize("above", OVER_TITLE)
def test_the_lines_are_chrome(above: str) -> None:
    lines = {line for line in above.split("\n") if line}
    assert lines <= _chrome(above + LETTER)


def test_a_read_aloud_button_over_the_salutation_is_no_title() -> None:
    letter = parse_text(f"文章播报\n{BODY}{SIGNED}")
    assert letter.title is None
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert "文章播报" in _chrome(f"文章播报\n{BODY}{SIGNED}")


@pytest.mark.parametrize(
    "cells",
    [
        pytest.param("发文机构\n桐溪县水务局\n", id="issuing-body-alone"),
        pytest.param(
            "索引号\n000000-7-/2022-0803003\n发文机构\n桐溪县水务局\n公开目录\n人大建议办理结果\n"
            "文      号\n浏览量\n日期\n2022-08-03\n",
            id="whole-table",
        ),
    ],
)
def test_a_table_between_the_heading_and_its_repeat_joins_no_title(cells: str) -> None:
    page = f"{TITLE}\n\n{cells}\n{LETTER}"
    letter = parse_text(page)
    assert letter.title == TITLE
    assert {"发文机构", "桐溪县水务局", TITLE} <= _chrome(page)


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param(
            "主办单位：桐溪县人民政府办公室 地址：某路1号 邮编：000000", id="address-postcode"
        ),
        pytest.param("主办单位：桐溪县人民政府办公室  邮政编码：000000", id="postcode-spelled-out"),
    ],
)
def test_a_footers_host_signs_no_letter(footer: str) -> None:
    # (a title without its authority: the issuer, if any, is the signer's)
    page = f"{TITLE.removeprefix('桐溪县交通运输局')}\n{BODY}\n{footer}\n"
    letter = parse_text(page)
    assert letter.issuer is None
    assert letter.signature.issuer is None
    assert footer in _chrome(page)


LETTER_LINES = [
    pytest.param("下文>>所述", id="doubled-book-marks-glued"),
    pytest.param("PM2.5 > 75", id="figures-compared"),
    pytest.param("成本 > 收益时，项目暂缓实施。", id="comparison-in-a-sentence"),
    pytest.param("我局已开通无障碍阅读服务。", id="accessibility-in-a-sentence"),
    pytest.param(
        "主办单位：桐溪县交通运输局  联系人：李某  邮编：000000", id="units-note-with-a-person"
    ),
]


@pytest.mark.parametrize("line", LETTER_LINES)
def test_a_letters_line_stays(line: str) -> None:
    text = f"{TITLE}\n{BODY}{line}\n{SIGNED}"
    assert line not in _chrome(text)
    assert line not in _chrome(f"首页 > 建议提案\n{text}")


def test_a_trail_like_line_without_a_page_sign_stays() -> None:
    # (a letter quoting two names with a bare > and no blank after it shows no page)
    assert _chrome(f"甲办法>乙细则\n{LETTER}") == set()
