"""An article that gives a reply letter whole opens with its lead (``某局网站3月2日发布对…的答复。``
/ ``全文如下：``) over the letter's title: the lead's ``如下`` line stands over the title,
so it is no opening sentence of the body, and the letter's salutation under the title and
its 发文字号 is read (an earlier round took ``全文如下：`` for the body's opening, read the
salutation as a sentence of a list and found no title, number, proposal title nor
addressee). The article's date in figures over the lead is the page's, no date of the
letter's. Also in a mirror's traditional copy glossed in pinyin. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LEAD = "某市某局网站3月2日发布对市十届人大二次会议第0123号建议的答复。\n"
_FULL = "全文如下：\n"
_TITLE = "对市十届人大二次会议第0123号建议的答复\n"
_NUMBER = "某建函〔2031〕7号\n"
_SALUTATION = "王某代表：\n"
_BODY = (
    "您提出的关于加强某河治理的建议收悉，现答复如下：\n"
    "一、关于某河治理方面\n2029年以来，我局持续推进治理工作。\n"
)

LEADS = {
    "full-text": _FULL,
    "original-text": "原文如下：\n",
    "ascii-colon": "全文如下:\n",
    "in-the-lead": "某市某局网站3月2日发布答复，全文如下：\n",
}


@pytest.mark.parametrize("lead", LEADS.values(), ids=LEADS.keys())
def test_lead_over_title_is_no_opening(lead: str) -> None:
    letter = parse_text("2031-03-02\n" + _LEAD + lead + _TITLE + _NUMBER + _SALUTATION + _BODY)
    assert letter.title == "对市十届人大二次会议第0123号建议的答复"
    assert letter.doc_number is not None and letter.doc_number.text == "某建函〔2031〕7号"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.proposal.title == "关于加强某河治理的建议"
    assert [d.text for d in letter.dates] == ["2029年"]


def test_glossed_mirror_copy() -> None:
    text = (
        "2031-03-02\n某市某局網(wǎng)站3月2日發(fā)布對市十屆人大二次會議第0123號建議的答復(fù)。\n"
        "全文如下:\n對市十屆人大二次會議第0123號建議的答復(fù)\n某建函〔2031〕7號\n王某代表:\n"
        "您提出的關(guān)于加強某河治理的建議收悉,現(xiàn)答復(fù)如下:\n一、關(guān)于某河治理方面\n"
        "2029年以來,我局持續(xù)推進治理工作。\n"
    )
    letter = parse_text(text)
    assert letter.title == "對市十屆人大二次會議第0123號建議的答復(fù)"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.proposal.title == "關(guān)于加強某河治理的建議"
    assert [d.text for d in letter.dates] == ["2029年"]


def test_body_list_under_opening_stays_body() -> None:
    # a 如下 line under the opening, with no title under it, still opens the body's list
    letter = parse_text(
        _TITLE + "某局提出的关于加强某河治理的建议收悉，现函复如下\n"
        "主要措施如下：\n一、加强巡查。\n某市某局\n2031年3月2日\n"
    )
    assert letter.addressees == []


def test_lone_date_without_lead_stays() -> None:
    # no lead over the title: a lone date in figures on a page that shows none stays
    letter = parse_text("2031-03-02\n" + _TITLE + _NUMBER + _SALUTATION + _BODY)
    assert "2031-03-02" in [d.text for d in letter.dates]


@pytest.mark.parametrize("joint", [" ", ""], ids=["blank", "glued"])
def test_lead_in_a_flattened_copy(joint: str) -> None:
    # a copy that lost its line breaks: the lead's 全文如下： is no opening, and the title
    # after it, the 发文字号 and the salutation are lines of their own
    lines = [_LEAD.strip(), "全文如下：", _TITLE.strip(), _NUMBER.strip(), _SALUTATION.strip()]
    body = "您提出的关于加强某河治理的建议收悉，现答复如下：一、加强巡查。每月巡查一次。"
    letter = parse_text(joint.join([*lines, body]) + "\n")
    assert letter.title == "对市十届人大二次会议第0123号建议的答复"
    assert letter.doc_number is not None and letter.doc_number.text == "某建函〔2031〕7号"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.proposal.title == "关于加强某河治理的建议"


@pytest.mark.parametrize("heading", ["一、关于某河治理资金的答复", "（一）关于某河治理资金的答复"])
def test_opening_over_a_heading_ending_as_a_title_is_no_lead(heading: str) -> None:
    # the opening says the reply follows (现答复如下：) and no 全文/原文 stands before its
    # 如下: a body's heading under it that ends as a title does is the body's, and the
    # list's sentence under that heading no salutation (review62d)
    letter = parse_text(
        _TITLE + "经认真研究，现答复如下：\n" + heading + "\n"
        "我局将从以下两方面开展工作：\n1.加大投入。\n2.强化监管。\n某市某局\n2031年3月2日\n"
    )
    assert letter.title == "对市十届人大二次会议第0123号建议的答复"
    assert letter.addressees == []
    assert letter.salutation is None
