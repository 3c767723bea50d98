"""当局 (the authorities) names a body: in a flattened letter, a section opening
``一、有关当局根据…`` is a sentence whose subject is 当局, not a heading cut before 根据,
as ``一、交管部门根据…`` is (resegment._ACTOR_BEFORE). Words ending in 局 that name no
body (布局, 格局, 大局…) still end a heading there. Snippets in our own words.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "王某委员：\n您提出的关于某某的提案收悉，现答复如下："
TAIL = "感谢您的关心。某县公安局 2021年5月4日\n"


def _headings(body: str, sep: str) -> list[str]:
    record = parse_text(HEAD + sep + body.replace("\n", sep) + sep + TAIL)
    assert span_problems(record) == []
    return [s.heading for s in record.sections]


@pytest.mark.parametrize("sep", [pytest.param(" ", id="spaced"), pytest.param("", id="glued")])
def test_the_authorities_before_an_opening_word_open_a_sentence(sep: str) -> None:
    first = "有关当局根据城区道路情况，合理设置交通设施，保障道路通畅"
    body = f"一、{first}。\n二、加强宣传教育，提高群众交通安全意识。"
    assert _headings(body, sep) == [first, "加强宣传教育，提高群众交通安全意识"]


@pytest.mark.parametrize("sep", [pytest.param(" ", id="spaced"), pytest.param("", id="glued")])
@pytest.mark.parametrize("heading", ["优化产业格局", "把握时局", "打破僵局"])
def test_a_word_in_ju_naming_no_body_still_ends_the_heading(heading: str, sep: str) -> None:
    body = f"一、{heading}根据全县规划，今年新修道路10公里。\n二、加强宣传教育，提高群众意识。"
    # (with blanks between the lines, none after the heading: the letter wrote it on its
    # paragraph's line, and its heading is the first sentence, as the lines kept read it;
    # fix138)
    first = f"{heading}根据全县规划，今年新修道路10公里"
    assert _headings(body, sep)[0] == (heading if sep == "" else first)
