"""Two-character names each padded to a three-character name's width, set side by side in
a salutation (``黄 山 王 芳：``; fields/addressees.py, ``_padded_pairs``). A letter pads a
two-character name alone (``王  芳``: a three-character name fills the width, a
four-character one is wider), so four single characters apart by blanks are two people,
each pair opening with a surname (an earlier round joined them into one name, or parted
them only where jieba tagged both as people's names: ``黄山`` is a place's too). Names
invented (left60)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_BODY = "\n    你们提出的关于修缮某村便桥的建议收悉，现答复如下：\n    已列入今年计划。\n"


def _names(line: str) -> list[tuple[str, str | None]]:
    text = "关于某村便桥的建议的答复\n" + line + _BODY
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    for a in letter.addressees:
        assert a.span is not None
        written = text[a.span[0] : a.span[1]]
        assert written.replace(" ", "").replace("\u3000", "") == a.name
    return [(a.name, a.role) for a in letter.addressees]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("黄 山 王 芳：", [("黄山", None), ("王芳", None)], id="one-blank"),
        pytest.param("黄  山  王  芳：", [("黄山", None), ("王芳", None)], id="two-blanks"),
        pytest.param(
            "黄　山　王　芳代表：", [("黄山", "代表"), ("王芳", "代表")], id="ideographic"
        ),
        pytest.param("黄 山  王 芳：", [("黄山", None), ("王芳", None)], id="wider-between"),
        pytest.param(
            "黄 山 王 芳 李 娜委员：",
            [("黄山", "委员"), ("王芳", "委员"), ("李娜", "委员")],
            id="three",
        ),
        # the role spaced out after the pairs is their role (review60b)
        pytest.param("黄 山 王 芳 代 表：", [("黄山", "代表"), ("王芳", "代表")], id="role-spaced"),
        pytest.param(
            "黄 山 王 芳 委 员：", [("黄山", "委员"), ("王芳", "委员")], id="member-spaced"
        ),
    ],
)
def test_padded_names_side_by_side_are_several(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # one padded name is one person
        pytest.param("王 芳：", [("王芳", None)], id="one-padded"),
        # a compound surname opens one name spaced out
        pytest.param("欧 阳 小 明：", [("欧阳小明", None)], id="compound-surname"),
        # a three-character name spaced out is one
        pytest.param("王 小 明代表：", [("王小明", "代表")], id="three-characters"),
        # the role spaced out too is the role, no second person
        pytest.param("王 芳 代 表：", [("王芳", "代表")], id="role-spaced"),
    ],
)
def test_one_name_stays_one(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _names(line) == expected


# Six characters apart by blanks that are as well two three-character names spaced out,
# each third opening with a surname (华 and 高 are surnames too): no pairs, as the earlier
# round read them (review60b: left60's rule read 王建, 华李, 高峰).
@pytest.mark.parametrize(
    "line",
    [
        pytest.param("王 建 华 李 高 峰：", id="two-three-character"),
        pytest.param("刘 海 林 陈 江 平：", id="two-three-character-again"),
    ],
)
def test_three_character_names_are_no_pairs(line: str) -> None:
    names = [name for name, _ in _names(line)]
    assert not any(len(name) == 2 for name in names)


def test_a_compound_surname_is_no_pair() -> None:
    # a compound surname set as the second pair names nobody alone (review60b)
    assert ("欧阳", None) not in _names("王 芳 欧 阳：")
