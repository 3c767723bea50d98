"""A 抄送 list set in round brackets alone on its line under the signature
(``（抄送：市某委员会）``, ``(抄送:甲办、乙委)``): its bodies are read, the brackets no part of
the last (snippets written here, invented units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "关于第3号建议的答复\n王某代表：\n    你提出的建议收悉。\n    感谢您的支持。\n"
    "甲县林业局\n2024年6月1日\n"
)


@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        pytest.param("（抄送：县人大常委会代表工委）", ["县人大常委会代表工委"], id="one"),
        pytest.param(
            "(抄送:县人大代表工委、县政府督查室)",
            ["县人大代表工委", "县政府督查室"],
            id="half-width",
        ),
        pytest.param("（抄送：县政府办公室。）", ["县政府办公室"], id="full-stop-inside"),
    ],
)
def test_a_list_in_brackets(line: str, bodies: list[str]) -> None:
    letter = parse_text(f"{LETTER}{line}\n", keywords=False)
    assert letter.cc == bodies
    assert letter.signature.issuer == "甲县林业局"
    assert span_problems(letter) == []


def test_brackets_that_hold_more_than_the_list_give_none() -> None:
    letter = parse_text(f"{LETTER}（此件已抄送：县政府办公室）\n", keywords=False)
    assert letter.cc == []
