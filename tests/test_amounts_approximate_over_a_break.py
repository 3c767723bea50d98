"""An approximation a copy broke from its sum at a line end (``约`` / ``300万元``,
``300万元`` / ``左右``) still makes the sum approximate, its text and span running over the
break as a sum broken over a line does. Near-misses: a word that only ends in 约 (节约), a
line ending with no approximation, 左右 further down. Snippets invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse import parse_text
from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, approximate), ...])
CASES = [
    pytest.param("今年安排资金约\n300万元用于建设", [("约\n300万元", 3_000_000, True)], id="约-before"),
    pytest.param("今年安排资金大约为\n3.2亿元用于建设", [("大约为\n3.2亿元", 320_000_000, True)], id="大约为-before"),
    pytest.param("今年安排资金近\n五百万元", [("近\n五百万元", 5_000_000, True)], id="近-before"),
    pytest.param("今年安排资金超过\n1亿元", [("超过\n1亿元", 100_000_000, True)], id="超过-before"),
    pytest.param("安排资金300万元\n左右用于建设", [("300万元\n左右", 3_000_000, True)], id="左右-after"),
    # near-misses
    pytest.param("经过节约\n300万元用于建设", [("300万元", 3_000_000, False)], id="节约"),
    pytest.param("今年安排\n300万元用于建设", [("300万元", 3_000_000, False)], id="no-approximation"),
    pytest.param("安排资金300万元\n用于建设，左右两侧", [("300万元", 3_000_000, False)], id="左右-not-next"),
    pytest.param("不超过\n300万元", [("300万元", 3_000_000, False)], id="不超过-ceiling"),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "expected"), CASES)
def test_approximation_over_a_break(snippet: str, expected: list[tuple[str, int, bool]]) -> None:
    view = TextView(snippet)
    got = find_amounts(view)
    assert [(a.text, a.value, a.approximate) for a in got] == [
        (t, Decimal(v), ap) for t, v, ap in expected
    ]
    for a in got:
        assert snippet[a.span[0] : a.span[1]] == a.text


def test_in_a_letter() -> None:
    text = (
        "关于增设某某公交线路的建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n"
        "今年安排资金约\n300万元用于线路建设，另安排500万元\n左右用于站点。\n"
        "感谢您的关心。\n某市交通局\n2024年6月1日\n"
    )
    letter = parse_text(text, keywords=False)
    assert [(a.text, a.approximate) for a in letter.amounts] == [
        ("约\n300万元", True),
        ("500万元\n左右", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("下达\u200b资金12\n0万元用于建设", id="invisible"),
        pytest.param("下達(xià)資金12\n0萬元用於建設", id="glossed"),
    ],
)
def test_a_sum_rejoined_over_a_break_is_read_in_a_view_that_knows_the_letter(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (the view a sum broken inside its figures is read in, its break dropped, tells what
    # the letter's view tells: an invisible character, a gloss read past)
    from replyparse.fields import amounts

    seen: list[TextView] = []
    read = amounts._amounts

    def spy(view: TextView, exclude: object) -> object:
        seen.append(view)
        return read(view, exclude)  # type: ignore[arg-type]

    monkeypatch.setattr(amounts, "_amounts", spy)
    letter = TextView(text)
    found = find_amounts(letter)
    assert [a.value for a in found] == [1_200_000]
    assert len(seen) == 2 and seen[0] is letter  # (the letter's view, then the rejoined one)
    assert (seen[1].invisible, seen[1].glossed) == (letter.invisible, letter.glossed)
