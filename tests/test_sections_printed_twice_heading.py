"""A heading line a page printed twice, back to back, is one section (small67); fix122's
repeated number with other words, or with lines between, stays a sibling."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES


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


# The heading's line printed twice with the break between them lost, glued (二、灌溉设施二、
# 灌溉设施), on a line the letter kept or in a copy flattened with nothing between its
# lines: one section, as where the two lines stand apart (decided, left68).
GLUED_TWICE = (
    "一、种苗补贴\n今年已发放补贴资金。\n"
    "二、灌溉设施二、灌溉设施\n新修水渠三条。\n三、技术培训\n我局将开展培训。\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_a_heading_printed_twice_glued_is_one_section(flatten: Callable[[str], str]) -> None:
    text = flatten(
        f"李某代表：\n您提出的建议收悉，现答复如下：\n{GLUED_TWICE}某县农业局\n2031年3月9日\n"
    )
    record = parse_text(text)
    assert [(s.marker, s.number, s.heading) for s in record.sections] == [
        ("一、", 1, "种苗补贴"),
        ("二、", 2, "灌溉设施"),
        ("三、", 3, "技术培训"),
    ]
    assert any("again right under it" in d.message for d in record.diagnostics)


def test_a_heading_glued_twice_before_its_paragraph_ends_at_the_repeat() -> None:
    body = GLUED_TWICE.replace("灌溉设施\n新修", "灌溉设施新修")
    assert _sections(body)[1] == ("二、", 2, "灌溉设施")


def test_a_bracketed_heading_printed_twice_glued_is_one_section() -> None:
    body = "一、种苗补贴\n（一）灌溉设施（一）灌溉设施\n新修水渠三条。\n（二）技术培训\n我局将开展培训。\n"
    record = parse_text(
        f"李某代表：\n您提出的建议收悉，现答复如下：\n{body}某县农业局\n2031年3月9日\n"
    )
    assert [(s.marker, s.heading) for s in record.sections[0].children] == [
        ("（一）", "灌溉设施"),
        ("（二）", "技术培训"),
    ]


def test_a_marker_glued_after_other_words_is_no_repeat() -> None:
    # (another heading's words after the glued marker: read as before, one line's heading)
    body = (
        "一、种苗补贴\n今年已发放补贴资金。\n二、灌溉设施二、排水设施\n新修水渠三条。\n"
        "三、技术培训\n我局将开展培训。\n"
    )
    assert [h for _, _, h in _sections(body)] == ["种苗补贴", "灌溉设施二、排水设施", "技术培训"]


def test_a_repeat_after_a_full_stop_stays_fix122s_sibling() -> None:
    body = (
        "一、种苗补贴\n今年已发放补贴资金。\n二、灌溉设施。二、灌溉设施\n新修水渠三条。\n"
        "三、技术培训\n我局将开展培训。\n"
    )
    assert [n for _, n, _ in _sections(body)] == [1, 2, 2, 3]
