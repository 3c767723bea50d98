"""A copy that lost its line breaks with nothing in their place glues the salutation's names
to the value of the header label above them: a signer's name (``签发人：张某某李某代表：``)
or a page's cell naming who posted it (``文章来源：某市某局王某代表：``). The value is the
label's (a signer's name of half a run of six characters or four; an authority to its
ending), the names after it, opening with a surname, are the salutation's. Names the
letter lists with its separator, names after no such label, and a run of five (two names
of two and three, either way round) stay as they are read elsewhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "对区五届人大三次会议第21号建议的复函"
OPENING = "您提出的《关于增设公交站台的建议》（第21号）收悉，现答复如下："
BODY = "我局已会同公交公司完成选址，年内建成投用。\n某区交通局\n2099年7月2日\n"


def _names(head: str) -> list[tuple[str, str | None]]:
    glued = "".join(line.strip() for line in (TITLE + "\n" + head + OPENING + BODY).split("\n"))
    return [(a.name, a.role) for a in parse_text(glued, keywords=False).addressees]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("类别：A类\n签发人：赵某某\n钱某某代表：\n", [("钱某某", "代表")]),
        ("签发人：赵某某\n钱某某、孙某代表：\n", [("钱某某", "代表"), ("孙某", "代表")]),
        ("签发人：赵某\n钱某代表：\n", [("钱某", "代表")]),
        ("文章来源：某市某区交通局\n钱某某代表：\n", [("钱某某", "代表")]),
        ("发表日期：2099-07-02 信息来源：某区交通局\n钱某委员：\n", [("钱某", "委员")]),
        # (decided, left70: a page's cell of the article's writer, as a signer's, and the
        # site's word for itself as the publisher's value)
        ("作者：赵某\n钱某代表：\n", [("钱某", "代表")]),
        ("责任编辑：赵某某\n钱某某委员：\n", [("钱某某", "委员")]),
        ("来源：本站\n钱某代表：\n", [("钱某", "代表")]),
        ("来源：本网\n钱某某委员：\n", [("钱某某", "委员")]),
    ],
)
def test_value_glued_before_the_names(head: str, expected: list[tuple[str, str | None]]) -> None:
    assert _names(head) == expected


# Must not match
@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the letter's own separator parts the names: a list, no value glued
        ("签发人：\n赵某某、钱某代表：\n", [("赵某某", "代表"), ("钱某", "代表")]),
        # no label before the names: the run is read as before, not cut here
        ("赵某某钱某某代表：\n", [("赵某某钱某某", "代表")]),
        # five characters glued, two and three or three and two: the resegmenter cuts
        # none, the run is read as before
        ("签发人：龙某\n冯某某委员：\n", [("龙某冯某某", "委员")]),
    ],
)
def test_names_kept(head: str, expected: list[tuple[str, str | None]]) -> None:
    assert _names(head) == expected


# Decided (fix132): the salutation with no colon, the opening's verb after it (…代表提出的…),
# glued or after a blank after a page's cell of the publisher, is read as with its colon;
# a body named under its parent's name ends at its own ending.
_NO_COLON_OPENING = "提出的《关于增设公交站台的建议》收悉，现答复如下："


def _copy(head: str, joiner: str) -> str:
    lines = [TITLE, *head.split("\n"), _NO_COLON_OPENING + "我局已完成选址。", "某区交通局"]
    return joiner.join([*lines, "2099年7月2日"])


@pytest.mark.parametrize("joiner", ["", " "])
@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            "来源：某区交通局\n钱某、孙小明代表",
            [("钱某", "代表"), ("孙小明", "代表")],
            id="publisher-then-names",
        ),
        pytest.param(
            "发布机构：某区交通局\n钱某委员", [("钱某", "委员")], id="publishing-body-then-one"
        ),
        pytest.param(
            "来源：某区交通局林业分局\n钱某代表", [("钱某", "代表")], id="a-part-of-a-body"
        ),
        pytest.param(
            "来源：某区交通局\n习某某、孙某代表",
            [("习某某", "代表"), ("孙某", "代表")],
            id="surname-xi",
        ),
    ],
)
def test_names_without_colon_after_the_publisher(
    head: str, expected: list[tuple[str, str | None]], joiner: str
) -> None:
    letter = parse_text(_copy(head, joiner), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == expected
    assert letter.title == TITLE


def test_a_part_of_a_body_with_its_colon() -> None:
    # (the names after the part's own ending, though the part opens with a surname's 林)
    assert _names("来源：某区交通局林业分局\n钱某代表：\n") == [("钱某", "代表")]


# A page's cell of the article's writer whose value is a body (作者：某区交通局, 编辑：…), over
# the salutation, is the page's as a publisher's cell is, in a copy flattened with a blank
# or glued: the body no addressee, the names after it the salutation's (left71; an earlier
# round read the body as an addressee, or glued a short one into the first name).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "cell", ["作者：区交通局", "作者：某区交通局办公室", "编辑：交通局", "责任编辑：某区交通局"]
)
def test_a_writers_cell_naming_a_body(cell: str, flatten: Callable[[str], str]) -> None:
    text = "\n".join([TITLE, cell, "钱某代表：", OPENING, BODY])
    read = parse_text(flatten(text), keywords=False)
    assert [(a.name, a.role) for a in read.addressees] == [("钱某", "代表")]
