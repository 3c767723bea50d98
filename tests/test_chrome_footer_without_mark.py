"""A saved page's furniture that carries no footer mark (ICP备, 网站标识码, 版权所有): a
view count alone on its line (``阅读：100次``), and the site's footer cells under the page's
own tools that end the letter (``主办：…  联系电话：…``, ``地址：…  电话：…``). They give no
title, contact or section text; the letter's own lines that only look like them stay.
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line
from spans import span_problems

VIEW_COUNTS = [
    pytest.param("阅读：100次", id="read-times"),
    pytest.param("阅读: 100", id="read-half-colon"),
    pytest.param("【浏览：12】", id="browse-in-brackets"),
    pytest.param("点击：34次", id="clicks"),
    pytest.param("（访问量：5678）", id="visits-in-brackets"),
    pytest.param("浏览人次：90", id="browse-person-times"),
]

NOT_VIEW_COUNTS = [
    pytest.param("阅读：《某某读本》", id="reading-a-book"),
    pytest.param("阅读：次", id="no-count"),
    pytest.param("浏览：100余人次参加了活动", id="count-in-a-sentence"),
    pytest.param("点击：进入专题页面", id="click-to-enter"),
    pytest.param("访问：3次座谈会", id="visits-then-words"),
    pytest.param("全年阅读：120场次", id="words-before"),
]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [pytest.param(*p.values, True, id=p.id) for p in VIEW_COUNTS]
    + [pytest.param(*p.values, False, id=p.id) for p in NOT_VIEW_COUNTS],
)
def test_a_view_count_alone_is_chrome(line: str, chrome: bool) -> None:
    assert is_chrome_line(line) is chrome


HEAD = "关于第21号建议的答复\n林某代表：\n　　您提出的建议收悉，现答复如下：\n"
BODY = "　　一、加强管理。我局将抓好落实。\n　　二、完善制度。我局将继续推进。\n"
SIGNED = "桐石县教育局\n2023年5月6日\n"


def test_a_view_count_under_the_title_is_no_part_of_it() -> None:
    record = parse_text(
        "关于第21号建议的答复\n阅读：100次\n林某代表：\n　　您提出的建议收悉。\n" + BODY
    )
    assert record.title == "关于第21号建议的答复"
    assert span_problems(record) == []


def test_a_view_count_after_the_last_section_is_no_text_of_it() -> None:
    record = parse_text(HEAD + BODY + "阅读：100次\n")
    assert "阅读" not in record.sections[-1].text


TOOLS = "【打印本页】【关闭窗口】\n"

FOOTERS_UNDER_TOOLS = [
    pytest.param("主办：桐石县人民政府办公室  联系电话：0000-5550100\n", id="host-and-phone"),
    pytest.param("地址：桐石县某路1号  电话：0000-5550100\n", id="address-and-phone"),
    pytest.param("主办：桐石县人民政府办公室\n联系电话：0000-5550100\n", id="a-cell-to-a-line"),
    pytest.param(
        "主办：桐石县人民政府办公室  承办：桐石县大数据中心\n地址：某路1号  邮编：000000  电话：0000-5550100\n",
        id="two-lines-of-cells",
    ),
]


@pytest.mark.parametrize("footer", FOOTERS_UNDER_TOOLS)
def test_a_footer_under_the_page_tools_gives_no_contact(footer: str) -> None:
    record = parse_text(HEAD + BODY + SIGNED + TOOLS + footer)
    assert record.contacts == []
    assert (record.signature.issuer, record.signature.date) == ("桐石县教育局", "2023-05-06")


@pytest.mark.parametrize("footer", FOOTERS_UNDER_TOOLS)
def test_the_letters_contact_above_the_tools_stays(footer: str) -> None:
    record = parse_text(
        HEAD + BODY + SIGNED + "联系人：林某某  联系电话：0000-5550123\n" + TOOLS + footer
    )
    assert [(c.name, c.phone) for c in record.contacts] == [("林某某", "0000-5550123")]


# near misses: the letter's cells with no page tool above them stay
NOT_UNDER_TOOLS = [
    pytest.param(SIGNED + "联系电话：0000-5550123\n" + TOOLS, id="contact-above-the-tools"),
    pytest.param(SIGNED + "地址：某路1号  电话：0000-5550123\n", id="no-tools-at-all"),
    pytest.param(
        "来源：桐石县教育局  发布时间：2023-05-06\n"
        + SIGNED
        + "地址：某路1号  电话：0000-5550123\n",
        id="page-cells-at-the-top-only",
    ),
]


@pytest.mark.parametrize("tail", NOT_UNDER_TOOLS)
def test_the_letters_cells_without_tools_above_stay(tail: str) -> None:
    lines = (HEAD + BODY + tail).split("\n")
    kept = [line for i, line in enumerate(lines) if i not in chrome_lines(lines)]
    assert any("0000-5550123" in line for line in kept)
    assert [c.phone for c in parse_text(HEAD + BODY + tail).contacts] == ["0000-5550123"]


def test_a_view_count_among_short_lines_under_the_date_leaves_the_signature() -> None:
    # four short lines under the date hide the closing (test_real_letters'
    # many-short-lines-under-the-date); a view count among them is chrome, three are left
    text = HEAD + BODY + SIGNED + "文件下载\n阅读：100次\n（整理：王某）\n返回\n"
    record = parse_text(text)
    assert (record.signature.issuer, record.signature.date) == ("桐石县教育局", "2023-05-06")
