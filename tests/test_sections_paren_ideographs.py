"""``㈠``, ``㈡`` … ``㈩``: the one character a word processor's numbering makes of
``（一）`` (as ``⑴`` of ``（1）``), kept by a copy of the document. Read as the
``（一）`` level it stands for: marker as written, number its place. One that does not
start its numbering, or stands inside a sentence, is body text. Snippets invented."""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse


def _parse(text: str) -> list[Flat]:
    return flat(parse(text)[0])


PAREN_IDEOGRAPHS = [
    pytest.param(
        "一、工作开展情况\n㈠摸清底数。共排查八处。\n㈡制定方案。\n二、下一步打算\n",
        [
            (1, 1, "一、", "工作开展情况"),
            (2, 1, "㈠", "摸清底数"),
            (2, 2, "㈡", "制定方案"),
            (1, 2, "二、", "下一步打算"),
        ],
        id="under-cn",
    ),
    pytest.param(
        "㈠加强巡查\n每月两次。\n㈡、完善台账\n㈢落实资金。\n",
        [(1, 1, "㈠", "加强巡查"), (1, 2, "㈡、", "完善台账"), (1, 3, "㈢", "落实资金")],
        id="outermost-with-a-dun",
    ),
    pytest.param(
        "㈠摸清底数。\n（二）制定方案。\n",
        [(1, 1, "㈠", "摸清底数"), (1, 2, "（二）", "制定方案")],
        id="mixed-with-brackets",
    ),
    pytest.param(
        "㈠摸清底数。\n1.逐村排查。\n2.建立台账。\n㈡制定方案。\n",
        [
            (1, 1, "㈠", "摸清底数"),
            (2, 1, "1.", "逐村排查"),
            (2, 2, "2.", "建立台账"),
            (1, 2, "㈡", "制定方案"),
        ],
        id="with-arabic-children",
    ),
]

NOT_PAREN_IDEOGRAPHS = [
    pytest.param("㈡制定方案。\n", [], id="not-starting-at-one"),
    pytest.param("具体安排详见附件㈠所列清单。\n", [], id="inside-a-sentence"),
    pytest.param("该公司名称中的㈱字样已更正。\n", [], id="other-parenthesised-ideograph"),
]


@pytest.mark.parametrize(("text", "expected"), PAREN_IDEOGRAPHS)
def test_paren_ideograph_marker(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_PAREN_IDEOGRAPHS)
def test_not_paren_ideograph_marker(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected
