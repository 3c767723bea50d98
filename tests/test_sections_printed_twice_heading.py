"""A heading line a page printed twice, back to back, is one section (small67); fix122's
repeated number with other words, or with lines between, stays a sibling."""

from __future__ import annotations

import pytest

from replyparse import parse_text


def _sections(body: str) -> list[tuple[str, int, str]]:
    text = f"李某代表：\n您提出的建议收悉，现答复如下：\n{body}某县农业局\n2031年3月9日\n"
    return [(s.marker, s.number, s.heading) for s in parse_text(text).sections]


@pytest.mark.parametrize("between", ["\n", "\n\n", " \n"])
def test_a_heading_line_printed_twice_back_to_back_is_one_section(between: str) -> None:
    body = (
        "一、种苗补贴\n今年已发放补贴资金。\n"
        f"二、灌溉设施{between}二、灌溉设施\n新修水渠三条。\n"
        "三、技术培训\n我局将开展培训。\n"
    )
    assert _sections(body) == [
        ("一、", 1, "种苗补贴"),
        ("二、", 2, "灌溉设施"),
        ("三、", 3, "技术培训"),
    ]


def test_a_first_heading_printed_twice_is_one_section_too() -> None:
    body = "一、种苗补贴\n一、种苗补贴\n今年已发放补贴资金。\n二、技术培训\n我局将开展培训。\n"
    assert _sections(body) == [("一、", 1, "种苗补贴"), ("二、", 2, "技术培训")]


def test_the_repeat_stays_in_the_sections_text_and_is_warned_of() -> None:
    text = (
        "李某代表：\n您提出的建议收悉，现答复如下：\n一、种苗补贴\n今年已发放补贴资金。\n"
        "二、灌溉设施\n二、灌溉设施\n新修水渠三条。\n三、技术培训\n我局将开展培训。\n"
        "某县农业局\n2031年3月9日\n"
    )
    record = parse_text(text)
    assert record.sections[1].text == "灌溉设施\n二、灌溉设施\n新修水渠三条。"
    assert any("again right under it" in d.message for d in record.diagnostics)


@pytest.mark.parametrize(
    "repeat",
    [
        pytest.param("二、灌溉设施\n二、灌溉设施维护\n", id="other-words"),
        pytest.param("二、灌溉设施\n已摸底。\n二、灌溉设施\n", id="a-line-between"),
    ],
)
def test_a_repeated_number_not_printed_twice_stays_fix122s_sibling(repeat: str) -> None:
    body = f"一、种苗补贴\n今年已发放补贴资金。\n{repeat}新修水渠三条。\n三、技术培训\n我局将开展培训。\n"
    assert [n for _, n, _ in _sections(body)] == [1, 2, 2, 3]
