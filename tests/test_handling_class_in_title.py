"""The handling class in brackets right after 办理情况 in the title (…第039号建议办理情况（B）的函):
the class the letter reports (replyparse.fields.handling). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "\n王某代表\n在市五届人大四次会议上提出的《关于某某路段改造》(第039建议)收悉。"
    "现将办理情况函告如下:\n我区将加强道路管养。\n某市某区人民政府\n2023年8月21日\n"
)


@pytest.mark.parametrize(
    ("title", "value"),
    [
        pytest.param("某市某区人民政府 关于市五届人大四次会议第039号建议 办理情况(B)的函", "B", id="ascii"),
        pytest.param("某区人民政府关于第039号建议办理情况（A类）的函", "A", id="wide-with-lei"),
        pytest.param("关于第039号建议办理结果（C）的答复", "C", id="result"),
    ],
)  # fmt: skip
def test_the_class_after_the_handling_words(title: str, value: str) -> None:
    letter = parse_text(title + BODY)
    assert letter.handling_type == value
    assert letter.text is not None and letter.handling_type_span is not None
    assert letter.text[slice(*letter.handling_type_span)] == value


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("关于第039号建议(B)的答复", id="no-handling-words"),
        pytest.param("关于第039号建议办理情况(附件B)的函", id="annex"),
    ],
)
def test_other_brackets_in_a_title_give_none(title: str) -> None:
    assert parse_text(title + BODY).handling_type is None
