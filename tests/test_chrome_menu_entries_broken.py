"""A saved page whose disclosure menu writes each entry broken over two lines (``政府信息`` /
``公开指南``, ``政府信息`` / ``公开制度``), over the letter's title, copied with its lines
joined by a blank (``政府信息 公开指南 政府信息 公开制度 对…的答复函``): the pieces glued
together are the page's words only, so they are the menu, no part of the title, and no
``公开`` of the letter's. A title that opens with such words (``政务公开工作…``) stays whole."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "对市九届政协二次会议第57号提案的答复函"
REST = [
    "发布时间: 2099-05-30 08:56:13",
    "王某委员:",
    "您提出的《关于在城东新建体育休闲公园的提案》(第57号)收悉。现将办理意见答复如下:",
    "近年来,我局不断加大健身设施投入,已在城区新建多功能运动场三处。",
    "近年来,我市持续改善群众健身条件,逐年增加场地建设经费,城区、街道、社区三级"
    "健身设施逐步配齐,群众就近锻炼的去处越来越多。",
    "下一步,我局将会同规划、园林等部门研究选址方案,把体育休闲公园"
    "纳入年度建设计划,尽力满足群众的锻炼需要。",
    "某市体育局",
    "2099年5月23日",
]


@pytest.mark.parametrize("joiner", [" ", "\n\n"])
def test_broken_menu_entries_are_the_pages(joiner: str) -> None:
    page = ["政府信息", "公开指南", "", "政府信息", "公开制度", "", TITLE, *REST]
    text = joiner.join(line for line in page if line or joiner == "\n\n")
    letter = parse_text(text, keywords=False)
    assert letter.title == TITLE
    assert letter.public is None


def test_menu_then_a_title_opening_with_page_words() -> None:
    title = "关于政务公开工作的建议的答复函"
    text = " ".join(["政府信息", "公开指南", title, *REST])
    letter = parse_text(text, keywords=False)
    assert letter.title == title


# Must not match
def test_title_broken_after_page_words_stays() -> None:
    # (a title's first words alone on a line, the rest no page's word: 政府信息 / 公开工作…)
    text = " ".join(["政府信息", "公开工作推进情况的答复函", *REST])
    letter = parse_text(text, keywords=False)
    assert letter.title == "政府信息公开工作推进情况的答复函"
