"""Web copies of replies read with their lines kept, with every line break made a blank,
and with the lines glued together (snippets written here, names, places, sites and numbers
invented; docs/record.md, decided flat118).

- A contact row whose label joins the person's and the phone's words with a slash
  (联系人/电话：王某 /00000000) is a closing label, glued after the last sentence too; the
  signer glued after its phone and a damaged date (某县某局2099916) are the signature's.
- The heading of the page's links (友情链接, 相关链接) glued after the figures of the
  letter's last date is the page's, cut from the letter.
- A site's menu headings with their colons over the page's crumb (国务院信息： 省政府信息：
  人大建议 您当前的位置：…) are no salutation: the head's chrome goes on to the crumb.
- The unit a disclosure page files the article under, in brackets, its section's banner
  before it or not (（县某局）, 政府信息公开（县某局）), over the page's cells, is no part of
  the title under them.
- A site's brand opening the page, a blank before its welcome (某某网 某县人民政府欢迎您!),
  is the site's, as the two read glued.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.model import Letter

_FORMS: dict[str, Callable[[list[str]], str]] = {
    "lined": "\n".join,
    "blank": " ".join,
    "glued": "".join,
}
FORMS = pytest.mark.parametrize("form", list(_FORMS))

_OPENING = "您提出的《关于改善乙村灌溉渠道的建议》已转交我局研究办理，现答复如下："
_ANSWER = (
    "乙村灌溉渠道建于上世纪九十年代，渠身多处渗漏，下游农田用水紧张。我局已派员实地查看，"
    "拟将该渠道纳入明年小型水利工程维修计划，先行修补渗漏严重的三段，其余部分视资金情况"
    "分步实施，请您给予理解和支持，感谢您对水利工作的关心和支持。"
)
_TITLE = "关于某县第九届人民代表大会第二次会议代表第17号建议的答复"


def _read(lines: list[str], form: str) -> Letter:
    return parse_text(_FORMS[form](lines))


@FORMS
def test_a_slash_joined_contact_label_the_signer_and_the_links_heading(form: str) -> None:
    lines = [
        "某县水务局",
        _TITLE,
        "尊敬的赵某某代表：",
        _OPENING,
        _ANSWER,
        "联系人/电话：钱某某 /00000000",
        "某县水务局",
        "2099916",
        "友情链接",
    ]
    letter = _read(lines, form)
    assert letter.signature.issuer == "某县水务局"
    assert [(c.name, c.phone) for c in letter.contacts] == [("钱某某", "00000000")]


@FORMS
def test_the_links_heading_after_a_whole_date_is_the_pages(form: str) -> None:
    lines = [
        _TITLE,
        "尊敬的赵某某代表：",
        _OPENING,
        _ANSWER,
        "联系电话：0000-5550123",
        "某县水务局",
        "2099年9月16日",
        "相关链接",
    ]
    letter = _read(lines, form)
    assert letter.signature.issuer == "某县水务局"
    assert letter.signature.date == "2099-09-16"


@FORMS
def test_menu_headings_with_colons_over_the_crumb_are_the_pages(form: str) -> None:
    lines = [
        "无障碍浏览 长者模式",
        "国务院信息：",
        "省政府信息：",
        "人大建议",
        "您当前的位置：首页/ 人大建议",
        f"某县水务局 关于对{_TITLE[2:]}",
        "来源于： 某县人民政府 发布时间：2099-12-01 10:23 发布人：某县水务办",
        "某县水务局",
        _TITLE,
        "尊敬的赵某某代表：",
        _OPENING,
        _ANSWER,
        "某县水务局",
        "2099年9月16日",
    ]
    letter = _read(lines, form)
    assert letter.title == _TITLE
    assert letter.issuer == "某县水务局"
    assert [d.value for d in letter.dates] == ["2099-09-16"]


@FORMS
@pytest.mark.parametrize("banner", ["", "政府信息公开"])
def test_the_pages_bracketed_unit_is_no_part_of_the_title(form: str, banner: str) -> None:
    title = f"某县水务局{_TITLE}函"
    lines = [
        *([banner] if banner else []),
        "（县水务局）",
        "索引号",
        "abc_slj/2099-00017",
        "发布机构",
        "县水务局",
        "文  号",
        "日期",
        "2099-12-16",
        title,
        "浏览:120次 字体:【",
        "赵某某等3名代表：",
        _OPENING,
        _ANSWER,
        "某县水务局",
        "2099年12月10日",
    ]
    letter = _read(lines, form)
    assert letter.title == title
    assert letter.issuer == "某县水务局"


@FORMS
def test_a_brand_before_the_sites_welcome_is_the_sites(form: str) -> None:
    title = f"某县水务局{_TITLE}"
    lines = [
        "甲乙彩9",
        "某县人民政府欢迎您!",
        "甲乙彩9> 建议提案   > >  人大代表建议",
        title,
        "来源: 某县水务局 | 访问量:321 | 发布时间: 2099/6/30 16:31:56",
        "赵某某等5位代表：",
        _OPENING,
        _ANSWER,
        "某县水务局",
        "2099年6月28日",
    ]
    assert _read(lines, form).title == title
