"""The proposal a letter answers, named for short by its kind in book-title marks
(``按照《提案》要求``, ``《建议》中提到的问题``): no document the letter cites. Near-misses: a
title that only ends with the kind (a cited policy's 《…的建议》), and the kind in 《》
when the letter cites such a title, of which it is then the short name. Snippets
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_real_letters import SIGN, letter


def _titles(body: str) -> list[str]:
    record = parse_text(letter(body=body, closing=SIGN), keywords=False)
    return [r.text for r in record.references if r.kind == "title"]


SHORTHANDS = [
    pytest.param("按照《提案》要求，我局认真研究。", [], id="proposal"),
    pytest.param("《建议》中提到的路灯问题已解决。", [], id="suggestion"),
    pytest.param("对《议案》所提事项逐项落实。", [], id="motion"),
    pytest.param("《代表建议》所提问题已列入计划。", [], id="deputy-suggestion"),
    pytest.param(
        "正如《关于改善村道照明条件的建议》所言，《建议》所提问题已解决。",
        [],
        id="after-its-title",
    ),
    pytest.param(
        "按照《提案》要求，依据《某某条例》开展工作。", ["某某条例"], id="beside-a-policy"
    ),
    # near-misses: a cited document
    pytest.param(
        "依据《中共某省委关于制定某某规划的建议》。《建议》提出加快建设。",
        ["中共某省委关于制定某某规划的建议", "建议"],
        id="short-name-of-a-cited-title",
    ),
    pytest.param(
        "《关于完善某某制度的提案办理办法》已印发。",
        ["关于完善某某制度的提案办理办法"],
        id="longer",
    ),
    pytest.param("按照《提案工作条例》办理。", ["提案工作条例"], id="kind-opens-a-title"),
    pytest.param("按照《意见》要求开展工作。", ["意见"], id="not-a-kind"),
]


@pytest.mark.parametrize(("body", "expected"), SHORTHANDS)
def test_the_kind_alone_in_marks_is_the_proposal(body: str, expected: list[str]) -> None:
    assert _titles(body) == expected
