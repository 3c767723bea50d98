"""A PDF's running header: one of the letter's first two lines (the authority's name, the
title) repeated at the top of a page, alone on its line between two lines of the body,
next to the page's number (a page break), is dropped as chrome by the view (a section before it ends before it; ``text`` keeps it, and
a section it stands inside, a slice of ``text``, runs over it as over a page number). The same name as the
signer over its date, a note or a contact line, or in a list, stays. Snippets in our own
words, invented units."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from spans import span_problems

HEADER = "某县交通运输局"
TITLE = "关于某某建议的答复"
OPENING = f"{HEADER}\n{TITLE}\n林某代表：\n您提出的建议收悉，现答复如下：\n"
FIRST = "一、加强道路养护。我局今年安排资金对县道进行修补，完成路面修复工作，\n"
REST = "并将继续加大投入。\n二、完善公交线路。我局将优化公交站点布局。\n"
SIGNED = "感谢您对我们工作的支持。\n某县交通运输局\n2024年5月10日\n"

# (what stands between the two lines of the body at the page break: the page's number and
# the next page's header)
BREAKS = [
    pytest.param(f"— 1 —\n{HEADER}\n", id="authority-name"),
    pytest.param(f"— 1 —\n{TITLE}\n", id="title"),
    pytest.param(f"- 1 -\n\n{HEADER}\n\n", id="blank-lines-around"),
    pytest.param(f"第1页 共2页\n   {HEADER}   \n", id="padded"),
    pytest.param(f"{HEADER}\n— 2 —\n", id="over-the-page-number"),
]


@pytest.mark.parametrize("page_break", BREAKS)
def test_a_running_header_is_dropped(page_break: str) -> None:
    text = OPENING + FIRST + page_break + REST + SIGNED
    assert TextView(text).norm.count(HEADER) == 2  # the head's and the signer's
    record = parse_text(text)
    assert [s.heading for s in record.sections] == ["加强道路养护", "完善公交线路"]
    assert (record.signature.issuer, record.signature.date) == (HEADER, "2024-05-10")
    assert record.issuer == HEADER
    assert record.title == TITLE
    assert record.text == text
    assert span_problems(record) == []


# (what stands between two sections at the page break: the first section ends before it)
@pytest.mark.parametrize("page_break", BREAKS)
def test_between_two_sections(page_break: str) -> None:
    text = OPENING + FIRST + "并将继续加大投入。\n" + page_break + REST.split("\n", 1)[1] + SIGNED
    record = parse_text(text)
    assert [s.text for s in record.sections] == [
        "加强道路养护。我局今年安排资金对县道进行修补，完成路面修复工作，\n并将继续加大投入。",
        "完善公交线路。我局将优化公交站点布局。",
    ]


# (the closing under the body: the signer's name, the head's again, is no running header)
SIGNERS = [
    pytest.param(f"{HEADER}\n2024年5月10日\n", (HEADER, "2024-05-10"), id="over-the-date"),
    pytest.param(f"{HEADER}\n（此件公开发布，请勿转载。）\n", (None, None), id="over-a-publication-note"),
    pytest.param(f"{HEADER}\n联系人：王某，联系电话：0000-5550123\n", (HEADER, None), id="over-a-contact"),
    pytest.param(f"{HEADER}\n（联系人：王某，联系电话：0000-5550123）\n", (HEADER, None), id="over-a-bracketed-contact"),
    pytest.param(f"{HEADER}\n某县财政局\n2024年5月10日\n", (f"{HEADER}、某县财政局", "2024-05-10"), id="joint"),
    pytest.param(f"{HEADER}\n抄送：甲县政府督查室，甲县财政局。\n", (HEADER, None), id="over-the-cc-list"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signature"), SIGNERS)
def test_the_signer_stays(closing: str, signature: tuple[str, str | None]) -> None:
    text = OPENING + FIRST + REST + "感谢您对我们工作的支持。\n— 1 —\n" + closing
    assert TextView(text).norm.count(HEADER) == 2
    if signature[0] is not None:  # (a note with a full stop ends the closing's walk: none)
        assert parse_text(text).signature.issuer == signature[0]


# (the body, the head's name on a line of it that is no page's header)
NOT_HEADERS = [
    pytest.param(f"参与整治的单位：\n— 1 —\n{HEADER}\n某县公安局，共同推进。\n", id="under-a-list-head"),
    pytest.param(f"参与整治的单位有某县公安局、\n— 1 —\n{HEADER}\n等部门，共同推进。\n", id="after-a-listing-comma"),
    pytest.param(f"— 1 —\n{HEADER}\n一、基本情况：我局高度重视。\n", id="over-a-labelled-heading"),
    pytest.param(f"{HEADER}\n并将继续加大投入。\n", id="no-page-number"),
]  # fmt: skip


@pytest.mark.parametrize("body", NOT_HEADERS)
def test_a_line_of_the_body_stays(body: str) -> None:
    text = OPENING + FIRST + "并将继续加大投入。\n" + body + SIGNED
    view = TextView(text)
    assert view.norm.count(HEADER) == 3


def test_a_short_head_line_is_never_a_running_header() -> None:
    text = (
        "复函\n"
        + TITLE
        + "\n林某代表：\n您提出的建议收悉。\n我局将推进，\n— 1 —\n复函\n并继续投入。\n"
        + SIGNED
    )
    assert TextView(text).norm.count("复函") == 2


def test_a_head_line_holding_a_sentence_is_never_a_running_header() -> None:
    head = "我局高度重视，认真研究。"
    text = (
        head
        + "\n"
        + TITLE
        + "\n林某代表：\n您提出的建议收悉。\n— 1 —\n"
        + head
        + "\n并继续投入。\n"
    )
    assert TextView(text).norm.count(head) == 2
