"""A form a copy gives after the signed letter (``…代表意见征询表``, ``…反馈意见表``,
``回执``: its heading alone on a line under the date) holds the deputy's or the member's
rows (代表姓名, 提案人, 联系电话, 满意/基本满意/不满意…): none of them is a contact of the
letter, nor its signer or its addressee; the contact lines above the heading are read as
before. A form's name inside a label's value (``附件：代表意见征询表``) is no heading."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import SIGNED_REPLY
from spans import span_problems

CONTACT = "联系人：李某  联系电话：0000-5550123\n"

FORMS = [
    pytest.param(
        "代表意见征询表\n代表姓名：赵某某  联系电话：13900000012\n"
        "对办理工作：满意□ 基本满意□ 不满意□\n代表签字：\n",
        id="consultation-form-rows",
    ),
    pytest.param(
        "人大代表建议办理情况反馈意见表\n建议编号：8\n代表姓名\n赵某某\n联系电话\n13900000012\n"
        "意见：满意 基本满意 不满意\n签名：\n",
        id="feedback-form-one-cell-a-line",
    ),
    pytest.param(
        "委员意见征询表\n提案人：赵某某\n联系电话：13900000012\n承办单位：某县交通运输局\n"
        "办理态度：满意  基本满意  不满意\n委员签名：\n",
        id="member-form",
    ),
    pytest.param(
        "代表意见反馈表\n承办单位：某县交通运输局   联系人：李某   联系电话：0000-5550123\n"
        "代表姓名：赵某某   联系电话：13900000012\n满意 基本满意 不满意\n",
        id="form-repeating-the-contact",
    ),
]


@pytest.mark.parametrize("form", FORMS)
def test_an_appended_form_gives_no_contact(form: str) -> None:
    record = parse_text(SIGNED_REPLY + CONTACT + form)
    assert [(c.name, c.phone) for c in record.contacts] == [("李某", "0000-5550123")]
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    assert [(a.name, a.role) for a in record.addressees] == [("林某", "代表")]
    assert span_problems(record) == []


def test_a_form_named_in_an_attachment_label_is_no_heading() -> None:
    record = parse_text(SIGNED_REPLY + "附件：代表意见征询表\n" + CONTACT)
    assert [(c.name, c.phone) for c in record.contacts] == [("李某", "0000-5550123")]
