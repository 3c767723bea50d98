"""Closing styles of real reply letters: a joint reply's note between its signers and the
date (``（联合答复）``), an authority with its leader's post and name on its line
(``某局    局长：王某``), and a unit label alone on its line right above a contact line
(``承办单位：某局某科`` over ``联系人：…``), which gives that contact's org."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import JOINT_NOTE, _post_and_name
from replyparse.textview import TextView

HEAD = (
    "某县水利局关于县人大十八届二次会议第31号建议的答复\n\n孙某代表：\n"
    "　　您提出的《关于加强小型水库管护的建议》收悉。现答复如下：\n"
    "　　我局将会同有关部门加大投入。\n"
    "　　感谢您对水利工作的关心和支持。\n\n"
)

# (closing, signature issuer, signature date)
JOINT_REPLIES = [
    pytest.param(
        "某县水利局　　　　某县财政局\n（联合答复）\n2024年6月12日",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="joint-note-full-width",
    ),
    pytest.param(
        "某县水利局    某县财政局\n(此件联合办理)\n2024年6月12日",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="joint-note-half-width",
    ),
    pytest.param(
        "某县水利局　　某县财政局\n（盖章）　　　（盖章）\n（联合答复）\n二〇二四年六月十二日",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="seals-then-joint-note",
    ),
    pytest.param(
        "某县水利局　　某县财政局\n（此件联合答复，由某县水利局主办）\n2024年6月12日",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="joint-note-naming-the-lead",
    ),
    pytest.param(
        "某县水利局\n某县财政局\n（共同办理）\n2024年6月12日",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="signers-one-a-line",
    ),
    pytest.param(
        "某县水利局　　某县财政局\n联合答复\n2024年6月12日",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="bare-joint-note",
    ),
    pytest.param(
        "某县水利局    某县财政局    （联合答复）    2024年6月12日",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="note-and-date-on-the-signers-line",
    ),
    pytest.param(
        "某县水利局　　某县财政局（联合答复）\n2024年6月12日",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="note-glued-to-the-last-signer",
    ),
    pytest.param(
        "某县水利局（会同县财政局答复）\n2024年6月12日",
        "某县水利局",
        "2024-06-12",
        id="one-signer-with-the-note",
    ),
    pytest.param(
        "某县水利局　　某县财政局\n2024年6月12日（联合答复）",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="note-after-the-date",
    ),
    pytest.param(
        "某县水利局\n二〇二四年六月十二日(共同办理)",
        "某县水利局",
        "2024-06-12",
        id="note-after-a-chinese-date",
    ),
    pytest.param(
        "某县水利局（主办）　　某县财政局（协办）\n2024年6月12日",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="each-signers-part",
    ),
    pytest.param(
        "某县水利局(牵头单位)\n某县财政局(会办单位)\n2024年6月12日",
        "某县水利局、某县财政局",
        "2024-06-12",
        id="each-signers-part-one-a-line",
    ),
    pytest.param(
        "某县人民政府（办公室）\n2024年6月12日",
        "某县人民政府（办公室）",
        "2024-06-12",
        id="second-name-in-brackets-stays",
    ),
    pytest.param(
        "某县水利局    局长：王某\n2024年6月12日",
        "某县水利局",
        "2024-06-12",
        id="authority-then-leader-post",
    ),
    pytest.param(
        "某县水利局　　分管副局长：王某\n2024年6月12日",
        "某县水利局",
        "2024-06-12",
        id="authority-then-deputy-post",
    ),
]


@pytest.mark.parametrize(("closing", "issuer", "date"), JOINT_REPLIES)
def test_joint_reply_note(closing: str, issuer: str, date: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert record.signature.issuer == issuer
    assert record.signature.date == date


JOINT_NOTES = [
    pytest.param("（联合答复）", id="plain"),
    pytest.param("(此件联合办理)", id="half-width"),
    pytest.param("（本件由两部门共同办复）", id="two-offices"),
    pytest.param("（会同县财政局答复）", id="with-an-office"),
    pytest.param("（此件联合答复，由某县水利局主办）", id="lead-named"),
    pytest.param("联合答复", id="bare"),
    pytest.param("（协办）", id="signers-part"),
    pytest.param("(主办单位)", id="signers-part-unit"),
]


@pytest.mark.parametrize("text", JOINT_NOTES)
def test_joint_note_matches(text: str) -> None:
    assert JOINT_NOTE.match(text)


# Lines that are not a joint reply's note.
NOT_JOINT_NOTES = [
    pytest.param("我局将会同县财政局答复。", id="a-sentence"),
    pytest.param("各部门联合办理", id="bare-words-before"),
    pytest.param("（联系人：王某，会同办理）", id="a-contact-label"),
    pytest.param("（联合答复）。", id="full-stop-after"),
    pytest.param("（联合检查）", id="no-reply-word"),
    pytest.param("（已书面答复）", id="reply-note-of-one-office"),
    pytest.param("（此件办理完毕）", id="handled-note"),
    pytest.param("（办公室）", id="an-office"),
    pytest.param("（主办单位：某局）", id="a-unit-label"),
    pytest.param("（联合答复）（盖章）", id="two-notes"),
]


@pytest.mark.parametrize("text", NOT_JOINT_NOTES)
def test_not_joint_note(text: str) -> None:
    assert not JOINT_NOTE.match(text)


def test_body_sentence_with_joint_words_stays_body() -> None:
    closing = "我们将联合县财政局共同办理。\n\n某县水利局\n2024年6月12日"
    record = parse_text(HEAD + closing + "\n")
    assert record.signature.issuer == "某县水利局"
    assert "共同办理" in record.text[: record.text.index("某县水利局\n2024")]


TAIL = "某县水利局\n2024年6月12日\n\n"

# (contact lines, name, org)
UNIT_ABOVE = [
    pytest.param(
        "承办单位：县水利局工程股\n联系人：李某\n联系电话：0000-5550123",
        "李某",
        "县水利局工程股",
        id="handling-unit-over-person",
    ),
    pytest.param(
        "办理单位:县水利局工程股\n联系人:李某  联系电话:0000-5550123",
        "李某",
        "县水利局工程股",
        id="half-width-colons",
    ),
    pytest.param(
        "经办单位：县水利局工程股\n联 系 人：李某\n联系电话：0000-5550123",
        "李某",
        "县水利局工程股",
        id="spaced-person-label",
    ),
    pytest.param(
        "承办单位：县水利局工程股\n承办人：李某　　联系电话：0000-5550123",
        "李某",
        "县水利局工程股",
        id="handler-label",
    ),
    pytest.param(
        "承办单位：县水利局工程股　　承办人：李某\n联系电话：0000-5550123",
        "李某",
        "县水利局工程股",
        id="same-line-as-before",
    ),
    pytest.param(
        "答复单位：县水利局工程股\n联系人：李某  联系电话：0000-5550123",
        "李某",
        "县水利局工程股",
        id="answering-unit-over-person",
    ),
    pytest.param(
        "承办部门：县水利局工程股\n联系人：李某  联系电话：0000-5550123",
        "李某",
        "县水利局工程股",
        id="handling-department-over-person",
    ),
]


@pytest.mark.parametrize(("lines", "name", "org"), UNIT_ABOVE)
def test_unit_line_above_contact(lines: str, name: str, org: str) -> None:
    record = parse_text(HEAD + TAIL + lines + "\n")
    assert [(c.name, c.org) for c in record.contacts] == [(name, org)]


# A unit line not right above a contact line is nobody's org.
UNIT_APART = [
    pytest.param(
        "承办单位：县水利局\n办理结果：已落实\n联系人：李某  联系电话：0000-5550123",
        id="a-form-row-between",
    ),
    pytest.param(
        "承办单位：县水利局\n\n抄送：县政府办公室\n\n联系人：李某  联系电话：0000-5550123",
        id="a-cc-list-between",
    ),
    pytest.param(
        "联系人：李某  联系电话：0000-5550123\n承办单位：县水利局",
        id="unit-under-the-contact",
    ),
    # the answering unit's labels read as 承办单位 is (left58b: an earlier round gave it to
    # the contact above as its org)
    pytest.param(
        "联系人：李某  联系电话：0000-5550123\n答复单位：县水利局",
        id="answering-unit-under-the-contact",
    ),
    pytest.param(
        "联系人：李某  联系电话：0000-5550123\n办复部门：县水利局",
        id="answering-department-under-the-contact",
    ),
    # and 承办单位's own 部门 spelling as its 单位 one (review58b: left58b's round read
    # 答复部门 so but still gave 承办部门 and 办理部门 to the contact above)
    pytest.param(
        "联系人：李某  联系电话：0000-5550123\n承办部门：县水利局",
        id="handling-department-under-the-contact",
    ),
    pytest.param(
        "联系人：李某  联系电话：0000-5550123\n办理部门：县水利局",
        id="handling-office-department-under-the-contact",
    ),
]


@pytest.mark.parametrize("lines", UNIT_APART)
def test_unit_line_apart_gives_no_org(lines: str) -> None:
    record = parse_text(HEAD + TAIL + lines + "\n")
    assert [(c.name, c.org) for c in record.contacts] == [("李某", None)]


# (closing) the leader who signs, his post and his name apart by a gap, under the authority
POST_AND_NAME = [
    pytest.param("某县水利局\n局长    王某\n2024年6月12日", id="post-spaces-name"),
    pytest.param("某县水利局\n局长　　王某某（签字）\n2024年6月12日", id="signed-name"),
    pytest.param("某县水利局\n分管副局长　李某\n二〇二四年六月十二日", id="deputy-post"),
    pytest.param("某县水利局\n党组书记    赵某\n2024年6月12日", id="party-post"),
]


@pytest.mark.parametrize("closing", POST_AND_NAME)
def test_leader_post_and_name_under_the_authority(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert record.signature.issuer == "某县水利局"
    assert record.signature.date == "2024-06-12"


NOT_POST_AND_NAME = [
    pytest.param("局长王某", id="no-gap"),
    pytest.param("工作目标    王某", id="no-post"),
    pytest.param("局长    加大投入", id="no-surname"),
    pytest.param("局长    王某    李某", id="three-parts"),
    pytest.param("局长    王某某某某", id="name-too-long"),
]


@pytest.mark.parametrize("text", NOT_POST_AND_NAME)
def test_not_post_and_name(text: str) -> None:
    view = TextView(text)
    assert not _post_and_name(view, view.content_lines[0])


FLAT_HEAD = "关于第31号建议的答复 孙某代表: 您提出的建议收悉。我局将加大投入。感谢您的支持。 "

# (flattened closing, signature issuer) a web copy that lost its line breaks
FLAT_JOINT = [
    pytest.param(
        "某县水利局 某县财政局 (联合答复) 2024年6月12日 联系人:李某,联系电话:0000-5550123",
        "某县水利局、某县财政局",
        id="half-width-note-then-contact",
    ),
    pytest.param(
        "某县水利局　某县财政局（此件联合办理）2024年6月12日",
        "某县水利局、某县财政局",
        id="glued-note",
    ),
    pytest.param(
        "某县水利局 （会同县财政局答复） 二〇二四年六月十二日",
        "某县水利局",
        id="one-signer-chinese-date",
    ),
    pytest.param(
        "某县水利局 某县财政局 2024年6月12日",
        "某县水利局、某县财政局",
        id="no-note-as-before",
    ),
]


@pytest.mark.parametrize(("closing", "issuer"), FLAT_JOINT)
def test_flattened_joint_note(closing: str, issuer: str) -> None:
    record = parse_text(FLAT_HEAD + closing + "\n")
    assert record.signature.issuer == issuer
    assert record.signature.date == "2024-06-12"
