"""In a letter whose body a copy flattened onto one line, a section whose first sentence
opens with the body that acts and then a paragraph's opening word (``一、城管部门根据各路段
施工情况，…``, ``二、区环卫大队按照…``) is a sentence, never a heading glued to its
paragraph: the words before 根据/按照/针对 are its subject. The heading runs to the
sentence's end as in the tidy letter (dev54/011, flattened; it was cut to the actor's name alone).
A heading that names a topic or an action before such a word (``一、加强道路建设根据…``,
``一、优化产业布局按照…``: 布局 names no body) is still cut there. Snippets in our own words.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "王某委员：\n您提出的关于某某的提案收悉，现答复如下："
TAIL = "感谢您的关心。某区城市管理局 2021年5月4日\n"


def _headings(body: str, sep: str) -> list[str]:
    record = parse_text(HEAD + sep + body.replace("\n", sep) + sep + TAIL)
    assert span_problems(record) == []
    return [s.heading for s in record.sections]


@pytest.mark.parametrize("sep", [" ", ""])
@pytest.mark.parametrize(
    ("actor", "opener"),
    [("城管部门", "根据"), ("区环卫大队", "按照"), ("区城管局", "针对"), ("各承办单位", "根据")],
)
def test_an_actor_before_an_opening_word_opens_a_sentence(
    actor: str, opener: str, sep: str
) -> None:
    first = f"{actor}{opener}各路段夜间施工情况，错峰安排清运车辆，减少噪声扰民"
    body = f"一、{first}。\n二、公开投诉渠道，接受居民监督。"
    assert _headings(body, sep) == [first, "公开投诉渠道，接受居民监督"]


@pytest.mark.parametrize("sep", [" ", ""])
@pytest.mark.parametrize("heading", ["加强道路建设", "优化产业布局", "统筹全局"])
def test_a_topic_before_an_opening_word_is_still_a_heading(heading: str, sep: str) -> None:
    body = f"一、{heading}根据全县规划，今年新修道路10公里。\n二、加强宣传教育，提高群众意识。"
    # (with blanks between the lines, none after the heading: the letter wrote it on its
    # paragraph's line, and its heading is the first sentence, as the lines kept read it;
    # fix138)
    first = f"{heading}根据全县规划，今年新修道路10公里"
    assert _headings(body, sep)[0] == (heading if sep == "" else first)


def test_the_tidy_letter_reads_as_before() -> None:
    text = (
        HEAD
        + "\n一、城管部门根据各路段夜间施工情况，错峰安排清运车辆，减少噪声扰民。\n"
        + "二、公开投诉渠道，接受居民监督。\n"
        + TAIL
    )
    headings = [s.heading for s in parse_text(text).sections]
    assert headings[0] == "城管部门根据各路段夜间施工情况，错峰安排清运车辆，减少噪声扰民"
