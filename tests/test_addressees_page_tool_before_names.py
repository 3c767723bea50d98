"""A web page's tool glued before the salutation's names (addressees.py,
``_TOOL_BEFORE_NAMES``): ``打印王某代表：``, ``【关闭】李某委员：``, ``分享到王某代表：``. No name
holds a button's word: the names and the salutation start after it. Snippets in our own
words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于修缮某村文化广场的建议的答复"
BODY = [
    "您提出的《关于修缮某村文化广场的建议》收悉，现答复如下：",
    "我局已将广场修缮列入今年的工作计划，预计三季度完工。",
    "感谢您对文化工作的关心和支持。",
    "某县文化旅游局",
    "2024年6月3日",
]


@pytest.mark.parametrize("tool", ["打印", "【关闭】", "分享到", "关闭窗口", "【打印】", "打印 "])
@pytest.mark.parametrize(
    "names", [("王某某代表：", "王某某", "代表"), ("李某委员：", "李某", "委员")]
)
@pytest.mark.parametrize("join", [pytest.param("\n", id="lines"), pytest.param("", id="glued")])
def test_the_tool_is_no_part_of_the_names(
    tool: str, names: tuple[str, str, str], join: str
) -> None:
    salutation, name, role = names
    letter = parse_text(join.join([TITLE, tool + salutation, *BODY]))
    assert [(a.name, a.role) for a in letter.addressees] == [(name, role)]
    assert letter.salutation == salutation
    assert letter.salutation_span is not None
    assert letter.text[slice(*letter.salutation_span)] == salutation
    assert letter.title == TITLE  # (【关闭】 no note of the title's, on its line or under it)


@pytest.mark.parametrize(
    ("salutation", "names"),
    [
        ("关某委员：", [("关某", "委员")]),  # (关 is a surname: no tool)
        ("关某某代表：", [("关某某", "代表")]),
        ("王某代表：", [("王某", "代表")]),
        ("尊敬的分某代表：", None),  # (no tool word whole: left as main reads it)
    ],
)
def test_names_without_a_tool_stay(salutation: str, names: list[tuple[str, str]] | None) -> None:
    letter = parse_text("\n".join([TITLE, salutation, *BODY]))
    assert letter.salutation == salutation
    if names is not None:
        assert [(a.name, a.role) for a in letter.addressees] == names


@pytest.mark.parametrize("note", ["（第三批）", "【关于修缮某村文化广场的建议】"])
def test_a_title_note_is_no_tool(note: str) -> None:
    # (another bracket after the title is read as before: kept, or the proposal's title)
    letter = parse_text("\n".join([TITLE + note, "王某代表：", *BODY]))
    assert letter.title in (TITLE, TITLE + note)
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


# The font tool's buttons (放大 正常 缩小, a page's under its byline) glued before the names
# of a copy that lost its lines: no part of the names either (fix138).
@pytest.mark.parametrize("tool", ["缩小", "放大", "放大 正常 缩小", "还原", "默认"])
@pytest.mark.parametrize("join", [pytest.param("\n", id="lines"), pytest.param("", id="glued")])
def test_a_font_tool_is_no_part_of_the_names(tool: str, join: str) -> None:
    letter = parse_text(join.join([TITLE, tool + "王某某代表：", *BODY]))
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "代表")]
    assert letter.salutation == "王某某代表："
    assert letter.title == TITLE
