"""The body a letter answers, its name alone on its line with no colon (a party's or a
unit's 提案 answered to it: ``某党某市委员会`` over ``某党某市委员会向…会议提交了…``), under the
letter's own title printed below the page's heading (and a class mark): the salutation,
as it is right under a title. Before, it was read only right under the first title, so
under a page's heading it fell into the body with the printed title, and the session the
opening names was lost with it. The letter's own authority alone on such a line (a banner,
its signer) and a person's name with no role stay no addressee. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEADING = "某市某某管理局关于《关于加强某某能力建设的建议》提案（第0101号）的办理意见"
PRINTED = [
    "某市某某管理局关于《关于加强某某能力",
    "建设的建议》提案",
    "（第0101号）的办理意见",
]
OPENING = (
    "某党某市委员会向某市政协十届二次会议提交了《关于加强某某能力建设的建议》提案"
    "（第0101号），现答复如下："
)
BODY = ["一、加强组织领导", "我局成立了专班，统筹推进办理工作。"]


def _letter(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_the_body_under_the_printed_title_is_the_salutation() -> None:
    record = parse_text(
        _letter(
            "当前位置：首页 > 通知公告", HEADING, "A", *PRINTED, "某党某市委员会", OPENING, *BODY
        )
    )
    assert [(a.name, a.role) for a in record.addressees] == [("某党某市委员会", None)]
    assert record.proposal.session == "某市政协十届二次会议"
    assert record.title == HEADING


def test_right_under_the_title_as_before() -> None:
    record = parse_text(_letter(HEADING, "某党某市委员会", OPENING, *BODY))
    assert [(a.name, a.role) for a in record.addressees] == [("某党某市委员会", None)]


@pytest.mark.parametrize("signed", [["某市某某管理局", "2024年8月1日"], []], ids=["signed", "cut"])
def test_the_letters_own_authority_is_no_addressee(signed: list[str]) -> None:
    # (its own name alone under the printed title, a banner: the titles open with it, and
    # it signs the letter too, or the page's excerpt ends before the signature)
    record = parse_text(
        _letter(
            "当前位置：首页 > 通知公告",
            HEADING,
            "A",
            *PRINTED,
            "某市某某管理局",
            OPENING,
            *BODY,
            *signed,
        )
    )
    assert record.addressees == []


def test_a_name_without_a_role_is_no_addressee() -> None:
    record = parse_text(
        _letter("当前位置：首页 > 通知公告", HEADING, "A", *PRINTED, "王某某", OPENING, *BODY)
    )
    assert record.addressees == []


def test_a_class_mark_between_title_and_name_is_read_past() -> None:
    record = parse_text(
        _letter(
            "当前位置：首页 > 通知公告", HEADING, *PRINTED, "A类", "某党某市委员会", OPENING, *BODY
        )
    )
    assert [(a.name, a.role) for a in record.addressees] == [("某党某市委员会", None)]


def test_a_name_inside_a_broken_sentence_is_no_addressee() -> None:
    # (a list of units a page number broke: the line above has not ended as a title does)
    text = "参加检查的单位有某县市场监管局、\n— 2 —\n某县农业农村局\n等单位，检查已完成。\n"
    record = parse_text(text)
    assert record.addressees == []
