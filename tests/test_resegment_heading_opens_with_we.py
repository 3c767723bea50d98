"""In a letter whose body a copy flattened onto one line, a section that opens with the
answering 我们 is a sentence, never a heading glued to its paragraph: a topic word in it is
a verb there (``二、我们会继续建议主管部门，尽快整治…``: 建议 is what 我们 will do), so the
heading runs to the clause's end as the tidy letter's does (dev48/013, flattened). A heading
that names its topic with 我们的 (``一、我们的主要做法近年来…``) is still cut after its topic
word, and so is one with no subject (``二、存在的困难部分林区…``). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "关于某某的答复\n\n王某代表:\n\n您提出的建议收悉,现答复如下: "
TAIL = " 最后,感谢您的关心。 某市公安局 2018年5月4日\n"


def _headings(body: str) -> list[str]:
    record = parse_text(HEAD + body + TAIL)
    assert span_problems(record) == []
    return [s.heading for s in record.sections]


@pytest.mark.parametrize("verb", ["建议", "协调"])
def test_a_section_opening_with_we_is_a_sentence(verb: str) -> None:
    body = (
        "一、今年以来,县交警大队已增派警力值守。 "
        f"二、我们会继续{verb}主管部门,尽快整治某某路口周边的摊点。让学生上学更安全。"
    )
    assert _headings(body)[1] == f"我们会继续{verb}主管部门,尽快整治某某路口周边的摊点"


def test_a_heading_naming_its_topic_with_our_is_still_cut() -> None:
    # (glued with nothing between the lines: no blank tells where the letter broke them)
    text = HEAD.rstrip() + "一、我们的主要做法近年来,我局加大投入。二、存在的困难部分林区道路失修。"
    record = parse_text(text + TAIL)
    assert span_problems(record) == []
    assert [s.heading for s in record.sections] == ["我们的主要做法", "存在的困难"]


def test_a_heading_glued_where_the_copy_parts_lines_by_blanks_is_the_letters() -> None:
    # (a blank before each marker and none after the heading: the letter wrote the heading
    # on its paragraph's line, read as where the lines were kept; fix138)
    body = "一、我们的主要做法近年来,我局加大投入。 二、存在的困难部分林区道路失修。"
    assert _headings(body) == ["我们的主要做法近年来,我局加大投入", "存在的困难部分林区道路失修"]
