"""The item's number in the brackets after its quoted title under a label said as a phrase
(``《…》(按编号第8号)收悉``, ``（编号为第8号）``, ``（编号：第15号）``, as the header's ``建议编号：
第15号`` writes it), and the body's kind word glued to 你/您 before what the item says
(``您建议提到…``, ``你们提案中提出的…``: the addressee's item, its 的 left out), which names
the item where its quoted title's own ending was mistyped (``…的建设》``) and nothing else
names it; ``您建议将…`` is the verb and names nothing (fix95). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_QUOTED = "《关于硬化桐溪镇石门村小组道路的建设》"
_END = "\n此复。\n桐溪县交通运输局\n2099年6月10日\n"


def _proposal(body: str) -> tuple[str | None, str | None]:
    letter = parse_text(f"周某代表：\n{body}{_END}", keywords=False)
    assert span_problems(letter) == []
    assert letter.proposal is not None
    return letter.proposal.kind, letter.proposal.number


@pytest.mark.parametrize(
    "note, number",
    [
        pytest.param("(按编号第8号)", "8", id="by-number-phrase"),
        pytest.param("（按照编号第8号）", "8", id="by-number-phrase-longer"),
        pytest.param("（编号为第8号）", "8", id="number-is"),
        pytest.param("（编号：第15号）", "15", id="label-then-di"),
        pytest.param("（编号：88）", "88", id="label-as-before"),
    ],
)
def test_a_labelled_number_after_the_quoted_title(note: str, number: str) -> None:
    body = f"您在县十届人大五次会议提出的《关于硬化石门村道路的建议》{note}收悉，现答复如下：\n已列入计划。"
    assert _proposal(body)[1] == number


@pytest.mark.parametrize(
    "line, kind",
    [
        pytest.param("您建议提到的石门村道路属桐溪镇管养。", "建议", id="your-item-mentions"),
        pytest.param("您建议中提到的路段已列入计划。", "建议", id="in-your-item"),
        pytest.param("你们提案中提出的路段已列入计划。", "提案", id="in-your-item-plural"),
        pytest.param("您建议将石门村道路拓宽，我局已列入计划。", None, id="the-verb-names-none"),
    ],
)
def test_the_body_names_the_item_glued_to_you(line: str, kind: str | None) -> None:
    body = f"您提出的{_QUOTED}(按编号第8号)收悉，现答复如下：\n{line}\n感谢您的关心。"
    assert _proposal(body) == (kind, "8")
