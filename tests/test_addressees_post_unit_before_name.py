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


# A post glued to the name after it, the blank lost or never written (车间主任王某：), reads
# as with the blank: the post no one's, the name the person's (decided, left68).
@pytest.mark.parametrize(
    ("salutation", "expected"),
    [
        pytest.param("车间主任王某：", [("王某", None)], id="unit-post-name"),
        pytest.param("党支部书记李某某：", [("李某某", None)], id="branch-secretary"),
        pytest.param("车间主任孙某代表：", [("孙某", "代表")], id="with-role"),
        pytest.param("某镇党委书记王某代表：", [("王某", "代表")], id="office-post"),
        pytest.param("主任王某：", [("王某", None)], id="bare-post"),
        pytest.param("车间主任欧阳某某：", [("欧阳某某", None)], id="compound-surname"),
        pytest.param("车间主任王某、李某代表：", [("王某", "代表"), ("李某", "代表")], id="list"),
    ],
)
def test_a_post_glued_before_the_name_is_no_part_of_it(
    salutation: str, expected: list[tuple[str, str | None]]
) -> None:
    record = parse_text(f"{salutation}{REPLY}")
    assert [(a.name, a.role) for a in record.addressees] == expected


@pytest.mark.parametrize("post", ["主任", "副主任", "厂长"])
def test_a_post_alone_before_the_name_is_no_one(post: str) -> None:
    record = parse_text(f"{post} 王某：{REPLY}")
    assert [(a.name, a.role) for a in record.addressees] == [("王某", None)]


@pytest.mark.parametrize(
    ("salutation", "name"),
    [
        pytest.param("王某主任：", "王某主任", id="post-after"),
        pytest.param("张主任李某：", "张主任李某", id="surname-post-before"),
        pytest.param("王局长：", "王局长", id="surname-post"),
        pytest.param("李红旗主任王某：", "李红旗主任王某", id="level-ended-name"),
    ],
)
def test_a_person_with_a_post_stays_as_written(salutation: str, name: str) -> None:
    # (a person's name before the post: the post is that person's, as 李某主任 王某代表： reads)
    record = parse_text(f"{salutation}{REPLY}")
    assert [a.name for a in record.addressees] == [name]
