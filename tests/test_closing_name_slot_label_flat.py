"""A contact row whose name label carries its slot's 姓名 (联系人姓名：…, 承办人姓名：…), as
some offices' forms write it, run on after the signer and the date in a flattened copy:
the label is a closing element as 联系人： is, so the signer and the date before it are
read (a copy that kept its lines is read as it was)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于区五届人大二次会议第T031号代表建议的会办意见\n区市容管理局\n"
BODY = (
    "关于整治河道沿岸垃圾的代表建议收悉，现将会办意见函告如下： 一、加强巡查。每周巡查两次。"
    " 以上意见供你单位答复代表时参考。 "
)
SIGNER = "某市某区人民政府某某街道办事处"


@pytest.mark.parametrize("label", ["联系人姓名", "承办人姓名", "经办人姓名"])
def test_signer_and_date_before_a_name_slot_row(label: str) -> None:
    text = HEAD + BODY + f"{SIGNER} 2023年6月9日 {label}：周小禾    联系电话：0000000"
    letter = parse_text(text, keywords=False)
    assert letter.signature.issuer == SIGNER
    assert letter.signature.date == "2023-06-09"
    assert [(c.name, c.phone) for c in letter.contacts] == [("周小禾", "0000000")]


def test_lines_kept_read_as_before() -> None:
    text = HEAD + BODY.replace(" ", "\n") + f"\n{SIGNER}\n2023年6月9日\n联系人姓名：周小禾\n"
    letter = parse_text(text, keywords=False)
    assert letter.signature.issuer == SIGNER
    assert letter.signature.date == "2023-06-09"
    assert [c.name for c in letter.contacts] == ["周小禾"]


def test_name_slot_inside_a_sentence_is_no_label() -> None:
    # (姓名 after 联系人 inside the body's prose, no colon: no row, no break)
    text = (
        HEAD + "请在表中填写联系人姓名和电话，由街道汇总后报送。 以上意见供你单位参考。 "
        f"{SIGNER} 2023年6月9日"
    )
    letter = parse_text(text, keywords=False)
    assert letter.contacts == []
    assert letter.signature.date == "2023-06-09"
