"""A group's name (某乡委员组, 某镇代表组) with no colon is the salutation only before words
spoken to it (你们提出的…): named as the one who proposed (``某乡委员组提出的…提案收悉``) it
is the opening's, as a sentence names a group (flat50 decided it; its test held only the
spoken shape). Invented snippets."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "某县水务局关于对县政协九届一次会议第12号提案的答复"
_REST = (
    "提出的第12号《关于治理某河道的提案》收悉，现答复如下：该河道已列入规划。某县水务局2099年6月1日"
)


@pytest.mark.parametrize("group", ["某乡委员组", "某镇代表组"])
def test_a_group_not_spoken_to_is_no_salutation(group: str) -> None:
    letter = parse_text(f"{_TITLE} {group}{_REST}", keywords=False)
    assert letter.addressees == []
    assert letter.title == _TITLE


@pytest.mark.parametrize("group", ["某乡委员组", "某镇代表组"])
def test_a_group_spoken_to_is_the_salutation(group: str) -> None:
    letter = parse_text(f"{_TITLE} {group}你们{_REST}", keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [(group, None)]
