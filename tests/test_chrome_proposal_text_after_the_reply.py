"""A page that prints the reply, then the proposal's own text under its title (or a
heading naming it, ``代表建议原文``): from that heading down, none of it is the letter's,
so its sections, sums and dates are not the reply's, and the reply's signer and date
stand. An attachment that is no proposal (``附件：关于印发…的通知``) and a proposal's title
alone at the end are left as they are. Snippets are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from snippets import COPIES

REPLY = (
    "关于改造某街老旧管网的建议的答复\n郑某代表：\n"
    "　　您提出的关于改造某街老旧管网的建议收悉，现答复如下：\n"
    "　　一、改造安排\n　　我公司已安排资金80万元。\n"
    "　　感谢您对我们工作的支持。\n某县供水公司\n2021年10月8日\n"
)
PROPOSAL = (
    "　　一、存在问题\n　　某街管网建于上世纪，漏损严重。\n"
    "　　二、具体建议\n　　投入资金500万元，于2022年6月30日前完成改造。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("关于改造某街老旧管网的建议\n", id="its-title"),
        pytest.param("附件：关于改造某街老旧管网的建议\n", id="attached"),
        pytest.param("代表建议原文\n", id="named"),
        pytest.param("代表建议原文：\n", id="named-with-colon"),
        pytest.param("《关于改造某街老旧管网的建议》\n", id="in-title-marks"),
        pytest.param("（联系人：冯某，电话：0000-0000000）\n\n《关于改造某街老旧管网的建议》\n", id="after-contact"),
    ],
)  # fmt: skip
def test_the_proposal_after_the_reply_is_not_the_letter(head: str) -> None:
    letter = parse_text(REPLY + "\n" + head + PROPOSAL)
    assert letter.signature is not None
    assert letter.signature.issuer == "某县供水公司"
    assert letter.signature.date == "2021-10-08"
    assert [s.heading for s in letter.sections] == ["改造安排"]
    assert [a.text for a in letter.amounts] == ["80万元"]
    assert [d.value for d in letter.dates] == ["2021-10-08"]


def test_an_attachment_that_is_no_proposal_stays() -> None:
    letter = parse_text(REPLY + "附件：关于印发某街管网维护办法的通知\n")
    plain = parse_text(REPLY)
    assert letter.signature == plain.signature


def test_a_title_alone_at_the_end_stays() -> None:
    text = REPLY + "关于改造某街老旧管网的建议\n"
    assert parse_text(text).signature is not None


# A page's form of the item with its two tabs, the reply's first and the item's text's second
# (``• 答复内容`` / ``• 建议内容``): the page prints the second tab's text after the reply's
# signed date, with no heading of its own.
TABBED_HEAD = (
    "关于“对甲乙公路沿线公交站亭进行改造”提案的答复\n某县政协第九届委员会第二次会议\n36\n"
    "建议人: 郑某 冯某\n主办单位: 某县甲镇人民政府\n答复时间: 2099-06-12\n"
)
TABBED_REPLY = (
    "\n甲镇人民政府\n\n对县政协九届二次会议第36号提案的答复\n\n郑某、冯某委员:\n\n"
    "您们提出的“关于对甲乙公路沿线公交站亭进行改造的提案”收悉,现答复如下:\n\n"
    "镇政府已争取资金30万元,新建站亭五座。\n\n感谢您们对我们工作的关心和支持。\n\n"
    "甲镇人民政府\n\n2099年6月10日\n\n"
)
TAB_TEXT = (
    "甲乙公路沿线涉及12个村,夜间昏暗,存在安全隐患。 建议: 投入资金80万元,"
    "于2100年3月1日前建成全线站亭。\n"
)


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("", id="right-under-the-date"),
        pytest.param("联系人:王某 联系电话:0000-5550123\n\n", id="under-a-contact"),
    ],
)
def test_the_second_tab_s_text_after_the_reply_is_not_the_letter(between: str) -> None:
    text = TABBED_HEAD + "  • 答复内容\n  • 建议内容\n" + TABBED_REPLY + between + TAB_TEXT
    letter = parse_text(text)
    assert (letter.signature.issuer, letter.signature.date) == ("甲镇人民政府", "2099-06-10")
    assert [a.text for a in letter.amounts] == ["30万元"]
    assert [d.value for d in letter.dates] == ["2099-06-10"]


@pytest.mark.parametrize("flatten", COPIES)
def test_the_second_tab_s_text_run_on_after_a_flattened_reply(
    flatten: Callable[[str], str],
) -> None:
    # (the strip and the letter's own head after it each a line of their own; the second
    # tab's text run on after the reply's signed date is none of the letter's)
    text = flatten(TABBED_HEAD + "  • 答复内容\n  • 建议内容\n" + TABBED_REPLY + TAB_TEXT)
    letter = parse_text(text)
    assert (letter.signature.issuer, letter.signature.date) == ("甲镇人民政府", "2099-06-10")
    assert [a.text for a in letter.amounts] == ["30万元"]
    assert letter.proposal.session == "县政协九届二次会议"


def test_the_tabs_in_the_other_order_leave_the_text_after_the_date() -> None:
    # (the item's text's tab first: what follows the reply is no second tab's)
    text = TABBED_HEAD + "  • 建议内容\n  • 答复内容\n" + TABBED_REPLY + TAB_TEXT
    lines = text.split("\n")
    last = max(i for i, line in enumerate(lines) if line.strip())
    assert last not in chrome_lines(lines)


# (mend72a) the reply's signed date is a line that is a date, alone or after its signer: a
# body's line that ends with one (计划完成时限：…) is none, and nothing under it is the
# second tab's text
def test_a_body_line_ending_in_a_date_is_no_signed_date() -> None:
    body = TABBED_REPLY.replace(
        "镇政府已争取资金30万元,新建站亭五座。\n\n",
        "镇政府已争取资金30万元。\n\n计划完成时限:2099年12月31日\n\n目前已建成站亭两座。\n\n",
    )
    letter = parse_text(TABBED_HEAD + "  • 答复内容\n  • 建议内容\n" + body)
    assert (letter.signature.issuer, letter.signature.date) == ("甲镇人民政府", "2099-06-10")


# (mend72a) the reply's own closing rows under its signed date, whatever their label (a
# contact's, data/labels.tsv; a publication note; a note on the reply) are the letter's: the
# second tab's text opens at a paragraph that is none of them, and with none after them
# nothing is cut
CLOSING_ROWS = [
    pytest.param("联系方式:王某,0000-5550123。\n", "contact", id="contact-way"),
    pytest.param("经办人:王某 电话:0000-5550123\n", "contact", id="handler"),
    pytest.param("此件主动公开。\n", "public", id="public-note"),
    pytest.param("(此件公开发布)\n", "public", id="public-bracketed"),
    pytest.param(
        "如对本答复有意见,请于收到答复后一个月内反馈。\n联系人:王某 联系电话:0000-5550123\n",
        "contact",
        id="reply-note",
    ),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(("rows", "kind"), CLOSING_ROWS)
def test_the_reply_s_closing_rows_under_its_date_stay(
    flatten: Callable[[str], str], rows: str, kind: str
) -> None:
    text = flatten(TABBED_HEAD + "  • 答复内容\n  • 建议内容\n" + TABBED_REPLY + rows)
    letter = parse_text(text)
    if kind == "contact":
        assert [(c.name, c.phone) for c in letter.contacts] == [("王某", "0000-5550123")]
    else:
        assert letter.public is True


@pytest.mark.parametrize(("rows", "kind"), CLOSING_ROWS)
def test_the_second_tab_s_text_opens_past_the_closing_rows(rows: str, kind: str) -> None:
    text = TABBED_HEAD + "  • 答复内容\n  • 建议内容\n" + TABBED_REPLY + rows + TAB_TEXT
    letter = parse_text(text)
    assert [a.text for a in letter.amounts] == ["30万元"]
    if kind == "contact":
        assert [(c.name, c.phone) for c in letter.contacts] == [("王某", "0000-5550123")]
    else:
        assert letter.public is True


# (mend72a) flattened, a body's sentence that opens with an authority and a date goes on
# from the date (…。某局2099年3月5日下发通知，…, …。经某镇人民政府2099年3月5日研究，…): no signer
# and signed date, and the letter's own signature stands
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "sentence",
    [
        "甲山县交通运输局2099年3月5日下发通知,",
        "经甲镇人民政府2099年3月5日研究,",
        "甲镇人民政府2099年3月5日召开专题会议,",
        # (tail73) acts no word list holds: the signer after the reply's closing formula is
        # the reply's, the date of a sentence before it none
        "甲镇人民政府2099年3月5日组建工作专班,",
        "甲镇人民政府2099年3月5日邀请专家实地查看,",
    ],
)
def test_a_body_sentence_opening_with_an_authority_and_a_date_is_no_signature(
    flatten: Callable[[str], str], sentence: str
) -> None:
    body = TABBED_REPLY.replace("镇政府已争取资金", "我们高度重视。" + sentence + "争取资金")
    letter = parse_text(flatten(TABBED_HEAD + "  • 答复内容\n  • 建议内容\n" + body))
    assert (letter.signature.issuer, letter.signature.date) == ("甲镇人民政府", "2099-06-10")
    assert [a.text for a in letter.amounts] == ["30万元"]


# (tail73) with no closing formula before the reply's signer, what goes on from the date
# still tells a body's sentence (…。甲镇人民政府2099年3月5日召开…)
@pytest.mark.parametrize("flatten", COPIES)
def test_with_no_closing_formula_the_words_after_the_date_tell(
    flatten: Callable[[str], str],
) -> None:
    body = TABBED_REPLY.replace(
        "镇政府已争取资金", "我们高度重视。甲镇人民政府2099年3月5日召开专题会议,争取资金"
    ).replace("感谢您们对我们工作的关心和支持。", "我们将继续跟进。")
    letter = parse_text(flatten(TABBED_HEAD + "  • 答复内容\n  • 建议内容\n" + body))
    assert (letter.signature.issuer, letter.signature.date) == ("甲镇人民政府", "2099-06-10")


# (mend73b) a thanks sentence early in the body closes nothing: the sentence after it goes on
# from its date (…关注我镇交通建设。甲镇人民政府2099年3月5日召开…), and the reply's signer with
# no closing formula before it dates the reply
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("act", ["召开专题会议", "组建工作专班"])
def test_a_thanks_sentence_inside_the_body_closes_nothing(
    flatten: Callable[[str], str], act: str
) -> None:
    body = TABBED_REPLY.replace(
        "收悉,现答复如下:\n\n镇政府已争取资金",
        f"收悉。非常感谢您们长期以来关注我镇交通建设。甲镇人民政府2099年3月5日{act},争取资金",
    ).replace("感谢您们对我们工作的关心和支持。", "计划年底前完成全部维修。")
    letter = parse_text(flatten(TABBED_HEAD + "  • 答复内容\n  • 建议内容\n" + body + TAB_TEXT))
    assert (letter.signature.issuer, letter.signature.date) == ("甲镇人民政府", "2099-06-10")
    assert [a.text for a in letter.amounts] == ["30万元"]


# (left74b) the closing formula after a colon (…现答复如下：非常感谢您们…。): its clause is the
# formula's sentence, so the signer after it is the reply's and the body's sentence opening
# with an authority and a date before it is none (an earlier round read the formula only at a
# sentence's start and signed with the body's date)
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("formula", ["非常感谢您们", "感谢您们"])
def test_a_closing_formula_after_a_colon_closes(
    flatten: Callable[[str], str], formula: str
) -> None:
    body = TABBED_REPLY.replace(
        "镇政府已争取资金", "我们高度重视。甲镇人民政府2099年3月5日组建工作专班,争取资金"
    ).replace("感谢您们", "请予理解。以上情况,现答复如下:" + formula)
    letter = parse_text(flatten(TABBED_HEAD + "  • 答复内容\n  • 建议内容\n" + body))
    assert (letter.signature.issuer, letter.signature.date) == ("甲镇人民政府", "2099-06-10")
    assert [a.text for a in letter.amounts] == ["30万元"]
