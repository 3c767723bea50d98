"""A contact's line under the date whose person label follows words that name whom the
person is the contact for without naming an office (各乡镇联系人…, 各成员单位联系人…,
相关科室联系人…) or a clause naming the office (由县某局联系人：…负责): the line is a
contact's, so the signature over it and its date are still read (an earlier round read
no signature once a phone stood on such a line), and the contact is the person named,
without the clause's 负责, with the phone; no org (none is a 联系单位, and a clause or a
group names none of the person's). The label's colon may be written or lost. A body's
sentence with such words reads no contact. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import SIGNED_REPLY, contact_rows

PHONE = "0000-5550142"


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        pytest.param(f"各乡镇联系人祁某  电话：{PHONE}", [("祁某", PHONE)], id="group-no-colon"),
        pytest.param(f"各乡镇联系人：祁某  电话：{PHONE}", [("祁某", PHONE)], id="group-colon"),
        pytest.param(
            "各成员单位联系人柏某，电话：13800000000", [("柏某", "13800000000")], id="members"
        ),
        pytest.param(f"相关科室联系人祁某 电话：{PHONE}", [("祁某", PHONE)], id="sections"),
        pytest.param("由县交通运输局联系人：祁某负责", [("祁某", None)], id="clause-in-charge"),
        pytest.param(
            f"由县交通运输局联系人：祁某负责，电话：{PHONE}",
            [("祁某", PHONE)],
            id="clause-in-charge-phone",
        ),
    ],
)
def test_the_contact_and_the_signature_are_read(line: str, rows: list[tuple[str, str]]) -> None:
    assert contact_rows(line) == rows


def test_no_org_is_read_from_the_group() -> None:
    letter = parse_text(SIGNED_REPLY + f"各乡镇联系人祁某  电话：{PHONE}\n", keywords=False)
    assert [c.org for c in letter.contacts] == [None]


def test_a_sentence_naming_a_group_contact_reads_none() -> None:
    body = SIGNED_REPLY.replace(
        "感谢您对我们工作的支持。", "各乡镇联系人要及时上报路况信息。感谢您对我们工作的支持。"
    )
    letter = parse_text(body, keywords=False)
    assert letter.contacts == []
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-10")


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("各乡镇联系人包组负责。", id="in-charge-words"),
        pytest.param("各村联系人高度重视。", id="verb-phrase"),
        pytest.param("各成员单位联系人常态对接", id="no-stop"),
        pytest.param("各乡镇联系人祁某同志", id="no-phone"),
    ],
)
def test_a_group_sentence_with_no_phone_under_the_date_reads_no_contact(line: str) -> None:
    # a group's words glued after the label with no phone are a sentence's, even where
    # the words open with a surname's character (包, 高, 常): no person named there
    letter = parse_text(SIGNED_REPLY + line + "\n", keywords=False)
    assert letter.contacts == []
