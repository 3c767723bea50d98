"""A heading marker whose numeral a copy lost, its ``、`` kept (``、加强监管。…`` under
``一、…``): the next number of the ``、`` level already open, ``marker`` as written (``、``).

Read at a line's start after a line that ends a sentence, or after a sentence's end inside a
line a flattened copy joined; never a ``、`` a wrap set at a line's start inside a sentence,
nor one with no ``、`` level before it. Snippets are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse.parser import parse_text
from snippets import COPIES
from test_sections import Flat, flat, parse

_LETTER = (
    "王某代表：\n"
    "您提出的关于甲山县河道整治的建议收悉。现答复如下：\n"
    "一、关于加快清淤的问题。我局已完成甲河清淤。\n"
    "、关于修复护岸的问题。我们建议：（一）甲山县按规划修复护岸。（二）我局争取上级资金。\n"
    "感谢您对水利工作的支持。\n"
    "甲山县水利局\n"
    "2099年5月8日"
)

READ = [
    pytest.param(
        "一、基本情况\n我局高度重视。\n、下一步工作\n继续推进。",
        [(1, 1, "一、", "基本情况"), (1, 2, "、", "下一步工作")],
        id="cn-level-heading-line",
    ),
    pytest.param(
        "一、加强巡查。已完成。\n、增加投入。已安排资金。\n三、加强宣传。已印发。",
        [(1, 1, "一、", "加强巡查"), (1, 2, "、", "增加投入"), (1, 3, "三、", "加强宣传")],
        id="between-its-siblings",
    ),
    pytest.param(
        "1、加强巡查。已完成。\n、增加投入。已安排资金。",
        [(1, 1, "1、", "加强巡查"), (1, 2, "、", "增加投入")],
        id="arabic-dun-level",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_numberless_marker_is_read(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected


NOT_READ = [
    pytest.param("我局已巡查甲村\n、乙村。\n已完成。", id="wrap-inside-a-sentence"),
    pytest.param("一、加强巡查。已完成甲村\n、乙村巡查。", id="wrap-inside-a-section"),
    pytest.param("我局已完成巡查。\n、增加投入。已安排资金。", id="no-dun-level-before"),
    pytest.param("（一）加强巡查。已完成。\n、增加投入。已安排资金。", id="only-a-bracket-level"),
    pytest.param("一、加强巡查。已完成。\n、2099年已安排资金。", id="figures-after-the-mark"),
    # (decided, left70: after a clause's ； a 、 carries on no level opened before its
    # sentence; nor does one the thanks follow)
    pytest.param(
        "一、加强巡查。已完成。\n二、增加投入。我们建议：（一）修复护岸；、争取资金。",
        id="after-a-clause-of-a-later-sentence",
    ),
    pytest.param("一、加强巡查。已完成。\n、感谢您的支持。", id="thanks-after-the-mark"),
]


@pytest.mark.parametrize("text", NOT_READ)
def test_no_numberless_marker(text: str) -> None:
    sections, _ = parse(text)
    assert [f for f in flat(sections) if f[2] == "、"] == []


@pytest.mark.parametrize("flatten", COPIES)
def test_numberless_marker_in_a_letter(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(_LETTER), keywords=False)
    top = [(s.number, s.marker, s.heading) for s in letter.sections]
    assert top == [(1, "一、", "关于加快清淤的问题"), (2, "、", "关于修复护岸的问题")]
    assert [c.heading for c in letter.sections[1].children] == [
        "甲山县按规划修复护岸",
        "我局争取上级资金",
    ]


# Decided (left70): a 、 a copy left alone on its line over the thanks (its numeral and
# heading lost), flattened onto the thanks' line, opens no section; a 、 after a clause's ；
# carries on the list its sentence opened (…建议：1、…；、…；3、…), not the level above it.
@pytest.mark.parametrize("flatten", COPIES)
def test_a_lone_mark_over_the_thanks_opens_nothing(flatten: Callable[[str], str]) -> None:
    text = _LETTER.replace("感谢您", "、\n感谢您")
    letter = parse_text(flatten(text), keywords=False)
    assert [s.heading for s in letter.sections] == ["关于加快清淤的问题", "关于修复护岸的问题"]


# (decided, left71: where the copy kept its lines too, the run inside its paragraph read as
# written whole, 1、…；2、…；3、…; an earlier round read none there)
@pytest.mark.parametrize("flatten", COPIES)
def test_a_mark_after_a_clause_carries_on_its_sentences_list(flatten: Callable[[str], str]) -> None:
    text = _LETTER.replace(
        "我们建议：（一）甲山县按规划修复护岸。（二）我局争取上级资金。",
        "我们建议：1、按规划修复护岸；、争取上级资金；3、加强巡查。",
    )
    letter = parse_text(flatten(text), keywords=False)
    assert len(letter.sections) == 2
    assert [(c.number, c.marker) for c in letter.sections[1].children] == [
        (1, "1、"),
        (2, "、"),
        (3, "3、"),
    ]


# (left71: the run in numerals too, and after any lead-in's colon; with no third item after
# the numberless one, a run of two whose second lost its numeral, nothing tells it is a run
# where the copy kept its lines, and it is read as before)
@pytest.mark.parametrize(
    ("run", "markers"),
    [
        pytest.param("我局将做好以下工作：1、加强巡查；、落实资金；3、完善制度。", ["1、", "、", "3、"], id="arabic"),
        pytest.param("具体措施为：一、加强巡查；、落实资金；三、完善制度。", ["一、", "、", "三、"], id="numerals"),
        pytest.param("我局将做好以下工作：1、加强巡查；、落实资金。", [], id="no-third"),
    ],
)  # fmt: skip
def test_a_paragraphs_run_whose_second_lost_its_numeral(run: str, markers: list[str]) -> None:
    text = f"王某代表：\n您提出的建议收悉。现答复如下：\n{run}\n感谢您的支持。\n甲山县水利局\n2099年5月8日"
    letter = parse_text(text, keywords=False)
    assert [c.marker for s in letter.sections for c in (s, *s.children)] == markers
