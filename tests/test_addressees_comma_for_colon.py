"""A salutation alone on its line under the title that ends with a comma or a semicolon in
its colon's place (``王某代表，``: a typist's comma; ``王某代表；``: a scan's OCR reads ：
so; ``王某、李某代表，``): the salutation, as written, and its addressees, the body under
it. Near-misses: a list of names wrapped over lines that end with ， goes on to the line
that ends it (``王某代表，李某代表，`` over ``赵某代表：``); a line of words that is no names
stays body. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "某县教育局关于县十八届人大三次会议第15号建议的答复"
LETTER = (
    TITLE + "\n\n{s}\n    您提出的《关于加强乡村学校师资的建议》收悉，现答复如下：\n"
    "    我局已落实。\n\n某县教育局\n2024年5月20日\n"
)

READ = [
    pytest.param("王某代表，", [("王某", "代表")], id="comma"),
    pytest.param("王某代表,", [("王某", "代表")], id="half-width-comma"),
    pytest.param("王某代表；", [("王某", "代表")], id="semicolon"),
    pytest.param("李某委员，", [("李某", "委员")], id="member"),
    pytest.param("王某、李某代表，", [("王某", "代表"), ("李某", "代表")], id="list"),
    pytest.param("尊敬的王某、李某代表，", [("王某", "代表"), ("李某", "代表")], id="opener"),
    pytest.param("王某等代表，", [("王某", "代表")], id="group"),
    pytest.param(
        "王某代表，李某代表，\n赵某代表：",
        [("王某", "代表"), ("李某", "代表"), ("赵某", "代表")],
        id="wrapped-list-goes-on",
    ),
    pytest.param(
        "王某、李某、\n赵某代表：",
        [("王某", "代表"), ("李某", "代表"), ("赵某", "代表")],
        id="wrapped-after-dun",
    ),
]


@pytest.mark.parametrize(("salutation", "expected"), READ)
def test_comma_in_the_colons_place(salutation: str, expected: list[tuple[str, str]]) -> None:
    record = parse_text(LETTER.format(s=salutation), keywords=False)
    assert record.title == TITLE
    assert record.salutation == salutation
    assert [(a.name, a.role) for a in record.addressees] == expected
    assert record.sections == [] and span_problems(record) == []


def test_a_sentence_ending_in_a_comma_is_no_salutation() -> None:
    record = parse_text(LETTER.format(s="我局高度重视，"), keywords=False)
    assert record.salutation is None and record.addressees == []


# A copy that lost its line breaks, or a salutation glued to the opening on its line: the
# comma or semicolon after a person's role word, then the opening speaking to the
# addressee (您, 你们, 贵…), is the salutation's colon; after a body's name it is none.
FLAT = [
    pytest.param(
        TITLE + " 王某代表， 您提出的建议收悉，现答复如下：我局已落实。 某县教育局 2024年5月20日",
        "王某代表，",
        [("王某", "代表")],
        id="flat-comma",
    ),
    pytest.param(
        TITLE + " 王某代表； 您提出的建议收悉，现答复如下：我局已落实。 某县教育局 2024年5月20日",
        "王某代表；",
        [("王某", "代表")],
        id="flat-semicolon",
    ),
    pytest.param(
        TITLE + " 王某、李某代表，你们提出的建议收悉，现答复如下：我局已落实。 某县教育局 "
        "2024年5月20日",
        "王某、李某代表，",
        [("王某", "代表"), ("李某", "代表")],
        id="flat-list-glued",
    ),
    pytest.param(
        TITLE
        + "\n王某代表，您提出的建议收悉，现答复如下：\n我局已落实。\n某县教育局\n2024年5月20日",
        "王某代表，",
        [("王某", "代表")],
        id="glued-to-the-opening",
    ),
]


@pytest.mark.parametrize(("text", "salutation", "expected"), FLAT)
def test_comma_for_colon_before_the_opening(
    text: str, salutation: str, expected: list[tuple[str, str]]
) -> None:
    record = parse_text(text + "\n", keywords=False)
    assert record.title == TITLE
    assert record.salutation == salutation
    assert [(a.name, a.role) for a in record.addressees] == expected
    assert span_problems(record) == []


def test_a_comma_after_a_bodys_name_is_no_colon() -> None:
    text = (
        TITLE
        + " 某县某委， 您单位提出的建议收悉，现答复如下：我局已落实。 某县教育局 2024年5月20日\n"
    )
    record = parse_text(text, keywords=False)
    assert record.salutation is None
