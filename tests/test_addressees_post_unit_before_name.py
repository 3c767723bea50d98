"""A part of a workplace before a post (车间主任, 党支部书记) whose first character is a
surname's is no person's name: the post is the person's after it (small67)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

REPLY = "\n您提出的建议收悉，现答复如下：\n我局已安排专人检查。\n某县工信局\n2031年4月2日\n"
TRADITIONAL_REPLY = (
    "\n您提出的關於加強安全生產的建議收悉，現答覆如下：\n我局已經安排專人檢查各個企業。\n"
    "感謝您對我們工作的關心和支持！\n某縣工業和信息化局\n2031年4月2日\n"
)


@pytest.mark.parametrize(
    "post", ["车间主任", "车间副主任", "车队队长", "党支部书记", "党总支书记", "宣传部长"]
)
def test_a_workplace_part_before_a_post_is_no_persons_name(post: str) -> None:
    record = parse_text(f"{post} 孙某代表：{REPLY}")
    assert [(a.name, a.role) for a in record.addressees] == [("孙某", "代表")]


def test_a_traditional_letters_workshop_post_reads_as_the_simplified_one() -> None:
    record = parse_text(f"車間主任 孙某代表：{TRADITIONAL_REPLY}")
    assert [(a.name, a.role) for a in record.addressees] == [("孙某", "代表")]


@pytest.mark.parametrize("person", ["车明主任", "党主任"])
def test_a_person_with_a_surname_of_those_stays_a_person(person: str) -> None:
    record = parse_text(f"{person} 孙某代表：{REPLY}")
    assert [a.name for a in record.addressees] == [person, "孙某"]
