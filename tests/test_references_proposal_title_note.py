"""The proposal's own title cited again with a number note inside its marks
(`《关于…的建议（第25号）》`) is still its own: no reference (fields/references.py), as the
proposal's reader drops such a note. A title whose note stands beside another text, or
whose bracket holds no number, is a reference. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_real_letters import letter

OPENING = "您提出的《关于增设村道路灯的建议》收悉，现答复如下："


def _titles(body: str) -> list[str]:
    record = parse_text(letter(opening=OPENING, body=body), keywords=False)
    assert record.proposal is not None and record.proposal.title == "关于增设村道路灯的建议"
    return [r.text for r in record.references if r.kind == "title"]


OWN_TITLE_WITH_NOTE = [
    pytest.param("您在《关于增设村道路灯的建议（第25号）》中提出的问题已解决。", id="full-width"),
    pytest.param("您在《关于增设村道路灯的建议(第25号)》中提出的问题已解决。", id="half-width"),
    pytest.param(
        "您在《关于增设村道路灯的建议（25号建议）》中提出的问题已解决。", id="kind-in-note"
    ),
    pytest.param(
        "您在《关于增设村道路灯的建议(第25号提案》中提出的问题已解决。", id="bracket-lost"
    ),
]

OTHER_TITLES = [
    pytest.param(
        "按照《关于增设乡道路灯的建议（第26号）》的答复执行。",
        ["关于增设乡道路灯的建议（第26号）"],
        id="another-title-with-note",
    ),
    pytest.param(
        "按照《某县路灯管理办法（试行）》执行。", ["某县路灯管理办法（试行）"], id="no-number"
    ),
    pytest.param(
        "按照《某县路灯管理办法（某政发〔2020〕8号）》执行。",
        ["某县路灯管理办法（某政发〔2020〕8号）"],
        id="doc-number-inside",
    ),
]


@pytest.mark.parametrize("body", OWN_TITLE_WITH_NOTE)
def test_the_own_title_with_a_number_note_is_no_reference(body: str) -> None:
    assert _titles(body) == []


@pytest.mark.parametrize(("body", "expected"), OTHER_TITLES)
def test_other_titles_with_a_bracket_are_references(body: str, expected: list[str]) -> None:
    assert _titles(body) == expected
