"""A salutation with its greeting after a comma on one line (``王某代表，您好：``), the first
line of a copy that kept no title: the salutation whole, its names and role read, no title
(an earlier reading broke the line at the comma and took ``王某代表，`` for the title).
Snippets written for these tests; names and places invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_REST = (
    "您提出的关于加强河道治理的建议收悉，现答复如下：\n一、加强巡查。我局已安排专人。\n"
    "某县水利局\n2024年6月1日\n"
)
_TITLE = "关于县十九届人大二次会议第29号建议的答复\n"

# (salutation line, [(name, role), …])
LINES = {
    "full-width": ("王某代表，您好：", [("王某", "代表")]),
    "half-width": ("王某代表,您好:", [("王某", "代表")]),
    "opener": ("尊敬的王某代表，您好：", [("王某", "代表")]),
    "plural": ("王某、李某代表，你们好！", [("王某", "代表"), ("李某", "代表")]),
}


@pytest.mark.parametrize(("line", "people"), LINES.values(), ids=LINES.keys())
@pytest.mark.parametrize("title", ["", _TITLE], ids=["no-title", "under-title"])
def test_the_greeting_after_a_comma_is_the_salutations(
    title: str, line: str, people: list[tuple[str, str]]
) -> None:
    letter = parse_text(f"{title}{line}\n{_REST}", keywords=False)
    assert letter.salutation == line
    assert [(a.name, a.role) for a in letter.addressees] == people
    assert letter.title == (title.strip() or None)
