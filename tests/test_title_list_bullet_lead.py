"""A page's text copy renders a list item with a bullet before it; a page that lists its
cells and its heading one to a line (``• 发布机构:…`` / ``• 关于…的答复``) so sets a bullet
before the title's line. The bullet is no part of the title, which starts at its first word;
a title that opens otherwise keeps its first character.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

REST = "王某某代表：\n您提出的建议收悉，现答复如下：该路段路灯已开工。\n某县某局\n2099年6月22日\n"


@pytest.mark.parametrize("bullet", ["  • ", "•", "● ", "· "])
def test_a_list_bullet_opens_no_title(bullet: str) -> None:
    letter = parse_text(bullet + "关于某县某路加装路灯的建议的答复\n" + REST)
    assert letter.title == "关于某县某路加装路灯的建议的答复"
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "title",
    ["关于某县某路加装路灯的建议的答复", "“三供一业”改造建议的答复", "《某某条例》实施建议的答复"],
)
def test_a_title_without_a_bullet_keeps_its_first_character(title: str) -> None:
    assert parse_text(title + "\n" + REST).title == title
