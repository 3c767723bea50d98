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
    "您提出的《关于加快综合性文体公园建设的提案》(第57号)收悉。现将办理意见答复如下:",
    "近年来,我局不断加大健身设施投入,已在城区新建多功能运动场三处。",
    "近年来,我市高度重视全民健身公共服务体系建设,不断加大资金投入,市、县、乡、村四级"
    "健身设施网络逐步完善,群众身边的健身场地不断增加,健身氛围日益浓厚。",
    "下一步,我们将加强与住建、城管、自然资源和规划等部门的沟通协调,积极推进综合性文体"
    "公园的规划选址和建设工作,努力满足群众日益增长的健身需求。",
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
