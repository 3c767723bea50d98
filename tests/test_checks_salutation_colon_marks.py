"""The salutation's colon (GB/T 9704-2012 7.3.2: the 主送 line ends with the full-width ：):
a half-width colon, a look-alike of ：, a mark typed in its place or no mark at all is one
``salutation-colon`` finding, placed at that mark (at the line's last character when there
is none), the message saying what the line ends with."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.validate import findings

SALUTATION = "钱某某委员："


def letter(salutation: str) -> str:
    """An invented reply, its salutation on line 3."""
    return (
        "某县农业农村局\n"
        "关于扶持果蔬合作社建议的答复\n"
        f"{salutation}\n"
        "　　您提出的关于扶持果蔬合作社的建议收悉，现答复如下：\n"
        "　　一、我局已将合作社纳入年度扶持名单。\n"
        "　　二、下一步将组织技术培训两期。\n"
        "　　　　　　　　某县农业农村局\n"
        "　　　　　　　　2022年7月8日\n"
    )


def colon_findings(text: str) -> list[tuple[int | None, int | None, int | None, str]]:
    return [
        (f.line, f.column, f.end_column, f.message)
        for f in findings("x.txt", parse_text(text))
        if f.code == "salutation-colon"
    ]


# (the salutation as written, what the message names)
MARKS = [
    pytest.param("钱某某委员:", "a half-width colon", id="half-width"),
    pytest.param("钱某某委员∶", "∶ (U+2236 RATIO), a look-alike", id="ratio-sign"),
    pytest.param("钱某某委员︰", "︰ (U+FE30 TWO DOT LEADER), a look-alike", id="two-dot-leader"),
    pytest.param("钱某某委员﹕", "﹕ (U+FE55 SMALL COLON), a look-alike", id="small-colon"),
    pytest.param("钱某某委员；", "； in the colon's place", id="semicolon"),
    pytest.param("钱某某委员，", "， in the colon's place", id="comma"),
]


@pytest.mark.parametrize(("salutation", "named"), MARKS)
def test_a_mark_other_than_the_full_width_colon_is_found_at_the_mark(
    salutation: str, named: str
) -> None:
    ((line, column, end_column, message),) = colon_findings(letter(salutation))
    # the sixth character of line 3, one character long: the mark, not the line's start
    assert (line, column, end_column) == (3, 6, 7)
    assert message.startswith(f"主送 line ends with {named}")
    assert message.endswith("GB/T 9704-2012 7.3.2 wants ：")


def test_a_salutation_with_no_colon_is_found_at_its_last_character() -> None:
    ((line, column, end_column, message),) = colon_findings(letter("钱某某委员"))
    assert (line, column, end_column) == (3, 5, 6)
    assert message.startswith("主送 line ends with no colon")


def test_a_greeting_in_the_colons_place_is_found_where_it_begins() -> None:
    ((line, column, end_column, message),) = colon_findings(letter("钱某某委员，您好！"))
    assert (line, column, end_column) == (3, 6, 10)  # ，您好！ (test_checks_salutation_greeting)
    assert message.startswith("主送 line ends with a greeting (，您好！) in the colon's place")


def test_a_wrapped_salutation_is_found_on_its_last_line() -> None:
    text = letter("孙某某、周某某、\n吴某某代表;")
    ((line, column, _, message),) = colon_findings(text)
    assert (line, column) == (4, 6)
    assert "; in the colon's place" in message


# must not match: a full-width colon, however the salutation is laid out
CLEAN = [
    pytest.param(letter(SALUTATION), id="full-width-colon"),
    pytest.param(letter("钱某某委员您好："), id="greeting-before-colon"),
    pytest.param(letter("孙某某、周某某、\n吴某某代表："), id="wrapped-over-lines"),
    pytest.param(
        letter(SALUTATION).replace(
            f"{SALUTATION}\n　　您", f"{SALUTATION}您"
        ),  # glued with its opening on one line
        id="glued-to-opening",
    ),
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_full_width_colon_is_no_finding(text: str) -> None:
    assert colon_findings(text) == []
    assert parse_text(text).addressees, "the salutation is still read"
