"""A salutation that lost its colon right over the opening sentence, wherever the head puts
it: under the proposal's own text or a form's rows a page printed between the title and
the reply, under a page's font tool left with no sizes (``字体：``), a masked name
(``XX代表``, ``赵**委员``), or a body's name under a title cut short (``…建议的``). It is
the 主送 line as it is with its colon; an earlier round read no addressee (or ate the line
as the font tool's value, or glued the body's name into the title). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某县交通局关于县九届人大二次会议第41号建议的答复"
PROPOSAL_TEXT = [
    "近年来我县乡村道路里程增长较快。但养护跟不上，存在一些隐患：",
    "1.路面坑洼多，雨天积水。",
    "2.路肩塌陷，会车困难。",
    "这些问题影响群众出行。为此建议：",
    "一、加大养护投入。",
    "二、建立巡查制度。",
]
FORM_ROWS = ["县九届人大二次会议", "41", "建议人：周小岚、郑大川", "主办单位：某县交通局"]
OPENING = "你们提出的《关于加强乡村道路养护的建议》收悉，现答复如下："
BODY = [
    "我局高度重视，已安排专项资金。",
    "感谢你们对交通工作的支持。",
    "某县交通局",
    "2099年6月8日",
]


def _letter(above: list[str], salutation: str, opening: str = OPENING) -> str:
    return "\n\n".join([TITLE, *above, salutation, opening, *BODY]) + "\n"


ABOVE = [
    pytest.param(PROPOSAL_TEXT, id="proposal-text"),
    pytest.param(FORM_ROWS, id="form-rows"),
]


@pytest.mark.parametrize("above", ABOVE)
def test_the_bare_salutation_over_the_opening_is_read(above: list[str]) -> None:
    letter = parse_text(_letter(above, "周小岚、郑大川代表"), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("周小岚", "代表"), ("郑大川", "代表")]
    assert letter.title == TITLE
    assert letter.proposal.title == "关于加强乡村道路养护的建议"


@pytest.mark.parametrize("above", ABOVE)
def test_the_letter_reads_as_with_the_colon(above: list[str]) -> None:
    bare = parse_text(_letter(above, "周小岚、郑大川代表"), keywords=False)
    colon = parse_text(_letter(above, "周小岚、郑大川代表："), keywords=False)
    assert [s.heading for s in bare.sections] == [s.heading for s in colon.sections]
    assert bare.title == colon.title
    assert [r.text for r in bare.references] == [r.text for r in colon.references]


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("你们提出的建议已转我局研究办理。", id="addressed"),
        pytest.param("经认真研究，现答复如下：", id="reply-follows"),
    ],
)
def test_an_opening_that_says_no_receipt(opening: str) -> None:
    letter = parse_text(_letter(PROPOSAL_TEXT, "周小岚、郑大川代表", opening), keywords=False)
    assert [a.name for a in letter.addressees] == ["周小岚", "郑大川"]
    assert letter.title == TITLE


def test_the_opening_without_its_pronoun() -> None:
    opening = OPENING.removeprefix("你们")
    letter = parse_text(_letter(PROPOSAL_TEXT, "周小岚、郑大川代表", opening), keywords=False)
    assert [a.name for a in letter.addressees] == ["周小岚", "郑大川"]


@pytest.mark.parametrize(
    ("salutation", "name", "role"),
    [
        pytest.param("XX代表", "XX", "代表", id="x-masked"),
        pytest.param("赵**委员", "赵**", "委员", id="star-masked"),
        pytest.param("孙**、XX委员", "孙**、XX", "委员", id="masked-list"),
        pytest.param("韩某、吕××代表", "韩某、吕××", "代表", id="masked-last-of-list"),
    ],
)
def test_a_masked_name_without_its_colon(salutation: str, name: str, role: str) -> None:
    letter = parse_text(_letter([], salutation), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [(n, role) for n in name.split("、")]
    assert letter.title == TITLE


def test_a_font_tool_with_no_sizes_takes_no_salutation() -> None:
    head = ["日期: 2099-06-09", "字体:"]
    letter = parse_text(_letter(head, "周小岚代表"), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("周小岚", "代表")]


@pytest.mark.parametrize(
    "sizes",
    [
        pytest.param("大 中 小", id="words"),
        pytest.param("T T T", id="letters"),
        pytest.param("18px 16px 14px", id="pixels"),
        pytest.param("[放大][缩小]", id="zoom-words"),
    ],
)
def test_a_font_tool_keeps_its_sizes(sizes: str) -> None:
    head = ["日期: 2099-06-09", "字体:", sizes]
    letter = parse_text(_letter(head, "周小岚代表"), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("周小岚", "代表")]
    assert letter.title == TITLE


def test_a_body_under_a_title_cut_short() -> None:
    text = "\n".join(
        [
            "某政发〔2099〕12号-对区三届人大一次会议重点建议的",
            "区水务局",
            "代表所提“关于河道清淤的建议”收悉，我镇协办意见如下：",
            "一、做好汛前排查。",
            "某镇人民政府",
            "2099年5月4日",
        ]
    )
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("区水务局", None)]
    assert "区水务局" not in (letter.title or "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _letter(PROPOSAL_TEXT, "周小岚、郑大川代表", "我局已安排专项资金。"), id="no-opening"
        ),
        pytest.param(
            "\n".join([TITLE, *PROPOSAL_TEXT, "周小岚代表", "来信内容如上。", OPENING, *BODY]),
            id="a-line-between",
        ),
    ],
)
def test_names_not_over_the_opening_are_no_salutation(text: str) -> None:
    assert parse_text(text, keywords=False).addressees == []


# An opening that says no 收悉 has begun the reply: a 收悉 further down is the body's, and a
# unit's or a person's line over it is no salutation (an earlier round read it as one and
# the body's first heading as the title).
BEGUN = "你们提出的建议已交我局办理，现答复如下："
BODY_OVER_A_LATER_RECEIPT = [
    pytest.param(
        ["一、协办单位意见", "某县林业站", "对该建议收悉后，已安排苗木。"], id="unit-heading"
    ),
    pytest.param(
        ["一、关于路灯维修", "我局已排查。", "郑大川代表", "补充意见收悉，一并答复。"], id="names"
    ),
]


@pytest.mark.parametrize("body", BODY_OVER_A_LATER_RECEIPT)
def test_no_salutation_under_a_begun_reply(body: list[str]) -> None:
    letter = parse_text("\n".join([TITLE, BEGUN, *body, *BODY]), keywords=False)
    assert letter.addressees == []
    assert letter.title == TITLE
    assert [s.heading for s in letter.sections][:1] == [body[0][2:]]


def test_a_body_named_inside_a_sentence_is_no_salutation() -> None:
    text = "\n".join([TITLE, "经县人大常委会转办，", "某县林业站", "报送的第41号建议收悉。", *BODY])
    assert parse_text(text, keywords=False).addressees == []


@pytest.mark.parametrize(
    "signer",
    [
        pytest.param(["某县交通局", "2099年6月8日"], id="signed-under-its-place"),
        pytest.param(["县交通局 2099年6月8日"], id="signed-before-its-date"),
    ],
)
def test_the_letters_own_authority_over_the_opening_is_no_addressee(signer: list[str]) -> None:
    text = "\n".join([TITLE, *PROPOSAL_TEXT, "县交通局", OPENING, BODY[0], BODY[1], *signer])
    assert parse_text(text, keywords=False).addressees == []


# A note in brackets after the role (the post or body the member works at), the colon lost
# as it is without one (pert65).
@pytest.mark.parametrize("note", ["（县交通局）", "(某镇农技站)"])
def test_a_note_after_the_role_is_no_hindrance(note: str) -> None:
    bare = parse_text(_letter([], f"周小岚委员{note}"), keywords=False)
    colon = parse_text(_letter([], f"周小岚委员{note}："), keywords=False)
    assert [(a.name, a.role) for a in bare.addressees] == [("周小岚", "委员")]
    assert [(a.name, a.role) for a in colon.addressees] == [("周小岚", "委员")]
    assert bare.title == colon.title == TITLE


def test_a_note_after_no_role_word_names_no_one() -> None:
    letter = parse_text(_letter([], "县交通局办公室（存档）"), keywords=False)
    assert letter.addressees == []
