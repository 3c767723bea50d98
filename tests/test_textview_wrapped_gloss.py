"""A pinyin gloss a mirror prints after each character (``會(huì)議``) that a hard-wrapped
copy broke at a printed line's end (``…會(huì`` / ``)議…``, or ``…關(`` / ``guān)房…``): its
two pieces are dropped from the view as a whole gloss is, so the wrap is joined and the
session and the proposal's title read whole, kept as written in the record. Brackets of
Latin letters with no tone mark, or a gloss too long, are left as they are. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from replyparse.traditional import wrapped_glosses

# an invented letter in a mirror's glossed 繁體, printed 28 characters a line
LINES = [
    "李某代表:",
    "你在某(mǒu)縣第十屆人民代表大會(huì)第二次會(huì)議期間提出“關(guān)于修",
    "繕某(mǒu)村小學校舍的建議(yì)”,已交由我局辦(bàn)理。現(xiàn)將辦(bàn)理",
    "情況答復(fù)如下:我局已安排專項資金,將於今年暑期完成校舍修繕,並",
    "組織專人對施工質量進行全程監督,確保師生安全,按時完成修繕工作任",
    "務(wù)。感謝你對教育工作的關(guān)心和支持。",
    "某(mǒu)縣教育局",
    "2024年5月6日",
]


def _wrapped(cut_at: str, width: int) -> str:
    """The letter with its second line broken inside the gloss after ``cut_at``."""
    lines = list(LINES)
    k = lines[1].index(cut_at) + width
    lines[1:2] = [lines[1][:k], lines[1][k:]]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("cut_at", "width"),
    [
        pytest.param("次會(", 4, id="letters-both-sides"),
        pytest.param("次會(", 6, id="bracket-alone-below"),
        pytest.param("次會(", 3, id="bracket-alone-above"),
        # (carried down whole from its character: the print found no room for its bracket)
        pytest.param("次會(", 2, id="carried-down-whole"),
    ],
)
def test_a_gloss_broken_by_the_wrap_is_dropped(cut_at: str, width: int) -> None:
    text = _wrapped(cut_at, width)
    view = TextView(text)
    assert "第二次會議期間" in view.norm.replace("\n", "")
    assert "(" not in view.norm and "（" not in view.norm[:60]
    record = parse_text(text)
    assert record.proposal.session is not None
    assert record.proposal.session.endswith("第二次會(huì)議")


def test_the_pieces_are_two_spans_apart_from_the_break() -> None:
    text = "大會(hu\nì)議"
    assert wrapped_glosses(text) == [(2, 5), (6, 8)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("項目(abc\nd)已完成", id="no-tone-mark"),
        pytest.param("會(huìhuìhu\nì)議", id="too-long"),
        pytest.param("會(huì\n議期間", id="never-closed"),
        pytest.param("ok(huì\n)議", id="after-no-han"),
        pytest.param("項目\n(abc)已完成", id="carried-no-tone-mark"),
        pytest.param("ok\n(huì)議", id="carried-after-no-han"),
    ],
)
def test_other_brackets_over_a_break_are_no_gloss(text: str) -> None:
    assert wrapped_glosses(text) == []


def test_a_gloss_carried_down_whole_is_one_span() -> None:
    assert wrapped_glosses("大會\n(huì)議") == [(3, 8)]
