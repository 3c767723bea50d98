"""A bracketed note after the title that gives the item's number and a publication mark
(elements.py ``_NUMBER_FIRST``, layout.py, proposal.py ``_NUMBER_AFTER_ENDING``):
``…的答复（2023年第46号，同意公开）``, ``…的答复(第46号, 公开)``. The note is no part of
the title; it gives ``public`` and ``proposal.number``, its year no date. Snippets in our
own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于完善某镇排水设施的建议的答复"
BODY = [
    "周某代表：",
    "您提出的《关于完善某镇排水设施的建议》收悉，现答复如下：",
    "我局已将某镇排水管网改造纳入今年计划，汛期前完成清淤。",
    "感谢您对住建工作的关心和支持。",
    "某县住房和城乡建设局",
    "2024年7月9日",
]


@pytest.mark.parametrize(
    ("note", "public"),
    [
        ("（2023年第46号，同意公开）", True),
        ("(第46号, 公开)", True),
        ("（第46号，主动公开）", True),
        ("（2023年第46号，不予公开）", False),
        ("（第46号、依申请公开）", False),
    ],
)
@pytest.mark.parametrize("join", [pytest.param("", id="glued"), pytest.param("\n", id="under")])
def test_the_note_gives_number_and_public(note: str, public: bool, join: str) -> None:
    letter = parse_text(TITLE + join + note + "\n" + "\n".join(BODY))
    assert letter.title == TITLE
    assert letter.public is public
    assert letter.proposal is not None
    assert letter.proposal.number == "46"
    assert [d.value for d in letter.dates] == ["2024-07-09"]


@pytest.mark.parametrize(
    ("note", "title", "number", "public"),
    [
        ("（第46号）", TITLE, "46", None),  # (the number alone: as before)
        ("（同意公开）", TITLE, None, True),  # (the mark alone: as before)
        ("（第三批，同意公开）", TITLE + "（第三批，同意公开）", None, None),  # (no number: stays)
    ],
)
def test_other_notes_stay_as_read(
    note: str, title: str, number: str | None, public: bool | None
) -> None:
    letter = parse_text(TITLE + note + "\n" + "\n".join(BODY))
    assert letter.title == title
    assert letter.proposal is not None
    assert letter.proposal.number == number
    assert letter.public is public
