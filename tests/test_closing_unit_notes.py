"""A note under the date that opens with the units handling the reply (主办单位：…,
协办单位：…, 会办单位：…), bracketed or not, with the contact inside it."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "某县住房和城乡建设局关于县十八届人大三次会议第56号建议的答复\n\n"
    "张某代表：\n　　您提出的建议收悉。现答复如下：\n　　我局将加大力度。\n"
    "　　感谢您对住建工作的关心和支持。\n\n某县住房和城乡建设局\n2024年5月10日\n"
)

# (note under the date, contact name, contact phone)
UNIT_NOTES = [
    pytest.param(
        "（主办单位：某县住房和城乡建设局，联系人：马某，电话：0000-5550123；会办单位：某县财政局）",
        "马某",
        "0000-5550123",
        id="bracketed-主办-contact-会办",
    ),
    pytest.param(
        "(主办单位:某县住房和城乡建设局,联系人:马某,电话:0000-5550123;会办单位:某县财政局)",
        "马某",
        "0000-5550123",
        id="half-width-web-copy",
    ),
    pytest.param(
        "主办单位：某县住房和城乡建设局，联系人：马某，电话：0000-5550123；会办单位：某县财政局",
        "马某",
        "0000-5550123",
        id="unbracketed",
    ),
    pytest.param(
        "（协办单位：某县财政局，联系人：陆某，电话：0851-6239876）",
        "陆某",
        "0851-6239876",
        id="协办-first",
    ),
    pytest.param(
        "（协办单位：县财政局；联系人：王某；联系电话：0851-6231234）",
        "王某",
        "0851-6231234",
        id="semicolons",
    ),
    pytest.param(
        "（主办部门：县住建局，联系人：赵某，联系电话：0851-6235555）",
        "赵某",
        "0851-6235555",
        id="主办部门",
    ),
    pytest.param(
        "（主办：县住建局，协办：县财政局，联系人：钱某，联系电话：0851-6237777）",
        "钱某",
        "0851-6237777",
        id="主办-协办-short",
    ),
    pytest.param(
        "（会办单位：县财政局、县自然资源局，联系人：孙某，手机：13912345678）",
        "孙某",
        "13912345678",
        id="会办-list-then-mobile",
    ),
]


@pytest.mark.parametrize(("note", "name", "phone"), UNIT_NOTES)
def test_unit_note_under_the_date(note: str, name: str, phone: str) -> None:
    record = parse_text(HEAD + note + "\n")
    assert record.signature.issuer == "某县住房和城乡建设局"
    assert record.signature.date == "2024-05-10"
    assert [(c.name, c.phone) for c in record.contacts] == [(name, phone)]


# Lines that give no contact: none is made up.
NOT_UNIT_NOTES = [
    pytest.param(
        "（主办单位：某县住房和城乡建设局；会办单位：某县财政局）", id="units-only-no-contact"
    ),
    pytest.param("主办单位是县住建局，协办单位为县财政局。", id="a-sentence-about-the-units"),
]


@pytest.mark.parametrize("note", NOT_UNIT_NOTES)
def test_not_a_contact(note: str) -> None:
    assert parse_text(HEAD + note + "\n").contacts == []


def test_units_alone_under_the_date_keep_the_signature() -> None:
    record = parse_text(HEAD + "（主办单位：某县住房和城乡建设局；会办单位：某县财政局）\n")
    assert (record.signature.issuer, record.signature.date) == (
        "某县住房和城乡建设局",
        "2024-05-10",
    )


def test_unit_sentence_in_the_body_is_no_closing() -> None:
    """A sentence of the body naming the units is no closing line: the body goes on."""
    text = HEAD.replace(
        "　　我局将加大力度。\n", "　　主办单位：县住建局负责牵头推进此项工作，年内完成。\n"
    )
    record = parse_text(text)
    assert record.signature.issuer == "某县住房和城乡建设局"
    assert record.contacts == []
