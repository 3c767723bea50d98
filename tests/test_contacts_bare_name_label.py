"""A contact form's row that labels the person's slot with 姓名 alone (``姓名：王某  电话：…``,
``姓名：王某`` over ``电话：…``), under the signature or above it: the person of the contact,
and the signature and its date still read. The slot stands as a label only where it opens
its line or a cell of it (glued to words before it, ``代表姓名：``, it is another label's
tail), and names a contact only with a phone beside it or under it: a reply slip's
``姓名：`` row after the letter is no contact's."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n"

# (lines under the signature, contacts as (name, phone, org))
UNDER = [
    pytest.param("姓名：王某  电话：0000-5550123", [("王某", "0000-5550123", None)], id="one-row"),
    pytest.param("姓名：王某\n电话：0000-5550123", [("王某", "0000-5550123", None)], id="two-rows"),
    pytest.param("姓名：王某  手机：13900000001", [("王某", "13900000001", None)], id="mobile"),
    pytest.param("姓名：王某  0000-5550123", [("王某", "0000-5550123", None)], id="phone-unlabelled"),
    pytest.param("姓  名：王某    电  话：0000-5550123", [("王某", "0000-5550123", None)], id="spread-labels"),
    pytest.param("姓名：王某  职务：科员  联系电话：0000-5550123", [("王某", "0000-5550123", None)], id="with-post"),
    pytest.param("单位：某县交通运输局办公室  姓名：王某  电话：0000-5550123", [("王某", "0000-5550123", "某县交通运输局办公室")], id="office-cell-first"),
    pytest.param("承办单位：某县交通运输局办公室\n姓名：王某  电话：0000-5550123", [("王某", "0000-5550123", "某县交通运输局办公室")], id="office-line-above"),
]  # fmt: skip

# (lines under the signature, contacts): no contact's 姓名
NOT_A_CONTACT = [
    pytest.param("姓名：王某", [], id="no-phone"),
    pytest.param("联系人：王某  电话：0000-5550123\n\n代表建议办理情况征询意见表\n姓名：林某  所在代表团：某镇\n对办理工作的意见：满意", [("王某", "0000-5550123", None)], id="reply-slip-after"),
    pytest.param("联系人：王某  电话：0000-5550123\n附件：征询意见表\n姓名：林某", [("王某", "0000-5550123", None)], id="attachment-row"),
    pytest.param("代表姓名：林某  联系电话：0000-5550123", [], id="glued-to-words-before"),
    pytest.param("姓名王某  电话：0000-5550123", [(None, "0000-5550123", None)], id="no-colon"),
]  # fmt: skip


def _read(text: str) -> tuple[list[tuple[str | None, str | None, str | None]], tuple]:
    letter = parse_text(text)
    contacts = [(c.name, c.phone, c.org) for c in letter.contacts]
    return contacts, (letter.signature.issuer, letter.signature.date)


@pytest.mark.parametrize(("lines", "expected"), UNDER)
def test_the_name_slot_under_the_signature(lines: str, expected: list) -> None:
    assert _read(BODY + SIGNED + lines + "\n") == (expected, ("某县交通运输局", "2024-05-10"))


@pytest.mark.parametrize(("lines", "expected"), UNDER)
def test_the_name_slot_above_the_signature(lines: str, expected: list) -> None:
    assert _read(BODY + lines + "\n" + SIGNED) == (expected, ("某县交通运输局", "2024-05-10"))


@pytest.mark.parametrize(("lines", "expected"), NOT_A_CONTACT)
def test_no_contact_from_the_slot(lines: str, expected: list) -> None:
    assert _read(BODY + SIGNED + lines + "\n")[0] == expected


def test_a_name_row_above_the_signature_with_no_phone_is_none() -> None:
    contacts, signature = _read(BODY + "请填写以下内容：\n姓名：王某\n" + SIGNED)
    assert (contacts, signature) == ([], ("某县交通运输局", "2024-05-10"))


def test_the_contact_span_runs_from_the_slot() -> None:
    text = BODY + SIGNED + "姓名：王某  电话：0000-5550123\n"
    start, end = parse_text(text).contacts[0].span
    assert text[start:end] == "姓名：王某  电话：0000-5550123"
