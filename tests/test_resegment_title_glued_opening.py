"""A letter with no salutation whose title and opening sentence share one line: a page
flattened onto one line (with a blank, or with nothing between its lines), or a page whose
cells between the title and the opening were dropped as chrome. The title ends as a reply's
does (…的答复, …办理情况) and what follows opens as an opening does (您提出的…, 第5号，某代表
提出的《…》, 关于“…的提案”，…, …收悉): the title ends there. A title whose own words go on
after its 答复 (…答复意见, …答复的函, …答复工作的通知) keeps them. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced

_NUMBERED = (
    "对某县六届人大三次会议代表建议（第07号）的答复\n"
    "第07号，李某某等代表提出的《关于修缮某村东干渠的建议》。\n"
    "经我局实地查看，东干渠渗漏较重，已列入今年水利维修计划，汛前完成修缮。\n"
    "某县水务局\n2023年6月2日\n"
)
_SPOKEN = (
    "关于增设某镇公交站点的建议的答复\n"
    "您提出的《关于增设某镇公交站点的建议》收悉。经与公交公司研究，拟于明年一季度增设站点两处。\n"
    "某县交通运输局\n2023年7月3日\n"
)
_REPORT = (
    "关于市政协五届一次会议第128号提案办理落实情况\n"
    "关于“改善某区老旧小区供水的提案”，是一项需要长期推进的工作，我局已会同供水公司逐步改造。\n"
    "某市住房和城乡建设局\n2023年8月4日\n"
)
_PAGE = (
    "首页 > 政务公开 > 建议提案 > 县人大建议办理结果公开 {title} 2023-06-02 来源:县水务局 "
    "字体大小: 默认 分享到: 第07号，李某某等代表提出的《关于修缮某村东干渠的建议》。 "
    "据我局资料记载，东干渠修建于上世纪七十年代，全长约九公里，大部分为土渠，渗漏和淤积较重，"
    "下游农田灌溉用水难以保障。经我局实地查看，已将东干渠列入今年水利维修计划，"
    "采用混凝土衬砌改造，汛前完成修缮。感谢代表对水利工作的关心和支持。 某县水务局 2023年6月2日"
)


@pytest.mark.parametrize("flatten", [spaced, glued])
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (_NUMBERED, "对某县六届人大三次会议代表建议（第07号）的答复"),
        (_SPOKEN, "关于增设某镇公交站点的建议的答复"),
        (_REPORT, "关于市政协五届一次会议第128号提案办理落实情况"),
    ],
)
def test_title_ends_before_the_opening_on_its_line(flatten, text: str, title: str) -> None:
    assert parse_text(text, keywords=False).title == title  # (the tidy letter)
    assert parse_text(flatten(text), keywords=False).title == title


def test_page_cells_dropped_between_title_and_opening() -> None:
    title = "对某县六届人大三次会议代表建议（第07号）的答复"
    letter = parse_text(_PAGE.format(title=title), keywords=False)
    assert letter.title == title
    # (the opening, a sentence of its own, names the proposers as the tidy letter's does)
    assert [(a.name, a.role) for a in letter.addressees] == [("李某某", "代表")]


@pytest.mark.parametrize(
    "title",
    [
        "关于某县六届人大三次会议第07号建议的答复意见",
        "关于某县六届人大三次会议第07号建议答复的函",
        "某县水务局关于第07号建议的复函",
    ],
)
def test_title_words_after_its_reply_stay_in_it(title: str) -> None:
    # (must-not-match: the longest ending is the title's, the opening follows it)
    text = (
        title + "\n您提出的《关于修缮某村东干渠的建议》收悉。经研究，汛前完成修缮。\n某县水务局\n"
    )
    for flatten in (spaced, glued):
        assert parse_text(flatten(text), keywords=False).title == title


def test_notice_about_replies_is_no_title_cut() -> None:
    # (must-not-match: 答复 inside a notice's title, with no opening after it)
    from replyparse.resegment import _TITLE_THEN_OPENING

    title = "关于做好代表建议答复工作中群众提出问题核查的通知"
    assert _TITLE_THEN_OPENING.search(title) is None
    assert _TITLE_THEN_OPENING.search("关于某建议答复的函您提出的建议收悉").end() == len(
        "关于某建议答复的函"
    )


def test_opening_that_says_the_item_came() -> None:
    # (the opening names who sent the item and ends in 收悉, no pronoun, no marks)
    title = "关于增设某镇公交站点的建议的答复"
    text = (
        title
        + "\n县人大常委会交办的第15号建议收悉。经研究，拟于明年增设站点两处。\n某县交通运输局\n"
    )
    assert parse_text(glued(text), keywords=False).title == title


def test_title_that_quotes_a_document_after_its_reply_stays_whole() -> None:
    # (must-not-match: 答复 then a document in marks, the title's own ending after them)
    title = "关于某县交通运输局答复《某县农村道路管护办法》修改意见的函"
    text = title + "\n您提出的建议收悉。经研究，拟于明年修订。\n某县交通运输局\n"
    assert parse_text(glued(text), keywords=False).title == title
