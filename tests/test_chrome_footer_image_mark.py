"""A site's footer flattened onto one line after the letter, its site signs among its cells
(``网站地图``, ``网站标识码：…``, ``某ICP备…号``, ``主办单位：… 承办单位：…``), is the page's
chrome whatever labels it also holds: the placeholder a Markdown copy leaves for its badge
(``![]()``) ends no sentence, and the footer's ``联系人：办公室`` names an office, no person.
Its phone is no contact and the letter's signer and date above it stand. A letter's own
note of the units handling its reply, a person named (``主办单位：… 协办单位：… 联系人：张某``),
and a line of the letter with a sentence's end stay the letter's. Snippets in our own words,
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

LETTER = (
    "关于市政协二届三次会议第58号提案的答复\n"
    "周某某委员：\n"
    "您提出的《关于改善北湖公园夜间照明的提案》收悉，现答复如下：\n"
    + "我局已会同园林部门对北湖公园照明设施进行排查，年内完成更换。"
    * 3
    + "\n甲市园林绿化局\n2024年6月18日\n"
    "经办人：钱某某；联系电话：13800000000\n"
)

FOOTERS = [
    pytest.param(
        "网站地图 网站标识码：0000000000 某ICP备00000000号 ![]() 主办单位：甲市园林绿化局 "
        "承办单位：甲市园林绿化局信息中心 地址：甲市东湖路1号 联系人：办公室 "
        "联系电话：0000-00000000 传真：0000-00000001 邮箱：yl0000@example.com 点击总量： |",
        id="signs-image-mark-and-office-contact",
    ),
    pytest.param(
        "网站标识码：0000000000 ![徽标](/images/badge.png) 某公网安备00000000000000号 "
        "联系电话：0000-00000000",
        id="alt-text-image-mark",
    ),
    pytest.param(
        "主办单位：甲市园林绿化局 承办单位：甲市信息中心 地址：甲市东湖路1号 "
        "联系人：办公室 联系电话：0000-00000000",
        id="host-and-handler-pair-office-contact",
    ),
]


@pytest.mark.parametrize("footer", FOOTERS)
def test_footer_line_is_chrome(footer: str) -> None:
    assert is_chrome_line(footer)


@pytest.mark.parametrize("after", ["", "![]() |\n"], ids=["footer-last", "image-row-after"])
@pytest.mark.parametrize("footer", FOOTERS[:2])
def test_footer_after_the_letter_keeps_signer_and_date(footer: str, after: str) -> None:
    r = parse_text(LETTER + footer + "\n" + after)
    assert r.signature is not None
    assert r.signature.issuer == "甲市园林绿化局"
    assert r.signature.date == "2024-06-18"
    assert [c.phone for c in r.contacts] == ["13800000000"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "主办单位：甲市园林绿化局 协办单位：甲市水务局 联系人：张某某 联系电话：13800000000",
            id="units-note-names-a-person",
        ),
        pytest.param(
            "主办单位：甲市园林绿化局 承办单位：甲市水务局 联系人：张某某 联系电话：13800000000",
            id="host-and-handler-with-a-person",
        ),
        pytest.param("我局已完成整改！网站标识码：0000000000", id="a-sentence-end"),
    ],
)
def test_letter_lines_stay(line: str) -> None:
    assert not is_chrome_line(line)


def test_units_note_with_person_gives_contact() -> None:
    r = parse_text(
        LETTER.rsplit("经办人", 1)[0]
        + "主办单位：甲市园林绿化局 协办单位：甲市水务局 联系人：张某某 联系电话：13800000000\n"
    )
    assert [(c.name, c.phone) for c in r.contacts] == [("张某某", "13800000000")]
