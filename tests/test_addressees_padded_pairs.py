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
        pytest.param("黄　山　王　芳代表：", [("黄山", "代表"), ("王芳", "代表")], id="ideographic"),
        pytest.param("黄 山  王 芳：", [("黄山", None), ("王芳", None)], id="wider-between"),
        pytest.param(
            "黄 山 王 芳 李 娜委员：",
            [("黄山", "委员"), ("王芳", "委员"), ("李娜", "委员")],
            id="three",
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
