"""A post a blank parts from the name after it on the salutation's line (``主任 王某：``,
``副局长 李小明：``), under the title in a copy flattened with a blank or glued
(``…的答复 主任 王某：您提出的…``): the post is the salutation's, no word of the title's, as
where the copy kept its lines (left69; an earlier round ended the title with the post). The
addressee is the person, role null: a role is one of the address words (代表, 委员 …), a post
none (decided, left69)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "甲山县住房和城乡建设局关于县人大某届某次会议第12号建议的答复"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("salutation", "name"),
    [("主任 王某：", "王某"), ("副局长 李小明：", "李小明"), ("党委书记 王某：", "王某")],
)
def test_a_post_apart_before_the_name_is_the_salutations(
    salutation: str, name: str, flatten: Callable[[str], str]
) -> None:
    text = (
        f"{TITLE}\n{salutation}\n您提出的建议收悉。\n感谢您的关心。\n甲山县住建局\n2024年5月6日\n"
    )
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title == TITLE
    assert letter.salutation == salutation
    assert [(a.name, a.role) for a in letter.addressees] == [(name, None)]
